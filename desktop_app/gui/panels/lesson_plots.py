"""The lesson panel's two small pictures: L2.3's accuracy staircase over the smooth loss, and L3.4's
grid of evaluated points with the best one marked.

Both draw curves the core computed (`core.lesson_report` sections "accuracy" and "grid"); they
only choose colours and words. The data stay readable for tests (`StaircasePlot.accuracy`,
`GridPlot.points`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from desktop_app.gui.panels.formatting import display_name
from desktop_app.gui.plots.style import pen, style_plot

if TYPE_CHECKING:  # the window imports this before PyTorch has loaded
    from desktop_app.core.lesson_report import Section

ACCURACY_COLOUR = "#2E7D32"
LOSS_COLOUR = "#1565C0"
BEST_COLOUR = "#C62828"
START_COLOUR = "#6A1B9A"
PLOT_HEIGHT = 190


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonPlots", text)


def _plot() -> pg.PlotWidget:
    widget = pg.PlotWidget()
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    widget.setMenuEnabled(False)
    widget.getPlotItem().setMouseEnabled(x=False, y=False)
    widget.getPlotItem().hideButtons()
    return widget


def _edges(x: np.ndarray) -> np.ndarray:
    """Bin edges around sample points, so a step plot changes level halfway between them."""
    middle = (x[1:] + x[:-1]) / 2
    return np.concatenate([[x[0] - (middle[0] - x[0])], middle, [x[-1] + (x[-1] - middle[-1])]])


class StaircasePlot(QWidget):
    """Accuracy (a staircase) above the cross-entropy loss (smooth), over the same weight axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top, self.bottom = _plot(), _plot()
        self.bottom.setXLink(self.top)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.top)
        layout.addWidget(self.bottom)
        self.weights = np.empty(0)
        self.accuracy = np.empty(0)
        self.loss = np.empty(0)
        self._scale = 1.0
        self._section: Section | None = None

    def set_section(self, section: Section, scale: float = 1.0) -> None:
        self._section, self._scale = section, scale
        self.weights = np.asarray(section.curves["weights"], dtype=np.float64)
        self.accuracy = np.asarray(section.curves["accuracy"], dtype=np.float64)
        self.loss = np.asarray(section.curves["loss"], dtype=np.float64)
        name = display_name(str(section.facts["parameter"]))
        start = float(section.facts["at"])
        for widget in (self.top, self.bottom):  # taller with the fonts (presentation mode)
            widget.setFixedHeight(int(PLOT_HEIGHT * scale))
        for widget in (self.top, self.bottom):
            widget.getPlotItem().clear()
        top, bottom = self.top.getPlotItem(), self.bottom.getPlotItem()
        top.addItem(pg.PlotDataItem(_edges(self.weights), self.accuracy, stepMode="center",
                                    pen=pen(ACCURACY_COLOUR, scale, 3.0)))
        bottom.addItem(pg.PlotDataItem(self.weights, self.loss, pen=pen(LOSS_COLOUR, scale, 3.0)))
        for item in (top, bottom):
            item.addItem(pg.InfiniteLine(start, angle=90, pen=pen(START_COLOUR, scale, 1.5, Qt.PenStyle.DashLine)))
        top.setYRange(-0.05, 1.05, padding=0)
        style_plot(top, scale, "", _tr("accuracy"), grid=True)
        style_plot(bottom, scale, name, _tr("loss"), grid=True)
        top.getAxis("bottom").setStyle(showValues=False)

    def apply_scale(self, scale: float) -> None:
        if self._section is not None and scale != self._scale:
            self.set_section(self._section, scale)


class GridPlot(QWidget):
    """The loss at every grid point, the smallest one marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.points = np.empty(0)
        self.losses = np.empty(0)
        self.best = -1
        self._scale = 1.0
        self._section: Section | None = None

    def set_section(self, section: Section, scale: float = 1.0) -> None:
        self._section, self._scale = section, scale
        self.points = np.asarray(section.curves["points"], dtype=np.float64)
        self.losses = np.asarray(section.curves["losses"], dtype=np.float64)
        self.best = int(section.facts["index"])
        self.plot.setFixedHeight(int((PLOT_HEIGHT + 30) * scale))
        item = self.plot.getPlotItem()
        item.clear()
        size = 6 * scale
        item.addItem(pg.ScatterPlotItem(self.points, self.losses, size=size, pen=None,
                                        brush=pg.mkBrush(LOSS_COLOUR)))
        item.addItem(pg.ScatterPlotItem([self.points[self.best]], [self.losses[self.best]], size=3 * size,
                                        symbol="star", pen=pen(BEST_COLOUR, scale, 1.0),
                                        brush=pg.mkBrush(BEST_COLOUR)))
        style_plot(item, scale, display_name(str(section.facts["parameter"])), _tr("loss"), grid=True)

    def apply_scale(self, scale: float) -> None:
        if self._section is not None and scale != self._scale:
            self.set_section(self._section, scale)
