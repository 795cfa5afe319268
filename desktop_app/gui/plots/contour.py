"""Two parameters: a heat map of the loss with contour lines, each run's path, start and minimum.

The loss grid comes from the core; colours follow log(loss − min) so the long, flat valleys of
least-squares losses stay visible. Clicking on the map asks for a new start point.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Signal
from PySide6.QtWidgets import QLabel

from desktop_app.gui.plots.base import PlotBase
from desktop_app.gui.plots.style import long_curve_pen, pen, readout_font, style_plot, thinned
from desktop_app.gui.run_list import RecordedRun, RunList

CONTOUR_LEVELS = 12
#: Loss differences of this fraction of the map's range are where the colour scale turns logarithmic.
SHADE_FRACTION = 0.002
#: Paths up to this many steps show a dot per step; longer ones only the line (dots cost paint time).
MAX_DOTTED_STEPS = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContourPlot", text)


class ContourPlot(PlotBase):
    """Heat map of the loss over two parameter columns, with run paths on top."""

    start_requested = Signal(float, float)  # a click on the map: new start values

    def __init__(self, runs: RunList, parent=None) -> None:
        super().__init__(parent=parent)
        self.runs = runs
        self.columns: tuple[str, str] | None = None
        self._scale = 1.0
        self._paths: dict[int, tuple[pg.PlotDataItem, pg.ScatterPlotItem, pg.ScatterPlotItem]] = {}
        self._seen: dict[int, int] = {}
        plot = self.getPlotItem()
        plot.addLegend(offset=(-10, 10))
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.image.setZValue(-10)
        plot.addItem(self.image)
        self._isocurves: list[pg.IsocurveItem] = []
        self.minimum = pg.ScatterPlotItem(size=22, symbol="star", pen=pg.mkPen("k", width=1.5),
                                          brush=pg.mkBrush("#FFFFFF"), name=_tr("minimum"))
        self.minimum.setZValue(9)
        plot.addItem(self.minimum)
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
                 minimum: tuple[float, float] | None = None) -> None:
        """The loss on the grid xs × ys (losses[i, j] at xs[i], ys[j]), computed by the core."""
        self.columns = columns
        xs, ys, losses = (np.asarray(a, float) for a in (xs, ys, losses))
        self._grid = (xs, ys, losses)
        finite = np.isfinite(losses)
        low = float(losses[finite].min()) if finite.any() else 0.0
        high = float(losses[finite].max()) if finite.any() else 1.0
        # Compressed like a log but without its -inf at the minimum: valleys keep their contours.
        shade = np.log10(1.0 + np.where(finite, losses - low, np.nan) / (SHADE_FRACTION * max(high - low, 1e-300)))
        self.image.setImage(shade, autoLevels=True)
        self.image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        plot = self.getPlotItem()
        for curve in self._isocurves:  # children of the image, not of the plot
            curve.setParentItem(None)
            if curve.scene() is not None:
                curve.scene().removeItem(curve)
        self._isocurves = []
        levels = np.linspace(np.nanmin(shade), np.nanmax(shade), CONTOUR_LEVELS + 2)[1:-1]
        for level in levels:
            curve = pg.IsocurveItem(data=np.nan_to_num(shade, nan=np.nanmax(shade)), level=level,
                                    pen=pg.mkPen((255, 255, 255, 150), width=1))
            curve.setParentItem(self.image)
            self._isocurves.append(curve)
        if minimum is None and finite.any():
            i, j = np.unravel_index(np.nanargmin(np.where(finite, losses, np.nan)), losses.shape)
            minimum = (xs[i], ys[j])
        self.minimum.setData(*(([minimum[0]], [minimum[1]]) if minimum else ([], [])))
        style_plot(plot, self._scale, columns[0], columns[1])
        self._seen.clear()
        plot.vb.setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0.02)

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
        self.readout.setText(_tr("{x_name} = {x}   {y_name} = {y}   loss ≈ {loss}   (click: start here)").format(
            x_name=self.columns[0], x=f"{point.x():.4g}", y_name=self.columns[1], y=f"{point.y():.4g}",
            loss=f"{losses[i, j]:.4g}"))

    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        cx, cy = self.columns or ("", "")
        style_plot(self.getPlotItem(), scale, cx, cy)
        self.readout.setFont(readout_font(scale))
        for run in self.runs:
            entry = self._paths.get(id(run))
            if entry:
                entry[0].setPen(long_curve_pen(run.color, scale))
