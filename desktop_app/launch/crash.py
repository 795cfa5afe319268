"""Unhandled errors: logged, then shown in a dialog, while the window stays usable.

Three doors let an error escape: `sys.excepthook` (the main thread, and Qt slots: PySide6 reports
exceptions raised in slots through it, from whichever thread ran the slot), `threading.excepthook`
(Python threads) and Qt's own messages (warnings and criticals from C++, logged only). Every
error goes to the log file first; the dialog is created in the GUI thread through a queued signal,
so errors from worker threads are safe to report.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

import desktop_app

if TYPE_CHECKING:  # the dialog's module is imported with the first error, not at every start
    from desktop_app.launch.crash_dialog import CrashDialog

log = logging.getLogger("desktop_app.crash")

#: Called in the GUI thread with (one-line summary, full details) for each unhandled error.
ErrorSink = Callable[[str, str], None]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def describe(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, where: str
) -> tuple[str, str]:
    """A one-line summary and the details a teacher can paste into a bug report."""
    summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    header = (
        f"{desktop_app.APP_NAME} {desktop_app.__version__} · Python {platform.python_version()} · "
        f"{platform.platform()} · {where}\n\n"
    )
    return summary, header + details


class _Reporter(QObject):
    """Lives in the GUI thread; a signal carries each error there, whichever thread raised it."""

    reported = Signal(str, str)

    def __init__(self, log_path: Path, sink: ErrorSink | None) -> None:
        super().__init__()
        self._log_path = log_path
        self._sink = sink
        self._dialog: CrashDialog | None = None
        self.reported.connect(self._on_reported)

    @Slot(str, str)
    def _on_reported(self, summary: str, details: str) -> None:
        if self._sink is not None:
            self._sink(summary, details)
            return
        if self._dialog is None or not self._dialog.isVisible():
            from desktop_app.launch.crash_dialog import CrashDialog

            self._dialog = CrashDialog(self._log_path)
        self._dialog.add_error(summary, details)
        self._dialog.show()
        self._dialog.raise_()


_reporter: _Reporter | None = None


def _report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, where: str) -> None:
    summary, details = describe(exc_type, exc, tb, where)
    log.error("unhandled error in %s\n%s", where, details)
    if _reporter is not None and QApplication.instance() is not None:
        _reporter.reported.emit(summary, details)
    else:  # no window to show it in (before the application starts or after it ends)
        sys.stderr.write(details)


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _report(exc_type, exc, tb, f"thread {threading.current_thread().name}")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "unknown thread"
    _report(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")


def _qt_message_handler(mode: QtMsgType, context: object, message: str) -> None:
    log.getChild("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def install_crash_handlers(log_path: Path, sink: ErrorSink | None = None) -> None:
    """Route unhandled errors to the log and to a dialog (or to `sink`, e.g. the self-test).

    Call it in the GUI thread, before or after the QApplication is created.
    """
    global _reporter
    _reporter = _Reporter(log_path, sink)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message_handler)
