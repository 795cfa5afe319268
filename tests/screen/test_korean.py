"""Korean everywhere the user reads: help pages, the screen's own views (menus and panes of the
window are checked in the window test once they follow the lesson model)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from desktop_app.gui import help as help_pages
from desktop_app.gui import i18n
from tests.screen.korean import catalogue, english_in, messages, visible_text


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


def _window_texts(window) -> set[str]:
    """Every text a user reads in the window: actions and menus, labels, buttons, group and tab
    titles, table headers, and the plots' legends."""
    import pyqtgraph as pg
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableWidget, QTabWidget

    texts = {action.text().replace("&", "") for action in window.findChildren(QAction)}
    texts |= {visible_text(label.text()) for label in window.findChildren(QLabel)}
    texts |= {button.text() for button in window.findChildren(QAbstractButton)}
    texts |= {box.title() for box in window.findChildren(QGroupBox)}
    for tabs in window.findChildren(QTabWidget):
        texts |= {tabs.tabText(i) for i in range(tabs.count())}
    for table in window.findChildren(QTableWidget):
        texts |= {table.horizontalHeaderItem(i).text() for i in range(table.columnCount())
                  if table.horizontalHeaderItem(i) is not None}
    for plot in window.findChildren(pg.PlotWidget):
        legend = plot.getPlotItem().legend
        if legend is not None:
            texts |= {label.text for _sample, label in legend.items}
    return {text for text in texts if text}


def test_window_in_korean_has_no_english_left(korean, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from desktop_app.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, "ko", tmp_path)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.ready, timeout=120_000)
    left: dict[str, list[str]] = {}
    for preset in ("l3-gradient-descent", "l5-two-samples", "l3-learning-rates"):
        window.load_preset(preset)
        window.step_action.trigger()
        qtbot.waitUntil(lambda: window.runs.latest() is not None, timeout=60_000)
        qtbot.wait(400)
        left |= {text: found for text in _window_texts(window) if (found := english_in(text, words=len(text) <= 60))}
    lesson_texts = [t for t in left if "α·loss′" in t]  # a lesson's formula, written as the lecture notes do
    for text in lesson_texts:
        left.pop(text)
    assert left == {}
