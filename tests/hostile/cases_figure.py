"""Plot export (gui.figure_export, File → Export figure / plot as PNG or SVG) writes through
core.files' scheme like every other file: a symlink is written through, a folder, device node,
FIFO or /dev/stdout is refused before anything is drawn, the old file's mode is kept, a write
error names the target and keeps the old file, and a killed writer's leftover is swept."""

from __future__ import annotations

import os
import resource
import signal
import stat
from pathlib import Path

from desktop_app.core.files import TEMP_SUFFIX, FileRefusedError
from tests.hostile.common import fifo, refused, snapshot
from tests.hostile.harness import case

_app = None
_plot = None


def warm_up() -> None:
    global _app, _plot
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    _plot = pg.PlotWidget()
    _plot.plot([0, 1, 2, 3], [3, 1, 0.5, 0.2], name="loss")


def _export(path: Path | str) -> None:
    from desktop_app.gui.figure_export import FigureSpec, export_figure

    export_figure(_plot.getPlotItem(), path, FigureSpec(640, 360, "hostile"))


def _temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX)]


def _refused_before_drawing(tmp: Path, target: Path, pattern: str) -> None:
    from desktop_app.gui import figure_export

    before = snapshot(tmp)
    drawn = []
    build = figure_export.build_figure
    figure_export.build_figure = lambda *a, **k: drawn.append(1) or build(*a, **k)
    try:
        refused(FileRefusedError, pattern, lambda: _export(target))
    finally:
        figure_export.build_figure = build
    assert not drawn, "the figure was drawn before the target was refused"
    assert snapshot(tmp) == before


@case
def case_png_and_svg_are_complete_files(tmp: Path) -> None:
    _export(tmp / "plot.png")
    _export(tmp / "plot.svg")
    assert (tmp / "plot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp / "plot.svg").read_text(encoding="utf-8")
    assert 'width="640px" height="360px"' in svg and svg.rstrip().endswith("</svg>")
    assert _temps(tmp) == []


@case
def case_png_symlink_is_written_through(tmp: Path) -> None:
    (tmp / "real.png").write_bytes(b"old")
    (tmp / "link.png").symlink_to("real.png")
    _export(tmp / "link.png")
    assert (tmp / "link.png").is_symlink() and os.readlink(tmp / "link.png") == "real.png"
    assert (tmp / "real.png").read_bytes()[:4] == b"\x89PNG"


@case
def case_svg_symlink_chain_is_written_through(tmp: Path) -> None:
    (tmp / "real.svg").write_text("old")
    (tmp / "a.svg").symlink_to("b.svg")
    (tmp / "b.svg").symlink_to("real.svg")
    _export(tmp / "a.svg")
    assert (tmp / "a.svg").is_symlink() and (tmp / "b.svg").is_symlink()
    assert "<svg" in (tmp / "real.svg").read_text(encoding="utf-8")


@case
def case_folder_named_like_a_figure(tmp: Path) -> None:
    (tmp / "plot.png").mkdir()
    _refused_before_drawing(tmp, tmp / "plot.png", "is a folder")


@case
def case_symlink_to_a_folder(tmp: Path) -> None:
    (tmp / "folder").mkdir()
    (tmp / "plot.svg").symlink_to("folder")
    _refused_before_drawing(tmp, tmp / "plot.svg", "is a folder")


@case
def case_fifo_named_like_a_figure(tmp: Path) -> None:
    fifo(tmp / "plot.png")
    _refused_before_drawing(tmp, tmp / "plot.png", "FIFO")


@case
def case_device_node_copy_of_dev_full(tmp: Path) -> None:
    os.mknod(tmp / "full.png", 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    _refused_before_drawing(tmp, tmp / "full.png", "is a device")
    assert stat.S_ISCHR(os.stat(tmp / "full.png").st_mode)


@case
def case_symlink_to_dev_null(tmp: Path) -> None:
    (tmp / "null.svg").symlink_to("/dev/null")
    _refused_before_drawing(tmp, tmp / "null.svg", "is a device")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@case
def case_missing_folder(tmp: Path) -> None:
    _refused_before_drawing(tmp, tmp / "nowhere" / "plot.png", "does not exist")


@case
def case_mode_0644_kept_png(tmp: Path) -> None:
    (tmp / "plot.png").write_bytes(b"old")
    os.chmod(tmp / "plot.png", 0o644)
    _export(tmp / "plot.png")
    assert stat.S_IMODE(os.stat(tmp / "plot.png").st_mode) == 0o644


@case
def case_mode_0640_kept_svg(tmp: Path) -> None:
    (tmp / "plot.svg").write_text("old")
    os.chmod(tmp / "plot.svg", 0o640)
    _export(tmp / "plot.svg")
    assert stat.S_IMODE(os.stat(tmp / "plot.svg").st_mode) == 0o640


@case
def case_hard_link_keeps_the_other_name(tmp: Path) -> None:
    (tmp / "plot.png").write_bytes(b"old")
    os.link(tmp / "plot.png", tmp / "other.png")
    _export(tmp / "plot.png")
    assert (tmp / "other.png").read_bytes() == b"old"
    assert (tmp / "plot.png").read_bytes()[:4] == b"\x89PNG"


@case
def case_write_error_names_the_target_and_keeps_the_old_file(tmp: Path) -> None:
    target = tmp / "plot.png"
    target.write_bytes(b"old")
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, hard))
    try:
        refused(OSError, f"{target}: writing failed", lambda: _export(target))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert target.read_bytes() == b"old" and _temps(tmp) == []


@case
def case_a_dead_writers_leftover_is_swept(tmp: Path) -> None:
    dead = 2**22 + 12345  # above Linux's default pid_max: no such process
    leftover = tmp / f".plot.png.{dead}.abcd{TEMP_SUFFIX}"
    leftover.write_bytes(b"half a figure")
    _export(tmp / "plot.png")
    assert not leftover.exists() and _temps(tmp) == []


@case
def case_unknown_suffix_is_refused_before_anything(tmp: Path) -> None:
    before = snapshot(tmp)
    refused(ValueError, r"\.png or \.svg", lambda: _export(tmp / "plot.pdf"))
    assert snapshot(tmp) == before
