"""The common base of the window's plots: it measures how long painting takes.

Why: in software rendering a frame of several long curves can cost tens of milliseconds, and on
a busy classroom laptop a fixed 30 Hz repaint would then keep the event loop busy all the time.
The board reads `paint_seconds` and spaces its repaints so that painting takes at most about a
third of the time, which keeps the window responsive during fast runs.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import pyqtgraph as pg

#: The most a repaint tick spends adding runs' curves (seconds): a reopened session of twelve
#: 100,000-step runs is drawn over a few ticks, the window answering between them (issue 14).
FRAME_BUDGET = 0.03


class PlotBase(pg.PlotWidget):
    """A PlotWidget that adds the duration of each of its paints to `PlotBase.paint_seconds`."""

    paint_seconds = 0.0
    #: While the board's timer repaints: when the tick's time is up (time.perf_counter()); the
    #: plots then leave the remaining runs to the next tick. None: draw everything now.
    deadline: float | None = None

    @classmethod
    @contextlib.contextmanager
    def frame_budget(cls) -> Iterator[None]:
        """Within: refresh() adds curves for FRAME_BUDGET seconds, the rest on the next ticks."""
        if PlotBase.deadline is not None:  # already inside a budgeted refresh
            yield
            return
        PlotBase.deadline = time.perf_counter() + FRAME_BUDGET
        try:
            yield
        finally:
            PlotBase.deadline = None

    @classmethod
    def out_of_time(cls) -> bool:
        return PlotBase.deadline is not None and time.perf_counter() > PlotBase.deadline

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        started = time.perf_counter()
        super().paintEvent(event)
        PlotBase.paint_seconds += time.perf_counter() - started
