"""The numbers of the derivative view, gathered from the core for one point.

Why a module of its own: the view computes off the GUI thread, so what it shows must be plain
data (``DerivativeReport``) built by functions with no widgets: ``compute_report`` (autograd,
numeric estimate and its errors, the one-step update, the per-sample breakdown) and
``compute_symbolic`` (sympy, which can be slow and cannot be interrupted). Each part fails on its
own, with the core's message in words; nothing imports torch or sympy until called.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from desktop_app.gui.panels.formatting import plain_step
from desktop_app.gui.texts import symbolic_reason_text

#: Rows of the gradient table per tensor parameter; the rest is summarised.
MAX_ROWS_PER_PARAMETER = 16
#: A numeric estimate costs one or two loss evaluations per element; the view makes one only
#: up to this many parameter elements, so that a click answers within a moment.
MAX_NUMERIC_ELEMENTS = 64
#: Per-sample breakdowns are computed (one gradient per sample) up to this many samples.
MAX_BREAKDOWN_SAMPLES = 50
#: Numbers in a symbolic derivative (data substituted) carry this many digits.
SYMBOLIC_DIGITS = 6
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
    numeric_skipped: int = 0         # parameter elements, when too many for a quick estimate
    symbolic: list[tuple[str, str, float | None, str]] = field(default_factory=list)  # col, text, value, LaTeX
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
    from desktop_app.core import derivatives
    from desktop_app.core import expression as expr_module

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
    elements = sum(p.size for p in params.values())
    checks = {}
    if elements > MAX_NUMERIC_ELEMENTS:
        report.numeric_skipped = elements
    else:
        try:
            checks = derivatives.compare_gradients(program, params, arrays, method=method, h=h,
                                                   dtype=dtype)
        except GUARDED as err:
            report.numeric_note = str(err)
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


SymbolicRows = list[tuple[str, str, float | None, str]]  # (column, one-line text, value here, LaTeX)


def compute_symbolic(expression: str, init: Mapping[str, ArrayLike],
                     data: Mapping[str, ArrayLike]) -> tuple[SymbolicRows, str]:
    """([(column, one-line text, value here, LaTeX)], why some are missing) from core.symbolic.

    Sympy can be slow and cannot be interrupted, so the view calls this off the GUI thread.
    """
    import sympy

    from desktop_app.core.latex import derivative_latex
    from desktop_app.core.symbolic import symbolic_derivatives

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
            text = sympy.sstr(formula, full_prec=False).replace("**", "^").replace("*", "·")
            shown.append((item.parameter, text, item.value, derivative_latex(formula)))
        elif symbolic_reason_text(item) not in reasons:
            reasons.append(symbolic_reason_text(item))
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
