"""Look of every plot: white background, large ticks, thick lines, scaled for a projector.

Why one place: presentation mode and Ctrl+= / Ctrl+- change a single scale, and every plot
re-applies it, so fonts and line widths grow together.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

pg.setConfigOptions(antialias=True, background="w", foreground="#202020")

BASE_FONT_PT = 11
BASE_LINE_WIDTH = 2.0
GRID_ALPHA = 0.25
#: Curves of thousands of points: software rendering strokes 1-pixel lines ~10x faster than
#: thicker ones, so they thicken only in presentation mode, and only to whole pixels.
LONG_CURVE_WIDTH = 1.0

#: Dash patterns that tell apart several columns of one run (same colour).
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)


def pen(colour: str, scale: float, width: float = BASE_LINE_WIDTH, style=Qt.PenStyle.SolidLine) -> QPen:
    p = pg.mkPen(QColor(colour), width=width * scale, style=style)
    p.setCosmetic(True)
    return p


#: Most points handed to a path drawn over a picture; longer paths are thinned evenly (the last
#: point always kept), so a 100,000-step run costs each repaint what a 4,000-step one does.
MAX_PATH_POINTS = 4000


def thinned(values, limit: int = MAX_PATH_POINTS):
    """Every k-th value (a view, no copy) and always the last, at most about `limit` of them."""
    step = max(1, len(values) // limit)
    if step == 1:
        return values
    return np.concatenate([values[: len(values) - 1 : step], values[-1:]])


def long_curve_pen(colour: str, scale: float, style=Qt.PenStyle.SolidLine) -> QPen:
    """A pen for a curve of many points: 1 pixel, 2 pixels from presentation size on."""
    p = pg.mkPen(QColor(colour), width=LONG_CURVE_WIDTH * (2 if scale >= 1.4 else 1), style=style)
    p.setCosmetic(True)
    return p


def style_plot(plot: pg.PlotItem, scale: float, x_label: str, y_label: str, title: str = "",
               grid: bool = True) -> None:
    """Axis fonts, labels and (optionally, it costs painting time) grid at the given scale."""
    font = QFont()
    font.setPointSizeF(BASE_FONT_PT * scale)
    label_style = {"font-size": f"{BASE_FONT_PT * scale * 1.1:.0f}pt"}
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        axis.setTickFont(font)
        axis.setPen(pg.mkPen("#404040", width=max(1.0, scale)))
        axis.setTextPen(pg.mkPen("#202020"))
    plot.setLabel("bottom", x_label, **label_style)
    plot.setLabel("left", y_label, **label_style)
    # A tick label at the top of the y axis is centred on its tick and reaches half its height
    # above the plot: room for it, or the widget's edge cut "1.0" in half.
    left, top, right, bottom = plot.layout.getContentsMargins()
    if not title:
        top = QFontMetricsF(font).height() / 2 + 1
    plot.layout.setContentsMargins(left, top, right, bottom)
    if title:
        plot.setTitle(title, size=f"{BASE_FONT_PT * scale * 1.2:.0f}pt")
    plot.showGrid(x=grid, y=grid, alpha=GRID_ALPHA)
    legend = plot.legend
    if legend is not None:
        size = f"{BASE_FONT_PT * scale:.0f}pt"
        legend.setBrush(pg.mkBrush(255, 255, 255, 0))  # beside the data: nothing to cover
        legend.setPen(pg.mkPen(None))
        legend.setLabelTextSize(size)
        for _sample, label in legend.items:  # entries already there keep their size otherwise
            label.setText(label.text, size=size)
        if isinstance(legend, OutsideLegend):
            legend._fit_columns()


#: The plot layout's row for the legend: under the x axis (rows 4-5 are a horizontal colour bar's).
LEGEND_ROW = 6


class OutsideLegend(pg.LegendItem):
    """A legend in a row of its own under the x axis, as wide as the data, its entries in as many
    columns as fit: it can never cover a curve, whatever the data does."""

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__(offset=None, colCount=1)
        self._plot = plot
        self.setParentItem(plot)
        plot.layout.addItem(self, LEGEND_ROW, 1)
        plot.legend = self  # PlotItem.addItem(..., name=...) adds its entries here
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        plot.geometryChanged.connect(self._fit_columns)
        self.setVisible(False)

    def addItem(self, item, name) -> None:  # noqa: N802 (pyqtgraph API)
        super().addItem(item, name)
        self._fit_columns()

    def removeItem(self, item) -> None:  # noqa: N802 (pyqtgraph API)
        super().removeItem(item)
        self._fit_columns()

    def rename(self, item, name: str) -> None:
        """`item`'s entry reads `name` (a run's label follows a live learning-rate change)."""
        if item.opts.get("name") == name:
            return
        item.opts["name"] = name
        for sample, label in self.items:
            if sample.item is item:
                label.setText(name)
                self._fit_columns()

    def updateSize(self) -> None:  # noqa: N802 (pyqtgraph API)
        """The plot's layout places the legend; it only says how much room it needs."""
        self.layout.invalidate()
        self.updateGeometry()

    def _fit_columns(self) -> None:
        self.setVisible(bool(self.items))
        if not self.items:
            self.setMaximumHeight(0)
            return
        self.setMaximumHeight(16_777_215)
        widest = max(sample.boundingRect().width() + label.sizeHint(Qt.SizeHint.PreferredSize, QSizeF()).width()
                     + 2 * self.layout.horizontalSpacing() + 6 for sample, label in self.items)
        room = max(1.0, self._plot.vb.width() or self._plot.width())
        columns = max(1, min(len(self.items), int(room // max(widest, 1.0))))
        if columns != self.columnCount:
            self.setColumnCount(columns)
        self.updateSize()


def outside_legend(plot: pg.PlotItem) -> OutsideLegend:
    """The plot's legend, under its x axis (see OutsideLegend)."""
    if isinstance(plot.legend, OutsideLegend):
        return plot.legend
    return OutsideLegend(plot)


def readout_font(scale: float) -> QFont:
    font = QFont()
    font.setPointSizeF(BASE_FONT_PT * scale)
    font.setBold(True)
    return font
