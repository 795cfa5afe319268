"""What each preset computes for its lesson: the numbers and tables the lesson printed.

The window and the CLI both call `lesson_output` (and `run_preset`), so they show the same
numbers; `check_output` compares them with the numbers the lesson printed (`Preset.expected`),
which the tests and the app's self-test use. A preset's `sections` say which parts it shows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import torch

from desktop_app.core.baselines import grid_search, least_squares, probe
from desktop_app.core.breakdown import per_sample_gradients
from desktop_app.core.derivatives import compare_gradients, gradient
from desktop_app.core.devices import resolve_dtype
from desktop_app.core.expression import evaluate, parse_program
from desktop_app.core.presets import Expected, Preset
from desktop_app.core.runs import Run, RunResult, RunSpec
from desktop_app.core.sweeps import Sweep
from desktop_app.core.tensor_lessons import broadcasting_section, slices_section
from desktop_app.core.values import parse_value

__all__ = [
    "Check",
    "LessonOutput",
    "PresetRun",
    "Table",
    "check_output",
    "data_values",
    "lesson_output",
    "preset_runner",
    "preset_spec",
    "run_preset",
    "start_values",
]

#: float32 results may differ from TensorFlow's in the last bits (another summation order), so a
#: float32 check also accepts this many float32 units in the last place around the printed value.
FLOAT32_ULPS = 4


@dataclass
class Table:
    title: str
    columns: tuple[str, ...]
    rows: list[list[float | str]]

    def to_json(self) -> dict:
        return {"title": self.title, "columns": list(self.columns), "rows": self.rows}


@dataclass
class LessonOutput:
    """Named numbers (what `Preset.expected` refers to) and the tables the lesson printed."""

    values: dict[str, float | list] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"values": self.values, "tables": [t.to_json() for t in self.tables]}


@dataclass
class Check:
    key: str
    expected: float | tuple[float, ...]
    actual: float | list | None
    decimals: int
    ok: bool

    def to_json(self) -> dict:
        return {"key": self.key, "expected": self.expected, "actual": self.actual,
                "decimals": self.decimals, "ok": self.ok}


@dataclass
class PresetRun:
    """A preset's runs (one per learning rate in a comparison; none for a pure computation)."""

    labels: list[str]  # "lr=0.1" per run of a comparison, "" for a single run
    results: list[RunResult]
    records: list[np.ndarray]
    output: LessonOutput
    checks: list[Check]


def start_values(preset: Preset) -> dict[str, np.ndarray]:
    """The preset's start values as float64 arrays."""
    return {name: parse_value(text) for name, text in preset.init.items()}


def data_values(preset: Preset) -> dict[str, np.ndarray]:
    """The preset's data arrays as float64 arrays."""
    return {name: parse_value(text) for name, text in preset.data.items()}


def preset_spec(preset: Preset, steps: int | None = None, device: str = "cpu") -> RunSpec | None:
    """The run a preset trains (for a comparison: the base spec, one run per `preset.lrs`).

    None when the preset only computes (steps 0) and no `steps` are asked for.
    """
    steps = preset.steps if steps is None else steps
    if steps <= 0:
        return None
    return RunSpec(expression=preset.expression, init=start_values(preset), data=data_values(preset),
                   optimizer=preset.optimizer, hyper=dict(preset.hyper), steps=steps, dtype=preset.dtype,
                   device=device)


def preset_runner(preset: Preset, steps: int | None = None, device: str = "cpu") -> Run | Sweep | None:
    """What the window iterates for a preset: a Run, a learning-rate Sweep, or None (nothing to train)."""
    spec = preset_spec(preset, steps, device)
    if spec is None:
        return None
    return Sweep(spec, lrs=preset.lrs) if preset.lrs else Run(spec)


def run_preset(
    preset: Preset,
    steps: int | None = None,
    device: str = "cpu",
    on_batch: Callable[[int, np.ndarray], None] | None = None,
) -> PresetRun:
    """Run a preset to the end, keeping the records, and compute its lesson output.

    `on_batch(run_index, batch)` sees every record batch as it comes (the CLI streams CSV there).
    """
    runner = preset_runner(preset, steps, device)
    results: list[RunResult] = []
    records: list[np.ndarray] = []
    labels: list[str] = []
    if runner is not None:
        pairs = runner if isinstance(runner, Sweep) else ((0, batch) for batch in runner)
        count = len(preset.lrs) if isinstance(runner, Sweep) else 1
        batches: list[list[np.ndarray]] = [[] for _ in range(count)]
        for index, batch in pairs:
            if on_batch is not None:
                on_batch(index, batch)
            batches[index].append(batch)
        results = list(runner.results) if isinstance(runner, Sweep) else [runner.result]
        labels = list(runner.labels) if isinstance(runner, Sweep) else [""]
        records = [np.concatenate(b) if b else np.empty(0, runner.record_dtype) for b in batches]
    output = lesson_output(preset, results, records)
    return PresetRun(labels, results, records, output, check_output(preset, output))


# --- evaluation helpers -------------------------------------------------------------------------


def _loss_and_grads(expression: str, params: dict[str, np.ndarray], data: dict[str, np.ndarray],
                    dtype: str) -> tuple[float, dict[str, np.ndarray]]:
    """The loss (summed when not a scalar) and its gradient per parameter."""
    result = gradient(expression, params, data, dtype=dtype)
    return float(np.sum(result.value)), result.grads


def _value(expression: str, values: dict[str, np.ndarray], dtype: str) -> np.ndarray:
    """Evaluate an expression (a hand-derived formula, a model's prediction) on numbers."""
    torch_dtype = resolve_dtype(dtype)
    with torch.no_grad():
        tensors = {n: torch.tensor(v, dtype=torch_dtype) for n, v in values.items()}
        return evaluate(parse_program(expression), tensors).numpy().astype(np.float64)


def _json(array: np.ndarray | float) -> float | list:
    return np.asarray(array, dtype=np.float64).tolist()


def _single_param(preset: Preset) -> str:
    if len(preset.init) != 1:
        raise ValueError(f"preset `{preset.name}`: this section needs exactly one parameter")
    return next(iter(preset.init))


def _after(records: np.ndarray, result: RunResult, column: str, k: int) -> float:
    """The value of `column` after step k's update (row k+1, or `final` after the last step)."""
    if k + 1 < len(records):
        return float(records[column][k + 1])
    return float(np.asarray(result.final[column]).reshape(-1)[0]) if column in result.final else math.nan


Results = Sequence[RunResult]
Records = Sequence[np.ndarray]


# --- sections -----------------------------------------------------------------------------------


def _gradient(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    params = start_values(preset)
    result = gradient(preset.expression, params, data_values(preset), dtype=preset.dtype)
    value, grads, summed = float(np.sum(result.value)), result.grads, result.summed
    out.values["value"] = _json(result.value)
    out.values["summed"] = float(summed)
    rows = []
    for name, g in grads.items():
        out.values[f"grad.{name}"] = _json(g)
        rows.append([name, _json(params[name]), _json(g)])
    out.tables.append(Table(f"value {value:.8g}; gradient" + (" (of the sum)" if summed else ""),
                            ("parameter", "at", "gradient"), rows))


def _numeric(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    method, h = preset.numeric or ("central", 1e-3)
    checks = compare_gradients(preset.expression, start_values(preset), data_values(preset),
                               method=method, h=h, dtype=preset.dtype)
    rows = []
    for name, check in checks.items():
        out.values[f"numeric.{name}"] = _json(check.numeric)
        out.values[f"numeric_error.{name}"] = float(check.abs_error.max())
        out.values[f"numeric_rel_error.{name}"] = float(check.rel_error.max())
        rows.append([name, _json(check.autograd), _json(check.numeric), float(check.abs_error.max()),
                     float(check.rel_error.max())])
    out.tables.append(Table(f"autograd vs. {method} difference, h = {h:g}, {preset.dtype}",
                            ("parameter", "autograd", "numeric", "max abs error", "max rel error"), rows))


def _symbolic(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    from desktop_app.core.symbolic import symbolic_derivatives

    rows = []
    for found in symbolic_derivatives(preset.expression, start_values(preset), data_values(preset)):
        out.values[f"derivative.{found.parameter}"] = found.text if found.available else None
        rows.append([found.parameter, found.text if found.available else found.reason,
                     found.value if found.value is not None else ""])
    out.tables.append(Table("symbolic derivative", ("parameter", "derivative", "value here"), rows))


def _by_hand(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    params, data = start_values(preset), data_values(preset)
    _, grads = _loss_and_grads(preset.expression, params, data, preset.dtype)
    rows = []
    for name, formula in preset.by_hand.items():
        hand = _value(formula, {**data, **params}, preset.dtype)
        diff = float(np.max(np.abs(hand - grads[name])))
        out.values[f"by_hand.{name}"] = _json(hand)
        out.values[f"by_hand_diff.{name}"] = diff
        rows.append([name, formula, _json(hand), _json(grads[name]), diff])
    out.tables.append(Table("hand-derived gradient vs. autograd",
                            ("parameter", "formula", "by hand", "autograd", "max abs difference"), rows))


def _trajectory(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    if not records:
        return
    result, rec = results[0], records[0]
    params = [c for c in rec.dtype.names if f"grad_{c}" in rec.dtype.names]
    if preset.table_every:
        rows = []
        for k in range(0, len(rec), preset.table_every):
            after = [_after(rec, result, p, k) for p in params]
            loss = float(rec["loss"][k])
            rows.append([k, *after, loss])
            for p, v in zip(params, after):
                out.values[f"table.{p}[{k}]"] = v
            out.values[f"table.loss[{k}]"] = loss
        out.tables.append(Table(f"every {preset.table_every} steps: parameters after the update, loss before it",
                                ("step", *params, "loss"), rows))
    if preset.report_steps:
        rows = []
        for k in preset.report_steps:
            if k <= len(rec):
                after = [_after(rec, result, p, k - 1) for p in params]
                rows.append([k, *after])
                for p, v in zip(params, after):
                    out.values[f"{p}_after[{k}]"] = v
        out.tables.append(Table("parameters after k steps", ("k", *params), rows))


def _predictions(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    spec = preset.predict
    if spec is None or not results:
        return
    final = {n: np.asarray(v, dtype=np.float64) for n, v in results[0].final.items() if n in preset.init}
    x_test = np.asarray(spec.x_test)
    predicted = _value(spec.model, {**final, spec.x_name: x_test}, preset.dtype)
    truth = _value(spec.truth, {spec.x_name: x_test}, "float64")
    out.values["predictions"] = _json(predicted)
    out.values["truth"] = _json(truth)
    out.tables.append(Table(f"predictions {spec.model} beside the true {spec.truth}",
                            (spec.x_name, "predicted", "true"),
                            [[float(x), float(p), float(t)] for x, p, t in zip(x_test, predicted, truth)]))


def _slopes(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    name = _single_param(preset)
    points = parse_value(preset.reference["slope_at"]).reshape(-1)
    slopes = [_loss_and_grads(preset.expression, {name: np.asarray(p)}, data_values(preset), preset.dtype)[1][name]
              for p in points]
    out.values["slopes"] = [float(s) for s in slopes]
    out.tables.append(Table("slopes", (name, "slope"), [[float(p), float(s)] for p, s in zip(points, slopes)]))


def _grid(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    name = _single_param(preset)
    start, stop, num = preset.grid or (-10.0, 10.0, 100)
    result = grid_search(preset.expression, {name: np.linspace(start, stop, num)}, data_values(preset),
                         dtype=preset.dtype)
    index = int(result.argmin)  # type: ignore[arg-type]  # one parameter: a plain index
    out.values["grid.index"] = float(index)
    out.values[f"grid.{name}"] = result.best[name]
    out.values["grid.loss"] = result.loss
    out.values["grid.losses"] = _json(result.losses)
    out.tables.append(Table(f"grid search over linspace({start:g}, {stop:g}, {num})",
                            ("index", name, "loss"), [[index, result.best[name], result.loss]]))


def _probe(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    name = _single_param(preset)
    delta = preset.probe or 0.01
    # The lesson probes with plain Python numbers, so the probes are float64 whatever the run uses.
    result = probe(preset.expression, start_values(preset), data_values(preset), name, delta, dtype="float64")
    out.values["probe.left"] = result.loss_minus
    out.values["probe.right"] = result.loss_plus
    out.values["probe.next"] = result.value + result.direction * delta
    out.tables.append(Table(f"probing ±{delta:g} around {name} = {result.value:g}", (name, "loss"),
                            [[result.value - delta, result.loss_minus], [result.value, result.loss],
                             [result.value + delta, result.loss_plus]]))


def _least_squares(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    name = _single_param(preset)
    data = data_values(preset)
    fit = least_squares(data["X"], data["y"], intercept=False)
    points = {"start": start_values(preset)[name], "beta_hat": fit.beta}
    points.update((label, parse_value(text)) for label, text in preset.reference.items())
    rows = []
    for label, point in points.items():
        loss, grads = _loss_and_grads(preset.expression, {name: point}, data, preset.dtype)
        out.values[f"{label}.{name}"] = _json(point)
        out.values[f"{label}.grad"] = _json(grads[name])
        out.values[f"{label}.grad_norm"] = float(np.linalg.norm(grads[name]))
        row = [label, _json(point), loss, _json(grads[name])]
        for param, formula in preset.by_hand.items():
            hand = _value(formula, {**data, param: point}, preset.dtype)
            out.values[f"{label}.by_hand"] = _json(hand)
            row.append(_json(hand))
        rows.append(row)
    hand_columns = tuple(f"by hand: {formula}" for formula in preset.by_hand.values())
    out.tables.append(Table("least squares: gradient at the start, at the optimum and at the true coefficients",
                            ("point", name, "loss", "autograd gradient", *hand_columns), rows))


def _compare(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    name = _single_param(preset)
    lrs = preset.lrs or (preset.hyper.get("lr", math.nan),)
    rows = []
    for lr, result in zip(lrs, results):
        final = float(np.asarray(result.final[name]).reshape(-1)[0])
        rows.append([lr, result.status, result.steps, final, float(result.final["loss"])])
        out.values[f"final.{name}[lr={lr:g}]"] = final
        out.values[f"final.loss[lr={lr:g}]"] = float(result.final["loss"])
        out.values[f"status[lr={lr:g}]"] = result.status
    out.tables.append(Table("learning rates side by side", ("lr", "status", "steps", name, "loss"), rows))


def _accuracy(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    name = _single_param(preset)
    start, stop, num = preset.grid or (-3.0, 3.0, 121)
    data = data_values(preset)
    if preset.classifier is None:
        raise ValueError(f"preset `{preset.name}`: the accuracy section needs a classifier")
    probability, labels = preset.classifier
    weights = np.linspace(start, stop, num)
    losses, accuracies, slopes = [], [], []
    for w in weights:
        point = {name: np.asarray(w)}
        loss, grads = _loss_and_grads(preset.expression, point, data, preset.dtype)
        p = _value(probability, {**data, **point}, preset.dtype)
        losses.append(loss)
        slopes.append(float(grads[name]))
        accuracies.append(float(np.mean((p > 0.5) == (data[labels] > 0.5))))
    steps = np.diff(accuracies)
    out.values["sweep." + name] = _json(weights)
    out.values["sweep.loss"] = losses
    out.values["sweep.accuracy"] = accuracies
    out.values["sweep.loss_slope"] = slopes
    out.values["accuracy.levels"] = float(len(set(accuracies)))
    out.values["accuracy.flat_fraction"] = float(np.mean(steps == 0))
    out.values["loss.flat_fraction"] = float(np.mean(np.diff(losses) == 0))
    every = max(1, num // 12)
    out.tables.append(Table(f"accuracy and loss along {name}", (name, "accuracy", "loss", "d loss / d" + name),
                            [[float(weights[i]), accuracies[i], losses[i], slopes[i]] for i in range(0, num, every)]))


def _per_sample(preset: Preset, out: LessonOutput, results: Results, records: Records) -> None:
    breakdown = per_sample_gradients(preset.expression, start_values(preset), data_values(preset), preset.dtype)
    names = list(breakdown.full)
    rows = []
    for i in range(breakdown.samples):
        sample = ", ".join(f"{d}={_json(data_values(preset)[d][i])}" for d in breakdown.sample_data)
        rows.append([f"sample {i + 1} ({sample})", float(breakdown.losses[i]),
                     *(_json(breakdown.per_sample[n][i]) for n in names)])
    rows.append(["mean of the samples", float(breakdown.losses.mean()), *(_json(breakdown.mean[n]) for n in names)])
    rows.append(["gradient of the loss", "", *(_json(breakdown.full[n]) for n in names)])
    for n in names:
        out.values[f"per_sample.{n}"] = _json(breakdown.per_sample[n])
        out.values[f"per_sample_mean.{n}"] = _json(breakdown.mean[n])
    out.values["per_sample.combine"] = breakdown.combine
    out.tables.append(Table(f"per-sample gradients (the full gradient is their {breakdown.combine})",
                            ("sample", "loss", *(f"d/d{n}" for n in names)), rows))


Section = Callable[[Preset, LessonOutput, Results, Records], None]

#: What each name in `Preset.sections` computes, in the order the preset lists them.
SECTIONS: dict[str, Section] = {
    "gradient": _gradient,
    "numeric": _numeric,
    "symbolic": _symbolic,
    "by_hand": _by_hand,
    "trajectory": _trajectory,
    "predictions": _predictions,
    "slopes": _slopes,
    "grid": _grid,
    "probe": _probe,
    "least_squares": _least_squares,
    "compare": _compare,
    "accuracy": _accuracy,
    "per_sample": _per_sample,
    "slices": slices_section,
    "broadcasting": broadcasting_section,
}


def lesson_output(preset: Preset, results: Sequence[RunResult] = (),
                  records: Sequence[np.ndarray] = ()) -> LessonOutput:
    """Compute the preset's sections; `results`/`records` are those of `preset_runner`'s runs."""
    out = LessonOutput()
    for section in preset.sections:
        if section not in SECTIONS:
            raise ValueError(f"preset `{preset.name}`: unknown section `{section}`")
        SECTIONS[section](preset, out, results, records)
    return out


def _tolerance(expected: Expected, value: float, dtype: str) -> float:
    tol = 0.5 * 10.0 ** -expected.decimals
    if dtype == "float32":
        tol = max(tol, FLOAT32_ULPS * float(np.spacing(np.float32(abs(value)))))
    return tol * (1 + 1e-9)


def check_output(preset: Preset, output: LessonOutput) -> list[Check]:
    """Compare the output with the numbers the lesson printed, to the printed precision."""
    checks = []
    for expected in preset.expected:
        actual = output.values.get(expected.key)
        if actual is None:
            checks.append(Check(expected.key, expected.value, None, expected.decimals, False))
            continue
        want = np.asarray(expected.value, dtype=np.float64).reshape(-1)
        got = np.asarray(actual, dtype=np.float64).reshape(-1)
        ok = want.shape == got.shape and all(
            abs(g - w) <= _tolerance(expected, w, preset.dtype) for g, w in zip(got, want)
        )
        checks.append(Check(expected.key, expected.value, actual, expected.decimals, bool(ok)))
    return checks
