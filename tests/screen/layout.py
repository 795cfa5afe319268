"""Finding cut-off text in a window: labels and buttons narrower than their text, scroll areas
that scroll sideways. Used by the layout tests at each screen size."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLabel, QWidget


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0


def clipped(root: QWidget) -> list[str]:
    """'Class "text": needs W px, has w' for every shown widget under `root` whose text is cut,
    and 'scrolls sideways: Class' for every scroll area with a visible horizontal scroll bar."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and widget.pixmap().isNull():
            needed = widget.sizeHint().width()
            text = widget.text()
        elif isinstance(widget, (QAbstractButton, QComboBox)):
            needed = widget.sizeHint().width()
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.currentText()
        else:
            needed = 0
            text = ""
        if text and needed > widget.width() + 1:
            problems.append(f'{type(widget).__name__} "{text[:40]}": needs {needed} px, has {widget.width()}')
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"scrolls sideways: {type(widget).__name__} {widget.objectName()}")
    return problems
