"""The Gradient Lab window: assembles the panels, plots and run controls; computes nothing itself.

One truth on screen: the lesson on screen is one `core.lesson_model.LessonModel`, held by the
`gui.lesson_adapter.LessonAdapter` (`window.adapter`). Panels write their edits to it; on every
change the window shows the new model in the panels and the views draw from it (pictures,
derivative and graph, steps table, plots' selected step), so the same model draws the same
screen. Edits are undoable (Edit menu); a preset, a session or File → New replaces the model.

Scripting surface (tests, scripts/screenshots.py): `MainWindow(settings, language)`,
`start_loading()`, `ready`, `load_preset(name)`, `new_lesson()`, `step()`, `run()`, `reset()`,
`open_session(path)`, `save_session_as(path)`, `model`, and Presets-menu entries that begin
with the lesson id ("L3.4 …").

Layout for a projector: the loss editor and its variables in the inputs dock on the left with the
optimizer and device forms; the plots in the centre (after a start page of lesson presets); the
lesson, derivative, graph, steps, runs and the guessing game as tabs in the details dock on the
right. Both docks close, resize, float and dock back (View menu); the details pane can fill the
window (the graph at full size); presentation mode (F11) leaves the plots most of the screen.
torch is imported in the background after the window shows (`start_loading`); until then Run
stays disabled and says why.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.gui.collection import start_collector
from desktop_app.gui.i18n import LANGUAGES
from desktop_app.gui.lock_handover import hand_the_lock_over_quickly
from desktop_app.gui.panels.preset_gallery import PresetGallery
from desktop_app.gui.screen_fit import FrontPageTabs, compact_tabs, fit_to_screen
from desktop_app.gui.texts import cuda_reason_text, error_text, problem_text, reason_text, status_text

#: Font scale of presentation mode, and the factor of one Ctrl+= / Ctrl+- press.
PRESENTATION_SCALE = 1.5
ZOOM_STEP = 1.15
MIN_SCALE, MAX_SCALE = 0.7, 3.0
EDITOR_POINT_SIZE = 16
#: A first window's size (clipped to the screen), and the share of the width the loss pane and
#: the details pane get in presentation mode: the plots take the rest, most of the screen.
FIRST_WINDOW_SIZE = QSize(1600, 900)
PRESENTATION_SIDE = 0.26
#: Width-to-height ratio of the plots' page below which the picture sits above the step plots.
STACK_RATIO = 1.25
#: The inputs pane's narrowest width (the variables table's columns, the optimizer's form).
LEFT_MIN_WIDTH = 340
#: Consecutive optimizer-field edits merge into one undo step (typing a learning rate).
OPTIMIZER_EDIT_ID = 2
#: A start slider's moves merge into one undo step (one drag).
START_DRAG_ID = 3
#: The model's fields that decide whether (and how) a run can start.
INPUTS = frozenset({"loss", "variables", "optimizer", "device", "dtype"})
#: Slowest step delay (seconds) at which the views still follow every step of a running run.
FOLLOW_DELAY = 0.2


def _tr(text: str) -> str:
    """The window's words in the language installed now (undo texts are worded when shown)."""
    return QCoreApplication.translate("MainWindow", text)


class _TorchLoader(QObject):
    """Imports torch and the core in a background thread; `ready` arrives in the GUI thread."""

    ready = Signal(object)
    failed = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._load, name="gradient-lab-torch-import", daemon=True).start()

    def _load(self) -> None:
        try:
            from desktop_app.core import baselines, devices, expression, optimizers, runs, sweeps  # noqa: F401

            reason = devices.cuda_unavailable_kind()
            gpu = None if reason else devices.device_label(devices.resolve_device("cuda"))
            self.ready.emit({"optimizers": optimizers.OPTIMIZERS, "cuda_reason": reason, "gpu": gpu})
        except Exception as error:  # noqa: BLE001 - shown in the status bar; the window stays usable
            self.failed.emit(f"{type(error).__name__}: {error}")


def _import_views() -> None:
    """Import the panels, the plots and the lesson model (numpy, pyqtgraph, the expression checker).

    Why not at the top: the window's first frame (menus, toolbar, status bar, the start page)
    needs none of them, and together they take longer to import than that frame takes to show.
    `MainWindow.build_views` calls this first: at once for a window built whole, after the first
    paint for the app's window (gui.app). The names become this module's globals, so the methods
    below use them as if imported at the top.
    """
    global DATA, PARAMETER, SPEEDS, LessonModel, run_label
    from desktop_app.core.lesson_model import DATA, PARAMETER, SPEEDS, LessonModel, run_label
    global FileActions
    from desktop_app.gui.file_actions import FileActions
    global GuessLink
    from desktop_app.gui.guess_link import GuessLink
    global LOSS_EDIT_ID, LessonAdapter, Wording
    from desktop_app.gui.lesson_adapter import LOSS_EDIT_ID, LessonAdapter, Wording
    global DerivativeView
    from desktop_app.gui.panels.derivative_view import DerivativeView
    global DevicePanel
    from desktop_app.gui.panels.device_panel import DevicePanel
    global ExpressionEditor
    from desktop_app.gui.panels.expression_editor import ExpressionEditor
    global GraphView
    from desktop_app.gui.panels.graph_view import GraphView
    global LessonPanel
    from desktop_app.gui.panels.lesson_panel import LessonPanel
    global OptimizerPanel
    from desktop_app.gui.panels.optimizer_panel import OptimizerPanel
    global RunsPanel
    from desktop_app.gui.panels.runs_panel import RunsPanel
    global VariablesTable
    from desktop_app.gui.panels.variables_table import VariablesTable
    global PictureMaker
    from desktop_app.gui.pictures import PictureMaker
    global PlotBoard
    from desktop_app.gui.plots.board import PlotBoard
    global IDLE, PAUSED, RUNNING, RunController
    from desktop_app.gui.run_controller import IDLE, PAUSED, RUNNING, RunController
    global RecordedRun, RunList
    from desktop_app.gui.run_list import RecordedRun, RunList
    global SavedRun, Session
    from desktop_app.gui.session import SavedRun, Session
    global StepsTable
    from desktop_app.gui.steps_table import StepsTable
    global TeachingLink, selected_row
    from desktop_app.gui.teaching_link import TeachingLink, selected_row
    global Timeline, timeline_run
    from desktop_app.gui.timeline import Timeline, timeline_run


def _scrolled(widget: QWidget) -> QScrollArea:
    """A pane that scrolls instead of forcing the window wider than a laptop screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _help():
    """The help pages, imported when first asked for (80 ms the first window need not wait)."""
    from desktop_app.gui import help as help_pages

    return help_pages


class MainWindow(QMainWindow):
    """Gradient Lab's main window."""

    language_requested = Signal(str)   # the app rebuilds the window in that language
    torch_ready = Signal()             # Run can be enabled from now on

    def __init__(self, settings: QSettings, language: str = "en", state_dir: Path | None = None,
                 parent: QWidget | None = None, *, views_later: bool = False) -> None:
        """The whole window; with `views_later` only its shell (menus, toolbar, status bar, the
        start page), for `build_views` to complete after the first paint (gui.app does)."""
        super().__init__(parent)
        self.settings = settings
        self.language = language
        start_collector()  # before any of the window's threads: cycles are collected here only
        hand_the_lock_over_quickly()
        self.ready = False
        self.scale = float(settings.value("view/scale", 1.0))
        self._base_font_pt = QApplication.font().pointSizeF()
        self._toolbar_points: int | None = None  # the run controls' type size (_fit_toolbar)
        self._mnist = None  # the MNIST view, built when its tab is first shown
        self._mnist_page: QWidget | None = None
        self._panes_before_mnist: tuple[bool, bool] | None = None
        self._lesson_pages = None  # gui.lessons_l4.LessonFourPages, made when an L4.1-L4.3 preset opens
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")

        self._spec_problem: str | None = None
        self._spec_timer = QTimer(self)
        self._spec_timer.setSingleShot(True)
        self._spec_timer.setInterval(200)
        self._spec_timer.timeout.connect(self._check_spec)
        self._state_dir = state_dir
        self.views_built = False
        self._build_shell()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._restore_window()
        self._apply_scale()
        if not views_later:
            self.build_views()

    def build_views(self) -> None:
        """Everything but the shell: the lesson model, the panels, the plots, the run controls'
        workers. Safe to call again (torch arriving first calls it too)."""
        if self.views_built:
            return
        _import_views()
        self.adapter = LessonAdapter(parent=self)
        self._store: dict[int, RecordedRun] = {}  # every run the model (or its undo history) names
        self._applying = False  # True while the model is shown in the panels: not an edit
        self.runs = RunList(self)
        self.controller = RunController(self.runs, self)
        self.files = FileActions(self, self._state_dir, self)
        self._build_panels()
        self._build_centre()
        self._build_view_actions()
        self.pictures = PictureMaker(self.board, self.adapter, self)
        self.guess = GuessLink(self.adapter, self.controller, self.board, self.guess_panel_host, self.step, self)
        self.teaching = TeachingLink(self.adapter, self.runs, self.derivative, self.graph, self.side_widget, self)
        self._connect()
        self.views_built = True
        self._show_presentation_tabs(self.presentation_action.isChecked())  # left in presentation mode
        self._apply_scale()
        self._update_controls()
        self._status_timer.start()

    # ============================================================================ construction

    def _build_panels(self) -> None:
        self.editor = ExpressionEditor()
        self.editor.setObjectName("ExpressionEditor")
        self.variables = VariablesTable()
        self.optimizer = OptimizerPanel()
        self.device = DevicePanel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020; font-weight: bold;")
        left = QWidget()
        layout = QVBoxLayout(left)
        title = QLabel(self.tr("Loss"))
        layout.addWidget(title)
        layout.addWidget(self.editor, 2)
        variables_title = QLabel(self.tr("Parameters and data"))
        self._titles = (title, variables_title)
        layout.addWidget(variables_title)
        layout.addWidget(self.variables, 3)
        layout.addWidget(self.problem)
        layout.addWidget(self.optimizer)
        layout.addWidget(self.device)
        self.left_panel.setWidget(left)

    def _build_shell(self) -> None:
        """The start page in the centre, the inputs and the details docks empty until
        `build_views` fills them, so the first frame already has the final layout.

        Why docks (QDockWidget): a teacher can close a pane (View menu brings it back), resize it
        by its edge, float it into a window of its own (a second screen) and dock it back
        (double-click its title); where they are is saved with the window (`saveState`)."""
        self.left_panel = QScrollArea()
        self.left_panel.setWidgetResizable(True)
        self.left_panel.setMinimumWidth(LEFT_MIN_WIDTH)
        self.plots_page = QWidget()
        self._plots_layout = QVBoxLayout(self.plots_page)
        self._plots_layout.setContentsMargins(0, 0, 0, 0)
        self.gallery = PresetGallery(language=self.language)
        self.centre = FrontPageTabs()
        self.centre.setDocumentMode(True)
        self.centre.addTab(_scrolled(self.gallery), self.tr("Lessons"))
        self.centre.addTab(self.plots_page, self.tr("Plots"))
        self.setCentralWidget(self.centre)
        self.side = FrontPageTabs()
        compact_tabs(self.side)  # six tabs in a quarter of the screen
        self.fill_button = QToolButton()  # on the graph's toolbar (build_views)
        self.fill_button.setObjectName("FillWindowButton")
        self.fill_button.setAutoRaise(True)
        self.left_dock = self._dock(self.tr("Inputs"), "InputsDock", self.left_panel,
                                    Qt.DockWidgetArea.LeftDockWidgetArea)
        self.side_dock = self._dock(self.tr("Details"), "DetailsDock", self.side,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self._filling: tuple[bool, bool] | None = None  # the panes' visibility before fill_window

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def pane_widths(self) -> tuple[int, int, int]:
        """Widths of the inputs pane, the centre and the details pane as shown (0: hidden or floating)."""
        def shown(dock: QDockWidget) -> int:
            return dock.width() if dock.isVisible() and not dock.isFloating() else 0
        return shown(self.left_dock), self.centre.width() if self.centre.isVisible() else 0, shown(self.side_dock)

    def _set_pane_widths(self, left: int, side: int) -> None:
        docks = [d for d in (self.left_dock, self.side_dock) if d.isVisible() and not d.isFloating()]
        widths = [left if d is self.left_dock else side for d in docks]
        if docks:
            self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

    def fill_window(self, on: bool) -> None:
        """The details pane (the computation graph, a table) takes the whole window; again to go back.

        The inputs pane and the centre give way and come back as they were; the graph refits."""
        if on == (self._filling is not None):
            return
        if on:
            self._filling = (not self.left_dock.isHidden(), not self.centre.isHidden())
            self.side_dock.setFloating(False)
            self.side_dock.show()
            self.left_dock.hide()
            self.centre.hide()
        else:
            left, centre = self._filling
            self._filling = None
            self.left_dock.setVisible(left)
            self.centre.setVisible(centre)
        self.fill_action.setChecked(on)
        self.fill_button.setDefaultAction(self.fill_action)

    def _build_centre(self) -> None:
        self.board = PlotBoard(self.runs)
        self.board.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on the plots: ←/→ move the timeline
        self.timeline = Timeline()
        self._plots_layout.addWidget(self.board, 1)
        self._plots_layout.addWidget(self.timeline)

        self.steps = StepsTable(self.runs)
        self.derivative = DerivativeView()
        self.graph = GraphView()
        self.runs_panel = RunsPanel(self.runs)
        self.guess_panel_host = QWidget()
        self.lesson = LessonPanel(language=self.language)
        self.side.addTab(_scrolled(self.lesson), self.lesson.title())
        self.side.addTab(_scrolled(self.derivative), self.tr("Derivative"))
        self.side.addTab(_scrolled(self.graph), self.tr("Graph"))
        self.side.addTab(self.steps, self.tr("Steps"))
        self.side.addTab(self.runs_panel, self.tr("Runs"))
        self.side.addTab(_scrolled(self.guess_panel_host), self.tr("Guess"))
        for index in range(self.side.count()):
            self.side.setTabToolTip(index, self.side.tabText(index))
        self.graph.add_tool(self.fill_button)
        self.plots_page.installEventFilter(self)  # the plots stack when their page is tall

    def side_widget(self) -> QWidget:
        """The widget on the details tab in front (inside its scroll area, if any)."""
        page = self.side.currentWidget()
        return page.widget() if isinstance(page, QScrollArea) else page

    def show_side(self, widget: QWidget) -> None:
        """Bring the details tab holding `widget` to the front (shown again if presentation
        mode had left it out)."""
        for index in range(self.side.count()):
            page = self.side.widget(index)
            if page is widget or (isinstance(page, QScrollArea) and page.widget() is widget):
                self.side.setTabVisible(index, True)
                self.side.setCurrentIndex(index)

    def _show_presentation_tabs(self, on: bool) -> None:
        """Presentation mode keeps the tabs a lesson shows the class (the lesson's result, the
        derivative, the graph; the game while it is played); the steps and runs tables come
        back with show_side or after presentation mode."""
        if not self.views_built:
            return
        left_out = {self.steps, self.runs_panel} | ({self.guess_panel_host} if not self.guess.enabled else set())
        for index in range(self.side.count()):
            page = self.side.widget(index)
            inner = page.widget() if isinstance(page, QScrollArea) else page
            self.side.setTabVisible(index, not (on and inner in left_out))

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.run_action = self._action(self.tr("Run"), self.run, "F5", self.tr("Start the run (F5)"))
        self.pause_action = self._action(self.tr("Pause"), lambda: self.controller.toggle_pause(), "Space",
                                         self.tr("Pause or resume the run (Space)"))
        self.step_action = self._action(self.tr("Step"), self.step, "F10", self.tr("Take one step (F10)"))
        self.stop_action = self._action(self.tr("Stop"), lambda: self.controller.stop(), "Esc",
                                        self.tr("Stop the run (Esc)"))
        self.reset_action = self._action(self.tr("Reset"), self.reset, "Ctrl+R",
                                         self.tr("Stop and clear every run, back to the start values (Ctrl+R)"))
        self.compare_action = self._action(self.tr("Compare learning rates"), self.compare, "Ctrl+L",
                                           self.tr("Run several learning rates side by side (Ctrl+L)"))
        self.new_action = self._action(self.tr("New lesson"), self.new_lesson, QKeySequence.StandardKey.New,
                                       self.tr("Start an empty lesson (Ctrl+N)"))
        self.open_action = self._action(self.tr("Open session…"), lambda: self.open_session(),
                                        QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("Save session…"), lambda: self.save_session_as(),
                                        QKeySequence.StandardKey.Save)
        self.export_all_action = self._action(self.tr("Export all runs as CSV…"), lambda: self.files.export_csv(False))
        self.export_one_action = self._action(self.tr("Export the selected run as CSV…"),
                                              lambda: self.files.export_csv(True))
        self.export_png_action = self._action(self.tr("Export plot as PNG…"), lambda: self.files.export_plot("png"))
        self.export_svg_action = self._action(self.tr("Export plot as SVG…"), lambda: self.files.export_plot("svg"))
        self.quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.presentation_action = self._action(self.tr("Presentation mode"), self.toggle_presentation, "F11",
                                                self.tr("Larger fonts and thicker lines for a projector (F11)"))
        self.presentation_action.setCheckable(True)
        self.presentation_action.setChecked(bool(self.settings.value("view/presentation", False, type=bool)))
        self.fill_action = self._action(self.tr("Details fill the window"), self.fill_window, "Ctrl+Shift+F",
                                        self.tr("The details pane (the graph, the tables) takes the whole window "
                                                "(Ctrl+Shift+F); again to go back"))
        self.fill_action.setCheckable(True)
        self.fill_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
        self.fill_button.setDefaultAction(self.fill_action)
        self.fill_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.zoom_in_action = self._action(self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP), "Ctrl+=")
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action(self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP), "Ctrl+-")
        self.zoom_reset_action = self._action(self.tr("Normal size"), lambda: self.zoom(None), "Ctrl+0")
        self.log_action = self._action(self.tr("Logarithmic loss axis"), lambda on: self.board.log_y.setChecked(on))
        self.log_action.setCheckable(True)
        self.guess_action = self._action(self.tr("Guess the next step"), lambda on: self.guess.set_enabled(on), "F9",
                                         self.tr("Before each step the class guesses where it goes (F9)"))
        self.guess_action.setCheckable(True)
        for action in (self.run_action, self.pause_action, self.step_action, self.stop_action,
                       self.reset_action, self.compare_action, self.new_action, self.open_action,
                       self.save_action, self.log_action, self.guess_action):
            action.setEnabled(False)  # until build_views (and torch, for the run controls)
        for key, steps in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
            action = QAction(self.tr("Step back") if steps < 0 else self.tr("Step on"), self.plots_page)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, n=steps: self.timeline.move_by(n))
            self.plots_page.addAction(action)

        toolbar = QToolBar(self.tr("Run controls"))
        toolbar.setObjectName("RunToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.run_action, self.pause_action, self.step_action, self.stop_action,
                       self.reset_action, self.compare_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.guess_action)
        toolbar.addAction(self.presentation_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.save_action, None, self.export_all_action,
                       self.export_one_action, self.export_png_action, self.export_svg_action, None,
                       self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))  # Undo and Redo come with the lesson model
        run_menu = bar.addMenu(self.tr("&Run"))
        for action in (self.run_action, self.pause_action, self.step_action, self.stop_action,
                       self.reset_action, None, self.compare_action, self.guess_action):
            run_menu.addSeparator() if action is None else run_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.presentation_action, self.zoom_in_action, self.zoom_out_action,
                       self.zoom_reset_action, None, self.log_action):
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        view_menu.addSeparator()
        for dock, text, key in ((self.left_dock, self.tr("Inputs pane"), "Ctrl+Shift+I"),
                                (self.side_dock, self.tr("Details pane"), "Ctrl+Shift+D")):
            action = dock.toggleViewAction()
            action.setText(text)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            view_menu.addAction(action)
        view_menu.addAction(self.fill_action)
        language_menu = view_menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._request_language(c))
        self.language_actions = group
        self.presets_menu = bar.addMenu(self.tr("&Presets"))
        self._fill_presets_menu()
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("Expression language"), lambda: _help().show_expression_help(self))
        help_menu.addAction(self.tr("Keyboard shortcuts"), lambda: _help().show_shortcuts(self))
        help_menu.addSeparator()
        help_menu.addAction(self.tr("About Gradient Lab"), lambda: _help().show_about(self, self._device_label()))

    def _build_view_actions(self) -> None:
        """Undo and Redo of the lesson model's stack; the actions that follow a view."""
        stack = self.adapter.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            self.edit_menu.addAction(action)
        self.board.log_y.toggled.connect(self.log_action.setChecked)
        for action in (self.new_action, self.open_action, self.save_action, self.log_action, self.guess_action):
            action.setEnabled(True)

    def _fill_presets_menu(self) -> None:
        from desktop_app.core.presets import PRESETS

        current_lesson = None
        for preset in PRESETS.values():
            lesson = preset.lesson.split(".")[0]
            if lesson != current_lesson:
                if current_lesson is not None:
                    self.presets_menu.addSeparator()
                current_lesson = lesson
            title = preset.title_ko if self.language == "ko" else preset.title
            action = self.presets_menu.addAction(f"{preset.lesson}  {title}")
            action.triggered.connect(lambda _checked=False, n=preset.name: self.load_preset(n))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_state = QLabel(self.tr("loading PyTorch…"))
        self.status_step = QLabel()
        self.status_loss = QLabel()
        self.status_rate = QLabel()
        for label in (self.status_step, self.status_loss, self.status_rate):
            label.setMinimumWidth(140)
            bar.addPermanentWidget(label)
        bar.addWidget(self.status_state, 1)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(200)
        self._status_timer.timeout.connect(self._update_status)  # started by build_views

    def _connect(self) -> None:
        self.adapter.changed.connect(self._on_model_changed)
        self.editor.programChanged.connect(lambda _p: self._loss_edited())
        self.editor.validityChanged.connect(lambda _v: self._update_controls())
        self.variables.edited.connect(lambda change, text: self._edit(change(self.model), text))
        self.variables.dragged.connect(lambda change, text: self._edit(change(self.model), text, START_DRAG_ID))
        self.optimizer.changed.connect(self._optimizer_edited)
        self.optimizer.lr_changed.connect(self._lr_edited)
        self.optimizer.speed_changed.connect(self._speed_edited)
        self.optimizer.compare_requested.connect(self.compare)
        self.device.changed.connect(self._device_edited)
        self.derivative.numericEdited.connect(lambda method, h: self._edit(
            self.model.with_numeric(method, h), lambda: _tr("Change the numeric derivative")))
        self.runs.added.connect(self._on_run_added)
        self.steps.row_chosen.connect(self._on_row_chosen)
        self.timeline.step_chosen.connect(self._select)
        self.side.currentChanged.connect(lambda _i: self.teaching.schedule())
        self.controller.rows_added.connect(self._on_rows)
        self.controller.state_changed.connect(lambda _s: (self._update_controls(), self._update_status(),
                                                           self._show_timeline()))
        self.controller.failed.connect(self._show_worker_error)
        self.controller.run_finished.connect(self._on_run_finished)
        self.controller.run_started.connect(self._on_run_started)
        self.guess.enabled_changed.connect(self._on_guess_enabled)
        self.guess.refused.connect(self.problem.setText)
        self.gallery.presetChosen.connect(self.load_preset)
        self.board.contour.start_requested.connect(self._set_start_from_click)
        self.controller.set_speed(self.model.speed_delay)

    def _on_guess_enabled(self, on: bool) -> None:
        self.guess_action.setChecked(on)
        if on:
            self.show_side(self.guess_panel_host)

    # ============================================================================ torch loading

    def start_loading(self) -> None:
        """Import torch and the core in the background; `torch_ready` follows."""
        self._loader = _TorchLoader()  # no parent: it outlives a window closed while torch loads
        self._loader.ready.connect(self._on_torch_ready)
        self._loader.failed.connect(self._on_torch_failed)  # a method: the loader holds no closure over the window
        self._loader.start()

    def _on_torch_failed(self, message: str) -> None:
        self.status_state.setText(self.tr("PyTorch could not be loaded: {error}").format(error=message))

    def _on_torch_ready(self, info: dict[str, Any]) -> None:
        self.build_views()
        self._applying = True  # filling the forms is not an edit
        try:
            self.optimizer.populate(info["optimizers"])
            self.device.populate(cuda_reason_text(info["cuda_reason"]), info["gpu"])
        finally:
            self._applying = False
        self._gpu = info["gpu"]
        self.ready = True
        self._add_mnist_tab()
        self.editor.validate_now()
        self._show_model(self.model, frozenset({"optimizer", "speed", "device", "dtype"}))
        self.pictures.start()
        self.teaching.start()
        self._spec_timer.start()
        self._update_controls()
        self.torch_ready.emit()

    def _add_mnist_tab(self) -> None:
        """The MNIST tab, empty until first shown: building its view takes about 0.2 s, which
        the window's time to ready does not pay (issue 13)."""
        if importlib.util.find_spec("desktop_app.gui.mnist") is None:
            return  # the MNIST tab is optional: a build without it still teaches every other lesson
        self._mnist_page = QWidget()
        QVBoxLayout(self._mnist_page).setContentsMargins(0, 0, 0, 0)
        self.centre.addTab(self._mnist_page, self.tr("MNIST"))
        self.centre.currentChanged.connect(self._follow_mnist)

    def show_mnist(self, on: bool = True) -> None:
        """Bring the MNIST view forward (or go back to the plots)."""
        if self._mnist_page is not None:
            self.centre.setCurrentWidget(self._mnist_page if on else self.plots_page)

    def mnist_view(self, build: bool = True):
        """The MNIST view, built now if it was not yet and `build` (None in a build without
        MNIST, or before torch is ready); building does not bring it forward."""
        if self._mnist is None and self._mnist_page is not None and build:
            from desktop_app.gui.mnist import MnistView

            self._mnist = MnistView(self._mnist_page)
            self._mnist_page.layout().addWidget(self._mnist)
        return self._mnist

    def _follow_mnist(self) -> None:
        """The MNIST view (built on first show) takes the whole window: the loss editor and the
        derivative panes give way while it is shown and come back, as they were, after."""
        shown = self._mnist_page is not None and self.centre.currentWidget() is self._mnist_page
        if shown:
            self.mnist_view().show()  # a layout would show it only on the next event-loop turn
        if shown and self._panes_before_mnist is None:
            self.fill_window(False)
            self._panes_before_mnist = (not self.left_dock.isHidden(), not self.side_dock.isHidden())
            self.left_dock.hide()
            self.side_dock.hide()
        elif not shown and self._panes_before_mnist is not None:
            left, side = self._panes_before_mnist
            self._panes_before_mnist = None
            self.left_dock.setVisible(left)
            self.side_dock.setVisible(side)

    def _device_label(self) -> str:
        return getattr(self, "_gpu", None) or self.tr("CPU")

    # ============================================================================ the lesson model

    @property
    def model(self) -> LessonModel:
        """The lesson on screen (`window.adapter` holds it and says what changed)."""
        return self.adapter.model

    def _edit(self, model: LessonModel, wording: Wording, merge_id: int = -1) -> None:
        if not self._applying:
            self.adapter.edit(model, wording, merge_id)

    def _loss_edited(self) -> None:
        text = self.editor.text()
        if not self._applying and text != self.model.loss:
            self._edit(self.model.with_loss(text), lambda: _tr("Edit the loss"), LOSS_EDIT_ID)

    def _optimizer_edited(self) -> None:
        if self._applying or not self.ready:
            return
        state = self.optimizer.state()
        model = self.model.with_optimizer(
            state["optimizer"], state["hyper"], steps=state["steps"], grad_tol=state["grad_tol"],
            loss_tol=state["loss_tol"], compare_lrs=state["compare_lrs"])
        if self.controller.is_busy():  # a live learning rate: part of the run, not an undo step
            self.adapter.replace(model)
        else:
            self._edit(model, lambda: _tr("Change the optimizer settings"), OPTIMIZER_EDIT_ID)

    def _lr_edited(self, lr: float) -> None:
        """A learning rate typed while a run goes applies from its next step; its label follows."""
        if self._applying or not self.controller.set_lr(lr):
            return
        run = self.controller.active_runs[0]
        self.adapter.replace(self.model.with_run_label(run.key, run_label(run.spec["optimizer"], lr))[0])

    def _speed_edited(self, delay: float | None) -> None:
        if not self._applying:
            self.adapter.replace(self.model.with_speed(SPEEDS.index(delay)))

    def _device_edited(self) -> None:
        if not self._applying:
            state = self.device.state()
            self._edit(self.model.with_device(state["device"], state["dtype"]), lambda: _tr("Change the device"))

    def _on_model_changed(self, model: LessonModel, aspects: frozenset[str]) -> None:
        self._show_model(model, aspects)
        if aspects & INPUTS:
            self._spec_problem = None
            if self.ready and not self.controller.is_busy():
                self._spec_timer.start()
        self._update_controls()

    def _show_model(self, model: LessonModel, aspects: frozenset[str]) -> None:
        """Show `model` in the panels that show the changed `aspects` (not reported as edits)."""
        self._applying = True
        try:
            if "loss" in aspects and self.editor.text() != model.loss:
                self.editor.set_text(model.loss)
            if aspects & {"loss", "variables"}:
                self.variables.show_variables(model.variables)
            if aspects & {"loss", "variables", "ranges"}:
                self.variables.show_starts(model.variables, {r.name: (r.low, r.high) for r in model.ranges})
                self.editor.set_name_roles([v.name for v in model.variables if v.kind == PARAMETER],
                                           [v.name for v in model.variables if v.kind == DATA])
            if aspects & {"optimizer", "speed"} and self.ready:
                self.optimizer.show_settings(model.optimizer, model.speed)
            if "speed" in aspects:
                self.controller.set_speed(model.speed_delay)
            if aspects & {"device", "dtype"}:
                self.device.blockSignals(True)
                self.device.set_state({"device": model.device, "dtype": model.dtype})
                self.device.blockSignals(False)
            if "runs" in aspects:
                self.runs.show(((r.key, r.label) for r in model.runs), self._store)
                if not model.runs:
                    self.board.expect_steps(None)
            if aspects & {"selection", "runs"}:
                self._show_selection(model)
        finally:
            self._applying = False

    def _show_selection(self, model: LessonModel) -> None:
        """Every view of a step (plots' marker, steps table) shows the model's selected step."""
        target = selected_row(model, self.runs)
        if target is not None:
            self.runs.selected.emit(*target)
            self.steps.show_row(*target)
        else:
            latest = self.runs.latest()
            if latest is not None:
                self.runs.selected.emit(latest, -1)
            self.steps.show_row(None, -1)
        self._show_timeline()
        self._update_status()

    def _show_timeline(self) -> None:
        """The timeline scrubs a finished or paused run (not one that is running)."""
        model = self.model
        run = timeline_run(model, self.runs)
        target = selected_row(model, self.runs)
        row = target[1] if target is not None and target[0] is run else -1
        live = run is not None and run in self.controller.active_runs and self.controller.state != PAUSED
        self.timeline.show_step(run, row, not live)

    def _check_spec(self) -> None:
        """Let the core validate the whole spec (shapes, start loss) before Run is offered."""
        if not self.ready or self.controller.is_busy() or self.input_problem():
            return
        from desktop_app.core.runs import Run
        from desktop_app.gui.run_controller import make_run_spec

        try:
            Run(make_run_spec(self.model.run_spec()))
        except (ValueError, RuntimeError) as error:  # ExpressionError, DeviceError, torch shape errors
            self._spec_problem = error_text(error)
        self._update_controls()

    def input_problem(self) -> str | None:
        """What keeps Run disabled, in words; None when a run can start."""
        if not self.ready:
            return self.tr("PyTorch is still loading…")
        problem = self.model.problem()
        if problem is not None:
            return problem_text(problem)
        errors = self.optimizer.errors()
        return errors[0] if errors else self._spec_problem

    # --- runs in the model ----------------------------------------------------------------------

    def _on_run_added(self, run: RecordedRun) -> None:
        """A run the controller started (or a session brought) joins the model, uniquely labelled."""
        if self.model.run(run.key) is not None:
            return
        self._store[run.key] = run
        model, run.label = self.model.with_run(run.key, run.label)
        self.adapter.replace(model)

    def _on_rows(self, run: RecordedRun) -> None:
        """In slow motion or paused, every view follows each new step of the run."""
        delay = self.model.speed_delay
        if self.controller.state == PAUSED or delay is None or delay >= FOLLOW_DELAY:
            self._select(run, len(run.buffer) - 1)

    def _on_row_chosen(self, run: RecordedRun, row: int) -> None:
        self._select(run, row) if row >= 0 else self.adapter.replace(self.model.select(None))

    def _select(self, run: RecordedRun, row: int) -> None:
        if self.model.run(run.key) is not None and 0 <= row < len(run.buffer):
            self.adapter.replace(self.model.select(run.key, row))

    def show_lesson(self, model: LessonModel, runs: dict[int, RecordedRun] | None = None) -> None:
        """Show this model (its runs' records from `runs`, by key) as a new lesson (scripts, tests)."""
        self.controller.shutdown()
        self._store = dict(runs or {})
        self._new_model(model)
        self._update_controls()

    def views_settled(self) -> bool:
        """True when no view has a redraw pending (the model on screen is drawn everywhere)."""
        return not (self.teaching.pending() or self.pictures.pending() or self.derivative.busy
                    or self._spec_timer.isActive())

    def export_runs(self, selected_only: bool) -> list[RecordedRun]:
        """The runs File → Export writes: the steps table's run, or all of them."""
        return [self.steps.current_run()] if selected_only else list(self.runs)

    def current_plot(self):
        """The plot File → Export plot writes."""
        return self.board.current_plot()

    # ============================================================================ run commands

    def run(self) -> None:
        """F5: start a run, or resume a paused one."""
        if self.controller.state == PAUSED:
            self.controller.resume()
            return
        if self.controller.state != IDLE or self.input_problem():
            return
        self._start(lambda spec: self.controller.start(spec, _spec_label(spec)))

    def step(self) -> None:
        """F10: one step; starts a run paused at its first step when none is going."""
        if self.controller.state == IDLE:
            if self.input_problem():
                return
            self._start(lambda spec: self.controller.start(spec, _spec_label(spec)), paused=True)
        else:
            self.controller.step()

    def compare(self, learning_rates: list[float] | None = None) -> None:
        """Start one run per learning rate at once (core.sweeps)."""
        if self.controller.state != IDLE or self.input_problem():
            return
        try:
            lrs = learning_rates or self.optimizer.compare_learning_rates()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self._start(lambda spec: self.controller.start_sweep(spec, lrs, spec["optimizer"]))

    def _start(self, launch, paused: bool = False) -> None:
        self.pictures.schedule(now=True)  # the picture is up to date when the point starts moving
        try:
            spec = self.model.run_spec()
            if paused:
                self.controller.set_speed(None)
            launch(spec)
        except ValueError as error:  # ExpressionError, DeviceError and the core's checks
            self.problem.setText(error_text(error))
        finally:
            if paused:
                self.controller.set_speed(self.model.speed_delay)
                if self.controller.state == RUNNING:
                    self.controller.pause()
        self._update_controls()

    def reset(self) -> None:
        """Stop any run and clear the runs (undoable): every view goes back to the start values."""
        self.controller.shutdown()
        self._edit(self.model.without_runs(), lambda: _tr("Clear the runs"))
        self._update_controls()

    def _on_run_started(self, run: RecordedRun) -> None:
        self.centre.setCurrentWidget(self.plots_page)
        spec = run.spec
        open_ended = spec.get("grad_tol") is not None or spec.get("loss_tol") is not None
        self.board.expect_steps(None if open_ended else int(spec["steps"]))  # a tolerance may end it early

    def _on_run_finished(self, run: RecordedRun) -> None:
        if not self.controller.is_busy():
            self.board.expect_steps(None)
        self.pictures.extend_to(run)
        self._select(run, len(run.buffer) - 1)
        self._update_controls()
        self._update_status()

    def _show_worker_error(self, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The run stopped with an error"),
                          message, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(self.tr("The window is still usable: fix the input and run again."))
        box.setDetailedText(details)
        box.setObjectName("WorkerErrorDialog")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.error_dialog = box

    def _update_controls(self) -> None:
        state = self.controller.state
        problem = self.input_problem()
        idle = state == IDLE
        self.run_action.setEnabled((idle and problem is None) or state == PAUSED)
        self.run_action.setToolTip(problem or self.tr("Start the run (F5)"))
        self.new_action.setEnabled(idle)
        stack = self.adapter.undo_stack  # no undo while a run goes (its inputs are locked too)
        self.undo_action.setEnabled(idle and stack.canUndo())
        self.redo_action.setEnabled(idle and stack.canRedo())
        self.step_action.setEnabled((idle and problem is None) or state in (RUNNING, PAUSED))
        self.pause_action.setEnabled(state in (RUNNING, PAUSED))
        self.pause_action.setText(self.tr("Resume") if state == PAUSED else self.tr("Pause"))
        self.stop_action.setEnabled(state in (RUNNING, PAUSED))
        self.compare_action.setEnabled(idle and problem is None)
        self.optimizer.compare_button.setEnabled(idle and problem is None)
        self.reset_action.setEnabled(len(self.runs) > 0 or not idle)
        for widget in (self.editor, self.variables, self.device):
            widget.setEnabled(idle)
        self.optimizer.set_running(not idle)
        self.open_action.setEnabled(idle)
        self.runs_panel.set_busy_runs(self.controller.active_runs)
        if idle:
            editor_error = self.ready and self.model.problem() is not None and self.model.problem().kind == "expression"
            self.problem.setText("" if problem is None or editor_error else problem)

    def _update_status(self) -> None:
        state = self.controller.state
        run = self.controller.active_runs[0] if self.controller.active_runs else self.runs.latest()
        if not self.ready:
            return
        target = selected_row(self.model, self.runs) if state != RUNNING else None
        if target is not None:  # the timeline's step (a finished or paused run), as every view shows
            record = target[0].buffer.data[target[1]]
        elif run is not None and len(run.buffer):
            record = run.buffer.data[-1]
        else:
            record = None
        if record is not None:
            self.status_step.setText(self.tr("step {n}").format(n=int(record["step"])))
            self.status_loss.setText(self.tr("loss {value}").format(value=f"{float(record['loss']):.6g}"))
        else:
            self.status_step.setText("")
            self.status_loss.setText("")
        rate = self.controller.steps_per_second if state == RUNNING else 0.0
        self.status_rate.setText(self.tr("{n} steps/s").format(n=f"{rate:,.0f}") if rate else "")
        if state != IDLE or run is None:
            text = status_text(state)
        elif run.status in ("converged", "diverged", "failed") and run.reason:
            text = f"{status_text(run.status)}: {reason_text(run.reason, run.stop)}"  # worded from the core's kind
        else:
            text = status_text(run.status)
        self.status_state.setText(text)

    # ============================================================================ presets

    def load_preset(self, name: str) -> None:
        """Load a lesson: the whole model is replaced (what the preset does not name takes the
        defaults); then its plots are shown."""
        from desktop_app.core.presets import get_preset

        self.build_views()  # a Presets-menu entry chosen before the first paint's work is done
        if self.controller.is_busy():
            self.controller.shutdown()
        preset = get_preset(name)
        self.lesson.show_preset(preset)
        self.show_side(self.lesson)
        if preset.page:
            self.show_lesson_page(preset.page)
            return
        self._new_model(LessonModel.from_preset(preset))
        title = preset.title_ko if self.language == "ko" else preset.title
        self.setWindowTitle(f"{APP_NAME} — {preset.lesson} {title}")
        self.centre.setCurrentWidget(self.plots_page)
        self.pictures.schedule(now=True)
        self._update_controls()

    def new_lesson(self) -> None:
        """File → New: an empty lesson (no loss, defaults everywhere)."""
        self.controller.shutdown()
        self._new_model(LessonModel.empty())
        self.setWindowTitle(APP_NAME)
        self.centre.setCurrentWidget(self.plots_page)
        self.editor.edit.setFocus()
        self._update_controls()

    def _new_model(self, model: LessonModel) -> None:
        """Replace the lesson (a fresh undo history; runs it does not name are forgotten)."""
        self.adapter.reset(model)
        self._store = {r.key: self._store[r.key] for r in model.runs if r.key in self._store}

    def show_lesson_page(self, kind: str) -> None:
        """Bring a lesson page (gui.lessons_l4: predictions, tensors, vectorise) to the centre."""
        from desktop_app.gui.lessons_l4 import LessonFourPages

        if self._lesson_pages is None:
            self._lesson_pages = LessonFourPages()
            self.centre.addTab(self._lesson_pages, self._lesson_pages.title())
        self._lesson_pages.show_page(kind)
        self.centre.setCurrentWidget(self._lesson_pages)

    @property
    def preset(self):
        """The lesson preset whose loss is on screen, if any."""
        return self.model.lesson_preset()

    # ============================================================================ clicks and rows

    def _set_start_from_click(self, x: float, y: float) -> None:
        """A click on the contour map starts from there; the runs are cleared (undo brings them back)."""
        if self.controller.is_busy() or self.board.contour.columns is None or self.guess.enabled:
            return
        cx, cy = self.board.contour.columns
        if self.model.variable(cx) is None or self.model.variable(cy) is None:
            return
        self._edit(self.model.with_start({cx: x, cy: y}), lambda: _tr("Start from the map"))

    # ============================================================================ sessions

    def session(self) -> Session:
        """The lesson model and the kept runs, as a session."""
        kept = [r for r in self.runs if len(r.buffer)]
        runs = [SavedRun(label=r.label, color=r.color, status=r.status, reason=r.reason,
                         visible=r.visible, spec=r.spec, records=r.buffer.data.copy(), final=r.final)
                for r in kept]
        target = selected_row(self.model, self.runs)
        selection = ({"run": kept.index(target[0]), "step": int(target[0].buffer.data[target[1]]["step"])}
                     if target is not None and target[0] in kept else {})
        return Session(**self.model.session_parts(), runs=runs, selection=selection)

    def apply_session(self, session: Session) -> None:
        """Show a session (already checked by session.load_session): the model is replaced."""
        self.controller.shutdown()
        model = LessonModel.from_session(session)
        store = {}
        for saved in session.runs:
            run = RecordedRun(label=saved.label, spec=saved.spec, color=saved.color,
                              status=saved.status, reason=saved.reason, final=saved.final,
                              visible=saved.visible)
            run.append(saved.records)
            store[run.key] = run
            model, run.label = model.with_run(run.key, run.label)
        runs = list(store.values())
        if session.selection:  # the step every view showed when it was saved
            run = runs[session.selection["run"]]
            steps = run.buffer.column("step")
            row = min(int(steps.searchsorted(session.selection["step"])), len(steps) - 1)
            model = model.select(run.key, row)
        elif runs and len(runs[-1].buffer):  # every view shows where the last run ended
            model = model.select(runs[-1].key, len(runs[-1].buffer) - 1)
        self._store = store
        self._new_model(model)
        self.centre.setCurrentWidget(self.plots_page)
        self.pictures.schedule()  # on its timer, not in this event: the runs' curves are being added
        self._update_controls()

    def open_session(self, path: str | None = None) -> bool:
        """File → Open: read `path` (asked for when None) in the background (`files.busy()`)."""
        return self.files.open_session(path)

    def save_session_as(self, path: str | None = None) -> bool:
        """File → Save As: write the session to `path` (asked for when None) in the background."""
        return self.files.save_session_as(path)

    def show_error(self, title: str, message: str) -> None:
        """A non-blocking warning dialog (kept as `error_dialog`)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("ErrorBox")
        box.open()
        self.error_dialog = box

    # ============================================================================ view

    def toggle_presentation(self) -> None:
        """F11: full screen with larger type, the plots taking most of it; again to go back.

        What a lesson shown to a class needs beside the plots is the details pane (the lesson's
        result, the derivative, the graph); the inputs pane and the steps and runs tabs give way
        (the View menu and show_side bring them back) and come back afterwards."""
        on = self.presentation_action.isChecked()
        self.settings.setValue("view/presentation", on)
        if on:
            self._inputs_before_presentation = not self.left_dock.isHidden()
            self.left_dock.hide()
            self.showFullScreen()
        else:
            self.left_dock.setVisible(getattr(self, "_inputs_before_presentation", True))
            if self.isFullScreen():
                self.showNormal()
        self._show_presentation_tabs(on)
        self._apply_scale()

    def zoom(self, factor: float | None) -> None:
        self.scale = 1.0 if factor is None else min(MAX_SCALE, max(MIN_SCALE, self.scale * factor))
        self.settings.setValue("view/scale", self.scale)
        self._apply_scale()

    def effective_scale(self) -> float:
        return self.scale * (PRESENTATION_SCALE if self.presentation_action.isChecked() else 1.0)

    def _apply_scale(self) -> None:
        scale = self.effective_scale()
        font = QFont(self.font())
        font.setPointSizeF(self._base_font_pt * scale)
        self.setFont(font)
        self._fit_toolbar()
        self.statusBar().setStyleSheet(f"QStatusBar QLabel {{ font-weight: bold;"
                                       f" font-size: {self._base_font_pt * scale:.0f}pt; }}")
        if not self.views_built:
            return
        self.board.apply_scale(scale)
        title_font = QFont(font)
        title_font.setBold(True)
        title_font.setPointSizeF(font.pointSizeF() * 1.15)
        for label in self._titles:  # section titles of the left pane
            label.setFont(title_font)
        self.editor.set_font_point_size(round(EDITOR_POINT_SIZE * scale))
        setter = getattr(self.variables, "set_font_point_size", None)
        if callable(setter):
            setter(round(self._base_font_pt * scale))
        self._restack()
        if self.isVisible():
            QTimer.singleShot(0, self._size_panes)  # after the full-screen geometry has arrived

    def _fit_toolbar(self) -> None:
        """The run controls in bold at the scale's size, smaller where that would push a
        button into the toolbar's overflow menu (English in presentation mode at 1366 px hid
        "Presentation mode" itself), never below the window's own text size."""
        wanted = round(self._base_font_pt * self.effective_scale() * 1.15)
        floor = min(wanted, round(self._base_font_pt * self.effective_scale()))
        for points in range(wanted, floor - 1, -1):
            if points != self._toolbar_points:  # a style sheet set is a re-polish
                self._toolbar_points = points
                self.toolbar.setStyleSheet(f"QToolButton {{ font-size: {points}pt; font-weight: bold;"
                                           f" padding: 4px 10px; }}")
            if points == floor or self.toolbar.sizeHint().width() <= self.width():
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.plots_page and event.type() == QEvent.Type.Resize and self.views_built:
            self._restack()
        return super().eventFilter(watched, event)

    def _restack(self) -> None:
        """The picture above the step plots when the plots' page is tall for its width (both
        then get the whole width), beside them on a wide page (both then get the whole height)."""
        size = self.plots_page.size()
        self.board.set_stacked(size.width() < STACK_RATIO * size.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The panes keep their share of the width (Qt's docks keep their pixels: a window
        made smaller would squeeze only the plots); in presentation mode they take its shares."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_toolbar()
        if self.presentation_action.isChecked():  # the full screen's geometry has arrived
            QTimer.singleShot(0, self._size_panes)
        elif event.oldSize().width() > 0 and event.size().width() != event.oldSize().width():
            factor = event.size().width() / event.oldSize().width()
            left, _centre, side = self.pane_widths()
            self._set_pane_widths(round(left * factor), round(side * factor))

    def _size_panes(self) -> None:
        """Pane widths for the scale: the plots take most of a presentation's screen; bigger
        text elsewhere needs wider panes, the plots give way."""
        width = self.width()
        if self.presentation_action.isChecked():
            self._set_pane_widths(LEFT_MIN_WIDTH, int(width * PRESENTATION_SIDE))
        else:
            share = min(0.34, 0.22 * self.effective_scale())
            self._set_pane_widths(int(width * share), int(width * share))

    def _request_language(self, code: str) -> None:
        if code != self.language:
            self.language_requested.emit(code)

    # ============================================================================ closing

    def _restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)  # Qt moves it back onto a screen that has shrunk
        else:
            fit_to_screen(self, FIRST_WINDOW_SIZE)
        state = self.settings.value("window/state")
        self._panes_restored = isinstance(state, QByteArray) and self.restoreState(state)
        if self.presentation_action.isChecked():  # left in presentation mode: back in it
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)

    def shutdown(self) -> None:
        """Stop the worker threads and remember the window; safe to call twice."""
        if self.views_built:
            self.guess.set_enabled(False)
            self.controller.shutdown()
        if self._mnist is not None:
            self._mnist.shutdown()
        if self._lesson_pages is not None:
            self._lesson_pages.shutdown()
        self.fill_window(False)  # a pane filling the window is a moment's view, not a layout to keep
        if self._mnist is not None:
            self.show_mnist(False)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())  # the docks: shown, floating, widths
        if self.ready and self.views_built:
            self.files.save_last_session()
        self.settings.sync()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._panes_restored:  # first start: inputs and details narrow, plots wide
            width = self.width()
            self._set_pane_widths(min(460, width // 4), min(440, width // 4))
            self._panes_restored = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.shutdown()
        super().closeEvent(event)


def _spec_label(spec: dict[str, Any]) -> str:
    lr = spec["hyper"].get("lr")
    return run_label(spec["optimizer"], lr if isinstance(lr, float) else None)
