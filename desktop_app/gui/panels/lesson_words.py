"""The lesson panel's words: every kind of `core.lesson_report` worded in the interface language.

Why a module: the core names what a number is (a section kind, a column kind, a row kind, a
check's quantity) and this is the one place that says it in English or, through the `lessons`
catalogue, in Korean. Nothing here parses core text; unknown kinds fall back to the kind itself.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.gui.panels.formatting import MINUS, display_name, fmt

if TYPE_CHECKING:  # the window imports this before PyTorch has loaded
    from desktop_app.core.lesson_report import Column, Quantity, ReportCheck, Row, Section

#: Significant digits of a table cell (float32 holds about 7).
CELL_DIGITS = 7
#: Columns of errors and norms: their size is what matters, three digits say it.
SHORT_COLUMNS = {"abs_error", "abs_difference", "grad_norm"}
#: Elements of a vector written out in a cell before the rest is summarised.
CELL_ELEMENTS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonWords", text)


#: Significant digits of numbers far from 1 (rounding noise such as 1e-11, a diverged 1e7).
FAR_DIGITS = 3


def number(value: float, digits: int = CELL_DIGITS) -> str:
    """A number in a cell, with the typographic minus the board uses; a tiny or huge number
    with three digits only (its other digits are noise, and the pane is narrow)."""
    size = abs(float(value))
    if size and math.isfinite(size) and not 1e-3 <= size < 1e6:
        digits = min(digits, FAR_DIGITS)
    return fmt(value, digits).replace("-", MINUS)


def cell(value, digits: int = CELL_DIGITS) -> str:
    """A cell: a number, a vector (one element a line, equal elements summarised), a status kind."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return status(value)
    if isinstance(value, Sequence):
        if not value:
            return "()"
        if len(value) > 1 and all(v == value[0] for v in value):
            return _tr("all {value}").format(value=number(value[0], digits))
        shown = [number(v, digits) for v in value[:CELL_ELEMENTS]]
        if len(value) > CELL_ELEMENTS:
            shown.append(_tr("… ({count} in all)").format(count=len(value)))
        return "\n".join(shown)
    return number(value, digits)


def shape(value) -> str:
    """A shape cell: ``(90, 28, 28)``; a scalar's ``()``."""
    dims = [str(int(v)) for v in (value if isinstance(value, Sequence) else [value])]
    return "(" + ", ".join(dims) + ("," if len(dims) == 1 else "") + ")"


def status(kind: str) -> str:
    words = {"finished": _tr("finished"), "converged": _tr("converged"), "diverged": _tr("diverged"),
             "failed": _tr("failed"), "stopped": _tr("stopped")}
    return words.get(kind, kind)


def _fact_words(facts: Mapping) -> dict[str, str]:
    """A section's facts as the words and numbers its title may name."""
    words = {key: number(value) if isinstance(value, float) else str(value) for key, value in facts.items()}
    words["name"] = display_name(str(facts.get("parameter", "")))
    for key in ("h", "delta"):
        if key in facts:
            words[key] = fmt(facts[key])
    for key in ("every", "num"):
        if key in facts:
            words[key] = str(int(facts[key]))
    words["method"] = _tr("forward difference") if facts.get("method") == "forward" else _tr("central difference")
    words["combine"] = _tr("mean") if facts.get("combine") == "mean" else _tr("sum")
    return words


def section_title(section: Section) -> str:
    if section.kind == "trajectory" and int(section.facts["every"]) == 1:
        return _tr("Step by step: the parameters after the update, the loss before it")
    titles = {
        "gradient": _tr("Autograd: the loss and its gradient"),
        "numeric": _tr("Autograd beside a numeric estimate ({method}, h = {h}, {dtype})"),
        "by_hand": _tr("The hand-derived gradient beside autograd"),
        "trajectory": _tr("Every {every} steps: the parameters after the update, the loss before it"),
        "after_steps": _tr("The parameters after k steps"),
        "predictions": _tr("Predictions of {model} beside the true {truth}"),
        "slopes": _tr("The slope at a few points"),
        "grid": _tr("Grid search over linspace({start}, {stop}, {num})"),
        "probe": _tr("Probing ±{delta} around {name} = {at}"),
        "least_squares": _tr("Least squares: the gradient at the start, at β̂ and at the true coefficients"),
        "compare": _tr("Learning rates side by side, from {name} = {start}"),
        "accuracy": _tr("Accuracy and loss along {name}"),
        "per_sample": _tr("Sample by sample (the gradient is the {combine} of the samples' gradients)"),
        "slices": _tr("Shapes of the lesson's slices (full data: 60,000 images)"),
        "broadcasting": _tr("Broadcasting, checked"),
    }
    return titles.get(section.kind, section.kind).format(**_fact_words(section.facts))


def section_summary(section: Section) -> str:
    """The sentence that goes with a section's facts (empty when its table says it all)."""
    f: Mapping = section.facts
    kind = section.kind
    if kind == "gradient":
        text = _tr("Loss {value}.").format(value=number(f["value"], 8))
        if f.get("summed"):
            text += " " + _tr("The result is a tensor: the gradient is that of its sum.")
        return text
    if kind == "grid":
        return _tr("{num} evaluations. Smallest loss at index {index}: {name} = {best}, loss {loss}.").format(
            num=int(f["num"]), index=int(f["index"]), name=display_name(str(f["parameter"])),
            best=number(f["best"], 8), loss=number(f["loss"], 6))
    if kind == "probe":
        name = display_name(str(f["parameter"]))
        if f["direction"] > 0:
            side = _tr("The right side is lower: step to {name} = {next}.")
        elif f["direction"] < 0:
            side = _tr("The left side is lower: step to {name} = {next}.")
        else:
            side = _tr("Both sides are equal: {name} stays at {next}.")
        return side.format(name=name, next=number(f["next"], 8))
    if kind == "accuracy":
        return _tr("Accuracy takes only {levels} values and is flat between {flat}% of neighbouring points: "
                   "its slope is 0 there. The loss is flat between {loss_flat}% of them. Dashed: the start "
                   "{name} = {at}.").format(
            levels=int(f["levels"]), flat=f"{100 * f['flat_fraction']:.0f}",
            loss_flat=f"{100 * f['loss_flat_fraction']:.0f}", name=display_name(str(f["parameter"])),
            at=number(f["at"]))
    if kind == "by_hand":
        return _tr("Largest difference between the two: {difference} (rounding in {dtype}).").format(
            difference=number(f["max_difference"], 3), dtype=f["dtype"])
    if kind == "slices":
        return _tr("train_images has rank (ndim) {ndim}.").format(ndim=int(f["ndim"]))
    return ""


def column(col: Column) -> str:
    name = display_name(col.subject) if col.subject else ""
    words = {
        "at": name or _tr("at"), "gradient": f"∂L/∂{name}" if name else _tr("gradient"),
        "autograd": _tr("autograd"), "numeric": _tr("numeric"), "abs_error": _tr("error"),
        "by_hand": _tr("by hand"), "abs_difference": _tr("difference"),
        "after": _tr("{name} after").format(name=name), "loss_before": _tr("loss before"),
        "predicted": _tr("predicted"), "true": _tr("true"), "slope": _tr("slope"), "loss": _tr("loss"),
        "grad_norm": _tr("‖gradient‖"), "status": _tr("status"), "steps": _tr("steps"),
        "final": _tr("final {name}").format(name=name), "shape": _tr("shape"), "value": _tr("value"),
    }
    return words.get(col.kind, col.kind)


def row_header(section: Section) -> str:
    """The heading of the first column (what the rows are)."""
    kind = section.rows[0].kind if section.rows else ""
    words = {"parameter": _tr("parameter"), "step": _tr("step"), "steps": _tr("k"), "at": _tr("at"),
             "probe": "", "point": _tr("point"), "lr": "α", "sample": "", "slice": _tr("slice"),
             "check": "", "input": str(section.facts.get("x", ""))}
    return words.get(kind, "")


def _named_key(key: str) -> str:
    words = {"broadcast.equal": _tr("x + y broadcast equals x + the repeated matrix"),
             "broadcast.expanded_shape": _tr("the (10,) vector expanded to"),
             "broadcast.repeated_shape": _tr("then repeated to"),
             "maximum.shape": _tr("shape of np.maximum of (64, 3, 32, 10) and (32, 10)"),
             "maximum.equal_to_loops": _tr("np.maximum equals the naive loops")}
    return words.get(key, key)


def row_label(row: Row, section: Section) -> str:
    f = section.facts
    kind, subject = row.kind, row.subject
    if kind == "parameter":
        return display_name(str(subject))
    if kind in ("step", "steps", "input", "at"):
        return number(float(subject))
    if kind == "lr":
        return fmt(float(subject))
    if kind == "probe":
        name = display_name(str(f["parameter"]))
        return (_tr("left: {name} − {delta}") if subject == "left" else _tr("right: {name} + {delta}")).format(
            name=name, delta=fmt(f["delta"]))
    if kind == "point":
        name = display_name(str(f.get("parameter", "")))
        words = {"start": _tr("start"), "beta_hat": _tr("optimum {name}").format(name=name),
                 "true": _tr("true {name}").format(name=name)}
        return words.get(str(subject), str(subject))
    if kind == "sample":
        return _tr("sample {n}").format(n=int(float(subject)))
    if kind == "mean":
        return _tr("mean of the samples")
    if kind == "full":
        return _tr("gradient of the loss")
    if kind == "check":
        return _named_key(str(subject))
    return str(subject)


def row_cells(row: Row, section: Section) -> list[str]:
    if section.kind in ("slices",) or (section.kind == "broadcasting" and isinstance(row.cells[0], Sequence)):
        return [shape(row.cells[0])]
    if section.kind == "broadcasting":
        return [_tr("yes") if row.cells[0] else _tr("no")]
    if section.kind == "compare":
        state, steps, final, loss = row.cells
        return [status(str(state)), str(int(float(steps))), cell(final), cell(loss)]
    return [cell(value, FAR_DIGITS if c.kind in SHORT_COLUMNS else CELL_DIGITS)
            for value, c in zip(row.cells, section.columns)]


def quantity(q: Quantity) -> str:
    """What a checked number is, in words: ``∂L/∂b₀``, ``w after step 500``."""
    name = display_name(q.subject) if q.subject else ""
    if q.kind == "after_steps" and q.step == 1:
        return _tr("{name} after 1 step").format(name=name)
    if q.kind == "gradient_at":
        points = {"beta_hat": _tr("gradient at β̂"), "true": _tr("gradient at the true β"),
                  "start": _tr("gradient at the start")}
        return points.get(q.subject, q.subject)
    if q.kind == "key":
        return _named_key(q.subject)
    kinds = {
        "value": _tr("loss value"), "gradient": "∂L/∂{name}",
        "numeric": _tr("numeric estimate of ∂L/∂{name}"), "by_hand": _tr("∂L/∂{name} by hand"),
        "after_step": _tr("{name} after step {step}"), "loss_before": _tr("loss before step {step}"),
        "after_steps": _tr("{name} after {step} steps"), "grid_index": _tr("index of the smallest loss"),
        "grid_best": _tr("best {name} on the grid"), "grid_loss": _tr("smallest loss on the grid"),
        "probe_left": _tr("loss one probe to the left"), "probe_right": _tr("loss one probe to the right"),
        "probe_next": _tr("the next value"), "slopes": _tr("slopes"),
        "summed": _tr("a tensor result: the gradient of its sum"), "ndim": _tr("rank (ndim)"),
        "shape": _tr("shape of {text}"),
    }
    return kinds.get(q.kind, q.kind).format(name=name, step=q.step, text=q.subject)


#: Checked quantities that are yes (1) or no (0).
YES_NO = {"summed", "broadcast.equal", "maximum.equal_to_loops"}


def checked_number(value, decimals: int, is_shape: bool = False, yes_no: bool = False) -> str:
    """A checked number with the digits the lesson printed."""
    if value is None:
        return "—"
    if yes_no:
        return _tr("yes") if float(value) else _tr("no")
    if is_shape:
        return shape(value)
    if isinstance(value, Sequence):
        if len(value) > 1 and all(v == value[0] for v in value):
            return _tr("all {value}").format(value=checked_number(value[0], decimals))
        return "(" + ", ".join(checked_number(v, decimals) for v in value) + ")"
    value = float(value)
    if not math.isfinite(value):
        return fmt(value)
    text = f"{value:.{decimals}f}"
    return ("0" + text[2:] if text.startswith("-0") and float(text) == 0 else text).replace("-", MINUS)


def check_line(check: ReportCheck) -> str:
    """``✓ ∂L/∂b₀ = −126.78691 (the lesson: −126.78691)`` or the ✗ line with both numbers."""
    is_shape = check.quantity.kind == "shape" or check.quantity.subject.endswith("_shape") or \
        check.quantity.subject == "maximum.shape"
    yes_no = (check.quantity.subject if check.quantity.kind == "key" else check.quantity.kind) in YES_NO
    app = checked_number(check.actual, check.decimals, is_shape, yes_no)
    lesson = checked_number(check.expected, check.decimals, is_shape, yes_no)
    what = quantity(check.quantity)
    if check.ok:
        return _tr("✓ {what} = {app} (the lesson: {lesson})").format(what=what, app=app, lesson=lesson)
    return _tr("✗ {what}: the app has {app}, the lesson printed {lesson}").format(what=what, app=app, lesson=lesson)
