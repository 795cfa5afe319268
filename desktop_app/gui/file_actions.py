"""The File menu's work: open and save sessions, export trajectories and plots.

Why apart from the window: each action is "ask for a path, do the file work, report an error
in a dialog, remember the folder"; the host (the window, through the small `FileHost`
protocol: no import of it) only decides what a session holds (`session()` / `apply_session()`).
Every method takes an optional path so tests and scripts can skip the file dialog.

Sessions are read and written in background jobs (gui.jobs): `open_session` and
`save_session_as` return at once (True when a job started); the window changes only when the
whole file has been read and checked (`session_opened` then), and errors come as a dialog.
`busy()` says whether a job is still running (tests wait on it). Closing the window writes the
last session through a job as well and waits for it at most LAST_SESSION_WAIT seconds.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.gui.jobs import Job
from desktop_app.gui.session import Session, SessionError, load_session, save_session

if TYPE_CHECKING:
    from desktop_app.gui.run_list import RecordedRun

LAST_SESSION_FILE = "last-session.gradlab.json"
#: The longest closing the window waits for the last session to be written (seconds).
LAST_SESSION_WAIT = 2.0
log = logging.getLogger(__name__)


class FileHost(Protocol):
    """What the file actions need of the window that owns them."""

    settings: QSettings

    def session(self) -> Session: ...
    def apply_session(self, session: Session) -> None: ...
    def show_error(self, title: str, message: str) -> None: ...
    def export_runs(self, selected_only: bool) -> list[RecordedRun]: ...
    def current_plot(self) -> Any: ...
    def effective_scale(self) -> float: ...


class FileActions(QObject):
    """Sessions and exports for one window."""

    session_opened = Signal(str)  # the path, once the window shows the session
    session_saved = Signal(str)  # the path, once the file is complete on disk

    def __init__(self, window: FileHost, state_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._dialog_parent = parent
        self.state_dir = state_dir
        self.last_dir = str(window.settings.value("files/last_dir", str(Path.home())))
        self.jobs: list[Job] = []
        self._opening: Job | None = None

    def busy(self) -> bool:
        """True while a session is being read or written in the background."""
        return any(job.is_running() for job in self.jobs)

    def _start(self, job: Job) -> Job:
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
        return job.start()

    def _remember_dir(self, path: str) -> None:
        self.last_dir = str(Path(path).parent)
        self.window.settings.setValue("files/last_dir", self.last_dir)

    # --- sessions --------------------------------------------------------------------------------

    def open_session(self, path: str | None = None) -> bool:
        """Read `path` (asked for when None) in the background; a newer open replaces an older one."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self._dialog_parent, self.tr("Open session"), self.last_dir,
                                                  self.tr("Gradient Lab sessions (*.gradlab.json *.json)"))
            if not path:
                return False
        if self._opening is not None:
            self._opening.cancel()
        job = self._opening = Job(lambda cancel: load_session(path, cancel), self, name="open-session")
        job.succeeded.connect(lambda session: self._opened(path, session))
        job.failed.connect(lambda error: self.window.show_error(self.tr("Cannot open the session"),
                                                                _one_line(error)))
        self._start(job)
        return True

    def _opened(self, path: str, session: Session) -> None:
        self._remember_dir(path)
        self.window.apply_session(session)
        self.session_opened.emit(path)

    def save_session_as(self, path: str | None = None) -> bool:
        """Write the current session to `path` (asked for when None) in the background."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self._dialog_parent, self.tr("Save session"),
                                                  str(Path(self.last_dir) / "lesson.gradlab.json"),
                                                  self.tr("Gradient Lab sessions (*.gradlab.json)"))
            if not path:
                return False
        session = self.window.session()  # a snapshot: the runs may go on meanwhile
        job = Job(lambda cancel: save_session(session, path, cancel), self, name="save-session",
                  finish_at_exit=True)
        job.succeeded.connect(lambda _: self._saved(path))
        job.failed.connect(lambda error: self.window.show_error(self.tr("Cannot save the session"),
                                                                _one_line(error)))
        self._start(job)
        return True

    def _saved(self, path: str) -> None:
        self._remember_dir(path)
        self.session_saved.emit(path)

    def last_session_path(self) -> Path | None:
        return None if self.state_dir is None else self.state_dir / LAST_SESSION_FILE

    def restore_last_session(self) -> bool:
        """Reopen the session saved when the window last closed, in the background (silently
        skipped if unusable). True when a job started."""
        path = self.last_session_path()
        if path is None or not path.is_file():
            return False
        job = Job(lambda cancel: load_session(path, cancel), self, name="restore-session")
        job.succeeded.connect(self.window.apply_session)
        self._start(job)
        return True

    def save_last_session(self, wait: float | None = None) -> Job | None:
        """Remember the session for the next start, written by a job like Save As. Closing waits
        for it at most `wait` seconds (LAST_SESSION_WAIT); a bigger session is finished after
        the window has gone (the job keeps the program alive until the file is complete).
        Closing never fails because of it; a failed save is logged, never silent."""
        path = self.last_session_path()
        if path is None:
            return None
        if self._opening is not None:  # a session still being read will not be shown; saves go on
            self._opening.cancel()
        try:
            session = self.window.session()  # a snapshot, taken on the GUI thread
        except Exception as error:  # noqa: BLE001 - a failed memo must never block closing the window
            log.warning("the last session was not saved: %s", _one_line(error))
            return None

        def work(cancel) -> None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                save_session(session, path, cancel)
            except Exception as error:
                log.warning("the last session was not saved to %s: %s", path, _one_line(error))
                raise

        job = self._start(Job(work, self, name="save-last-session", finish_at_exit=True))
        if not job.wait(LAST_SESSION_WAIT if wait is None else wait):
            log.info("closing: the last session is still being written to %s; the program ends once it is", path)
        return job

    # --- exports ---------------------------------------------------------------------------------

    def export_csv(self, selected_only: bool, path: str | None = None) -> bool:
        """All runs (a leading `run` column when there are several) or the steps table's run."""
        window = self.window
        runs = [r for r in window.export_runs(selected_only) if r is not None and len(r.buffer)]
        if not runs:
            window.show_error(self.tr("Nothing to export"), self.tr("Run something first."))
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self._dialog_parent, self.tr("Export trajectory"),
                                                  str(Path(self.last_dir) / "trajectory.csv"),
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return False
        try:
            from desktop_app.gui import exporting  # pyqtgraph: loaded on the first export, not at start

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
            path, _ = QFileDialog.getSaveFileName(self._dialog_parent, self.tr("Export plot"),
                                                  str(Path(self.last_dir) / f"plot.{fmt}"), filters)
            if not path:
                return False
        try:
            from desktop_app.gui import exporting

            exporting.export_plot(window.current_plot(), path, fmt, window.effective_scale())
        except (OSError, ValueError) as error:
            window.show_error(self.tr("Cannot export"), str(error))
            return False
        self._remember_dir(path)
        return True


def _one_line(error: BaseException) -> str:
    """An error as the dialog shows it: the core's message, or its kind for anything unforeseen."""
    if isinstance(error, (SessionError, OSError)):
        text = str(error)
    elif isinstance(error, MemoryError):
        text = "not enough memory to read the file"
    else:
        text = f"{type(error).__name__}: {error}"
    return " ".join(text.split())[:500]
