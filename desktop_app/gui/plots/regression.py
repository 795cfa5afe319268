"""Regression presets: the data as a scatter, the fitted line moving as the run learns, and the
model's predictions for new x beside the true rule.

The line's values come from a callable that evaluates the preset's model expression through the
core, so the plot draws exactly what the core computes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop_app.gui.plots.base import PlotBase
from desktop_app.gui.plots.style import outside_legend, pen, readout_font, style_plot, thinned
from desktop_app.gui.run_list import RecordedRun, RunList
from desktop_app.gui.texts import error_text

#: Most data points the scatter draws (evenly spread when there are more).
MAX_SCATTER_POINTS = 2000

#: Evaluates the model at parameter values over x: (params, xs) -> ys.
LineFunction = Callable[[Mapping[str, float], np.ndarray], np.ndarray]

LINE_POINTS = 50


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegressionPlot", text)


class RegressionPlot(PlotBase):
    """Scatter of (x, y) data with the current run's fitted line and predictions."""

    def __init__(self, runs: RunList, parent=None) -> None:
        super().__init__(parent=parent)
        self.runs = runs
        self._scale = 1.0
        self._line_fn: LineFunction | None = None
        self._truth: np.ndarray | None = None
        self._x_test = np.empty(0)
        self._xs = np.empty(0)
        self._seen: tuple | None = None  # what the line shows: (run, version, row) or ("start", values)
        self._selected: tuple[int, int] | None = None
        self._start: dict[str, float] | None = None  # the start values, drawn while no run shows
        self._labels = ("x", "y")
        plot = self.getPlotItem()
        outside_legend(plot)
        self.scatter = pg.ScatterPlotItem(size=11, brush=pg.mkBrush("#0072B2"), pen=pg.mkPen("k"),
                                          name=_tr("data"))
        self.line = pg.PlotDataItem(pen=pen("#D55E00", 1.0, width=3.0), name=_tr("fitted line"))
        self.predictions = pg.ScatterPlotItem(size=16, symbol="d", brush=pg.mkBrush("#D55E00"),
                                              pen=pg.mkPen("k"), name=_tr("predictions"))
        self.truth = pg.ScatterPlotItem(size=16, symbol="t", brush=pg.mkBrush("#009E73"),
                                        pen=pg.mkPen("k"), name=_tr("true rule"))
        for item in (self.scatter, self.line, self.predictions, self.truth):
            plot.addItem(item)
        self.readout = QLabel()  # shown under the plot by the board
        runs.selected.connect(self._on_selected)
        runs.removed.connect(lambda _run: self._clear_fit())
        self.apply_scale(1.0)

    def set_data(self, x_name: str, y_name: str, xs: np.ndarray, ys: np.ndarray, line: LineFunction,
                 x_test: np.ndarray | None = None, truth: np.ndarray | None = None) -> None:
        self._labels = (x_name, y_name)
        self._line_fn = line
        xs, ys = np.asarray(xs, float).ravel(), np.asarray(ys, float).ravel()
        # An imported column of 500,000 points: every k-th is drawn (a scatter item costs
        # seconds per 100,000 points on the GUI thread); the fit below still uses all.
        self.scatter.setData(thinned(xs, MAX_SCATTER_POINTS), thinned(ys, MAX_SCATTER_POINTS))
        self._x_test = np.empty(0) if x_test is None else np.asarray(x_test, float)
        self._truth = None if truth is None else np.asarray(truth, float)
        span = np.concatenate([xs, self._x_test])
        self._xs = np.linspace(span.min(), span.max(), LINE_POINTS) if span.size else span
        self.truth.setData(*((self._x_test, self._truth) if self._truth is not None else ([], [])))
        style_plot(self.getPlotItem(), self._scale, x_name, y_name)
        self._start = None  # the picture maker gives the start of this data next
        self._clear_fit()

    def _clear_fit(self) -> None:
        self._seen = None
        self.line.setData([], [])
        self.predictions.setData([], [])
        self.readout.setText("")

    def set_start(self, params: dict[str, float]) -> None:
        """The line of the start values, drawn while no run shows: a start typed or dragged
        moves it before anything runs."""
        self._start = dict(params)
        self._seen = None
        self.refresh()

    def refresh(self) -> None:
        run = self._current_run()
        if self._line_fn is None:
            return
        if run is None or len(run.buffer) == 0:
            if self._start is None or self._seen == ("start", self._start):
                return
            self._seen = ("start", self._start)
            values = ", ".join(f"{k} = {v:.5g}" for k, v in self._start.items())
            self._draw(self._start, _tr("start: {values}").format(values=values))
            return
        row = self._selected[1] if self._selected and self._selected[0] == id(run) else len(run.buffer) - 1
        row = min(row, len(run.buffer) - 1)
        key = (id(run), run.version, row)
        if key == self._seen:
            return
        self._seen = key
        record = run.buffer.data[row]
        params = {name: float(record[name]) for name in run.parameter_columns}
        self._draw(params, _tr("step {step}: {values}").format(
            step=int(record["step"]), values=", ".join(f"{k} = {v:.5g}" for k, v in params.items())))

    def _draw(self, params: dict[str, float], text: str) -> None:
        """The line and the predictions of `params`, and `text` with them under the plot."""
        try:
            self.line.setData(self._xs, self._line_fn(params, self._xs))
        except (ValueError, RuntimeError) as error:  # this run does not fit the model (another loss)
            self.line.setData([], [])
            self.predictions.setData([], [])
            self.readout.setText(_tr("No fitted line for this run: {error}").format(error=error_text(error)))
            return
        if self._x_test.size:
            predicted = self._line_fn(params, self._x_test)
            self.predictions.setData(self._x_test, predicted)
            if self._truth is not None:
                template = _tr("{name} = {x}: predicted {predicted} (true {true})")
            else:
                template = _tr("{name} = {x}: predicted {predicted}")
            truth = self._truth if self._truth is not None else self._x_test
            rows = [template.format(name=self._labels[0], x=f"{x:g}", predicted=f"{p:.4g}", true=f"{t:.4g}")
                    for x, p, t in zip(self._x_test, predicted, truth)]
            text += "\n" + "   ".join(rows)
        self.readout.setText(text)

    def _current_run(self) -> RecordedRun | None:
        if self._selected is not None:
            for run in self.runs:
                if id(run) == self._selected[0]:
                    return run
        visible = [run for run in self.runs if run.visible]
        return visible[-1] if visible else None

    def _on_selected(self, run: RecordedRun, row: int) -> None:
        self._selected = (id(run), row) if row >= 0 else None
        self._seen = None
        self.refresh()

    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        style_plot(self.getPlotItem(), scale, *self._labels)
        self.line.setPen(pen("#D55E00", scale, width=3.0))
        self.readout.setFont(readout_font(scale))
        self.scatter.setSize(11 * scale)
        self.predictions.setSize(16 * scale)
        self.truth.setSize(16 * scale)
