"""Curves against the step number: loss (linear/log y), parameters, gradient norm.

Why this shape: one PlotDataItem per (run, column), created once and fed with `setData` from the
run's buffer when the repaint timer finds new rows, with peak downsampling and clip-to-view so
100,000+ points stay fluid. Hovering shows the exact values at the step under the mouse.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QLabel

from desktop_app.gui.plots.base import PlotBase
from desktop_app.gui.plots.style import DASHES, long_curve_pen, outside_legend, pen, readout_font, style_plot
from desktop_app.gui.run_list import RecordedRun, RunList

#: Most parameter columns drawn per run (a 4x4 tensor has 16; more would be a tangle).
MAX_COLUMNS_PER_RUN = 8
#: Curves up to this many points get a dot per step; up to THICK_POINTS a thick line.
DOTTED_POINTS = 60
THICK_POINTS = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeriesPlot", text)


def loss_columns(run: RecordedRun) -> list[str]:
    return ["loss"] if "loss" in run.buffer.names else []


def parameter_columns(run: RecordedRun) -> list[str]:
    return list(run.parameter_columns[:MAX_COLUMNS_PER_RUN])


def grad_norm_columns(run: RecordedRun) -> list[str]:
    return ["grad_norm"] if "grad_norm" in run.buffer.names else []


class SeriesPlot(PlotBase):
    """Chosen columns of every visible run against `step`."""

    def __init__(self, runs: RunList, columns: Callable[[RecordedRun], list[str]],
                 title: str, y_label: str, parent=None) -> None:
        super().__init__(parent=parent)
        self.runs = runs
        self._columns = columns
        self._title, self._y_label = title, y_label
        self._items: dict[tuple[int, str], pg.PlotDataItem] = {}
        self._seen: dict[int, int] = {}
        self._scale = 1.0
        plot = self.getPlotItem()
        plot.vb.setLimits(xMin=-1, minXRange=4)  # steps start at 0; a 1-step run is not a ±0.5 blur
        outside_legend(plot)
        self._marker = pg.ScatterPlotItem(size=14, brush=pg.mkBrush("#FFD700"), pen=pg.mkPen("k", width=2))
        self._marker.setZValue(10)
        plot.addItem(self._marker)
        self._cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", width=1))
        self._cursor.setVisible(False)
        plot.addItem(self._cursor, ignoreBounds=True)
        self.readout = QLabel()  # shown under the plot by the board: never covers the curves
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        runs.removed.connect(self._drop_run)
        runs.changed.connect(self._on_run_changed)
        runs.selected.connect(self._on_selected)
        self.apply_scale(1.0)

    # --- data ----------------------------------------------------------------------------------

    def item(self, run: RecordedRun, column: str) -> pg.PlotDataItem | None:
        """The curve of `column` of `run` (tests read its xData/yData)."""
        return self._items.get((id(run), column))

    def refresh(self, only: RecordedRun | None = None) -> None:
        """Feed new rows to the curves (called by the repaint timer; `only`: that run's)."""
        created = False
        for run in self.runs if only is None else [only]:
            if self._seen.get(id(run)) == run.version or len(run.buffer) == 0:
                continue
            if self.out_of_time():  # the others on the next tick
                break
            self._seen[id(run)] = run.version
            steps = run.buffer.column("step")
            for index, column in enumerate(self._columns(run)):
                item = self._items.get((id(run), column))
                if item is None:
                    item = self._make_item(run, column, index)
                    created = True
                self._set_look(item, run, len(steps))
                item.setData(steps, run.buffer.column(column), skipFiniteCheck=True)
        if created:
            self._fit_without_diverged()

    @staticmethod
    def _name(run: RecordedRun, column: str) -> str:
        return run.label if column in ("loss", "grad_norm") else f"{column} · {run.label}"

    def _make_item(self, run: RecordedRun, column: str, index: int) -> pg.PlotDataItem:
        name = self._name(run, column)
        # No antialiasing: a long curve drawn antialiased costs most of a frame in software rendering.
        item = pg.PlotDataItem(name=name, pen=long_curve_pen(run.color, self._scale, DASHES[index % len(DASHES)]),
                               antialias=False)
        item.setVisible(run.visible)
        item._style_index = index
        self.getPlotItem().addItem(item)
        # After addItem, which resets both to the plot's defaults (off): a 100k-step curve is then
        # drawn as ~2 points per pixel of the visible steps, not 100k (issue 14: 0.6 s per frame).
        item.setDownsampling(auto=True, method="peak")
        item.setClipToView(True)
        self._items[(id(run), column)] = item
        return item

    def _set_look(self, item: pg.PlotDataItem, run: RecordedRun, points: int) -> None:
        """Short curves thick, with a dot per step; long ones as cheap 1-px lines (see style)."""
        look = "dots" if points <= DOTTED_POINTS else "thick" if points <= THICK_POINTS else "thin"
        if getattr(item, "_look", None) == look:
            return
        item._look = look
        dash = DASHES[item._style_index % len(DASHES)]
        item.setPen(long_curve_pen(run.color, self._scale, dash) if look == "thin"
                    else pen(run.color, self._scale, width=2.5, style=dash))
        if look == "dots":
            item.setSymbol("o")
            item.setSymbolSize(6 * self._scale)
            item.setSymbolBrush(run.color)
            item.setSymbolPen(None)
        else:
            item.setSymbol(None)

    def _drop_run(self, run: RecordedRun) -> None:
        for key in [k for k in self._items if k[0] == id(run)]:
            item = self._items.pop(key)
            self.getPlotItem().removeItem(item)
        self._seen.pop(id(run), None)
        self._marker.setData([], [])
        if not self._items:  # an empty plot does not keep the last lesson's range
            self.getPlotItem().vb.setRange(xRange=(0, 4), yRange=(0, 1), padding=0)

    def _on_run_changed(self, run: RecordedRun) -> None:
        for (run_id, column), item in self._items.items():
            if run_id == id(run):
                item.setVisible(run.visible)
                self.getPlotItem().legend.rename(item, self._name(run, column))
        self._fit_without_diverged()

    def _fit_without_diverged(self) -> None:
        """A diverged run's curve shoots off the top instead of flattening the others' (if any)."""
        runs = list(self.runs)
        calm = any(r.status != "diverged" for r in runs)
        vb = self.getPlotItem().vb
        for run in runs:
            ignore = calm and run.status == "diverged"
            for (run_id, _), item in self._items.items():
                if run_id == id(run) and (item in vb.addedItems) == ignore:
                    # What addItem(ignoreBounds=) does, without taking the curve out of the
                    # view: re-adding a clipped-to-view curve asks the scene for its view range.
                    (vb.addedItems.remove if ignore else vb.addedItems.append)(item)
        vb.enableAutoRange()

    def _on_selected(self, run: RecordedRun, row: int) -> None:
        columns = self._columns(run)
        if row < 0 or row >= len(run.buffer) or not columns:
            self._marker.setData([], [])
            return
        self.refresh(only=run)  # the others on the repaint timer's budgeted ticks (a reopened session's 12)
        record = run.buffer.data[row]
        self._marker.setData([float(record["step"])] * len(columns),
                             [float(record[c]) for c in columns])

    def expect_steps(self, steps: int | None) -> None:
        """While a run goes, fix the x axis to its length (None: back to auto range).

        A growing x range makes the axis re-layout on every repaint; fixing it saves that work
        and shows the class how far the run still has to go.
        """
        vb = self.getPlotItem().vb
        if steps is None:
            vb.enableAutoRange(axis=pg.ViewBox.XAxis)
        else:
            vb.setXRange(0, max(1, steps - 1), padding=0.02)

    # --- look ----------------------------------------------------------------------------------

    def set_log_y(self, on: bool) -> None:
        self.getPlotItem().setLogMode(y=on)

    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        style_plot(self.getPlotItem(), scale, _tr("step"), self._y_label, self._title, grid=False)
        self.readout.setFont(readout_font(scale))
        for (run_id, _), item in self._items.items():
            run = next((r for r in self.runs if id(r) == run_id), None)
            if run is not None:
                item._look = None
                self._set_look(item, run, len(run.buffer))

    # --- hover ---------------------------------------------------------------------------------

    def _on_mouse_moved(self, pos: QPointF) -> None:
        plot = self.getPlotItem()
        if not plot.sceneBoundingRect().contains(pos):
            self._cursor.setVisible(False)
            return
        x = plot.vb.mapSceneToView(pos).x()
        lines = []
        for run in self.runs:
            if not run.visible or len(run.buffer) == 0:
                continue
            steps = run.buffer.column("step")
            i = int(np.clip(np.searchsorted(steps, round(x)), 0, len(steps) - 1))
            values = "  ".join(f"{c} = {run.buffer.column(c)[i]:.6g}" for c in self._columns(run))
            lines.append(_tr("{run}: step {step}  {values}").format(run=run.label, step=int(steps[i]), values=values))
        if not lines:
            return
        self.readout.setText("\n".join(lines[-4:]))
        self._cursor.setPos(round(x))
        self._cursor.setVisible(True)
