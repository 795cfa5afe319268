"""The atomic writer (core.export.atomic_write, CsvWriter; core.files): nothing clobbered.

Documented behaviour (core/files.py): a symlink is written through to its target; folders,
devices, FIFOs and sockets are refused before any work; the old file's mode is kept; a hard
link's other names keep the old contents; temporary files are swept when their process died.
"""

from __future__ import annotations

import os
import resource
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np

from desktop_app.core.export import CsvWriter, atomic_write, write_csv
from desktop_app.core.files import TEMP_SUFFIX, FileRefusedError, sweep_stale_temps
from tests.hostile.common import fifo, refused, snapshot
from tests.hostile.harness import REPO, case

COLUMNS = ("step", "loss")


def _batch(n: int = 3) -> np.ndarray:
    records = np.zeros(n, dtype=[("step", np.int64), ("loss", np.float64)])
    records["step"] = np.arange(n)
    records["loss"] = 0.5
    return records


def _refused_before_work(tmp: Path, target: Path, pattern: str) -> None:
    before = snapshot(tmp)
    refused(FileRefusedError, pattern, lambda: CsvWriter(target, COLUMNS))
    refused(FileRefusedError, pattern, lambda: atomic_write(target).__enter__())
    assert snapshot(tmp) == before


def _temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX)]


@case
def case_symlink_is_written_through(tmp: Path) -> None:
    (tmp / "real.csv").write_text("old")
    (tmp / "link.csv").symlink_to("real.csv")
    write_csv(tmp / "link.csv", _batch())
    assert (tmp / "link.csv").is_symlink() and os.readlink(tmp / "link.csv") == "real.csv"
    assert (tmp / "real.csv").read_text().startswith("step,loss\n0,0.5")


@case
def case_dangling_symlink_creates_its_target(tmp: Path) -> None:
    (tmp / "link.csv").symlink_to("new.csv")
    write_csv(tmp / "link.csv", _batch())
    assert (tmp / "link.csv").is_symlink() and (tmp / "new.csv").read_text().startswith("step,loss")


@case
def case_symlink_chain_is_written_through(tmp: Path) -> None:
    (tmp / "real.csv").write_text("old")
    (tmp / "a.csv").symlink_to("b.csv")
    (tmp / "b.csv").symlink_to("real.csv")
    with atomic_write(tmp / "a.csv", encoding="utf-8") as handle:
        handle.write("new")
    assert (tmp / "real.csv").read_text() == "new" and (tmp / "a.csv").is_symlink() and (tmp / "b.csv").is_symlink()


@case
def case_symlink_to_a_folder(tmp: Path) -> None:
    (tmp / "folder").mkdir()
    (tmp / "link.csv").symlink_to("folder")
    _refused_before_work(tmp, tmp / "link.csv", "is a folder")


@case
def case_folder_target(tmp: Path) -> None:
    (tmp / "out.csv").mkdir()
    _refused_before_work(tmp, tmp / "out.csv", "is a folder")


@case
def case_trailing_slash(tmp: Path) -> None:
    _refused_before_work(tmp, str(tmp / "out") + "/", "names a folder")  # type: ignore[arg-type]


@case
def case_fifo_target(tmp: Path) -> None:
    fifo(tmp / "out.csv")
    _refused_before_work(tmp, tmp / "out.csv", r"named pipe \(FIFO\)")


@case
def case_socket_target(tmp: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp / "out.sock"))
    try:
        _refused_before_work(tmp, tmp / "out.sock", "is a socket")
    finally:
        server.close()


@case
def case_device_node_copy_of_dev_full(tmp: Path) -> None:
    os.mknod(tmp / "full", 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    _refused_before_work(tmp, tmp / "full", "is a device")
    assert stat.S_ISCHR(os.stat(tmp / "full").st_mode)


@case
def case_dev_stdout_and_proc_fd(tmp: Path) -> None:
    for target in ("/dev/stdout", "/proc/self/fd/1", "/dev/null"):
        refused(FileRefusedError, "is a|not lead to a file", lambda t=target: CsvWriter(t, COLUMNS))
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@case
def case_missing_folder(tmp: Path) -> None:
    _refused_before_work(tmp, tmp / "nowhere" / "out.csv", "does not exist")


@case
def case_file_used_as_folder(tmp: Path) -> None:
    (tmp / "plain").write_text("x")
    _refused_before_work(tmp, tmp / "plain" / "out.csv", "not a folder|does not exist|Not a directory")


@case
def case_mode_0644_kept(tmp: Path) -> None:
    target = tmp / "out.csv"
    target.write_text("old")
    os.chmod(target, 0o644)
    write_csv(target, _batch())
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644


@case
def case_mode_0640_kept(tmp: Path) -> None:
    target = tmp / "out.csv"
    target.write_text("old")
    os.chmod(target, 0o640)
    with atomic_write(target, encoding="utf-8") as handle:
        handle.write("new")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


@case
def case_new_file_gets_the_umask_mode(tmp: Path) -> None:
    old = os.umask(0o022)
    try:
        write_csv(tmp / "new.csv", _batch())
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp / "new.csv").st_mode) == 0o644


@case
def case_hard_link_keeps_the_other_name(tmp: Path) -> None:
    (tmp / "out.csv").write_text("old")
    os.link(tmp / "out.csv", tmp / "other.csv")
    write_csv(tmp / "out.csv", _batch())
    assert (tmp / "other.csv").read_text() == "old"  # documented: the chosen name gets the new file
    assert (tmp / "out.csv").read_text().startswith("step,loss")


@case
def case_write_error_names_the_target_and_keeps_the_old_file(tmp: Path) -> None:
    target = tmp / "out.csv"
    target.write_text("old")
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, hard))
    try:
        def run() -> None:
            with CsvWriter(target, COLUMNS) as writer:
                for _ in range(100):
                    writer.write(_batch(1000))

        refused(OSError, f"{target}: writing failed", run)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert target.read_text() == "old" and _temps(tmp) == []


@case
def case_exception_mid_run_keeps_the_old_file(tmp: Path) -> None:
    target = tmp / "out.csv"
    target.write_text("old")
    before = snapshot(tmp)

    def run() -> None:
        with CsvWriter(target, COLUMNS) as writer:
            writer.write(_batch())
            raise RuntimeError("the run failed")

    refused(RuntimeError, "the run failed", run)
    assert snapshot(tmp) == before


@case
def case_killed_writer_leaves_a_temp_that_the_next_write_sweeps(tmp: Path) -> None:
    code = ("import sys, time, numpy as np; from desktop_app.core.export import CsvWriter\n"
            "w = CsvWriter(sys.argv[1], ('step', 'loss')); print('ready', flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code, str(tmp / "out.csv")], cwd=REPO,
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert child.stdout.readline().strip() == "ready"
    child.kill()
    child.wait()
    assert len(_temps(tmp)) == 1, "the killed writer's temporary file is there"
    write_csv(tmp / "other.csv", _batch())
    assert _temps(tmp) == [] and sorted(p.name for p in tmp.iterdir()) == ["other.csv"]


@case
def case_live_and_foreign_temps_are_not_swept(tmp: Path) -> None:
    mine = tmp / f".out.csv.{os.getpid()}.abcd{TEMP_SUFFIX}"
    mine.write_text("in progress")
    foreign = tmp / ".out.csv.tmp"
    foreign.write_text("someone else's")
    assert sweep_stale_temps(tmp) == []
    assert mine.exists() and foreign.exists()


@case
def case_temp_file_sits_beside_the_target_with_a_recognisable_name(tmp: Path) -> None:
    writer = CsvWriter(tmp / "out.csv", COLUMNS)
    try:
        (temp,) = _temps(tmp)
        assert temp.startswith(f".out.csv.{os.getpid()}.")
    finally:
        writer.abort()
    assert list(tmp.iterdir()) == []
