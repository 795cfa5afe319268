"""The main views the README shows: start page, a lesson in slow motion, regression, graph,
learning rates, a typed loss's contour map, the graph filling the window, and the MNIST tab."""

from __future__ import annotations

from collections.abc import Callable

from scenes._support import Wait, run_to_end, settle, show_tab, step, wait_until_idle

#: A two-parameter loss that is not a lesson, to show the contour view with a momentum path.
CONTOUR_EXPRESSION = "x**2 + 3*y**2 + x*y"


def start_page(window, wait: Wait) -> None:
    show_tab(window.centre, window.gallery)
    settle(wait)


def lesson_gradient_descent(window, wait: Wait) -> None:
    window.load_preset("l3-gradient-descent")
    step(window, wait, 3)
    show_tab(window.side, window.derivative)
    settle(wait)


def linear_regression(window, wait: Wait) -> None:
    window.load_preset("l1-linear-regression")
    run_to_end(window, wait)
    show_tab(window.side, window.steps)
    settle(wait)


def computation_graph(window, wait: Wait) -> None:
    window.load_preset("l5-two-samples")
    step(window, wait, 1)
    show_tab(window.side, window.graph)
    settle(wait)
    window.graph.fit()
    settle(wait)


def graph_fills_window(window, wait: Wait) -> None:
    """The computation graph taking the whole window (View → Details fill the window), fitted."""
    computation_graph(window, wait)
    window.fill_window(True)
    settle(wait)
    window.graph.fit()
    settle(wait)


def learning_rates(window, wait: Wait) -> None:
    window.load_preset("l3-learning-rates")
    window.compare()
    wait_until_idle(window, wait)
    show_tab(window.side, window.runs_panel)
    settle(wait)


def contour_momentum(window, wait: Wait) -> None:
    window.reset()
    window.editor.set_text(CONTOUR_EXPRESSION)
    window.variables.set_values({"x": "-4", "y": "2.5"}, {})
    window.optimizer.set_state({"optimizer": "momentum", "hyper": {"lr": 0.05, "momentum": 0.8}, "steps": 60})
    run_to_end(window, wait)
    show_tab(window.side, window.steps)
    settle(wait)


def mnist(window, wait: Wait) -> None:
    """The MNIST view after both networks trained briefly (scenes/mnist.py has more of it)."""
    from scenes.mnist import finished

    finished(window, wait)


def scenes() -> dict[str, Callable]:
    return {
        "start-page": start_page,
        "lesson-gradient-descent": lesson_gradient_descent,
        "linear-regression": linear_regression,
        "computation-graph": computation_graph,
        "graph-fills-window": graph_fills_window,
        "learning-rates": learning_rates,
        "contour-momentum": contour_momentum,
        "mnist": mnist,
    }
