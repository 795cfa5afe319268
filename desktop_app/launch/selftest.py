"""`gradient-lab --self-test`: prove that this installation can teach a lesson.

It does what a teacher does, through the same code: open the window, wait for PyTorch, load the
lesson preset "Linear regression y = 10x + 13 with SGD" (L1.3), press Run, let the worker thread
stream the 501 steps into the window, then compare the numbers the window holds with the ones
the lesson printed (`core.lessons.check_output`: w, b and the loss at steps 0 and 500). It runs off
screen when there is no display, uses throwaway settings (the user's layout and last session are left alone), and ends
with one line: "self-test passed: ..." (exit status 0) or "self-test failed: <reason>" (1).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PRESET = "l1-linear-regression"
TORCH_TIMEOUT_S = 120.0
RUN_TIMEOUT_S = 120.0


class SelfTestFailure(Exception):
    """One reason the self-test failed, in a line."""


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def wait_for(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Run the event loop until `condition()` holds; raise SelfTestFailure after `timeout_s`."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    if not condition():
        raise SelfTestFailure(f"{what} did not happen within {timeout_s:.0f} s")


def _check_lesson(window: object) -> str:
    """Drive `window` through the lesson; return the summary line or raise SelfTestFailure."""
    from desktop_app.core.lessons import check_output, lesson_output
    from desktop_app.core.presets import get_preset
    from desktop_app.core.runs import RunResult
    from desktop_app.gui.panels.optimizer_panel import SPEEDS

    wait_for(lambda: window.ready, TORCH_TIMEOUT_S, "loading PyTorch")
    window.load_preset(PRESET)
    window.optimizer.speed.setValue(SPEEDS.index(0.0))  # "as fast as possible"
    window.editor.validate_now()
    problem = window.input_problem()
    if problem:
        raise SelfTestFailure(f"the window refuses to run the lesson: {problem}")
    finished = []
    failures = []
    window.controller.run_finished.connect(finished.append)
    window.controller.failed.connect(lambda message, _details: failures.append(message))
    window.run_action.trigger()
    wait_for(lambda: finished or failures, RUN_TIMEOUT_S, "the lesson's run finishing")
    if failures:
        raise SelfTestFailure(f"the run failed in the worker: {failures[0]}")
    run = finished[0]
    records = run.buffer.data
    preset = get_preset(PRESET)
    if run.status != "finished" or len(records) != preset.steps:
        raise SelfTestFailure(
            f"the run ended '{run.status}' after {len(records)} of {preset.steps} steps: {run.reason}"
        )
    result = RunResult(status=run.status, steps=len(records), final=run.final, reason=run.reason)
    checks = check_output(preset, lesson_output(preset, [result], [records]))
    wrong = [c for c in checks if not c.ok]
    if not checks or wrong:
        c = wrong[0] if wrong else None
        raise SelfTestFailure(f"{c.key} is {c.actual}, the lesson says {c.expected}" if c else "nothing to check")
    shown = ", ".join(f"{c.key} = {c.actual if isinstance(c.actual, list) else f'{c.actual:.6f}'}" for c in checks)
    return f"{preset.lesson} {PRESET}: {len(records):,} steps through the worker; {shown} (as in the lesson)"


def run_self_test() -> int:
    """Open the window, run the lesson, check it, close; the process exit status."""
    started = time.monotonic()
    try:
        summary = _self_test()
    except SelfTestFailure as failure:
        print(f"self-test failed: {failure}", file=sys.stderr)
        return 1
    except Exception as error:
        logging.getLogger(__name__).exception("self-test")
        print(f"self-test failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(f"self-test passed in {time.monotonic() - started:.1f} s: {summary}")
    return 0


def _self_test() -> str:
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.launch.crash import install_crash_handlers
    from desktop_app.launch.logs import setup_logging

    errors: list[str] = []
    install_crash_handlers(setup_logging(), sink=lambda summary, _details: errors.append(summary))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="gradient-lab-self-test-") as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, language="en", state_dir=Path(scratch))
        window.show()
        window.start_loading()
        try:
            summary = _check_lesson(window)
        finally:
            window.close()
            app.processEvents()
    if errors:
        raise SelfTestFailure(f"an unhandled error occurred: {errors[0]}")
    return summary
