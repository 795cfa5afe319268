"""Helpers for hostile cases: expecting a one-line refusal, and proving that nothing changed."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.hostile.harness import one_line


def refused(kind: type[BaseException] | tuple[type[BaseException], ...], pattern: str,
            action: Callable[[], Any]) -> str:
    """Run `action`, expecting `kind` with a one-line message matching `pattern` (a regex)."""
    try:
        action()
    except kind as error:
        message = str(error)
    else:
        raise AssertionError(f"expected {kind} matching {pattern!r}, but nothing was raised")
    assert one_line(message), f"not one line: {message!r}"
    assert re.search(pattern, message), f"{message!r} does not match {pattern!r}"
    return message


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under `folder`: its kind, mode, and content digest or link target."""
    state = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                detail: Any = os.readlink(path)
            elif stat.S_ISREG(info.st_mode):
                detail = hashlib.md5(path.read_bytes()).hexdigest() if info.st_size < 2**26 else info.st_size
            else:
                detail = None
            state[str(path.relative_to(folder))] = (stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode), detail)
    return state


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def sparse(path: Path, size: int, head: bytes = b"") -> Path:
    """A file of `size` bytes that takes no disk space (beyond `head`)."""
    with open(path, "wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path
