"""Live MNIST curves: per-batch loss and accuracy (raw and smoothed), per-epoch train/test accuracy.

Why buffers and a timer: batches arrive from the worker many times a second; each arrival only
appends to a buffer, and `refresh()` (called by the tab's ~30 Hz timer) feeds every curve with
one `setData` when something changed. One PlotDataItem per curve, created once.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop_app.core.mnist.train import BATCH_DTYPE, EpochRecord
from desktop_app.gui.buffers import RecordBuffer
from desktop_app.gui.plots.style import pen, style_plot

#: Batches averaged by the smoothed curves.
SMOOTH_WINDOW = 25

LOSS_COLOUR = "#1f5fbf"
ACCURACY_COLOUR = "#d9700f"
TRAIN_COLOUR = "#1f5fbf"
TEST_COLOUR = "#c62828"


def moving_average(values: np.ndarray, window: int = SMOOTH_WINDOW) -> np.ndarray:
    """Mean of the last `window` values at each point (fewer at the start)."""
    sums = np.cumsum(np.concatenate(([0.0], values)))
    ends = np.arange(1, len(values) + 1)
    starts = np.maximum(ends - window, 0)
    return (sums[ends] - sums[starts]) / (ends - starts)


class LivePlots(QWidget):
    """Three plots side by side; `add_batches`/`add_epoch` buffer, `refresh` draws."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batches = RecordBuffer(BATCH_DTYPE)
        self.epochs: list[EpochRecord] = []
        self._dirty = False
        self._scale = 1.0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self.loss_plot = pg.PlotWidget()
        self.accuracy_plot = pg.PlotWidget()
        self.epoch_plot = pg.PlotWidget()
        for plot in (self.loss_plot, self.accuracy_plot, self.epoch_plot):
            plot.setMinimumSize(120, 100)
            plot.getAxis("left").enableAutoSIPrefix(False)  # 0.97, not "970 (x0.001)"
        self._reflow(3)
        self.accuracy_plot.setYRange(0, 1)
        self.legend = self.epoch_plot.getPlotItem().addLegend(offset=(-10, -10))
        self.loss_raw = self.loss_plot.plot()
        self.loss_smooth = self.loss_plot.plot()
        self.accuracy_raw = self.accuracy_plot.plot()
        self.accuracy_smooth = self.accuracy_plot.plot()
        self.train_curve = self.epoch_plot.plot(symbol="o")
        self.test_curve = self.epoch_plot.plot(symbol="s")
        for item in (self.loss_raw, self.loss_smooth, self.accuracy_raw, self.accuracy_smooth):
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
        self.apply_scale(1.0)

    def _reflow(self, columns: int) -> None:
        """Three plots in a row, two over one, or one above another."""
        if columns == self._columns:
            return
        self._columns = columns
        plots = (self.loss_plot, self.accuracy_plot, self.epoch_plot)
        for plot in plots:
            self._grid.removeWidget(plot)
        if columns == 2:
            self._grid.addWidget(self.loss_plot, 0, 0)
            self._grid.addWidget(self.accuracy_plot, 0, 1)
            self._grid.addWidget(self.epoch_plot, 1, 0, 1, 2)
        else:
            for k, plot in enumerate(plots):
                self._grid.addWidget(plot, 0 if columns == 3 else k, k if columns == 3 else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Pick the arrangement whose plots are least squeezed (wide, tall or in between)."""
        w, h = max(self.width(), 1), max(self.height(), 1)
        shapes = {3: (w / 3, h), 2: (w / 2, h / 2), 1: (w, h / 3)}
        self._reflow(max(shapes, key=lambda c: min(shapes[c][0], 1.5 * shapes[c][1])))
        super().resizeEvent(event)

    def apply_scale(self, scale: float) -> None:
        """Fonts and line widths for the window's zoom / presentation mode."""
        self._scale = scale
        style_plot(self.loss_plot.getPlotItem(), scale, self.tr("batch"), self.tr("loss"),
                   self.tr("Batch loss"))
        style_plot(self.accuracy_plot.getPlotItem(), scale, self.tr("batch"), self.tr("accuracy"),
                   self.tr("Batch accuracy"))
        style_plot(self.epoch_plot.getPlotItem(), scale, self.tr("epoch"), self.tr("accuracy"),
                   self.tr("Epoch accuracy"))
        self.loss_raw.setPen(pen("#9db7e0", scale, width=1.0))
        self.loss_smooth.setPen(pen(LOSS_COLOUR, scale, width=3.0))
        self.accuracy_raw.setPen(pen("#f0c08a", scale, width=1.0))
        self.accuracy_smooth.setPen(pen(ACCURACY_COLOUR, scale, width=3.0))
        for curve, colour in ((self.train_curve, TRAIN_COLOUR), (self.test_curve, TEST_COLOUR)):
            curve.setPen(pen(colour, scale, width=3.0))
            curve.setSymbolBrush(colour)
            curve.setSymbolPen(pen(colour, scale, width=1.0))
            curve.setSymbolSize(9 * scale)
        self.legend.clear()  # labels take the new size only when added again
        self.legend.addItem(self.train_curve, self.tr("train"))
        self.legend.addItem(self.test_curve, self.tr("test"))

    def clear(self) -> None:
        self.batches.clear()
        self.epochs.clear()
        self._dirty = True
        self.refresh()

    def add_batches(self, rows: np.ndarray) -> None:
        self.batches.append(rows)
        self._dirty = True

    def add_epoch(self, record: EpochRecord) -> None:
        self.epochs.append(record)
        self._dirty = True

    def refresh(self) -> None:
        """Redraw the curves if new rows arrived since the last call."""
        if not self._dirty:
            return
        self._dirty = False
        step = self.batches.column("step") if len(self.batches) else np.zeros(0)
        loss = self.batches.column("loss") if len(self.batches) else np.zeros(0)
        accuracy = self.batches.column("accuracy") if len(self.batches) else np.zeros(0)
        self.loss_raw.setData(step, loss)
        self.loss_smooth.setData(step, moving_average(loss))
        self.accuracy_raw.setData(step, accuracy)
        self.accuracy_smooth.setData(step, moving_average(accuracy))
        epochs = np.array([e.epoch for e in self.epochs], dtype=float)
        few = 0 < len(epochs) <= 20
        self.epoch_plot.getAxis("bottom").setTicks([[(e, str(int(e))) for e in epochs]] if few else None)
        self.train_curve.setData(epochs, np.array([e.train_accuracy for e in self.epochs]))
        self.test_curve.setData(epochs, np.array([e.test_accuracy for e in self.epochs]))
