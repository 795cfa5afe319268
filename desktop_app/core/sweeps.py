"""Several runs side by side: one spec with a list of learning rates, or a list of optimizers.

Learning-rate sweeps are batched: the trained parameters get a leading run dimension, losses and
gradients of all runs come from one ``vmap(grad_and_value(loss))`` call, and one torch optimizer
updates all runs at once. That works because every optimizer here is elementwise and its
learning rate is a final multiplier of the update, ``p -= lr * u``: the optimizer runs with
``lr = 1`` on a zeroed proxy tensor, ``u = -proxy`` after its step, and each run applies its own
``lr``. The two exceptions are handled outside the optimizer: L2 ``weight_decay`` is added to the
gradient (``g + wd * p``, exactly what torch does first) and AdamW's decoupled decay is applied as
``p *= 1 - lr * wd``. Adagrad with ``lr_decay`` (lr is inside its step size) and expressions that
cannot be vmapped fall back to separate runs, interleaved like an optimizer comparison.

Each run keeps its own status: a run that diverges or converges stops updating and stops
yielding rows while the others go on. Cancel and the time limit stop every run.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace

import numpy as np
import torch

from desktop_app.core import limits
from desktop_app.core.optimizers import OPTIMIZERS, STATE_KEYS, make_optimizer, resolve_hyper
from desktop_app.core.runs import (
    Prepared,
    Run,
    RunResult,
    RunSpec,
    check_start_loss,
    prepare,
    stop_before_step,
    stop_verdict,
)

__all__ = ["Sweep"]

OptimizerChoice = str | tuple[str, Mapping[str, float]]


def _optimizer_spec(spec: RunSpec, choice: OptimizerChoice) -> tuple[RunSpec, str]:
    """A spec for one optimizer of a comparison and its label.

    A plain name takes those of ``spec.hyper`` that the optimizer has (so a shared ``lr``
    applies to all); a ``(name, hyper)`` pair gives that optimizer's hyper-parameters.
    """
    if isinstance(choice, str):
        if choice not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer `{choice}`: choose one of {', '.join(OPTIMIZERS)}")
        known = {h.name for h in OPTIMIZERS[choice].hyper}
        return replace(spec, optimizer=choice, hyper={k: v for k, v in spec.hyper.items() if k in known}), choice
    name, hyper = choice
    details = ", ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in hyper.items())
    return replace(spec, optimizer=name, hyper=dict(hyper)), f"{name} ({details})" if details else name


class Sweep:
    """Iterate to get ``(run_index, batch)`` pairs; ``labels[i]`` and ``results[i]`` describe run i."""

    def __init__(self, spec: RunSpec, lrs: Sequence[float] | None = None,
                 optimizers: Sequence[OptimizerChoice] | None = None) -> None:
        if (lrs is None) == (optimizers is None):
            raise ValueError("a sweep takes either a list of learning rates or a list of optimizers")
        choices = list(lrs if lrs is not None else optimizers)  # type: ignore[arg-type]
        if not choices:
            raise ValueError("a sweep needs at least one run")
        if len(choices) > limits.MAX_SWEEP_RUNS:
            raise ValueError(f"a sweep runs at most {limits.MAX_SWEEP_RUNS} runs, not {len(choices)}")
        self.batch_size: int = 4096
        self.flush_seconds: float = 0.1
        self._cancel = threading.Event()
        self._started = False
        self._runs: list[Run] = []
        self._prep: Prepared | None = None
        self.lrs: list[float]  # each run's (starting) learning rate
        self.labels: tuple[str, ...]
        if optimizers is not None:
            specs, labels = zip(*(_optimizer_spec(spec, c) for c in choices))
            self._runs = [Run(s) for s in specs]
            self.labels = tuple(labels)
            self.lrs = [float(resolve_hyper(s.optimizer, s.hyper)["lr"]) for s in specs]
        else:
            self.lrs = [float(resolve_hyper(spec.optimizer, {**spec.hyper, "lr": lr})["lr"]) for lr in choices]
            self.labels = tuple(f"lr={lr:g}" for lr in self.lrs)
            prep = prepare(spec)
            check_start_loss(prep)
            if self._can_batch(prep):
                self._prep = prep
            else:
                self._runs = [Run(replace(spec, hyper={**spec.hyper, "lr": lr})) for lr in self.lrs]
        self.results: list[RunResult] = [RunResult() for _ in choices]

    @property
    def batched(self) -> bool:
        """True when the runs are computed together (one vmapped evaluation per step)."""
        return self._prep is not None

    @property
    def record_dtype(self) -> np.dtype:
        return self._prep.record_dtype if self._prep is not None else self._runs[0].record_dtype

    def cancel(self) -> None:
        """Stop every run before its next step (thread-safe)."""
        self._cancel.set()
        for run in self._runs:
            run.cancel()

    def __iter__(self) -> Iterator[tuple[int, np.ndarray]]:
        if self._started:
            raise RuntimeError("a Sweep can be iterated only once; make a new Sweep to start again")
        self._started = True
        return self._batched() if self._prep is not None else self._interleaved()

    def _can_batch(self, prep: Prepared) -> bool:
        if (prep.spec.optimizer == "adagrad" and prep.hyper["lr_decay"] != 0) or prep.summary:
            return False
        stacked = len(self.lrs) * sum(a.size for a in prep.start.values())
        if stacked > limits.MAX_ELEMENTS:
            return False
        try:
            self._loss_and_grad(prep)(*self._stack(prep, 1))
        except (RuntimeError, ValueError, NotImplementedError):
            return False  # an expression vmap cannot batch: run the learning rates one by one
        return True

    @staticmethod
    def _loss_and_grad(prep: Prepared) -> Callable[..., tuple[tuple[torch.Tensor, ...], torch.Tensor]]:
        names = prep.trained

        def loss(*values: torch.Tensor) -> torch.Tensor:
            return prep.loss(dict(zip(names, values)))

        return torch.func.vmap(torch.func.grad_and_value(loss, argnums=tuple(range(len(names)))))

    @staticmethod
    def _stack(prep: Prepared, runs: int) -> list[torch.Tensor]:
        return [prep.tensor(np.broadcast_to(a, (runs, *a.shape)).copy()) for a in prep.start.values()]

    def _interleaved(self) -> Iterator[tuple[int, np.ndarray]]:
        """Advance every run a chunk at a time in turn, so they progress side by side."""
        iterators = {}
        for i, run in enumerate(self._runs):
            run.batch_size = max(1, min(self.batch_size, 256))
            run.flush_seconds = self.flush_seconds
            iterators[i] = iter(run)
        while iterators:
            for i in list(iterators):
                batch = next(iterators[i], None)
                if batch is None:
                    del iterators[i]
                    self.results[i] = self._runs[i].result
                elif len(batch):
                    yield i, batch

    def _batched(self) -> Iterator[tuple[int, np.ndarray]]:  # noqa: C901 - one loop, stop rules per run
        prep = self._prep
        assert prep is not None
        spec = prep.spec
        runs = len(self.lrs)
        params = self._stack(prep, runs)
        proxies = [torch.zeros_like(p) for p in params]
        weight_decay = float(prep.hyper.get("weight_decay", 0.0))
        decoupled = spec.optimizer == "adamw"
        proxy_hyper = {**prep.hyper, "lr": 1.0}
        if "weight_decay" in proxy_hyper:
            proxy_hyper["weight_decay"] = 0.0
        opt = make_optimizer(spec.optimizer, proxies, **proxy_hyper)
        loss_and_grad = self._loss_and_grad(prep)
        loss_only = torch.func.vmap(lambda *v: prep.loss(dict(zip(prep.trained, v))))
        rates = [torch.tensor(self.lrs, dtype=prep.dtype, device=prep.device).reshape((runs,) + (1,) * (p.ndim - 1))
                 for p in params]
        torch_keys = [STATE_KEYS[s] for s in prep.state_names]
        ncols = len(prep.columns)
        pre_end = 2 + 2 * len(prep.param_columns) + 1   # step, loss, params, grads, grad_norm
        active = np.ones(runs, dtype=bool)
        mask = torch.ones(runs, dtype=torch.bool, device=prep.device)
        prev_loss = np.full(runs, np.nan)
        final_loss = np.full(runs, np.nan)
        bound = math.inf
        grad_tol = -math.inf if prep.grad_tol is None else prep.grad_tol
        loss_tol = -math.inf if prep.loss_tol is None else prep.loss_tol
        # rows of every run for the current batch; run r's rows are stage[:counts[r], r]
        stage = np.empty((max(1, int(self.batch_size)), runs, ncols))
        stage[:, :, pre_end] = self.lrs
        counts = np.zeros(runs, dtype=np.int64)
        first_step = 0
        t0 = last_flush = time.monotonic()
        step = 0
        status, reason = "", ""

        def flush() -> Iterator[tuple[int, np.ndarray]]:
            for r in np.flatnonzero(counts):
                out = np.empty(counts[r], prep.record_dtype)
                out.view(np.float64).reshape(counts[r], ncols)[:] = stage[: counts[r], r]
                out["step"] = np.arange(first_step, first_step + counts[r])
                yield int(r), out

        while True:
            stop = stop_before_step(self._cancel, prep, t0, step)
            if stop is not None:
                status, reason = stop
                break
            grads, losses = loss_and_grad(*params)
            flat_grad = torch.cat([g.reshape(runs, -1) for g in grads], dim=1)
            pre = torch.cat([
                losses.reshape(runs, 1), *(p.reshape(runs, -1) for p in params), flat_grad,
                torch.linalg.vector_norm(flat_grad, dim=1).reshape(runs, 1),
            ], dim=1).cpu().numpy()
            loss, grad_norm = pre[:, 0].astype(np.float64), pre[:, pre_end - 2].astype(np.float64)
            if step == 0:  # every run starts from the same point, so they share one bound
                bound = limits.DIVERGENCE_FACTOR * max(1.0, abs(float(loss[0])))
            with np.errstate(invalid="ignore"):
                suspect = active & ~(np.isfinite(loss) & np.isfinite(grad_norm) & (np.abs(loss) <= bound)
                                     & (grad_norm > grad_tol) & ~(np.abs(loss - prev_loss) <= loss_tol))
            for r in np.flatnonzero(suspect):
                previous = None if math.isnan(prev_loss[r]) else float(prev_loss[r])
                verdict = stop_verdict(prep, step, float(loss[r]), float(grad_norm[r]), previous, bound)
                if verdict is not None:
                    active[r] = False
                    final_loss[r] = loss[r]
                    self.results[r] = RunResult(verdict[0], step, {}, verdict[1].text(),
                                                step if verdict[0] == "diverged" else None, verdict[1])
            if suspect.any():
                mask = torch.as_tensor(active, device=prep.device)
            if not active.any():
                break
            prev_loss = loss
            with torch.no_grad():
                for p, g, proxy in zip(params, grads, proxies):
                    if weight_decay and not decoupled:
                        g = g + weight_decay * p
                    proxy.grad = torch.where(mask.reshape((runs,) + (1,) * (p.ndim - 1)), g, torch.zeros_like(g))
                opt.step()
                for p, proxy, rate in zip(params, proxies, rates):
                    # after one step from 0 with lr = 1 the proxy holds -u
                    new = p * (1 - rate * weight_decay) + rate * proxy if decoupled else p + rate * proxy
                    p.copy_(torch.where(mask.reshape(rate.shape), new, p))
                    proxy.zero_()
            row = stage[step - first_step]
            row[:, 1:pre_end] = pre
            if torch_keys:
                row[:, pre_end + 1:] = torch.cat(
                    [opt.state[x][key].reshape(runs, -1) for key in torch_keys for x in proxies], dim=1
                ).cpu().numpy()
            counts += active
            step += 1
            now = time.monotonic()
            if step - first_step >= min(len(stage), self.batch_size) or now - last_flush >= self.flush_seconds:
                yield from flush()
                if len(stage) != max(1, int(self.batch_size)):
                    stage = np.empty((max(1, int(self.batch_size)), runs, ncols))
                    stage[:, :, pre_end] = self.lrs
                counts[:] = 0
                first_step = step
                last_flush = now
        with torch.no_grad():
            end_losses = loss_only(*params).cpu().numpy()
        for r in range(runs):
            if active[r]:
                self.results[r] = RunResult(status, step, {}, reason.text(), None, reason)
                final_loss[r] = end_losses[r]
            values = {name: p[r] for name, p in zip(prep.trained, params)}
            self.results[r].final = prep.final(values, float(final_loss[r]))
        yield from flush()
