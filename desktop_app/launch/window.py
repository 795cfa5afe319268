"""Starting the window the way a double click does: logging, crash handling, then the GUI.

An error while the window is being built happens before any event loop exists to show a dialog
from; it is logged and shown in a modal message box instead, so a double-clicked launch never
fails silently.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import platform
from pathlib import Path

from desktop_app import APP_NAME
from desktop_app.launch.logs import setup_logging
from desktop_app.paths import log_dir

log = logging.getLogger(__name__)


def start_window() -> int:
    """Open the main window and run until it closes; the process exit status."""
    log_path = setup_logging()
    log.info("%s starting: Python %s on %s", APP_NAME, platform.python_version(), platform.platform())
    with contextlib.suppress(OSError):  # a crash inside Qt's C++ (no Python traceback) still leaves a trace
        faulthandler.enable(open(log_dir() / "faults.log", "a", encoding="utf-8"))  # noqa: SIM115 - kept open
    from desktop_app.launch.crash import install_crash_handlers

    install_crash_handlers(log_path)
    try:
        from desktop_app.gui.app import run_app

        return run_app()
    except Exception as error:
        log.exception("Gradient Lab could not start")
        _show_fatal(f"{type(error).__name__}: {error}", log_path)
        return 1


def _show_fatal(summary: str, log_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication([])
    QMessageBox.critical(
        None,
        QCoreApplication.translate("CrashDialog", "Gradient Lab could not start"),
        f"{summary}\n\n"
        + QCoreApplication.translate("CrashDialog", "The details were also written to the log file:")
        + f"\n{log_path}",
    )
