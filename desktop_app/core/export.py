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

import csv
import io
import keyword
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO

import numpy as np

from desktop_app.core import limits

__all__ = ["CsvDataError", "CsvWriter", "atomic_write", "read_data_csv", "write_csv"]


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = None,
                 newline: str | None = None) -> Iterator[IO]:
    """Write ``path`` all or nothing: a temporary file beside it, fsynced and renamed on success,
    removed on any error (the old file stays untouched)."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)


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
        fd, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self._temp = Path(temp)
        self._file: io.TextIOWrapper | None = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._file.write(_header_line(self.columns))

    def write(self, batch: np.ndarray) -> None:
        """Append the rows of a record batch (a structured array with this writer's columns)."""
        if self._file is None:
            raise ValueError(f"the CSV writer for {self.path} is already closed")
        if batch.dtype.names != self.columns:
            raise ValueError("the batch's columns differ from the CSV header")
        self._file.write("".join(",".join(map(self._cell, row)) + "\n" for row in batch.tolist()))

    def close(self) -> None:
        """Flush, fsync and rename the temporary file over ``path``."""
        if self._file is None:
            return
        file, self._file = self._file, None
        try:
            file.flush()
            os.fsync(file.fileno())
            file.close()
            os.replace(self._temp, self.path)
        except BaseException:
            file.close()
            self._temp.unlink(missing_ok=True)
            raise

    def abort(self) -> None:
        """Discard what was written; the file at ``path`` stays as it was."""
        if self._file is not None:
            self._file.close()
            self._file = None
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


def read_data_csv(path: str | os.PathLike[str]) -> dict[str, np.ndarray]:
    """Import data columns: a header row of names, then rows of numbers (float64 arrays)."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise CsvDataError(
            f"{Path(path).name}: line {line} is not UTF-8 text (byte {err.start}); "
            "save the file as UTF-8 CSV"
        ) from None
    rows = [(number, row) for number, row in enumerate(csv.reader(io.StringIO(text)), start=1)
            if any(cell.strip() for cell in row)]
    if not rows:
        raise CsvDataError(f"{Path(path).name}: the file is empty; expected a header row of column names")
    header_line, header = rows[0]
    names = [cell.strip() for cell in header]
    seen: set[str] = set()
    for col, name in enumerate(names, start=1):
        if not name.isidentifier() or keyword.iskeyword(name):
            raise CsvDataError(
                f"line {header_line}, column {col}: `{name}` is not a usable name "
                "(letters, digits and _, not starting with a digit)"
            )
        if name in seen:
            raise CsvDataError(f"line {header_line}: the column name `{name}` appears twice")
        seen.add(name)
    body = rows[1:]
    if not body:
        raise CsvDataError(f"{Path(path).name}: no data rows after the header")
    if len(body) * len(names) > limits.MAX_ELEMENTS:
        raise CsvDataError(
            f"{Path(path).name}: {len(body):,} rows × {len(names)} columns is more than "
            f"{limits.MAX_ELEMENTS:,} numbers"
        )
    values = np.empty((len(body), len(names)), dtype=np.float64)
    for i, (number, row) in enumerate(body):
        if len(row) != len(names):
            raise CsvDataError(
                f"line {number} has {len(row)} values but the header has {len(names)} columns"
            )
        for j, cell in enumerate(row):
            try:
                value = float(cell)
            except ValueError:
                raise CsvDataError(f"line {number}, column `{names[j]}`: `{cell.strip()}` is not a number") from None
            if not np.isfinite(value):
                raise CsvDataError(
                    f"line {number}, column `{names[j]}`: `{cell.strip()}` is not a finite number"
                )
            values[i, j] = value
    return {name: values[:, j].copy() for j, name in enumerate(names)}
