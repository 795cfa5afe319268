"""The command line: every bad value is one line on stderr and exit status 1 or 2, nothing written,
nothing allocated before the bounds are checked (peak memory stays that of the interpreter)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
from pathlib import Path

from desktop_app.cli import main
from tests.hostile.common import fifo, snapshot
from tests.hostile.harness import case, one_line
from tests.mnist_subset import subset_dir


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _fails(tmp: Path, pattern: str, *argv: str) -> str:
    before = snapshot(tmp)
    code, out, err = cli(*argv, "--json")
    assert code in (1, 2), (code, out, err)
    assert one_line(err) and err.startswith("error: "), err
    assert re.search(pattern, err), f"{pattern!r} not in {err!r}"
    assert json.loads(out) == {"error": err.removeprefix("error: ").strip()}
    assert snapshot(tmp) == before, "something changed on disk"
    return err


def _mnist(*extra: str) -> tuple[str, ...]:
    return ("mnist", "--data", str(subset_dir()), "--limit-train", "64", "--epochs", "1", "--hidden", "8", *extra)



def warm_up() -> None:
    import torch  # noqa: F401 - the first import of torch takes seconds on a busy machine

    from desktop_app.core import runs  # noqa: F401

@case
def case_hidden_hundred_million(tmp: Path) -> None:
    _fails(tmp, "--hidden must be a whole number from 1 to 4,096", "mnist", "--hidden", "100000000")


@case
def case_hidden_zero_and_negative(tmp: Path) -> None:
    _fails(tmp, "--hidden", "mnist", "--hidden", "0")
    _fails(tmp, "--hidden", "mnist", "--hidden", "-5")


@case
def case_hidden_not_a_number(tmp: Path) -> None:
    _fails(tmp, "invalid int value", "mnist", "--hidden", "big")


@case
def case_epochs_billion(tmp: Path) -> None:
    _fails(tmp, "--epochs", "mnist", "--epochs", "1000000000")


@case
def case_batch_size_zero_and_huge(tmp: Path) -> None:
    _fails(tmp, "--batch-size", "mnist", "--batch-size", "0")
    _fails(tmp, "--batch-size", "mnist", "--batch-size", str(10**12))


@case
def case_limit_train_zero_and_huge(tmp: Path) -> None:
    _fails(tmp, "--limit-train", "mnist", "--limit-train", "0")
    _fails(tmp, "--limit-train", "mnist", "--limit-train", str(10**30))


@case
def case_seed_negative_and_huge(tmp: Path) -> None:
    _fails(tmp, "--seed", "mnist", "--seed", "-1")
    _fails(tmp, "--seed", "mnist", "--seed", str(2**70))


@case
def case_lr_not_finite_or_not_positive(tmp: Path) -> None:
    for value in ("nan", "inf", "-1", "0", "1e400"):
        _fails(tmp, "--lr must be a positive number", "mnist", "--lr", value)


@case
def case_mnist_csv_into_a_folder(tmp: Path) -> None:
    (tmp / "out").mkdir()
    _fails(tmp, "is a folder", *_mnist("--csv", str(tmp / "out")))


@case
def case_mnist_csv_onto_dev_null(tmp: Path) -> None:
    _fails(tmp, "is a device", *_mnist("--csv", "/dev/null"))


@case
def case_mnist_csv_in_a_missing_folder(tmp: Path) -> None:
    _fails(tmp, "does not exist", *_mnist("--csv", str(tmp / "nowhere" / "h.csv")))


@case
def case_save_weights_onto_a_fifo(tmp: Path) -> None:
    fifo(tmp / "w.pt")
    _fails(tmp, "FIFO", *_mnist("--save-weights", str(tmp / "w.pt")))


@case
def case_load_weights_from_a_fifo(tmp: Path) -> None:
    fifo(tmp / "w.pt")
    _fails(tmp, "FIFO", *_mnist("--load-weights", str(tmp / "w.pt")))


@case
def case_load_weights_text_file(tmp: Path) -> None:
    (tmp / "w.pt").write_text("not weights at all\n")
    _fails(tmp, "not a weights file", *_mnist("--load-weights", str(tmp / "w.pt")))


@case
def case_mnist_data_is_a_fifo_folder(tmp: Path) -> None:
    folder = tmp / "mnist"
    folder.mkdir()
    for name in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
                 "t10k-labels-idx1-ubyte.gz"):
        fifo(folder / name)
    _fails(tmp, "FIFO", "mnist", "--data", str(folder))


@case
def case_run_csv_into_a_folder_before_the_run(tmp: Path) -> None:
    (tmp / "out.csv").mkdir()
    _fails(tmp, "is a folder", "run", "x**2", "--init", "x=1", "--steps", "10000000", "--csv", str(tmp / "out.csv"))


@case
def case_run_csv_onto_proc_self_fd(tmp: Path) -> None:
    _fails(tmp, "not a file|is a", "run", "x**2", "--init", "x=1", "--steps", "5", "--csv", "/proc/self/fd/1")


@case
def case_run_csv_onto_a_copy_of_dev_full(tmp: Path) -> None:
    os.mknod(tmp / "full", 0o666 | 0o020000, os.makedev(1, 7))
    _fails(tmp, "is a device", "run", "x**2", "--init", "x=1", "--steps", "5", "--csv", str(tmp / "full"))
    assert os.major(os.stat(tmp / "full").st_rdev) == 1


@case
def case_preset_csv_into_a_folder_before_the_run(tmp: Path) -> None:
    (tmp / "out.csv").mkdir()
    _fails(tmp, "is a folder", "preset", "l1-abs-descent", "--csv", str(tmp / "out.csv"))


@case
def case_data_csv_fifo(tmp: Path) -> None:
    fifo(tmp / "d.csv")
    _fails(tmp, "FIFO", "grad", "sum(x)", "--data-csv", str(tmp / "d.csv"))


@case
def case_data_csv_dev_zero(tmp: Path) -> None:
    _fails(tmp, "is a device", "grad", "sum(x)", "--data-csv", "/dev/zero")


@case
def case_data_csv_long_field(tmp: Path) -> None:
    (tmp / "d.csv").write_text("x\n" + "1" * 200_000 + "\n")
    _fails(tmp, "line 2", "grad", "sum(x)", "--data-csv", str(tmp / "d.csv"))


@case
def case_data_csv_cr_only_works(tmp: Path) -> None:
    (tmp / "d.csv").write_bytes(b"x\r1\r2\r")
    code, out, err = cli("grad", "w*sum(x)", "--at", "w=1", "--data-csv", str(tmp / "d.csv"), "--json")
    assert code == 0, err
    assert json.loads(out)["value"] == 3.0


@case
def case_unknown_option(tmp: Path) -> None:
    _fails(tmp, "unrecognized arguments", "mnist", "--hidden-units", "5")
