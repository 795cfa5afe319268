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
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from numpy.typing import ArrayLike

from desktop_app.core import limits
from desktop_app.core.devices import resolve_device, resolve_dtype
from desktop_app.core.expression import Program, evaluate, parse_program
from desktop_app.core.optimizers import OPTIMIZERS, STATE_KEYS, make_optimizer, resolve_hyper, state_names
from desktop_app.core.values import as_array

__all__ = [
    "Prepared",
    "Run",
    "RunResult",
    "RunSpec",
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


@dataclass
class RunResult:
    status: str = "running"
    steps: int = 0
    final: dict[str, float | list] = field(default_factory=dict)
    reason: str = ""
    diverged_at: int | None = None


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
    program: Program
    device: torch.device
    dtype: torch.dtype
    hyper: dict[str, float | bool]
    trained: tuple[str, ...]
    start: dict[str, np.ndarray]          # trained parameters' start values (float64)
    fixed: dict[str, torch.Tensor]        # data and untrained parameters, on device/dtype
    param_columns: tuple[str, ...]
    state_names: tuple[str, ...]
    columns: tuple[str, ...]
    record_dtype: np.dtype
    grad_tol: float | None
    loss_tol: float | None
    time_limit: float | None

    def loss(self, values: Mapping[str, torch.Tensor]) -> torch.Tensor:
        """The scalar loss (a non-scalar result is summed, as TensorFlow's tape does)."""
        result = evaluate(self.program, {**self.fixed, **values})
        return result.sum() if result.ndim else result

    def tensor(self, array: np.ndarray, requires_grad: bool = False) -> torch.Tensor:
        return torch.tensor(array, dtype=self.dtype, device=self.device, requires_grad=requires_grad)

    def final(self, params: Mapping[str, torch.Tensor], loss: float) -> dict[str, float | list]:
        out: dict[str, float | list] = {}
        for name in self.spec.init:
            tensor = params[name] if name in params else self.fixed[name]
            out[name] = tensor.detach().cpu().tolist()
        out["loss"] = loss
        return out


def stop_before_step(
    cancel: threading.Event, prep: Prepared, started: float, step: int
) -> tuple[str, str] | None:
    """(status, reason) when a run must stop before ``step`` (cancel, time limit, steps done)."""
    if cancel.is_set():
        return "stopped", "stopped by the user"
    if prep.time_limit is not None and time.monotonic() - started >= prep.time_limit:
        return "stopped", f"time limit of {prep.time_limit:g} s reached"
    if step >= prep.spec.steps:
        return "finished", f"finished {prep.spec.steps:,} steps"
    return None


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
    fixed = {name: torch.tensor(a, dtype=dtype, device=device) for name, a in fixed_arrays.items()}

    param_columns = tuple(c for name in trained for c in element_columns(name, start[name].shape))
    states = state_names(spec.optimizer, hyper)
    columns = (
        "step", "loss", *param_columns, *(f"grad_{c}" for c in param_columns), "grad_norm", "lr",
        *(f"{s}_{c}" for s in states for c in param_columns),
    )
    repeated = [c for c, count in Counter(columns).items() if count > 1]
    if repeated:
        raise ValueError(f"the record column `{repeated[0]}` would appear twice; rename a parameter")
    record_dtype = np.dtype([("step", np.int64)] + [(c, np.float64) for c in columns[1:]])
    return Prepared(
        spec=spec, program=program, device=device, dtype=dtype, hyper=hyper, trained=trained,
        start=start, fixed=fixed, param_columns=param_columns, state_names=states, columns=columns,
        record_dtype=record_dtype,
        grad_tol=_optional_bound("grad_tol", spec.grad_tol),
        loss_tol=_optional_bound("loss_tol", spec.loss_tol),
        time_limit=_optional_bound("time_limit", spec.time_limit, positive=True),
    )


def check_start_loss(prep: Prepared) -> None:
    """Evaluate once at the start values so shape errors surface at construction, not mid-run."""
    with torch.no_grad():
        try:
            prep.loss({name: prep.tensor(a) for name, a in prep.start.items()})
        except RuntimeError as err:  # torch shape/dtype errors the expression checker did not catch
            raise ValueError(f"the loss cannot be evaluated at the start values: {err}") from None


def divergence_reason(what: str, value: float, step: int) -> str:
    """Plain-language reason for a non-finite loss/gradient at ``step``."""
    kind = "NaN (not a number)" if math.isnan(value) else "infinite"
    if step == 0:
        return f"the {what} is {kind} at the start values: check the start values and the data"
    return f"the {what} became {kind} at step {step}: the learning rate is probably too large"


def stop_verdict(prep: Prepared, step: int, loss: float, grad_norm: float, prev_loss: float | None,
                 bound: float) -> tuple[str, str] | None:
    """The stop rules at θ_k, in order: divergence, then the two tolerances; None to go on."""
    if not math.isfinite(loss):
        return "diverged", divergence_reason("loss", loss, step)
    if not math.isfinite(grad_norm):
        return "diverged", divergence_reason("gradient", grad_norm, step)
    if abs(loss) > bound:
        return "diverged", (
            f"the loss exploded to {loss:.3g} at step {step} (beyond {bound:.3g}): "
            "the learning rate is probably too large"
        )
    if prep.grad_tol is not None and grad_norm <= prep.grad_tol:
        return "converged", (
            f"converged: the gradient norm {grad_norm:.3g} is at most grad_tol {prep.grad_tol:g} (step {step})"
        )
    if prep.loss_tol is not None and prev_loss is not None and abs(loss - prev_loss) <= prep.loss_tol:
        return "converged", (
            f"converged: the loss changed by {abs(loss - prev_loss):.3g}, at most loss_tol "
            f"{prep.loss_tol:g} (step {step})"
        )
    return None


class RecordBlock:
    """A preallocated batch of records, filled row by row through a float64 view."""

    def __init__(self, dtype: np.dtype, size: int, first_step: int) -> None:
        self.array = np.empty(size, dtype)
        self.flat = self.array.view(np.float64).reshape(size, len(dtype.names))
        self.first_step = first_step
        self.rows = 0

    def take(self) -> np.ndarray:
        """The filled rows (step column set), copied when the block is not full."""
        out = self.array[: self.rows]
        if self.rows < len(self.array):
            out = out.copy()
        out["step"] = np.arange(self.first_step, self.first_step + self.rows)
        return out


class Run:
    """Iterate to perform the steps; each item is a record batch (numpy structured array)."""

    def __init__(self, spec: RunSpec) -> None:
        self._prep = prepare(spec)
        check_start_loss(self._prep)
        self.columns: tuple[str, ...] = self._prep.columns
        self.batch_size: int = 4096
        self.flush_seconds: float = 0.1
        self.result = RunResult()
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._pending_lr: float | None = None
        self._started = False

    @property
    def record_dtype(self) -> np.dtype:
        return self._prep.record_dtype

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

    def _finish(self, status: str, reason: str, params: dict[str, torch.Tensor], loss: float | None,
                steps: int, diverged_at: int | None = None) -> None:
        if loss is None:
            with torch.no_grad():
                loss = float(self._prep.loss(params))
        self.result = RunResult(status, steps, self._prep.final(params, loss), reason, diverged_at)

    def _generate(self) -> Iterator[np.ndarray]:
        prep = self._prep
        spec = prep.spec
        names = prep.trained
        params = {name: prep.tensor(prep.start[name], requires_grad=True) for name in names}
        tensors = list(params.values())
        opt = make_optimizer(spec.optimizer, tensors, **prep.hyper)
        group = opt.param_groups[0]
        torch_keys = [STATE_KEYS[s] for s in prep.state_names]
        n = len(prep.param_columns)
        pre_end = 1 + 1 + 2 * n + 1       # step, loss, params, grads, grad_norm
        lr_col = pre_end
        norm_idx = pre_end - 2             # index of grad_norm within the "pre" vector (no step)
        t0 = last_flush = time.monotonic()
        block = RecordBlock(prep.record_dtype, max(1, int(self.batch_size)), 0)
        bound: float | None = None
        prev_loss: float | None = None
        step = 0
        status = reason = ""
        final_loss: float | None = None
        diverged_at = None
        while True:
            stop = stop_before_step(self._cancel, prep, t0, step)
            if stop is not None:
                status, reason = stop
                break
            with self._lock:
                if self._pending_lr is not None:
                    group["lr"] = self._pending_lr
                    self._pending_lr = None
            loss = prep.loss(params)
            if loss.requires_grad:
                grads = torch.autograd.grad(loss, tensors, allow_unused=True, materialize_grads=True)
            else:
                grads = tuple(torch.zeros_like(t) for t in tensors)
            flat_grad = torch.cat([g.reshape(-1) for g in grads])
            pre = torch.cat([
                loss.detach().reshape(1), *(t.detach().reshape(-1) for t in tensors), flat_grad,
                torch.linalg.vector_norm(flat_grad).reshape(1),
            ]).cpu().numpy()
            loss_value = float(pre[0])
            if bound is None:
                bound = limits.DIVERGENCE_FACTOR * max(1.0, abs(loss_value))
            verdict = stop_verdict(prep, step, loss_value, float(pre[norm_idx]), prev_loss, bound)
            if verdict is not None:
                status, reason = verdict
                final_loss = loss_value
                diverged_at = step if status == "diverged" else None
                break
            prev_loss = loss_value
            for t, g in zip(tensors, grads):
                t.grad = g
            opt.step()
            row = block.flat[block.rows]
            row[1:pre_end] = pre
            row[lr_col] = group["lr"]
            if torch_keys:
                row[lr_col + 1:] = torch.cat(
                    [opt.state[t][key].reshape(-1) for key in torch_keys for t in tensors]
                ).cpu().numpy()
            block.rows += 1
            step += 1
            now = time.monotonic()
            if block.rows >= min(len(block.array), self.batch_size) or now - last_flush >= self.flush_seconds:
                self.result.steps = step
                yield block.take()
                block = RecordBlock(prep.record_dtype, max(1, int(self.batch_size)), step)
                last_flush = now
        for t in tensors:
            t.grad = None
        self._finish(status, reason, params, final_loss, step, diverged_at)
        if block.rows:
            yield block.take()


def run_to_end(spec: RunSpec, keep: bool = True) -> tuple[RunResult, np.ndarray]:
    """Run ``spec`` to its end; with ``keep`` the records are concatenated, else an empty array."""
    run = Run(spec)
    batches: list[Any] = []
    for batch in run:
        if keep:
            batches.append(batch)
    records = np.concatenate(batches) if batches else np.empty(0, run.record_dtype)
    return run.result, records
