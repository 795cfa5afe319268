"""The GUI thread gets the interpreter lock back within half a millisecond of asking for it.

Why: a worker running Python (a run, reading a CSV, a sympy derivative, a lesson's report) keeps
the interpreter lock until CPython's switch interval (5 ms) forces it to let go. The GUI thread
lets go of the lock at nearly every Qt call while it paints, so one repaint of the plots waited
that long many times over (the convoy effect). Measured on the largest CSV import, two windows
on this 2-core machine at once, 4 imports each: at 1 ms (what runs and jobs set before) the
first import froze the window 0.40-0.62 s while the GUI thread worked 0.03-0.06 s; at 0.5 ms
the longest freeze was 0.09 s. A window sets it when it is built, before any of its threads
(a lesson report ran before the first job had lowered it); a run or a job sets it too, for
views used without a window. The workers lose next to nothing: a switch happens only when
another thread is waiting for the lock.
"""

from __future__ import annotations

import sys

__all__ = ["SWITCH_INTERVAL", "hand_the_lock_over_quickly"]

SWITCH_INTERVAL = 0.0005


def hand_the_lock_over_quickly() -> None:
    """Lower the interpreter's switch interval to SWITCH_INTERVAL (never raise it)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
