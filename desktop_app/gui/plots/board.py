"""All plots of the window and the timer that repaints them.

Why a board: the plots repaint together from the run buffers on one ~30 Hz timer, never per step,
and only the plots on screen do the work; the main "picture" (landscape, contour with its 3-D
surface tab, regression, or for tensor and many-parameter losses a small plot per parameter
element and a heat map of a matrix parameter) is chosen per expression, next to tabs of curves
against the step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.parameter_views import MatrixHeatMap, ParameterMultiples, matrix_at, matrix_elements
from desktop_app.gui.plots.base import PlotBase
from desktop_app.gui.plots.contour import ContourPlot
from desktop_app.gui.plots.landscape import LandscapePlot
from desktop_app.gui.plots.regression import RegressionPlot
from desktop_app.gui.plots.series import SeriesPlot, grad_norm_columns, loss_columns, parameter_columns
from desktop_app.gui.run_list import RecordedRun, RunList

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
        self.log_colours = QCheckBox(_tr("Logarithmic colours (valleys visible)"))
        self.log_colours.setChecked(True)
        self.log_colours.toggled.connect(self.contour.set_log_colours)
        self._pages[self.contour].layout().addWidget(self.log_colours)
        # The contour map and its 3-D surface (made when first shown: OpenGL costs startup time).
        self.surface = None
        self.contour_tabs = QTabWidget()
        self.contour_tabs.addTab(self._pages[self.contour], _tr("Contour map"))
        self._surface_slot = QWidget()
        QVBoxLayout(self._surface_slot).setContentsMargins(0, 0, 0, 0)
        self.contour_tabs.addTab(self._surface_slot, _tr("3-D surface"))
        self.contour_tabs.currentChanged.connect(self._on_contour_tab)
        self.contour.grid_set.connect(self._feed_surface)
        self._stack_pages = {self.landscape: self._pages[self.landscape], self.contour: self.contour_tabs,
                             self.regression: self._pages[self.regression]}
        for page in self._stack_pages.values():
            self.picture.addWidget(page)
        # Tensor and many-parameter losses: every parameter element against the step, and the
        # first matrix parameter as a heat map at the selected (or latest) step.
        self.multiples = ParameterMultiples()
        self.heat_map = MatrixHeatMap()
        self.multiples_note = QLabel()
        self.multiples_note.setWordWrap(True)
        self.parameters_page = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.multiples, 3)
        row.addWidget(self.heat_map, 2)
        page_layout = QVBoxLayout(self.parameters_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(row, 1)
        page_layout.addWidget(self.multiples_note)
        self.picture.addWidget(self.parameters_page)
        self._matrix: tuple[str, dict] | None = None
        self._start: dict[str, float] = {}  # column -> start value, drawn before any run
        self._selected: tuple[RecordedRun, int] | None = None  # cleared when runs are removed
        runs.selected.connect(self._on_selected)
        runs.removed.connect(lambda _run: self._on_removed())

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

        self._scale = 1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000 // REPAINT_HZ)
        self._timer.timeout.connect(self._frame)
        self._timer.start()

    def show_picture(self, kind: str) -> None:
        """"landscape", "contour", "regression", "parameters" or "none" (a hint, no picture)."""
        if kind == "parameters":
            self.picture.setCurrentWidget(self.parameters_page)
            return
        plot = {"landscape": self.landscape, "contour": self.contour,
                "regression": self.regression}.get(kind)
        self.picture.setCurrentWidget(self._stack_pages[plot] if plot is not None else self._placeholder)

    def show_parameters(self, columns: list[str], start: dict[str, float] | None = None) -> None:
        """The small multiples for these parameter columns (``W[0,1]``...), and a heat map when
        one of the parameters is a matrix; then show them in the centre. `start` (column ->
        start value) is drawn before any run: a hollow point at step 0, the matrix at the start."""
        self._start = dict(start or {})
        if list(columns) != self.multiples.columns():
            self.multiples.set_columns(list(columns))
            self.multiples.apply_scale(self._scale)
            matrices = matrix_elements(columns)
            self._matrix = next(iter(matrices.items())) if matrices else None
            self.heat_map.setVisible(self._matrix is not None)
            self.multiples_note.setText(self.multiples.note)
            self.multiples_note.setVisible(bool(self.multiples.note))
        self.show_picture("parameters")
        self._refresh_parameters()

    def _refresh_parameters(self) -> None:
        runs = [run for run in self.runs if run.visible and len(run.buffer)]
        latest = runs[-1] if runs else None
        if latest is not None and not set(self.multiples.columns()) <= set(latest.buffer.names):
            # a large tensor records summaries (min, max, mean, norm), not every element
            self.multiples.set_columns(list(latest.parameter_columns))
            self.multiples.apply_scale(self._scale)
            self._matrix = None
            self.heat_map.setVisible(False)
        self.multiples.show_start(self._start)
        self.multiples.refresh(runs)
        if self._matrix is None:
            return
        if latest is None:
            name, elements = self._matrix
            if all(column in self._start for column in elements.values()):
                self.heat_map.show_matrix(name, matrix_at(self._start, elements), 0)
            return
        run, row = latest, len(latest.buffer) - 1
        if self._selected is not None:
            chosen = next((r for r in runs if r is self._selected[0]), None)
            if chosen is not None:
                run, row = chosen, min(self._selected[1], len(chosen.buffer) - 1)
        name, elements = self._matrix
        if all(column in run.buffer.names for column in elements.values()):
            record = run.buffer.data[row]
            self.heat_map.show_matrix(name, matrix_at(record, elements), int(record["step"]))

    def _on_selected(self, run: RecordedRun, row: int) -> None:
        self._selected = (run, row) if row >= 0 else None
        if self.picture.currentWidget() is self.parameters_page:
            self._refresh_parameters()

    def _on_removed(self) -> None:
        self._selected = None
        columns = self.multiples.columns()
        self.multiples.set_columns(columns)  # drops the removed run's curves
        self.multiples.apply_scale(self._scale)

    def _on_contour_tab(self, index: int) -> None:
        if self.contour_tabs.widget(index) is self._surface_slot and self.surface is None:
            from desktop_app.gui.surface_view import SurfaceView

            self.surface = SurfaceView()
            self._surface_slot.layout().addWidget(self.surface)
            self.surface.follow(self.runs)
            self.surface.apply_scale(self._scale)
            self._feed_surface()

    def _feed_surface(self) -> None:
        grid = self.contour.grid()
        if self.surface is not None and grid is not None:
            self.surface.set_surface(self.contour.columns, *grid)

    def set_placeholder_text(self, text: str) -> None:
        self._placeholder.setText(text)

    def current_plot(self):
        """The plot the user looks at: the picture when there is one, else the current tab."""
        page = self.picture.currentWidget()
        for plot, plot_page in self._stack_pages.items():
            if plot_page is page:
                return plot
        return (self.loss, self.parameters, self.grad_norm)[self.tabs.currentIndex()]

    def picture_kind(self) -> str:
        page = self.picture.currentWidget()
        if page is self.parameters_page:
            return "parameters"
        names = {self.landscape: "landscape", self.contour: "contour", self.regression: "regression"}
        return next((names[p] for p, w in self._stack_pages.items() if w is page), "none")

    def plots(self):
        return (self.loss, self.parameters, self.grad_norm, self.landscape, self.contour, self.regression)

    def _frame(self) -> None:
        """One repaint tick; the next comes sooner or later depending on what painting costs."""
        paint = PlotBase.paint_seconds
        PlotBase.paint_seconds = 0.0
        with PlotBase.frame_budget():
            self.refresh()
        interval = min(MAX_INTERVAL_MS, max(1000 // REPAINT_HZ, int(PAINT_SHARE * 1000 * paint)))
        self._timer.start(interval)

    def refresh(self) -> None:
        """Repaint the plots on screen from the buffers (hidden ones catch up when shown)."""
        for plot in self.plots():
            if plot.isVisible():
                plot.refresh()
        if self.parameters_page.isVisible():
            self._refresh_parameters()

    def refresh_all(self) -> None:
        for plot in self.plots():
            plot.refresh()
        if self.picture.currentWidget() is self.parameters_page:
            self._refresh_parameters()

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
        self._scale = scale
        self.multiples.apply_scale(scale)
        self.heat_map.apply_scale(scale)
        if self.surface is not None:
            self.surface.apply_scale(scale)
        for plot in self.plots():
            plot.apply_scale(scale)
            plot.readout.setMinimumHeight(int(2.4 * plot.readout.fontMetrics().height()))  # two lines fit
