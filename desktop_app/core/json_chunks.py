"""JSON reading and writing in small pieces, so a big file never holds the interpreter for long.

Why: ``json.loads`` and ``json.dumps`` are single C calls that keep the GIL for their whole
duration: a 63 MB session held the window's thread for seconds even when read in a worker
thread. Here only small values (a row of numbers, a short table) are handed to the C scanner,
each within a bounded slice of the text; containers larger than that are walked in Python,
which lets other threads run between elements and lets a reader cancel. The result is exactly
``json.loads``'s (NaN and Infinity included, as Python's json writes them).
"""

from __future__ import annotations

import contextlib
import gc
import json
import re
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError
from json.decoder import JSONDecodeError, scanstring
from typing import Any

try:
    from json.scanner import c_make_scanner as _make_scanner
except ImportError:  # pragma: no cover - CPython always has the C scanner
    from json.scanner import py_make_scanner as _make_scanner

__all__ = ["gc_paused", "loads"]

#: Longest text handed to the C scanner in one call (a row of a few hundred numbers fits).
_SLICES = (1024, 64 * 1024)
#: How many elements a container walked in Python parses between looks at `cancel`.
_CANCEL_EVERY = 256
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SPACES = frozenset(" \t\n\r")
_DECODER = json.JSONDecoder()


class _Reader:
    def __init__(self, text: str, cancel: threading.Event | None) -> None:
        self.text = text
        self.cancel = cancel
        self.scan = _make_scanner(_DECODER)
        self.skip: Callable[[str, int], re.Match[str]] = _WHITESPACE.match  # type: ignore[assignment]

    def _ws(self, index: int) -> int:
        if self.text[index : index + 1] in _SPACES:
            return self.skip(self.text, index).end()
        return index

    def value(self, index: int) -> tuple[Any, int]:
        text = self.text
        index = self._ws(index)
        head = text[index : index + 1]
        if head in ("[", "{"):
            for size in _SLICES:  # small containers: one C call on a bounded slice
                piece = text[index : index + size]
                try:
                    found, end = self.scan(piece, 0)
                except (StopIteration, JSONDecodeError):
                    if len(piece) < size:  # the whole rest was tried: a real syntax error
                        break
                    continue
                return found, index + end
            return (self._array if head == "[" else self._object)(index + 1)
        try:
            return self.scan(text, index)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", text, stop.value) from None

    def _check_cancel(self, count: int) -> None:
        if count % _CANCEL_EVERY == 0 and self.cancel is not None and self.cancel.is_set():
            raise CancelledError("reading cancelled")

    def _array(self, index: int) -> tuple[list[Any], int]:
        text, out = self.text, []
        index = self._ws(index)
        if text[index : index + 1] == "]":
            return out, index + 1
        while True:
            found, index = self.value(index)
            out.append(found)
            self._check_cancel(len(out))
            index = self._ws(index)
            head = text[index : index + 1]
            if head == "]":
                return out, index + 1
            if head != ",":
                raise JSONDecodeError("Expecting ',' delimiter", text, index)
            index += 1

    def _object(self, index: int) -> tuple[dict[str, Any], int]:
        text, out = self.text, {}
        index = self._ws(index)
        if text[index : index + 1] == "}":
            return out, index + 1
        while True:
            if text[index : index + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", text, index)
            key, index = scanstring(text, index + 1, True)
            index = self._ws(index)
            if text[index : index + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", text, index)
            out[key], index = self.value(index + 1)
            self._check_cancel(len(out))
            index = self._ws(index)
            head = text[index : index + 1]
            if head == "}":
                return out, index + 1
            if head != ",":
                raise JSONDecodeError("Expecting ',' delimiter", text, index)
            index = self._ws(index + 1)


_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = True


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: a full collection over millions of freshly parsed
    lists is one C call of up to a second, which would stall every other thread. Nestable and
    thread-safe (collection resumes when the last user leaves)."""
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
        _gc_pausers += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


def loads(text: str, cancel: threading.Event | None = None) -> Any:
    """``json.loads(text)``, in small pieces; raises CancelledError when `cancel` is set.

    Raises what json.loads raises: JSONDecodeError, ValueError (an integer of more than 4300
    digits) and RecursionError (brackets nested thousands deep)."""
    reader = _Reader(text, cancel)
    found, end = reader.value(0)
    end = reader._ws(end)
    if end != len(text):
        raise JSONDecodeError("Extra data", text, end)
    return found
