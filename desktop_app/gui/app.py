"""Start the window: QApplication, language, the window painted first, torch loaded after.

Why this order: a teacher double-clicks and must see the window at once (target 0.5 s). The
first frame is the window's shell (menus, toolbar, status bar) with the start page; once it is
painted, torch starts loading in the background (seconds) while the panes and the plots
(pyqtgraph) are built, and Run is enabled when torch is there. Switching the language rebuilds
the window (every tr() call runs again); once the new one is ready the lesson moves to it: the
lesson model with its runs and selected step, its undo history (worded again), the tabs in
front, and a going run, which goes on there (RunController.hand_over) instead of being stopped;
so does an MNIST training (MnistView.hand_over).

Set GRADIENT_LAB_STARTUP_PROBE=1 to print "gradient-lab shown <t> torch=<loaded|not-loaded>
pyqtgraph=<loaded|not-loaded> cpu=<s>" (when the first frame has been painted; cpu: the process's
CPU seconds so far) and
"gradient-lab ready <t>" (time.time() seconds) and quit once ready: bench/bench_startup.py
measures launches with it.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import APP_NAME, paths
from desktop_app.assets import resource
from desktop_app.gui import i18n
from desktop_app.gui.main_window import MainWindow

PROBE_ENV = "GRADIENT_LAB_STARTUP_PROBE"
#: Work that waits for the first paint starts anyway after this long (a window shown minimised,
#: or a platform that paints late), so Run never stays disabled.
FIRST_PAINT_FALLBACK_MS = 1000
log = logging.getLogger(__name__)


class _AfterFirstPaint(QObject):
    """Calls `then()` once, from the event loop, right after `window`'s first frame is painted."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


class Application(QObject):
    """Owns the main window; rebuilds it when the language changes."""

    def __init__(self, app: QApplication, settings: QSettings, state_dir: Path | None,
                 probe: bool = False) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.state_dir = state_dir
        self.probe = probe
        language = str(settings.value("language", "") or i18n.system_language())
        self.language = i18n.install_language(language)
        self._outgoing: MainWindow | None = None  # a window whose lesson waits for the new one
        self._next_language: str | None = None    # asked for while that handover waits
        self.window = self._make_window(views_later=True)  # the shell first; the rest after its first paint

    def _make_window(self, views_later: bool = False) -> MainWindow:
        window = MainWindow(self.settings, self.language, self.state_dir, views_later=views_later)
        window.language_requested.connect(self.switch_language)
        return window

    def show(self, restore_session: bool = True) -> None:
        """Show the window; once its first frame is painted, load torch (in the background) and
        build the panes and plots."""
        self.window.show()
        self.window.torch_ready.connect(self._freeze)
        if self.probe:
            self.window.torch_ready.connect(self._probe_ready)
        elif restore_session:
            self.window.torch_ready.connect(lambda: self.window.files.restore_last_session())
        _AfterFirstPaint(self.window, self._first_painted)

    def _freeze(self) -> None:
        """What is alive leaves the collector's view (gui.collection: a full collection then
        costs the GUI thread next to nothing); not while an old window waits to be replaced."""
        from desktop_app.gui import collection  # not before the first frame: it imports core modules

        if self._outgoing is None:
            collection.freeze_survivors()

    def _first_painted(self) -> None:
        if self.probe:
            loaded = " ".join(f"{m}={'loaded' if m in sys.modules else 'not-loaded'}" for m in ("torch", "pyqtgraph"))
            print(f"gradient-lab shown {time.time():.6f} {loaded} cpu={time.process_time():.6f}", flush=True)
        self.window.start_loading()
        self.window.build_views()
        import desktop_app  # the version is read from the package metadata: after the first paint

        log.info("%s %s on Python %s, %s", APP_NAME, desktop_app.__version__, platform.python_version(),
                 platform.platform())

    def _probe_ready(self) -> None:
        print(f"gradient-lab ready {time.time():.6f}", flush=True)
        self.window.close()
        self.app.quit()

    def switch_language(self, code: str) -> None:
        """Rebuild the window in `code`; the lesson and its runs move over once it is ready."""
        if self._outgoing is not None:  # the last switch's window is still loading
            self._next_language = code
            return
        from desktop_app.gui import collection

        old = self.window
        collection.thaw()  # the old window's cycles must be collectable once it is gone
        self.settings.setValue("language", code)
        self.language = i18n.install_language(code)
        self.window = new = self._make_window()
        new.restoreGeometry(old.saveGeometry())
        new.restoreState(old.saveState())  # the docks: shown, floating, widths
        if old.ready:
            self._outgoing = old
            new.torch_ready.connect(self._take_over_outgoing)  # a method: no closure keeps the old window
        else:  # nothing to carry over yet
            old.shutdown()
            old.deleteLater()
            new.torch_ready.connect(self._freeze)
        new.show()
        old.hide()
        new.start_loading()

    def _take_over_outgoing(self) -> None:
        old, new = self._outgoing, self.window
        new.torch_ready.disconnect(self._take_over_outgoing)
        if old is not None:
            self._take_over(old, new)

    def _take_over(self, old: MainWindow, new: MainWindow) -> None:
        """Show `old`'s lesson in `new`: the model (runs, selected step), the lesson's result and
        title, the tabs in front; a going run is handed over, still running (or paused), and so is
        the MNIST view (its data, a training going on, its curves and pictures)."""
        from desktop_app.gui.lessons_l4 import LessonFourPages

        preset = old.lesson.preset
        if preset is not None:
            new.lesson.show_preset(preset)
            if old.windowTitle() != APP_NAME:
                title = preset.title_ko if self.language == "ko" else preset.title
                new.setWindowTitle(f"{APP_NAME} — {preset.lesson} {title}")
        new.show_lesson(old.model, {run.key: run for run in old.runs})
        new.adapter.adopt_history(old.adapter)  # Edit → Undo goes on where it was, in the new words
        old.controller.hand_over(new.controller)
        mnist = old.mnist_view(build=False)
        if mnist is not None:
            mnist.hand_over(new.mnist_view())
        front = old.centre.currentWidget()
        if isinstance(front, LessonFourPages):
            new.show_lesson_page(front.current_page())
        elif old.centre.currentIndex() == 0:
            new.centre.setCurrentIndex(0)
        elif front is old.plots_page:
            new.centre.setCurrentWidget(new.plots_page)
        else:
            new.show_mnist()
        new.side.setCurrentIndex(old.side.currentIndex())
        old.shutdown()
        old.deleteLater()
        QTimer.singleShot(0, self, self._freeze)  # after the deletion: the old window collected, then frozen
        self._outgoing = None
        code, self._next_language = self._next_language, None
        if code is not None and code != self.language:
            self.switch_language(code)

def run_app() -> int:
    """Open Gradient Lab's window and run until it closes; the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    # One name for every folder, Qt's own too (desktop_app/paths.py); people see the display name.
    app.setApplicationName(paths.APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(paths.APP_ID)  # Wayland: the window belongs to gradient-lab.desktop and its icon
    icon = resource("icons", "gradient-lab.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from desktop_app.launch.fonts import install_korean_font_if_needed

    install_korean_font_if_needed()
    probe = os.environ.get(PROBE_ENV) == "1"
    settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    application = Application(app, settings, paths.data_dir(), probe=probe)
    application.show(restore_session=not probe)
    return app.exec()
