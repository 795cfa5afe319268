"""Two parameters: a heat map of the loss with contour lines and a colour bar, each run's path,
the start (before any run) and the true minimum.

The loss grid comes from the core; colours follow log(loss − min) so the long, flat valleys of
least-squares losses stay visible (or, as an option, the loss itself). The minimum star is the
minimiser's (core.minimum), never the grid's best point, and absent when the loss has none;
where the minima are a whole line (one sample's squared error) the line is drawn, dashed.
Where the loss is NaN or ±inf the map is grey or red, the valid region drawn as usual.
Clicking on the map asks for a new start point.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from desktop_app.gui.plots.base import PlotBase
from desktop_app.gui.plots.style import (
    BASE_FONT_PT,
    long_curve_pen,
    outside_legend,
    pen,
    readout_font,
    style_plot,
    thinned,
)
from desktop_app.gui.run_list import RecordedRun, RunList

CONTOUR_LEVELS = 12
#: Loss differences of this fraction of the map's range are where the colour scale turns logarithmic.
SHADE_FRACTION = 0.002
#: Paths up to this many steps show a dot per step; longer ones only the line (dots cost paint time).
MAX_DOTTED_STEPS = 300
#: Where the loss is NaN (grey) and ±inf (red) on the map, RGBA.
NAN_RGBA = (150, 150, 150, 255)
INF_RGBA = (190, 30, 30, 255)


def _valley_pen(scale: float):
    """Orange and dashed: seen on the dark valley it lies in, on the bright slopes and in the
    legend (white, like the star's fill, vanished in the legend)."""
    return pg.mkPen("#FF7F0E", width=3 * scale, style=Qt.PenStyle.DashLine)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContourPlot", text)


def _short(value: float) -> str:
    """A tick label in few characters: 0.25, 100, 1e5 (no "e+05")."""
    text = f"{value:.3g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text


#: Nearest two colour-bar labels may be, as a fraction of the bar's height.
MIN_TICK_GAP = 0.1


def _loss_ticks(low: float, high: float, scale: float) -> list[tuple[float, str]]:
    """Colour-bar ticks of the compressed scale, labelled with loss values: the minimum and
    min + 10^k for every k the map spans (positions log10(1 + (loss − min) / scale))."""
    ticks = [(0.0, _short(low))]
    span = high - low
    if not span > 0:
        return ticks
    first = int(np.floor(np.log10(scale)))
    last = int(np.floor(np.log10(span)))
    powers = range(first, last + 1)
    every = max(1, int(np.ceil(len(powers) / 6)))  # at most about six labels
    gap = MIN_TICK_GAP * np.log10(1.0 + span / scale)  # of the bar's height: labels never overlap
    for k in list(powers)[::-every][::-1]:
        delta = 10.0 ** k
        position = float(np.log10(1.0 + delta / scale))
        if position - ticks[-1][0] >= gap:
            ticks.append((position, _short(low + delta)))
    return ticks


class ContourPlot(PlotBase):
    """Heat map of the loss over two parameter columns, with run paths on top."""

    start_requested = Signal(float, float)  # a click on the map: new start values
    grid_set = Signal()  # a new loss grid (the 3-D surface draws the same one)

    def __init__(self, runs: RunList, parent=None) -> None:
        super().__init__(parent=parent)
        self.runs = runs
        self.columns: tuple[str, str] | None = None
        self._scale = 1.0
        self._paths: dict[int, tuple[pg.PlotDataItem, pg.ScatterPlotItem, pg.ScatterPlotItem]] = {}
        self._seen: dict[int, int] = {}
        plot = self.getPlotItem()
        outside_legend(plot)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.image.setZValue(-10)
        plot.addItem(self.image)
        self._isocurves: list[pg.IsocurveItem] = []
        self.bad = pg.ImageItem()  # NaN / inf cells, opaque; transparent elsewhere
        self.bad.setZValue(-9)
        plot.addItem(self.bad)
        self.bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=18)
        self.bar.setImageItem(self.image, insert_in=plot)
        self.log_colours = True
        self.minimum = pg.ScatterPlotItem(size=22, symbol="star", pen=pg.mkPen("k", width=1.5),
                                          brush=pg.mkBrush("#FFFFFF"))
        self.minimum.setZValue(9)
        plot.addItem(self.minimum)
        self.valley = pg.PlotDataItem(pen=_valley_pen(1.0))
        self.valley.setZValue(9)
        plot.addItem(self.valley)
        self.start = pg.ScatterPlotItem(size=16, symbol="s", pen=pg.mkPen("k", width=2),
                                        brush=pg.mkBrush("#FFFFFF"))
        self.start.setZValue(8)
        plot.addItem(self.start)
        self._nan_sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=pg.mkBrush(NAN_RGBA))
        self._inf_sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=pg.mkBrush(INF_RGBA))
        self._marker = pg.ScatterPlotItem(size=18, brush=pg.mkBrush("#FFD700"), pen=pg.mkPen("k", width=2))
        self._marker.setZValue(10)
        plot.addItem(self._marker)
        self.readout = QLabel()  # shown under the plot by the board
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        runs.removed.connect(self._drop_run)
        runs.changed.connect(self._on_run_changed)
        runs.selected.connect(self._on_selected)
        self.apply_scale(1.0)

    def set_grid(self, columns: tuple[str, str], xs: np.ndarray, ys: np.ndarray, losses: np.ndarray,
                 minimum: tuple[float, float] | None = None, start: tuple[float, float] | None = None,
                 valley: np.ndarray | None = None) -> None:
        """The loss on the grid xs × ys (losses[i, j] at xs[i], ys[j]), computed by the core, with
        the true minimum (None: the loss has none, no star; or `valley`, its line of minima) and
        the start point to mark."""
        self.columns = columns
        xs, ys, losses = (np.asarray(a, float) for a in (xs, ys, losses))
        self._grid = (xs, ys, losses)
        self._shade()
        self._draw_bad_regions()
        self.set_minimum(minimum, valley)
        self.set_start(start)
        plot = self.getPlotItem()
        style_plot(plot, self._scale, columns[0], columns[1])
        self._seen.clear()
        plot.vb.setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0.02)
        self.grid_set.emit()

    def grid(self) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(xs, ys, losses) of the map, as the core computed them."""
        return self._grid

    def set_minimum(self, minimum: tuple[float, float] | None, valley: np.ndarray | None = None) -> None:
        """The true minimum's star (None: none, or not found yet), or, where the minima are a
        whole curve (one sample's squared error: a line), that curve dashed (an (n, 2) array of
        its points in the map's columns) and no star: no one point of it is the answer."""
        self.minimum.setData(*(([minimum[0]], [minimum[1]]) if minimum else ([], [])))
        self._name_in_legend(self.minimum, _tr("minimum"), minimum is not None)
        shown = valley is not None and len(valley) > 1
        self.valley.setData(*((valley[:, 0], valley[:, 1]) if shown else ([], [])))
        self._name_in_legend(self.valley, _tr("minima (a whole line)"), shown)

    def set_start(self, start: tuple[float, float] | None) -> None:
        """Where the next run starts (the fields' values): shown before any run."""
        self.start.setData(*(([start[0]], [start[1]]) if start else ([], [])))
        self._name_in_legend(self.start, _tr("start"), start is not None)

    def _name_in_legend(self, item, name: str, shown: bool) -> None:
        legend = self.getPlotItem().legend
        listed = any(sample.item is item for sample, _label in legend.items)
        if shown and not listed:
            legend.addItem(item, name)
        elif listed and not shown:
            legend.removeItem(item)

    def set_log_colours(self, on: bool) -> None:
        """Colours by log(loss − min) (valleys visible) or by the loss itself."""
        self.log_colours = on
        if self._grid is not None:
            self._shade()

    def _shade(self) -> None:
        """Colour the map and draw its contour lines and colour bar from the finite losses."""
        from desktop_app.core.plot_ranges import regions

        xs, ys, losses = self._grid
        finite = regions(losses).finite
        valid = np.isfinite(finite)
        low = float(np.nanmin(finite)) if valid.any() else 0.0
        high = float(np.nanmax(finite)) if valid.any() else 1.0
        scale = SHADE_FRACTION * max(high - low, 1e-300)
        # Compressed like a log but without its -inf at the minimum: valleys keep their contours.
        shade = np.log10(1.0 + (finite - low) / scale) if self.log_colours else finite
        top = float(np.nanmax(shade)) if valid.any() else 1.0
        bottom = float(np.nanmin(shade)) if valid.any() else 0.0
        if top <= bottom:
            top = bottom + 1.0
        self.image.setImage(shade, autoLevels=False, levels=(bottom, top))
        self.image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        self.bar.setLevels((bottom, top))
        ticks = _loss_ticks(low, high, scale) if self.log_colours else None
        self.bar.axis.setTicks([ticks] if ticks else None)
        labels = [text for _, text in ticks] if ticks else [_short(bottom), _short(top), _short((top + bottom) / 2)]
        metrics = QFontMetrics(self.bar.axis.style["tickFont"] or QFont())
        self.bar.axis.setWidth(max(metrics.horizontalAdvance(t) for t in labels) + metrics.height() * 2 + 12)
        for curve in self._isocurves:  # children of the image, not of the plot
            curve.setParentItem(None)
            if curve.scene() is not None:
                curve.scene().removeItem(curve)
        self._isocurves = []
        if not valid.any():
            return
        levels = np.linspace(bottom, top, CONTOUR_LEVELS + 2)[1:-1]
        for level in levels:
            curve = pg.IsocurveItem(data=np.nan_to_num(shade, nan=top), level=level,
                                    pen=pg.mkPen((255, 255, 255, 150), width=1))
            curve.setParentItem(self.image)
            self._isocurves.append(curve)

    def _draw_bad_regions(self) -> None:
        """Grey where the loss is NaN, red where it is ±inf, each named in the legend."""
        from desktop_app.core.plot_ranges import regions

        xs, ys, losses = self._grid
        found = regions(losses)
        rgba = np.zeros((*losses.shape, 4), dtype=np.ubyte)
        rgba[found.nan] = NAN_RGBA
        rgba[found.inf] = INF_RGBA
        self.bad.setImage(rgba, autoLevels=False, levels=(0, 255))
        self.bad.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        self.bad.setVisible(not found.all_finite)
        legend = self.getPlotItem().legend
        legend.removeItem(self._nan_sample)
        legend.removeItem(self._inf_sample)
        if found.nan.any():
            legend.addItem(self._nan_sample, _tr("loss is NaN"))
        if found.inf.any():
            legend.addItem(self._inf_sample, _tr("loss is ±∞"))

    def path(self, run: RecordedRun) -> pg.PlotDataItem | None:
        entry = self._paths.get(id(run))
        return entry[0] if entry else None

    def refresh(self) -> None:
        if self.columns is None:
            return
        cx, cy = self.columns
        for run in self.runs:
            names = run.buffer.names
            if cx not in names or cy not in names or len(run.buffer) == 0:
                continue
            if self._seen.get(id(run)) == run.version:
                continue
            if self.out_of_time():  # the others on the next tick
                break
            self._seen[id(run)] = run.version
            entry = self._paths.get(id(run))
            if entry is None:
                entry = self._make_path(run)
            line, start, point = entry
            xs, ys = run.buffer.column(cx), run.buffer.column(cy)
            short = len(xs) <= MAX_DOTTED_STEPS  # short paths: thick with dots; long ones: cheap 1-px lines
            line.setPen(pen(run.color, self._scale, width=3.0) if short else long_curve_pen(run.color, self._scale))
            line.setData(thinned(xs), thinned(ys), symbol="o" if short else None)
            start.setData([xs[0]], [ys[0]])
            point.setData([xs[-1]], [ys[-1]])

    def _make_path(self, run: RecordedRun):
        plot = self.getPlotItem()
        line = pg.PlotDataItem(pen=long_curve_pen(run.color, self._scale), name=run.label, antialias=False,
                               symbol="o", symbolSize=7 * self._scale, symbolBrush=run.color,
                               symbolPen=pg.mkPen("w", width=1))
        line.setDownsampling(auto=True, method="peak")
        line.setClipToView(True)
        start = pg.ScatterPlotItem(size=16 * self._scale, symbol="s", pen=pg.mkPen("k", width=2),
                                   brush=pg.mkBrush("#FFFFFF"))
        point = pg.ScatterPlotItem(size=16 * self._scale, pen=pg.mkPen("k", width=2),
                                   brush=pg.mkBrush(run.color))
        for z, item in enumerate((line, start, point)):
            item.setZValue(5 + z)
            item.setVisible(run.visible)
            plot.addItem(item, ignoreBounds=True)  # the view stays on the map
        self._paths[id(run)] = (line, start, point)
        return self._paths[id(run)]

    def _drop_run(self, run: RecordedRun) -> None:
        for item in self._paths.pop(id(run), ()):
            self.getPlotItem().removeItem(item)
        self._seen.pop(id(run), None)
        self._marker.setData([], [])

    def _on_run_changed(self, run: RecordedRun) -> None:
        for item in self._paths.get(id(run), ()):
            item.setVisible(run.visible)
        if id(run) in self._paths:
            self.getPlotItem().legend.rename(self._paths[id(run)][0], run.label)

    def _on_selected(self, run: RecordedRun, row: int) -> None:
        if self.columns is None or row < 0 or row >= len(run.buffer) or self.columns[0] not in run.buffer.names:
            self._marker.setData([], [])
            return
        record = run.buffer.data[row]
        self._marker.setData([float(record[self.columns[0]])], [float(record[self.columns[1]])])

    def _on_click(self, event) -> None:
        vb = self.getPlotItem().vb
        if self.columns is None or not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        self.start_requested.emit(float(point.x()), float(point.y()))

    def _on_mouse_moved(self, pos) -> None:
        vb = self.getPlotItem().vb
        if self._grid is None or not vb.sceneBoundingRect().contains(pos):
            return
        point = vb.mapSceneToView(pos)
        xs, ys, losses = self._grid
        i = int(np.clip(np.searchsorted(xs, point.x()), 0, len(xs) - 1))
        j = int(np.clip(np.searchsorted(ys, point.y()), 0, len(ys) - 1))
        value = losses[i, j]
        loss = f"{value:.4g}" if np.isfinite(value) else _tr("NaN") if np.isnan(value) else f"{value:.4g}"
        self.readout.setText(_tr("{x_name} = {x}   {y_name} = {y}   loss ≈ {loss}   (click: start here)").format(
            x_name=self.columns[0], x=f"{point.x():.4g}", y_name=self.columns[1], y=f"{point.y():.4g}",
            loss=loss))

    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        cx, cy = self.columns or ("", "")
        style_plot(self.getPlotItem(), scale, cx, cy)
        font = QFont()
        font.setPointSizeF(BASE_FONT_PT * scale)
        self.bar.axis.setTickFont(font)
        self.bar.axis.setLabel(_tr("loss"), **{"font-size": f"{BASE_FONT_PT * scale * 1.1:.0f}pt"})
        self.minimum.setSize(22 * scale)
        self.start.setSize(16 * scale)
        self.valley.setPen(_valley_pen(scale))
        self.readout.setFont(readout_font(scale))
        for run in self.runs:
            entry = self._paths.get(id(run))
            if entry:
                entry[0].setPen(long_curve_pen(run.color, scale))
