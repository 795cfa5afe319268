"""Background jobs for file work: the GUI thread starts them and never waits for them.

Why: opening a 60 MB session, importing a big CSV or saving many runs takes seconds; done on
the GUI thread it freezes the window in front of a class. A `Job` runs one Qt-free function in a
worker thread and hands its outcome back to the GUI thread through a queued signal. The function
receives a `threading.Event` to poll; `cancel()` sets it (the core's readers and writers raise
`concurrent.futures.CancelledError` then), and a cancelled job's result is dropped even if the
function finished anyway.

    job = Job(lambda cancel: load_session(path, cancel), parent=self)
    job.succeeded.connect(show)        # result, in the GUI thread
    job.failed.connect(report)         # the exception, in the GUI thread
    job.start()
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.gui.collection import start_collector, worker_section
from desktop_app.gui.lock_handover import hand_the_lock_over_quickly

__all__ = ["Job"]

_SUCCEEDED, _FAILED, _CANCELLED = "succeeded", "failed", "cancelled"


class Job(QObject):
    """One function run off the GUI thread; exactly one of succeeded / failed / cancelled is
    emitted (in the GUI thread), then finished."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    _outcome = Signal(str, object)  # emitted by the worker thread, delivered queued

    def __init__(self, work: Callable[[threading.Event], Any], parent: QObject | None = None,
                 name: str = "file-job", *, finish_at_exit: bool = False) -> None:
        """`finish_at_exit`: the program waits for this job when it ends (a save must complete;
        a read can simply be dropped)."""
        super().__init__(parent)
        start_collector()
        self._work = work
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=not finish_at_exit)
        self._done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._outcome.connect(self._deliver)

    def start(self) -> Job:
        hand_the_lock_over_quickly()  # a job parsing in Python holds the interpreter lock
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the function to stop; `cancelled` follows once the worker has let go."""
        self._cancel.set()

    def is_running(self) -> bool:
        """True until the outcome has been delivered in the GUI thread."""
        return not self._done

    def is_done(self) -> bool:
        return self._done

    def wait(self, seconds: float) -> bool:
        """Block at most `seconds` for the function to return (closing the window waits for its
        last save this way); True when it has. The outcome still comes by signal."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        with worker_section(quiet=True):  # no cyclic collection meanwhile (gui.collection)
            self._report(*self._outcome_of_work())

    def _outcome_of_work(self) -> tuple[str, object]:
        try:
            result = self._work(self._cancel)
        except CancelledError:
            kind, value = _CANCELLED, None
        except BaseException as error:  # noqa: BLE001 - every failure is reported, none escapes
            kind, value = _FAILED, error
        else:
            kind, value = (_CANCELLED, None) if self._cancel.is_set() else (_SUCCEEDED, result)
        return kind, value

    def _report(self, kind: str, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the job's owner was deleted meanwhile: nobody to tell
            self._outcome.emit(kind, value)

    @Slot(str, object)
    def _deliver(self, kind: str, value: object) -> None:
        self._done = True
        if kind == _SUCCEEDED:
            self.result = value
            self.succeeded.emit(value)
        elif kind == _FAILED:
            self.error = value  # type: ignore[assignment]
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()
