"""Korean everywhere the user reads: the catalogue complete, the help pages, and the whole window
walked tab by tab over several lessons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop_app.gui import help as help_pages
from desktop_app.gui import i18n
from tests.screen.korean import catalogue, english_in, every_tab, messages, screen_texts, visible_text


@pytest.fixture
def korean(qapp):
    assert i18n.install_language("ko") == "ko"
    yield
    i18n.install_language("en")


def test_every_catalogue_entry_is_translated() -> None:
    """No entry left unfinished or empty, and no text of the window outside the one catalogue."""
    from desktop_app.assets import resource

    unfinished = [m.find("source").text for m in messages()
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []
    assert sorted(item.name for item in resource("i18n").iterdir()) == ["gradient_lab_ko.qm", "gradient_lab_ko.ts"]


def test_help_pages_in_korean(korean, qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    pages = {
        "expression language": help_pages.expression_help_html(),
        "shortcuts": help_pages.shortcuts_html(window),
    }
    for name, page in pages.items():
        left = english_in(visible_text(page))
        assert left == [], (name, left)
    about = visible_text(help_pages.about_html("CPU"))
    assert catalogue()["The Korean font NanumGothic is used under the SIL Open Font License 1.1."] in about


def test_english_pages_stay_english(qtbot) -> None:
    i18n.install_language("en")
    assert "The expression language" in help_pages.expression_help_html()


def test_the_checker_finds_english(korean) -> None:
    assert english_in("Copy as text") == ["Copy as text", "Copy", "text"]
    assert english_in("텍스트로 복사 (sum, NumPy)") == []
    assert english_in("gd lr=0.1 (running)") == ["running"]
    assert english_in("β ← β − α·∂L/∂β = -10 − 0.001667·(-6)") == []
    assert english_in("강의 L3.6 불러오기: l3-gradient-descent") == []


#: Lessons whose screens differ: a 1-D curve, a regression with SGD's hyper-parameters, per-sample
#: gradients, a tensor (no symbolic form), a matrix layer (a summed loss), and a comparison.
PRESETS = ("l3-gradient-descent", "l1-linear-regression", "l5-two-samples", "l2-mean-of-tensor",
           "l4-tape-dense", "l3-learning-rates")


def test_every_text_of_the_korean_window_is_korean(korean, qtbot, tmp_path) -> None:
    """Every menu and action, every tab of every pane, labels, buttons, combo items, table headers,
    formulas, the graph, the plots' legends and axes and the status bar, stepped and after a run of
    several lessons, and the help pages: no English left but names (tests/screen/korean.py)."""
    from PySide6.QtCore import QSettings

    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), "ko", tmp_path)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.ready, timeout=120_000)
    left: dict[str, tuple[str, str, list[str]]] = {}

    def look(where: str) -> None:
        for text, widget in screen_texts(window).items():
            if found := english_in(text):
                left.setdefault(text, (where, widget, found))

    def settle() -> None:
        qtbot.waitUntil(window.views_settled, timeout=20_000)
        qtbot.wait(50)

    look("the start page")
    for preset in PRESETS:
        window.load_preset(preset)
        qtbot.waitUntil(window.run_action.isEnabled, timeout=20_000)
        window.step()
        qtbot.waitUntil(lambda: window.runs.latest() is not None and len(window.runs.latest().buffer) > 0)
        for title in every_tab(window, settle):
            look(f"{preset}, one step, {title}")
        window.controller.stop()
        qtbot.waitUntil(lambda: window.controller.state == "idle", timeout=20_000)
        window.compare() if preset == "l3-learning-rates" else window.run()
        qtbot.waitUntil(lambda: window.controller.state == "idle", timeout=60_000)
        for title in every_tab(window, settle):
            look(f"{preset}, after a run, {title}")
        if preset == "l3-gradient-descent":
            window.show_side(window.derivative)
            settle()
            assert "β ← β − α·∂L/∂β" in window.derivative.update_label.text().replace("\u00a0", " ")
            headers = window.steps.view.model()
            assert [headers.headerData(i, Qt.Orientation.Horizontal) for i in (0, 1)] == ["단계", "손실"]
    pages = {"expression language": help_pages.expression_help_html(), "shortcuts": help_pages.shortcuts_html(window),
             "about": help_pages.about_html("CPU")}
    for name, page in pages.items():
        if found := english_in(visible_text(page)):
            left[f"Help → {name}"] = (name, "help", found)
    assert left == {}
