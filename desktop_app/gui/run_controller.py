"""Run / Pause / Step / Stop / Reset as a small state machine over the worker thread.

Why: buttons, shortcuts, menus and the classroom guess mode all drive the same run; one object
decides what each command means in each state, so they cannot disagree. The controller builds
the core Run (or Sweep) from a plain spec dict, feeds the worker's batches into RecordedRun
buffers, and reports state changes; it never draws anything.

States: idle -> running <-> paused -> stopping -> idle. Speed is a delay between steps (0: as fast
as possible) or None: "one step at a time", where Run and Step each advance exactly one step.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.gui.run_list import RecordedRun, RunList
from desktop_app.gui.worker import WorkerThread

IDLE, RUNNING, PAUSED, STOPPING = "idle", "running", "paused", "stopping"


def make_run_spec(spec: dict[str, Any]):
    """core.runs.RunSpec from a spec dict (imported lazily: core.runs imports torch)."""
    from desktop_app.core.runs import RunSpec

    return RunSpec(**spec)


class RunController(QObject):
    """Starts runs and sweeps, and turns user commands into worker calls."""

    state_changed = Signal(str)
    run_started = Signal(object)      # the RecordedRun (the first one of a sweep)
    run_finished = Signal(object)     # RecordedRun, after its status is set
    failed = Signal(str, str)         # message, details
    rows_added = Signal(object)       # RecordedRun that just received a batch (guess mode follows it)

    def __init__(self, runs: RunList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs = runs
        self._handle: WorkerThread | None = None
        self._heir: RunController | None = None  # after hand_over: where late batches go
        self._active: list[RecordedRun] = []
        self._route = None  # worker item -> (RecordedRun, record batch)
        self._state = IDLE
        self._delay: float | None = 0.0
        self._rate_mark: tuple[float, int] = (time.monotonic(), 0)
        self.steps_per_second = 0.0

    # --- queries -------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def active_runs(self) -> tuple[RecordedRun, ...]:
        return tuple(self._active)

    def is_busy(self) -> bool:
        return self._state != IDLE

    # --- commands ------------------------------------------------------------------------------

    def start(self, spec: dict[str, Any], label: str) -> RecordedRun:
        """Start one run; raises the core's ExpressionError/ValueError/DeviceError for bad input."""
        from desktop_app.core.runs import Run

        self._require_idle()
        source = Run(make_run_spec(spec))
        run = RecordedRun(label=label, spec=dict(spec), color=self.runs.next_colours()[0])
        self._launch(source, [run], lambda item: (run, item))
        return run

    def start_sweep(self, spec: dict[str, Any], learning_rates: list[float],
                    label: str) -> list[RecordedRun]:
        """Start one run per learning rate at once (core.sweeps), overlaid on the plots."""
        from desktop_app.core.sweeps import Sweep

        self._require_idle()
        source = Sweep(make_run_spec(spec), lrs=learning_rates)
        runs = []
        for lr, colour in zip(learning_rates, self.runs.next_colours(len(learning_rates)), strict=True):
            run_spec = dict(spec, hyper=dict(spec.get("hyper", {}), lr=lr))
            runs.append(RecordedRun(label=f"{label} lr={lr:g}", spec=run_spec, color=colour))
        self._launch(source, runs, lambda item: (runs[item[0]], item[1]))
        return runs

    def toggle_pause(self) -> None:
        if self._state == RUNNING:
            self.pause()
        elif self._state == PAUSED:
            self.resume()

    def pause(self) -> None:
        if self._state == RUNNING and self._handle is not None:
            self._handle.worker.pause()
            self._set_state(PAUSED)

    def resume(self) -> None:
        if self._state != PAUSED or self._handle is None:
            return
        if self._delay is None:
            self._handle.worker.step_once()
            return
        self._handle.worker.resume()
        self._set_state(RUNNING)

    def step(self) -> None:
        """One step: pauses a running run first."""
        if self._handle is None:
            return
        if self._state == RUNNING:
            self.pause()
        if self._state == PAUSED:
            self._handle.worker.step_once()

    def stop(self) -> None:
        if self._handle is not None and self._state in (RUNNING, PAUSED):
            self._set_state(STOPPING)
            self._handle.worker.stop()

    def set_speed(self, delay: float | None) -> None:
        """Seconds between steps (0: as fast as possible) or None: one step at a time."""
        self._delay = delay
        if self._handle is None:
            return
        self._handle.worker.set_step_delay(delay or 0.0)
        if delay is None and self._state == RUNNING:
            self.pause()

    def set_lr(self, lr: float) -> bool:
        """Change the learning rate of the running run from its next step; False if impossible."""
        if self._handle is None or len(self._active) != 1:
            return False
        return self._handle.worker.set_lr(lr)

    def hand_over(self, heir: RunController) -> None:
        """Give the going run (its worker, runs and state) to `heir`, an idle controller of a new
        window whose run list shows the same RecordedRuns (a language switch): the run goes on
        there, running or paused, and this controller is left idle. Batches the worker queued
        here before the switch are passed on (they arrive first: Qt delivers in order), so no
        step is lost."""
        handle = self._handle
        if handle is None:
            return
        heir._require_idle()
        worker = handle.worker
        for signal, slot in ((worker.batch, "_on_batch"), (worker.finished, "_on_finished"),
                             (worker.failed, "_on_failed")):
            signal.disconnect(getattr(self, slot))
            signal.connect(getattr(heir, slot))
        heir._handle, heir._active, heir._route = handle, self._active, self._route
        heir._rate_mark, heir.steps_per_second = self._rate_mark, self.steps_per_second
        heir.set_speed(heir._delay)
        self._heir, state = heir, self._state
        self._handle, self._active, self._route = None, [], None
        self._set_state(IDLE)
        heir._set_state(state)
        heir.run_started.emit(heir._active[0])
        QCoreApplication.sendPostedEvents(self)  # what the worker queued here, passed on now

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the worker and wait for its thread (window closing); True when it ended."""
        handle, self._handle = self._handle, None
        ended = True
        if handle is not None:
            ended = handle.shutdown(timeout_ms)
            for run in self._active:
                if run.status == "running":
                    self.runs.mark(run, "stopped", "stopped by the user", stop={"kind": "cancelled"})
        self._active = []
        self._set_state(IDLE)
        return ended

    # --- internals -----------------------------------------------------------------------------

    def _require_idle(self) -> None:
        if self._state != IDLE:
            raise RuntimeError("a run is already going; stop it first")

    def _launch(self, source, runs: list[RecordedRun], route) -> None:
        self._handle = handle = WorkerThread(source, step_delay=self._delay or 0.0)
        self._active = runs
        self._route = route
        for run in runs:
            self.runs.add(run)
        handle.worker.batch.connect(self._on_batch)
        handle.worker.finished.connect(self._on_finished)
        handle.worker.failed.connect(self._on_failed)
        self._rate_mark = (time.monotonic(), 0)
        self.steps_per_second = 0.0
        if self._delay is None:
            handle.worker.step_once()
        handle.start()
        self._set_state(PAUSED if self._delay is None else RUNNING)
        self.run_started.emit(runs[0])

    def _on_batch(self, item) -> None:
        if self._heir is not None:
            self._heir._take_batch(item)
        elif self.sender() is (self._handle.worker if self._handle else None):  # not a late batch
            self._take_batch(item)                                              # of a worker shut down

    def _take_batch(self, item) -> None:
        run, batch = self._route(item)
        run.append(batch)
        self._update_rate()
        self.rows_added.emit(run)

    def _update_rate(self) -> None:
        now = time.monotonic()
        rows = max((len(r.buffer) for r in self._active), default=0)  # a sweep's runs step together
        then, rows_then = self._rate_mark
        if now - then >= 0.5:
            self.steps_per_second = (rows - rows_then) / (now - then)
            self._rate_mark = (now, rows)

    def _on_finished(self, result) -> None:
        if self._heir is not None:
            self._heir._finish(result)
        elif self._handle is not None and self.sender() is self._handle.worker:
            self._finish(result)

    def _finish(self, result) -> None:
        results = result if isinstance(result, (list, tuple)) else [result]
        for run, res in zip(self._active, results):
            if res is not None:
                self.runs.mark(run, res.status, res.reason, res.final, getattr(res, "stop", None))
        self._end()

    def _on_failed(self, message: str, details: str) -> None:
        if self._heir is not None:
            self._heir._fail(message, details)
        elif self._handle is not None and self.sender() is self._handle.worker:
            self._fail(message, details)

    def _fail(self, message: str, details: str) -> None:
        for run in self._active:
            self.runs.mark(run, "failed", message)
        self._end()
        self.failed.emit(message, details)

    def _end(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.thread.wait(2000)
        finished = list(self._active)
        self._active = []
        self._set_state(IDLE)
        for run in finished:
            self.run_finished.emit(run)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
