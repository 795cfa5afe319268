"""The derivative at the current point, three ways, and the update written out with numbers.

For each parameter: the autograd gradient, a numeric estimate (central or forward difference,
step h chosen by the user) with its absolute and relative error, the symbolic derivative and
the update as the lessons write it, ``β_new = β_old − α·grad = -10 − 0.001667·(-6) = -9.99``,
both typeset (gui.formula: real fractions and exponents, stacked or scaled to the pane's width,
never cut; the update with the digits that keep its step visible, core.latex.step_digits).
For losses over several samples (L5's ``mean((W*x + b - Y)**2)``) a table takes the gradient
apart sample by sample.

The numbers come from the core (see ``derivative_data``) and are worked out in a background
thread, newest request only, so clicking through a run's steps never freezes the window; the
symbolic derivative (sympy, which cannot be interrupted) follows when ready.

``DerivativeView(parent=None)``

Signals
    ``updated()``                the view shows new numbers (or the symbolic part that followed).
    ``numericEdited(str, float)``  the user chose another numeric method or h (the window writes
                                 it into the lesson model, which owns these settings).
Slots / methods
    ``show_point(expression, init, data, dtype="float32", lr=None, optimizer="gd",
                 hyper=None, trained=None, numeric=None)``   evaluate at ``init`` (arrays by
                                 name) and show; ``numeric`` = (method, h) sets the controls.
    ``set_point(spec, point, numeric=None)``   a ``RunSpec`` (or its dict) and a record's
                                 parameter columns ({"w": 9.94, "x[0,1]": ...}): that step of that run.
    ``set_numeric(method, h)``   "central" | "forward" and the step h; recomputes.
    ``clear()``
``report`` holds the ``DerivativeReport`` on screen; ``busy`` is True while one is worked out.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping
from typing import Any

import numpy as np
import shiboken6
from numpy.typing import ArrayLike
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QDoubleValidator, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.latex import name_latex, number_latex, step_digits, tagged_latex, update_latex
from desktop_app.gui.collection import start_collector, worker_section
from desktop_app.gui.formula import FormulaStack
from desktop_app.gui.panels.derivative_data import (
    MAX_NUMERIC_ELEMENTS,
    DerivativeReport,
    compute_report,
    compute_symbolic,
)
from desktop_app.gui.panels.folded_table import FoldedTable
from desktop_app.gui.panels.fonts import scaled
from desktop_app.gui.panels.formatting import (
    display_name,
    fmt,
    rate_symbol,
    step_line,
    tensor_text,
    update_line,
)
from desktop_app.gui.panels.reflow import ReflowRow
from desktop_app.gui.panels.run_point import params_at, spec_fields


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return table


def _item(text: str, align_right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


#: An idle worker thread checks this often whether its view still exists.
IDLE_CHECK_SECONDS = 5.0


class _Worker(QObject):
    """One daemon thread computing the newest request; older pending requests are dropped."""

    reportReady = Signal(int, object)             # generation, DerivativeReport
    symbolicReady = Signal(object, object, str)   # point key, symbolic rows, note

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wake = threading.Condition()
        self._request: tuple | None = None
        self._thread: threading.Thread | None = None

    def submit(self, generation: int, arguments: dict[str, Any], key: tuple | None) -> None:
        """Compute a report; also the symbolic derivative when ``key`` (the point) is given."""
        with self._wake:
            self._request = (generation, arguments, key)
            self._wake.notify()
        if self._thread is None:
            start_collector()
            self._thread = threading.Thread(target=self._loop, name="derivative-view",
                                            daemon=True)
            self._thread.start()

    def _newer_waiting(self) -> bool:
        with self._wake:
            return self._request is not None

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._request is None:
                    self._wake.wait(timeout=IDLE_CHECK_SECONDS)
                    if not shiboken6.isValid(self):
                        return  # the view is gone: end the thread
                generation, arguments, key = self._request
                self._request = None
            try:
                with worker_section():  # cycles are collected by the GUI thread (gui.collection)
                    report = compute_report(**arguments)
            except Exception as err:  # noqa: BLE001 - a thread has nobody else to tell
                report = DerivativeReport(error=str(err))
            if not self._emit(self.reportReady, generation, report):
                return
            if key is None or report.error or self._newer_waiting():
                continue
            try:
                with worker_section():
                    rows, note = compute_symbolic(arguments["expression"], arguments["init"],
                                                  arguments["data"])
            except Exception as err:  # noqa: BLE001 - sympy internals; report, do not die
                rows, note = [], str(err)
            if not self._emit(self.symbolicReady, key, rows, note):
                return

    @staticmethod
    def _emit(signal, *args) -> bool:
        try:
            signal.emit(*args)
        except RuntimeError:  # the view was closed: stop quietly
            return False
        return True


class DerivativeView(QWidget):
    """Autograd, numeric and symbolic derivatives and the written-out update at one point."""

    updated = Signal()
    numericEdited = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._numeric: tuple[str, float] = ("central", 1e-3)
        self.report: DerivativeReport | None = None
        self._last: dict[str, Any] | None = None
        self.busy = False
        self._generation = 0
        self._point_key: tuple | None = None
        self._symbolic: tuple[tuple, list, str] | None = None  # (point key, rows, note)
        self._worker = _Worker(self)
        self._worker.reportReady.connect(self._on_report)
        self._worker.symbolicReady.connect(self._on_symbolic)
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
        self.method.currentIndexChanged.connect(self._on_numeric_edited)
        self.h_edit.editingFinished.connect(self._on_numeric_edited)
        # Rows that stack when the side pane is narrow, so no method's name is cut.
        self._numeric_widgets = (QLabel(self.tr("Numeric estimate:")), self.method,
                                 QLabel(self.tr("h =")), self.h_edit)
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        numeric = QVBoxLayout()
        numeric.addWidget(ReflowRow(self._numeric_widgets[:2]), 0, Qt.AlignmentFlag.AlignLeft)
        numeric.addWidget(ReflowRow(self._numeric_widgets[2:]), 0, Qt.AlignmentFlag.AlignLeft)

        self.gradients = _table([self.tr("Parameter"), self.tr("Autograd"), self.tr("Numeric"),
                                 self.tr("|error|"), self.tr("Rel. error")])
        self.gradients_note = QLabel()
        self.gradients_note.setWordWrap(True)
        self.symbolic = FormulaStack()  # one typeset formula per parameter (right click: copy)
        self.symbolic_note = QLabel()
        self.symbolic_note.setWordWrap(True)
        self.symbolic_note.setStyleSheet("color: #666;")
        self.update_label = FormulaStack()  # stacks before each "=" in a narrow dock, never cut
        self.update_note = QLabel()
        self.update_note.setWordWrap(True)
        self.update_note.setStyleSheet("color: #666;")
        self.breakdown_title = QLabel()
        self.breakdown_title.setWordWrap(True)
        self.breakdown = _table([])

        self.titles = {}
        self._hosts: dict[QWidget, FoldedTable] = {}
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
                label.setWordWrap(True)  # a narrow dock wraps a heading instead of scrolling sideways
                layout.addWidget(label)
            for widget in widgets:
                if isinstance(widget, QVBoxLayout):
                    layout.addLayout(widget)
                elif widget in (self.gradients, self.breakdown):
                    host = self._hosts[widget] = FoldedTable(widget)
                    layout.addWidget(host)
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
        for widget, factor in ((self.header, 2.0), (self.gradients, 1.4), (self.breakdown, 1.4)):
            widget.setFont(scaled(base, factor, mono=True))
        for formulas, factor in ((self.update_label, 1.5), (self.symbolic, 1.4)):  # typeset: ×1.3 again
            formulas.setFont(scaled(base, factor))
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
        self.report, self._last, self.busy = None, None, False
        self._generation += 1  # a result still being worked out is no longer wanted
        self.header.setText(self.tr("Evaluate or step the loss to see its derivative here."))
        self._show_sections(False)

    def show_point(self, expression: str, init: Mapping[str, ArrayLike],
                   data: Mapping[str, ArrayLike], dtype: str = "float32",
                   lr: float | None = None, optimizer: str = "gd",
                   hyper: Mapping[str, float] | None = None,
                   trained: Collection[str] | None = None,
                   numeric: tuple[str, float] | None = None) -> None:
        """Evaluate the loss at ``init`` and show every view of its derivative there."""
        if numeric is not None:
            self._show_numeric(*numeric)
        hyper = dict(hyper or {})
        if lr is not None:
            hyper["lr"] = lr
        self._last = dict(expression=expression, init=dict(init), data=dict(data), dtype=dtype,
                          optimizer=optimizer, hyper=hyper,
                          trained=None if trained is None else set(trained))
        self._recompute()

    def set_point(self, spec: Any, point: Mapping[str, float],
                  numeric: tuple[str, float] | None = None) -> None:
        """Show the derivative at a recorded step of a run (its ``RunSpec`` or dict of fields)."""
        f = spec_fields(spec)
        self.show_point(f["expression"], params_at(f["init"], point), f.get("data") or {},
                        f.get("dtype", "float32"), optimizer=f.get("optimizer", "gd"),
                        hyper=f.get("hyper"), trained=f.get("trained"), numeric=numeric)

    def set_numeric(self, method: str, h: float) -> None:
        self._show_numeric(method, h)
        self._recompute()

    def _show_numeric(self, method: str, h: float) -> None:
        """Set the controls (no edit is reported: these are the model's settings)."""
        self._numeric = (method, float(h))
        for widget in (self.method, self.h_edit):
            widget.blockSignals(True)
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self.h_edit.setText(f"{h:g}")
        for widget in (self.method, self.h_edit):
            widget.blockSignals(False)

    def _on_numeric_edited(self) -> None:
        try:
            h = float(self.h_edit.text())
        except ValueError:
            self.h_edit.setText(f"{self._numeric[1]:g}")
            return
        numeric = (self.method.currentData(), h)
        if numeric != self._numeric:
            self._numeric = numeric
            self._recompute()
            self.numericEdited.emit(*numeric)

    # --- drawing --------------------------------------------------------------------------------

    def _recompute(self) -> None:
        if self._last is None:
            return
        method, h = self._numeric
        last = self._last
        self._point_key = (last["expression"], *(
            (name, array.shape, array.tobytes())
            for values in (last["init"], last["data"]) for name, value in sorted(values.items())
            for array in [np.asarray(value, dtype=np.float64)]))
        known = self._symbolic is not None and self._symbolic[0] == self._point_key
        self._generation += 1
        self.busy = True
        if self.report is None:
            self.header.setText(self.tr("Working it out…"))
        self._worker.submit(self._generation, dict(last, method=method, h=h),
                            None if known else self._point_key)

    def _on_report(self, generation: int, report: DerivativeReport) -> None:
        if generation != self._generation or self._last is None:
            return  # a newer point was asked for meanwhile, or the view was cleared
        self.busy = False
        if not report.error:
            if self._symbolic is not None and self._symbolic[0] == self._point_key:
                report.symbolic, report.symbolic_note = self._symbolic[1], self._symbolic[2]
            else:
                report.symbolic_pending = True
        self.report = report
        self._draw(report)
        self.updated.emit()

    def _on_symbolic(self, key: tuple, rows: list, note: str) -> None:
        self._symbolic = (key, rows, note)
        report = self.report
        if report is not None and report.symbolic_pending and key == self._point_key:
            report.symbolic, report.symbolic_note = rows, note
            report.symbolic_pending = False
            self._draw_symbolic(report)
            self.updated.emit()

    def _show_sections(self, visible: bool) -> None:
        hosts = self._hosts
        for widget in (hosts[self.gradients], self.gradients_note, self.symbolic,
                       self.symbolic_note, self.update_label, self.update_note,
                       *self.titles.values()):
            widget.setVisible(visible)
        self.breakdown_title.setVisible(False)
        hosts[self.breakdown].setVisible(False)
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
        self._hosts[table].refit()
        notes = []
        if report.hidden_rows:
            notes.append(self.tr("{n} more elements are not listed.").format(n=report.hidden_rows))
        if report.numeric_skipped:
            notes.append(self.tr("No numeric estimate: {n} parameter elements would take {n} "
                                 "evaluations or more (at most {limit} here).").format(
                n=report.numeric_skipped, limit=MAX_NUMERIC_ELEMENTS))
        if report.numeric_note:
            notes.append(self.tr("No numeric estimate: {why}").format(why=report.numeric_note))
        if report.summed:
            notes.append(self.tr("The loss is not a scalar: its sum is differentiated, "
                                 "as TensorFlow's tape.gradient does."))
        self.gradients_note.setText(" ".join(notes))
        self.gradients_note.setVisible(bool(notes))

    def _draw_symbolic(self, report: DerivativeReport) -> None:
        formulas = []
        for column, text, value, latex in report.symbolic:
            symbol = name_latex(column)
            parts = [rf"\frac{{\partial L}}{{\partial {symbol}}} = {latex}"]
            plain = f"∂L/∂{display_name(column)} = {text}"
            if value is not None:
                parts.append(f"= {number_latex(value, 7)}")
                plain += self.tr("   = {value} here").format(value=fmt(value, 7))
            formulas.append((parts, plain))
        self.symbolic.set_formulas(formulas)
        self.symbolic.setVisible(bool(formulas))
        note = (self.tr("Working it out…") if report.symbolic_pending else
                self.tr("Not shown: {why}").format(why=report.symbolic_note)
                if report.symbolic_note else "")
        self.symbolic_note.setText(note)
        self.symbolic_note.setVisible(bool(note))

    def _draw_update(self, report: DerivativeReport) -> None:
        if not report.updates:
            self.update_label.clear()
            self.update_note.setText(self.tr("No update: {why}").format(
                why=report.update_note or self.tr("no parameter is trained")))
            return
        rate = rate_symbol(self._last["init"])
        rate_latex = r"\alpha" if rate == "α" else r"\mathrm{lr}"
        formulas = []
        for u in report.updates:
            digits = step_digits(u.old, u.new)
            symbol = name_latex(u.column)
            if report.plain:
                rule = self.tr("{new} = {old} - {rate} \\cdot \\mathrm{grad}")  # Korean: β ← β − α ∂L/∂β
                for name, value in (("{new}", tagged_latex(symbol, "new")), ("{old}", tagged_latex(symbol, "old")),
                                    ("{symbol}", symbol), ("{rate}", rate_latex)):
                    rule = rule.replace(name, value)
                parts = (rule,
                         *update_latex(u.column, u.old, report.lr, u.grad, u.new)[1:])
                text = update_line(u.column, u.old, report.lr, u.grad, u.new, rate, digits)
            else:
                parts = (rf"{symbol}: {number_latex(u.old, digits)} \to {number_latex(u.new, digits)}",
                         rf"(\Delta = {number_latex(u.new - u.old)})")
                text = step_line(u.column, u.old, u.new, digits)
            formulas.append((parts, text))
        if report.plain:
            note = self.tr("{rate} = {lr}: the learning rate.").format(rate=rate,
                                                                       lr=fmt(report.lr, 7))
        else:
            note = self.tr("{optimizer} does not step by {rate}·grad: this is its first step from "
                           "here with a fresh state (lr = {lr}).").format(
                optimizer=report.optimizer, rate=rate, lr=fmt(report.lr, 7))
        self.update_label.set_formulas(formulas)
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
        self._hosts[table].refit()
        self.breakdown_title.setText(
            self.tr("Sample by sample: the gradient of the mean is the mean of the per-sample "
                    "gradients") if b.combine == "mean" else
            self.tr("Sample by sample: the gradient of the sum is the sum of the per-sample "
                    "gradients"))
        self.breakdown_title.setVisible(True)
        self._hosts[table].setVisible(True)
