"""Growable numpy buffers for streamed record batches.

Why: a run streams thousands of small batches; appending to a Python list or calling
np.concatenate per batch would cost O(n²). The buffer doubles its capacity when full, so appending
is amortised O(1) and every column is a contiguous view that plots and tables read without copying.
"""

from __future__ import annotations

import numpy as np


class RecordBuffer:
    """Rows of a numpy structured array, appended batch by batch; the first batch fixes the dtype."""

    def __init__(self, dtype: np.dtype | None = None, capacity: int = 1024) -> None:
        self._initial_capacity = max(1, int(capacity))
        self._data: np.ndarray | None = None
        self._size = 0
        self._adopted = False
        if dtype is not None:
            self._data = np.empty(self._initial_capacity, dtype=dtype)

    def __len__(self) -> int:
        return self._size

    @property
    def names(self) -> tuple[str, ...]:
        return () if self._data is None else tuple(self._data.dtype.names or ())

    @property
    def data(self) -> np.ndarray:
        """The rows so far (a view: valid until the next append)."""
        if self._data is None:
            return np.empty(0)
        return self._data[: self._size]

    def column(self, name: str) -> np.ndarray:
        """One column of the rows so far (a view: valid until the next append)."""
        return self.data[name]

    def append(self, batch: np.ndarray) -> None:
        """Add `batch`'s rows. A batch that starts an empty buffer and owns its memory is kept
        as it is, not copied (a reopened session's 100,000-row runs; the caller hands it over)."""
        if len(batch) == 0:
            return
        room = self._initial_capacity if self._data is None else len(self._data)
        if (self._size == 0 and len(batch) > room and batch.base is None and batch.flags.c_contiguous
                and (self._data is None or batch.dtype == self._data.dtype)):
            self._data, self._size, self._adopted = batch, len(batch), True
            return
        if self._data is None:
            self._data = np.empty(max(self._initial_capacity, len(batch)), dtype=batch.dtype)
        elif batch.dtype != self._data.dtype:
            raise ValueError(
                f"batch columns {batch.dtype.names} differ from the run's {self._data.dtype.names}"
            )
        needed = self._size + len(batch)
        if needed > len(self._data):
            capacity = len(self._data)
            while capacity < needed:
                capacity *= 2
            grown = np.empty(capacity, dtype=self._data.dtype)
            grown[: self._size] = self._data[: self._size]
            self._data, self._adopted = grown, False
        self._data[self._size:needed] = batch
        self._size = needed

    def clear(self) -> None:
        if self._adopted:  # never write into the array that was handed over
            self._data = np.empty(self._initial_capacity, dtype=self._data.dtype)
            self._adopted = False
        self._size = 0
