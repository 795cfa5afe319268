import numpy as np
import pytest

from desktop_app.gui.buffers import RecordBuffer

DTYPE = np.dtype([("step", "i8"), ("loss", "f8")])


def _batch(start, n):
    out = np.empty(n, dtype=DTYPE)
    out["step"] = np.arange(start, start + n)
    out["loss"] = out["step"] * 0.5
    return out


def test_appends_grow_by_doubling_and_keep_every_row():
    buf = RecordBuffer(capacity=4)
    start = 0
    for n in [1, 3, 7, 100, 1, 2000]:
        buf.append(_batch(start, n))
        start += n
    assert len(buf) == start
    assert np.array_equal(buf.column("step"), np.arange(start))
    assert np.array_equal(buf.column("loss"), np.arange(start) * 0.5)
    assert buf.names == ("step", "loss")


def test_mismatched_batch_is_refused_and_empty_buffer_is_empty():
    buf = RecordBuffer()
    assert len(buf.data) == 0 and buf.names == ()
    buf.append(_batch(0, 2))
    with pytest.raises(ValueError):
        buf.append(np.zeros(2, dtype=[("step", "i8")]))
    buf.clear()
    assert len(buf) == 0


def test_a_large_first_batch_is_kept_not_copied_and_never_written_to():
    dtype = np.dtype([("step", np.int64), ("loss", np.float64)])
    loaded = np.zeros(5000, dtype=dtype)
    loaded["step"] = np.arange(5000)
    original = loaded.copy()
    buffer = RecordBuffer()
    buffer.append(loaded)
    assert np.shares_memory(buffer.data, loaded)  # a reopened session's run: no copy
    buffer.append(np.ones(3, dtype=dtype))
    assert len(buffer) == 5003 and not np.shares_memory(buffer.data, loaded)
    buffer.clear()
    buffer.append(np.ones(10, dtype=dtype))
    small = RecordBuffer()
    small.append(loaded[:10])  # a view is copied: its owner may still write to it
    assert not np.shares_memory(small.data, loaded)
    assert np.array_equal(loaded, original)
