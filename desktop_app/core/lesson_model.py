"""The lesson on screen as one typed, immutable value: what every view of the window shows.

Why a value: the window's panels, pictures and derivative views all draw from this one object,
so the same model always draws the same screen; equal models compare equal (views cache on
them, undo swaps them) and nothing is shared by accident between two lessons. Every operation
returns a new model. The loss text is checked once per text (`check_loss` is cached on the
text) and typed values are parsed once per text (`parse_cached`); nothing is re-parsed per view.

Runs are referred to by key (`RunRef`); their records live with whoever runs them (the window's
run store), since they grow while a run goes. The model holds their unique labels and the
selected (run, step) that every view shows.

No Qt, no torch at import (torch is imported lazily by `run_spec`, for the optimizer defaults).
"""

from __future__ import annotations

import difflib
import functools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from typing import Any

import numpy as np

from desktop_app.core.grammar import ExpressionError, Program, parse_program
from desktop_app.core.sessions import MAX_TEXT_ELEMENTS
from desktop_app.core.values import parse_value

__all__ = [
    "DATA",
    "DEFAULT_COMPARE_LRS",
    "DEFAULT_SPEED",
    "PARAMETER",
    "SPEEDS",
    "LessonModel",
    "NumericSettings",
    "OptimizerSettings",
    "Problem",
    "RunRef",
    "Selection",
    "Value",
    "Variable",
    "check_loss",
    "parse_cached",
    "run_label",
]

PARAMETER, DATA = "parameter", "data"
KINDS = (PARAMETER, DATA)
#: Speed positions: None = one step at a time, then seconds between steps, 0 = flat out.
SPEEDS: tuple[float | None, ...] = (None, 2.0, 1.0, 0.5, 0.25, 0.1, 0.05, 0.02, 0.0)
DEFAULT_SPEED = len(SPEEDS) - 1
DEFAULT_COMPARE_LRS = "0.1, 1, 2, 3.5, 4.2"
NUMERIC_METHODS = ("central", "forward")
DEFAULT_H = 1e-3
DEVICES = ("cpu", "cuda", "auto")
DTYPES = ("float32", "float64")
#: How alike a new name must be to a known one to be called a typo (difflib ratio).
TYPO_CUTOFF = 0.7


# --- values --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Value:
    """A read-only float64 array that compares by shape and contents (so models can)."""

    array: np.ndarray

    def __post_init__(self) -> None:
        array = np.array(self.array, dtype=np.float64)  # a private copy
        array.flags.writeable = False
        object.__setattr__(self, "array", array)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Value):
            return NotImplemented
        return self.array.shape == other.array.shape and self.array.tobytes() == other.array.tobytes()

    def __hash__(self) -> int:
        return hash((self.array.shape, self.array.tobytes()))


def _detached(error: BaseException) -> BaseException:
    """`error` (and the errors it was raised from) without tracebacks, to be cached: a traceback
    holds its frames, and those their callers' (a window that typed the text stays alive)."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return error


@functools.lru_cache(maxsize=512)
def parse_cached(text: str) -> Value | ValueError:
    """`core.values.parse_value` once per text: the Value, or the ValueError saying why not."""
    try:
        return Value(parse_value(text))
    except ValueError as error:
        return _detached(error)


@functools.lru_cache(maxsize=128)
def check_loss(text: str) -> Program | ExpressionError:
    """The checked program of a loss text, parsed once per text (the editor shares this cache)."""
    try:
        return parse_program(text)
    except ExpressionError as error:
        return _detached(error)


def value_text(array: Any) -> str:
    """Text that `parse_value` reads back to the same array (a session stores it)."""
    array = np.asarray(array, dtype=np.float64)
    if array.ndim == 0:
        return repr(float(array))
    if array.ndim == 1:
        return ", ".join(repr(float(v)) for v in array)
    return json.dumps(array.tolist())


@dataclass(frozen=True)
class Variable:
    """One free name of the loss: a parameter (trained from its start value) or data.

    `text` is what the user typed; `given` an array handed over whole (a CSV import, a click on
    the map), with `text` then only describing it. An empty text means "no value yet".
    """

    name: str
    kind: str = PARAMETER
    text: str = ""
    trained: bool = True
    given: Value | None = None

    @cached_property
    def _parsed(self) -> tuple[Value | None, str | None]:
        if self.given is not None:
            return self.given, None
        if not self.text.strip():
            return None, None
        result = parse_cached(self.text)
        return (None, str(result)) if isinstance(result, ValueError) else (result, None)

    @property
    def value(self) -> np.ndarray | None:
        """The value as a read-only float64 array; None while missing or invalid."""
        parsed = self._parsed[0]
        return None if parsed is None else parsed.array

    @property
    def error(self) -> str | None:
        """Why the typed text is not a value (the core's words), or None."""
        return self._parsed[1]

    @property
    def missing(self) -> bool:
        return self._parsed == (None, None)

    @property
    def is_trained(self) -> bool:
        return self.kind == PARAMETER and self.trained


# --- settings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OptimizerSettings:
    """The optimizer and what it runs with. `hyper` holds the values set (pairs, sorted);
    the optimizer's defaults fill in the rest when a run starts."""

    name: str = "gd"
    hyper: tuple[tuple[str, float | bool], ...] = ()
    steps: int = 100
    grad_tol: float | None = None
    loss_tol: float | None = None
    compare_lrs: str = DEFAULT_COMPARE_LRS

    @staticmethod
    def pairs(hyper: Mapping[str, float | bool]) -> tuple[tuple[str, float | bool], ...]:
        return tuple(sorted((str(k), v if isinstance(v, bool) else float(v)) for k, v in hyper.items()))

    @property
    def hyper_dict(self) -> dict[str, float | bool]:
        return dict(self.hyper)


@dataclass(frozen=True)
class NumericSettings:
    """The numeric derivative the derivative view compares autograd with."""

    method: str = "central"
    h: float = DEFAULT_H


@dataclass(frozen=True)
class RunRef:
    """A run of this lesson: its key in the run store and its (unique) label."""

    key: int
    label: str


@dataclass(frozen=True)
class Selection:
    """The step every view shows: row `step` of run `run` (a RunRef key)."""

    run: int
    step: int


@dataclass(frozen=True)
class AxisRange:
    """The span the picture draws along parameter `name` (and, for the 1-D landscape, the loss
    span `loss`): like napari's camera, part of the model, so that the same model draws the
    same picture whatever the lesson's history, and a session reopens as it was saved. Chosen by
    the picture when it first draws a loss (core.plot_ranges), widened when a run leaves it."""

    name: str
    low: float
    high: float
    loss: tuple[float, float] | None = None


@dataclass(frozen=True)
class Problem:
    """Why the lesson cannot run yet, as data (`kind` + `data`); the front end words it.

    Kinds: loading, no_loss, expression (data: error = the ExpressionError), bad_value (name,
    error), unknown_name (name, suggestion), missing_value (name), no_parameter.
    """

    kind: str
    data: Mapping[str, Any] = field(default_factory=dict)


def run_label(optimizer: str, lr: float | None) -> str:
    """The base label of a run: its optimizer and learning rate."""
    return optimizer if lr is None else f"{optimizer} lr={lr:.3g}"


def _unique(base: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base} ({n})" in taken:
        n += 1
    return f"{base} ({n})"


# --- the model -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LessonModel:
    """Everything the lesson window shows, as one value. Build with `empty()` / `from_preset()`."""

    loss: str = ""
    variables: tuple[Variable, ...] = ()
    optimizer: OptimizerSettings = field(default_factory=OptimizerSettings)
    numeric: NumericSettings = field(default_factory=NumericSettings)
    device: str = "cpu"
    dtype: str = "float32"
    speed: int = DEFAULT_SPEED
    preset: str | None = None
    runs: tuple[RunRef, ...] = ()
    selection: Selection | None = None
    ranges: tuple[AxisRange, ...] = ()  # the picture's spans; a new loss starts without

    # --- construction --------------------------------------------------------------------------

    @classmethod
    def empty(cls) -> LessonModel:
        """A new lesson: no loss, defaults everywhere (File → New)."""
        return cls()

    @classmethod
    def from_preset(cls, preset: Any) -> LessonModel:
        """A lesson preset (core.presets.Preset) as a model; whatever it does not name takes the
        defaults (numeric method and h, speed, tolerances, device), nothing of the previous one."""
        variables = [Variable(n, PARAMETER, str(t)) for n, t in preset.init.items()]
        variables += [Variable(n, DATA, str(t)) for n, t in preset.data.items()]
        program = check_loss(preset.expression)
        if isinstance(program, Program):  # the loss's order, as the table shows it
            order = {n: i for i, n in enumerate(program.free_names)}
            variables.sort(key=lambda v: order.get(v.name, len(order)))
        method, h = preset.numeric if preset.numeric is not None else ("central", DEFAULT_H)
        return cls(
            loss=preset.expression, variables=tuple(variables),
            optimizer=OptimizerSettings(
                name=preset.optimizer, hyper=OptimizerSettings.pairs(preset.hyper),
                steps=max(1, preset.steps or 1),
                compare_lrs=", ".join(f"{lr:g}" for lr in preset.lrs) if preset.lrs else DEFAULT_COMPARE_LRS),
            numeric=NumericSettings(method, float(h)), dtype=preset.dtype, preset=preset.name)

    # --- queries -------------------------------------------------------------------------------

    @property
    def program(self) -> Program | None:
        """The checked loss (parsed once per text), or None while it does not check."""
        checked = check_loss(self.loss)
        return checked if isinstance(checked, Program) else None

    @property
    def loss_error(self) -> ExpressionError | None:
        checked = check_loss(self.loss)
        return checked if isinstance(checked, ExpressionError) else None

    def variable(self, name: str) -> Variable | None:
        return next((v for v in self.variables if v.name == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.variables)

    @property
    def parameters(self) -> tuple[Variable, ...]:
        return tuple(v for v in self.variables if v.kind == PARAMETER)

    @property
    def trained(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.variables if v.is_trained)

    @property
    def speed_delay(self) -> float | None:
        return SPEEDS[self.speed]

    def lesson_preset(self) -> Any:
        """The preset this lesson came from while its loss is still the preset's, else None."""
        if self.preset is None:
            return None
        from desktop_app.core.presets import PRESETS

        preset = PRESETS.get(self.preset)
        return preset if preset is not None and preset.expression == self.loss else None

    def run(self, key: int) -> RunRef | None:
        return next((r for r in self.runs if r.key == key), None)

    def problem(self) -> Problem | None:
        """Why no run can start, as data; None when the lesson is ready to run."""
        if not self.loss.strip():
            return Problem("no_loss")
        error = self.loss_error
        if error is not None:
            return Problem("expression", {"error": error})
        known = [v.name for v in self.variables if not v.missing]
        for v in self.variables:
            if v.error:
                return Problem("bad_value", {"name": v.name, "error": v.error})
            if v.missing:
                close = difflib.get_close_matches(v.name, [n for n in known if n != v.name], n=1,
                                                  cutoff=TYPO_CUTOFF)
                if close:
                    return Problem("unknown_name", {"name": v.name, "suggestion": close[0]})
                return Problem("missing_value", {"name": v.name})
        return None

    def run_spec(self) -> dict[str, Any]:
        """The plain dict of core.runs.RunSpec's fields this lesson runs with (the optimizer's
        defaults filled in; values as read-only float64 arrays); ValueError when `problem()` says
        it cannot run."""
        problem = self.problem()
        if problem is not None:
            raise ValueError(f"the lesson cannot run: {problem.kind} {dict(problem.data)}")
        from desktop_app.core.optimizers import resolve_hyper

        # The values themselves (read-only float64 arrays): a 500,000-number column turned into a
        # Python list for every view that asks cost the GUI thread 0.1 s each time (issue 14).
        init = {v.name: v.value for v in self.variables if v.kind == PARAMETER}
        data = {v.name: v.value for v in self.variables if v.kind == DATA}
        trained = list(self.trained)
        opt = self.optimizer
        return {
            "expression": self.loss, "init": init, "data": data,
            "optimizer": opt.name, "hyper": resolve_hyper(opt.name, opt.hyper_dict),
            "steps": int(opt.steps),
            "trained": sorted(trained) if set(trained) != set(init) else None,
            "grad_tol": opt.grad_tol, "loss_tol": opt.loss_tol,
            "dtype": self.dtype, "device": self.device,
        }

    def changed_aspects(self, other: LessonModel) -> frozenset[str]:
        """The fields in which `other` differs from this model."""
        return frozenset(f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name))

    # --- edits ---------------------------------------------------------------------------------

    def with_loss(self, text: str) -> LessonModel:
        """A new loss text. Names that stay keep their kind and value; a new name starts as a
        trained parameter without a value. A loss that keeps none of the old parameters is a
        new problem: then no old value stays (typing Rosenbrock after the café lesson does not
        make `y` the café's sales)."""
        if text == self.loss:
            return self
        program = check_loss(text)
        if not isinstance(program, Program):  # the names are known once it checks
            return replace(self, loss=text, selection=None, ranges=())
        old = {v.name: v for v in self.variables}
        names = program.free_names
        had_parameters = any(v.kind == PARAMETER for v in self.variables)
        keeps = not had_parameters or any(n in old and old[n].kind == PARAMETER for n in names)
        variables = tuple(old[n] if keeps and n in old else Variable(n) for n in names)
        return replace(self, loss=text, variables=variables, selection=None, ranges=())

    def _with_variable(self, name: str, **changes: Any) -> LessonModel:
        if self.variable(name) is None:
            raise KeyError(f"no variable `{name}` in this lesson")
        variables = tuple(replace(v, **changes) if v.name == name else v for v in self.variables)
        return replace(self, variables=variables, selection=None)

    def with_value(self, name: str, text: str) -> LessonModel:
        """A typed value (start value of a parameter, or data)."""
        return self._with_variable(name, text=text, given=None)

    def with_array(self, name: str, array: Any, description: str | None = None,
                   kind: str | None = None) -> LessonModel:
        """A value handed over as an array (CSV import, a click on the map); `description` is
        shown instead of the numbers when the array is too long to show."""
        given = Value(array)
        text = description if description is not None else value_text(given.array)
        changes: dict[str, Any] = {"text": text, "given": given}
        if kind is not None:
            changes["kind"] = kind
        return self._with_variable(name, **changes)

    def with_kind(self, name: str, kind: str) -> LessonModel:
        if kind not in KINDS:
            raise ValueError(f"a kind is parameter or data, not {kind!r}")
        return self._with_variable(name, kind=kind)

    def with_trained(self, name: str, trained: bool) -> LessonModel:
        return self._with_variable(name, trained=bool(trained))

    def with_optimizer(self, name: str | None = None, hyper: Mapping[str, float | bool] | None = None,
                       **settings: Any) -> LessonModel:
        """Optimizer name, hyper-parameters (the whole set) and steps / grad_tol / loss_tol /
        compare_lrs."""
        changes = dict(settings)
        if name is not None:
            changes["name"] = name
        if hyper is not None:
            changes["hyper"] = OptimizerSettings.pairs(hyper)
        if "steps" in changes:
            changes["steps"] = max(1, int(changes["steps"]))
        new = replace(self.optimizer, **changes)
        if new == self.optimizer:
            return self
        return replace(self, optimizer=new, selection=None)

    def with_lr(self, lr: float) -> LessonModel:
        return self.with_optimizer(hyper={**self.optimizer.hyper_dict, "lr": float(lr)})

    def with_numeric(self, method: str, h: float) -> LessonModel:
        if method not in NUMERIC_METHODS:
            raise ValueError(f"the numeric method is central or forward, not {method!r}")
        if not (math.isfinite(h) and h > 0):
            raise ValueError("h must be a positive number")
        return replace(self, numeric=NumericSettings(method, float(h)))

    def with_device(self, device: str | None = None, dtype: str | None = None) -> LessonModel:
        device = self.device if device is None else device
        dtype = self.dtype if dtype is None else dtype
        if device not in DEVICES or dtype not in DTYPES:
            raise ValueError(f"unknown device or precision: {device}, {dtype}")
        if (device, dtype) == (self.device, self.dtype):
            return self
        return replace(self, device=device, dtype=dtype, selection=None)

    def with_speed(self, speed: int) -> LessonModel:
        return replace(self, speed=min(max(0, int(speed)), len(SPEEDS) - 1))

    def with_start(self, values: Mapping[str, float]) -> LessonModel:
        """Start values chosen on the map: the parameters move there and the runs are cleared
        (one edit, so undo brings both back)."""
        model = self
        for name, value in values.items():
            model = model.with_array(name, np.float64(value))
        return replace(model, runs=(), selection=None)

    # --- runs and the selected step ------------------------------------------------------------

    def with_run(self, key: int, base_label: str) -> tuple[LessonModel, str]:
        """Add a run; returns the model and the run's label, made unique ("adagrad lr=0.01 (2)")."""
        label = _unique(base_label, (r.label for r in self.runs))
        return replace(self, runs=(*self.runs, RunRef(key, label))), label

    def with_run_label(self, key: int, base_label: str) -> tuple[LessonModel, str]:
        """A run's label after a live change (a new learning rate), unique among the others."""
        label = _unique(base_label, (r.label for r in self.runs if r.key != key))
        runs = tuple(RunRef(r.key, label) if r.key == key else r for r in self.runs)
        return replace(self, runs=runs), label

    def without_run(self, key: int) -> LessonModel:
        selection = None if self.selection is not None and self.selection.run == key else self.selection
        return replace(self, runs=tuple(r for r in self.runs if r.key != key), selection=selection)

    def without_runs(self) -> LessonModel:
        """Clear every run (Reset): the views go back to the start values."""
        return replace(self, runs=(), selection=None)

    def select(self, run: int | None, step: int = 0) -> LessonModel:
        """Show step `step` of run `run` everywhere; None shows the start values."""
        if run is None:
            return replace(self, selection=None)
        if self.run(run) is None:
            raise KeyError(f"no run {run} in this lesson")
        return replace(self, selection=Selection(run, max(0, int(step))))

    def picture_range(self, name: str) -> AxisRange | None:
        return next((r for r in self.ranges if r.name == name), None)

    def with_ranges(self, *ranges: AxisRange) -> LessonModel:
        """These spans for the picture (others kept); not an edit a user undoes."""
        names = {r.name for r in ranges}
        return replace(self, ranges=(*(r for r in self.ranges if r.name not in names), *ranges))

    # --- sessions ------------------------------------------------------------------------------

    def session_parts(self) -> dict[str, Any]:
        """The session file's fields for this lesson (core.sessions.Session's, runs aside)."""
        variables = {}
        for v in self.variables:
            if v.given is not None and v.given.array.size > MAX_TEXT_ELEMENTS:  # an imported column: numbers
                variables[v.name] = {"role": v.kind, "text": v.text, "values": v.given.array, "trained": v.trained}
                continue
            text = value_text(v.given.array) if v.given is not None else v.text
            variables[v.name] = {"role": v.kind, "text": text, "trained": v.trained}
        opt = self.optimizer
        return {
            "expression": self.loss, "variables": variables,
            "optimizer": {"optimizer": opt.name, "hyper": opt.hyper_dict, "steps": opt.steps,
                          "grad_tol": opt.grad_tol, "loss_tol": opt.loss_tol, "speed": self.speed,
                          "compare_lrs": opt.compare_lrs},
            "device": {"device": self.device, "dtype": self.dtype},
            "numeric": {"method": self.numeric.method, "h": self.numeric.h},
            "preset": self.preset,
            "ranges": [[r.name, r.low, r.high, *(r.loss or ())] for r in self.ranges],
        }

    @classmethod
    def from_session(cls, session: Any) -> LessonModel:
        """The lesson of a checked core.sessions.Session (runs are the caller's: `with_run`).
        Fields an older file lacks take the defaults."""
        defaults = cls()
        variables = tuple(Variable(n, v.get("role", PARAMETER), str(v.get("text", "")),
                                   bool(v.get("trained", True)),
                                   Value(v["values"]) if v.get("values") is not None else None)
                          for n, v in session.variables.items())
        o = session.optimizer
        optimizer = OptimizerSettings(
            name=o.get("optimizer", "gd"), hyper=OptimizerSettings.pairs(o.get("hyper", {})),
            steps=max(1, int(o.get("steps", 100))), grad_tol=o.get("grad_tol"),
            loss_tol=o.get("loss_tol"), compare_lrs=str(o.get("compare_lrs", DEFAULT_COMPARE_LRS)))
        numeric = getattr(session, "numeric", None) or {}
        model = cls(
            loss=session.expression, variables=variables, optimizer=optimizer,
            numeric=NumericSettings(numeric.get("method", "central"), float(numeric.get("h", DEFAULT_H))),
            device=session.device.get("device", defaults.device),
            dtype=session.device.get("dtype", defaults.dtype),
            speed=min(max(0, int(o.get("speed", DEFAULT_SPEED))), len(SPEEDS) - 1),
            preset=session.preset,
            ranges=tuple(AxisRange(r[0], r[1], r[2], (r[3], r[4]) if len(r) == 5 else None)
                         for r in getattr(session, "ranges", ()) or ()))
        program = model.program
        if program is not None:  # names the loss uses and the file lacks: without a value
            have = set(model.names)
            missing = tuple(Variable(n) for n in program.free_names if n not in have)
            order = {n: i for i, n in enumerate(program.free_names)}
            model = replace(model, variables=tuple(sorted(
                (v for v in (*model.variables, *missing) if v.name in order), key=lambda v: order[v.name])))
        return model
