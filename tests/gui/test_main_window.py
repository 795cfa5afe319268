"""The window driven like a user: type a loss, press Run, watch the plots hold the core's numbers."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.run_controller import IDLE, PAUSED, RUNNING


def wait_done(qtbot, window, timeout=30_000):
    qtbot.waitUntil(lambda: window.controller.state == IDLE and len(window.runs) > 0
                    and all(r.status != "running" for r in window.runs), timeout=timeout)
    window.board.refresh_all()


def press(qtbot, window, action):
    qtbot.mouseClick(window.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def core_records(spec):
    from desktop_app.core.runs import RunSpec, run_to_end

    return run_to_end(spec if isinstance(spec, RunSpec) else RunSpec(**spec))


def preset_action(window, name):
    from desktop_app.core.presets import get_preset

    lesson = get_preset(name).lesson
    return next(a for a in window.presets_menu.actions() if a.text().startswith(lesson + " "))


def type_loss(qtbot, window, text):
    editor = window.editor.edit
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    window.editor.validate_now()


def test_typed_loss_runs_and_plots_hold_the_core_numbers(window, qtbot, shoot):
    type_loss(qtbot, window, "(beta/2 - 1)**2")
    qtbot.waitUntil(lambda: window.variables.names() == ["beta"])
    window.variables.set_values({"beta": "-10"}, {})
    window.optimizer.set_state({"optimizer": "gd", "hyper": {"lr": 0.01 / 6}, "steps": 300})
    qtbot.waitUntil(window.run_action.isEnabled)
    press(qtbot, window, window.run_action)
    wait_done(qtbot, window)

    run = window.runs[0]
    result, records = core_records(run.spec)
    assert run.status == result.status == "finished"
    loss = window.board.loss.item(run, "loss")
    assert np.array_equal(loss.xData, records["step"]) and np.array_equal(loss.yData, records["loss"])
    beta = window.board.parameters.item(run, "beta")
    assert np.array_equal(beta.yData, records["beta"])
    norm = window.board.grad_norm.item(run, "grad_norm")
    assert np.array_equal(norm.yData, records["grad_norm"])
    marks = window.board.landscape.marks(run)
    x, y = marks.point.getData()
    assert (x[0], y[0]) == (records["beta"][-1], records["loss"][-1])
    assert window.board.picture_kind() == "landscape"
    assert "300" in window.status_step.text() or "299" in window.status_step.text()
    shoot(window, "typed-loss-landscape")

    from PySide6.QtCore import QPointF

    landscape = window.board.landscape  # hovering reads the exact values under the mouse (inside the range)
    target = landscape.mapFromScene(landscape.getPlotItem().vb.mapViewToScene(QPointF(0.0, 1.0)))
    qtbot.mouseMove(landscape.viewport(), target)
    qtbot.waitUntil(lambda: "on the curve" in landscape.readout.text())
    loss_plot = window.board.loss
    middle = sum(loss_plot.getPlotItem().vb.viewRange()[1]) / 2
    target = loss_plot.mapFromScene(loss_plot.getPlotItem().vb.mapViewToScene(QPointF(100, middle)))
    qtbot.mouseMove(loss_plot.viewport(), target)
    # the step under that pixel (a narrow plot has more than one step per pixel)
    under = round(loss_plot.getPlotItem().vb.mapSceneToView(loss_plot.mapToScene(target)).x())
    qtbot.waitUntil(lambda: f"step {under}" in loss_plot.readout.text())
    assert f"loss = {records['loss'][under]:.6g}" in loss_plot.readout.text()


@pytest.mark.parametrize("name", ["l1-abs-descent", "l1-linear-regression"])
def test_lesson_presets_from_the_menu_plot_exactly_the_lesson_run(window, qtbot, shoot, name):
    from desktop_app.core.lessons import preset_spec
    from desktop_app.core.presets import get_preset

    preset_action(window, name).trigger()
    qtbot.waitUntil(window.run_action.isEnabled)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wait_done(qtbot, window)
    run = window.runs[0]
    result, records = core_records(preset_spec(get_preset(name)))
    assert run.status == result.status
    assert np.array_equal(run.buffer.data, records)
    for column in run.parameter_columns:
        assert np.array_equal(window.board.parameters.item(run, column).yData, records[column])
    assert np.array_equal(window.board.loss.item(run, "loss").yData, records["loss"])
    if name == "l1-abs-descent":  # x goes 10 -> 8 -> 6 -> 4 and stays
        assert records["x"].tolist() == [10, 8, 6, 4]
        assert result.final["x"] == 4
    else:  # the fitted line is w*x + b at the last row; predictions shown beside the true rule
        assert window.board.picture_kind() == "regression"
        window.board.regression.refresh()
        xs, ys = window.board.regression.line.getData()
        w, b = records["w"][-1], records["b"][-1]
        assert np.allclose(ys, w * xs + b, rtol=1e-6)
        assert "13" in window.board.regression.readout.text()
    shoot(window, f"preset-{name}")


def test_compare_learning_rates_overlays_the_sweep(window, qtbot, shoot):
    from desktop_app.core.lessons import preset_spec
    from desktop_app.core.presets import get_preset
    from desktop_app.core.sweeps import Sweep

    preset = get_preset("l3-learning-rates")
    window.load_preset(preset.name)
    qtbot.waitUntil(window.compare_action.isEnabled)
    press(qtbot, window, window.compare_action)
    wait_done(qtbot, window)
    assert len(window.runs) == len(preset.lrs)
    sweep = Sweep(preset_spec(preset), lrs=list(preset.lrs))
    expected: dict[int, list] = {}
    for index, batch in sweep:
        expected.setdefault(index, []).append(batch)
    for index, run in enumerate(window.runs):
        records = np.concatenate(expected[index])
        assert np.array_equal(window.board.loss.item(run, "loss").yData, records["loss"])
        assert run.status == sweep.results[index].status
    window.show_side(window.runs_panel)
    window.runs_panel.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not window.board.loss.item(window.runs[0], "loss").isVisible()
    shoot(window, "compare-learning-rates")
    first = window.runs[0]
    window.runs_panel.list.item(0).setSelected(True)
    window.runs_panel.remove_button.click()
    assert first not in list(window.runs) and window.board.loss.item(first, "loss") is None
    assert len(window.runs) == len(preset.lrs) - 1


def test_bad_input_is_shown_and_disables_run(window, qtbot, shoot):
    type_loss(qtbot, window, "(beta/2 - 1")
    qtbot.waitUntil(lambda: not window.editor.is_valid())
    assert not window.run_action.isEnabled()
    assert "line 1" in window.editor.message.text().lower()
    type_loss(qtbot, window, "mean((w*x - y)**2)")
    qtbot.waitUntil(lambda: set(window.variables.names()) == {"w", "x", "y"})
    window.variables.set_values({"w": "1"}, {"x": "1,2,3", "y": "1,2"})
    qtbot.waitUntil(lambda: not window.run_action.isEnabled())
    window.variables.set_values({"w": "1"}, {"x": "1,2,3", "y": "1,2,3"})
    qtbot.waitUntil(window.run_action.isEnabled)
    window.variables.set_values({"w": "1"}, {"x": "1,2,3", "y": "1,2"})
    qtbot.waitUntil(lambda: not window.run_action.isEnabled())
    shoot(window, "bad-input")


def test_step_pause_resume_stop_and_live_learning_rate(window, qtbot):
    window.load_preset("l3-gradient-descent")
    window.optimizer.set_state({"optimizer": "gd", "hyper": {"lr": 0.001}, "steps": 5_000_000})
    qtbot.waitUntil(window.run_action.isEnabled)
    qtbot.keyClick(window, Qt.Key.Key_F10)  # F10 from idle: a run paused after one step
    qtbot.waitUntil(lambda: len(window.runs) == 1 and len(window.runs[0].buffer) == 1)
    assert window.controller.state == PAUSED
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: len(window.runs[0].buffer) == 2)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume
    assert window.controller.state == RUNNING
    qtbot.waitUntil(lambda: len(window.runs[0].buffer) > 100)
    lr_field = window.optimizer._fields["lr"]
    assert lr_field.isEnabled()
    lr_field.setText("0.002")
    qtbot.waitUntil(lambda: window.runs[0].buffer.column("lr")[-1] == 0.002, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    assert window.controller.state == PAUSED
    qtbot.wait(300)
    rows = len(window.runs[0].buffer)
    qtbot.wait(300)
    assert len(window.runs[0].buffer) == rows
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.controller.state == IDLE, timeout=5000)  # a hang guard, not a timing
    assert window.runs[0].status == "stopped"
    assert window.run_action.isEnabled()


def test_closing_mid_run_stops_the_worker_cleanly(make_window, qtbot, qtlog):
    window = make_window()
    window.load_preset("l3-gradient-descent")
    window.optimizer.set_state({"optimizer": "gd", "hyper": {"lr": 0.001}, "steps": 5_000_000})
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run()
    qtbot.waitUntil(lambda: len(window.runs[0].buffer) > 1000)
    handle = window.controller._handle
    window.close()  # returns only once the worker has stopped: no thread outlives the window
    assert not handle.thread.isRunning()
    assert not any("Destroyed while thread" in m.message for m in qtlog.records)


def test_an_exception_in_the_worker_is_shown_and_the_window_stays_usable(window, qtbot, monkeypatch, shoot):
    from desktop_app.core import runs

    class Exploding(runs.Run):
        def __iter__(self):
            batches = super().__iter__()
            yield next(batches)
            raise RuntimeError("the loss exploded on purpose")

    monkeypatch.setattr(runs, "Run", Exploding)
    window.load_preset("l3-gradient-descent")
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run()
    qtbot.waitUntil(lambda: getattr(window, "error_dialog", None) is not None
                    and window.error_dialog.isVisible(), timeout=10_000)
    assert window.error_dialog.text() == "the loss exploded on purpose"
    assert "RuntimeError" in window.error_dialog.detailedText()
    assert window.runs[0].status == "failed"
    shoot(window, "worker-error")
    shoot(window.error_dialog, "worker-error-dialog")
    window.error_dialog.accept()
    monkeypatch.setattr(runs, "Run", Exploding.__mro__[1])
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run()
    wait_done(qtbot, window)
    assert window.runs[-1].status == "finished"


def test_csv_export_and_steps_table_selection(window, qtbot, tmp_path, shoot):
    window.load_preset("l3-homework")
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run()
    wait_done(qtbot, window)
    run = window.runs[0]
    path = tmp_path / "trajectory.csv"
    assert window.files.export_csv(False, str(path))
    table = np.genfromtxt(path, delimiter=",", names=True, dtype=np.float32)  # a float32 run: its digits
    assert np.array_equal(table["loss"], run.buffer.column("loss").astype(np.float32))
    assert np.array_equal(table["x"], run.buffer.column("x").astype(np.float32))
    for fmt in ("png", "svg"):
        assert window.files.export_plot(fmt, str(tmp_path / f"plot.{fmt}"))
        assert (tmp_path / f"plot.{fmt}").stat().st_size > 1000
    window.show_side(window.steps)
    assert window.steps.model.rowCount() == len(run.buffer) == 100
    model = window.steps.model
    delta = model.columnCount() - 1
    assert model.headerData(delta, Qt.Orientation.Horizontal) == "Δx"
    x = run.buffer.column("x")
    assert float(model.data(model.index(10, delta))) == pytest.approx(x[11] - x[10], rel=1e-6)
    assert float(model.data(model.index(99, delta))) == pytest.approx(run.final["x"] - x[99], rel=1e-6)
    window.steps.select_row(10)
    marker = window.board.loss._marker.getData()
    assert marker[0][0] == 10 and marker[1][0] == run.buffer.column("loss")[10]
    x, _ = window.board.landscape.marks(run).point.getData()
    assert x[0] == run.buffer.column("x")[10]
    shoot(window, "steps-table-selection")


def test_session_round_trip_and_hostile_files(make_window, qtbot, tmp_path):
    window = make_window()
    window.load_preset("l1-linear-regression")
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run()
    wait_done(qtbot, window)
    path = tmp_path / "lesson.gradlab.json"
    assert window.files.save_session_as(str(path))
    qtbot.waitUntil(lambda: not window.files.busy())

    other = make_window(settings_name="other.ini")
    assert other.files.open_session(str(path))
    qtbot.waitUntil(lambda: not other.files.busy())
    assert other.editor.text() == window.editor.text()
    assert len(other.runs) == 1
    assert np.array_equal(other.runs[0].buffer.data, window.runs[0].buffer.data)
    assert other.optimizer.hyper() == window.optimizer.hyper()
    other.board.refresh_all()
    assert np.array_equal(other.board.loss.item(other.runs[0], "loss").yData, window.runs[0].buffer.column("loss"))

    hostile = {
        "not-json": "this is { not json",
        "deep": "[" * 100_000 + "]" * 100_000,
        "wrong-format": '{"format": "something-else", "version": 1}',
        "bad-rows": '{"format": "gradient-lab-session", "version": 1, "runs": [{"columns": ["step", "loss"],'
                    ' "rows": [[0, "__import__(\'os\')"]]}]}',
        "no-loss": '{"format": "gradient-lab-session", "version": 1, "runs": [{"columns": ["step", "x", "grad_x"],'
                   ' "rows": [[0, 1.0, 2.0]]}]}',
        "bad-name": '{"format": "gradient-lab-session", "version": 1, "variables": {"__class__": {"text": "1"}}}',
        "bad-hyper": '{"format": "gradient-lab-session", "version": 1, "optimizer": {"hyper": {"lr": "9**9**9"}}}',
        "huge-steps": '{"format": "gradient-lab-session", "version": 1, "optimizer": {"steps": 100000000000000}}',
        "bad-spec": '{"format": "gradient-lab-session", "version": 1, "runs": [{"spec": {"steps": "many"},'
                    ' "columns": ["step", "loss", "lr"], "rows": [[0, 1.5, 0.1]]}]}',
    }
    text_before = other.editor.text()
    for name, content in hostile.items():
        bad = tmp_path / f"{name}.json"
        bad.write_text(content)
        assert other.files.open_session(str(bad)), name
        qtbot.waitUntil(lambda: not other.files.busy())
        assert other.error_dialog.isVisible()
        assert other.error_dialog.text()
        other.error_dialog.accept()
        assert other.editor.text() == text_before and len(other.runs) == 1


def test_two_parameters_get_a_contour_map_and_a_click_sets_the_start(window, qtbot, shoot):
    from PySide6.QtCore import QPointF

    type_loss(qtbot, window, "(a - 1)**2 + 3*(b + 2)**2")
    qtbot.waitUntil(lambda: set(window.variables.names()) == {"a", "b"})
    window.variables.set_values({"a": "-4", "b": "3"}, {})
    window.optimizer.set_state({"optimizer": "momentum", "hyper": {"lr": 0.02, "momentum": 0.8}, "steps": 80})
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run()
    wait_done(qtbot, window)
    contour = window.board.contour
    assert window.board.picture_kind() == "contour" and contour.columns == ("a", "b")
    run = window.runs[0]
    xs, ys = contour.path(run).getData()
    assert np.array_equal(xs, run.buffer.column("a")) and np.array_equal(ys, run.buffer.column("b"))
    qtbot.waitUntil(window.views_settled, timeout=30_000)  # the minimum is searched for in a job
    star = contour.minimum.getData()
    assert abs(star[0][0] - 1) < 0.2 and abs(star[1][0] + 2) < 0.2
    shoot(window, "contour-momentum")

    vb = contour.getPlotItem().vb
    target = contour.mapFromScene(vb.mapViewToScene(QPointF(2.0, 1.0)))
    qtbot.mouseClick(contour.viewport(), Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: len(window.runs) == 0)
    init, _, _ = window.variables.values()
    assert abs(float(init["a"]) - 2.0) < 0.3 and abs(float(init["b"]) - 1.0) < 0.3


def test_device_panel_explains_why_cuda_is_off(window):
    from desktop_app.core.devices import cuda_unavailable_reason

    reason = cuda_unavailable_reason()
    combo = window.device.device
    item = combo.model().item(combo.findData("cuda"))
    if reason is None:
        assert item.isEnabled()
    else:
        assert not item.isEnabled()
        assert reason in item.toolTip()
        assert combo.currentData() != "cuda"


def test_a_single_step_moves_every_run_of_a_comparison(window, qtbot):
    window.load_preset("l3-learning-rates")
    qtbot.waitUntil(window.compare_action.isEnabled)
    window.optimizer.speed.setValue(0)  # one step at a time: the comparison starts paused
    window.compare()
    qtbot.waitUntil(lambda: len(window.runs) > 1 and all(len(r.buffer) == 1 for r in window.runs))
    window.step()
    qtbot.waitUntil(lambda: all(len(r.buffer) == 2 for r in window.runs))
    qtbot.wait(200)
    assert all(len(r.buffer) == 2 for r in window.runs)
    window.controller.stop()
    qtbot.waitUntil(lambda: window.controller.state == IDLE)
