"""gui.jobs.Job: the outcome arrives in the GUI thread by signal; cancel is honoured."""

from __future__ import annotations

import threading
import time
from concurrent.futures import CancelledError

import pytest

from desktop_app.gui.jobs import Job
from tests.gui.test_worker import garbage_then_allocations, worker_release  # noqa: F401


def _outcomes(job: Job) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    job.succeeded.connect(lambda value: seen.append(("succeeded", value, threading.current_thread())))
    job.failed.connect(lambda error: seen.append(("failed", error, threading.current_thread())))
    job.cancelled.connect(lambda: seen.append(("cancelled", None, threading.current_thread())))
    job.finished.connect(lambda: seen.append(("finished", None, threading.current_thread())))
    return seen


def test_the_result_arrives_in_the_gui_thread(qtbot):
    job = Job(lambda cancel: threading.current_thread().name)
    seen = _outcomes(job)
    job.start()
    qtbot.waitUntil(job.is_done)
    assert [s[0] for s in seen] == ["succeeded", "finished"]
    assert seen[0][1] == "file-job" and seen[0][2] is threading.main_thread()
    assert job.result == "file-job"


def test_an_error_is_reported_not_raised(qtbot):
    def fail(cancel):
        raise MemoryError("boom")

    job = Job(fail)
    seen = _outcomes(job)
    job.start()
    qtbot.waitUntil(job.is_done)
    assert seen[0][0] == "failed" and isinstance(seen[0][1], MemoryError)


@pytest.mark.parametrize("cooperative", [True, False])
def test_cancel_drops_the_result(qtbot, cooperative):
    started = threading.Event()

    def work(cancel):
        started.set()
        while not cancel.is_set():
            time.sleep(0.01)
        if cooperative:
            raise CancelledError
        return "late result"

    job = Job(work)
    seen = _outcomes(job)
    job.start()
    assert started.wait(5)
    assert job.is_running()
    job.cancel()
    qtbot.waitUntil(job.is_done)
    assert [s[0] for s in seen] == ["cancelled", "finished"] and job.result is None


def test_start_returns_while_the_work_is_still_going(qtbot):
    release = threading.Event()
    job = Job(lambda cancel: release.wait(60))
    job.start()
    assert job.is_running() and not release.is_set()  # start() did not wait for the work
    release.set()
    qtbot.waitUntil(job.is_done)
    assert job.result is True


def test_wait_is_bounded_and_says_whether_the_function_returned(qtbot):
    release = threading.Event()
    job = Job(lambda cancel: release.wait(10))
    job.start()
    assert not job.wait(0.05)
    release.set()
    assert job.wait(10)
    qtbot.waitUntil(job.is_done)


def test_a_job_never_collects_cycles_in_its_thread(qtbot, worker_release):  # noqa: F811
    """A collection in a job's thread could free a closed window's Qt objects there; a file job
    is quiet (gui.collection): nothing is collected while it parses or writes."""
    import gc

    from tests.gui.test_worker import _Cycle

    job = Job(lambda cancel: garbage_then_allocations(worker_release)).start()
    qtbot.wait(500)  # several of the GUI collector's ticks
    assert _Cycle.freed_in == []
    worker_release.set()
    qtbot.waitUntil(job.is_done, timeout=10_000)
    assert not gc.isenabled()  # the collector runs: automatic collection stays off after the job
    gc.collect()
    assert _Cycle.freed_in == [threading.main_thread().name]


def test_a_job_lowers_the_switch_interval_like_a_run(qtbot, monkeypatch):
    """A job parsing in Python must not keep the GUI thread waiting 5 ms for the lock at each of
    its calls into Qt (gui.lock_handover, as for runs)."""
    import sys

    from desktop_app.gui.lock_handover import SWITCH_INTERVAL

    monkeypatch.setattr(sys, "getswitchinterval", lambda: 0.005)
    asked: list[float] = []
    monkeypatch.setattr(sys, "setswitchinterval", asked.append)
    job = Job(lambda cancel: None).start()
    qtbot.waitUntil(job.is_done)
    assert asked == [SWITCH_INTERVAL]
