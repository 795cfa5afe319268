"""The teaching widgets driven like a user: editor, variables table, derivative and graph views,
preset gallery, guess-the-next-step mode. Each test saves a screenshot (tmp_path, copied to
$GRADIENT_LAB_SHOTS when set) so a person can look at what the class will see."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.gui.shots import save_shot


def grows_with_window_font(widget, part) -> bool:
    """Presentation mode enlarges the window's font; the widget's own large fonts must follow."""
    from PySide6.QtGui import QFont

    before = part().font().pointSizeF()
    bigger = QFont(widget.font())
    bigger.setPointSizeF(widget.font().pointSizeF() * 1.5)
    widget.setFont(bigger)
    grown = part().font().pointSizeF()
    widget.setFont(QFont())
    return grown > before * 1.4


def shoot(widget, tmp_path: Path, name: str) -> Path:
    """Save a screenshot of a widget as tmp_path/teach_<name>.png (see tests/gui/shots.py)."""
    return save_shot(widget, tmp_path, f"teach_{name}")


# --- expression editor ----------------------------------------------------------------------------


def test_editor_locates_error_then_accepts_fix(qtbot, tmp_path):
    from desktop_app.gui.panels.expression_editor import ExpressionEditor

    editor = ExpressionEditor()
    qtbot.addWidget(editor)
    editor.resize(900, 260)
    editor.show()
    editor.set_text("m = w*x + b\nmean((m - y)**2)")
    assert editor.is_valid()
    assert "average" in editor.edit.function_help["mean"]      # hover help from core FUNCTIONS
    validity, names = [], []
    editor.validityChanged.connect(validity.append)
    editor.namesChanged.connect(names.append)

    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.edit, " + foo(b)")
    qtbot.waitUntil(lambda: validity == [False], timeout=2000)
    error = editor.error()
    assert (error.line, error.col) == (2, 20)
    assert "Line 2, column 20" in editor.message.text() and "foo" in editor.message.text()
    (underline,) = editor.edit.extraSelections()
    assert underline.cursor.selectedText() == "foo"
    assert underline.cursor.block().blockNumber() == 1
    assert editor.program() is None
    shoot(editor, tmp_path, "editor_error")

    for _ in range(len(" + foo(b)")):
        qtbot.keyClick(editor.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor.edit, " + 0.1*c")
    qtbot.waitUntil(lambda: validity == [False, True], timeout=2000)
    assert names[-1] == ["w", "x", "b", "y", "c"]
    assert editor.program().free_names == ("w", "x", "b", "y", "c")
    editor.set_name_roles(["w", "b", "c"], ["x", "y"])
    shoot(editor, tmp_path, "editor_valid")

    editor.set_text("# 한국어 이름도 됩니다\n(가중치/2 - 1)**2")       # Korean names are names too
    assert editor.is_valid() and names[-1] == ["가중치"]
    shoot(editor, tmp_path, "editor_korean")


def test_editor_checks_while_torch_is_imported_elsewhere(qtbot, monkeypatch):
    """The window imports torch in a thread; the editor checks text without torch (core.grammar)."""
    import importlib.machinery
    import sys
    import types

    from desktop_app.gui.panels.expression_editor import ExpressionEditor

    editor = ExpressionEditor()
    qtbot.addWidget(editor)
    half_imported = types.ModuleType("torch")
    half_imported.__spec__ = importlib.machinery.ModuleSpec("torch", None)
    half_imported.__spec__._initializing = True
    monkeypatch.setitem(sys.modules, "torch", half_imported)
    with qtbot.waitSignal(editor.validityChanged, timeout=2000) as valid:
        editor.set_text("x**3")
    assert valid.args == [True] and editor.program().free_names == ("x",)
    editor.set_text("bata +")
    qtbot.waitUntil(lambda: not editor.is_valid(), timeout=2000)
    assert "Syntax error" in editor.message.text()


# --- guess the next step ----------------------------------------------------------------------------


def _record(step, lr, **columns):
    """One record row as the core yields it: a numpy structured row."""
    dtype = [("step", "i8")] + [(n, "f8") for n in columns] + [("lr", "f8")]
    return np.array([(step, *columns.values(), lr)], dtype=dtype)[0]


def test_guess_game_scores_direction_and_landing():
    from desktop_app.gui.guess_mode import GuessGame

    game = GuessGame(["beta"])
    game.start_round({"beta": -10.0})
    game.guess_point([-9.991])                      # right way, 0.001 from -9.99: bull's-eye
    score = game.reveal(0, [-10.0], [-6.0], 0.01 / 6, [-9.99])
    assert score.direction_right and score.landing == "bullseye" and score.points == 3
    assert score.plain_step

    game.guess_direction([-1])                      # wrong way, no landing guess
    score = game.reveal(1, [-9.99], [-5.995], 0.01 / 6, [-9.98])
    assert score.direction_right is False and score.landing is None and score.points == 0

    game.guess_point([-9.5])                        # right way but 48 steps too far
    score = game.reveal(2, [-9.98], [-5.99], 0.01 / 6, [-9.97])
    assert score.direction_right and score.landing == "far" and score.points == 1

    game.guess_direction([0])                       # L1.2: at the kink x stays put
    assert game.reveal(3, [4.0], [0.0], 1.0, [4.0]).direction_right

    assert (game.tally.rounds, game.tally.directions_right, game.tally.directions_asked,
            game.tally.bullseyes, game.tally.points) == (4, 3, 4, 1, 5)


def test_guess_game_two_parameters_within_45_degrees():
    from desktop_app.gui.guess_mode import GuessGame

    game = GuessGame(["w", "b"])
    game.start_round({"w": 4.0, "b": 1.0})
    game.guess_direction([1, 1])                    # true move (5.94, 0.9): about 8.6° away
    assert game.reveal(0, [4, 1], [-594, -90], 0.01, [9.94, 1.9]).direction_right
    game.guess_direction([0, 1])                    # 84° away
    assert not game.reveal(1, [9.94, 1.9], [-1, -0.1], 0.01, [9.95, 1.901]).direction_right
    game.guess_point([9.96, 1.902])                 # not plain gradient descent (e.g. Adam)
    score = game.reveal(2, [9.95, 1.901], [-1, -1], 0.01, [9.96, 1.902])
    assert not score.plain_step and score.landing == "bullseye"


def test_guess_panel_round_trip(qtbot, tmp_path):
    from desktop_app.gui.guess_mode import GuessPanel

    panel = GuessPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    controller = panel.controller
    controller.set_parameters(["beta"])
    controller.start_round({"beta": -10.0})
    assert "β = -10" in panel.question.text() and panel.reveal_button.isEnabled()

    larger = panel._direction_buttons[2]
    qtbot.mouseClick(larger, Qt.MouseButton.LeftButton)
    controller.set_guess(-9.993)                    # a click on the plot
    assert panel._guess_edits[0].text() == "-9.993"
    with qtbot.waitSignal(controller.requestStep):
        qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert not panel.reveal_button.isEnabled()
    # the window steps the run and hands back the record of step 0 (plain gradient descent)
    score = controller.reveal(_record(0, 0.01 / 6, beta=-10.0, grad_beta=-6.0))
    assert score.direction_right and score.landing == "close"
    assert ("β_new = β_old − α·grad = -10 − 0.001667·(-6) = -9.99"
            in panel.arithmetic.text().replace("\u00a0", " "))
    assert "score 2" in panel.tally_label.text()
    assert "β grows because its gradient -6 is negative" in panel.why.text()
    shoot(panel, tmp_path, "guess_1d")

    assert grows_with_window_font(panel, lambda: panel._direction_buttons[0])
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert "β = -9.99" in panel.question.text() and panel.arithmetic.text() == ""

    controller.set_parameters(["w", "b"])
    controller.start_round({"w": 4.0, "b": 1.0})
    qtbot.mouseClick(panel._direction_buttons[2], Qt.MouseButton.LeftButton)   # ↗
    qtbot.keyClicks(panel._guess_edits[0], "9")
    qtbot.keyClicks(panel._guess_edits[1], "2")
    controller.ask_reveal()
    controller.reveal(_record(0, 0.01, w=4.0, b=1.0, grad_w=-594.0, grad_b=-90.0))
    assert "w_new" in panel.arithmetic.text() and "b_new" in panel.arithmetic.text()
    shoot(panel, tmp_path, "guess_2d")
    panel.resize(430, 700)                            # as a tab of the narrow side dock
    shoot(panel, tmp_path, "guess_narrow")


# --- variables table --------------------------------------------------------------------------------


def _bound_table(qtbot, loss: str):
    """A variables table showing a lesson model, its edits applied through an adapter."""
    from desktop_app.core.lesson_model import LessonModel
    from desktop_app.gui.lesson_adapter import LessonAdapter
    from desktop_app.gui.panels.variables_table import VariablesTable

    table = VariablesTable()
    qtbot.addWidget(table)
    adapter = LessonAdapter(LessonModel.empty(), table)
    table.edited.connect(lambda change, text: adapter.edit(change(adapter.model), text))
    adapter.changed.connect(lambda model, _aspects: table.show_variables(model.variables))
    adapter.edit(adapter.model.with_loss(loss), lambda: "loss")
    table.resize(820, 330)
    table.show()
    return table, adapter


def test_variables_table_rows_values_and_errors(qtbot, tmp_path):
    from desktop_app.gui.panels.variables_table import KIND, NAME, VALUE

    table, adapter = _bound_table(qtbot, "sum(y) + sum(w) + b + sum(x)")
    assert [table.table.item(r, NAME).text() for r in range(4)] == ["y ?", "w ?", "b ?", "x ?"]
    assert table.table.item(1, VALUE).toolTip() == "Type a value for w."     # new names: no value
    adapter.edit(adapter.model.with_loss("sum(w) + sum(x) + b + sum(y)"), lambda: "order w, x, b, y")
    assert [table.table.item(r, NAME).text() for r in range(4)] == ["w ?", "x ?", "b ?", "y ?"]
    table.table.cellWidget(1, KIND).setCurrentIndex(1)          # x is data
    table.table.cellWidget(3, KIND).setCurrentIndex(1)          # y is data

    def type_into(row: int, text: str) -> None:
        table.table.setCurrentCell(row, VALUE)
        table.table.editItem(table.table.item(row, VALUE))
        editor = table.table.indexWidget(table.table.currentIndex())
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)     # the delegate commits on a queued call
        qtbot.waitUntil(lambda: table.table.item(row, VALUE).text() == text, timeout=1000)

    type_into(0, "ones(2,2)")
    type_into(1, "1,2,3")
    type_into(2, "0")
    type_into(3, "[1, 2, oops]")
    assert table.table.item(3, VALUE).toolTip() and "oops" in table.table.item(3, VALUE).toolTip()
    assert table.message.text().startswith("y:") and table.table.item(3, NAME).text() == "y ✘"
    with pytest.raises(ValueError):
        table.values()
    table.table.clearSelection()                  # show the red cell, not the selection
    shoot(table, tmp_path, "variables_invalid")

    type_into(3, "2, 4, 6")
    table.table.item(2, 3).setCheckState(Qt.CheckState.Unchecked)   # b not trained
    init, data, trained = table.values()
    assert init["w"].shape == (2, 2) and set(init) == {"w", "b"}
    np.testing.assert_array_equal(data["y"], [2, 4, 6])
    assert trained == {"w"} and table.table.item(0, NAME).text() == "w [2×2]"

    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("1\n2\n3\n")  # a column pasted from a spreadsheet
    table.table.setCurrentCell(1, VALUE)
    table.activateWindow()
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert table.table.item(1, VALUE).text() == "1.0, 2.0, 3.0"
    np.testing.assert_array_equal(table.values()[1]["x"], [1, 2, 3])

    table.set_font_point_size(20)                 # presentation mode
    assert table.table.item(0, VALUE).font().pointSize() == 20
    adapter.edit(adapter.model.with_loss("sum(w) + sum(x)"), lambda: "loss")   # b and y leave
    assert table.names() == ["w", "x"] and table.values()[0]["w"].shape == (2, 2)
    adapter.undo_stack.undo()                     # and come back with their values
    assert table.names() == ["w", "x", "b", "y"]
    assert table.values()[1]["y"].tolist() == [2, 4, 6]


def test_variables_table_csv_import(qtbot, tmp_path):
    table, _adapter = _bound_table(qtbot, "mean((W*X + b - Y)**2)")
    table.set_values({"W": "0.5", "b": "0"}, {"X": "1", "Y": "1"})
    assert table.names() == ["W", "X", "b", "Y"]

    broken = tmp_path / "broken.csv"
    broken.write_text("X,Y\n1,2\n3\n")
    qtbot.waitUntil(table.import_csv(broken).is_done)
    assert table.import_dialog is None
    assert "broken.csv" in table.message.text() and "line 3" in table.message.text()
    qtbot.waitUntil(table.import_csv(tmp_path / "missing.csv").is_done)
    assert table.import_dialog is None
    assert "missing.csv" in table.message.text()
    shoot(table, tmp_path, "variables_csv_error")

    good = tmp_path / "cafe.csv"
    good.write_text("x,Y\n20.1,55.4\n22.2,58.2\n22.7,61.2\n")
    qtbot.waitUntil(table.import_csv(good).is_done)
    dialog = table.import_dialog
    assert dialog.preview.model().rowCount() == 3
    dialog.choices["X"].setCurrentIndex(1)        # column x -> X; Y matched by name
    assert dialog.assignment() == {"X": "x", "Y": "Y"}
    dialog.resize(640, 420)
    shoot(dialog, tmp_path, "variables_csv_dialog")
    dialog.accept()
    _init, data, _ = table.values()
    np.testing.assert_allclose(data["X"], [20.1, 22.2, 22.7])
    np.testing.assert_allclose(data["Y"], [55.4, 58.2, 61.2])
    assert table.message.text() == ""
    shoot(table, tmp_path, "variables_preset")


# --- computation graph ------------------------------------------------------------------------------


def test_graph_view_shows_values_and_grads(qtbot, tmp_path):
    from desktop_app.core.graph import build_graph
    from desktop_app.gui.panels.graph_view import GraphView

    view = GraphView()
    qtbot.addWidget(view)
    view.resize(1000, 420)
    view.show()
    view.show_graph(build_graph("(b/2 - 1)**2", {"b": -10.0}).to_dict())
    texts = {i: (n.title.text(), n.value.text(), n.grad.text()) for i, n in view.node_items.items()}
    assert len(texts) == 6
    assert texts[0] == ("b", "value -10", "grad  -6")
    assert texts[2] == ("÷  b/2", "value -5", "grad  -12")
    assert texts[5] == ("^  (b/2 - 1)**2", "value 36", "grad  1")
    assert view.node_items[5].kind == "output" and view.node_items[1].grad.text() == "grad  —"
    xs = {i: n.scenePos().x() for i, n in view.node_items.items()}
    assert xs[0] < xs[2] < xs[4] < xs[5]                 # inputs left, loss right
    shoot(view, tmp_path, "graph_parabola")
    assert grows_with_window_font(view, lambda: view.node_items[0].value)

    first = view.node_items[0]
    view.show_graph(build_graph("(b/2 - 1)**2", {"b": -9.99}).to_dict())   # the next step
    assert view.node_items[0] is first and first.value.text() == "value -9.99"

    view.show_graph(build_graph("h = W*X + b\nmean((h - Y)**2)", {"W": 0.73290884, "b": 0.436841},
                                {"X": [3.3, 1], "Y": [1.7, 2]}).to_dict())
    assert view.node_items[1].kind == "data" and view.node_items[1].value.text().startswith(
        "value [3.3, 1]")
    shoot(view, tmp_path, "graph_l5")
    view.resize(430, 600)                             # as a tab of the narrow side dock
    shoot(view, tmp_path, "graph_narrow")
    view.show_graph(build_graph("mean(x**4 + 3*x**3 + 8*x**2 + 3)", {"x": np.ones((4, 4))}).to_dict())
    assert view.node_items[0].value.text() == "value 4×4 all 1"
    assert view.node_items[0].grad.text() == "grad  4×4 all 1.812"     # lesson L2.2: 1.8125
    shoot(view, tmp_path, "graph_tensor")

    from desktop_app.core.runs import RunSpec

    spec = RunSpec("sum(x**2)", {"x": [[1.0, 2.0], [3.0, 4.0]]})    # a recorded tensor step
    view.set_point(spec, {"x[0,1]": 5.0})
    assert view.node_items[0].value.text() == "value 2×2 [1, 5, 3, 4]"
    view.show_point("sum(x @ y)", {"x": np.ones(3)}, {"y": np.ones(2)})     # shapes disagree
    assert not view.node_items and "Cannot draw the graph" in view.scene.items()[0].toPlainText()


# --- preset gallery ---------------------------------------------------------------------------------


def test_gallery_filters_and_emits_choice(qtbot, tmp_path):
    from desktop_app.core.presets import PRESETS
    from desktop_app.gui.panels.preset_gallery import PresetGallery

    gallery = PresetGallery()
    qtbot.addWidget(gallery)
    gallery.resize(1100, 800)
    gallery.show()
    assert gallery.visible_names() == list(PRESETS)
    shoot(gallery, tmp_path, "gallery_en")
    assert grows_with_window_font(gallery, lambda: SimpleNamespace(font=lambda: gallery.cards[0].font_of("title")))

    qtbot.keyClicks(gallery.search, "l3 gradient")
    shown = gallery.visible_names()
    assert shown and all(PRESETS[n].lesson.startswith("L3") for n in shown)
    card = next(c for c in gallery.cards if c.preset.name == shown[0])
    with qtbot.waitSignal(gallery.presetChosen) as chosen:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert chosen.args == [shown[0]]

    gallery.search.setText("no such lesson")
    assert gallery.visible_names() == [] and gallery.empty.isVisibleTo(gallery)
    gallery.search.clear()
    gallery.set_language("ko")
    first = gallery.cards[0]
    assert first.texts()["title"] == first.preset.title_ko and first.accessibleName().endswith(first.preset.title_ko)
    assert first.heightForWidth(300) > first.heightForWidth(600)  # the text wraps to the card's width
    shoot(gallery, tmp_path, "gallery_ko")


# --- derivative view --------------------------------------------------------------------------------


def _preset_point(name):
    from desktop_app.core.presets import get_preset
    from desktop_app.core.values import parse_value

    preset = get_preset(name)
    init = {n: parse_value(v) for n, v in preset.init.items()}
    data = {n: parse_value(v) for n, v in preset.data.items()}
    return preset, init, data


def shown(qtbot, view, call, *args, **kwargs) -> None:
    """Ask the derivative view for a point and wait for its (background) numbers."""
    call(*args, **kwargs)
    assert view.busy
    qtbot.waitUntil(lambda: not view.busy, timeout=20000)


def test_derivative_view_l3_6_update_line(qtbot, tmp_path):
    from desktop_app.gui.panels.derivative_view import DerivativeView

    preset, init, data = _preset_point("l3-gradient-descent")
    view = DerivativeView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    shown(qtbot, view, view.show_point, preset.expression, init, data, preset.dtype,
          optimizer=preset.optimizer, hyper=preset.hyper)
    update = view.update_label.text().replace("\u00a0", " ")   # breaks only before the numbers
    assert "β_new = β_old − α·grad = -10 − 0.001667·(-6) = -9.99" in update
    assert view.gradients.item(0, 0).text() == "∂L/∂β" and view.gradients.item(0, 1).text() == "-6"
    qtbot.waitUntil(lambda: "∂L/∂β" in view.symbolic.text(), timeout=10000)  # sympy: a thread
    assert "= -6 here" in view.symbolic.text() and not view.report.symbolic_pending
    assert "loss = 36" in view.header.text()
    shoot(view, tmp_path, "derivative_l3_6")
    view.resize(430, 700)                             # the window's side dock is narrow
    shoot(view, tmp_path, "derivative_narrow")

    assert grows_with_window_font(view, lambda: view.update_label)
    shown(qtbot, view, view.show_point, "(가중치/2 - 1)**2", {"가중치": -10.0}, {}, lr=0.01 / 6)
    assert ("가중치_new = 가중치_old − α·grad = -10 − 0.001667·(-6) = -9.99"
            in view.update_label.text().replace("\u00a0", " "))
    qtbot.waitUntil(lambda: "∂L/∂가중치" in view.symbolic.text(), timeout=10000)
    shoot(view, tmp_path, "derivative_korean_name")

    spec = {"expression": preset.expression, "init": {"beta": -10.0}, "data": {},   # the window's
            "optimizer": "gd", "hyper": {"lr": 0.01 / 6}, "trained": None,        # dict of a spec
            "dtype": "float32"}
    shown(qtbot, view, view.set_point, spec, {"beta": -9.99})
    assert view.update_label.text().replace("\u00a0", " ").startswith(
        "β_new = β_old − α·grad = -9.99 − 0.001667·(-5.995)")
    shown(qtbot, view, view.set_numeric, "forward", 0.5)    # a big h: a visible error
    assert view.report.rows[0].numeric == pytest.approx(-5.87, abs=1e-3)
    assert view.gradients.item(0, 3).text() == "0.125"


def test_derivative_view_l5_breakdown_and_errors(qtbot, tmp_path):
    from desktop_app.gui.panels.derivative_view import DerivativeView

    preset, init, data = _preset_point("l5-two-samples")
    view = DerivativeView()
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    shown(qtbot, view, view.show_point, preset.expression, init, data, preset.dtype,
          optimizer=preset.optimizer, hyper=preset.hyper)
    table = view.breakdown
    assert view.breakdown.isVisibleTo(view) and table.rowCount() == 4
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["sample i", "X_i", "Y_i", "loss_i", "∂L/∂W", "∂L/∂b"]
    assert [table.item(r, 0).text() for r in range(4)] == ["1", "2", "mean", "autograd"]
    assert table.item(2, 4).text() == table.item(3, 4).text()      # mean == the gradient
    assert "W_new" in view.update_label.text() and "b_new" in view.update_label.text()
    qtbot.waitUntil(lambda: "∂L/∂b" in view.symbolic.text(), timeout=10000)
    shoot(view, tmp_path, "derivative_l5_2")
    view.resize(430, 900)                             # narrow dock: tables scroll, text wraps
    shoot(view, tmp_path, "derivative_l5_narrow")

    shown(qtbot, view, view.show_point, "mean((W*X - Y)**2) + log(-1*b)", init, data)  # log(<0)
    assert "nan" in view.header.text() or view.message.isVisibleTo(view)
    shown(qtbot, view, view.show_point, "W @ X", {"W": np.ones((2, 3))}, {"X": np.ones((2, 3))})
    assert view.message.isVisibleTo(view) and view.message.text()
    shoot(view, tmp_path, "derivative_error")


# --- Korean -----------------------------------------------------------------------------------------


def test_korean_screenshots(qtbot, tmp_path):
    """The panels in the Korean UI (the window's .qm): Hangul and numbers must both read well."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from desktop_app.assets import resource

    qm = resource("i18n", "gradient_lab_ko.qm")
    translator = QTranslator()
    if not qm.is_file() or not translator.load(str(qm)):
        pytest.skip("the Korean translation is not built")
    QApplication.instance().installTranslator(translator)
    try:
        from desktop_app.gui.guess_mode import GuessPanel
        from desktop_app.gui.panels.derivative_view import DerivativeView

        panel = GuessPanel()
        qtbot.addWidget(panel)
        panel.resize(1000, 420)
        panel.show()
        assert panel.title.text() != "Guess the next step"
        panel.controller.set_parameters(["beta"])
        panel.controller.start_round({"beta": -10.0})
        panel.controller.set_guess(-9.993)
        panel.controller.reveal(_record(0, 0.01 / 6, beta=-10.0, grad_beta=-6.0))
        shoot(panel, tmp_path, "guess_ko")

        preset, init, data = _preset_point("l5-two-samples")
        view = DerivativeView()
        qtbot.addWidget(view)
        view.resize(1000, 800)
        view.show()
        shown(qtbot, view, view.show_point, preset.expression, init, data,
              optimizer=preset.optimizer, hyper=preset.hyper)
        shoot(view, tmp_path, "derivative_ko")
    finally:
        QApplication.instance().removeTranslator(translator)
