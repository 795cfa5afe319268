"""CSV import (core.export.read_data_csv): streamed, bounded, special files refused unopened."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from desktop_app.core import limits
from desktop_app.core.export import CsvDataError, read_data_csv
from desktop_app.core.files import FileRefusedError
from tests.hostile.common import fifo, refused, snapshot, sparse
from tests.hostile.harness import case

BAD = (CsvDataError, FileRefusedError)


def _refused(tmp: Path, content: bytes | None, pattern: str, name: str = "data.csv") -> str:
    path = tmp / name
    if content is not None:
        path.write_bytes(content)
    before = snapshot(tmp)
    message = refused(BAD, pattern, lambda: read_data_csv(path))
    assert snapshot(tmp) == before
    return message


def _read(tmp: Path, content: bytes) -> dict[str, np.ndarray]:
    path = tmp / "data.csv"
    path.write_bytes(content)
    return read_data_csv(path)


@case
def case_empty(tmp: Path) -> None:
    _refused(tmp, b"", "empty")


@case
def case_blank_lines_only(tmp: Path) -> None:
    _refused(tmp, b"\n\r\n\r\n   \n", "empty")


@case
def case_header_only(tmp: Path) -> None:
    _refused(tmp, b"x,y\n", "no data rows")


@case
def case_ten_million_rows(tmp: Path) -> None:
    _refused(tmp, b"x\n" + b"1\n" * 10_000_000, r"more than 1,000,000 rows")


@case
def case_rows_times_columns_over_the_element_bound(tmp: Path) -> None:
    _refused(tmp, b"a,b,c,d\n" + b"1,2,3,4\n" * 300_000, r"more than 250,000 rows × 4 columns")


@case
def case_million_numbers_are_read(tmp: Path) -> None:
    data = _read(tmp, b"x\n" + b"0.5\n" * 1_000_000)
    assert data["x"].shape == (1_000_000,) and float(data["x"].sum()) == 500_000.0


@case
def case_dev_zero(tmp: Path) -> None:
    (tmp / "zero.csv").symlink_to("/dev/zero")
    _refused(tmp, None, "is a device", name="zero.csv")


@case
def case_dev_urandom(tmp: Path) -> None:
    refused(BAD, "is a device", lambda: read_data_csv("/dev/urandom"))


@case
def case_fifo_without_writer(tmp: Path) -> None:
    fifo(tmp / "pipe.csv")
    _refused(tmp, None, r"named pipe \(FIFO\)", name="pipe.csv")


@case
def case_directory(tmp: Path) -> None:
    (tmp / "folder.csv").mkdir()
    _refused(tmp, None, "is a folder", name="folder.csv")


@case
def case_symlink_to_fifo(tmp: Path) -> None:
    fifo(tmp / "pipe")
    (tmp / "link.csv").symlink_to(tmp / "pipe")
    _refused(tmp, None, "FIFO", name="link.csv")


@case
def case_symlink_loop(tmp: Path) -> None:
    (tmp / "a.csv").symlink_to(tmp / "b.csv")
    (tmp / "b.csv").symlink_to(tmp / "a.csv")
    _refused(tmp, None, "a.csv", name="a.csv")


@case
def case_missing_file(tmp: Path) -> None:
    _refused(tmp, None, "no such file", name="nowhere.csv")


@case
def case_sparse_file_over_the_byte_bound(tmp: Path) -> None:
    sparse(tmp / "huge.csv", limits.MAX_CSV_BYTES + 1, b"x\n1\n")
    _refused(tmp, None, "too large", name="huge.csv")


@case
def case_field_of_200k_characters(tmp: Path) -> None:
    _refused(tmp, b"x\n" + b"1" * 200_000 + b"\n", "line 2")


@case
def case_field_of_100k_characters(tmp: Path) -> None:
    message = _refused(tmp, b"x\n" + b"7" * 100_000 + b"\n", "line 2, column `x`: .* is not a number")
    assert len(message) < 200


@case
def case_quoted_field_with_200k_newlines(tmp: Path) -> None:
    _refused(tmp, b'x\n"' + b"\n" * 200_000 + b'"\n', "line")


@case
def case_cr_only_line_endings(tmp: Path) -> None:
    data = _read(tmp, b"x,y\r1,2\r3,4\r")
    assert data["x"].tolist() == [1.0, 3.0] and data["y"].tolist() == [2.0, 4.0]


@case
def case_mixed_line_endings(tmp: Path) -> None:
    data = _read(tmp, b"x\r\n1\r2\n3\r\n")
    assert data["x"].tolist() == [1.0, 2.0, 3.0]


@case
def case_cr_only_error_names_the_line(tmp: Path) -> None:
    _refused(tmp, b"x\r1\r2\rabc\r", "line 4, column `x`: `abc` is not a number")


@case
def case_byte_order_mark(tmp: Path) -> None:
    assert _read(tmp, b"\xef\xbb\xbfx\n1\n")["x"].tolist() == [1.0]


@case
def case_latin1_header(tmp: Path) -> None:
    _refused(tmp, b"caf\xe9\n1\n", "line 1 is not UTF-8")


@case
def case_latin1_value(tmp: Path) -> None:
    _refused(tmp, b"x\n1\n2\xe9\n", "line 3 is not UTF-8")


@case
def case_not_finite_values(tmp: Path) -> None:
    for text in (b"nan", b"inf", b"-Infinity", b"1e400"):
        _refused(tmp, b"x\n" + text + b"\n", "not a finite number")


@case
def case_code_in_a_cell(tmp: Path) -> None:
    _refused(tmp, b"x\n__import__('os').system('echo hacked')\n", "is not a number")


@case
def case_formula_in_a_cell(tmp: Path) -> None:
    _refused(tmp, b"x\n=1+1\n", "`=1\\+1` is not a number")


@case
def case_keyword_and_dunder_names(tmp: Path) -> None:
    _refused(tmp, b"for\n1\n", "not a usable name")
    _refused(tmp, b"x y\n1\n", "not a usable name")


@case
def case_name_of_100k_characters(tmp: Path) -> None:
    message = _refused(tmp, b"a" * 100_000 + b"\n1\n", "not a usable name")
    assert len(message) < 200


@case
def case_duplicate_names(tmp: Path) -> None:
    _refused(tmp, b"x,x\n1,2\n", "appears twice")


@case
def case_too_many_columns(tmp: Path) -> None:
    header = ",".join(f"c{i}" for i in range(limits.MAX_CSV_COLUMNS + 1)).encode()
    _refused(tmp, header + b"\n" + b",".join([b"1"] * (limits.MAX_CSV_COLUMNS + 1)) + b"\n", "columns; at most")


@case
def case_ragged_rows(tmp: Path) -> None:
    _refused(tmp, b"x,y\n1,2\n3\n", "line 3 has 1 values but the header has 2 columns")


@case
def case_nul_bytes(tmp: Path) -> None:
    _refused(tmp, b"x\n1\x00\n", "line 2")


@case
def case_quoted_numbers_are_numbers(tmp: Path) -> None:
    assert _read(tmp, b'"x"\n"1.5"\n')["x"].tolist() == [1.5]


@case
def case_file_growing_while_read(tmp: Path) -> None:
    # a file that is small when checked and grows past the bound (simulated with a bigger bound check)
    path = tmp / "grow.csv"
    path.write_bytes(b"x\n" + b"1\n" * 1000)
    old = limits.MAX_CSV_BYTES
    try:
        limits.MAX_CSV_BYTES = 1000
        refused(BAD, "too large", lambda: read_data_csv(path))
    finally:
        limits.MAX_CSV_BYTES = old


@case
def case_unreadable_permissions_named(tmp: Path) -> None:
    path = tmp / "data.csv"
    path.write_bytes(b"x\n1\n")
    os.chmod(path, 0)
    try:
        data = read_data_csv(path) if os.geteuid() == 0 else None  # root reads anything
        assert data is None or data["x"].tolist() == [1.0]
        if os.geteuid() != 0:
            refused(BAD, "data.csv", lambda: read_data_csv(path))
    finally:
        os.chmod(path, 0o644)
