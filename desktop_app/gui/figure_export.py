"""Slides to take away: a plot as a figure of a chosen size, with a title and the run legend.

Why a copy of the plot: the plot on screen has the window's size, fonts and a legend placed for
the screen. The figure is built fresh at the slide's size (1920×1080, 4:3 or custom) from the
plot's items (curves, scatter points, the heat map and its contour lines), with the same view
range and axis titles, fonts sized for the back of the room and the legend in a column of its
own, so it never covers data. The PNG is the figure laid out at twice its size (fonts, pens and
marks doubled, so it is sharp, not blown up); the SVG is rendered at 96 dpi with its size in
pixels, so axes, ticks and data line up wherever it is opened (Qt's default 72 dpi drew the axes
at 0.75 of the data's scale). Both are drawn in memory and written through core.export's
atomic_write (core.files' scheme: a symlink written through, a folder, device or FIFO refused
before any drawing, the old file's mode kept, errors naming the target, leftovers swept).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy

from desktop_app.core.export import atomic_write
from desktop_app.core.files import write_target

#: Slide sizes offered by File → Export figure (custom sizes are any width × height in range).
FIGURE_SIZES = {"1920 × 1080 (16:9)": (1920, 1080), "1600 × 1200 (4:3)": (1600, 1200), "1280 × 720 (16:9)": (1280, 720)}
MIN_SIDE, MAX_SIDE = 320, 7680
#: PNG pixels per figure pixel.
PNG_SCALE = 2
#: Screen resolution the figure is laid out at (and the SVG declares).
DPI = 96


def _tr(text: str) -> str:
    return QCoreApplication.translate("FigureExport", text)


@dataclass(frozen=True)
class FigureSpec:
    """What the figure shows besides the data."""

    width: int = 1920
    height: int = 1080
    title: str = ""

    def checked(self) -> FigureSpec:
        for side in (self.width, self.height):
            if not MIN_SIDE <= side <= MAX_SIDE:
                raise ValueError(_tr("a figure side must be {low} to {high} pixels, not {side}").format(
                    low=MIN_SIDE, high=MAX_SIDE, side=side))
        return self


def font_px(spec: FigureSpec) -> int:
    """Tick and legend text height: ~2.2% of the shorter side (24 px on a 1080-pixel slide)."""
    return max(12, round(0.022 * min(spec.width, spec.height)))


def ink_scale(spec: FigureSpec) -> float:
    """How much thicker lines and larger marks are than on screen (1.5 on a 1080-pixel slide)."""
    return max(1.0, min(spec.width, spec.height) / 720)


def _pen(pen, ink: float):
    if pen is None:
        return None
    pen = QPen(pg.mkPen(pen))
    pen.setWidthF(max(1.0, pen.widthF()) * ink)
    return pen


def _copy_curve(item: pg.PlotDataItem, ink: float, pen_ink: float) -> list[pg.GraphicsObject]:
    """The line, and its marks as a scatter of their own (QtSvg draws a curve's built-in marks
    as broken glyphs; a plain scatter's as circles)."""
    xs, ys = item.getData()
    opts = item.opts
    line = pg.PlotDataItem(
        np.array([] if xs is None else xs), np.array([] if ys is None else ys),
        pen=_pen(opts.get("pen"), pen_ink), name=opts.get("name"),
        fillLevel=opts.get("fillLevel"), brush=opts.get("fillBrush"), antialias=True)
    if opts.get("symbol") is None or xs is None or len(xs) == 0:
        return [line]
    return [line, _copy_scatter(item.scatter, ink, pen_ink, named=False)]


def _copy_scatter(item: pg.ScatterPlotItem, ink: float, pen_ink: float, named: bool = True) -> pg.ScatterPlotItem:
    points = item.points()
    spots = [{"pos": (p.pos().x(), p.pos().y()), "size": p.size() * ink, "symbol": p.symbol(),
              "pen": _pen(p.pen(), pen_ink), "brush": p.brush()} for p in points]
    first = spots[0] if spots else {}
    copy = pg.ScatterPlotItem(name=item.name() if named else None, useCache=False, size=first.get("size", 10),
                              symbol=first.get("symbol", "o"), pen=first.get("pen"), brush=first.get("brush"))
    copy.addPoints(spots)
    return copy


def _copy_image(item: pg.ImageItem) -> pg.ImageItem:
    copy = pg.ImageItem(item.image, levels=item.levels, lut=item.lut)
    copy.setRect(item.mapRectToParent(item.boundingRect()))
    for child in item.childItems():
        if isinstance(child, pg.IsocurveItem) and child.data is not None:
            curve = pg.IsocurveItem(data=child.data, level=child.level, pen=child.pen)
            curve.setParentItem(copy)
    return copy


def copy_items(source: pg.PlotItem, ink: float, pen_ink: float | None = None) -> list[pg.GraphicsObject]:
    """The visible data items of `source`, copied, in drawing order; marks `ink`× as large as on
    screen, lines `pen_ink`× as thick (cosmetic pens are device pixels: doubled for a 2× PNG)."""
    pen_ink = ink if pen_ink is None else pen_ink
    copies = []
    for item in sorted(source.items, key=lambda i: i.zValue()):
        if not item.isVisible():
            continue
        if isinstance(item, pg.PlotDataItem):
            made = _copy_curve(item, ink, pen_ink)
        elif isinstance(item, pg.ScatterPlotItem):
            made = [_copy_scatter(item, ink, pen_ink)]
        elif isinstance(item, pg.ImageItem) and item.image is not None:
            made = [_copy_image(item)]
        else:
            continue  # legends, hover lines: the figure draws its own
        for copy in made:
            copy.setZValue(item.zValue())
            copies.append(copy)
    return copies


def item_name(item: pg.GraphicsObject) -> str:
    if isinstance(item, pg.PlotDataItem):
        return item.opts.get("name") or ""
    if isinstance(item, pg.ScatterPlotItem):
        return item.name() or ""
    return ""


def build_figure(source: pg.PlotItem, spec: FigureSpec, pixel_ratio: int = 1) -> pg.GraphicsLayoutWidget:
    """A new, hidden widget of `spec`'s size: title, a copy of `source`'s data, legend beside;
    its lines drawn for `pixel_ratio` device pixels per figure pixel."""
    px = font_px(spec)
    ink = ink_scale(spec)
    pen_ink = ink * pixel_ratio
    figure = pg.GraphicsLayoutWidget()
    figure.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    figure.setBackground("w")
    figure.resize(spec.width, spec.height)
    layout = figure.ci
    layout.setContentsMargins(px, px, px, px)
    if spec.title:
        layout.addLabel(spec.title, row=0, col=0, colspan=2, size=f"{round(px * 1.5)}px", color="k")
    plot = layout.addPlot(row=1, col=0)
    tick_font = QFont()
    tick_font.setPixelSize(px)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        source_axis = source.getAxis(side)
        axis.setTickFont(tick_font)
        axis.setPen(pg.mkPen("k", width=pen_ink))
        axis.setTextPen(pg.mkPen("k"))
        axis.setStyle(tickLength=-px // 2, tickTextOffset=px // 3)
        axis.setLabel(source_axis.labelText, units=source_axis.labelUnits or None,
                      **{"font-size": f"{round(px * 1.15)}px", "color": "#000"})
        axis.setLogMode(source_axis.logMode)
    plot.setLogMode(x=source.getAxis("bottom").logMode, y=source.getAxis("left").logMode)
    plot.showGrid(x=True, y=True, alpha=0.25)
    legend = pg.LegendItem(labelTextSize=f"{px}px", labelTextColor="k", brush=pg.mkBrush(255, 255, 255, 230),
                           pen=pg.mkPen("#888"), verSpacing=px // 4)
    legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    named = False
    for copy in copy_items(source, ink, pen_ink):
        plot.addItem(copy)
        if item_name(copy):
            legend.addItem(copy, item_name(copy))
            named = True
    if named:  # a column of its own: the legend can never sit on the data
        layout.addItem(legend, row=1, col=1)
        layout.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop)
        layout.layout.setColumnStretchFactor(0, 1)
    (x0, x1), (y0, y1) = source.vb.viewRange()
    plot.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    figure.show()  # offscreen (WA_DontShowOnScreen): lays the scene out at the figure's size
    QCoreApplication.processEvents()
    return figure


def render_png(figure: pg.GraphicsLayoutWidget, scale: int = PNG_SCALE) -> bytes:
    """`figure` painted at `scale` device pixels per figure pixel, as PNG bytes."""
    size = figure.size()
    image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)  # the same layout as the SVG, drawn with `scale`× the pixels
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        figure.scene().render(painter, QRectF(0, 0, size.width(), size.height()), figure.sceneRect())
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError(_tr("the figure could not be encoded as PNG"))
    buffer.close()
    return bytes(data.data())


def render_svg(figure: pg.GraphicsLayoutWidget, title: str = "") -> bytes:
    """`figure` as SVG at 96 dpi, so its units are the figure's pixels."""
    size = figure.size()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(DPI)
    generator.setTitle(title or "Gradient Lab")
    painter = QPainter(generator)
    try:
        figure.scene().render(painter, QRectF(0, 0, size.width(), size.height()), figure.sceneRect())
    finally:
        painter.end()
    buffer.close()
    return _size_in_pixels(bytes(data.data()).decode("utf-8"), size.width(), size.height()).encode("utf-8")


def _size_in_pixels(text: str, width: int, height: int) -> str:
    """QSvgGenerator writes the size in mm, which Qt reads at 90 dpi and browsers at 96: in
    pixels every program opens the figure at the same size."""
    return re.sub(r'(<svg\b[^>]*?)\swidth="[^"]*"\s+height="[^"]*"',
                  rf'\1 width="{width}px" height="{height}px"', text, count=1)


def export_figure(source: pg.PlotItem, path: str | os.PathLike[str], spec: FigureSpec) -> None:
    """File → Export figure: PNG (at 2×) or SVG, chosen by the file's extension."""
    suffix = os.path.splitext(str(path))[1].lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(_tr("a figure is saved as .png or .svg, not {suffix}").format(suffix=suffix or "?"))
    target = write_target(path)  # a folder, device or FIFO is refused before any drawing
    figure = build_figure(source, spec.checked(), PNG_SCALE if suffix == ".png" else 1)
    try:
        data = render_png(figure) if suffix == ".png" else render_svg(figure, spec.title)
    finally:
        figure.close()
        figure.deleteLater()
    with atomic_write(target, "wb") as handle:  # core.files' scheme, like every file the app writes
        handle.write(data)
