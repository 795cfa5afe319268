"""The parameter / data table built from the names a program uses.

``VariablesTable(parent=None)``

Each free name of the program gets a row: Name (with the shape of a tensor, ``x [4×4]``) | Kind
(parameter or data) | Value | Trained; narrow enough for the window's side panel. A parameter's
value is its start value, a data name's value its array; both are typed the way
``core.values.parse_value`` reads them (``4``, ``ones(4,4)``, ``[[1,2],[3,4]]``, ``1,2,3``, one
number per line when pasted). Data can also be imported from a CSV file with a preview dialog.
Invalid cells turn red with a tooltip saying why; the first problem is also written under the
table.

Signals
    ``changed()``                   any value, kind or trained box changed (or a CSV was imported).
    ``rolesChanged(list, list)``    (parameter names, data names); connect it to
                                    ``ExpressionEditor.set_name_roles`` to colour names.
Slots / methods
    ``set_names(names)``            rows for these names, in this order; typed values of names
                                    that disappear are remembered in case they come back.
    ``set_values(init, data, trained=None)``  presets and session load; values may be typed
                                    text (``"ones(4,4)"``) or arrays; trained None = all.
    ``values() -> (init, data, trained)``  dicts of float64 arrays and the set of trained
                                    parameter names; raises ValueError while a cell is invalid.
    ``is_valid() -> bool``, ``problem() -> str | None`` (the first problem, in words).
    ``import_csv(path) -> Job``     read a CSV in the background (gui.jobs); on success open
                                    (non-blocking) the preview dialog ``import_dialog`` whose
                                    acceptance assigns the columns, on failure write the error
                                    under the table. Wait on ``job.is_done()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.values import parse_value
from desktop_app.gui.jobs import Job
from desktop_app.gui.panels.fonts import monospace
from desktop_app.gui.panels.formatting import sentence

NAME, KIND, VALUE, TRAINED = range(4)
PARAMETER, DATA = "parameter", "data"
#: Longest value text written back into a cell; larger arrays show a summary instead.
MAX_SHOWN_CHARS = 2000
PREVIEW_ROWS = 20
INVALID_BACKGROUND = QColor("#f8c9c4")


@dataclass
class _Entry:
    """What the user set for one name; kept while the name is absent from the program."""

    kind: str = PARAMETER
    text: str = "0"
    trained: bool = True
    array: np.ndarray | None = None
    error: str | None = None

    def parse(self) -> None:
        try:
            self.array, self.error = parse_value(self.text), None
        except ValueError as err:
            self.array, self.error = None, str(err)


def _shape_text(array: np.ndarray) -> str:
    return "scalar" if array.ndim == 0 else "×".join(str(n) for n in array.shape)


def _array_text(array: np.ndarray) -> str | None:
    """Text that parse_value reads back to the same array, or None when too long to show."""
    array = np.asarray(array, dtype=np.float64)
    if array.ndim == 0:
        text = repr(float(array))
    elif array.ndim == 1:
        text = ", ".join(repr(float(v)) for v in array)
    else:
        text = json.dumps(array.tolist())
    return text if len(text) <= MAX_SHOWN_CHARS else None


class VariablesTable(QWidget):
    """Start values of parameters and arrays of data, one row per free name."""

    changed = Signal()
    rolesChanged = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: dict[str, _Entry] = {}
        self._names: list[str] = []
        self._filling = False

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Value"), self.tr("Trained")])
        self.table.setWordWrap(False)  # a long array is elided, not wrapped into a tall row
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        for column in (NAME, KIND, TRAINED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.table)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self._paste)

        self.import_job: Job | None = None
        self.import_dialog: CsvImportDialog | None = None
        self.import_button = QPushButton(self.tr("Import data from CSV…"))
        self.import_button.clicked.connect(self._choose_csv)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.hint = QLabel(self.tr("Type a number, ones(4,4), [[1,2],[3,4]] or 1,2,3; "
                                   "paste a column of numbers with Ctrl+V."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_font_point_size(14)
        self._update_message()

    # --- public API -----------------------------------------------------------------------------

    @Slot(list)
    def set_names(self, names: Iterable[str]) -> None:
        """One row per name, in the given order."""
        self._names = list(dict.fromkeys(names))
        for name in self._names:
            if name not in self._entries:
                entry = self._entries[name] = _Entry()
                entry.parse()
        self._fill()
        self._emit_changed()

    def set_values(self, init: Mapping[str, object], data: Mapping[str, object],
                   trained: Iterable[str] | None = None) -> None:
        """Set start values and data (typed text or arrays); ``trained`` None trains all."""
        trained_set = set(init) if trained is None else set(trained)
        for kind, values in ((PARAMETER, init), (DATA, data)):
            for name, value in values.items():
                entry = self._entries.setdefault(name, _Entry())
                entry.kind, entry.trained = kind, name in trained_set
                self._set_entry_value(entry, value)
        self._fill()
        self._emit_changed()

    def values(self) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], set[str]]:
        """(init, data, trained) for the current names; ValueError while a value is invalid."""
        problem = self.problem()
        if problem:
            raise ValueError(problem)
        init, data, trained = {}, {}, set()
        for name in self._names:
            entry = self._entries[name]
            (init if entry.kind == PARAMETER else data)[name] = entry.array
            if entry.kind == PARAMETER and entry.trained:
                trained.add(name)
        return init, data, trained

    def is_valid(self) -> bool:
        return self.problem() is None

    def problem(self) -> str | None:
        """The first invalid value, in words, or None."""
        for name in self._names:
            error = self._entries[name].error
            if error:
                return self.tr("{name}: {error}").format(name=name, error=sentence(error))
        return None

    def names(self) -> list[str]:
        return list(self._names)

    def set_font_point_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.table.setFont(font)
        # A style sheet (for a checkbox big enough to see) overrides the header's font: set both.
        self.table.setStyleSheet(
            f"QTableWidget::indicator {{ width: {points + 8}px; height: {points + 8}px; }}"
            f" QHeaderView {{ font-size: {points}pt; }}")
        small = QFont(font)
        small.setPointSize(max(10, points - 2))
        for label in (self.message, self.hint):
            label.setFont(small)
        self.import_button.setFont(small)
        self._fill()  # the value cells carry their own monospace font

    def import_csv(self, path: str | Path) -> Job:
        """Read a data CSV in the background (gui.jobs); then open its preview dialog (kept as
        `import_dialog`), or show why the file cannot be used. A newer import replaces an older."""
        from desktop_app.core.export import read_data_csv

        if self.import_job is not None:
            self.import_job.cancel()
        self.import_dialog = None
        file_name = Path(path).name
        job = self.import_job = Job(lambda cancel: read_data_csv(path, cancel), self, name="import-csv")
        job.succeeded.connect(lambda columns: self._show_import(file_name, columns))
        job.failed.connect(lambda error: self._import_failed(file_name, error))
        return job.start()

    def _import_failed(self, file_name: str, err: BaseException) -> None:
        if isinstance(err, (OSError, ValueError)):
            text = getattr(err, "strerror", None) or str(err)
        else:
            text = f"{type(err).__name__}: {err}"
        self.message.setText(self.tr("Could not import {file}: {error}").format(
            file=file_name, error=sentence(" ".join(str(text).split())[:300], capital=False)))

    def _show_import(self, file_name: str, columns: dict[str, np.ndarray]) -> None:
        dialog = self.import_dialog = CsvImportDialog(file_name, columns, self._names, self)
        dialog.accepted.connect(lambda: self._assign_columns(dialog.assignment(), columns, file_name))
        dialog.open()

    # --- filling the table ----------------------------------------------------------------------

    def _fill(self) -> None:
        self._filling = True
        mono = monospace(self.table.font().pointSizeF())
        bold = QFont(mono)
        bold.setBold(True)
        self.table.setRowCount(len(self._names))
        for row, name in enumerate(self._names):
            entry = self._entries[name]
            name_item = QTableWidgetItem(name)
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name_item.setFont(bold)
            self.table.setItem(row, NAME, name_item)
            self._kind_box(row).setCurrentIndex(0 if entry.kind == PARAMETER else 1)

            value = QTableWidgetItem(entry.text)
            value.setFont(mono)
            self.table.setItem(row, VALUE, value)

            trained = QTableWidgetItem()
            if entry.kind == PARAMETER:
                trained.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                trained.setCheckState(Qt.CheckState.Checked if entry.trained
                                      else Qt.CheckState.Unchecked)
                trained.setToolTip(self.tr("Unchecked: the parameter keeps its start value."))
            else:
                trained.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, TRAINED, trained)
            self._show_validity(row, name, entry)
        self.table.resizeRowsToContents()
        self._filling = False

    def _kind_box(self, row: int) -> QComboBox:
        """The row's parameter/data chooser, made once per row and reused (no stale widgets)."""
        box = self.table.cellWidget(row, KIND)
        if box is None:
            box = QComboBox()
            box.addItem(self.tr("parameter"), PARAMETER)
            box.addItem(self.tr("data"), DATA)
            box.setToolTip(self.tr("A parameter is trained from its start value; data is given."))
            box.currentIndexChanged.connect(lambda _=0, r=row: self._on_kind_changed(r))
            self.table.setCellWidget(row, KIND, box)
        return box

    def _show_validity(self, row: int, name: str, entry: _Entry) -> None:
        name_item, value = self.table.item(row, NAME), self.table.item(row, VALUE)
        if entry.error:
            value.setBackground(INVALID_BACKGROUND)
            value.setToolTip(sentence(entry.error))
            name_item.setText(f"{name} ✘")
            name_item.setForeground(QColor("#c0392b"))
            name_item.setToolTip(sentence(entry.error))
        else:
            value.setBackground(QColor(0, 0, 0, 0))
            value.setToolTip(entry.text if len(entry.text) <= 200 else "")
            shape = "" if entry.array.ndim == 0 else _shape_text(entry.array)
            name_item.setText(f"{name} [{shape}]" if shape else name)
            name_item.setForeground(self.palette().text())
            name_item.setToolTip(self.tr("scalar") if not shape else
                                 self.tr("array of shape {shape}").format(shape=shape))

    # --- reacting to the user -------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        name = self._names[item.row()]
        entry = self._entries[name]
        if item.column() == VALUE:
            entry.text = item.text()
            entry.parse()
            if entry.array is not None and "\n" in entry.text and entry.array.ndim == 1:
                entry.text = _array_text(entry.array) or entry.text
                self._filling = True
                item.setText(entry.text)
                self._filling = False
            self._filling = True
            self._show_validity(item.row(), name, entry)
            self._filling = False
        elif item.column() == TRAINED:
            entry.trained = item.checkState() == Qt.CheckState.Checked
        else:
            return
        self._emit_changed()

    def _on_kind_changed(self, row: int) -> None:
        if self._filling:
            return
        self._entries[self._names[row]].kind = self.table.cellWidget(row, KIND).currentData()
        self._fill()
        self._emit_changed()

    def _paste(self) -> None:
        """Ctrl+V on a value cell replaces it with the clipboard (a pasted column works)."""
        item = self.table.currentItem()
        if item is None or item.column() != VALUE:
            return
        item.setText(QGuiApplication.clipboard().text().strip())

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import data from CSV"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_csv(path)

    def _assign_columns(self, assignment: Mapping[str, str], columns: Mapping[str, np.ndarray],
                        file_name: str) -> None:
        for name, column in assignment.items():
            entry = self._entries.setdefault(name, _Entry())
            entry.kind = DATA
            self._set_entry_value(entry, columns[column],
                                  summary=self.tr("(column {column} of {file}, {n} values)")
                                  .format(column=column, file=file_name, n=len(columns[column])))
        self._fill()
        self._emit_changed()

    def _set_entry_value(self, entry: _Entry, value: object, summary: str | None = None) -> None:
        if isinstance(value, str):
            entry.text = value
            entry.parse()
            return
        array = np.asarray(value, dtype=np.float64)
        text = _array_text(array)
        entry.text = text if text is not None else (
            summary or self.tr("({shape} array)").format(shape=_shape_text(array)))
        entry.array, entry.error = array, None

    def _emit_changed(self) -> None:
        self._update_message()
        parameters = [n for n in self._names if self._entries[n].kind == PARAMETER]
        data = [n for n in self._names if self._entries[n].kind == DATA]
        self.rolesChanged.emit(parameters, data)
        self.changed.emit()

    def _update_message(self) -> None:
        self.message.setText(self.problem() or "")


class CsvImportDialog(QDialog):
    """Preview of a data CSV and which column becomes which name."""

    def __init__(self, file_name: str, columns: Mapping[str, np.ndarray], names: Iterable[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.setModal(True)
        column_names = list(columns)
        rows = len(next(iter(columns.values())))
        model = QStandardItemModel(min(rows, PREVIEW_ROWS), len(column_names), self)
        model.setHorizontalHeaderLabels(column_names)
        for j, column in enumerate(column_names):
            for i, value in enumerate(columns[column][:PREVIEW_ROWS]):
                item = QStandardItem(f"{value:.6g}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                model.setItem(i, j, item)
        self.preview = QTableView()
        self.preview.setModel(model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.choices: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name in names:
            box = QComboBox()
            box.addItem(self.tr("(keep as it is)"), None)
            for column in column_names:
                box.addItem(self.tr("column {column}").format(column=column), column)
            if name in columns:
                box.setCurrentIndex(column_names.index(name) + 1)
            self.choices[name] = box
            form.addRow(name, box)
        if not self.choices:
            form.addRow(QLabel(self.tr("The expression has no names yet: type it first.")))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("{rows} rows.").format(rows=rows) if rows <= PREVIEW_ROWS
            else self.tr("{rows} rows; the first {shown} are shown.").format(rows=rows,
                                                                             shown=PREVIEW_ROWS)))
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("Which column becomes which name?")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def assignment(self) -> dict[str, str]:
        """{name: column} for every name given a column."""
        return {name: box.currentData() for name, box in self.choices.items()
                if box.currentData() is not None}
