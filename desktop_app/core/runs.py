"""One optimisation run: a validated RunSpec becomes a generator of record batches.

The window and the CLI both iterate the same ``Run``, so they cannot disagree. A run never keeps
its whole trajectory: it yields numpy structured arrays of at most ``batch_size`` rows (or
whatever accumulated within ``flush_seconds``), with the columns of docs/architecture.md,
"Records". ``run_to_end(keep=True)`` concatenates them for callers who want everything.

Choices this module makes:
- Parameters not in ``spec.trained`` are held fixed (``requires_grad=False``) and get **no
  columns** (neither value nor gradient): they never change, and their values are in
  ``RunResult.final`` like every other parameter.
- A non-scalar loss is summed (TensorFlow's ``tape.gradient`` semantics, as in core.derivatives).
- Stop rules are checked at θ_k, *before* step k's update: cancel and the time limit first,
  then divergence (non-finite loss or gradient, or |loss| beyond ``DIVERGENCE_FACTOR`` ×
  max(1, |initial loss|)), then the gradient-norm and loss-change tolerances. A step that stops
  the run writes no row and performs no update, so every row is an update that happened and
  ``final`` is the point where the run stopped (with the loss there, which may be inf/NaN).
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from numpy.typing import ArrayLike

from desktop_app.core import limits
from desktop_app.core.binding import Binding
from desktop_app.core.devices import resolve_device, resolve_dtype
from desktop_app.core.expression import Program, parse_program
from desktop_app.core.optimizers import OPTIMIZERS, Update, resolve_hyper, state_names
from desktop_app.core.values import as_array

__all__ = [
    "Prepared",
    "Run",
    "RunResult",
    "RunSpec",
    "Stop",
    "element_columns",
    "prepare",
    "run_to_end",
    "stop_before_step",
]

_RESERVED = frozenset({"step", "loss", "grad_norm", "lr"})


@dataclass
class RunSpec:
    expression: str
    init: dict[str, ArrayLike]
    data: dict[str, ArrayLike] = field(default_factory=dict)
    optimizer: str = "gd"
    hyper: dict[str, float] = field(default_factory=dict)
    steps: int = 100
    trained: Collection[str] | None = None
    grad_tol: float | None = None
    loss_tol: float | None = None
    time_limit: float | None = None
    dtype: str = "float32"
    device: str = "cpu"


@dataclass(frozen=True)
class Stop:
    """Why a run stopped, as data: a ``kind`` and its numbers (front ends word it).

    Kinds: ``steps_done`` (steps), ``cancelled``, ``time_limit`` (seconds), ``not_finite``
    (what: loss|gradient, value: nan|inf, step; step 0 means at the start values), ``exploded``
    (loss, bound, step), ``grad_tol`` (norm, tol, step), ``loss_tol`` (change, tol, step).
    """

    kind: str
    step: int | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "step": self.step, **self.data}

    def text(self) -> str:
        """The English wording (``RunResult.reason``, logs and the command line)."""
        d, step = self.data, self.step
        if self.kind == "steps_done":
            return f"finished {d['steps']:,} steps"
        if self.kind == "cancelled":
            return "stopped by the user"
        if self.kind == "time_limit":
            return f"time limit of {d['seconds']:g} s reached"
        if self.kind == "not_finite":
            kind = "NaN (not a number)" if d["value"] == "nan" else "infinite"
            if step == 0:
                return f"the {d['what']} is {kind} at the start values: check the start values and the data"
            return f"the {d['what']} became {kind} at step {step}: the learning rate is probably too large"
        if self.kind == "exploded":
            return (f"the loss exploded to {d['loss']:.3g} at step {step} (beyond {d['bound']:.3g}): "
                    "the learning rate is probably too large")
        if self.kind == "grad_tol":
            return f"converged: the gradient norm {d['norm']:.3g} is at most grad_tol {d['tol']:g} (step {step})"
        return f"converged: the loss changed by {d['change']:.3g}, at most loss_tol {d['tol']:g} (step {step})"


@dataclass
class RunResult:
    status: str = "running"
    steps: int = 0
    final: dict[str, float | list] = field(default_factory=dict)
    reason: str = ""
    diverged_at: int | None = None
    stop: Stop | None = None


def element_columns(name: str, shape: tuple[int, ...]) -> list[str]:
    """Column names of a parameter's elements: ``w`` for a scalar, ``x[0,1]`` for a tensor."""
    if not shape:
        return [name]
    return [f"{name}[{','.join(map(str, idx))}]" for idx in np.ndindex(*shape)]


def _optional_bound(label: str, value: float | None, positive: bool = False) -> float | None:
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number) or number < 0 or (positive and number == 0):
        relation = "> 0" if positive else ">= 0"
        raise ValueError(f"{label} must be a finite number {relation}, not {value!r}")
    return number


@dataclass
class Prepared:
    """A validated spec with everything a run (or a sweep) needs, shared by runs and sweeps."""

    spec: RunSpec
    binding: Binding                      # trained parameters; data and untrained ones fixed
    hyper: dict[str, float | bool]
    trained: tuple[str, ...]
    start: dict[str, np.ndarray]          # trained parameters' start values (float64)
    param_columns: tuple[str, ...]        # element columns (empty when records are summaries)
    state_names: tuple[str, ...]
    columns: tuple[str, ...]
    record_dtype: np.dtype
    summary: bool                         # records keep per-tensor summaries, not elements
    grad_tol: float | None
    loss_tol: float | None
    time_limit: float | None

    @property
    def program(self) -> Program:
        return self.binding.program

    @property
    def device(self) -> torch.device:
        return self.binding.device

    @property
    def dtype(self) -> torch.dtype:
        return self.binding.dtype

    @property
    def fixed(self) -> dict[str, torch.Tensor]:
        return self.binding.fixed

    def loss(self, values: Mapping[str, torch.Tensor]) -> torch.Tensor:
        """The scalar loss (a non-scalar result is summed, as TensorFlow's tape does)."""
        return self.binding.loss(values)

    def tensor(self, array: np.ndarray, requires_grad: bool = False) -> torch.Tensor:
        return self.binding.tensor(array, requires_grad)

    def final(self, params: Mapping[str, torch.Tensor], loss: float) -> dict[str, float | list]:
        out: dict[str, float | list] = {}
        for name in self.spec.init:
            tensor = params[name] if name in params else self.fixed[name]
            out[name] = tensor.detach().cpu().tolist()
        out["loss"] = loss
        return out


def stop_before_step(cancel: threading.Event, prep: Prepared, started: float, step: int
                     ) -> tuple[str, Stop] | None:
    """(status, stop) when a run must stop before ``step`` (cancel, time limit, steps done)."""
    if cancel.is_set():
        return "stopped", Stop("cancelled", step)
    if prep.time_limit is not None and time.monotonic() - started >= prep.time_limit:
        return "stopped", Stop("time_limit", step, {"seconds": prep.time_limit})
    if step >= prep.spec.steps:
        return "finished", Stop("steps_done", step, {"steps": prep.spec.steps})
    return None


def summary_columns(name: str, states: tuple[str, ...]) -> list[str]:
    """Record columns of a tensor too large to record element by element."""
    return [f"min({name})", f"max({name})", f"mean({name})", f"norm({name})",
            f"norm(grad_{name})", *(f"norm({state}_{name})" for state in states)]


def prepare(spec: RunSpec) -> Prepared:
    """Validate ``spec`` (raising ExpressionError / ValueError / DeviceError) and convert it once."""
    program = parse_program(spec.expression)
    clash = sorted(set(spec.init) & set(spec.data))
    if clash:
        raise ValueError(f"`{clash[0]}` is both a parameter and data; give it one role")
    reserved = sorted(_RESERVED & set(spec.init))
    if reserved:
        raise ValueError(f"`{reserved[0]}` is a record column name; rename the parameter")
    program.check_names([*spec.init, *spec.data])
    trained = tuple(spec.init) if spec.trained is None else tuple(spec.trained)
    unknown = [name for name in trained if name not in spec.init]
    if unknown:
        raise ValueError(
            f"cannot train `{unknown[0]}`: it is not a parameter (parameters: {', '.join(spec.init) or 'none'})"
        )
    if not trained:
        raise ValueError("nothing to train: give at least one parameter a start value and train it")
    if isinstance(spec.steps, bool) or not isinstance(spec.steps, (int, np.integer)):
        raise ValueError(f"steps must be a whole number, not {spec.steps!r}")
    if not 1 <= spec.steps <= limits.MAX_RUN_STEPS:
        raise ValueError(f"steps must be between 1 and {limits.MAX_RUN_STEPS:,}, not {spec.steps:,}")
    if spec.optimizer not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer `{spec.optimizer}`: choose one of {', '.join(OPTIMIZERS)}")
    hyper = resolve_hyper(spec.optimizer, spec.hyper)
    device = resolve_device(spec.device)
    dtype = resolve_dtype(spec.dtype)

    init = {name: as_array(name, value, kind="start value of", finite=True)
            for name, value in spec.init.items()}
    start = {name: init[name] for name in trained}
    fixed_arrays = {name: as_array(name, value, kind="data", finite=True)
                    for name, value in spec.data.items()}
    fixed_arrays.update((name, array) for name, array in init.items() if name not in start)
    binding = Binding(program, start, fixed_arrays, dtype=dtype, device=device)

    states = state_names(spec.optimizer, hyper)
    elements = sum(a.size for a in start.values())
    summary = elements * (2 + len(states)) > limits.MAX_RECORDED_ELEMENTS
    if summary:
        param_columns: tuple[str, ...] = ()
        middle = tuple(c for name in trained for c in summary_columns(name, states))
        columns = ("step", "loss", *middle, "grad_norm", "lr")
    else:
        param_columns = tuple(c for name in trained for c in element_columns(name, start[name].shape))
        columns = (
            "step", "loss", *param_columns, *(f"grad_{c}" for c in param_columns), "grad_norm", "lr",
            *(f"{s}_{c}" for s in states for c in param_columns),
        )
    repeated = [c for c, count in Counter(columns).items() if count > 1]
    if repeated:
        raise ValueError(f"the record column `{repeated[0]}` would appear twice; rename a parameter")
    record_dtype = np.dtype([("step", np.int64)] + [(c, np.float64) for c in columns[1:]])
    return Prepared(
        spec=spec, binding=binding, hyper=hyper, trained=trained, start=start,
        param_columns=param_columns, state_names=states, columns=columns,
        record_dtype=record_dtype, summary=summary,
        grad_tol=_optional_bound("grad_tol", spec.grad_tol),
        loss_tol=_optional_bound("loss_tol", spec.loss_tol),
        time_limit=_optional_bound("time_limit", spec.time_limit, positive=True),
    )


def check_start_loss(prep: Prepared) -> None:
    """Evaluate once at the start values so torch errors surface at construction, not mid-run."""
    with torch.no_grad():
        try:
            prep.loss({name: prep.tensor(a) for name, a in prep.start.items()})
        except RuntimeError as err:  # torch errors the checked evaluation did not catch
            raise ValueError(f"the loss cannot be evaluated at the start values: {err}") from None


def divergence_reason(what: str, value: float, step: int) -> str:
    """Plain-language reason for a non-finite loss/gradient at ``step``."""
    return _not_finite(what, value, step).text()


def _not_finite(what: str, value: float, step: int) -> Stop:
    return Stop("not_finite", step, {"what": what, "value": "nan" if math.isnan(value) else "inf"})


def stop_verdict(prep: Prepared, step: int, loss: float, grad_norm: float, prev_loss: float | None,
                 bound: float) -> tuple[str, Stop] | None:
    """The stop rules at θ_k, in order: divergence, then the two tolerances; None to go on."""
    if not math.isfinite(loss):
        return "diverged", _not_finite("loss", loss, step)
    if not math.isfinite(grad_norm):
        return "diverged", _not_finite("gradient", grad_norm, step)
    if abs(loss) > bound:
        return "diverged", Stop("exploded", step, {"loss": loss, "bound": bound})
    if prep.grad_tol is not None and grad_norm <= prep.grad_tol:
        return "converged", Stop("grad_tol", step, {"norm": grad_norm, "tol": prep.grad_tol})
    if prep.loss_tol is not None and prev_loss is not None and abs(loss - prev_loss) <= prep.loss_tol:
        return "converged", Stop("loss_tol", step, {"change": abs(loss - prev_loss), "tol": prep.loss_tol})
    return None


def gradient_function(tensors: list[torch.Tensor], seed_shape: tuple[int, ...] = ()
                      ) -> Callable[[torch.Tensor], tuple[torch.Tensor, ...]]:
    """d(loss)/d(tensors) as ``torch.autograd.grad(..., materialize_grads=True)`` computes it.

    ``seed_shape`` is the loss's shape: ``(R,)`` for the independent losses of R runs, whose
    summed gradient gives each run its own. The autograd engine is called directly with the
    seed gradient made once: the Python checks
    and argument rebuilding ``torch.autograd.grad`` does on every call cost more than the
    backward pass itself on a scalar loss.
    """
    engine = torch.autograd.Variable._execution_engine  # what torch.autograd.grad calls
    inputs = tuple(tensors)
    seed = torch.ones(seed_shape, dtype=tensors[0].dtype, device=tensors[0].device)

    def gradients(loss: torch.Tensor) -> tuple[torch.Tensor, ...]:
        if not loss.requires_grad:
            return tuple(torch.zeros_like(t) for t in inputs)
        found = engine.run_backward((loss,), (seed,), False, False, inputs, True, False)
        if any(g is None for g in found):  # a parameter the loss does not use
            return tuple(torch.zeros_like(t) if g is None else g for t, g in zip(inputs, found))
        return found
    return gradients


class _Recorder:
    """Gathers each step's record row on the device; converts a whole batch at once.

    Element records: loss, every parameter element, every gradient element, the gradient norm,
    then the optimizer state after the update. Summary records (large tensors): loss, per
    tensor min/max/mean/norm of the value, norm of the gradient and of each state, grad norm.
    """

    def __init__(self, prep: Prepared, params: list[torch.Tensor], update: Update) -> None:
        self.prep = prep
        self.values = [p.detach() for p in params]
        self.flat_values = [v.reshape(-1) for v in self.values]
        self.update = update
        self.scalars = all(v.ndim == 0 for v in self.values)
        self.pre: list[torch.Tensor] = []
        self.post: list[torch.Tensor] = []
        self.lrs: list[float] = []

    def before(self, loss: torch.Tensor, grads: tuple[torch.Tensor, ...], norm: torch.Tensor) -> None:
        if self.prep.summary:
            self.pre.append(self._summaries(loss, grads, norm))
        elif self.scalars:
            self.pre.append(torch.stack([loss.detach(), *self.values, *grads, norm]))
        else:
            self.pre.append(torch.cat([loss.detach().reshape(1), *self.flat_values,
                                       *(g.reshape(-1) for g in grads), norm.reshape(1)]))

    def after(self, lr: float) -> None:
        self.lrs.append(lr)
        if self.prep.summary or not self.prep.state_names:
            return
        tensors = [t for name in self.prep.state_names for t in self.update.state[name]]
        self.post.append(torch.stack(tensors) if self.scalars
                         else torch.cat([t.reshape(-1) for t in tensors]))

    def _summaries(self, loss: torch.Tensor, grads: tuple[torch.Tensor, ...],
                   norm: torch.Tensor) -> torch.Tensor:
        parts = [loss.detach()]
        for index, (value, grad) in enumerate(zip(self.values, grads)):
            parts += [value.min(), value.max(), value.mean(), torch.linalg.vector_norm(value),
                      torch.linalg.vector_norm(grad)]
            parts += [torch.linalg.vector_norm(self.update.state[name][index])
                      if name in self.update.state else value.new_zeros(())
                      for name in self.prep.state_names]
        parts.append(norm)
        return torch.stack(parts)

    def __len__(self) -> int:
        return len(self.lrs)

    def take(self, first_step: int) -> np.ndarray:
        """The rows gathered since the last take, as a record batch."""
        rows = len(self.lrs)
        out = np.empty(rows, self.prep.record_dtype)
        if rows:
            flat = out.view(np.float64).reshape(rows, len(self.prep.columns))
            pre = torch.stack(self.pre[:rows]).cpu().numpy()
            width = pre.shape[1]
            flat[:, 1:1 + width] = pre
            flat[:, 1 + width] = self.lrs
            if self.post:
                flat[:, 2 + width:] = torch.stack(self.post[:rows]).cpu().numpy()
            out["step"] = np.arange(first_step, first_step + rows)
        self.pre, self.post, self.lrs = self.pre[rows:], self.post[rows:], []
        return out


class Run:
    """Iterate to perform the steps; each item is a record batch (numpy structured array).

    ``snapshots`` holds full parameter values (float64 arrays) at evenly spaced steps when the
    records are summaries (large tensors): ``[(step, {name: array}), ...]``, at most
    MAX_SNAPSHOT_ELEMENTS numbers, every ``snapshot_stride`` steps.
    """

    def __init__(self, spec: RunSpec) -> None:
        self._prep = prepare(spec)
        check_start_loss(self._prep)
        self.columns: tuple[str, ...] = self._prep.columns
        self.batch_size: int = 4096
        self.flush_seconds: float = 0.1
        self.result = RunResult()
        self.snapshots: list[tuple[int, dict[str, np.ndarray]]] = []
        self.snapshot_stride = 1
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._pending_lr: float | None = None
        self._started = False

    @property
    def record_dtype(self) -> np.dtype:
        return self._prep.record_dtype

    @property
    def summary(self) -> bool:
        """True when records keep per-tensor summaries instead of every element."""
        return self._prep.summary

    def cancel(self) -> None:
        """Stop before the next step (thread-safe)."""
        self._cancel.set()

    def set_lr(self, lr: float) -> None:
        """Use ``lr`` from the next step on (thread-safe); checked against the optimizer's bounds."""
        checked = resolve_hyper(self._prep.spec.optimizer, {**self._prep.hyper, "lr": lr})["lr"]
        with self._lock:
            self._pending_lr = float(checked)

    def __iter__(self) -> Iterator[np.ndarray]:
        if self._started:
            raise RuntimeError("a Run can be iterated only once; make a new Run to start again")
        self._started = True
        return self._generate()

    def _finish(self, status: str, stop: Stop, params: dict[str, torch.Tensor], loss: float | None,
                steps: int) -> None:
        if loss is None:
            with torch.no_grad():
                loss = float(self._prep.loss(params))
        diverged_at = stop.step if status == "diverged" else None
        self.result = RunResult(status, steps, self._prep.final(params, loss), stop.text(), diverged_at, stop)

    def _snapshot(self, step: int, tensors: list[torch.Tensor]) -> None:
        size = sum(t.numel() for t in tensors)
        if step % self.snapshot_stride or size > limits.MAX_SNAPSHOT_ELEMENTS:
            return
        self.snapshots.append((step, {name: t.detach().cpu().numpy().astype(np.float64)
                                      for name, t in zip(self._prep.trained, tensors)}))
        while len(self.snapshots) * size > limits.MAX_SNAPSHOT_ELEMENTS:
            self.snapshot_stride *= 2
            self.snapshots = [s for s in self.snapshots if s[0] % self.snapshot_stride == 0]

    def _generate(self) -> Iterator[np.ndarray]:
        prep = self._prep
        binding = prep.binding
        params = {name: prep.tensor(prep.start[name], requires_grad=True) for name in prep.trained}
        tensors = list(params.values())
        env = binding.environment(params)
        kernel = binding.kernel
        summed = binding.summed
        update = Update(prep.spec.optimizer, tensors, **prep.hyper)
        recorder = _Recorder(prep, tensors, update)
        single = len(tensors) == 1
        backward = gradient_function(tensors)
        vector_norm = torch.linalg.vector_norm
        t0 = last_flush = time.monotonic()
        first_step = step = 0
        bound: float | None = None
        prev_loss: float | None = None
        final_loss: float | None = None
        while True:
            stop = stop_before_step(self._cancel, prep, t0, step)
            if stop is not None:
                status, reason = stop
                break
            if self._pending_lr is not None:
                with self._lock:
                    update.lr, self._pending_lr = self._pending_lr, None
            loss = kernel(env)
            if summed:
                loss = loss.sum()
            grads = backward(loss)
            norm = vector_norm(grads[0]) if single else vector_norm(torch.cat([g.reshape(-1) for g in grads]))
            loss_value, norm_value = loss.item(), norm.item()
            if bound is None:
                bound = limits.DIVERGENCE_FACTOR * max(1.0, abs(loss_value))
            verdict = stop_verdict(prep, step, loss_value, norm_value, prev_loss, bound)
            if verdict is not None:
                status, reason = verdict
                final_loss = loss_value
                break
            prev_loss = loss_value
            if prep.summary:
                self._snapshot(step, tensors)
            recorder.before(loss, grads, norm)
            update.step(list(grads))
            recorder.after(update.lr)
            step += 1
            if len(recorder) >= self.batch_size or time.monotonic() - last_flush >= self.flush_seconds:
                self.result.steps = step
                yield recorder.take(first_step)
                first_step, last_flush = step, time.monotonic()
        self._finish(status, reason, params, final_loss, step)
        if len(recorder):
            yield recorder.take(first_step)


def run_to_end(spec: RunSpec, keep: bool = True) -> tuple[RunResult, np.ndarray]:
    """Run ``spec`` to its end; with ``keep`` the records are concatenated, else an empty array."""
    run = Run(spec)
    batches: list[Any] = []
    for batch in run:
        if keep:
            batches.append(batch)
    records = np.concatenate(batches) if batches else np.empty(0, run.record_dtype)
    return run.result, records
