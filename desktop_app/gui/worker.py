"""Drive a core iterable in a QThread and report what it yields through Qt signals.

Why: torch work must never block the window, and the window must stay able to pause, step,
stop and change the learning rate while the work goes on. The worker never touches a widget;
it only emits signals, which Qt queues to the GUI thread.

API (used by the run controller and by the MNIST tab):

    handle = WorkerThread(source)      # source: any iterable, e.g. core.runs.Run, core.sweeps.Sweep,
                                       # or a generator (a generator's body runs in the worker thread)
    handle.worker.batch.connect(...)   # batch(object): each item the iterable yields, unchanged
                                       #   (a numpy record batch; for a Sweep a (run_index, batch) tuple)
    handle.worker.finished.connect(...)# finished(object): `source.result` (a Run), `source.results`
                                       #   (a Sweep: one per run) or None;
                                       #   emitted once, after the last batch (also after stop())
    handle.worker.failed.connect(...)  # failed(str, str): message and traceback of an exception
                                       #   raised by the iterable; emitted instead of finished
    handle.start()
    handle.shutdown()                  # stop and wait for the thread (closing the window); -> bool

Control methods of `handle.worker` may be called from any thread; each takes effect between two
items (within 200 ms when the source yields at least that often, which `flush_seconds` ensures):

    pause() / resume()        stop asking the iterable for items / go on
    step_once()               pause (if running) and let exactly one more step through (batch_size 1)
    stop()                    cancel: `source.cancel()` when it has one (the source then yields its
                              last rows and ends), else the generator is closed
    set_step_delay(seconds)   slow motion: > 0 means one step per item and a pause of this long
                              between items (slept in small slices, so stop/pause stay prompt)
    set_lr(lr)                `source.set_lr(lr)` from the next step on; returns False when the
                              source has no live learning rate

Sources with mutable `batch_size` and `flush_seconds` (core.runs.Run, core.sweeps.Sweep) get them
set by the worker: `flush_seconds` at most `flush_seconds` given here, `batch_size` 1 in slow motion
and for single steps, the source's own value otherwise. For a Sweep, one step (and one slow-motion
beat) covers the items of all its running runs. Starting a worker lowers Python's GIL switch
interval to 1 ms so that a busy worker cannot make the window stutter. The worker thread never
runs a cyclic garbage collection (gui.collection: the GUI thread does, while it works).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from desktop_app.gui.collection import start_collector, worker_section
from desktop_app.gui.lock_handover import hand_the_lock_over_quickly

#: Longest uninterrupted sleep while pacing slow motion (seconds).
_SLEEP_SLICE = 0.02


class Worker(QObject):
    """Iterates a source in its own thread; see the module docstring for the API."""

    batch = Signal(object)
    finished = Signal(object)
    failed = Signal(str, str)

    def __init__(self, source: Iterable, *, step_delay: float = 0.0,
                 flush_seconds: float = 1 / 30) -> None:
        super().__init__()
        self._source = source
        self._flush_seconds = flush_seconds
        self._fast_batch_size = getattr(source, "batch_size", None)
        self._cond = threading.Condition()
        self._paused = False
        self._steps_allowed = 0
        self._stopping = False
        self._step_delay = max(0.0, float(step_delay))

    # --- control (any thread) ------------------------------------------------------------------

    def pause(self) -> None:
        with self._cond:
            self._paused = True
            self._cond.notify_all()

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._steps_allowed = 0
            self._cond.notify_all()

    def step_once(self) -> None:
        with self._cond:
            self._paused = True
            self._steps_allowed += 1
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        cancel = getattr(self._source, "cancel", None)
        if callable(cancel):
            cancel()

    def set_step_delay(self, seconds: float) -> None:
        with self._cond:
            self._step_delay = max(0.0, float(seconds))
            self._cond.notify_all()

    def set_lr(self, lr: float) -> bool:
        set_lr = getattr(self._source, "set_lr", None)
        if not callable(set_lr):
            return False
        set_lr(float(lr))
        return True

    # --- the loop (worker thread) --------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        """Iterate the source to its end, honouring pause/step/stop between items; cyclic
        garbage is collected by the GUI thread meanwhile (gui.collection)."""
        with worker_section():
            self._run()

    def _run(self) -> None:
        source = self._source
        try:
            if hasattr(source, "flush_seconds"):
                source.flush_seconds = min(source.flush_seconds, self._flush_seconds)
            iterator = iter(source)
            cancellable = callable(getattr(source, "cancel", None))
            single: bool | None = False
            round_open = False
            while True:
                if not round_open:
                    single = self._wait_for_turn()
                    if single is not None:
                        self._set_batch_size(single or self._step_delay > 0)
                if single is None and not cancellable:
                    close = getattr(iterator, "close", None)
                    if callable(close):
                        close()
                    break
                try:
                    item = next(iterator)
                except StopIteration:
                    break
                self.batch.emit(item)
                round_open = not self._round_complete(item)
                if not single and not round_open:
                    self._pace()
        except Exception as exc:  # noqa: BLE001 - reported to the window, which stays usable
            self.failed.emit(str(exc) or type(exc).__name__, traceback.format_exc())
            return
        self.finished.emit(getattr(source, "result", getattr(source, "results", None)))

    def _round_complete(self, item) -> bool:
        """Whether a step's items are all out: a Sweep yields (run_index, batch) for each of its
        running runs in turn, and one Step (or one slow-motion beat) moves them all."""
        results = getattr(self._source, "results", None)
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(results, list)):
            return True
        running = [i for i, result in enumerate(results) if getattr(result, "status", "") == "running"]
        return not running or item[0] >= max(running)

    def _wait_for_turn(self) -> bool | None:
        """Block while paused. None: stopping (drain a cancelled source); True: a single step."""
        with self._cond:
            while self._paused and self._steps_allowed == 0 and not self._stopping:
                self._cond.wait()
            if self._stopping:
                return None
            if self._paused:
                self._steps_allowed -= 1
                return True
            return False

    def _set_batch_size(self, single: bool) -> None:
        if self._fast_batch_size is not None:
            self._source.batch_size = 1 if single else self._fast_batch_size

    def _pace(self) -> None:
        """Sleep the slow-motion delay in slices, waking early on stop, pause or a faster speed."""
        start = time.monotonic()
        with self._cond:
            while not self._stopping and not self._paused:
                remaining = self._step_delay - (time.monotonic() - start)
                if remaining <= 0:
                    return
                self._cond.wait(min(remaining, _SLEEP_SLICE))


class WorkerThread:
    """Owns a Worker and its QThread. Keep it until `finished`/`failed` or `shutdown()`, so that
    Qt never destroys a running thread."""

    def __init__(self, source: Iterable, *, step_delay: float = 0.0,
                 flush_seconds: float = 1 / 30) -> None:
        start_collector()
        self.worker = Worker(source, step_delay=step_delay, flush_seconds=flush_seconds)
        self.thread = QThread()
        self.thread.setObjectName("gradient-lab-worker")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Direct: quit from the worker thread itself, so a GUI thread blocked in wait() is released.
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.failed.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        hand_the_lock_over_quickly()  # a busy worker holds the interpreter lock most of the time
        self.thread.start()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the work and wait for the thread to end; True when it ended in time."""
        self.worker.stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)
