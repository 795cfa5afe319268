"""A run as an animated GIF (or MP4) for slides: the point rolling down beside its loss curve.

Why frames from the records: every frame is the figure at one step (the path so far and the
point on the picture, the loss against the step beside it), drawn from the run's own records,
so the animation shows exactly the numbers the run computed. Pillow writes the GIF; MP4 is
offered only where imageio-ffmpeg (the maintained ffmpeg wrapper, optional: it adds ~170 MB)
is installed. Both are written all or nothing through core.files' scheme: the target is checked
before any frame is drawn (a folder, device or FIFO refused, a symlink written through), the
frames go to a temporary file beside it that is renamed over it (its mode kept), and errors
name the target.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from desktop_app.core.files import FileRefusedError, create_temp_beside, replace_atomically, write_target
from desktop_app.gui.figure_export import FigureSpec, copy_items, font_px, ink_scale, item_name
from desktop_app.gui.run_list import RecordedRun

#: Frames of an animation at most (a long run is sampled evenly; the last frame is the last step).
MAX_FRAMES = 90
FPS = 12
#: The last frame is held this many beats, so a looping GIF pauses on the result.
HOLD_FRAMES = 12
ANIMATION_SIZE = FigureSpec(1280, 720)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnimationExport", text)


def mp4_available() -> bool:
    """Whether MP4 can be written (imageio-ffmpeg installed)."""
    return importlib.util.find_spec("imageio_ffmpeg") is not None


def frame_steps(rows: int, frames: int = MAX_FRAMES) -> list[int]:
    """The record rows shown, one per frame: evenly spaced, the first and the last included."""
    if rows <= 0:
        return []
    return sorted({round(v) for v in np.linspace(0, rows - 1, min(rows, frames))})


class _Animation:
    """The figure whose run marks are moved from frame to frame."""

    def __init__(self, source: pg.PlotItem, run: RecordedRun, columns: Sequence[str], spec: FigureSpec,
                 labels: Sequence[str]) -> None:
        self.run, self.columns = run, tuple(columns)
        px, ink = font_px(spec), ink_scale(spec)
        self.figure = figure = pg.GraphicsLayoutWidget()
        figure.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        figure.setBackground("w")
        figure.resize(spec.width, spec.height)
        figure.ci.setContentsMargins(px, px, px, px)
        if spec.title:
            figure.ci.addLabel(spec.title, row=0, col=0, colspan=2, size=f"{round(px * 1.4)}px", color="k")
        font = QFont()
        font.setPixelSize(px)
        self.picture = figure.ci.addPlot(row=1, col=0)
        self.curve = figure.ci.addPlot(row=1, col=1)
        for copy in copy_items(source, ink):  # the picture without any run's marks: images, named curves
            if isinstance(copy, pg.ImageItem) or (item_name(copy) and item_name(copy) not in labels):
                self.picture.addItem(copy)
        colour = QColor(run.color)
        self.path = self.picture.plot(pen=pg.mkPen(colour, width=3 * ink))
        self.point = pg.ScatterPlotItem(size=18 * ink, pen=pg.mkPen("k", width=2 * ink), brush=pg.mkBrush(colour),
                                        useCache=False)
        self.point.setZValue(20)
        self.picture.addItem(self.point)
        self.loss_line = self.curve.plot(pen=pg.mkPen(colour, width=3 * ink))
        self.loss_point = pg.ScatterPlotItem(size=14 * ink, pen=pg.mkPen("k", width=2 * ink),
                                             brush=pg.mkBrush(colour), useCache=False)
        self.curve.addItem(self.loss_point)
        axes = ((self.picture, self._picture_axes(source)), (self.curve, (_tr("step"), _tr("loss"))))
        for plot, (bottom, left) in axes:
            for side, text in (("bottom", bottom), ("left", left)):
                axis = plot.getAxis(side)
                axis.setTickFont(font)
                axis.setPen(pg.mkPen("k", width=ink))
                axis.setTextPen(pg.mkPen("k"))
                axis.setLabel(text, **{"font-size": f"{px}px", "color": "#000"})
            plot.showGrid(x=True, y=True, alpha=0.25)
        figure.ci.layout.setColumnStretchFactor(0, 3)
        figure.ci.layout.setColumnStretchFactor(1, 2)
        (x0, x1), (y0, y1) = source.vb.viewRange()
        self.picture.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.picture.vb.disableAutoRange()
        steps = run.buffer.column("step")
        losses = run.buffer.column("loss")
        finite = losses[np.isfinite(losses)]
        self.curve.vb.setRange(xRange=(float(steps[0]), float(max(steps[-1], steps[0] + 1))),
                               yRange=(float(finite.min()), float(finite.max())) if finite.size else (0, 1),
                               padding=0.05)
        self.curve.vb.disableAutoRange()
        self.loss_label = pg.TextItem(color="k", anchor=(1, 0))
        self.loss_label.setFont(font)
        self.curve.addItem(self.loss_label)
        figure.show()
        QCoreApplication.processEvents()

    def _picture_axes(self, source: pg.PlotItem) -> tuple[str, str]:
        return source.getAxis("bottom").labelText, source.getAxis("left").labelText

    def frame(self, row: int) -> QImage:
        buffer = self.run.buffer
        if len(self.columns) == 1:
            xs, ys = buffer.column(self.columns[0])[: row + 1], buffer.column("loss")[: row + 1]
        else:
            xs, ys = (buffer.column(c)[: row + 1] for c in self.columns)
        self.path.setData(xs, ys)
        self.point.setData([xs[-1]], [ys[-1]])
        steps, losses = buffer.column("step")[: row + 1], buffer.column("loss")[: row + 1]
        self.loss_line.setData(steps, losses)
        self.loss_point.setData([steps[-1]], [losses[-1]])
        (_x0, x1), (_y0, y1) = self.curve.vb.viewRange()
        self.loss_label.setText(_tr("step {step}: loss {loss}").format(step=int(steps[-1]), loss=f"{losses[-1]:.6g}"))
        self.loss_label.setPos(x1, y1)
        size = self.figure.size()
        image = QImage(size, QImage.Format.Format_RGB888)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.figure.scene().render(painter, QRectF(0, 0, size.width(), size.height()), self.figure.sceneRect())
        painter.end()
        return image

    def close(self) -> None:
        self.figure.close()
        self.figure.deleteLater()


def _rgb(image: QImage) -> np.ndarray:
    """An RGB888 QImage as a (height, width, 3) uint8 array (rows may be padded in Qt)."""
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    return raw[:, : width * 3].reshape(height, width, 3).copy()


def export_run_animation(source: pg.PlotItem, run: RecordedRun, columns: Sequence[str],
                         path: str | os.PathLike[str], spec: FigureSpec = ANIMATION_SIZE,
                         labels: Sequence[str] = (), frames: int = MAX_FRAMES, fps: int = FPS) -> int:
    """Write `run` moving over `source`'s picture (`columns`: its one or two parameter columns)
    as .gif or .mp4; `labels` are the runs' names (their marks are left out of the background).
    Returns the number of frames written."""
    suffix = os.path.splitext(str(path))[1].lower()
    if suffix not in (".gif", ".mp4"):
        raise ValueError(_tr("an animation is saved as .gif or .mp4, not {suffix}").format(suffix=suffix or "?"))
    if suffix == ".mp4" and not mp4_available():
        raise ValueError(_tr("MP4 needs the imageio-ffmpeg package; save as .gif instead"))
    missing = [c for c in (*columns, "step", "loss") if c not in run.buffer.names]
    if missing or len(run.buffer) == 0:
        raise ValueError(_tr("this run has no records of {columns} to animate").format(columns=", ".join(columns)))
    spec = spec.checked()
    spec = FigureSpec(spec.width // 2 * 2, spec.height // 2 * 2, spec.title)  # even sides for video codecs
    target = write_target(path)  # before the frames are drawn
    animation = _Animation(source, run, columns, spec, labels or (run.label,))
    try:
        rows = frame_steps(len(run.buffer), frames)
        images = [_rgb(animation.frame(row)) for row in rows]
    finally:
        animation.close()
    if suffix == ".gif":
        _write_atomically(target, lambda temp: _write_gif(temp, images, fps))
    else:
        _write_atomically(target, lambda temp: _write_mp4(temp, images + [images[-1]] * HOLD_FRAMES, fps))
    return len(images)


def _write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """`write(temp)` fills a temporary file beside `target`, which then replaces it; on any
    error the target is untouched, the temporary file removed, and the error names the target."""
    fd, temp = create_temp_beside(target)
    os.close(fd)  # Pillow and ffmpeg open it by name
    try:
        try:
            write(temp)
        except FileRefusedError:
            raise
        except (OSError, RuntimeError, ValueError) as error:  # Pillow or ffmpeg, naming the temporary file
            lines = (getattr(error, "strerror", None) or str(error).replace(str(temp), "")).strip(" :").splitlines()
            why = lines[0] if lines else type(error).__name__
            raise FileRefusedError(target, f"cannot be written: {why}") from None
        replace_atomically(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _write_gif(path: Path, images: list[np.ndarray], fps: int) -> None:
    from PIL import Image

    frames = [Image.fromarray(image).quantize(colors=128, method=Image.Quantize.MEDIANCUT) for image in images]
    beat = round(1000 / fps)
    durations = [beat] * (len(frames) - 1) + [beat * HOLD_FRAMES]  # a pause on the result before looping
    frames[0].save(str(path), format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0,
                   optimize=True, disposal=1)


def _write_mp4(path: Path, images: list[np.ndarray], fps: int) -> None:
    import imageio_ffmpeg

    height, width = images[0].shape[:2]
    writer = imageio_ffmpeg.write_frames(str(path), (width, height), fps=fps, macro_block_size=2,
                                         output_params=["-f", "mp4"])  # the temporary name has no .mp4
    writer.send(None)
    try:
        for image in images:
            writer.send(np.ascontiguousarray(image).tobytes())
    finally:
        writer.close()
