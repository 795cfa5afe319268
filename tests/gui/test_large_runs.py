"""A run on a tensor too large to record element by element, driven through the window."""

from __future__ import annotations

from tests.gui.test_main_window import press, type_loss, wait_done


def test_a_large_tensor_runs_with_summary_records(window, qtbot):
    type_loss(qtbot, window, "sum(x**2)")
    qtbot.waitUntil(lambda: window.variables.names() == ["x"])
    window.variables.set_values({"x": "ones(200,200)"}, {})
    window.optimizer.set_state({"optimizer": "adam", "hyper": {"lr": 0.01}, "steps": 20})
    qtbot.waitUntil(window.run_action.isEnabled)
    press(qtbot, window, window.run_action)
    wait_done(qtbot, window)
    run = window.runs[0]
    assert run.status == "finished", run.reason
    names = run.buffer.names
    assert "mean(x)" in names and "norm(m_x)" in names and "x[0,0]" not in names
    loss = window.board.loss.item(run, "loss")
    assert len(loss.yData) == 20 and loss.yData[0] == 40_000.0
