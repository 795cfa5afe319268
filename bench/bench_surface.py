"""Frames per second of the 3-D surface view while a run streams (a benchmark, not a test).

Usage (a display with OpenGL; on a server, Mesa's software renderer under Xvfb):
    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python bench/bench_surface.py [seconds]
A Rosenbrock run (Adam, 20,000 steps) streams into a RunList in batches as the worker would
deliver them, while the view follows it on its 30 Hz timer; frames are counted in paintGL.
Also paints the view with no run streaming, the bare loop the ratio is taken against.
Target: at least 30 frames per second while streaming.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.core.baselines import grid_search
from desktop_app.core.runs import Run, RunSpec
from desktop_app.gui.run_list import RecordedRun
from desktop_app.gui.surface_view import SurfaceView

TARGET_FPS = 30
BATCH = 40  # rows per batch: 2,000 steps/s
SIZE = (960, 600)  # the centre pane of a 1600 × 900 window
EXPRESSION = "(1-x)**2 + 100*(y-x**2)**2"


class Runs(QObject):
    """The part of the window's run list the view follows."""

    removed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.items: list[RecordedRun] = []

    def __iter__(self):
        return iter(list(self.items))


def measure(app: QApplication, view: SurfaceView, seconds: float, stream=None) -> float:
    """Frames painted per second over `seconds`, asking for a frame every event-loop turn."""
    frames = [0]
    paint = view.view.paintGL

    def counted() -> None:
        paint()
        frames[0] += 1

    view.view.paintGL = counted
    clock = QElapsedTimer()
    clock.start()
    pump = QTimer()
    pump.setInterval(0)
    pump.timeout.connect(view.view.update)
    pump.start()
    while clock.elapsed() < seconds * 1000:
        if stream is not None:
            stream()
        app.processEvents()
    pump.stop()
    view.view.paintGL = paint
    return frames[0] / (clock.elapsed() / 1000)


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    app = QApplication.instance() or QApplication([])
    view = SurfaceView()
    if not view.available:
        raise SystemExit(f"no 3-D view here: {view.problem}")
    view.resize(*SIZE)
    view.show()
    xs, ys = np.linspace(-2, 2, 80), np.linspace(-1, 3, 80)
    view.set_surface(("x", "y"), xs, ys, grid_search(EXPRESSION, {"x": xs, "y": ys}).losses)
    runs = Runs()
    view.follow(runs)
    for _ in range(20):
        app.processEvents()
    bare = measure(app, view, seconds / 2)
    run = RecordedRun("adam lr=0.01", {"dtype": "float32"}, "#D55E00")
    runs.items.append(run)
    # The worker thread computes the run; the GUI thread only receives its batches.
    records = np.concatenate(list(Run(RunSpec(EXPRESSION, init={"x": -1.5, "y": 2.0}, optimizer="adam",
                                              hyper={"lr": 0.01}, steps=20_000))))
    sent = [0]
    last = [time.perf_counter()]

    def stream() -> None:
        now = time.perf_counter()
        if now - last[0] >= 0.02 and sent[0] < len(records):  # 50 batches a second, as the worker sends them
            last[0] = now
            run.append(records[sent[0]:sent[0] + BATCH])
            sent[0] += BATCH

    streaming = measure(app, view, seconds, stream)
    verdict = "meets" if streaming >= TARGET_FPS else "misses"
    renderer = view.view.context().functions().glGetString(0x1F01) if view.view.context() else "?"
    print(f"renderer: {renderer}; view {SIZE[0]}x{SIZE[1]}; {len(run.buffer):,} steps streamed; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"3-D view: {bare:.0f} fps idle, {streaming:.0f} fps while a run streams "
          f"(ratio {streaming / max(bare, 1e-9):.2f}; {verdict} the {TARGET_FPS} fps target)")


if __name__ == "__main__":
    main()
