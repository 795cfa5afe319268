"""Look of every plot: white background, large ticks, thick lines, scaled for a projector.

Why one place: presentation mode and Ctrl+= / Ctrl+- change a single scale, and every plot
re-applies it, so fonts and line widths grow together.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

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
        axis.setTickFont(font)
        axis.setPen(pg.mkPen("#404040", width=max(1.0, scale)))
        axis.setTextPen(pg.mkPen("#202020"))
    plot.setLabel("bottom", x_label, **label_style)
    plot.setLabel("left", y_label, **label_style)
    if title:
        plot.setTitle(title, size=f"{BASE_FONT_PT * scale * 1.2:.0f}pt")
    plot.showGrid(x=grid, y=grid, alpha=GRID_ALPHA)
    legend = plot.legend
    if legend is not None:
        size = f"{BASE_FONT_PT * scale:.0f}pt"
        legend.setBrush(pg.mkBrush(255, 255, 255, 210))  # readable over the curves it covers
        legend.setPen(pg.mkPen("#B0B0B0"))
        legend.setLabelTextSize(size)
        for _sample, label in legend.items:  # entries already there keep their size otherwise
            label.setText(label.text, size=size)


def readout_font(scale: float) -> QFont:
    font = QFont()
    font.setPointSizeF(BASE_FONT_PT * scale)
    font.setBold(True)
    return font
