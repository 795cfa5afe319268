"""One table of the Lesson tab: a grid with a header row where it fits the pane, else stacked.

Why: the side pane is 240-440 pixels wide, and a teacher's screen decides which. A table of
four columns of seven-digit numbers does not fit the narrow end, and a pane that scrolls
sideways hides numbers from the class. Narrower than its grid, the table shows each row as its
label followed by one "column  value" line per cell, and narrower still each column's name
above its value; it switches back when there is room.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout

from desktop_app.gui.panels.fonts import scaled

HEADER_BACKGROUND = "#EEF2FA"
#: Table text relative to the window's font (numbers in monospace read larger than prose).
TABLE_SIZE = 1.05
WIDE, NARROW, STACKED = "wide", "narrow", "stacked"


class LessonTable(QFrame):
    """`headers` (the rows' heading first) over `rows` of (label, cells), in the font given."""

    def __init__(self, headers: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]], font: QFont) -> None:
        super().__init__()
        self.setObjectName("LessonTable")
        self.headers, self.rows, self._font = list(headers), [(label, list(cells)) for label, cells in rows], font
        self.grid = QGridLayout(self)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the pane's width decides
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.mode = ""
        self._build(NARROW)
        self.narrow_width = self.grid.minimumSize().width()
        self._build(WIDE)
        self.wide_width = self.grid.minimumSize().width()

    # --- building --------------------------------------------------------------------------

    def _label(self, text: str, *, mono: bool, bold: bool = False, wrap: bool = False,
               right: bool = False) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFont(scaled(self._font, TABLE_SIZE, bold=bold, mono=mono))
        label.setAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                           | Qt.AlignmentFlag.AlignTop)
        return label

    def _clear(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone now: deleteLater waits for the event loop's turn
                widget.deleteLater()
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)

    def _build(self, mode: str) -> None:
        self._clear()
        self.mode = mode
        if mode == WIDE:
            for col, text in enumerate(self.headers):
                label = self._label(text, mono=True, bold=True, wrap=True, right=col > 0)
                label.setStyleSheet(f"background: {HEADER_BACKGROUND}; padding: 2px 4px;")
                self.grid.addWidget(label, 0, col)
            for number, (row_label, cells) in enumerate(self.rows, start=1):
                self.grid.addWidget(self._label(row_label, mono=False, wrap=True), number, 0)
                for col, text in enumerate(cells, start=1):
                    self.grid.addWidget(self._label(text, mono=True, right=True), number, col)
            self.grid.setColumnStretch(len(self.headers), 1)
        else:
            line = 0
            for row_label, cells in self.rows:
                numbered = row_label[:1].isdigit() or row_label[:1] in "-\u2212"  # "step 50", "α 0.1"
                title = self._label(f"{self.headers[0]} {row_label}".strip() if numbered else row_label,
                                    mono=False, bold=True, wrap=True)
                title.setStyleSheet(f"background: {HEADER_BACKGROUND}; padding: 1px 4px;")
                self.grid.addWidget(title, line, 0, 1, 2)
                line += 1
                for header, text in zip(self.headers[1:], cells):
                    value = self._label(text, mono=True, right=True)
                    if mode == STACKED:  # too narrow for the two side by side: the value below
                        self.grid.addWidget(self._label(header, mono=False, wrap=True), line, 0, 1, 2)
                        self.grid.addWidget(value, line + 1, 0, 1, 2)
                        line += 2
                    else:
                        self.grid.addWidget(self._label(header, mono=False, wrap=True), line, 0)
                        self.grid.addWidget(value, line, 1)
                        line += 1
            self.grid.setColumnStretch(0, 1)
        for index in range(self.grid.count()):
            self.grid.itemAt(index).widget().show()

    # --- fitting ---------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(80, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        width = event.size().width()
        mode = WIDE if width >= self.wide_width else NARROW if width >= self.narrow_width else STACKED
        if mode != self.mode:
            self._build(mode)
            self.updateGeometry()
        super().resizeEvent(event)

    # --- reading ---------------------------------------------------------------------------

    def lines(self) -> list[str]:
        """The table's text, one grid line a line, cells joined by " | "."""
        rows: dict[int, list[str]] = {}
        for index in range(self.grid.count()):
            line = self.grid.getItemPosition(index)[0]
            rows.setdefault(line, []).append(self.grid.itemAt(index).widget().text().replace("\n", " "))
        return [" | ".join(cells) for _, cells in sorted(rows.items())]
