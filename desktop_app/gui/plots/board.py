"""All plots of the window and the timer that repaints them.

Why a board: the plots repaint together from the run buffers on one ~30 Hz timer, never per step,
and only the plots on screen do the work; the main "picture" (landscape, contour or regression)
is chosen per expression, next to tabs of curves against the step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop_app.gui.plots.base import PlotBase
from desktop_app.gui.plots.contour import ContourPlot
from desktop_app.gui.plots.landscape import LandscapePlot
from desktop_app.gui.plots.regression import RegressionPlot
from desktop_app.gui.plots.series import SeriesPlot, grad_norm_columns, loss_columns, parameter_columns
from desktop_app.gui.run_list import RunList

REPAINT_HZ = 30
#: Repaints are spaced at least this many times the last frame's painting time...
PAINT_SHARE = 6
#: ...but never further apart than this (ms).
MAX_INTERVAL_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlotBoard", text)


def _with_readout(plot) -> QWidget:
    """The plot with its readout line (exact values at the point or under the mouse) beneath."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(plot, 1)
    plot.readout.setWordWrap(True)
    plot.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(plot.readout)
    return page


class PlotBoard(QWidget):
    """The main picture beside tabs of loss, parameters and gradient norm against step."""

    def __init__(self, runs: RunList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs = runs
        self.loss = SeriesPlot(runs, loss_columns, "", _tr("loss"))
        self.parameters = SeriesPlot(runs, parameter_columns, "", _tr("parameter value"))
        self.grad_norm = SeriesPlot(runs, grad_norm_columns, "", _tr("gradient norm ‖∇‖"))
        self.landscape = LandscapePlot(runs)
        self.contour = ContourPlot(runs)
        self.regression = RegressionPlot(runs)
        self._placeholder = QLabel(_tr("Type a loss and press Run:\nits picture appears here."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)

        self.picture = QStackedWidget()
        self.picture.addWidget(self._placeholder)
        self._pages = {}
        for plot in (self.landscape, self.contour, self.regression):
            self._pages[plot] = _with_readout(plot)
            self.picture.addWidget(self._pages[plot])
        self.log_colours = QCheckBox(_tr("Logarithmic colours (valleys visible)"))
        self.log_colours.setChecked(True)
        self.log_colours.toggled.connect(self.contour.set_log_colours)
        self._pages[self.contour].layout().addWidget(self.log_colours)

        self.log_y = QCheckBox(_tr("Logarithmic loss axis"))
        self.log_y.toggled.connect(self.loss.set_log_y)
        loss_page = _with_readout(self.loss)
        loss_page.layout().addWidget(self.log_y)
        self.tabs = QTabWidget()
        self.tabs.addTab(loss_page, _tr("Loss"))
        self.tabs.addTab(_with_readout(self.parameters), _tr("Parameters"))
        self.tabs.addTab(_with_readout(self.grad_norm), _tr("Gradient norm"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.picture)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000 // REPAINT_HZ)
        self._timer.timeout.connect(self._frame)
        self._timer.start()

    def show_picture(self, kind: str) -> None:
        """"landscape", "contour", "regression" or "none" (a hint when there is no picture)."""
        plot = {"landscape": self.landscape, "contour": self.contour,
                "regression": self.regression}.get(kind)
        self.picture.setCurrentWidget(self._pages[plot] if plot is not None else self._placeholder)

    def set_placeholder_text(self, text: str) -> None:
        self._placeholder.setText(text)

    def current_plot(self):
        """The plot the user looks at: the picture when there is one, else the current tab."""
        page = self.picture.currentWidget()
        for plot, plot_page in self._pages.items():
            if plot_page is page:
                return plot
        return (self.loss, self.parameters, self.grad_norm)[self.tabs.currentIndex()]

    def picture_kind(self) -> str:
        page = self.picture.currentWidget()
        names = {self.landscape: "landscape", self.contour: "contour", self.regression: "regression"}
        return next((names[p] for p, w in self._pages.items() if w is page), "none")

    def plots(self):
        return (self.loss, self.parameters, self.grad_norm, self.landscape, self.contour, self.regression)

    def _frame(self) -> None:
        """One repaint tick; the next comes sooner or later depending on what painting costs."""
        paint = PlotBase.paint_seconds
        PlotBase.paint_seconds = 0.0
        self.refresh()
        interval = min(MAX_INTERVAL_MS, max(1000 // REPAINT_HZ, int(PAINT_SHARE * 1000 * paint)))
        self._timer.start(interval)

    def refresh(self) -> None:
        """Repaint the plots on screen from the buffers (hidden ones catch up when shown)."""
        for plot in self.plots():
            if plot.isVisible():
                plot.refresh()

    def refresh_all(self) -> None:
        for plot in self.plots():
            plot.refresh()

    def set_stacked(self, stacked: bool) -> None:
        """Picture above the step plots (projector sizes) or beside them; the picture gets 3/5."""
        orientation = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        total = self.splitter.height() if stacked else self.splitter.width()
        self.splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    def expect_steps(self, steps: int | None) -> None:
        """A run of this many steps starts (None: it ended): the step plots size their x axis."""
        for plot in (self.loss, self.parameters, self.grad_norm):
            plot.expect_steps(steps)

    def apply_scale(self, scale: float) -> None:
        for plot in self.plots():
            plot.apply_scale(scale)
            plot.readout.setMinimumHeight(int(2.4 * plot.readout.fontMetrics().height()))  # two lines fit
