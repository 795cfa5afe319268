"""Each of the 19 presets shows its lesson's result on load, read from the window as a teacher sees it.

One window serves every preset (loading a preset replaces what the Lesson tab shows), so the
test costs one window, not nineteen. Page presets (L4.1-L4.3) are read from their page too.
"""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from desktop_app.core.lesson_report import lesson_report
from desktop_app.core.presets import get_preset, preset_names
from desktop_app.gui.formula import FormulaView
from desktop_app.gui.panels import lesson_words as words
from tests.mnist_subset import ENV, subset_dir

MINUS = "\u2212"


@pytest.fixture(scope="module")
def lesson_window(qapp, tmp_path_factory):
    import os

    from PySide6.QtTest import QTest

    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow

    previous = os.environ.get(ENV)
    with contextlib.suppress(pytest.skip.Exception):  # the page checks that need MNIST skip themselves
        os.environ[ENV] = str(subset_dir())
    i18n.install_language("en")
    folder = tmp_path_factory.mktemp("lesson-window")
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat), "en", folder)
    window.resize(1600, 900)
    window.show()
    window.start_loading()
    for _ in range(3000):
        if window.ready:
            break
        QTest.qWait(20)
    assert window.ready
    yield window
    window.close()
    if previous is None:
        os.environ.pop(ENV, None)
    else:
        os.environ[ENV] = previous


def _text(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace("-", MINUS)


def _read_page(window, qtbot, name: str) -> None:
    from desktop_app.gui.lessons_l4 import LessonFourPages

    pages = window.findChild(LessonFourPages)
    assert window.centre.currentWidget() is pages
    if name == "l4-vectorise":
        assert pages.current_page() == "vectorise"
        assert "equal" in pages.race.broadcast.sums.text()
        return
    subset_dir()  # skips without the MNIST subset
    qtbot.waitUntil(lambda: pages.data_panel.data is not None and not pages.data_panel.busy(), timeout=60_000)
    if name == "l4-tensors":
        qtbot.waitUntil(lambda: bool(pages.tensors.tensors), timeout=60_000)
        assert "rank (ndim) 3" in pages.tensors.info.text()
    else:  # the lesson's first prediction, before any training
        assert "0.9999987" in pages.predictions.summary.text() and "index 7" in pages.predictions.summary.text()


@pytest.mark.parametrize("name", preset_names())
def test_preset_shows_its_result_on_load(lesson_window, qtbot, name):
    window, preset = lesson_window, get_preset(name)
    window.load_preset(name)
    panel = window.lesson
    assert window.side_widget() is panel  # the Lesson tab comes to the front
    qtbot.waitUntil(panel.is_current, timeout=60_000)
    text = panel.text()
    assert preset.lesson in text and preset.title in text
    # ✓ for every number the lesson printed, with the app's number to the printed digits
    assert [label.objectName() for label in panel.check_labels] == ["LessonCheckOk"] * len(preset.expected)
    for expected in preset.expected:
        if isinstance(expected.value, float) and "shape" not in expected.key and expected.key != "summed":
            assert _text(expected.value, expected.decimals) in text, expected
    expected_report = lesson_report(preset)
    for section in expected_report.sections:
        assert words.section_title(section) in text
        if section.rows:
            first = section.rows[0]
            assert words.row_cells(first, section)[-1].split("\n")[0] in text
    RESULTS.get(name, lambda *_: None)(window, panel, text)
    if preset.page:
        _read_page(window, qtbot, name)


def _staircase(window, panel, text):
    plot = panel.staircase
    assert plot is not None and plot.isVisible()
    section = lesson_report(get_preset("l2-accuracy-vs-loss")).section("accuracy")
    np.testing.assert_array_equal(plot.accuracy, section.curves["accuracy"])
    (step, *_), (loss, *_) = (item for item in plot.top.getPlotItem().listDataItems()), \
        plot.bottom.getPlotItem().listDataItems()
    assert step.opts["stepMode"] == "center" and len(set(step.yData)) == section.facts["levels"]
    np.testing.assert_array_equal(loss.yData, section.curves["loss"])


def _matrix(window, panel, text):
    (formula,) = panel.formulas
    assert formula.accessibleName() == formula.text() and "T(X)" in formula.text()
    section = lesson_report(get_preset("l3-cafe-matrix")).section("by_hand")
    (row,) = section.rows
    by_hand, autograd = (np.asarray(c, dtype=float) for c in row.cells)
    # float32 by hand: its last digits are the CPU's (its vector width sets the order of the
    # sums: -3208.836 on an AVX2 machine, -3208.8398 on an AVX-512 one), so the panel is read
    # against the core's numbers here, and both against the lesson's -3208.8396
    np.testing.assert_allclose(by_hand, (-126.78691, -3208.8396), rtol=2e-6)
    np.testing.assert_allclose(autograd, (-126.78691, -3208.8396), rtol=2e-6)
    shown = words.row_cells(row, section)[0]
    assert shown.split("\n")[0] in text and f"{MINUS}126.7869" in text


def _least_squares(window, panel, text):
    assert "9.944573" in text and "2.215705" in text  # β̂
    section = lesson_report(get_preset("l3-least-squares")).section("least_squares")
    at_optimum = next(row for row in section.rows if row.subject == "beta_hat")
    norm = at_optimum.cells[-1]
    assert 0 <= norm < 1e-9  # the gradient's norm at β̂ is rounding noise (its digits: the CPU's)
    assert words.row_cells(at_optimum, section)[-1] in text


def _grid(window, panel, text):
    assert panel.grid_plot is not None and panel.grid_plot.best == 59 and len(panel.grid_plot.points) == 100
    assert "index 59" in text and "1.9191919" in text


def _probe(window, panel, text):
    assert "12.28502" in text and "12.21503" in text
    assert f"The right side is lower: step to β = {MINUS}4.99." in text


def _by_hand_line(window, panel, text):
    names = [view.accessibleName() for view in panel.findChildren(FormulaView)]
    assert any("0.21318328 · 3.3 + 0.78609025 − 1.7" in n and n.endswith("= −1.388673") for n in names), names
    assert any(n.endswith("= −0.42080998") for n in names), names


RESULTS = {
    "l2-accuracy-vs-loss": _staircase,
    "l3-cafe-matrix": _matrix,
    "l3-least-squares": _least_squares,
    "l3-grid-search": _grid,
    "l3-probe-step": _probe,
    "l5-one-sample": _by_hand_line,
}


def test_korean_words_and_a_quick_second_preset(make_window, qtbot):
    window = make_window("ko")
    window.load_preset("l3-grid-search")
    window.load_preset("l3-probe-step")  # a second load before the first result: only the last is shown
    qtbot.waitUntil(window.lesson.is_current, timeout=60_000)
    text = window.lesson.text()
    assert get_preset("l3-probe-step").title_ko in text and "12.28502" in text
    assert window.lesson.report().preset == "l3-probe-step"
    assert "What the lesson printed" not in text  # worded from the `lessons` catalogue


def test_the_previous_lessons_widgets_are_gone_at_once(make_window, qtbot):
    """A new preset's report replaces the old one's widgets, and they stop painting at once:
    deleteLater waits for the event loop's turn (never, when the load came from outside an
    event, as in a test or a script), and L1.1's "Loss 64" stood drawn under L1.2's lines."""
    import time

    from PySide6.QtWidgets import QApplication, QLabel

    def poll_until(condition) -> None:
        """Events handled as a script does (no event loop running: deleteLater never comes)."""
        until = time.monotonic() + 60
        while not condition() and time.monotonic() < until:
            QApplication.processEvents()
            time.sleep(0.005)
        assert condition()

    window = make_window()
    window.load_preset("l1-cube")
    poll_until(window.lesson.is_current)
    window.load_preset("l1-abs-descent")
    poll_until(window.lesson.is_current)
    shown = [label.text() for label in window.lesson.findChildren(QLabel) if label.isVisibleTo(window.lesson)]
    assert any("x after step 3" in text for text in shown)
    assert not [text for text in shown if "64" in text or "x³" in text], shown


def test_tables_stack_in_a_narrow_pane_and_never_scroll_sideways(qtbot):
    from PySide6.QtWidgets import QScrollArea

    from desktop_app.gui.panels.lesson_panel import LessonPanel
    from desktop_app.gui.panels.lesson_table import LessonTable

    panel = LessonPanel()
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(panel)
    qtbot.addWidget(area)
    area.resize(700, 800)
    area.show()
    panel.show_preset(get_preset("l3-learning-rates"))
    qtbot.waitUntil(panel.is_current, timeout=60_000)
    table = panel.findChild(LessonTable)
    qtbot.waitUntil(lambda: table.mode == "wide")
    wide = panel.text()
    area.resize(250, 800)
    qtbot.waitUntil(lambda: table.mode in ("narrow", "stacked"))
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() == 0)
    narrow = panel.text()
    for number in ("1.447162", f"{MINUS}1.26e+07", "diverged", "20"):
        assert number in wide and number in narrow
    area.resize(700, 800)
    qtbot.waitUntil(lambda: table.mode == "wide")
