"""The heartbeat itself: GUI-thread work and GUI-thread waits are stalls, a neighbour is not."""

from __future__ import annotations

import threading
import time

from tests.hostile.heartbeat import CPU_LIMIT, WALL_LIMIT, Heartbeat


def _busy(seconds: float) -> None:
    until = time.thread_time() + seconds
    while time.thread_time() < until:
        pass


def test_work_on_the_gui_thread_is_a_stall(qtbot):
    with Heartbeat() as heart:
        qtbot.wait(120)
        _busy(CPU_LIMIT + 0.05)
        qtbot.wait(120)
    gap = heart.longest()
    assert gap.stalled and gap.cpu >= CPU_LIMIT, gap


def test_a_long_wait_on_the_gui_thread_is_a_stall(qtbot):
    with Heartbeat() as heart:
        qtbot.wait(120)
        time.sleep(WALL_LIMIT + 0.05)
        qtbot.wait(120)
    gap = heart.longest()
    assert gap.stalled and gap.cpu < CPU_LIMIT, gap


def test_a_busy_neighbour_thread_is_not_a_stall(qtbot):
    """A worker thread spinning in Python shares the interpreter lock with the GUI thread: the
    beats may come late on the wall clock, but the GUI thread did no work of its own."""
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


def test_a_window_of_the_beats_leaves_out_what_came_before(qtbot):
    with Heartbeat() as heart:
        _busy(CPU_LIMIT + 0.05)
        qtbot.wait(200)
        start = time.perf_counter()
        qtbot.wait(300)
        end = time.perf_counter()
        qtbot.wait(100)
    assert heart.longest().stalled
    assert not heart.longest(start, end).stalled, heart.longest(start, end)
