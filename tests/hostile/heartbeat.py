"""A 50 ms heartbeat on the GUI thread: did the window stay live while a sequence ran? (issue 14)

Why two clocks: the suite runs on a shared 2-core machine. The wall-clock gap between two beats
grows whenever a neighbour (another job, or our own worker threads taking turns at the
interpreter lock) gets the cores, so a wall-clock limit tight enough to catch a 0.2 s freeze
fails at random. What freezes the window is the GUI thread's own work between two returns to the
event loop: its CPU time between beats (`time.thread_time`, which a busy neighbour does not
grow). Work on the GUI thread is held to CPU_LIMIT; a wait on the GUI thread (a FIFO read, a
lock, a join), which costs no CPU, is caught by the looser wall-clock WALL_LIMIT.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer

__all__ = ["CPU_LIMIT", "WALL_LIMIT", "Gap", "Heartbeat"]

CPU_LIMIT = 0.200
WALL_LIMIT = 1.0


@dataclass(frozen=True)
class Gap:
    """The longest gaps between two beats: on the wall clock and in the GUI thread's CPU time."""

    wall: float
    cpu: float

    @property
    def stalled(self) -> bool:
        return self.cpu >= CPU_LIMIT or self.wall >= WALL_LIMIT

    def __str__(self) -> str:
        return f"{self.cpu:.3f} s GUI work in {self.wall:.3f} s"


class Heartbeat:
    """A 50 ms timer on the GUI thread; each beat notes the wall clock and the thread's CPU time."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._beat)
        self.beats: list[tuple[float, float]] = []

    def _beat(self) -> None:
        self.beats.append((time.perf_counter(), time.thread_time()))

    def __enter__(self) -> Heartbeat:
        self.beats = []
        self._beat()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
        self._beat()

    def longest(self, start: float | None = None, end: float | None = None) -> Gap:
        """The longest gaps between beats around [start, end] (perf_counter times taken on the
        GUI thread), from the last beat before `start` to the first after `end`."""
        walls = [wall for wall, _ in self.beats]
        first = 0 if start is None else max([i for i, wall in enumerate(walls) if wall <= start], default=0)
        last = len(walls) - 1
        if end is not None:
            last = min([i for i, wall in enumerate(walls) if wall >= end], default=last)
        window = self.beats[first:last + 1]
        pairs = list(itertools.pairwise(window))
        return Gap(wall=max((b[0] - a[0] for a, b in pairs), default=0.0),
                   cpu=max((b[1] - a[1] for a, b in pairs), default=0.0))
