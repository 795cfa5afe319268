"""Cycles are collected in the GUI thread only, and never while a session is being parsed."""

from __future__ import annotations

import gc
import threading
import weakref

from desktop_app.core.json_chunks import gc_paused
from desktop_app.gui.collector import GuiThreadCollector, collect_in_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _garbage_from_a_worker() -> weakref.ref:
    made: list[weakref.ref] = []

    def work() -> None:
        cycle = _Cycle()
        made.append(weakref.ref(cycle))
        del cycle
        for _ in range(5 * gc.get_threshold()[0]):  # garbage enough for an automatic collection
            _Cycle()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    return made[0]


def test_a_worker_never_collects_and_the_gui_thread_does(qtbot):
    collect_in_gui_thread()
    assert not gc.isenabled()
    ref = _garbage_from_a_worker()
    assert ref() is not None, "the worker thread collected the cycle"
    qtbot.waitUntil(lambda: ref() is None, timeout=5_000)


def test_no_collection_while_a_session_is_parsed(qtbot):
    collector = GuiThreadCollector()
    try:
        ref = _garbage_from_a_worker()
        with gc_paused():
            collector.check()
            assert ref() is not None
        collector.check()
        gc.collect()  # generations above the threshold may hold it; a full pass frees it
        assert ref() is None
    finally:
        collector.deleteLater()
