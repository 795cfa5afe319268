"""CSV out (trajectories) and CSV in (data columns).

Writing is atomic: rows go to a temporary file in the target folder, which is fsynced and then
renamed over the target with ``os.replace``. A crash or an exception mid-run therefore leaves
either the old file or the complete new one, never half a file. Floats are written in the
shortest form that round-trips at the run's dtype (``repr`` of float64; for a float32 run the
float32's own shortest form, ``32.49`` rather than ``32.48999786376953``), so numpy.loadtxt and
pandas read back exactly what was computed. Text cells (a run's label) are quoted as CSV needs.
Column names such as ``x[0,1]`` contain commas and are quoted in the header.

Reading is strict and explains itself: each error names the line and column at fault.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import keyword
import math
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO

import numpy as np

from desktop_app.core import limits
from desktop_app.core.files import (
    FileRefusedError,
    create_temp_beside,
    open_regular,
    replace_atomically,
    write_target,
)

__all__ = ["CsvDataError", "CsvWriter", "atomic_write", "read_data_csv", "write_csv"]


def _write_error(target: Path, error: OSError) -> FileRefusedError:
    return FileRefusedError(target, f"writing failed: {error.strerror or error}", error.errno or errno.EIO)


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = None,
                 newline: str | None = None) -> Iterator[IO]:
    """Write ``path`` all or nothing: a temporary file beside it, fsynced and renamed on success,
    removed on any error (the old file stays untouched). See core.files for symlinks, modes,
    refused targets and leftovers."""
    target = write_target(path)
    fd, temp = create_temp_beside(target)
    try:
        try:
            with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
        except FileRefusedError:
            raise
        except OSError as error:
            raise _write_error(target, error) from None
        replace_atomically(temp, target)
    finally:
        temp.unlink(missing_ok=True)


class CsvDataError(ValueError):
    """A data CSV that cannot be imported; the message says what and where."""


def _header_line(columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(columns)
    return buffer.getvalue()


def _cell_writer(float32: bool):
    """value -> CSV text: floats at their dtype's shortest round-trip form, text quoted."""
    def cell(value: object) -> str:
        if isinstance(value, float):
            single = np.float32(value)
            # float64-only values of a float32 run (its learning rate, 0.01/3) keep full precision
            return str(single) if float32 and float(single) == value else repr(value)
        if isinstance(value, str):
            return _header_line([value])[:-1]
        return repr(value)
    return cell


class CsvWriter:
    """Streams record batches to ``path`` through a temporary file; renamed into place on close.

    Use as a context manager: on an exception the temporary file is removed and any existing
    file at ``path`` is left untouched. ``float32=True`` writes floats at float32 precision
    (for runs computed in float32, whose records hold them as exact float64 values).
    """

    def __init__(self, path: str | os.PathLike[str], columns: Sequence[str], float32: bool = False) -> None:
        self.path = Path(path)
        self._cell = _cell_writer(float32)
        self.columns = tuple(columns)
        if not self.columns:
            raise ValueError("a CSV file needs at least one column")
        self._target = write_target(path)
        fd, self._temp = create_temp_beside(self._target)
        self._file: io.TextIOWrapper | None = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._guarded(self._file.write, _header_line(self.columns))

    def _guarded(self, write: Callable[[str], object], text: str) -> None:
        try:
            write(text)
        except OSError as error:
            self.abort()
            raise _write_error(self._target, error) from None

    def write(self, batch: np.ndarray) -> None:
        """Append the rows of a record batch (a structured array with this writer's columns)."""
        if self._file is None:
            raise ValueError(f"the CSV writer for {self.path} is already closed")
        if batch.dtype.names != self.columns:
            raise ValueError("the batch's columns differ from the CSV header")
        self._guarded(self._file.write, "".join(",".join(map(self._cell, row)) + "\n" for row in batch.tolist()))

    def close(self) -> None:
        """Flush, fsync and rename the temporary file over ``path``."""
        if self._file is None:
            return
        file, self._file = self._file, None
        try:
            try:
                file.flush()
                os.fsync(file.fileno())
                file.close()
            except OSError as error:
                raise _write_error(self._target, error) from None
            replace_atomically(self._temp, self._target)
        finally:
            if not file.closed:
                file.close()
            self._temp.unlink(missing_ok=True)

    def abort(self) -> None:
        """Discard what was written; the file at ``path`` stays as it was."""
        if self._file is not None:
            file, self._file = self._file, None
            with contextlib.suppress(OSError):  # a full disk fails the final flush: the file goes anyway
                file.close()
        self._temp.unlink(missing_ok=True)

    def __enter__(self) -> CsvWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_csv(path: str | os.PathLike[str], batches: np.ndarray | Iterable[np.ndarray],
              columns: Sequence[str] | None = None, float32: bool = False) -> None:
    """Atomically write one record batch, or several with the same columns, to ``path``."""
    batches = [batches] if isinstance(batches, np.ndarray) else list(batches)
    if columns is None:
        if not batches:
            raise ValueError("give the columns when there are no batches to write")
        columns = batches[0].dtype.names
    with CsvWriter(path, columns, float32=float32) as writer:
        for batch in batches:
            writer.write(batch)


def _shown(cell: str) -> str:
    """A cell as quoted in a message: stripped, at most 40 characters."""
    cell = cell.strip()
    return cell if len(cell) <= 40 else cell[:40] + "…"


def _not_utf8(cell: str) -> bool:
    """Bytes that are not UTF-8 were decoded as lone surrogates (errors="surrogateescape")."""
    return any("\udc80" <= ch <= "\udcff" for ch in cell)


def _data_rows(handle: IO[str], name: str) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with their line numbers; csv's own errors become CsvDataErrors."""
    reader = csv.reader(handle)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise CsvDataError(f"{name}: line {max(1, reader.line_num)}: {error}") from None
        if any(cell.strip() for cell in row):
            yield reader.line_num, row


def read_data_csv(path: str | os.PathLike[str], cancel: threading.Event | None = None) -> dict[str, np.ndarray]:
    """Import data columns: a header row of names, then rows of numbers (float64 arrays).

    Streams the file: only regular files are opened, and the byte, column, field and element
    bounds of core.limits stop the reading as soon as one is passed. Any line ending (LF, CRLF,
    CR) is accepted. `cancel`, when set from another thread, stops the reading within a row."""
    name = Path(path).name
    with open_regular(path) as raw:
        size = os.fstat(raw.fileno()).st_size
        if size > limits.MAX_CSV_BYTES:
            raise CsvDataError(f"{name}: the file is too large ({size / 2**20:.1f} MB; "
                               f"at most {limits.MAX_CSV_BYTES // 2**20} MB)")
        text = io.TextIOWrapper(_BoundedReader(raw, limits.MAX_CSV_BYTES, name),
                                encoding="utf-8-sig", errors="surrogateescape", newline="")
        rows = _data_rows(text, name)
        first = next(rows, None)
        if first is None:
            raise CsvDataError(f"{name}: the file is empty; expected a header row of column names")
        header_line, header = first
        names = _column_names(header, header_line, name)
        max_rows = max(1, limits.MAX_ELEMENTS // len(names))
        chunks: list[np.ndarray] = []
        chunk = np.empty((_CHUNK_ROWS, len(names)), dtype=np.float64)
        filled = total = 0
        for number, row in rows:
            if cancel is not None and cancel.is_set():
                raise CsvDataError(f"{name}: import cancelled")
            if total >= max_rows:
                raise CsvDataError(
                    f"{name}: more than {max_rows:,} rows × {len(names)} columns is more than "
                    f"{limits.MAX_ELEMENTS:,} numbers"
                )
            if len(row) != len(names):
                raise CsvDataError(
                    f"line {number} has {len(row)} values but the header has {len(names)} columns"
                )
            chunk[filled] = [_cell_value(cell, number, names[j]) for j, cell in enumerate(row)]
            filled += 1
            total += 1
            if filled == _CHUNK_ROWS:
                chunks.append(chunk)
                chunk = np.empty_like(chunk)
                filled = 0
    if total == 0:
        raise CsvDataError(f"{name}: no data rows after the header")
    values = np.concatenate([*chunks, chunk[:filled]])
    return {column: values[:, j].copy() for j, column in enumerate(names)}


_CHUNK_ROWS = 4096


def _column_names(header: list[str], line: int, name: str) -> list[str]:
    if len(header) > limits.MAX_CSV_COLUMNS:
        raise CsvDataError(f"{name}: {len(header):,} columns; at most {limits.MAX_CSV_COLUMNS:,}")
    names = [cell.strip() for cell in header]
    seen: set[str] = set()
    for col, column in enumerate(names, start=1):
        if _not_utf8(column):
            raise CsvDataError(f"{name}: line {line} is not UTF-8 text; save the file as UTF-8 CSV")
        if not column.isidentifier() or keyword.iskeyword(column) or len(column) > 100:
            raise CsvDataError(
                f"line {line}, column {col}: `{_shown(column)}` is not a usable name "
                "(letters, digits and _, not starting with a digit)"
            )
        if column in seen:
            raise CsvDataError(f"line {line}: the column name `{column}` appears twice")
        seen.add(column)
    return names


def _cell_value(cell: str, line: int, column: str) -> float:
    try:
        if len(cell) > limits.MAX_CSV_FIELD_CHARS:
            raise ValueError
        value = float(cell)
    except ValueError:
        if _not_utf8(cell):
            raise CsvDataError(f"line {line} is not UTF-8 text; save the file as UTF-8 CSV") from None
        raise CsvDataError(f"line {line}, column `{column}`: `{_shown(cell)}` is not a number") from None
    if not math.isfinite(value):
        raise CsvDataError(f"line {line}, column `{column}`: `{_shown(cell)}` is not a finite number")
    return value


class _BoundedReader(io.RawIOBase):
    """A binary file that refuses to give more than `limit` bytes (a file growing while read)."""

    def __init__(self, raw: IO[bytes], limit: int, name: str) -> None:
        super().__init__()
        self._raw, self._left, self._name = raw, limit, name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:
        data = self._raw.read(min(len(buffer), self._left + 1))
        if len(data) > self._left:
            raise CsvDataError(f"{self._name}: the file is too large (more than "
                               f"{limits.MAX_CSV_BYTES // 2**20} MB)")
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)
