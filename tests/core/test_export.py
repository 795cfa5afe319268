"""CSV export round-trips exactly and atomically; data import explains what is wrong and where."""

import numpy as np
import pytest

from desktop_app.core import limits
from desktop_app.core.export import CsvDataError, CsvWriter, read_data_csv, write_csv


def batch(start, n):
    dtype = np.dtype([("step", np.int64), ("loss", np.float64), ("x[0,1]", np.float64),
                      ("grad_x[0,1]", np.float64), ("grad_norm", np.float64), ("lr", np.float64)])
    out = np.zeros(n, dtype)
    out["step"] = np.arange(start, start + n)
    rng = np.random.default_rng(start)
    for name in dtype.names[1:]:
        out[name] = rng.standard_normal(n) * 10.0 ** rng.integers(-30, 30, n)
    out["lr"] = 0.1
    return out


def test_round_trip_with_numpy(tmp_path):
    path = tmp_path / "run.csv"
    parts = [batch(0, 5), batch(5, 7)]
    with CsvWriter(path, parts[0].dtype.names) as writer:
        for part in parts:
            writer.write(part)
        assert not path.exists()  # nothing visible until the rename
    expected = np.concatenate(parts)
    loaded = np.loadtxt(path, delimiter=",", skiprows=1)
    assert loaded.shape == (12, 6)
    for j, name in enumerate(expected.dtype.names):
        assert np.array_equal(loaded[:, j], expected[name].astype(np.float64))
    assert path.read_text().splitlines()[0] == 'step,loss,"x[0,1]","grad_x[0,1]",grad_norm,lr'
    assert [p.name for p in tmp_path.iterdir()] == ["run.csv"]


def test_round_trip_with_pandas(tmp_path):
    pandas = pytest.importorskip("pandas")
    path = tmp_path / "run.csv"
    write_csv(path, batch(0, 4))
    frame = pandas.read_csv(path)
    assert list(frame.columns) == list(batch(0, 4).dtype.names)
    assert np.array_equal(frame["x[0,1]"].to_numpy(), batch(0, 4)["x[0,1]"])


def test_exception_keeps_old_file_and_removes_temp(tmp_path):
    path = tmp_path / "run.csv"
    path.write_text("old contents\n")
    with pytest.raises(RuntimeError), CsvWriter(path, batch(0, 1).dtype.names) as writer:
        writer.write(batch(0, 3))
        raise RuntimeError("run crashed")
    assert path.read_text() == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["run.csv"]


def test_non_finite_values_round_trip(tmp_path):
    path = tmp_path / "run.csv"
    b = batch(0, 2)
    b["loss"] = [np.inf, np.nan]
    write_csv(path, b)
    loaded = np.loadtxt(path, delimiter=",", skiprows=1)
    assert np.isinf(loaded[0, 1]) and np.isnan(loaded[1, 1])


def test_mismatched_batch_is_refused(tmp_path):
    with CsvWriter(tmp_path / "a.csv", ["step", "loss"]) as writer, pytest.raises(ValueError, match="columns differ"):
        writer.write(batch(0, 1))


def test_read_data_csv(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("x, y\n1,2.5\n\n3,-4e-3\n", encoding="utf-8")
    data = read_data_csv(path)
    assert list(data) == ["x", "y"]
    assert np.array_equal(data["x"], [1.0, 3.0]) and np.array_equal(data["y"], [2.5, -4e-3])


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\n\n", "empty"),
    (b"x,y\n", "no data rows"),
    (b"x,y\n1,2\n3\n", "line 3 has 1 values but the header has 2 columns"),
    (b"x,y\n1,2\n3,4\n5,6\n7,8\n9,10\n11,abc\n", "line 7, column `y`: `abc` is not a number"),
    (b"x,y\n1,nan\n", "line 2, column `y`: `nan` is not a finite number"),
    (b"x,x\n1,2\n", "`x` appears twice"),
    (b"x,2y\n1,2\n", "column 2: `2y` is not a usable name"),
    (b"x,my col\n1,2\n", "`my col` is not a usable name"),
    (b"x\n1\n\xff\n", "line 3 is not UTF-8"),
])
def test_broken_data_csv(tmp_path, content, message):
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    with pytest.raises(CsvDataError, match=message.replace("(", r"\(").replace("[", r"\[")):
        read_data_csv(path)


def test_too_many_elements(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ELEMENTS", 5)
    path = tmp_path / "data.csv"
    path.write_text("x,y\n1,2\n3,4\n5,6\n")
    with pytest.raises(CsvDataError, match="more than 5 numbers"):
        read_data_csv(path)


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    from desktop_app.core.export import atomic_write

    target = tmp_path / "session.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target, encoding="utf-8") as handle:
        handle.write("half of the new")
        raise RuntimeError("crash mid-write")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["session.json"]
    with atomic_write(target, encoding="utf-8") as handle:
        handle.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["session.json"]


def test_float32_runs_print_float32_digits_and_labels_are_quoted(tmp_path):
    dtype = np.dtype([("run", object), ("step", np.int64), ("x", np.float64), ("lr", np.float64)])
    table = np.array([('adam "fast", lr=0.1', 0, float(np.float32(32.49)), 0.01 / 3)], dtype=dtype)
    path = tmp_path / "runs.csv"
    write_csv(path, table, float32=True)
    assert path.read_text().splitlines()[1] == '"adam ""fast"", lr=0.1",0,32.49,0.0033333333333333335'
    write_csv(path, table)  # float64 (default): every digit of the stored double
    assert "32.4900016784668" in path.read_text()
