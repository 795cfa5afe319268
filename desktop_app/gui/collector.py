"""Cyclic garbage collection in the GUI thread only.

Why: Python collects cycles in whichever thread happens to allocate. When that is a worker (a run,
a lesson report, a session read) and the garbage holds Qt objects of a closed window, the worker
frees them while the GUI thread holds the interpreter lock and waits for the same Qt object: the
window froze for good (seen as a deadlock under load in the test suite). The pattern is
pyqtgraph's `GarbageCollector` (automatic collection off, a GUI-thread timer collects each
generation once it passes its threshold); here it also waits while a session is parsed under
`core.json_chunks.gc_paused`, so a full collection over millions of fresh objects never stalls
the window.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from desktop_app.core.json_chunks import gc_pause_active

INTERVAL_MS = 500

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Collects generation by generation from a GUI-thread timer (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if gc_pause_active():
            return
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            gc.collect(generation)


def collect_in_gui_thread() -> None:
    """Start the collector once per process (from the GUI thread, with the QApplication made)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector()
