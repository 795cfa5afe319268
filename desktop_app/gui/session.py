"""The window's side of sessions: what the panels hold, as a core.sessions.Session.

Reading, checking and writing the file are the core's (core.sessions, Qt-free, run off the GUI
thread by gui.file_actions); the names are re-exported here for the window's code.
"""

from __future__ import annotations

from desktop_app.core.sessions import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_SAVED_ROWS,
    MAX_TEXT_ELEMENTS,
    VERSION,
    SavedRun,
    Session,
    SessionError,
    load_session,
    save_session,
    session_from_dict,
    session_to_dict,
)

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "MAX_SAVED_ROWS",
    "MAX_TEXT_ELEMENTS",
    "VERSION",
    "SavedRun",
    "Session",
    "SessionError",
    "load_session",
    "save_session",
    "session_from_dict",
    "session_to_dict",
]
