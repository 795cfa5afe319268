"""Moves that scene modules share: press Step or Run and wait for the worker, bring a tab forward.

Each takes the driver's `wait(ms)` (it keeps Qt's events flowing, like qtbot.wait), so a scene
waits the way a test does and never blocks the worker thread's signals.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Wait = Callable[[int], None]

#: How long a scene may wait for one thing (a run to end, MNIST to load) before it gives up.
TIMEOUT_S = 120.0


def wait_until(condition: Callable[[], bool], wait: Wait, what: str, timeout_s: float = TIMEOUT_S) -> None:
    """Keep Qt's events flowing until `condition()` holds; SystemExit naming `what` after the timeout."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what} after {timeout_s:.0f} s")
        wait(20)


def settle(wait: Wait, ms: int = 600) -> None:
    """Let the plots' repaint timer and any debounced views catch up."""
    wait(ms)


def show_tab(tabs, widget) -> None:
    """Bring forward the tab holding `widget` (tabs may wrap their page in a scroll area)."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            tabs.setCurrentIndex(index)
            return
    raise SystemExit(f"no tab holds {type(widget).__name__}")


def wait_until_idle(window, wait: Wait) -> None:
    wait_until(lambda: not window.controller.is_busy(), wait, "the run finishing")
    settle(wait)


def run_to_end(window, wait: Wait) -> None:
    """Press Run (F5) on the loss in the editor and wait until the run ends."""
    window.editor.validate_now()
    problem = window.input_problem()
    if problem:
        raise SystemExit(f"cannot run: {problem}")
    window.run_action.trigger()
    wait_until_idle(window, wait)


def step(window, wait: Wait, times: int) -> None:
    """Press Step (F10) `times` times, waiting for each step to arrive."""
    for done in range(1, times + 1):
        window.step_action.trigger()
        wait_until(lambda done=done: window.runs.latest() is not None and len(window.runs.latest().buffer) >= done,
                   wait, "a step")
    settle(wait)
