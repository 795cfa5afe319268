"""The classroom-screen views (issue 11): typeset update line, 1-D ranges that show the point,
the contour map's true minimum and NaN region, and presentation mode, at each screen size.

Self-contained (its few moves written here) so that it runs with the one driver,
scripts/screenshots.py, whatever else is in scripts/scenes/.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Wait = Callable[[int], None]
TIMEOUT_S = 120.0


def _until(condition: Callable[[], bool], wait: Wait, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        wait(20)


def _typeset(window, wait: Wait) -> None:
    """Wait until every formula on screen is typeset (the background thread; plain text meanwhile)."""
    from desktop_app.gui.formula import FormulaView

    _until(lambda: not any(view.pending() for view in window.findChildren(FormulaView)), wait,
           "the formulas being typeset")
    wait(200)


def _show_tab(tabs, widget) -> None:
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            tabs.setCurrentIndex(index)
            return
    raise SystemExit(f"no tab holds {type(widget).__name__}")


def _run(window, wait: Wait) -> None:
    window.editor.validate_now()
    problem = window.input_problem()
    if problem:
        raise SystemExit(f"cannot run: {problem}")
    window.run_action.trigger()
    _until(lambda: not window.controller.is_busy(), wait, "the run finishing")
    wait(600)


def _typed(window, wait: Wait, expression: str, values: dict[str, str], optimizer: dict) -> None:
    window.reset()
    window.editor.set_text(expression)
    window.variables.set_values(values, {})
    window.optimizer.set_state(optimizer)
    _run(window, wait)


def update_line(window, wait: Wait) -> None:
    """L3.6 after three steps: the derivative tab's update arithmetic with its digits."""
    window.load_preset("l3-gradient-descent")
    for done in range(1, 4):
        window.step_action.trigger()
        _until(lambda done=done: window.runs.latest() is not None and len(window.runs.latest().buffer) >= done,
               wait, "a step")
    _show_tab(window.side, window.derivative)
    wait(600)
    _until(lambda: not window.derivative.busy and not window.derivative.report.symbolic_pending, wait,
           "the symbolic derivative")
    _typeset(window, wait)


def double_well(window, wait: Wait) -> None:
    """x⁴ − 3x² + x from x = 2: both wells and the start visible, not a 0–2300 axis."""
    _typed(window, wait, "x**4 - 3*x**2 + x", {"x": "2"}, {"optimizer": "gd", "hyper": {"lr": 0.01}, "steps": 80})


def homework_range(window, wait: Wait) -> None:
    """L3.8: (x − 1)² from −3 with α = 0.01/3; the range must make the movement visible."""
    window.load_preset("l3-homework")
    _run(window, wait)


def rosenbrock(window, wait: Wait) -> None:
    """Rosenbrock with Adam: the contour map's minimum star belongs at (1, 1)."""
    _typed(window, wait, "(1-x)**2 + 100*(y-x**2)**2", {"x": "-1.5", "y": "2"},
           {"optimizer": "adam", "hyper": {"lr": 0.05}, "steps": 400})


def nan_region(window, wait: Wait) -> None:
    """log(x) + y²: NaN for x ≤ 0, the valid half still drawn."""
    _typed(window, wait, "log(x) + (y - 1)**2", {"x": "2", "y": "-1"},
           {"optimizer": "gd", "hyper": {"lr": 0.1}, "steps": 40})


def tensor_loss(window, wait: Wait) -> None:
    """A 2 × 2 W and a bias: small multiples per element and the heat map of W fill the centre."""
    window.reset()
    window.editor.set_text("sum((W @ x + b - y)**2)")
    window.editor.validate_now()
    _until(lambda: set(window.variables.names()) == {"W", "b", "x", "y"}, wait, "the names")
    window.variables.set_values({"W": "[[0.5, -0.3], [0.8, 0.1]]", "b": "0, 0"}, {"x": "1, 2", "y": "1, -1"})
    window.optimizer.set_state({"optimizer": "gd", "hyper": {"lr": 0.05}, "steps": 30})
    _run(window, wait)


def surface_3d(window, wait: Wait) -> None:
    """Rosenbrock's 3-D tab (where OpenGL is missing, the reason in one line)."""
    rosenbrock(window, wait)
    window.board.contour_tabs.setCurrentIndex(1)
    wait(800)


def presentation(window, wait: Wait) -> None:
    """F11 during a lesson: plots take most of the screen."""
    window.load_preset("l3-learning-rates")
    _run(window, wait)
    if not window.presentation_action.isChecked():
        window.presentation_action.trigger()
    wait(600)


def scenes() -> dict[str, Callable[..., None]]:
    return {
        "update-line": update_line,
        "double-well": double_well,
        "homework-range": homework_range,
        "rosenbrock-contour": rosenbrock,
        "nan-region": nan_region,
        "tensor-loss": tensor_loss,
        "surface-3d": surface_3d,
        "presentation": presentation,
    }
