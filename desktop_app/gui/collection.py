"""Cyclic garbage is collected in the GUI thread, never in a worker thread.

Why: CPython collects cycles in whichever thread happens to allocate. When that is a worker (a
run, a training, a file job) and the garbage holds Qt objects of a closed window, the worker
frees them while the GUI thread waits on them: the window froze for good (seen in CI). So each
worker thread runs its Python inside `worker_section()` (automatic collection paused, through
core.json_chunks.gc_paused, which nests across threads), and while automatic collection is
off a GUI-thread timer runs the collections that have come due. Outside worker sections Python
collects as usual; the pause lasts exactly as long as the worker's work.

Each tick does at most a young collection (generations 0 and 1), and a full one at most every
FULL_EVERY seconds: a full pass over the whole heap costs the GUI thread up to 0.2 s. Nothing is
collected while a `quiet` section runs (a file job: seconds of parsing or writing millions of
short-lived objects, which a collection would traverse and promote for nothing) or while more
than BULK_OBJECTS young objects wait (the same, from code that did not say so).

The app's window, once ready, freezes what is alive (`freeze_survivors`: the modules, torch's
and pyqtgraph's objects, the window; about 220,000 objects): a full collection then traverses
only what was made since, and costs the GUI thread next to nothing (0.15 s before, on a ready
window). A language switch thaws them first (`thaw`), so the old window's cycles are collected,
and freezes again once it is gone. Windows built by tests never freeze: a test process builds
hundreds, and what a freeze keeps is never collected.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from desktop_app.core.json_chunks import gc_paused

__all__ = ["collect_due", "freeze_survivors", "start_collector", "thaw", "worker_section"]

INTERVAL_MS = 100
#: Young objects beyond which a tick leaves the collection for later (see the docstring).
BULK_OBJECTS = 50_000
#: Seconds between two full collections while the automatic collector is paused (the first
#: comes this long after the collector started).
FULL_EVERY = 60.0

_collector: _Collector | None = None
_lock = threading.Lock()
_quiet = 0


@contextlib.contextmanager
def worker_section(quiet: bool = False) -> Iterator[None]:
    """In a worker thread: no automatic collection inside; the GUI thread's timer collects
    meanwhile, unless `quiet` (bounded work that makes short-lived objects in bulk)."""
    global _quiet
    with gc_paused():
        if quiet:
            with _lock:
                _quiet += 1
        try:
            yield
        finally:
            if quiet:
                with _lock:
                    _quiet -= 1


def collect_due(now: float | None = None) -> int | None:
    """The collection Python would have run by now (GUI thread, automatic collection off); the
    generation collected, or None."""
    if gc.isenabled() or _quiet:
        return None
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0] or counts[0] > BULK_OBJECTS:
        return None
    generation = 1 if counts[1] > thresholds[1] else 0
    now = time.monotonic() if now is None else now
    if generation == 1 and counts[2] > thresholds[2] and now - _Collector.last_full >= FULL_EVERY:
        generation, _Collector.last_full = 2, now
    gc.collect(generation)
    return generation


class _Collector(QObject):
    last_full = 0.0

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        _Collector.last_full = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()


def start_collector() -> None:
    """Before a worker starts (from the GUI thread): the GUI thread's collector, once."""
    global _collector
    app = QCoreApplication.instance()
    if _collector is not None or app is None or QThread.currentThread() is not app.thread():
        return
    _collector = _Collector()


def freeze_survivors() -> None:
    """Collect, then leave every object alive now out of all later collections (GUI thread,
    once the app's window is ready)."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Give the frozen objects back to the collector (before a window is replaced)."""
    gc.unfreeze()
