"""What the lesson panel shows for a preset: its numbers by kind, the checks, the by-hand formulas.

Why a module: `core.lessons` computes each preset's numbers under string keys (what
`Preset.expected` names, what the CLI prints). A front end must not parse keys or table titles
to word them in its language, so `lesson_report` arranges the same numbers as typed data:
sections of rows and columns named by *kinds* ("gradient", "after_step", ...), the facts a
section is about, curves to draw, formulas (LaTeX parts with their plain text), and each check
with the quantity it is about. Each front end words the kinds itself. Nothing here is computed
twice: every number comes from `run_preset` (the run the window's preset would train, replayed
to the end, so the lesson's results are on screen before the class presses Run).
"""

from __future__ import annotations

import ast
import copy
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.lessons import Check, PresetRun, data_values, run_preset, start_values
from desktop_app.core.presets import Preset

__all__ = ["Column", "Formula", "LessonReport", "Quantity", "ReportCheck", "Row", "Section", "lesson_report",
           "quantity"]

Number = float | tuple[float, ...]
Cell = float | tuple[float, ...] | str | None  # a str cell is a kind (a run's status), never prose


@dataclass(frozen=True)
class Column:
    """A column: its kind ("gradient", "after", "loss", ...) and, where it has one, the parameter."""

    kind: str
    subject: str = ""


@dataclass(frozen=True)
class Row:
    """A row: its kind ("parameter", "step", "point", "sample", "lr", ...), whom it is about
    (a parameter name, a step, a point's label, a sample number, a learning rate) and its cells."""

    kind: str
    subject: str | float
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Formula:
    """A derivation as LaTeX parts (``∂L/∂W = 2(Wx + b − y)x``, ``= 2(0.2132·3.3 + …)·3.3``,
    ``= −1.388673``) and the same in plain text (accessible name, clipboard)."""

    parameter: str
    latex: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Section:
    """One part of the lesson's result, named by the `Preset.sections` entry it comes from."""

    kind: str
    columns: tuple[Column, ...] = ()
    rows: tuple[Row, ...] = ()
    facts: Mapping[str, float | str] = field(default_factory=dict)
    curves: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    formulas: tuple[Formula, ...] = ()


@dataclass(frozen=True)
class Quantity:
    """What a checked number is: a kind ("gradient", "after_step", "probe_left", ...), the
    parameter or label it is about, and a step where it has one."""

    kind: str
    subject: str = ""
    step: int | None = None


@dataclass(frozen=True)
class ReportCheck:
    """A number the lesson printed beside the app's own (`core.lessons.Check`), with its quantity."""

    quantity: Quantity
    expected: Number
    actual: Number | None
    decimals: int
    ok: bool


@dataclass(frozen=True)
class LessonReport:
    preset: str
    lesson: str
    sections: tuple[Section, ...]
    checks: tuple[ReportCheck, ...]
    page: str | None = None

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)


# --- what a key of `LessonOutput.values` is ----------------------------------------------------

_TABLE = re.compile(r"^table\.(\w+)\[(\d+)\]$")
_AFTER = re.compile(r"^(\w+)_after\[(\d+)\]$")
_SHAPE = re.compile(r"^shape\[(.+)\]$")
_PREFIXED = {"grad": "gradient", "numeric": "numeric", "by_hand": "by_hand", "grid": "grid_best"}
_PLAIN = {"value": "value", "summed": "summed", "slopes": "slopes", "grid.index": "grid_index",
          "grid.loss": "grid_loss", "probe.left": "probe_left", "probe.right": "probe_right",
          "probe.next": "probe_next", "ndim": "ndim"}


def quantity(key: str) -> Quantity:
    """The quantity a `core.lessons` output key names (kind "key" with the key for one not known)."""
    if key in _PLAIN:
        return Quantity(_PLAIN[key])
    if match := _TABLE.match(key):
        name, step = match.groups()
        return Quantity("loss_before", "", int(step)) if name == "loss" else Quantity("after_step", name, int(step))
    if match := _AFTER.match(key):
        return Quantity("after_steps", match.group(1), int(match.group(2)))
    if match := _SHAPE.match(key):
        return Quantity("shape", match.group(1))
    head, _, tail = key.partition(".")
    if head in _PREFIXED and tail:
        return Quantity(_PREFIXED[head], tail)
    if tail == "grad" and head in ("start", "beta_hat", "true"):
        return Quantity("gradient_at", head)
    return Quantity("key", key)


# --- sections -------------------------------------------------------------------------------------


def _number(value) -> Cell:
    if value is None:
        return None
    array = np.asarray(value, dtype=np.float64)
    return float(array) if array.ndim == 0 else tuple(float(v) for v in array.reshape(-1))


def _gradient(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    starts = start_values(preset)
    rows = tuple(Row("parameter", name, (_number(starts[name]), _number(values.get(f"grad.{name}"))))
                 for name in preset.init)
    facts = {"value": float(np.sum(values["value"])), "summed": float(values.get("summed", 0.0))}
    return Section("gradient", (Column("at"), Column("gradient")), rows, facts)


def _numeric(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    method, h = preset.numeric or ("central", 1e-3)
    rows = tuple(Row("parameter", name, (_number(values.get(f"grad.{name}")), _number(values[f"numeric.{name}"]),
                                         values[f"numeric_error.{name}"]))
                 for name in preset.init if f"numeric.{name}" in values)
    return Section("numeric", (Column("autograd"), Column("numeric"), Column("abs_error")), rows,
                   {"method": method, "h": float(h), "dtype": preset.dtype})


def _by_hand(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    rows, formulas = [], []
    for name, text in preset.by_hand.items():
        hand, autograd = values[f"by_hand.{name}"], values.get(f"grad.{name}")
        rows.append(Row("parameter", name, (_number(hand), _number(autograd))))
        formulas.append(hand_formula(preset, name, text, hand))
    difference = max(float(values[f"by_hand_diff.{name}"]) for name in preset.by_hand)
    return Section("by_hand", (Column("by_hand"), Column("autograd")), tuple(rows),
                   {"max_difference": difference, "dtype": preset.dtype}, formulas=tuple(formulas))


def _trajectory(preset: Preset, outcome: PresetRun) -> list[Section]:
    values = outcome.output.values
    names = [n for n in preset.init if any(k.startswith(f"table.{n}[") or k.startswith(f"{n}_after[")
                                           for k in values)]
    sections = []
    if preset.table_every and outcome.records:
        steps = range(0, len(outcome.records[0]), preset.table_every)
        rows = tuple(Row("step", float(k), (*(values[f"table.{n}[{k}]"] for n in names), values[f"table.loss[{k}]"]))
                     for k in steps)
        sections.append(Section("trajectory", (*(Column("after", n) for n in names), Column("loss_before")), rows,
                                {"every": float(preset.table_every)}))
    if preset.report_steps:
        rows = tuple(Row("steps", float(k), tuple(values[f"{n}_after[{k}]"] for n in names))
                     for k in preset.report_steps if f"{names[0]}_after[{k}]" in values)
        sections.append(Section("after_steps", tuple(Column("after", n) for n in names), rows))
    return sections


def _predictions(preset: Preset, outcome: PresetRun) -> Section:
    values, spec = outcome.output.values, preset.predict
    assert spec is not None
    rows = tuple(Row("input", float(x), (p, t)) for x, p, t in zip(spec.x_test, values["predictions"], values["truth"]))
    return Section("predictions", (Column("predicted"), Column("true")), rows,
                   {"model": spec.model, "truth": spec.truth, "x": spec.x_name})


def _slopes(preset: Preset, outcome: PresetRun) -> Section:
    from desktop_app.core.values import parse_value

    points = parse_value(preset.reference["slope_at"]).reshape(-1)
    name = next(iter(preset.init))
    rows = tuple(Row("at", float(p), (s,)) for p, s in zip(points, outcome.output.values["slopes"]))
    return Section("slopes", (Column("slope", name),), rows)


def _grid(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    name = next(iter(preset.init))
    start, stop, num = preset.grid or (-10.0, 10.0, 100)
    facts = {"parameter": name, "start": float(start), "stop": float(stop), "num": float(num),
             "index": values["grid.index"], "best": values[f"grid.{name}"], "loss": values["grid.loss"]}
    curves = {"points": tuple(float(v) for v in np.linspace(start, stop, num)),
              "losses": tuple(float(v) for v in values["grid.losses"])}
    return Section("grid", facts=facts, curves=curves)


def _probe(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    name = next(iter(preset.init))
    here = float(start_values(preset)[name])
    delta = float(preset.probe or 0.01)
    left, right = values["probe.left"], values["probe.right"]
    rows = (Row("probe", "left", (here - delta, left)), Row("probe", "right", (here + delta, right)))
    direction = float(np.sign(left - right))  # +1: the right side is lower
    facts = {"parameter": name, "at": here, "delta": delta, "direction": direction, "next": values["probe.next"]}
    return Section("probe", (Column("at", name), Column("loss")), rows, facts)


def _least_squares(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    name = next(iter(preset.init))
    labels = ["start", "beta_hat", *preset.reference]
    rows = tuple(Row("point", label, (_number(values[f"{label}.{name}"]), _number(values[f"{label}.grad"]),
                                      values[f"{label}.grad_norm"]))
                 for label in labels)
    return Section("least_squares", (Column("at", name), Column("gradient"), Column("grad_norm")),
                   rows, {"parameter": name})


def _compare(preset: Preset, outcome: PresetRun) -> Section:
    name = next(iter(preset.init))
    lrs = preset.lrs or (preset.hyper.get("lr", math.nan),)
    rows = tuple(Row("lr", float(lr), (result.status, float(result.steps),
                                       float(np.asarray(result.final[name]).reshape(-1)[0]),
                                       float(result.final["loss"])))
                 for lr, result in zip(lrs, outcome.results))
    return Section("compare", (Column("status"), Column("steps"), Column("final", name), Column("loss")), rows,
                   {"parameter": name, "start": float(start_values(preset)[name])})


def _accuracy(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    name = next(iter(preset.init))
    facts = {"parameter": name, "at": float(start_values(preset)[name]), "levels": values["accuracy.levels"],
             "flat_fraction": values["accuracy.flat_fraction"], "loss_flat_fraction": values["loss.flat_fraction"]}
    curves = {key: tuple(float(v) for v in values[f"sweep.{key}"]) for key in (name, "accuracy", "loss", "loss_slope")}
    return Section("accuracy", facts=facts, curves={"weights": curves[name], **{k: curves[k] for k in
                                                                               ("accuracy", "loss", "loss_slope")}})


def _per_sample(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    names = list(preset.init)
    count = len(np.atleast_1d(values[f"per_sample.{names[0]}"]))
    rows = [Row("sample", float(i + 1), tuple(_number(values[f"per_sample.{n}"][i]) for n in names))
            for i in range(count)]
    rows.append(Row("mean", "", tuple(_number(values[f"per_sample_mean.{n}"]) for n in names)))
    rows.append(Row("full", "", tuple(_number(values.get(f"grad.{n}")) for n in names)))
    return Section("per_sample", tuple(Column("gradient", n) for n in names), tuple(rows),
                   {"combine": str(values["per_sample.combine"])})


def _slices(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    rows = tuple(Row("slice", quantity(key).subject, (_number(value),))
                 for key, value in values.items() if key.startswith("shape["))
    return Section("slices", (Column("shape"),), rows, {"ndim": values["ndim"]})


def _broadcasting(preset: Preset, outcome: PresetRun) -> Section:
    values = outcome.output.values
    rows = tuple(Row("check", key, (_number(value),)) for key, value in values.items()
                 if key.startswith(("broadcast.", "maximum.")))
    return Section("broadcasting", (Column("value"),), rows)


_BUILDERS = {
    "gradient": _gradient, "numeric": _numeric, "by_hand": _by_hand, "trajectory": _trajectory,
    "predictions": _predictions, "slopes": _slopes, "grid": _grid, "probe": _probe,
    "least_squares": _least_squares, "compare": _compare, "accuracy": _accuracy, "per_sample": _per_sample,
    "slices": _slices, "broadcasting": _broadcasting,
}


def _check(check: Check) -> ReportCheck:
    expected = check.expected if isinstance(check.expected, float | int) else tuple(check.expected)
    return ReportCheck(quantity(check.key), expected, _number(check.actual), check.decimals, check.ok)


def lesson_report(preset: Preset, outcome: PresetRun | None = None) -> LessonReport:
    """The preset's lesson result as data; replays the preset (`run_preset`) unless given its outcome."""
    outcome = outcome if outcome is not None else run_preset(preset)
    sections: list[Section] = []
    for name in preset.sections:
        builder = _BUILDERS.get(name)
        if builder is None:  # "symbolic": the derivative view typesets it
            continue
        if name == "predictions" and (preset.predict is None or "predictions" not in outcome.output.values):
            continue
        made = builder(preset, outcome)
        sections.extend(made if isinstance(made, list) else [made])
    return LessonReport(preset.name, preset.lesson, tuple(sections), tuple(_check(c) for c in outcome.checks),
                        preset.page)


# --- the by-hand line with numbers -----------------------------------------------------------------


class _Numbers(ast.NodeTransformer):
    """Puts the numbers in: each name that has a value becomes that number."""

    def __init__(self, values: Mapping[str, float]) -> None:
        self.values = values

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id not in self.values:
            return node
        value = self.values[node.id]
        constant = ast.Constant(abs(value))
        return ast.UnaryOp(ast.USub(), constant) if value < 0 else constant


class _Scalars(ast.NodeTransformer):
    """mean/sum over one sample: the lesson writes the bare term (``2(Wx + b − y)·x``)."""

    def visit_Call(self, node: ast.Call) -> ast.expr:
        node = self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id in ("mean", "sum") and len(node.args) == 1:
            return node.args[0]
        return node


def _plain(node: ast.expr) -> str:
    """Plain text of a formula: ``2*(W*X + b - Y)*X`` with typographic operators."""
    text = ast.unparse(node)
    return text.replace(" - ", " \u2212 ").replace("*", "\u00b7").replace("-", "\u2212")


def hand_formula(preset: Preset, name: str, text: str, hand) -> Formula:
    """``∂L/∂name = formula`` then, when every name in it is one number, ``= the formula with the
    numbers in``, then ``= its value``: the lesson's by-hand line (L5.1)."""
    from desktop_app.core.grammar import parse_program
    from desktop_app.core.latex import expression_latex, matrix_latex, name_latex, number_latex

    program = parse_program(text)
    values = {**data_values(preset), **start_values(preset)}
    scalar = all(np.asarray(values[n]).size == 1 for n in program.free_names)
    formula = _Scalars().visit(copy.deepcopy(program.loss)) if scalar else program.loss
    symbol = name_latex(name)
    parts = [rf"\frac{{\partial L}}{{\partial {symbol}}} = {expression_latex(program, formula)}"]
    plain = [f"dL/d{name} = {_plain(formula)}"]
    if scalar:
        numbers = {n: float(np.asarray(values[n]).reshape(-1)[0]) for n in program.free_names}
        with_numbers = _Numbers(numbers).visit(copy.deepcopy(formula))
        ast.fix_missing_locations(with_numbers)
        parts.append(f"= {expression_latex(program, with_numbers)}")
        plain.append(f"= {_plain(with_numbers)}")
    decimals = next((e.decimals for e in preset.expected if e.key == f"grad.{name}"), None)
    result = np.asarray(hand, dtype=np.float64)
    if result.size == 1:
        number = float(result.reshape(-1)[0])
        shown = f"{number:.{decimals}f}" if decimals is not None else f"{number:.8g}"
        parts.append(f"= {number_latex(float(shown), 15)}")
        plain.append(f"= {shown.replace('-', chr(0x2212))}")
    else:
        parts.append(f"= {matrix_latex(result, 8)}")
        plain.append("= [" + ", ".join(f"{v:.8g}" for v in result.reshape(-1)) + "]")
    return Formula(name, tuple(parts), " ".join(plain))
