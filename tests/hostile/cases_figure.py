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


# --- File → Export animation (gui.animation_export): GIF and MP4 through the same scheme -----


def _run():
    import numpy as np

    from desktop_app.gui.run_list import RecordedRun

    records = np.zeros(12, dtype=[("step", "i8"), ("loss", "f8"), ("x", "f8"), ("grad_x", "f8")])
    records["step"] = np.arange(12)
    records["x"] = np.linspace(3, 0.5, 12)
    records["loss"] = records["x"] ** 2
    records["grad_x"] = 2 * records["x"]
    run = RecordedRun(label="gd", spec={}, color="#0072B2")
    run.append(records)
    return run


def _animate(path: Path | str) -> int:
    from desktop_app.gui.animation_export import export_run_animation
    from desktop_app.gui.figure_export import FigureSpec

    return export_run_animation(_plot.getPlotItem(), _run(), ["x"], path, FigureSpec(640, 360), frames=4)


def _animation_refused_before_drawing(tmp: Path, target: Path, pattern: str) -> None:
    from desktop_app.gui import animation_export

    before = snapshot(tmp)
    drawn = []
    build = animation_export._Animation
    animation_export._Animation = lambda *a, **k: drawn.append(1) or build(*a, **k)
    try:
        refused(FileRefusedError, pattern, lambda: _animate(target))
    finally:
        animation_export._Animation = build
    assert not drawn, "the frames were drawn before the target was refused"
    assert snapshot(tmp) == before


class _FakeFfmpeg:
    """Stands for imageio-ffmpeg (not installed here): writes what it is sent to the path it got."""

    def __init__(self, fail: bool = False) -> None:
        import importlib.machinery

        self.__spec__ = importlib.machinery.ModuleSpec("imageio_ffmpeg", None)
        self.fail = fail
        self.calls: list[tuple[str, list[str]]] = []

    def write_frames(self, path, size, fps, macro_block_size, output_params):
        self.calls.append((path, output_params))
        with open(path, "wb") as handle:
            handle.write(b"\x00\x00\x00\x18ftypmp42")
            while (frame := (yield)) is not None:
                if self.fail:
                    raise RuntimeError(f"ffmpeg: cannot write {path}: No space left on device")
                handle.write(frame[:16])


def _with_ffmpeg(fake: _FakeFfmpeg, action) -> None:
    import sys

    previous = sys.modules.get("imageio_ffmpeg")
    sys.modules["imageio_ffmpeg"] = fake
    try:
        action()
    finally:
        if previous is None:
            del sys.modules["imageio_ffmpeg"]
        else:
            sys.modules["imageio_ffmpeg"] = previous


@case
def case_gif_is_complete_and_leaves_no_temporary_file(tmp: Path) -> None:
    count = _animate(tmp / "run.gif")
    assert count == 4 and (tmp / "run.gif").read_bytes()[:6] == b"GIF89a"
    assert _temps(tmp) == []


@case
def case_gif_mode_0644_kept(tmp: Path) -> None:
    (tmp / "run.gif").write_bytes(b"old")
    os.chmod(tmp / "run.gif", 0o644)
    _animate(tmp / "run.gif")
    assert stat.S_IMODE(os.stat(tmp / "run.gif").st_mode) == 0o644
    assert (tmp / "run.gif").read_bytes()[:3] == b"GIF"


@case
def case_gif_symlink_is_written_through(tmp: Path) -> None:
    (tmp / "real.gif").write_bytes(b"old")
    (tmp / "link.gif").symlink_to("real.gif")
    _animate(tmp / "link.gif")
    assert (tmp / "link.gif").is_symlink() and (tmp / "real.gif").read_bytes()[:3] == b"GIF"


@case
def case_gif_folder_is_refused_before_drawing(tmp: Path) -> None:
    (tmp / "run.gif").mkdir()
    _animation_refused_before_drawing(tmp, tmp / "run.gif", "is a folder")


@case
def case_gif_fifo_is_refused_before_drawing(tmp: Path) -> None:
    fifo(tmp / "run.gif")
    _animation_refused_before_drawing(tmp, tmp / "run.gif", "FIFO")


@case
def case_gif_symlink_to_dev_null_is_refused_before_drawing(tmp: Path) -> None:
    (tmp / "null.gif").symlink_to("/dev/null")
    _animation_refused_before_drawing(tmp, tmp / "null.gif", "is a device")


@case
def case_gif_write_error_names_the_target_and_keeps_the_old_file(tmp: Path) -> None:
    target = tmp / "run.gif"
    target.write_bytes(b"old")
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, hard))
    try:
        message = refused(OSError, f"^{target}: cannot be written", lambda: _animate(target))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert TEMP_SUFFIX not in message
    assert target.read_bytes() == b"old" and _temps(tmp) == []


@case
def case_gif_sweeps_a_dead_writers_leftover(tmp: Path) -> None:
    dead = 2**22 + 12345  # above Linux's default pid_max: no such process
    leftover = tmp / f".run.gif.{dead}.abcd{TEMP_SUFFIX}"
    leftover.write_bytes(b"half an animation")
    _animate(tmp / "run.gif")
    assert not leftover.exists() and _temps(tmp) == []


@case
def case_mp4_is_written_to_a_temporary_file_then_renamed(tmp: Path) -> None:
    fake = _FakeFfmpeg()
    (tmp / "run.mp4").write_bytes(b"old")
    os.chmod(tmp / "run.mp4", 0o640)
    _with_ffmpeg(fake, lambda: _animate(tmp / "run.mp4"))
    ((written, params),) = fake.calls
    assert Path(written).parent == tmp and written.endswith(TEMP_SUFFIX) and params == ["-f", "mp4"]
    assert (tmp / "run.mp4").read_bytes()[4:8] == b"ftyp"
    assert stat.S_IMODE(os.stat(tmp / "run.mp4").st_mode) == 0o640 and _temps(tmp) == []


@case
def case_mp4_failure_names_the_target_and_keeps_the_old_file(tmp: Path) -> None:
    target = tmp / "run.mp4"
    target.write_bytes(b"old")
    message = refused(OSError, f"^{target}: cannot be written: ffmpeg",
                      lambda: _with_ffmpeg(_FakeFfmpeg(fail=True), lambda: _animate(target)))
    assert TEMP_SUFFIX not in message
    assert target.read_bytes() == b"old" and _temps(tmp) == []


@case
def case_mp4_device_is_refused_before_drawing(tmp: Path) -> None:
    os.mknod(tmp / "full.mp4", 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    _with_ffmpeg(_FakeFfmpeg(), lambda: _animation_refused_before_drawing(tmp, tmp / "full.mp4", "is a device"))
