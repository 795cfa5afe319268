"""Tensor and many-parameter losses fill the centre: a small plot per parameter element, and a
heat map of a matrix parameter at the chosen step.

Why: the loss picture needs one or two scalar parameters; with a 2 × 2 W and a bias the centre
used to stay half empty. Small multiples (one plot per element against the step, as Tufte
suggests for many series) show every parameter moving at once; the heat map shows a matrix
parameter as the matrix it is, its colours following the values of the selected step.
Record columns are named by the core's contract (``W[0,1]`` for an element of ``W``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFont

#: Largest matrix whose cells are labelled with their values.
MAX_LABELLED_CELLS = 64
#: Most small plots drawn (the rest are named in a note: a wall of 100 plots reads as noise).
MAX_MULTIPLES = 12
_ELEMENT = re.compile(r"^(?P<name>\w+)\[(?P<index>\d+(?:,\d+)*)\]$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParameterViews", text)


def matrix_elements(columns: Iterable[str]) -> dict[str, dict[tuple[int, int], str]]:
    """Parameters with two indices and their element columns: {"W": {(0, 1): "W[0,1]", ...}}."""
    found: dict[str, dict[tuple[int, int], str]] = {}
    for column in columns:
        match = _ELEMENT.match(column)
        if match:
            index = tuple(int(i) for i in match["index"].split(","))
            if len(index) == 2:
                found.setdefault(match["name"], {})[index] = column
    return found


def matrix_at(record: np.void, elements: dict[tuple[int, int], str]) -> np.ndarray:
    """The matrix a record row holds for one parameter."""
    rows = max(i for i, _ in elements) + 1
    cols = max(j for _, j in elements) + 1
    matrix = np.full((rows, cols), np.nan)
    for (i, j), column in elements.items():
        matrix[i, j] = float(record[column])
    return matrix


class ParameterMultiples(pg.GraphicsLayoutWidget):
    """One small plot per parameter column, every visible run's value against the step."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self._plots: dict[str, pg.PlotItem] = {}
        self._curves: dict[tuple[int, str], pg.PlotDataItem] = {}
        self._starts: dict[str, pg.ScatterPlotItem] = {}
        self._seen: dict[int, int] = {}
        self._columns: list[str] = []
        self._per_row = 1
        self._scale = 1.0
        self.note = ""

    def columns(self) -> list[str]:
        """The columns asked for (the first MAX_MULTIPLES of them are drawn)."""
        return list(self._columns)

    def set_columns(self, columns: list[str]) -> None:
        """The parameter columns to show (the first MAX_MULTIPLES)."""
        self._columns = list(columns)
        self.clear()
        self._plots.clear()
        self._curves.clear()
        self._starts.clear()
        self._seen.clear()
        shown = columns[:MAX_MULTIPLES]
        per_row = self._per_row = max(1, int(np.ceil(np.sqrt(len(shown))))) if shown else 1
        for number, column in enumerate(shown):
            plot = self.addPlot(row=number // per_row, col=number % per_row, title=column)
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.getAxis("bottom").enableAutoSIPrefix(False)
            self._plots[column] = plot
        hidden = len(columns) - len(shown)
        self.note = _tr("{shown} of {total} parameters shown").format(shown=len(shown), total=len(columns)) \
            if hidden > 0 else ""

    def show_start(self, values: dict[str, float]) -> None:
        """A hollow point at step 0 on each plot: the start values, there before any run."""
        for column, plot in self._plots.items():
            marker = self._starts.get(column)
            if marker is None:
                marker = self._starts[column] = pg.ScatterPlotItem(size=11 * self._scale, brush=pg.mkBrush("w"),
                                                                   pen=pg.mkPen("#303030", width=2))
                marker.setZValue(5)
                plot.addItem(marker)
            value = values.get(column)
            marker.setData([0.0], [value]) if value is not None and np.isfinite(value) else marker.setData([], [])
            if not any(key[1] == column for key in self._curves):  # no run yet: steps 0-10, not ±0.2
                plot.setXRange(-0.5, 10, padding=0)

    def start_of(self, column: str) -> float | None:
        """The start value drawn on `column`'s plot, if any."""
        marker = self._starts.get(column)
        ys = None if marker is None else marker.data["y"]
        return float(ys[0]) if ys is not None and len(ys) else None

    def refresh(self, runs: Iterable) -> None:
        """Redraw the runs whose records changed (call from the board's repaint timer)."""
        for run in runs:
            if not run.visible or len(run.buffer) == 0 or self._seen.get(id(run)) == run.version:
                continue
            self._seen[id(run)] = run.version
            steps = run.buffer.column("step")
            for column, plot in self._plots.items():
                if column not in run.buffer.names:
                    continue
                curve = self._curves.get((id(run), column))
                if curve is None:
                    curve = self._curves[(id(run), column)] = plot.plot(pen=pg.mkPen(run.color, width=2 * self._scale))
                    plot.enableAutoRange(axis="x")  # the run's steps, whatever the start's range was
                curve.setData(steps, run.buffer.column(column))

    def plot_of(self, column: str) -> pg.PlotItem | None:
        return self._plots.get(column)

    def apply_scale(self, scale: float) -> None:
        """Fonts and lines at the window's scale (presentation mode, Ctrl+= / Ctrl+−)."""
        from desktop_app.gui.plots.style import style_plot

        self._scale = scale
        last_row = (len(self._plots) - 1) // self._per_row
        for number, (column, plot) in enumerate(self._plots.items()):
            bottom = number // self._per_row == last_row  # "step" once, under the lowest row
            style_plot(plot, scale * 0.85, _tr("step") if bottom else "", "", title=column)
        for curve in self._curves.values():
            curve.setPen(pg.mkPen(curve.opts["pen"].color(), width=2 * scale))


class MatrixHeatMap(pg.PlotWidget):
    """A matrix parameter at one step: a cell per element, coloured by value, with a colour bar."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("CET-D1"))  # diverging: negative and positive weights
        self.addItem(self.image)
        self.bar = pg.ColorBarItem(colorMap=pg.colormap.get("CET-D1"), interactive=False)
        self.bar.setImageItem(self.image, insert_in=self.getPlotItem())
        self.getPlotItem().invertY(True)  # row 0 at the top, as a matrix is written
        self.getPlotItem().setAspectLocked(True)
        self.matrix: np.ndarray | None = None
        self._labels: list[pg.TextItem] = []
        self._scale = 1.0

    def apply_scale(self, scale: float) -> None:
        from desktop_app.gui.plots.style import BASE_FONT_PT, style_plot

        self._scale = scale
        style_plot(self.getPlotItem(), scale, _tr("column"), _tr("row"), grid=False)
        font = QFont()
        font.setPointSizeF(BASE_FONT_PT * scale)
        for label in self._labels:
            label.setFont(font)

    def show_matrix(self, name: str, matrix: np.ndarray, step: int) -> None:
        self.matrix = np.asarray(matrix, dtype=np.float64)
        finite = self.matrix[np.isfinite(self.matrix)]
        reach = float(np.max(np.abs(finite))) if finite.size else 1.0
        reach = reach or 1.0
        rows, cols = self.matrix.shape
        self.image.setImage(self.matrix.T, levels=(-reach, reach))  # x = column, y = row
        self.image.setRect(QRectF(-0.5, -0.5, cols, rows))  # cell (i, j) centred on column j, row i
        self.bar.setLevels((-reach, reach))
        plot = self.getPlotItem()
        from desktop_app.gui.plots.style import BASE_FONT_PT

        plot.setTitle(_tr("{name} at step {step}").format(name=name, step=step),
                      size=f"{BASE_FONT_PT * self._scale * 1.2:.0f}pt")
        plot.getAxis("bottom").setTicks([[(j, str(j)) for j in range(cols)]])
        plot.getAxis("left").setTicks([[(i, str(i)) for i in range(rows)]])
        for label in self._labels:
            plot.removeItem(label)
        self._labels = []
        if rows * cols <= MAX_LABELLED_CELLS:  # the numbers themselves, as the lesson writes them
            for (i, j), value in np.ndenumerate(self.matrix):
                label = pg.TextItem(f"{value:.4g}", color="k", anchor=(0.5, 0.5))
                font = QFont()
                font.setPointSizeF(BASE_FONT_PT * self._scale)
                label.setFont(font)
                label.setPos(j, i)
                plot.addItem(label)
                self._labels.append(label)
