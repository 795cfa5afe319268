"""The common base of the window's plots: it measures how long painting takes.

Why: in software rendering a frame of several long curves can cost tens of milliseconds, and on
a busy classroom laptop a fixed 30 Hz repaint would then keep the event loop busy all the time.
The board reads `paint_seconds` and spaces its repaints so that painting takes at most about a
third of the time, which keeps the window responsive during fast runs.
"""

from __future__ import annotations

import time

import pyqtgraph as pg


class PlotBase(pg.PlotWidget):
    """A PlotWidget that adds the duration of each of its paints to `PlotBase.paint_seconds`."""

    paint_seconds = 0.0

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        started = time.perf_counter()
        super().paintEvent(event)
        PlotBase.paint_seconds += time.perf_counter() - started
