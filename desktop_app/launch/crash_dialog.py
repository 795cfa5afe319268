"""The dialog an unhandled error opens: what happened, the details, a copy button, the log path.

It is not modal: the teacher can dismiss it and carry on with the lesson.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: Errors whose details the dialog lists; later ones (an error repeating in a paint event, say)
#: are only counted, so the dialog stays small. The log keeps them all.
MAX_LISTED_ERRORS = 20


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CrashDialog", text, None, n)


class CrashDialog(QDialog):
    """Collects the errors reported while it is open (one dialog, not a storm of them)."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Gradient Lab: unexpected error"))
        self.resize(640, 420)
        self._log_path = log_path
        self._count = 0
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._details = QPlainTextEdit(readOnly=True)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        where = QLabel(tr("The details were also written to the log file:") + f"\n{log_path}")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(tr("Copy details"))
        folder_button = QPushButton(tr("Open log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.copy_button.clicked.connect(self.copy_details)
        folder_button.clicked.connect(self._open_log_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self._details, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def add_error(self, summary: str, details: str) -> None:
        """Show one more error; the newest summary is on top, every error's details below."""
        self._count += 1
        intro = tr("Something went wrong. You can close this message and keep working.")
        more = tr("(%n errors so far)", self._count) if self._count > 1 else ""
        self._summary.setText(f"<b>{html.escape(intro)}</b> {more}<br>{html.escape(summary)}")
        if self._count <= MAX_LISTED_ERRORS:
            self._details.appendPlainText(details)

    def details(self) -> str:
        return self._details.toPlainText()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details() + f"\nLog file: {self._log_path}\n")

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_path.parent)))
