"""One parameter: the loss curve over a range, the moving point with its trail, the tangent line.

This is the lessons' animation (the point (β, loss) sliding down `(β/2 − 1)²`). The curve comes
from the core (evaluated once per expression/range); the point, trail and tangent come from the
run records: the point (θ_k, loss_k) lies on the curve and the tangent's slope is grad_k. Before
a run, the start (a hollow point) and its tangent show where the first step will begin, and
follow the start value as it is typed or dragged.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel

from desktop_app.gui.plots.base import PlotBase
from desktop_app.gui.plots.style import long_curve_pen, outside_legend, pen, readout_font, style_plot, thinned
from desktop_app.gui.run_list import RecordedRun, RunList

#: Half-width of the drawn tangent segment, as a fraction of the visible range.
TANGENT_HALF_WIDTH = 0.12
#: Longest trail of dots drawn behind the point (the path line itself is always complete).
TRAIL_DOTS = 60
#: Where the loss is NaN (grey) or ±inf (red), behind the curve.
NAN_COLOUR = (120, 120, 120, 90)
INF_COLOUR = (204, 0, 0, 60)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LandscapePlot", text)


class _RunMarks:
    """The point, trail and tangent of one run."""

    def __init__(self, plot: pg.PlotItem, run: RecordedRun, scale: float) -> None:
        self.path = pg.PlotDataItem(pen=long_curve_pen(run.color, scale), antialias=False)
        self.path.setDownsampling(auto=True, method="peak")
        self.path.setClipToView(True)
        self.trail = pg.ScatterPlotItem(size=7 * scale, pen=None, brush=pg.mkBrush(run.color))
        self.tangent = pg.PlotDataItem(pen=pen(run.color, scale, width=2.0, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.point = pg.ScatterPlotItem(size=16 * scale, pen=pg.mkPen("k", width=2),
                                        brush=pg.mkBrush(run.color), name=run.label)
        for item in (self.path, self.trail, self.tangent, self.point):
            item.setZValue(5)
            plot.addItem(item, ignoreBounds=True)  # the view stays on the curve, even when a run diverges
        self.point.setZValue(6)
        self.items = (self.path, self.trail, self.tangent, self.point)

    def set_visible(self, visible: bool) -> None:
        for item in self.items:
            item.setVisible(visible)


class LandscapePlot(PlotBase):
    """The loss along one parameter column, with every visible run's point on it."""

    point_picked = Signal(float)  # a click on the plot: a parameter value (guess mode, new start)

    def __init__(self, runs: RunList, parent=None) -> None:
        super().__init__(parent=parent)
        self.runs = runs
        self.column: str | None = None
        self._scale = 1.0
        self._marks: dict[int, _RunMarks] = {}
        self._seen: dict[int, tuple[int, int]] = {}
        self._selected: tuple[int, int] | None = None
        plot = self.getPlotItem()
        outside_legend(plot)
        self.curve = pg.PlotDataItem(pen=pen("#505050", 1.0, width=3.0), name=_tr("loss"))
        plot.addItem(self.curve)
        self._losses: np.ndarray | None = None
        self._bands: list[pg.LinearRegionItem] = []
        # Legend samples for the shaded regions (bars of the band's colour).
        self._nan_sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=pg.mkBrush(NAN_COLOUR))
        self._inf_sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=pg.mkBrush(INF_COLOUR))
        self.start = pg.ScatterPlotItem(size=16, pen=pg.mkPen("#303030", width=2.5), brush=pg.mkBrush("w"))
        self.start_tangent = pg.PlotDataItem(pen=pen("#303030", 1.0, width=2.0, style=pg.QtCore.Qt.PenStyle.DashLine))
        for item in (self.start_tangent, self.start):
            item.setZValue(4)
            plot.addItem(item, ignoreBounds=True)
        self._start: tuple[float, float, float] | None = None  # (x, loss, slope) of the start
        self._guess = pg.ScatterPlotItem(size=18, symbol="x", pen=pg.mkPen("#CC0000", width=3))
        self._guess.setZValue(8)
        plot.addItem(self._guess)
        self.readout = QLabel()  # shown under the plot by the board: never covers the curve
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        runs.removed.connect(self._drop_run)
        runs.changed.connect(self._on_run_changed)
        runs.selected.connect(self._on_selected)
        self.apply_scale(1.0)

    def set_curve(self, column: str, xs: np.ndarray, losses: np.ndarray,
                  y_range: tuple[float, float] | None = None) -> None:
        """The loss over a range of `column` (computed by the core); `y_range` is what must be
        seen (core.plot_ranges), else the finite losses' span. Values far off the y range are
        clipped for drawing (a curve reaching 1e300 would not paint), NaN and inf regions are
        shaded bands."""
        self.column = column
        xs, losses = np.asarray(xs, float), np.asarray(losses, float)
        self._losses = losses
        finite = np.isfinite(losses)
        if y_range is None and finite.any():
            y_range = (float(np.min(losses[finite])), float(np.max(losses[finite])))
        drawn = losses
        if y_range is not None:
            reach = 10 * max(y_range[1] - y_range[0], 1e-12)
            drawn = np.where(finite, np.clip(losses, y_range[0] - reach, y_range[1] + reach), np.nan)
        self.curve.setData(xs, drawn, connect="finite")
        self._draw_bad_regions(xs, losses)
        style_plot(self.getPlotItem(), self._scale, column, _tr("loss"))
        self._seen.clear()
        if y_range is not None:
            self.getPlotItem().vb.setRange(xRange=(float(xs[0]), float(xs[-1])), yRange=y_range, padding=0.02)
        self._start = None  # the picture maker gives the new curve's start next

    def set_start(self, x: float, loss: float, slope: float) -> None:
        """The start (x, loss) and its tangent (slope: ∂loss/∂x there), drawn until a run shows."""
        self._start = (x, loss, slope)
        self._draw_start()

    def start_mark(self) -> tuple[float, float, float] | None:
        """(x, loss, slope) of the start as drawn, or None while a run's point stands for it."""
        return self._start if self.start.isVisible() else None

    def _draw_start(self) -> None:
        shown = self._start is not None and not self._marks and all(np.isfinite(self._start))
        for item in (self.start, self.start_tangent):
            item.setVisible(shown)
        legend = self.getPlotItem().legend
        legend.removeItem(self.start)  # named in the legend only while it is drawn
        if not shown:
            return
        legend.addItem(self.start, _tr("start"))
        x, y, slope = self._start
        (x0, x1), _ = self.getPlotItem().vb.viewRange()
        half = TANGENT_HALF_WIDTH * (x1 - x0)
        self.start.setData([x], [y])
        self.start_tangent.setData([x - half, x + half], [y - slope * half, y + slope * half])

    def _draw_bad_regions(self, xs: np.ndarray, losses: np.ndarray) -> None:
        """A grey band where the loss is NaN, a red one where it is ±inf (named in the legend)."""
        from desktop_app.core.plot_ranges import regions

        plot = self.getPlotItem()
        for band in self._bands:
            plot.removeItem(band)
        self._bands = []
        plot.legend.removeItem(self._nan_sample)
        plot.legend.removeItem(self._inf_sample)
        found = regions(losses)
        step = (xs[-1] - xs[0]) / max(1, len(xs) - 1)
        for mask, colour, sample, name in ((found.nan, NAN_COLOUR, self._nan_sample, _tr("loss is NaN")),
                                           (found.inf, INF_COLOUR, self._inf_sample, _tr("loss is ±∞"))):
            if not mask.any():
                continue
            edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
            for first, last in zip(edges[::2], edges[1::2]):
                band = pg.LinearRegionItem((xs[first] - step / 2, xs[last - 1] + step / 2), movable=False,
                                           brush=pg.mkBrush(colour), pen=pg.mkPen(None))
                band.setZValue(-5)
                plot.addItem(band, ignoreBounds=True)
                self._bands.append(band)
            plot.legend.addItem(sample, name)

    def set_guess(self, value: float | None) -> None:
        """A guessed landing point (guess mode), drawn as a red cross on the curve's x axis."""
        if value is None:
            self._guess.setData([], [])
            return
        y = float(np.interp(value, *self.curve.getData())) if self.curve.xData is not None else 0.0
        self._guess.setData([value], [y])

    def marks(self, run: RecordedRun) -> _RunMarks | None:
        return self._marks.get(id(run))

    def refresh(self, only: RecordedRun | None = None) -> None:
        """Move the runs' marks to their rows (the repaint timer's, budgeted; `only`: that run's)."""
        if self.column is None:
            return
        for run in self.runs if only is None else [only]:
            if self.column not in run.buffer.names or len(run.buffer) == 0:
                continue
            row = self._row_for(run)
            key = (run.version, row)
            if self._seen.get(id(run)) == key:
                continue
            if self.out_of_time():  # the others on the next tick
                break
            self._seen[id(run)] = key
            marks = self._marks.get(id(run))
            if marks is None:
                marks = self._marks[id(run)] = _RunMarks(self.getPlotItem(), run, self._scale)
                marks.set_visible(run.visible)
                self._draw_start()  # a run's point stands for the start now
            self._draw(run, marks, row)

    def _row_for(self, run: RecordedRun) -> int:
        if self._selected is not None and self._selected[0] == id(run):
            return min(self._selected[1], len(run.buffer) - 1)
        return len(run.buffer) - 1

    def _draw(self, run: RecordedRun, marks: _RunMarks, row: int) -> None:
        xs = run.buffer.column(self.column)[: row + 1]
        ys = run.buffer.column("loss")[: row + 1]
        marks.path.setData(thinned(xs), thinned(ys))
        marks.trail.setData(xs[-TRAIL_DOTS:], ys[-TRAIL_DOTS:])
        x, y = float(xs[-1]), float(ys[-1])
        slope = float(run.buffer.column(f"grad_{self.column}")[row])
        marks.point.setData([x], [y])
        (x0, x1), _ = self.getPlotItem().vb.viewRange()
        half = TANGENT_HALF_WIDTH * (x1 - x0)
        marks.tangent.setData([x - half, x + half], [y - slope * half, y + slope * half])
        if run is self.runs.latest() or self._selected is not None:
            self.readout.setText(_tr("step {step}:   {name} = {x}   loss = {loss}   slope = {slope}").format(
                step=int(run.buffer.column("step")[row]), name=self.column, x=f"{x:.6g}", loss=f"{y:.6g}",
                slope=f"{slope:.6g}"))

    def _drop_run(self, run: RecordedRun) -> None:
        marks = self._marks.pop(id(run), None)
        if marks is not None:
            for item in marks.items:
                self.getPlotItem().removeItem(item)
        self._seen.pop(id(run), None)
        if not self._marks:
            self.readout.setText("")
            self._draw_start()

    def _on_run_changed(self, run: RecordedRun) -> None:
        marks = self._marks.get(id(run))
        if marks is not None:
            marks.set_visible(run.visible)
            self.getPlotItem().legend.rename(marks.point, run.label)

    def _on_selected(self, run: RecordedRun, row: int) -> None:
        self._selected = (id(run), row) if row >= 0 else None
        self._seen.pop(id(run), None)
        self.refresh(only=run)  # the others on the repaint timer's budgeted ticks (a reopened session's 12)

    def _on_click(self, event) -> None:
        vb = self.getPlotItem().vb
        if self.column is None or not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        self.point_picked.emit(float(vb.mapSceneToView(event.scenePos()).x()))

    def _on_mouse_moved(self, pos) -> None:
        """Hovering: the loss the core computed at the curve point nearest the mouse."""
        vb = self.getPlotItem().vb
        xs, losses = self.curve.xData, self._losses
        if self.column is None or xs is None or losses is None or not vb.sceneBoundingRect().contains(pos):
            return
        i = int(np.clip(np.searchsorted(xs, vb.mapSceneToView(pos).x()), 0, len(xs) - 1))
        self.readout.setText(_tr("{name} = {x}   loss = {loss}   (on the curve)").format(
            name=self.column, x=f"{xs[i]:.6g}", loss=f"{losses[i]:.6g}"))

    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        style_plot(self.getPlotItem(), scale, self.column or "", _tr("loss"))
        self.curve.setPen(pen("#505050", scale, width=3.0))
        self.start.setSize(16 * scale)
        self.start.setPen(pg.mkPen("#303030", width=2.5 * scale))
        self.start_tangent.setPen(pen("#303030", scale, width=2.0, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.readout.setFont(readout_font(scale))
        for run in self.runs:
            marks = self._marks.get(id(run))
            if marks is not None:
                marks.path.setPen(long_curve_pen(run.color, scale))
                marks.tangent.setPen(pen(run.color, scale, width=2.0, style=pg.QtCore.Qt.PenStyle.DashLine))
                marks.point.setSize(16 * scale)
                marks.trail.setSize(7 * scale)
