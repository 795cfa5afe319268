"""The steps table: one row per step of a run, read straight from its buffer.

Why a model and not a table widget: a run may have millions of steps; QTableView asks the model
only for the rows on screen, so scrolling stays instant and nothing is copied. Picking a row
emits `row_chosen(run, row)` (the window makes it the lesson model's selected step);
`show_row(run, row)` shows the model's selection without reporting it back.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.gui.run_list import RecordedRun, RunList
from desktop_app.gui.texts import column_title, status_text

_Index = QModelIndex | QPersistentModelIndex


class StepsModel(QAbstractTableModel):
    """Rows of one RecordedRun; `sync()` announces rows appended since the last call."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.run: RecordedRun | None = None
        self._rows = 0
        self._columns: tuple[str, ...] = ()
        self._updates: tuple[str, ...] = ()  # parameter columns, shown again as their update Δ

    def set_run(self, run: RecordedRun | None) -> None:
        self.beginResetModel()
        self.run = run
        self._rows = 0 if run is None else len(run.buffer)
        self._columns = () if run is None else run.buffer.names
        self._updates = () if run is None else run.parameter_columns
        self.endResetModel()

    def _update(self, row: int, column: str) -> float | None:
        """θ_{k+1} − θ_k: the next row's value (or the run's final one) minus this row's."""
        data = self.run.buffer.data
        if row + 1 < len(data):
            return float(data[row + 1][column] - data[row][column])
        final = self.run.final.get(column)
        return float(final - data[row][column]) if isinstance(final, float) else None

    def sync(self) -> None:
        """Tell the view about rows appended to the buffer since the last sync."""
        if self.run is None:
            return
        if self.run.buffer.names != self._columns:
            self.set_run(self.run)
            return
        total = len(self.run.buffer)
        if total > self._rows:
            last = self._rows - 1  # its update Δ is known now that the next row exists
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
            if last >= 0 and self._updates:
                self.dataChanged.emit(self.index(last, len(self._columns)),
                                      self.index(last, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._columns) + len(self._updates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.run is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() >= len(self._columns):
                update = self._update(index.row(), self._updates[index.column() - len(self._columns)])
                return "" if update is None else f"{update:.7g}"
            value = self.run.buffer.data[index.row()][self._columns[index.column()]]
            return str(int(value)) if np.issubdtype(type(value), np.integer) else f"{float(value):.7g}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def priority(self) -> list[int]:
        """Columns in the order a narrow pane keeps them: step, loss, each parameter, its
        gradient, its update, then the rest (learning rate, gradient norm, optimizer state)."""
        names = list(self._columns)
        chosen = [names.index(n) for n in ("step", "loss") if n in names]
        chosen += [names.index(c) for c in self._updates if c in names]
        chosen += [names.index(f"grad_{c}") for c in self._updates if f"grad_{c}" in names]
        chosen += [len(names) + i for i in range(len(self._updates))]
        return chosen + [c for c in range(self.columnCount()) if c not in chosen]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < len(self._columns):
                return column_title(self._columns[section])
            if section < len(self._columns) + len(self._updates):
                return f"Δ{self._updates[section - len(self._columns)]}"
        return None


class StepsTable(QWidget):
    """A run chooser above the table; follows the latest run unless the user picks another."""

    row_chosen = Signal(object, int)  # RecordedRun, row (-1: none)

    def __init__(self, runs: RunList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs = runs
        self._showing = False
        self.model = StepsModel(self)
        self.chooser = QComboBox()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns that fit, below
        self.hidden_note = QLabel()
        self.hidden_note.setWordWrap(True)
        self.hidden_note.setStyleSheet("color: #666;")
        self.view.setAlternatingRowColors(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hidden_note)
        self.model.modelReset.connect(self._fit_columns)
        self.chooser.currentIndexChanged.connect(self._on_choice)
        runs.added.connect(self._on_added)
        runs.removed.connect(self._rebuild_chooser)
        runs.changed.connect(lambda _run: self._rebuild_chooser())
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._sync)
        self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.model.sync()
        self._fit_columns()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Show the columns that fit the pane, most needed first (priority), each wide enough
        for a 7-digit number and its name; say how many are left out and how to see them.

        Why not a sideways scroll bar: the class would see half a row; a pane filling the
        window (View → Details fill the window) or a wider pane shows every column."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        room = self.view.viewport().width() or self.width()
        number = metrics.horizontalAdvance("-1.234567e-05") + 14
        used, hidden = 0, 0
        for rank, column in enumerate(self.model.priority()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(number if rank else metrics.horizontalAdvance("00000") + 14,
                        header.fontMetrics().horizontalAdvance(title) + 16)
            fits = rank < 2 or used + width <= room
            self.view.setColumnHidden(column, not fits)
            if fits:
                self.view.setColumnWidth(column, width)
                used += width
            else:
                hidden += 1
        self.hidden_note.setText(self.tr("{n} more columns: widen the pane or let it fill the window "
                                         "(Ctrl+Shift+F).").format(n=hidden) if hidden else "")
        self.hidden_note.setVisible(bool(hidden))

    def _sync(self) -> None:
        if self.isVisible():
            self.model.sync()

    def _on_added(self, run: RecordedRun) -> None:
        self._rebuild_chooser()
        self.chooser.setCurrentIndex(self.chooser.findData(id(run)))

    def _rebuild_chooser(self, *_args) -> None:
        current = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for run in self.runs:
            self.chooser.addItem(f"{run.label} ({status_text(run.status)})", id(run))
        index = self.chooser.findData(current)
        self.chooser.setCurrentIndex(index if index >= 0 else self.chooser.count() - 1)
        self.chooser.blockSignals(False)
        self._on_choice(self.chooser.currentIndex())

    def _on_choice(self, _index: int) -> None:
        run = self.current_run()
        if run is not self.model.run:
            self.model.set_run(run)

    def current_run(self) -> RecordedRun | None:
        key = self.chooser.currentData()
        return next((run for run in self.runs if id(run) == key), None)

    def select_row(self, row: int) -> None:
        """Pick a row as the user does (reported by `row_chosen`)."""
        self.model.sync()
        self.view.selectRow(row)

    def show_row(self, run: RecordedRun | None, row: int) -> None:
        """Show the selected step (the lesson model's) without reporting it as a choice."""
        self._showing = True
        try:
            if run is not None and run is not self.model.run:
                index = self.chooser.findData(id(run))
                if index >= 0:
                    self.chooser.setCurrentIndex(index)
            self.model.sync()
            if run is None or row < 0 or run is not self.model.run:
                self.view.clearSelection()
                self.view.selectionModel().clearCurrentIndex()
            elif self.current_row() != row:
                self.view.selectRow(row)
        finally:
            self._showing = False

    def current_row(self) -> int:
        index = self.view.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.run is not None and not self._showing:
            self.row_chosen.emit(self.model.run, current.row() if current.isValid() else -1)
