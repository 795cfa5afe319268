"""``ast.parse`` behind one lock, the only way the core parses text.

Why: CPython 3.11 keeps the AST constructor's recursion depth in interpreter-wide state
(python/cpython#106905), so two threads parsing at once (the GUI thread checks a typed loss while
a worker builds the derivative view or a lesson's report) fail at random with ``SystemError: AST
constructor recursion depth mismatch``. The lock keeps the core's own parses apart; a parse
elsewhere (3.11's traceback formatting parses the failing line) can still disturb that state,
so such a failure is retried: parsing has no side effects.
"""

from __future__ import annotations

import ast
import threading

_LOCK = threading.Lock()
_RETRIES = 3


def parse(text: str, mode: str = "exec") -> ast.AST:
    """``ast.parse(text, mode=mode)``, one thread at a time."""
    with _LOCK:
        for attempt in range(_RETRIES):
            try:
                return ast.parse(text, mode=mode)
            except SystemError as error:
                if "recursion depth mismatch" not in str(error) or attempt == _RETRIES - 1:
                    raise
    raise AssertionError("unreachable")  # the loop returns or raises
