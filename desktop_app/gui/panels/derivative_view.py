"""The derivative at the current point, three ways, and the update written out with numbers.

For each parameter: the autograd gradient, a numeric estimate (central or forward difference,
step h chosen by the user) with its absolute and relative error, the symbolic derivative
(sympy's unicode pretty printer), and the update as the lessons write it:
``β_new = β_old − α·grad = -10 − 0.001667·(-6) = -9.99``. For losses over several samples
(L5's ``mean((W*x + b - Y)**2)``) a table takes the gradient apart sample by sample.

Everything is computed by core functions (``derivatives``, ``symbolic``, ``breakdown``, a
one-step ``runs`` run for the update); nothing is imported from torch until the first point.
The numbers appear at once; the symbolic derivative (sympy, which cannot be interrupted) is
worked out in a background thread and filled in when ready, so the window never freezes.

``DerivativeView(parent=None)``

Slots / methods
    ``show_point(expression, init, data, dtype="float32", lr=None, optimizer="gd",
                 hyper=None, trained=None)``   evaluate at ``init`` (arrays by name) and show.
    ``set_point(spec, point)``   a ``RunSpec`` (or its dict) and a record's parameter columns
                                 ({"w": 9.94, "x[0,1]": ...}): show that step of that run.
    ``set_preset(preset)``       take the preset's numeric method and h (lesson L2 uses them).
    ``set_numeric(method, h)``   "central" | "forward" and the step h; recomputes.
    ``clear()``
``report`` holds the last ``DerivativeReport`` (what is on screen, as numbers).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QDoubleValidator, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QLineEdit, QScrollArea,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_app.gui.panels.fonts import scaled
from desktop_app.gui.panels.formatting import (
    display_name, fmt, plain_step, rate_symbol, step_line, tensor_text, update_line,
)
from desktop_app.gui.panels.run_point import params_at, spec_fields

#: Rows of the gradient table per tensor parameter; the rest is summarised.
MAX_ROWS_PER_PARAMETER = 16
#: Per-sample breakdowns are computed (one gradient per sample) up to this many samples.
MAX_BREAKDOWN_SAMPLES = 50
#: Formulas wrap at this many characters and show numbers with this many digits.
SYMBOLIC_COLUMNS = 100
SYMBOLIC_DIGITS = 6
NBSP = "\u00a0"
GUARDED = (ValueError, RuntimeError, ArithmeticError, TypeError, OverflowError)


@dataclass
class GradientRow:
    column: str                      # "w" or "x[0,1]"
    autograd: float
    numeric: float | None = None
    abs_error: float | None = None
    rel_error: float | None = None


@dataclass
class UpdateRow:
    column: str
    old: float
    grad: float
    new: float


@dataclass
class DerivativeReport:
    """Everything the view shows, as numbers and texts (tests read it too)."""

    loss: float | None = None
    summed: bool = False
    rows: list[GradientRow] = field(default_factory=list)
    hidden_rows: int = 0
    numeric_note: str = ""
    symbolic: list[tuple[str, str, float | None]] = field(default_factory=list)  # col, pretty, value
    symbolic_note: str = ""
    symbolic_pending: bool = False
    lr: float | None = None
    optimizer: str = "gd"
    plain: bool = True
    updates: list[UpdateRow] = field(default_factory=list)
    update_note: str = ""
    breakdown: Any = None            # core.breakdown.SampleBreakdown
    data: dict[str, np.ndarray] = field(default_factory=dict)
    error: str = ""


def _columns(name: str, shape: tuple[int, ...]) -> list[str]:
    from desktop_app.core.runs import element_columns

    return element_columns(name, shape)


def compute_report(expression: str, init: Mapping[str, ArrayLike],
                   data: Mapping[str, ArrayLike], dtype: str = "float32",
                   optimizer: str = "gd", hyper: Mapping[str, float] | None = None,
                   trained: Collection[str] | None = None, method: str = "central",
                   h: float = 1e-3) -> DerivativeReport:
    """Ask the core for every number the view shows; each part fails on its own, in words."""
    from desktop_app.core import derivatives, expression as expr_module

    report = DerivativeReport(optimizer=optimizer)
    params = {n: np.asarray(v, dtype=np.float64) for n, v in init.items()}
    arrays = {n: np.asarray(v, dtype=np.float64) for n, v in data.items()}
    report.data = arrays
    try:
        program = expr_module.parse_program(expression)
        result = derivatives.gradient(program, params, arrays, dtype=dtype)
    except GUARDED as err:
        report.error = str(err)
        return report
    report.summed = result.summed
    report.loss = float(np.sum(result.value))
    try:
        checks = derivatives.compare_gradients(program, params, arrays, method=method, h=h,
                                               dtype=dtype)
    except GUARDED as err:
        checks, report.numeric_note = {}, str(err)
    for name, grad in result.grads.items():
        columns = _columns(name, grad.shape)
        check = checks.get(name)
        for k, (index, column) in enumerate(zip(np.ndindex(grad.shape), columns)):
            if k >= MAX_ROWS_PER_PARAMETER:
                report.hidden_rows += len(columns) - k
                break
            row = GradientRow(column, float(grad[index]))
            if check is not None:
                row.numeric = float(check.numeric[index])
                row.abs_error = float(check.abs_error[index])
                row.rel_error = float(check.rel_error[index])
            report.rows.append(row)
    _update(report, expression, params, arrays, dtype, optimizer, hyper or {}, trained)
    _breakdown(report, expression, params, arrays, dtype)
    return report


SymbolicRows = list[tuple[str, str, float | None]]  # (column, pretty formula, value here)


def compute_symbolic(expression: str, init: Mapping[str, ArrayLike],
                     data: Mapping[str, ArrayLike]) -> tuple[SymbolicRows, str]:
    """([(column, pretty formula, value here)], why some are missing) from core.symbolic.

    Sympy can be slow and cannot be interrupted, so the view calls this off the GUI thread.
    """
    from desktop_app.core.symbolic import symbolic_derivatives
    import sympy

    try:
        found = symbolic_derivatives(expression, init, data)
    except GUARDED as err:
        return [], str(err)
    shown, reasons = [], []
    for item in found:
        if item.available:
            formula = item.expression
            if formula.has(sympy.Float):  # data substituted: 6 digits are enough to read it
                formula = formula.evalf(SYMBOLIC_DIGITS)
            pretty = sympy.pretty(formula, use_unicode=True, num_columns=SYMBOLIC_COLUMNS)
            shown.append((item.parameter, pretty, item.value))
        elif item.reason not in reasons:
            reasons.append(item.reason)
    return shown, "; ".join(reasons)


def _update(report: DerivativeReport, expression, params, arrays, dtype, optimizer, hyper,
            trained) -> None:
    from desktop_app.core.runs import RunSpec, run_to_end

    spec = RunSpec(expression, init=params, data=arrays, optimizer=optimizer, hyper=dict(hyper),
                   steps=1, trained=trained, dtype=dtype)
    try:
        result, records = run_to_end(spec)
    except GUARDED as err:
        report.update_note = str(err)
        return
    if not len(records):
        report.update_note = result.reason
        return
    record = records[0]
    report.lr = float(record["lr"])
    for name, start in params.items():
        if trained is not None and name not in trained:
            continue
        new = np.asarray(result.final[name], dtype=np.float64).reshape(start.shape)
        for k, (index, column) in enumerate(zip(np.ndindex(start.shape),
                                                _columns(name, start.shape))):
            if k >= MAX_ROWS_PER_PARAMETER:
                break
            report.updates.append(UpdateRow(column, float(record[column]),
                                            float(record[f"grad_{column}"]), float(new[index])))
    report.plain = all(plain_step(u.old, u.grad, report.lr, u.new) for u in report.updates)


def _breakdown(report: DerivativeReport, expression, params, arrays, dtype) -> None:
    samples = max((a.shape[0] for a in arrays.values() if a.ndim >= 1), default=0)
    if not 2 <= samples <= MAX_BREAKDOWN_SAMPLES:
        return
    from desktop_app.core.breakdown import per_sample_gradients

    try:
        breakdown = per_sample_gradients(expression, params, arrays, dtype=dtype)
    except GUARDED:
        return  # a loss that does not split into samples simply has no breakdown
    if breakdown.combine in ("mean", "sum"):
        report.breakdown = breakdown


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return table


def _fit_size(table: QTableWidget) -> None:
    """Tables inside the scroll area show all their cells instead of scrolling on their own."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    frame = 2 * table.frameWidth() + 2
    table.setFixedHeight(frame + table.horizontalHeader().height()
                         + sum(table.rowHeight(r) for r in range(table.rowCount())))
    table.setFixedWidth(frame + sum(table.columnWidth(c) for c in range(table.columnCount())))


def _item(text: str, align_right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class _SymbolicRelay(QObject):
    """Carries a background symbolic result into the GUI thread (a queued signal)."""

    done = Signal(int, object, str)  # generation, [(column, pretty, value)], note


class DerivativeView(QWidget):
    """Autograd, numeric and symbolic derivatives and the written-out update at one point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: DerivativeReport | None = None
        self._last: dict[str, Any] | None = None
        self._generation = 0
        self._symbolic_key: tuple | None = None
        self._symbolic_result: tuple[list, str] | None = None
        self._relay = _SymbolicRelay(self)
        self._relay.done.connect(self._on_symbolic)
        self.header = QLabel(self.tr("Evaluate or step the loss to see its derivative here."))
        self.header.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")

        self.method = QComboBox()
        self.method.addItem(self.tr("central difference"), "central")
        self.method.addItem(self.tr("forward difference"), "forward")
        self.method.setToolTip(self.tr("central: (f(θ+h) − f(θ−h)) / 2h; "
                                       "forward: (f(θ+h) − f(θ)) / h"))
        self.h_edit = QLineEdit("0.001")
        validator = QDoubleValidator(1e-12, 1e3, 12, self.h_edit)
        validator.setNotation(QDoubleValidator.Notation.ScientificNotation)
        self.h_edit.setValidator(validator)
        self.h_edit.setToolTip(self.tr("The finite-difference step. Too large: truncation error; "
                                       "too small: rounding error (try 1e-5 in float32)."))
        self.method.currentIndexChanged.connect(self._recompute)
        self.h_edit.editingFinished.connect(self._recompute)
        # Two rows, so the controls fit the narrow side dock even at presentation size.
        numeric = QGridLayout()
        self._numeric_widgets = (QLabel(self.tr("Numeric estimate:")), self.method,
                                 QLabel(self.tr("h =")), self.h_edit)
        for index, widget in enumerate(self._numeric_widgets):
            numeric.addWidget(widget, index // 2, index % 2)
        numeric.setColumnStretch(2, 1)

        self.gradients = _table([self.tr("Parameter"), self.tr("Autograd"), self.tr("Numeric"),
                                 self.tr("|error|"), self.tr("Rel. error")])
        self.gradients_note = QLabel()
        self.gradients_note.setWordWrap(True)
        self.symbolic = QLabel()
        self.symbolic.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.symbolic_note = QLabel()
        self.symbolic_note.setWordWrap(True)
        self.symbolic_note.setStyleSheet("color: #666;")
        self.update_label = QLabel()
        self.update_label.setWordWrap(True)  # a long update line breaks in a narrow dock
        self.update_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.update_note = QLabel()
        self.update_note.setWordWrap(True)
        self.update_note.setStyleSheet("color: #666;")
        self.breakdown_title = QLabel()
        self.breakdown_title.setWordWrap(True)
        self.breakdown = _table([])

        self.titles = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        for key, title, widgets in (
            ("gradient", self.tr("Gradient: autograd vs. numeric estimate"),
             (self.gradients, self.gradients_note)),
            ("numeric", None, (numeric,)),
            ("symbolic", self.tr("Symbolic derivative"), (self.symbolic, self.symbolic_note)),
            ("update", self.tr("The update step"), (self.update_label, self.update_note)),
            ("breakdown", None, (self.breakdown_title, self.breakdown)),
        ):
            if title:
                label = self.titles[key] = QLabel(title)
                layout.addWidget(label)
            for widget in widgets:
                if isinstance(widget, QGridLayout):
                    layout.addLayout(widget)
                else:
                    layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._apply_fonts()
        self.clear()

    def _apply_fonts(self) -> None:
        """Numbers large enough for the back row, relative to the window's (presentation) font."""
        base = self.font()
        body, heading = scaled(base, 1.45), scaled(base, 1.45, bold=True)
        for widget in (*self._numeric_widgets, self.gradients_note, self.symbolic_note,
                       self.update_note, self.message):
            widget.setFont(body)
        for label in (*self.titles.values(), self.breakdown_title):
            label.setFont(heading)
        for widget, factor in ((self.header, 2.0), (self.update_label, 2.0),
                               (self.symbolic, 1.8), (self.gradients, 1.4),
                               (self.breakdown, 1.4)):
            widget.setFont(scaled(base, factor, mono=True))
        self.h_edit.setMaximumWidth(self.h_edit.fontMetrics().horizontalAdvance("0.0000001") * 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
            if self.report is not None:
                self._draw(self.report)

    # --- public API -----------------------------------------------------------------------------

    @Slot()
    def clear(self) -> None:
        self.report, self._last = None, None
        self.header.setText(self.tr("Evaluate or step the loss to see its derivative here."))
        self._show_sections(False)

    def show_point(self, expression: str, init: Mapping[str, ArrayLike],
                   data: Mapping[str, ArrayLike], dtype: str = "float32",
                   lr: float | None = None, optimizer: str = "gd",
                   hyper: Mapping[str, float] | None = None,
                   trained: Collection[str] | None = None) -> None:
        """Evaluate the loss at ``init`` and show every view of its derivative there."""
        hyper = dict(hyper or {})
        if lr is not None:
            hyper["lr"] = lr
        self._last = dict(expression=expression, init=dict(init), data=dict(data), dtype=dtype,
                          optimizer=optimizer, hyper=hyper,
                          trained=None if trained is None else set(trained))
        self._recompute()

    def set_point(self, spec: Any, point: Mapping[str, float]) -> None:
        """Show the derivative at a recorded step of a run (its ``RunSpec`` or dict of fields)."""
        f = spec_fields(spec)
        self.show_point(f["expression"], params_at(f["init"], point), f.get("data") or {},
                        f.get("dtype", "float32"), optimizer=f.get("optimizer", "gd"),
                        hyper=f.get("hyper"), trained=f.get("trained"))

    def set_preset(self, preset) -> None:
        """Use the lesson's numeric method and step h where it names them."""
        if preset.numeric is not None:
            method, h = preset.numeric
            self.set_numeric(method, h)

    def set_numeric(self, method: str, h: float) -> None:
        self.method.blockSignals(True)
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self.method.blockSignals(False)
        self.h_edit.setText(f"{h:g}")
        self._recompute()

    # --- drawing --------------------------------------------------------------------------------

    def _recompute(self) -> None:
        if self._last is None:
            return
        try:
            h = float(self.h_edit.text())
        except ValueError:
            h = 1e-3
        self.report = compute_report(**self._last, method=self.method.currentData(), h=h)
        if not self.report.error:
            self._symbolic_for(self.report)
        self._draw(self.report)

    def _symbolic_for(self, report: DerivativeReport) -> None:
        """Fill in a known symbolic result, or start working it out in the background."""
        last = self._last
        key = (last["expression"],
               *((n, a.shape, a.tobytes()) for n, a in sorted(last["init"].items())
                 for a in [np.asarray(a, dtype=np.float64)]),
               *((n, a.shape, a.tobytes()) for n, a in sorted(last["data"].items())
                 for a in [np.asarray(a, dtype=np.float64)]))
        if key == self._symbolic_key:
            if self._symbolic_result is None:
                report.symbolic_pending = True
            else:
                report.symbolic, report.symbolic_note = self._symbolic_result
            return
        self._symbolic_key, self._symbolic_result = key, None
        self._generation += 1
        report.symbolic_pending = True
        generation, relay = self._generation, self._relay
        args = (last["expression"], dict(last["init"]), dict(last["data"]))

        def work() -> None:
            try:
                shown, note = compute_symbolic(*args)
            except Exception as err:  # noqa: BLE001 - sympy internals; the thread must report
                shown, note = [], str(err)
            try:
                relay.done.emit(generation, shown, note)
            except RuntimeError:  # the view was closed meanwhile
                pass

        threading.Thread(target=work, name="symbolic-derivative", daemon=True).start()

    def _on_symbolic(self, generation: int, shown: list, note: str) -> None:
        if generation != self._generation:
            return  # a newer point was asked for meanwhile
        self._symbolic_result = (shown, note)
        if self.report is not None and self.report.symbolic_pending:
            self.report.symbolic, self.report.symbolic_note = shown, note
            self.report.symbolic_pending = False
            self._draw_symbolic(self.report)

    def _show_sections(self, visible: bool) -> None:
        for widget in (self.gradients, self.gradients_note, self.symbolic, self.symbolic_note,
                       self.update_label, self.update_note, *self.titles.values()):
            widget.setVisible(visible)
        self.breakdown_title.setVisible(False)
        self.breakdown.setVisible(False)
        self.message.setVisible(False)

    def _draw(self, report: DerivativeReport) -> None:
        if report.error:
            self._show_sections(False)
            self.header.setText(self.tr("Cannot evaluate the loss here."))
            self.message.setText(report.error)
            self.message.setVisible(True)
            return
        self._show_sections(True)
        point = ", ".join(f"{display_name(n)} = {tensor_text(v, v.shape)}"
                          for n, v in self._last["init"].items()
                          for v in [np.asarray(v, dtype=np.float64)])
        loss = self.tr("sum of the loss") if report.summed else self.tr("loss")
        self.header.setText(self.tr("At {point}:  {loss} = {value}").format(
            point=point, loss=loss, value=fmt(report.loss)))
        self._draw_gradients(report)
        self._draw_symbolic(report)
        self._draw_update(report)
        self._draw_breakdown(report)

    def _draw_gradients(self, report: DerivativeReport) -> None:
        table = self.gradients
        table.setRowCount(len(report.rows))
        for r, row in enumerate(report.rows):
            cells = [f"∂L/∂{display_name(row.column)}", fmt(row.autograd, 7)]
            cells += (["—"] * 3 if row.numeric is None else
                      [fmt(row.numeric, 7), fmt(row.abs_error, 3), fmt(row.rel_error, 3)])
            for c, text in enumerate(cells):
                table.setItem(r, c, _item(text, align_right=c > 0))
        _fit_size(table)
        notes = []
        if report.hidden_rows:
            notes.append(self.tr("{n} more elements are not listed.").format(n=report.hidden_rows))
        if report.numeric_note:
            notes.append(self.tr("No numeric estimate: {why}").format(why=report.numeric_note))
        if report.summed:
            notes.append(self.tr("The loss is not a scalar: its sum is differentiated, "
                                 "as TensorFlow's tape.gradient does."))
        self.gradients_note.setText(" ".join(notes))
        self.gradients_note.setVisible(bool(notes))

    def _draw_symbolic(self, report: DerivativeReport) -> None:
        blocks = []
        for column, pretty, value in report.symbolic:
            lhs = f"∂L/∂{display_name(column)} = "
            lines = pretty.split("\n")
            middle = len(lines) // 2
            shown = [(lhs if i == middle else " " * len(lhs)) + line for i, line in
                     enumerate(lines)]
            if value is not None:
                shown[middle] += self.tr("   = {value} here").format(value=fmt(value, 7))
            blocks.append("\n".join(shown))
        multi_line = any("\n" in block for block in blocks)
        self.symbolic.setText(("\n\n" if multi_line else "\n").join(blocks))
        self.symbolic.setVisible(bool(blocks))
        note = (self.tr("Working it out…") if report.symbolic_pending else
                self.tr("Not shown: {why}").format(why=report.symbolic_note)
                if report.symbolic_note else "")
        self.symbolic_note.setText(note)
        self.symbolic_note.setVisible(bool(note))

    def _draw_update(self, report: DerivativeReport) -> None:
        if not report.updates:
            self.update_label.setText("")
            self.update_note.setText(self.tr("No update: {why}").format(
                why=report.update_note or self.tr("no parameter is trained")))
            return
        rate = rate_symbol(self._last["init"])
        if report.plain:
            lines = [update_line(u.column, u.old, report.lr, u.grad, u.new, rate)
                     for u in report.updates]
            note = self.tr("{rate} = {lr}: the learning rate.").format(rate=rate,
                                                                       lr=fmt(report.lr, 7))
        else:
            lines = [step_line(u.column, u.old, u.new) for u in report.updates]
            note = self.tr("{optimizer} does not step by {rate}·grad: this is its first step from "
                           "here with a fresh state (lr = {lr}).").format(
                optimizer=report.optimizer, rate=rate, lr=fmt(report.lr, 7))
        # Break a long line only before its numbers ("= -10 − 0.001667·(-6) = -9.99"), as one
        # writes a derivation: every other space is a non-breaking one.
        lines = [line.replace(" ", NBSP).replace(f"grad{NBSP}=", "grad =")
                 for line in lines]
        self.update_label.setText("\n".join(lines))
        self.update_note.setText(note)

    def _draw_breakdown(self, report: DerivativeReport) -> None:
        b = report.breakdown
        if b is None:
            return
        names = list(b.per_sample)
        headers = [self.tr("sample i")] + [f"{display_name(n)}_i" for n in b.sample_data]
        headers += [self.tr("loss_i")] + [f"∂L/∂{display_name(n)}" for n in names]
        table = self.breakdown
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(b.samples + 2)
        for i in range(b.samples):
            cells = [str(i + 1)]
            cells += [tensor_text(report.data[n][i], report.data[n][i].shape)
                      for n in b.sample_data]
            cells += [fmt(b.losses[i], 7)]
            cells += [tensor_text(b.per_sample[n][i], b.per_sample[n][i].shape, 7)
                      for n in names]
            for c, text in enumerate(cells):
                table.setItem(i, c, _item(text))
        combined = b.mean if b.combine == "mean" else b.total
        summary = [(self.tr("mean") if b.combine == "mean" else self.tr("sum"), combined),
                   (self.tr("autograd"), b.full)]
        bold = QFont(table.font())
        bold.setBold(True)
        for k, (label, grads) in enumerate(summary):
            row = b.samples + k
            table.setItem(row, 0, _item(label, align_right=False))
            for c, n in enumerate(names):
                item = _item(tensor_text(grads[n], grads[n].shape, 7))
                table.setItem(row, len(headers) - len(names) + c, item)
            for c in range(len(headers)):
                if table.item(row, c) is None:
                    table.setItem(row, c, _item(""))
                table.item(row, c).setFont(bold)
        _fit_size(table)
        self.breakdown_title.setText(
            self.tr("Sample by sample: the gradient of the mean is the mean of the per-sample "
                    "gradients") if b.combine == "mean" else
            self.tr("Sample by sample: the gradient of the sum is the sum of the per-sample "
                    "gradients"))
        self.breakdown_title.setVisible(True)
        table.setVisible(True)
