"""A 50 ms heartbeat on the GUI thread: did the window stay live while a sequence ran? (issue 14)

The limit is the issue's: 200 ms between two beats is a stall. Why a second clock: the suite
runs on a shared 2-core machine, where the GUI thread is often ready to run but waiting for a
core that a neighbour (another test process, another job) holds. The kernel counts that time per
thread (`/proc/self/task/<tid>/schedstat`, its second field: time spent waiting on a run
queue). Everything else in a gap is the GUI thread's own doing: its work, and its waits on a
lock, the interpreter lock, a file or a join (sleeping costs no CPU but is still a frozen
window). So a gap is measured on the wall clock less the time the thread queued for a core.
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer

__all__ = ["STALL_LIMIT", "Gap", "Heartbeat"]

STALL_LIMIT = 0.200


def queued_seconds(thread_id: int) -> float:
    """How long the thread has waited, ready to run, for a core (0 where the kernel keeps no
    scheduler statistics: the gap is then the plain wall-clock gap, stricter, not looser)."""
    try:
        with open(f"/proc/self/task/{thread_id}/schedstat") as stats:
            return int(stats.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


@dataclass(frozen=True)
class Gap:
    """The longest gap between two beats: its wall-clock length, the time the GUI thread queued
    for a core in it, and the thread's CPU time in it."""

    wall: float
    queued: float
    cpu: float

    @property
    def own(self) -> float:
        """The part of the gap that was the GUI thread's own work or waiting."""
        return self.wall - self.queued

    @property
    def stalled(self) -> bool:
        return self.own >= STALL_LIMIT

    def __str__(self) -> str:
        return f"{self.own:.3f} s stalled ({self.wall:.3f} s, {self.queued:.3f} s queued, {self.cpu:.3f} s CPU)"


class Heartbeat:
    """A 50 ms timer on the GUI thread; each beat notes the wall clock, the thread's time queued
    for a core and its CPU time."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._beat)
        self.thread_id = threading.get_native_id()
        self.beats: list[tuple[float, float, float]] = []

    def _beat(self) -> None:
        self.beats.append((time.perf_counter(), queued_seconds(self.thread_id), time.thread_time()))

    def __enter__(self) -> Heartbeat:
        self.beats = []
        self._beat()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
        self._beat()

    def longest(self, start: float | None = None, end: float | None = None) -> Gap:
        """The gap of the longest own time between beats around [start, end] (perf_counter
        times taken on the GUI thread), from the last beat before `start` to the first after `end`."""
        walls = [beat[0] for beat in self.beats]
        first = 0 if start is None else max([i for i, wall in enumerate(walls) if wall <= start], default=0)
        last = len(walls) - 1
        if end is not None:
            last = min([i for i, wall in enumerate(walls) if wall >= end], default=last)
        gaps = [Gap(wall=b[0] - a[0], queued=b[1] - a[1], cpu=b[2] - a[2])
                for a, b in itertools.pairwise(self.beats[first:last + 1])]
        return max(gaps, key=lambda gap: gap.own, default=Gap(0.0, 0.0, 0.0))
