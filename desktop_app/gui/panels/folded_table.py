"""A table that folds its columns under each other when its pane is too narrow for them.

Why: a side pane at 1600 × 900 (and in presentation mode, with larger type) is narrower than
the derivative's five columns; a table that scrolls sideways hides half its numbers from the
class. Folded, the first column (what each row is about) is repeated above each group of the
other columns, so every number stays on screen at its full size. The table itself holds the
cells (and shows the first group); the folds below it are copies made for the width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QTableWidget, QVBoxLayout, QWidget


def _frame(table: QTableWidget) -> int:
    return 2 * table.frameWidth() + 2


def fit_height(table: QTableWidget) -> None:
    """The table shows all its rows instead of scrolling on its own."""
    table.resizeRowsToContents()
    table.setFixedHeight(_frame(table) + table.horizontalHeader().height()
                         + sum(table.rowHeight(r) for r in range(table.rowCount())))


def fit_width(table: QTableWidget) -> None:
    table.setFixedWidth(_frame(table) + sum(table.columnWidth(c) for c in range(table.columnCount())
                                            if not table.isColumnHidden(c)))


class FoldedTable(QWidget):
    """Shows `table` at its natural size when it fits, else folded into groups of columns."""

    def __init__(self, table: QTableWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._widths: list[int] = []  # natural column widths
        self._least: list[int] = []   # the narrowest each column may get (its header, a number)
        self._folds: list[QTableWidget] = []
        self._laid_out_for = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._layout.addWidget(table, 0, Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def refit(self) -> None:
        """Call after the cells changed: measure the columns again and fold for the width."""
        table = self.table
        table.setWordWrap(True)  # a column capped to the pane wraps its cells (tensors at ", ")
        for column in range(table.columnCount()):
            table.setColumnHidden(column, False)
        table.resizeColumnsToContents()
        self._widths = [table.columnWidth(c) for c in range(table.columnCount())]
        header = table.horizontalHeader()
        self._least = [max(header.sectionSizeHint(c), self._narrowest()) for c in range(table.columnCount())]
        self._laid_out_for = -1
        self.updateGeometry()
        self._fold(self.width() if self.width() > 0 else self.sizeHint().width())

    def _narrowest(self) -> int:
        """The narrowest a column may get: a seven-digit number."""
        return self.table.fontMetrics().horizontalAdvance("-0.000000") + 12

    def folds(self) -> int:
        """How many groups of columns are shown (1: not folded)."""
        return 1 + len(self._folds)

    def sizeHint(self):  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        hint.setWidth(_frame(self.table) + sum(self._widths))
        return hint

    def minimumSizeHint(self):  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        if self._widths:
            least = [min(w, m) for w, m in zip(self._widths, self._least, strict=True)]
            hint.setWidth(_frame(self.table) + least[0] + max(least[1:], default=0))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fold(event.size().width())

    def _column_widths(self, width: int) -> list[int]:
        """Each column at its natural width, capped to what fits beside the key column."""
        room = width - _frame(self.table) - self._widths[0]
        return [self._widths[0]] + [min(natural, max(room, least))
                                    for natural, least in zip(self._widths[1:], self._least[1:], strict=True)]

    def _groups(self, widths: list[int], width: int) -> list[list[int]]:
        """Column groups after the key column, each fitting `width` beside the key column."""
        room = width - _frame(self.table) - widths[0]
        groups: list[list[int]] = [[]]
        used = 0
        for column, column_width in enumerate(widths[1:], start=1):
            if groups[-1] and used + column_width > room:
                groups.append([])
                used = 0
            groups[-1].append(column)
            used += column_width
        return groups

    def _fold(self, width: int) -> None:
        if width <= 0 or width == self._laid_out_for or not self._widths:
            return
        self._laid_out_for = width
        widths = self._column_widths(width)
        groups = self._groups(widths, width)
        for fold in self._folds:
            self._layout.removeWidget(fold)
            fold.hide()  # gone now: deleteLater waits for the event loop's turn
            fold.deleteLater()
        self._folds = []
        shown = set(groups[0])
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, widths[column])
            self.table.setColumnHidden(column, column > 0 and column not in shown)
        fit_height(self.table)
        fit_width(self.table)
        for group in groups[1:]:
            fold = self._copy([0, *group], widths)
            self._folds.append(fold)
            self._layout.addWidget(fold, 0, Qt.AlignmentFlag.AlignLeft)
        height = sum(t.height() for t in (self.table, *self._folds))
        self.setFixedHeight(height + self._layout.spacing() * len(self._folds))

    def _copy(self, columns: list[int], widths: list[int]) -> QTableWidget:
        source = self.table
        fold = QTableWidget(source.rowCount(), len(columns))
        fold.setFont(source.font())
        fold.setWordWrap(True)
        fold.verticalHeader().setVisible(False)
        fold.setEditTriggers(source.editTriggers())
        fold.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fold.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for index, column in enumerate(columns):
            header = source.horizontalHeaderItem(column)
            fold.setHorizontalHeaderItem(index, header.clone() if header else None)
            for row in range(source.rowCount()):
                item = source.item(row, column)
                if item is not None:
                    fold.setItem(row, index, item.clone())
            fold.setColumnWidth(index, widths[column])
        fit_height(fold)
        fit_width(fold)
        return fold
