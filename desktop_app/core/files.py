"""Opening and replacing user-chosen files without hanging or clobbering anything.

Why one module: every reader (CSV import, sessions, MNIST files, weights) and every writer
(CSV export, sessions, weights, histories) takes a path the user typed. A named pipe blocks an
``open`` forever, ``/dev/zero`` never ends, and an atomic ``os.replace`` onto ``/dev/stdout`` or a
symlink destroys the node or the link. So files are checked *by type before opening* here, reads
are bounded, and writes go through one temporary-file scheme:

* Reading: only regular files are opened (``stat`` first, then ``open`` with ``O_NONBLOCK`` and a
  second check on the open descriptor, so a file swapped in between is refused too).
* Writing: a symlink is written *through* to its target (the link stays a link); an existing
  target that is not a regular file (folder, device node, FIFO, socket) is refused before any
  work starts; the new file gets the old file's permission bits (or the umask's default for a
  new file). A hard-linked target: the chosen name gets the new contents, the other names keep
  the old ones (the replace is a rename, as in every safe-saving editor).
* Temporary files are named ``.<target>.<pid>.<random>.gradlab-tmp`` beside the target. A
  process killed mid-write leaves one behind; the next write into that folder removes those
  whose process is gone.

Errors are OSErrors whose text is one line naming the file, so the command line and the
window can show them as they are.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "TEMP_SUFFIX",
    "FileRefusedError",
    "FileTooLargeError",
    "create_temp_beside",
    "open_regular",
    "read_bounded",
    "replace_atomically",
    "sweep_stale_temps",
    "write_target",
]

#: Every temporary file the app writes ends so (see the module docstring).
TEMP_SUFFIX = ".gradlab-tmp"
#: Where a process's liveness cannot be asked (Windows), leftovers older than this are swept.
_STALE_SECONDS = 24 * 3600


class FileRefusedError(OSError):
    """A path the app will not open or replace (wrong kind of file, missing folder...)."""

    def __init__(self, path: str | os.PathLike[str], why: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, f"{path}: {why}")
        self.path = str(path)
        self.why = why

    def __str__(self) -> str:
        return self.strerror


class FileTooLargeError(FileRefusedError):
    """More bytes than the reader's bound; nothing beyond the bound was read."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _stat(path: Path, *, missing_ok: bool = False) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        if missing_ok:
            return None
        raise FileRefusedError(path, "no such file", errno.ENOENT) from None
    except OSError as error:
        raise FileRefusedError(path, error.strerror or str(error), error.errno or errno.EIO) from None


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for binary reading; anything else is refused before it is opened."""
    path = Path(path)
    before = _stat(path)
    if not stat.S_ISREG(before.st_mode):
        raise FileRefusedError(path, f"is {_kind(before.st_mode)}, not a file that can be read")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise FileRefusedError(path, error.strerror or str(error), error.errno or errno.EIO) from None
    after = os.fstat(fd)
    if not stat.S_ISREG(after.st_mode) or (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
        os.close(fd)
        raise FileRefusedError(path, "changed while being opened; try again")
    if flags & getattr(os, "O_NONBLOCK", 0):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The whole of a regular file of at most `limit` bytes (never more is read)."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise FileTooLargeError(path, f"is too large ({_size(size)}; at most {_size(limit)})")
        data = handle.read(limit + 1)
    if len(data) > limit:  # it grew while being read
        raise FileTooLargeError(path, f"is too large (more than {_size(limit)})")
    return data


def _size(count: int) -> str:
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} bytes"


def write_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to `path` will replace: symlinks followed, anything but a regular file
    (or a new name in an existing folder) refused. Call it before a long run starts."""
    text = os.fspath(path)
    path = Path(path)
    if not path.name or text.endswith(("/", os.sep)):
        raise FileRefusedError(text, "names a folder, not a file")
    existing = _stat(path, missing_ok=True)  # follows links, /proc/self/fd/N's magic ones too
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise FileRefusedError(path, f"is {_kind(existing.st_mode)}; choose a file name instead")
    target = Path(os.path.realpath(path))
    if existing is not None:
        resolved = _stat(target, missing_ok=True)
        if resolved is None or (resolved.st_dev, resolved.st_ino) != (existing.st_dev, existing.st_ino):
            raise FileRefusedError(path, "is a link that does not lead to a file name; choose a file name instead")
    folder = _stat(target.parent, missing_ok=True)
    if folder is None:
        raise FileRefusedError(path, f"the folder {target.parent} does not exist", errno.ENOENT)
    if not stat.S_ISDIR(folder.st_mode):
        raise FileRefusedError(path, f"{target.parent} is not a folder", errno.ENOTDIR)
    return target


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process: it exists
        return True
    return True


def sweep_stale_temps(folder: str | os.PathLike[str]) -> list[str]:
    """Remove the app's temporary files in `folder` left by processes that died mid-write."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        parts = name[: -len(TEMP_SUFFIX)].rsplit(".", 2)
        if len(parts) != 3 or not parts[1].isdigit():
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if os.name == "nt":
                stale = time.time() - entry.stat().st_mtime > _STALE_SECONDS
            else:
                stale = not _alive(int(parts[1]))
            if stale:
                os.unlink(entry.path)
                removed.append(name)
        except OSError:
            continue
    return removed


def create_temp_beside(target: Path) -> tuple[int, Path]:
    """A new, empty temporary file in `target`'s folder: (descriptor open for writing, path).

    Its mode is the existing target's, or what the umask gives a new file."""
    existing = _stat(target, missing_ok=True)
    sweep_stale_temps(target.parent)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            fd = os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
        except OSError as error:
            raise FileRefusedError(target, f"cannot write there: {error.strerror or error}",
                              error.errno or errno.EIO) from None
        if existing is not None and hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):
                os.fchmod(fd, stat.S_IMODE(existing.st_mode))
        return fd, temp
    raise FileRefusedError(target, "cannot create a temporary file beside it")


def replace_atomically(temp: Path, target: Path) -> None:
    """Rename the finished temporary file over `target`; an error names the target."""
    try:
        os.replace(temp, target)
    except OSError as error:
        raise FileRefusedError(target, f"cannot be replaced: {error.strerror or error}",
                          error.errno or errno.EIO) from None
