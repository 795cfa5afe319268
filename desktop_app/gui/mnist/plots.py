"""Live MNIST curves, every network overlaid: loss and accuracy per batch and per epoch.

Why buffers and a timer: batches arrive from the worker many times a second; each arrival only
appends to that network's buffer, and `refresh()` (called by the view's ~30 Hz timer) feeds the
curves with one `setData` each when something changed. Per batch: the raw values thin and a
moving average thick; per epoch: train (dashed, circles) and test (solid, squares). A key above
the plots (never over a curve) names each network with its update rule in its colour, so a
projected picture explains itself.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocumentFragment
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.mnist.train import BATCH_DTYPE, EpochRecord
from desktop_app.gui.buffers import RecordBuffer
from desktop_app.gui.plots.style import pen, style_plot

#: Batches averaged by the smoothed curves.
SMOOTH_WINDOW = 25


def moving_average(values: np.ndarray, window: int = SMOOTH_WINDOW) -> np.ndarray:
    """Mean of the last `window` values at each point (fewer at the start)."""
    sums = np.cumsum(np.concatenate(([0.0], values)))
    ends = np.arange(1, len(values) + 1)
    starts = np.maximum(ends - window, 0)
    return (sums[ends] - sums[starts]) / (ends - starts)


def _pale(colour: str) -> str:
    c = QColor(colour)
    return QColor.fromRgbF(1 - 0.45 * (1 - c.redF()), 1 - 0.45 * (1 - c.greenF()), 1 - 0.45 * (1 - c.blueF())).name()


class _Curves:
    """One network's buffers and curve items on the four plots."""

    def __init__(self, plots: LivePlots, colour: str) -> None:
        self.colour = colour
        self.batches = RecordBuffer(BATCH_DTYPE)
        self.epochs: list[EpochRecord] = []
        self.loss_raw = plots.loss_plot.plot()
        self.loss_smooth = plots.loss_plot.plot()
        self.accuracy_raw = plots.accuracy_plot.plot()
        self.accuracy_smooth = plots.accuracy_plot.plot()
        self.train_loss = plots.epoch_loss_plot.plot(symbol="o")
        self.test_loss = plots.epoch_loss_plot.plot(symbol="s")
        self.train_accuracy = plots.epoch_accuracy_plot.plot(symbol="o")
        self.test_accuracy = plots.epoch_accuracy_plot.plot(symbol="s")
        for item in (self.loss_raw, self.loss_smooth, self.accuracy_raw, self.accuracy_smooth):
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")

    def items(self) -> tuple:
        return (self.loss_raw, self.loss_smooth, self.accuracy_raw, self.accuracy_smooth,
                self.train_loss, self.test_loss, self.train_accuracy, self.test_accuracy)

    def style(self, scale: float) -> None:
        self.loss_raw.setPen(pen(_pale(self.colour), scale, width=1.0))
        self.accuracy_raw.setPen(pen(_pale(self.colour), scale, width=1.0))
        self.loss_smooth.setPen(pen(self.colour, scale, width=3.0))
        self.accuracy_smooth.setPen(pen(self.colour, scale, width=3.0))
        for curve, dashed in ((self.train_loss, True), (self.test_loss, False),
                              (self.train_accuracy, True), (self.test_accuracy, False)):
            line = pen(self.colour, scale, width=2.5)
            if dashed:
                line.setStyle(Qt.PenStyle.DashLine)
            curve.setPen(line)
            curve.setSymbolBrush(self.colour if not dashed else "w")
            curve.setSymbolPen(pen(self.colour, scale, width=1.5))
            curve.setSymbolSize(8 * scale)

    def draw(self) -> None:
        has = len(self.batches) > 0
        step = self.batches.column("step") if has else np.zeros(0)
        loss = self.batches.column("loss") if has else np.zeros(0)
        accuracy = self.batches.column("accuracy") if has else np.zeros(0)
        self.loss_raw.setData(step, loss)
        self.loss_smooth.setData(step, moving_average(loss))
        self.accuracy_raw.setData(step, accuracy)
        self.accuracy_smooth.setData(step, moving_average(accuracy))
        epochs = np.array([e.epoch for e in self.epochs], dtype=float)
        for curve, field in ((self.train_loss, "train_loss"), (self.test_loss, "test_loss"),
                             (self.train_accuracy, "train_accuracy"), (self.test_accuracy, "test_accuracy")):
            curve.setData(epochs, np.array([getattr(e, field) for e in self.epochs], dtype=float))


class LivePlots(QWidget):
    """Four plots; `add_batches`/`add_epoch` buffer per network, `refresh` draws."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._scale = 1.0
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        grid_host = QWidget()
        self._grid = QGridLayout(grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.key)
        layout.addWidget(grid_host, 1)
        self._columns = 0
        self.loss_plot = pg.PlotWidget()
        self.accuracy_plot = pg.PlotWidget()
        self.epoch_loss_plot = pg.PlotWidget()
        self.epoch_accuracy_plot = pg.PlotWidget()
        for plot in self.plots():
            plot.setMinimumSize(120, 100)
            plot.getAxis("left").enableAutoSIPrefix(False)  # 0.97, not "970 (x0.001)"
        self._reflow(4)
        self.accuracy_plot.setYRange(0, 1)
        self.epoch_accuracy_plot.setYRange(0, 1)
        self.curves: dict[str, _Curves] = {}
        self.titles: dict[str, str] = {}
        self.details: dict[str, str] = {}
        self.apply_scale(1.0)

    def plots(self) -> tuple[pg.PlotWidget, ...]:
        return (self.loss_plot, self.accuracy_plot, self.epoch_loss_plot, self.epoch_accuracy_plot)

    def _reflow(self, columns: int) -> None:
        """Four plots in a row, or two over two."""
        if columns == self._columns:
            return
        self._columns = columns
        for plot in self.plots():
            self._grid.removeWidget(plot)
        for k, plot in enumerate(self.plots()):
            self._grid.addWidget(plot, *((0, k) if columns == 4 else divmod(k, 2)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Pick the arrangement whose plots are least squeezed."""
        w, h = max(self.width(), 1), max(self.height(), 1)
        shapes = {4: (w / 4, h), 2: (w / 2, h / 2)}
        self._reflow(max(shapes, key=lambda c: min(shapes[c][0], 1.6 * shapes[c][1])))
        super().resizeEvent(event)

    def network(self, name: str, title: str, colour: str, detail: str = "") -> None:
        """Show curves for network `name` (created once, kept across trainings); `detail` (its
        update rule, learning rate, epochs) follows its name in the key."""
        self.titles[name] = title
        self.details[name] = detail
        if name not in self.curves:
            self.curves[name] = _Curves(self, colour)
        self.apply_scale(self._scale)

    def key_text(self) -> str:
        """The key as plain text (what the label shows, without colours)."""
        return QTextDocumentFragment.fromHtml(self.key.text()).toPlainText()

    def _update_key(self) -> None:
        entries = [
            f"<span style='color:{c.colour}; font-weight:bold'>━━ {self.titles[name]}</span>"
            + (f" ({self.details[name]})" if self.details[name] else "")
            for name, c in self.curves.items()
        ]
        entries.append(self.tr("┅○ train  ━■ test"))
        self.key.setText("&nbsp;&nbsp;&nbsp; ".join(entries))

    def apply_scale(self, scale: float) -> None:
        """Fonts and line widths for the window's zoom / presentation mode."""
        self._scale = scale
        style_plot(self.loss_plot.getPlotItem(), scale, self.tr("batch"), self.tr("loss"), self.tr("Batch loss"))
        style_plot(self.accuracy_plot.getPlotItem(), scale, self.tr("batch"), self.tr("accuracy"),
                   self.tr("Batch accuracy"))
        style_plot(self.epoch_loss_plot.getPlotItem(), scale, self.tr("epoch"), self.tr("loss"),
                   self.tr("Epoch loss"))
        style_plot(self.epoch_accuracy_plot.getPlotItem(), scale, self.tr("epoch"), self.tr("accuracy"),
                   self.tr("Epoch accuracy"))
        for curves in self.curves.values():
            curves.style(scale)
        self._update_key()

    def clear(self, names: list[str] | None = None) -> None:
        """Empty the curves of `names` (all when None)."""
        for name in self.curves if names is None else names:
            if name in self.curves:
                self.curves[name].batches.clear()
                self.curves[name].epochs.clear()
        self._dirty = True
        self.refresh()

    def batch_count(self, name: str) -> int:
        return len(self.curves[name].batches) if name in self.curves else 0

    def epoch_records(self, name: str) -> list[EpochRecord]:
        return self.curves[name].epochs if name in self.curves else []

    def batch_rows(self, name: str) -> np.ndarray:
        """Network `name`'s batch records so far (BATCH_DTYPE)."""
        return self.curves[name].batches.data if name in self.curves else np.zeros(0, BATCH_DTYPE)

    def take_curves(self, other: LivePlots) -> None:
        """Show `other`'s records (a new window's plots taking over from the old one's)."""
        for name, theirs in other.curves.items():
            if name in self.curves:
                self.curves[name].batches, self.curves[name].epochs = theirs.batches, theirs.epochs
        self._dirty = True
        self.refresh()

    def add_batches(self, name: str, rows: np.ndarray) -> None:
        self.curves[name].batches.append(rows)
        self._dirty = True

    def add_epoch(self, name: str, record: EpochRecord) -> None:
        self.curves[name].epochs.append(record)
        self._dirty = True

    def refresh(self) -> None:
        """Redraw the curves if new rows arrived since the last call."""
        if not self._dirty:
            return
        self._dirty = False
        epochs = sorted({e.epoch for curves in self.curves.values() for e in curves.epochs})
        ticks = [[(e, str(e)) for e in epochs]] if 0 < len(epochs) <= 6 else None  # more: pyqtgraph's own
        for plot in (self.epoch_loss_plot, self.epoch_accuracy_plot):
            plot.getAxis("bottom").setTicks(ticks)
        for curves in self.curves.values():
            curves.draw()
