"""The application's log file: one rotating file in the user's log folder.

Teachers cannot see a terminal; when something goes wrong the log is what they can send. It lives
where platformdirs puts logs (`desktop_app.paths.log_dir`: `~/.local/state/gradient-lab/log` on
Linux, `%LOCALAPPDATA%\\gradient-lab\\Logs` on Windows, `~/Library/Logs/gradient-lab` on macOS).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from desktop_app.paths import log_dir

LOG_FILE_NAME = "gradient-lab.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging() -> Path:
    """Send the root logger to the rotating log file and return the file's path.

    Warnings are echoed to stderr when it is a terminal (a developer watching). If the log folder
    cannot be written everything goes to stderr instead, so a read-only home never stops the app.
    Calling it again changes nothing.
    """
    root = logging.getLogger()
    path = log_dir() / LOG_FILE_NAME
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    root.setLevel(logging.INFO)
    problem = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        handler, problem = logging.StreamHandler(sys.stderr), error
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    if problem is not None:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", path, problem)
    elif sys.stderr.isatty():
        echo = logging.StreamHandler(sys.stderr)
        echo.setLevel(logging.WARNING)
        echo.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(echo)
    return path
