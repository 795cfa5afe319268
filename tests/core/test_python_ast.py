"""The core's one way to parse: serialised across threads, and proof against CPython's AST
recursion-depth bug (python/cpython#106905) that made a worker's parse fail at random."""

from __future__ import annotations

import ast
import contextlib
import threading

import pytest

from desktop_app.core import grammar, python_ast, values


def test_a_disturbed_parse_is_parsed_again(monkeypatch):
    real, calls = ast.parse, []

    def disturbed(text, *args, **kwargs):
        calls.append(text)
        if len(calls) == 1:
            raise SystemError("AST constructor recursion depth mismatch (before=30, after=205)")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(python_ast.ast, "parse", disturbed)
    assert grammar.check_text("(b/2 - 1)**2 + 0.987654") is None
    assert len(calls) == 2


def test_other_system_errors_are_not_hidden(monkeypatch):
    def broken(text, *args, **kwargs):
        raise SystemError("something else")

    monkeypatch.setattr(python_ast.ast, "parse", broken)
    with pytest.raises(SystemError, match="something else"):
        python_ast.parse("1")


def test_no_two_threads_parse_at_once(monkeypatch):
    real, inside, overlaps = ast.parse, [0], []
    entered = threading.Barrier(2, timeout=1)

    def watched(text, *args, **kwargs):
        inside[0] += 1
        overlaps.append(inside[0])
        with contextlib.suppress(threading.BrokenBarrierError):
            entered.wait()  # without the lock both threads meet here; with it, the barrier breaks
        inside[0] -= 1
        return real(text, *args, **kwargs)

    monkeypatch.setattr(python_ast.ast, "parse", watched)
    threads = [threading.Thread(target=values.parse_value, args=("[1, 2, 3]",)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert max(overlaps) == 1


def test_the_core_parses_only_through_it():
    import re
    from pathlib import Path

    direct = re.compile(r"(?<![\w.])ast\.parse\(")
    core = Path(python_ast.__file__).parent
    callers = [p.name for p in core.rglob("*.py") if direct.search(p.read_text()) and p.name != "python_ast.py"]
    assert callers == []
