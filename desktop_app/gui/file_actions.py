"""The File menu's work: open and save sessions, export trajectories and plots.

Why apart from the window: each action is "ask for a path, do the file work, report an error
in a dialog, remember the folder"; the window only decides what a session holds
(`MainWindow.session` / `apply_session`). Every method takes an optional path so tests and
scripts can skip the file dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from desktop_app.gui import exporting
from desktop_app.gui.session import SessionError, load_session, save_session

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

LAST_SESSION_FILE = "last-session.gradlab.json"


class FileActions(QObject):
    """Sessions and exports for one window."""

    def __init__(self, window: MainWindow, state_dir: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.state_dir = state_dir
        self.last_dir = str(window.settings.value("files/last_dir", str(Path.home())))

    def _remember_dir(self, path: str) -> None:
        self.last_dir = str(Path(path).parent)
        self.window.settings.setValue("files/last_dir", self.last_dir)

    # --- sessions --------------------------------------------------------------------------------

    def open_session(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open session"), self.last_dir,
                                                  self.tr("Gradient Lab sessions (*.gradlab.json *.json)"))
            if not path:
                return False
        try:
            session = load_session(path)
        except SessionError as error:
            self.window.show_error(self.tr("Cannot open the session"), str(error))
            return False
        self._remember_dir(path)
        self.window.apply_session(session)
        return True

    def save_session_as(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save session"),
                                                  str(Path(self.last_dir) / "lesson.gradlab.json"),
                                                  self.tr("Gradient Lab sessions (*.gradlab.json)"))
            if not path:
                return False
        try:
            save_session(self.window.session(), path)
        except OSError as error:
            self.window.show_error(self.tr("Cannot save the session"), str(error))
            return False
        self._remember_dir(path)
        return True

    def last_session_path(self) -> Path | None:
        return None if self.state_dir is None else self.state_dir / LAST_SESSION_FILE

    def restore_last_session(self) -> None:
        """Reopen the session saved when the window last closed (silently skipped if unusable)."""
        path = self.last_session_path()
        if path is None or not path.is_file():
            return
        try:
            self.window.apply_session(load_session(path))
        except SessionError:
            return

    def save_last_session(self) -> None:
        """Remember the session for the next start; closing never fails because of it."""
        path = self.last_session_path()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_session(self.window.session(), path)
        except OSError:
            pass

    # --- exports ---------------------------------------------------------------------------------

    def export_csv(self, selected_only: bool, path: str | None = None) -> bool:
        """All runs (a leading `run` column when there are several) or the steps table's run."""
        window = self.window
        runs = [window.steps.current_run()] if selected_only else list(window.runs)
        runs = [r for r in runs if r is not None and len(r.buffer)]
        if not runs:
            window.show_error(self.tr("Nothing to export"), self.tr("Run something first."))
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(window, self.tr("Export trajectory"),
                                                  str(Path(self.last_dir) / "trajectory.csv"),
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return False
        try:
            exporting.write_runs_csv(path, runs)
        except (OSError, ValueError) as error:
            window.show_error(self.tr("Cannot export"), str(error))
            return False
        self._remember_dir(path)
        return True

    def export_plot(self, fmt: str, path: str | None = None) -> bool:
        """The plot in front, as PNG or SVG."""
        window = self.window
        if path is None:
            filters = self.tr("PNG images (*.png)") if fmt == "png" else self.tr("SVG drawings (*.svg)")
            path, _ = QFileDialog.getSaveFileName(window, self.tr("Export plot"),
                                                  str(Path(self.last_dir) / f"plot.{fmt}"), filters)
            if not path:
                return False
        try:
            exporting.export_plot(window.board.current_plot(), path, fmt, window.effective_scale())
        except (OSError, ValueError) as error:
            window.show_error(self.tr("Cannot export"), str(error))
            return False
        self._remember_dir(path)
        return True
