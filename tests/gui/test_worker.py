"""The worker thread on a fake source: batches arrive, pause/step/stop are prompt, errors reported."""

from __future__ import annotations

import gc
import threading
import time
from typing import ClassVar

import numpy as np
import pytest

from desktop_app.gui.worker import WorkerThread


class FakeRun:
    """Mimics core.runs.Run's control surface: batch_size, flush_seconds, cancel, set_lr, result."""

    def __init__(self, steps: int = 1_000_000, step_seconds: float = 0.0005, fail_at: int | None = None):
        self.steps = steps
        self.step_seconds = step_seconds
        self.fail_at = fail_at
        self.batch_size = 1000
        self.flush_seconds = 1.0
        self.lr = 0.1
        self.result = "running"
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def set_lr(self, lr: float) -> None:
        self.lr = lr

    def __iter__(self):
        rows: list[tuple[int, float]] = []
        last = time.monotonic()
        for step in range(self.steps):
            if self._cancel.is_set():
                self.result = "stopped"
                break
            if step == self.fail_at:
                raise ValueError("loss became a banana")
            time.sleep(self.step_seconds)
            rows.append((step, self.lr))
            if len(rows) >= self.batch_size or time.monotonic() - last >= self.flush_seconds:
                yield np.array(rows, dtype=[("step", "i8"), ("lr", "f8")])
                rows, last = [], time.monotonic()
        else:
            self.result = "finished"
        if rows:
            yield np.array(rows, dtype=[("step", "i8"), ("lr", "f8")])


@pytest.fixture
def handles():
    """Every handle a test starts is shut down, even when the test fails."""
    started: list[WorkerThread] = []
    yield started
    for handle in started:
        assert handle.shutdown(5000)


def _collect(handle):
    got = {"batches": [], "finished": [], "failed": []}
    handle.worker.batch.connect(got["batches"].append)
    handle.worker.finished.connect(got["finished"].append)
    handle.worker.failed.connect(lambda m, tb: got["failed"].append((m, tb)))
    return got


def test_runs_to_end_and_reports_result(qtbot, handles):
    handle = WorkerThread(FakeRun(steps=500, step_seconds=0))
    handles.append(handle)
    got = _collect(handle)
    handle.start()
    qtbot.waitUntil(lambda: bool(got["finished"]), timeout=5000)
    steps = np.concatenate([b["step"] for b in got["batches"]])
    assert np.array_equal(steps, np.arange(500))
    assert got["finished"] == ["finished"]
    assert handle.thread.wait(2000)


def test_pause_step_resume_stop_are_prompt(qtbot, handles):
    run = FakeRun()
    handle = WorkerThread(run)
    handles.append(handle)
    got = _collect(handle)
    handle.start()
    qtbot.waitUntil(lambda: bool(got["batches"]), timeout=5000)
    handle.worker.pause()
    qtbot.wait(250)  # any batch in flight lands within flush_seconds (1/30 s)
    count = len(got["batches"])
    qtbot.wait(300)
    assert len(got["batches"]) == count, "paused worker kept yielding"
    handle.worker.step_once()
    qtbot.waitUntil(lambda: len(got["batches"]) == count + 1, timeout=1000)
    assert len(got["batches"][-1]) == 1  # one step exactly
    assert handle.worker.set_lr(0.5)
    handle.worker.resume()
    qtbot.waitUntil(lambda: bool(got["batches"][-1]["lr"][-1] == 0.5), timeout=1000)
    handle.worker.stop()
    qtbot.waitUntil(lambda: bool(got["finished"]), timeout=5000)  # a hang guard; timings live in bench/
    assert got["finished"] == ["stopped"]
    assert handle.thread.wait(1000)


def test_slow_motion_yields_single_steps(qtbot, handles):
    handle = WorkerThread(FakeRun(steps=6, step_seconds=0), step_delay=0.05)
    handles.append(handle)
    got = _collect(handle)
    handle.start()
    qtbot.waitUntil(lambda: bool(got["finished"]), timeout=5000)
    assert [len(b) for b in got["batches"]] == [1] * 6


def test_exception_is_reported_with_traceback(qtbot, handles):
    handle = WorkerThread(FakeRun(steps=100, step_seconds=0, fail_at=50))
    handles.append(handle)
    got = _collect(handle)
    handle.start()
    qtbot.waitUntil(lambda: bool(got["failed"]), timeout=5000)
    message, details = got["failed"][0]
    assert message == "loss became a banana"
    assert "ValueError" in details
    assert not got["finished"]
    assert handle.thread.wait(1000)


def test_generator_without_cancel_is_closed_on_shutdown(qtbot, handles):
    closed = threading.Event()

    def forever():
        try:
            while True:
                time.sleep(0.001)
                yield 1
        finally:
            closed.set()

    handle = WorkerThread(forever())
    handles.append(handle)
    handle.start()
    qtbot.wait(50)
    assert handle.shutdown(2000)
    assert closed.is_set()


@pytest.mark.parametrize("paused", [False, True])
def test_shutdown_while_running_or_paused(qtbot, handles, paused):
    handle = WorkerThread(FakeRun())
    handles.append(handle)
    handle.start()
    qtbot.wait(50)
    if paused:
        handle.worker.pause()
    assert handle.shutdown(2000)
    assert not handle.is_running()


# --- cyclic garbage is never collected in a worker thread (gui.collection) --------------------


class _Cycle:
    """Stands for a closed window's Qt objects: garbage only the cyclic collector frees; `freed_in`
    is the thread that freed it."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def garbage_then_allocations(release: threading.Event) -> None:
    """In a worker: make one garbage cycle, then hold enough young objects for Python's
    automatic collector to be due (it would run in this thread, unless paused), until `release`."""
    _Cycle()
    kept = [[] for _ in range(20 * gc.get_threshold()[0])]
    release.wait(10)
    del kept


def gui_thread_frees_the_garbage(qtbot, release: threading.Event) -> None:
    """While the worker still works, the GUI thread frees the garbage."""
    try:
        qtbot.waitUntil(lambda: len(_Cycle.freed_in) == 1, timeout=5_000)
        assert _Cycle.freed_in == [threading.main_thread().name]
    finally:
        release.set()


@pytest.fixture
def worker_release(qtbot):
    """The event a worker waits on (set once the test has looked). Starts once no other
    thread's worker section (an earlier window's derivative view or typesetter) runs, with the
    GUI thread's collector running (automatic collection off)."""
    from desktop_app.gui import collection

    collection.start_collector()
    qtbot.waitUntil(lambda: collection._sections == 0, timeout=10_000)
    gc.collect()
    _Cycle.freed_in.clear()
    event = threading.Event()
    yield event
    event.set()


def test_a_run_worker_never_collects_cycles(qtbot, handles, worker_release):
    release = worker_release

    def source():
        yield np.zeros(1, dtype=[("step", "i8")])
        garbage_then_allocations(release)

    handle = WorkerThread(source())
    handles.append(handle)
    handle.start()
    gui_thread_frees_the_garbage(qtbot, release)
    qtbot.waitUntil(lambda: not handle.is_running(), timeout=10_000)
    assert not gc.isenabled()  # the work's end did not turn automatic collection back on


def test_the_end_of_a_worker_section_never_lets_the_worker_collect(qtbot, worker_release):
    """The deadlock's last form: a worker section that ended turned automatic collection back
    on, and the worker's next allocations collected there (the typesetter, seen in CI)."""
    from desktop_app.gui.collection import worker_section

    release = worker_release

    def work() -> None:
        with worker_section():
            pass
        garbage_then_allocations(release)

    thread = threading.Thread(target=work, name="after-its-section")
    thread.start()
    gui_thread_frees_the_garbage(qtbot, release)
    thread.join(10)


def test_an_mnist_background_task_never_collects_cycles(qtbot, worker_release):
    release = worker_release
    from desktop_app.gui.mnist.data_panel import BackgroundTask

    task = BackgroundTask(lambda report: garbage_then_allocations(release))
    task.start()
    gui_thread_frees_the_garbage(qtbot, release)
    assert task.wait(10_000) and not gc.isenabled()


def test_the_gui_thread_collects_what_is_due(monkeypatch):
    from desktop_app.gui import collection

    calls: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    monkeypatch.setattr(gc, "isenabled", lambda: True)
    assert collection.collect_due() is None  # automatic collection on: nothing to do
    monkeypatch.setattr(gc, "isenabled", lambda: False)
    monkeypatch.setattr(gc, "get_threshold", lambda: (700, 10, 10))
    counts = {"now": (701, 3, 0)}
    monkeypatch.setattr(gc, "get_count", lambda: counts["now"])
    monkeypatch.setattr(collection._Collector, "last_full", 0.0)
    assert collection.collect_due(now=1000.0) == 0
    counts["now"] = (701, 11, 11)
    assert collection.collect_due(now=1000.0) == 2  # a full one is due
    assert collection.collect_due(now=1000.0 + collection.FULL_EVERY / 2) == 1  # not twice in a row
    counts["now"] = (100, 11, 11)
    assert collection.collect_due(now=5000.0) is None  # nothing due
    assert calls == [0, 2, 1]


def test_nothing_is_collected_while_a_quiet_section_runs(monkeypatch):
    from desktop_app.gui import collection

    monkeypatch.setattr(gc, "get_count", lambda: (1000, 0, 0))
    calls: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    with collection.worker_section(quiet=True):
        assert collection.collect_due() is None
    with collection.worker_section():
        assert collection.collect_due() == 0
    assert calls == [0] and gc.isenabled() == (collection._collector is None)
