"""The heartbeat itself: GUI-thread work and GUI-thread waits over 200 ms are stalls; a
neighbour taking the cores or the interpreter lock is not."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

from tests.hostile.heartbeat import STALL_LIMIT, Heartbeat, queued_seconds


def _busy(seconds: float) -> None:
    until = time.thread_time() + seconds
    while time.thread_time() < until:
        pass


def _spin(seconds: float) -> None:
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        pass


def _spinners(seconds: float) -> list[subprocess.Popen]:
    """Twice as many spinning processes as cores."""
    code = f"import time\nuntil = time.perf_counter() + {seconds}\nwhile time.perf_counter() < until: pass"
    return [subprocess.Popen([sys.executable, "-c", code]) for _ in range(2 * (os.cpu_count() or 1))]


def test_work_on_the_gui_thread_is_a_stall(qtbot):
    with Heartbeat() as heart:
        qtbot.wait(120)
        _busy(STALL_LIMIT + 0.02)
        qtbot.wait(120)
    gap = heart.longest()
    assert gap.stalled and gap.cpu >= STALL_LIMIT, gap


def test_a_wait_on_the_gui_thread_is_a_stall(qtbot):
    with Heartbeat() as heart:
        qtbot.wait(120)
        time.sleep(STALL_LIMIT + 0.02)
        qtbot.wait(120)
    gap = heart.longest()
    assert gap.stalled and gap.cpu < STALL_LIMIT, gap


def test_a_short_pause_is_not_a_stall(qtbot):
    with Heartbeat() as heart:
        qtbot.wait(120)
        time.sleep(0.1)
        qtbot.wait(120)
    assert not heart.longest().stalled, heart.longest()


def test_the_kernel_counts_the_time_a_thread_queues_for_a_core():
    """With more spinning processes than cores, this thread waits on a run queue, and the
    clock the heartbeat subtracts grows (the scheduler statistics are there on this kernel)."""
    tid = threading.get_native_id()
    before = queued_seconds(tid)
    spinners = _spinners(1.0)
    _spin(0.8)
    for spinner in spinners:
        spinner.wait()
    assert queued_seconds(tid) - before > 0.05


def test_a_busy_neighbour_thread_is_not_a_stall(qtbot):
    """A worker thread spinning in Python shares the interpreter lock with the GUI thread: the
    GUI thread gets it back every switch interval, so the beats keep coming."""
    stop = threading.Event()
    neighbour = threading.Thread(target=lambda: [None for _ in iter(stop.is_set, True)])
    with Heartbeat() as heart:
        neighbour.start()
        qtbot.wait(600)
        stop.set()
        neighbour.join()
    gap = heart.longest()
    assert not gap.stalled, gap
    assert len(heart.beats) > 5


def test_busy_neighbour_processes_are_not_a_stall(qtbot):
    """Processes holding every core delay the beats on the wall clock; the time queued is not
    the window's doing."""
    spinners = _spinners(2.0)  # started before the beats: Popen waits for each child to start
    qtbot.wait(200)
    with Heartbeat() as heart:
        qtbot.wait(1200)
    for spinner in spinners:
        spinner.wait()
    gap = heart.longest()
    assert not gap.stalled, gap


def test_a_window_of_the_beats_leaves_out_what_came_before(qtbot):
    with Heartbeat() as heart:
        _busy(STALL_LIMIT + 0.05)
        qtbot.wait(200)
        start = time.perf_counter()
        qtbot.wait(300)
        end = time.perf_counter()
        qtbot.wait(100)
    assert heart.longest().stalled
    assert not heart.longest(start, end).stalled, heart.longest(start, end)
