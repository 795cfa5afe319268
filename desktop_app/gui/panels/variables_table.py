"""The parameter / data table: a view of the lesson model's variables that edits through it.

``VariablesTable(parent=None)``

Each variable of the model gets a row: Name (with the shape of a tensor, ``x [4×4]``) | Kind
(parameter or data) | Value | Trained; narrow enough for the window's side panel. A parameter's
value is its start value, a data name's value its array; both are typed the way
``core.values.parse_value`` reads them (``4``, ``ones(4,4)``, ``[[1,2],[3,4]]``, ``1,2,3``, one
number per line when pasted). Data can also be imported from a CSV file with a preview dialog.
A name without a value yet shows an empty, marked cell; invalid cells turn red with a tooltip
saying why.

Why it holds nothing of its own: the table shows ``show_variables(model.variables)`` and every
user edit leaves as ``edited(change, text)``, a function LessonModel -> LessonModel and the undo
text, for the lesson adapter to apply. Names that leave the loss are the model's business.

Signals
    ``edited(object, str)``         an edit of values, kinds or trained boxes (or a CSV import).
Methods
    ``show_variables(variables)``   the model's variables, in order.
    ``set_values(init, data, trained=None)``  edit several at once (scripts, tests): typed
                                    text or arrays; ``trained`` None = all parameters.
    ``values() -> (init, data, trained)``  dicts of float64 arrays and the set of trained
                                    parameter names shown; ValueError while a value is missing or invalid.
    ``names()``, ``import_csv(path) -> Job`` (read a CSV in the background (gui.jobs); on success
                                    open the preview dialog ``import_dialog`` whose acceptance
                                    assigns the columns, on failure write the error under the table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from desktop_app.core.lesson_model import DATA, PARAMETER, LessonModel, Variable, parse_cached, value_text
from desktop_app.gui.jobs import Job
from desktop_app.gui.panels.fonts import monospace
from desktop_app.gui.panels.formatting import sentence
from desktop_app.gui.value_slider import StartSliders, start_span

NAME, KIND, VALUE, TRAINED = range(4)
#: Longest value text written back into a cell; larger arrays show a summary instead.
MAX_SHOWN_CHARS = 2000
PREVIEW_ROWS = 20
INVALID_BACKGROUND = QColor("#f8c9c4")


def _shape_text(array: np.ndarray) -> str:
    return "scalar" if array.ndim == 0 else "×".join(str(n) for n in array.shape)


def _shown_text(array: np.ndarray) -> str | None:
    """Text of an array short enough to write back into a cell, else None (without writing out
    an array that cannot fit: each number takes a character and a separator two more; a
    500,000-value column's text took the GUI thread 1.2 s)."""
    if 3 * np.size(array) - 2 > MAX_SHOWN_CHARS:
        return None
    text = value_text(array)
    return text if len(text) <= MAX_SHOWN_CHARS else None


Change = Callable[[LessonModel], LessonModel]


def _tr(text: str) -> str:
    """The table's words in the language installed now (undo texts are worded when shown)."""
    return QCoreApplication.translate("VariablesTable", text)


class VariablesTable(QWidget):
    """Start values of parameters and arrays of data, one row per variable of the model."""

    edited = Signal(object, object)  # a function LessonModel -> LessonModel, its undo text's Wording
    dragged = Signal(object, object)  # the same, from a start slider: a drag's moves make one undo step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._variables: tuple[Variable, ...] = ()
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

        self.starts = StartSliders()
        self.starts.dragged.connect(self._on_start_dragged)
        self.starts.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.starts)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_font_point_size(14)

    # --- public API -----------------------------------------------------------------------------

    def show_starts(self, variables: Iterable[Variable], spans: Mapping[str, tuple[float, float]]) -> None:
        """A slider for each trained scalar parameter's start, over `spans` (the picture's)."""
        starts = []
        for v in variables:
            value = v.value
            if v.kind == PARAMETER and v.trained and value is not None and value.ndim == 0 and np.isfinite(value):
                starts.append((v.name, float(value), start_span(float(value), spans.get(v.name))))
        self.starts.show_starts(starts)

    def _on_start_dragged(self, name: str, value: float) -> None:
        text = f"{value:.4g}"
        self.dragged.emit(lambda m: m.with_value(name, text),
                          lambda: _tr("Drag the start of {name}").format(name=name))

    def show_variables(self, variables: Iterable[Variable]) -> None:
        """Show the model's variables (only what changed is redrawn when the rows stay)."""
        variables = tuple(variables)
        if variables == self._variables:
            return
        self._variables = variables
        self._fill()

    def set_values(self, init: Mapping[str, object], data: Mapping[str, object],
                   trained: Iterable[str] | None = None) -> None:
        """Edit start values and data (typed text or arrays); ``trained`` None trains all."""
        trained_set = set(init) if trained is None else set(trained)

        def change(model: LessonModel) -> LessonModel:
            for kind, values in ((PARAMETER, init), (DATA, data)):
                for name, value in values.items():
                    if model.variable(name) is None:
                        continue
                    model = model.with_kind(name, kind).with_trained(name, name in trained_set)
                    model = (model.with_value(name, value) if isinstance(value, str)
                             else model.with_array(name, value))
            return model

        self.edited.emit(change, lambda: _tr("Set values"))

    def values(self) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], set[str]]:
        """(init, data, trained) shown; ValueError while a value is missing or invalid."""
        init, data, trained = {}, {}, set()
        for v in self._variables:
            if v.value is None:
                raise ValueError(v.error or f"`{v.name}` has no value yet")
            (init if v.kind == PARAMETER else data)[v.name] = np.array(v.value)
            if v.is_trained:
                trained.add(v.name)
        return init, data, trained

    def names(self) -> list[str]:
        return [v.name for v in self._variables]

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
        dialog = self.import_dialog = CsvImportDialog(file_name, columns, self.names(), self)
        dialog.accepted.connect(lambda: self._assign_columns(dialog.assignment(), columns, file_name))
        dialog.open()

    # --- filling the table ----------------------------------------------------------------------

    def _fill(self) -> None:
        self._filling = True
        mono = monospace(self.table.font().pointSizeF())
        bold = QFont(mono)
        bold.setBold(True)
        self.table.setRowCount(len(self._variables))
        for row, entry in enumerate(self._variables):
            name_item = QTableWidgetItem(entry.name)
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name_item.setFont(bold)
            self.table.setItem(row, NAME, name_item)
            box = self._kind_box(row)
            box.blockSignals(True)
            box.setCurrentIndex(0 if entry.kind == PARAMETER else 1)
            box.blockSignals(False)

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
            self._show_validity(row, entry)
        self.table.resizeRowsToContents()
        self._filling = False
        self._update_message()

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

    def _show_validity(self, row: int, entry: Variable) -> None:
        name, name_item, value = entry.name, self.table.item(row, NAME), self.table.item(row, VALUE)
        if entry.error or entry.missing:
            why = sentence(entry.error) if entry.error else self.tr("Type a value for {name}.").format(name=name)
            value.setBackground(INVALID_BACKGROUND)
            value.setToolTip(why)
            name_item.setText(f"{name} ✘" if entry.error else f"{name} ?")
            name_item.setForeground(QColor("#c0392b"))
            name_item.setToolTip(why)
        else:
            value.setBackground(QColor(0, 0, 0, 0))
            value.setToolTip(entry.text if len(entry.text) <= 200 else "")
            shape = "" if entry.value.ndim == 0 else _shape_text(entry.value)
            name_item.setText(f"{name} [{shape}]" if shape else name)
            name_item.setForeground(self.palette().text())
            name_item.setToolTip(self.tr("scalar") if not shape else
                                 self.tr("array of shape {shape}").format(shape=shape))

    def _update_message(self) -> None:
        bad = next((v for v in self._variables if v.error), None)
        self.message.setText("" if bad is None else self.tr("{name}: {error}").format(
            name=bad.name, error=sentence(bad.error)))

    # --- reacting to the user -------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.row() >= len(self._variables):
            return
        name = self._variables[item.row()].name
        if item.column() == VALUE:
            text = item.text()
            if "\n" in text:  # a pasted column: one number per line, written back as 1, 2, 3
                parsed = parse_cached(text)
                if not isinstance(parsed, ValueError) and parsed.array.ndim == 1:
                    array = parsed.array
                    text = _shown_text(array) or text
            self.edited.emit(lambda m: m.with_value(name, text),
                             lambda: _tr("Edit the value of {name}").format(name=name))
        elif item.column() == TRAINED:
            on = item.checkState() == Qt.CheckState.Checked
            self.edited.emit(lambda m: m.with_trained(name, on),
                             lambda: (_tr("Train {name}") if on else _tr("Keep {name} fixed")).format(name=name))

    def _on_kind_changed(self, row: int) -> None:
        if self._filling or row >= len(self._variables):
            return
        name = self._variables[row].name
        kind = self.table.cellWidget(row, KIND).currentData()
        self.edited.emit(lambda m: m.with_kind(name, kind),
                         lambda: (_tr("Make {name} a parameter") if kind == PARAMETER else
                                  _tr("Make {name} data")).format(name=name))

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
        def described(column: str) -> str | None:
            array = np.asarray(columns[column], dtype=np.float64)
            return None if _shown_text(array) is not None else self.tr(
                "(column {column} of {file}, {n} values)").format(column=column, file=file_name,
                                                                 n=len(array))

        def change(model: LessonModel) -> LessonModel:
            for name, column in assignment.items():
                if model.variable(name) is not None:
                    model = model.with_array(name, columns[column], described(column), kind=DATA)
            return model

        self.edited.emit(change, lambda: _tr("Import {file}").format(file=file_name))


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
