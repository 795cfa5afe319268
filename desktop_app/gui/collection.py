"""Cyclic garbage is collected in the GUI thread, never in a worker thread.

Why: CPython collects cycles in whichever thread happens to allocate. When that is a worker (a
run, a training, a file job, the typesetter) and the garbage holds Qt objects of a closed
window, the worker frees them while the GUI thread holds the interpreter lock and waits on a Qt
lock the worker took: the window froze for good (seen in CI, in the typesetter thread, and the
likely cause of a segfault in pyqtgraph's paint). So once the collector has started (from the
GUI thread, before the first worker: `start_collector`), automatic collection is off for the
rest of the process, and a GUI-thread timer runs the collections Python would have run. A
worker section never turns automatic collection back on: doing so at its end let the worker
collect on its very next allocation (the deadlock's last form). Without a collector (no
QApplication: scripts, core tests) a worker section only pauses collection while it runs.

Each tick does at most a young collection (generations 0 and 1), and a full one at most every
FULL_EVERY seconds. Nothing is collected while a `quiet` section runs (a file job: seconds of
parsing or writing millions of short-lived objects, which a collection would traverse and
promote for nothing).

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

__all__ = ["collect_due", "freeze_survivors", "start_collector", "thaw", "worker_section"]

INTERVAL_MS = 100
#: Seconds between two full collections while the automatic collector is paused (the first
#: comes this long after the collector started).
FULL_EVERY = 60.0

_collector: _Collector | None = None
_lock = threading.Lock()
_quiet = 0
_sections = 0  # worker sections running now
_was_enabled = True  # automatic collection before the first of them (no collector only)


@contextlib.contextmanager
def worker_section(quiet: bool = False) -> Iterator[None]:
    """In a worker thread: no automatic collection inside (none at all once the collector
    runs); the GUI thread's timer collects meanwhile, unless `quiet` (bounded work that makes
    short-lived objects in bulk)."""
    global _quiet, _sections, _was_enabled
    with _lock:
        if _sections == 0:
            _was_enabled = gc.isenabled()
        _sections += 1
        _quiet += int(quiet)
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _sections -= 1
            _quiet -= int(quiet)
            if _sections == 0 and _was_enabled and _collector is None:
                gc.enable()  # no collector: this process collects as Python does


def collect_due(now: float | None = None) -> int | None:
    """The collection Python would have run by now (GUI thread, automatic collection off); the
    generation collected, or None."""
    if gc.isenabled() or _quiet:
        return None
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
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
    """Before a worker starts (from the GUI thread): the GUI thread's collector, once, and no
    automatic collection from then on."""
    global _collector, _was_enabled
    app = QCoreApplication.instance()
    if _collector is not None or app is None or QThread.currentThread() is not app.thread():
        return
    with _lock:
        _collector = _Collector()
        _was_enabled = False
        gc.disable()


def freeze_survivors() -> None:
    """Collect, then leave every object alive now out of all later collections (GUI thread,
    once the app's window is ready)."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Give the frozen objects back to the collector (before a window is replaced)."""
    gc.unfreeze()
