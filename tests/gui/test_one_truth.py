"""One truth on screen: every view follows the lesson model, driven as a user drives the window.

Each plain test replays a case of issue 9 where a view used to keep stale numbers; the property
test at the end applies random action sequences and compares every view with a freshly built
window showing the same model.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop_app.core.presets import PRESETS
from tests.gui.test_main_window import preset_action


def settle(qtbot, window, timeout: int = 20_000) -> None:
    """Wait until every view has drawn the model on screen."""
    qtbot.waitUntil(window.views_settled, timeout=timeout)


def show_derivative(window, qtbot) -> str:
    """Bring the Derivative tab to the front (a preset opens the Lesson tab) and read it."""
    window.show_side(window.derivative)
    settle(qtbot, window)
    return derivative_text(window)


def derivative_text(window) -> str:
    """What the Derivative tab shows: its header, the message or update line on screen, the gradients."""
    view = window.derivative
    shown = [w.text().replace("\u00a0", " ") for w in (view.message, view.update_label) if w.isVisibleTo(view)]
    cells = [view.gradients.item(r, c).text() for r in range(view.gradients.rowCount())
             for c in range(view.gradients.columnCount()) if view.gradients.item(r, c) is not None]
    return " | ".join([view.header.text(), *shown, *(cells if view.gradients.isVisibleTo(view) else [])])


def load(window, qtbot, name: str) -> None:
    preset_action(window, name).trigger()
    show_derivative(window, qtbot)


def type_value(window, qtbot, name: str, text: str) -> None:
    """Type into the Value cell of `name` as a user does (edit, type, Return)."""
    from desktop_app.gui.panels.variables_table import VALUE

    table = window.variables.table
    row = window.variables.names().index(name)
    table.setCurrentCell(row, VALUE)
    table.editItem(table.item(row, VALUE))
    editor = table.indexWidget(table.currentIndex())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.variable(name).text == text, timeout=2000)


def set_trained(window, name: str, on: bool) -> None:
    from desktop_app.gui.panels.variables_table import TRAINED

    row = window.variables.names().index(name)
    window.variables.table.item(row, TRAINED).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def type_loss(window, qtbot, text: str) -> None:
    window.editor.edit.selectAll()
    qtbot.keyClicks(window.editor.edit, text)
    window.editor.validate_now()


def type_lr(window, qtbot, text: str) -> None:
    field = window.optimizer._fields["lr"]
    field.selectAll()
    qtbot.keyClicks(field, text)


def run_to_end(window, qtbot) -> None:
    window.optimizer.speed.setValue(window.optimizer.speed.maximum())
    assert window.run_action.isEnabled(), window.input_problem()
    window.run_action.trigger()
    qtbot.waitUntil(lambda: not window.controller.is_busy(), timeout=60_000)
    settle(qtbot, window)


# --- stale views (issue 9) ----------------------------------------------------------------------


def test_the_next_preset_with_the_same_loss_shows_its_own_point(window, qtbot):
    load(window, qtbot, "l5-one-sample")
    assert "W = 0.2132" in show_derivative(window, qtbot)
    load(window, qtbot, "l5-two-samples")
    text = show_derivative(window, qtbot)
    assert "W = 0.7329" in text and "0.2132" not in text and "-1.388673" not in text


def test_l3_4_then_l3_5_shows_beta_minus_5(window, qtbot):
    load(window, qtbot, "l3-grid-search")
    assert "β = 0" in show_derivative(window, qtbot)
    load(window, qtbot, "l3-probe-step")
    assert "β = -5" in show_derivative(window, qtbot)
    window.show_side(window.graph)
    settle(qtbot, window)
    texts = [item.value.text() for item in window.graph.node_items.values()]
    assert "value -5" in texts


def test_a_new_learning_rate_is_the_alpha_of_the_update_line(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    assert "-10 − 0.001667·(-6)" in show_derivative(window, qtbot)
    run_to_end(window, qtbot)
    type_lr(window, qtbot, "0.01")
    settle(qtbot, window)
    text = show_derivative(window, qtbot)
    assert "-10 − 0.01·(-6) = -9.94" in text, text


def test_reset_after_a_diverged_run_shows_the_start_again(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    type_lr(window, qtbot, "9")
    window.optimizer.steps.setValue(200)
    run_to_end(window, qtbot)
    assert window.runs.latest().status == "diverged"
    assert "β = -10," not in show_derivative(window, qtbot)
    window.reset_action.trigger()
    settle(qtbot, window)
    assert len(window.runs) == 0 and "β = -10" in show_derivative(window, qtbot)
    assert window.steps.current_row() == -1


def test_a_value_a_kind_and_a_data_edit_reach_every_view(window, qtbot):
    load(window, qtbot, "l3-cafe-gradient")
    type_value(window, qtbot, "b0", "8")
    settle(qtbot, window)
    assert "b₀ = 8" in show_derivative(window, qtbot) or "b0 = 8" in show_derivative(window, qtbot)
    type_value(window, qtbot, "x", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10")
    settle(qtbot, window)
    before = show_derivative(window, qtbot)
    from desktop_app.gui.panels.variables_table import KIND

    window.variables.table.cellWidget(window.variables.names().index("b1"), KIND).setCurrentIndex(1)
    settle(qtbot, window)
    assert window.model.variable("b1").kind == "data" and show_derivative(window, qtbot) != before
    assert list(window.model.run_spec()["data"]["x"]) == list(range(1, 11))


def test_numeric_settings_do_not_leak_between_presets(window, qtbot):
    """L2.2 sets forward h=1e-5; after L2.3 and L3.1 the estimate is central h=1e-3 again."""
    load(window, qtbot, "l2-mean-of-tensor")
    assert window.derivative.method.currentData() == "forward" and window.derivative.h_edit.text() == "1e-05"
    load(window, qtbot, "l2-accuracy-vs-loss")
    load(window, qtbot, "l3-cafe-gradient")
    assert window.derivative.method.currentData() == "central" and window.derivative.h_edit.text() == "0.001"
    rows = window.derivative.report.rows
    assert rows[0].numeric == pytest.approx(rows[0].autograd, rel=1e-3)
    assert rows[0].autograd == pytest.approx(-126.8, abs=0.1)


def test_leaving_guess_mode_gives_the_speed_back(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    speed = window.optimizer.speed.value()
    window.guess_action.trigger()
    qtbot.waitUntil(lambda: window.guess.enabled)
    assert window.optimizer.speed.value() == 0
    window.guess_action.trigger()
    assert window.optimizer.speed.value() == speed and window.model.speed == speed


def test_ticking_a_second_parameter_turns_the_slice_into_the_contour(window, qtbot):
    type_loss(window, qtbot, "(1-x)**2 + 100*(y-x**2)**2")
    type_value(window, qtbot, "x", "-1")
    type_value(window, qtbot, "y", "1")
    set_trained(window, "y", False)
    settle(qtbot, window)
    assert window.board.picture_kind() == "landscape" and window.board.landscape.column == "x"
    set_trained(window, "y", True)
    settle(qtbot, window)
    assert window.board.picture_kind() == "contour" and window.board.contour.columns == ("x", "y")


def test_a_typed_loss_takes_nothing_of_the_last_lesson(window, qtbot):
    load(window, qtbot, "l3-cafe-gradient")
    type_loss(window, qtbot, "(1-x)**2 + 100*(y-x**2)**2")
    qtbot.waitUntil(lambda: window.variables.names() == ["x", "y"])
    assert window.model.variable("y").missing and window.model.variable("y").kind == "parameter"
    assert not window.run_action.isEnabled()
    assert "has no value yet" in window.input_problem()
    settle(qtbot, window)
    assert window.board.picture_kind() == "none"
    type_value(window, qtbot, "x", "-1")
    type_value(window, qtbot, "y", "1")
    assert window.run_action.isEnabled()


def test_an_empty_loss_plot_does_not_keep_the_last_range(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    run_to_end(window, qtbot)
    window.board.refresh_all()
    vb = window.board.loss.getPlotItem().vb
    assert vb.viewRange()[1][1] > 10  # the run's loss starts at 36
    load(window, qtbot, "l1-cube")
    assert vb.viewRange()[1][1] <= 1.5 and vb.viewRange()[0][1] <= 5


def test_two_runs_with_the_same_settings_get_distinct_labels(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    window.optimizer.steps.setValue(20)
    run_to_end(window, qtbot)
    run_to_end(window, qtbot)
    labels = [r.label for r in window.runs]
    assert labels == ["gd lr=0.00167", "gd lr=0.00167 (2)"]
    assert [r.label for r in window.model.runs] == labels



def test_a_run_label_follows_a_live_learning_rate_change(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    window.step_action.trigger()                    # a run paused at its first step
    qtbot.waitUntil(lambda: window.runs.latest() is not None and len(window.runs.latest().buffer) == 1)
    assert window.runs.latest().label == "gd lr=0.00167"
    type_lr(window, qtbot, "0.01")
    assert window.runs.latest().label == "gd lr=0.01" and window.model.runs[0].label == "gd lr=0.01"
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.runs.latest().buffer) == 2)
    assert float(window.runs.latest().buffer.data[1]["lr"]) == pytest.approx(0.01)

def test_the_picture_range_is_the_models_not_the_windows_history(window, qtbot, tmp_path):
    """A run that walked off the curve widened it; after Reset a window given the same model
    draws the same span (it used to start afresh: the range was the window's memory)."""
    type_loss(window, qtbot, "x**2")
    type_value(window, qtbot, "x", "1")
    settle(qtbot, window)
    before = window.model.picture_range("x")
    assert window.board.picture_kind() == "landscape" and before is not None
    type_lr(window, qtbot, "1.05")   # |x| grows 5% a step: the path leaves the drawn span
    window.optimizer.steps.setValue(40)
    run_to_end(window, qtbot)
    widened = window.model.picture_range("x")
    assert widened.high > before.high and widened.low < before.low
    window.reset_action.trigger()
    settle(qtbot, window)
    xs, _ = window.board.landscape.curve.getData()
    assert (xs[0], xs[-1]) == pytest.approx((widened.low, widened.high))
    assert screen(window, qtbot) == fresh_screen(window, qtbot, tmp_path / "twin.ini")
    type_value(window, qtbot, "x", "2")   # a new start keeps the span: the picture does not jump
    settle(qtbot, window)
    assert window.model.picture_range("x") == widened


# --- the timeline --------------------------------------------------------------------------------


def test_the_timeline_takes_every_view_back_to_a_step(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    window.optimizer.steps.setValue(50)
    run_to_end(window, qtbot)
    run = window.runs.latest()
    timeline = window.timeline
    assert timeline.slider.isEnabled() and timeline.slider.maximum() == 49 and timeline.slider.value() == 49
    timeline.slider.setValue(3)
    settle(qtbot, window)
    beta3 = float(run.buffer.data[3]["beta"])
    assert window.model.selection.step == 3 and window.steps.current_row() == 3
    assert timeline.label.text() == "step 3 of 49"
    text = show_derivative(window, qtbot)
    grad3 = float(run.buffer.data[3]["grad_beta"])
    assert f"At β = {beta3:.3g}:" in text and f"| {grad3:.7g} |" in text, text
    assert f"{beta3:.3g} − 0.001667·({grad3:.4g})" in text   # the update arithmetic of that step
    window.board.setFocus()
    qtbot.keyClick(window.board, Qt.Key.Key_Right)  # → one step on
    settle(qtbot, window)
    assert window.model.selection.step == 4 and window.steps.current_row() == 4
    window.steps.select_row(10)                     # a row picked in the table moves the timeline
    settle(qtbot, window)
    assert timeline.slider.value() == 10 and window.model.selection.step == 10
    window.show_side(window.graph)
    settle(qtbot, window)
    beta10 = float(run.buffer.data[10]["beta"])
    assert any(item.value.text() == f"value {beta10:.4g}" for item in window.graph.node_items.values())


def test_the_status_bar_and_a_saved_session_keep_the_timeline_step(make_window, qtbot, tmp_path):
    window = make_window()
    load(window, qtbot, "l3-gradient-descent")
    window.optimizer.steps.setValue(50)
    run_to_end(window, qtbot)
    run = window.runs.latest()
    assert window.status_step.text() == "step 49"
    window.timeline.slider.setValue(7)
    settle(qtbot, window)
    assert window.status_step.text() == "step 7"
    assert window.status_loss.text() == f"loss {float(run.buffer.data[7]['loss']):.6g}"
    path = tmp_path / "lesson.gradlab.json"
    assert window.save_session_as(str(path))
    qtbot.waitUntil(lambda: not window.files.busy())
    other = make_window(settings_name="other.ini")
    assert other.open_session(str(path))
    qtbot.waitUntil(lambda: not other.files.busy())
    settle(qtbot, other)
    assert other.model.selection is not None and other.model.selection.step == 7
    assert other.timeline.label.text() == "step 7 of 49" and other.steps.current_row() == 7
    assert other.status_step.text() == "step 7"


def test_the_legend_follows_a_live_learning_rate_change(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    window.step_action.trigger()
    qtbot.waitUntil(lambda: window.runs.latest() is not None and len(window.runs.latest().buffer) == 1)
    window.board.refresh_all()
    run = window.runs.latest()

    def legend_texts(plot) -> list[str]:
        return [label.text for _sample, label in plot.getPlotItem().legend.items]

    assert "gd lr=0.00167" in legend_texts(window.board.loss)
    type_lr(window, qtbot, "0.01")
    window.board.refresh_all()
    assert run.label == "gd lr=0.01"
    for plot in (window.board.loss, window.board.landscape):
        texts = legend_texts(plot)
        assert "gd lr=0.01" in texts and "gd lr=0.00167" not in texts, texts
    window.controller.shutdown()


def test_the_timeline_waits_while_a_run_goes(window, qtbot):
    load(window, qtbot, "l3-gradient-descent")
    window.step_action.trigger()                    # a run paused at its first step
    qtbot.waitUntil(lambda: window.runs.latest() is not None and len(window.runs.latest().buffer) == 1)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.runs.latest().buffer) == 2)
    settle(qtbot, window)
    assert window.timeline.slider.isEnabled() and window.model.selection.step == 1
    window.timeline.slider.setValue(0)
    settle(qtbot, window)
    assert "β = -10" in show_derivative(window, qtbot)


# --- names ---------------------------------------------------------------------------------------


def test_a_typo_in_the_loss_is_named_and_blocks_run(window, qtbot):
    load(window, qtbot, "l3-grid-search")
    type_value(window, qtbot, "beta", "2")
    type_loss(window, qtbot, "bata**2 + beta")
    qtbot.waitUntil(lambda: window.variables.names() == ["bata", "beta"])
    assert window.model.variable("beta").text == "2"       # a name that stays keeps its value
    assert window.problem.text() == "unknown name `bata` — did you mean `beta`? (or add it as a parameter)"
    assert not window.run_action.isEnabled() and not window.step_action.isEnabled()
    type_value(window, qtbot, "bata", "1")
    assert window.run_action.isEnabled() and window.problem.text() == ""


def test_file_new_starts_an_empty_lesson(window, qtbot):
    load(window, qtbot, "l3-cafe-gradient")
    run_to_end(window, qtbot)
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.new_action.trigger()
    settle(qtbot, window)
    assert window.editor.text() == "" and window.variables.names() == [] and len(window.runs) == 0
    assert window.model == type(window.model).empty()
    assert window.input_problem() == "Type a loss first." and window.windowTitle() == "Gradient Lab"
    assert window.board.picture_kind() == "none"


# --- undo ----------------------------------------------------------------------------------------


def test_undo_and_redo_of_value_trained_and_optimizer_edits(window, qtbot):
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.undo_action in edit_menu.actions() and window.redo_action in edit_menu.actions()
    load(window, qtbot, "l3-cafe-gradient")
    assert not window.undo_action.isEnabled()       # a preset starts a fresh history
    type_value(window, qtbot, "b0", "7")
    set_trained(window, "b1", False)
    lr_before = (window.model.optimizer, window.optimizer._fields["lr"].text())
    type_lr(window, qtbot, "0.0001")
    qtbot.waitUntil(lambda: window.model.optimizer.hyper_dict.get("lr") == 0.0001)
    window.undo_action.trigger()                    # the learning rate (one step for the typing)
    assert (window.model.optimizer, window.optimizer._fields["lr"].text()) == lr_before
    window.undo_action.trigger()                    # trained
    assert window.model.variable("b1").trained
    window.undo_action.trigger()                    # the value
    assert window.model.variable("b0").text == "9"
    settle(qtbot, window)
    assert "b₀ = 9" in show_derivative(window, qtbot) or "b0 = 9" in show_derivative(window, qtbot)
    window.redo_action.trigger()
    assert window.model.variable("b0").text == "7"
    assert window.variables.table.item(window.variables.names().index("b0"), 2).text() == "7"


def test_click_to_start_and_reset_can_be_undone(window, qtbot):
    type_loss(window, qtbot, "(1-x)**2 + 100*(y-x**2)**2")
    type_value(window, qtbot, "x", "-1")
    type_value(window, qtbot, "y", "1")
    type_lr(window, qtbot, "0.001")
    window.optimizer.steps.setValue(30)
    run_to_end(window, qtbot)
    assert window.board.picture_kind() == "contour" and len(window.runs) == 1
    label = window.runs.latest().label
    window.board.contour.start_requested.emit(0.5, -0.5)    # what a click on the map sends
    settle(qtbot, window)
    assert len(window.runs) == 0 and window.model.variable("x").value == 0.5
    assert "x = 0.5" in show_derivative(window, qtbot)
    window.undo_action.trigger()
    settle(qtbot, window)
    assert [r.label for r in window.runs] == [label] and window.model.variable("x").value == -1
    window.reset_action.trigger()
    assert len(window.runs) == 0
    window.undo_action.trigger()
    assert [r.label for r in window.runs] == [label] and len(window.runs.latest().buffer) == 30


# --- the property: the same model draws the same screen ------------------------------------------

LOSS_PRESETS = sorted(name for name, p in PRESETS.items() if not p.page)


def screen(window, qtbot) -> dict:
    """What the views display (texts and numbers a class reads), not the window's internals."""
    show_derivative(window, qtbot)
    board = window.board
    picture = board.picture_kind()
    shown = {"derivative": show_derivative(window, qtbot), "picture": picture,
             "variables": [[window.variables.table.item(r, c).text() for c in (0, 2)]
                           for r in range(window.variables.table.rowCount())],
             "steps_row": window.steps.current_row(), "timeline": window.timeline.label.text(),
             "problem": window.input_problem(), "runs": [(r.label, r.color) for r in window.runs],
             "optimizer": window.optimizer.state(), "device": window.device.state(),
             "numeric": (window.derivative.method.currentData(), window.derivative.h_edit.text())}
    if picture == "landscape":  # the curve is this loss, over the model's span
        xs, _drawn = board.landscape.curve.getData()  # drawn values are clipped to the shown range
        losses = board.landscape._losses
        shown["curve"] = (board.landscape.column, drawn_loss_is_the_model(window, {board.landscape.column: xs}, losses),
                          round(float(xs[0]), 9), round(float(xs[-1]), 9))
    elif picture == "contour":
        xs, ys, losses = board.contour._grid
        shown["contour"] = (board.contour.columns,
                            drawn_loss_is_the_model(window, dict(zip(board.contour.columns, (xs, ys))), losses),
                            [round(float(v), 9) for v in (xs[0], xs[-1], ys[0], ys[-1])])
    elif picture == "regression":
        shown["scatter"] = [np.asarray(a).tolist() for a in board.regression.scatter.getData()]
    window.show_side(window.graph)
    settle(qtbot, window)
    shown["graph"] = sorted((item.value.text(), item.grad.text()) for item in window.graph.node_items.values())
    return shown


def drawn_loss_is_the_model(window, axes: dict, losses) -> bool:
    """The drawn loss values are the model's loss on the drawn grid (nothing left of another lesson)."""
    from desktop_app.core.baselines import grid_search

    spec = window.model.run_spec()
    fixed = {k: np.asarray(v) for k, v in {**spec["data"], **spec["init"]}.items() if k not in axes}
    expected = grid_search(spec["expression"], axes, fixed, dtype="float64", keep_nan=True).losses
    return bool(np.allclose(np.asarray(losses, float), expected, rtol=1e-6, atol=1e-9, equal_nan=True))


def fresh_screen(window, qtbot, settings_path) -> dict:
    """The screen of a newly built window given the same model (and the runs' records); the
    window is deleted after (dozens are built per test run)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from desktop_app.gui.main_window import MainWindow

    twin = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat), "en")
    twin.resize(1600, 900)
    twin.show()
    twin.start_loading()
    qtbot.waitUntil(lambda: twin.ready, timeout=60_000)
    twin.show_lesson(window.model, {run.key: run for run in window.runs})
    try:
        return screen(twin, qtbot)
    finally:
        twin.close()
        twin.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


ACTIONS = st.one_of(
    st.tuples(st.just("preset"), st.sampled_from(LOSS_PRESETS)),
    st.tuples(st.just("value"), st.integers(0, 5), st.sampled_from(["-2", "0.5", "3", "1.25"])),
    st.tuples(st.just("kind"), st.integers(0, 5)),
    st.tuples(st.just("trained"), st.integers(0, 5)),
    st.tuples(st.just("lr"), st.sampled_from(["0.01", "0.1", "0.5"])),
    st.tuples(st.just("numeric"), st.sampled_from(["central", "forward"]), st.sampled_from(["0.001", "1e-05", "0.1"])),
    st.tuples(st.just("reset")),
    st.tuples(st.just("step"), st.integers(1, 3)),
    st.tuples(st.just("timeline"), st.integers(0, 3)),
)


def edit_variable(window, qtbot, kind: str, index: int, text: str = "") -> None:
    """A value typed, a kind switched or a Trained box clicked, in the table (when editable)."""
    from desktop_app.gui.panels.variables_table import KIND

    names = window.variables.names()
    if not names or window.controller.is_busy():
        return
    name = names[index % len(names)]
    if kind == "value":
        type_value(window, qtbot, name, text)
    elif kind == "kind":
        box = window.variables.table.cellWidget(names.index(name), KIND)
        box.setCurrentIndex(1 - box.currentIndex())
    elif window.model.variable(name).kind == "parameter":
        set_trained(window, name, not window.model.variable(name).trained)


def take_steps(window, qtbot, count: int) -> None:
    """Step pressed `count` times (the first press starts a run paused at its first step)."""
    for _ in range(count):
        if not window.step_action.isEnabled():
            return
        rows = len(window.runs.latest().buffer) if window.controller.is_busy() else 0
        window.step_action.trigger()
        qtbot.waitUntil(lambda rows=rows: window.runs.latest() is not None and (
            len(window.runs.latest().buffer) > rows or not window.controller.is_busy()), timeout=10_000)


def apply(window, qtbot, action) -> None:
    kind, *args = action
    if kind == "preset":
        window.load_preset(args[0])
    elif kind in ("value", "kind", "trained"):
        edit_variable(window, qtbot, kind, *args)
    elif kind == "lr":
        if "lr" in window.optimizer._fields:
            type_lr(window, qtbot, args[0])
    elif kind == "numeric":
        view = window.derivative
        view.method.setCurrentIndex(view.method.findData(args[0]))
        view.h_edit.setText(args[1])
        view.h_edit.editingFinished.emit()
    elif kind == "reset":
        window.reset_action.trigger()
    elif kind == "step":
        take_steps(window, qtbot, args[0])
    elif kind == "timeline" and window.timeline.slider.isEnabled():
        window.timeline.slider.setValue(min(args[0], window.timeline.slider.maximum()))


#: The property test runs in a process of its own (test_property_test_in_its_own_process): a
#: crash it finds fails one test, with the child's last words, instead of ending the suite. It
#: once found one (a segfault in pyqtgraph's GraphicsView.paintEvent, about once in a few full
#: runs). Its likely cause, a cyclic collection run by a worker thread freeing the Qt objects of
#: a closed window while the GUI thread painted, is gone (workers never collect: gui.collection);
#: since then more than 40 child runs with other seeds, under gdb, and every full run found none.
_IN_CHILD = os.environ.get("GRADIENT_LAB_PROPERTY_CHILD") == "1"
_PROPERTY_TEST = "test_every_view_shows_what_a_fresh_window_shows_for_the_same_model"


def test_property_test_in_its_own_process():
    if _IN_CHILD:
        pytest.skip("this is the child")
    repo = Path(__file__).resolve().parents[2]
    child = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"{__file__}::{_PROPERTY_TEST}"],
        cwd=repo, env={**os.environ, "GRADIENT_LAB_PROPERTY_CHILD": "1", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=900)
    crashed = f"killed by signal {-child.returncode}\n" if child.returncode < 0 else ""
    assert child.returncode == 0, crashed + child.stdout[-6000:] + child.stderr[-2000:]


@pytest.mark.skipif(not _IN_CHILD, reason="runs in its own process (test_property_test_in_its_own_process)")
@settings(max_examples=14, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(first=st.sampled_from(LOSS_PRESETS), actions=st.lists(ACTIONS, min_size=1, max_size=5))
def test_every_view_shows_what_a_fresh_window_shows_for_the_same_model(window, qtbot, tmp_path, first, actions):
    window.load_preset(first)  # the whole lesson is replaced: each example starts afresh
    for action in actions:
        apply(window, qtbot, action)
        assert screen(window, qtbot) == fresh_screen(window, qtbot, tmp_path / "twin.ini"), action
    window.controller.shutdown()
