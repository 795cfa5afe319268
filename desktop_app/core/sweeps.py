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
from desktop_app.core.optimizers import OPTIMIZERS, Update, resolve_hyper
from desktop_app.core.runs import (
    Prepared,
    Run,
    RunResult,
    RunSpec,
    check_start_loss,
    gradient_function,
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
        runs = len(self.lrs)
        if runs * sum(a.size for a in prep.start.values()) > limits.MAX_ELEMENTS:
            return False
        if runs * prep.binding.report.elements > limits.MAX_TOTAL_ELEMENTS:
            return False
        binding = prep.binding
        try:
            self._losses = binding.kernel.batched(set(prep.trained), binding.shapes)
            with torch.no_grad():
                self._losses(binding.environment(dict(zip(prep.trained, self._stack(prep, 1)))))
        except (RuntimeError, ValueError, NotImplementedError, IndexError):
            return False  # no batching rule fits: run the learning rates one by one
        return True

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
        runs = len(self.lrs)
        params = [p.requires_grad_(True) for p in self._stack(prep, runs)]
        env = prep.binding.environment(dict(zip(prep.trained, params)))
        losses_of = self._losses
        backward = gradient_function(params, seed_shape=(runs,))
        values = [p.detach() for p in params]  # aliases, updated in place without autograd
        step_all = self._updater(prep, values)
        scalars = all(v.ndim == 1 for v in values)
        single = len(values) == 1
        ncols = len(prep.columns)
        width = 1 + 2 * len(prep.param_columns) + 1   # loss, params, grads, grad_norm
        active = np.ones(runs, dtype=bool)
        stopped = False  # some run has stopped
        prev_loss = np.full(runs, np.nan)
        bound = math.inf
        pre_rows: list[torch.Tensor] = []
        post_rows: list[torch.Tensor] = []
        ends = np.full(runs, np.iinfo(np.int64).max)  # the step at which each run stopped
        first_step = 0
        t0 = last_flush = time.monotonic()
        step = 0
        status, reason = "", None

        def flush() -> Iterator[tuple[int, np.ndarray]]:
            if not pre_rows:
                return
            stage = np.empty((len(pre_rows), runs, ncols))
            stage[:, :, 1:1 + width] = torch.stack(pre_rows).cpu().numpy()
            stage[:, :, 1 + width] = self.lrs
            if post_rows:
                stage[:, :, 2 + width:] = torch.stack(post_rows).cpu().numpy()
            counts = np.minimum(ends, step) - first_step
            for r in np.flatnonzero(counts > 0):
                out = np.empty(counts[r], prep.record_dtype)
                out.view(np.float64).reshape(counts[r], ncols)[:] = stage[: counts[r], r]
                out["step"] = np.arange(first_step, first_step + counts[r])
                yield int(r), out

        while True:
            stop = stop_before_step(self._cancel, prep, t0, step)
            if stop is not None:
                status, reason = stop
                break
            losses = losses_of(env)
            grads = backward(losses)
            losses = losses.detach()
            if single and scalars:
                norms = torch.abs(grads[0])  # the norm of one number, exactly
            else:
                flat_grad = torch.cat([g.reshape(runs, -1) for g in grads], dim=1)
                norms = torch.linalg.vector_norm(flat_grad, dim=1)
            host = torch.stack([losses, norms]).cpu().numpy()
            loss, grad_norm = host[0], host[1]
            if step == 0:  # every run starts from the same point, so they share one bound
                bound = limits.DIVERGENCE_FACTOR * max(1.0, abs(float(loss[0])))
            going = (host[:, active], prev_loss[active]) if stopped else (host, prev_loss)
            if not self._all_go_on(*going, bound):
                for r in np.flatnonzero(active):
                    previous = None if math.isnan(prev_loss[r]) else float(prev_loss[r])
                    verdict = stop_verdict(prep, step, float(loss[r]), float(grad_norm[r]), previous, bound)
                    if verdict is not None:  # this run stops here; the others go on
                        active[r] = False
                        ends[r] = step
                        stopped = True
                        point = {name: v[r] for name, v in zip(prep.trained, values)}
                        self.results[r] = RunResult(verdict[0], step, prep.final(point, float(loss[r])),
                                                    verdict[1].text(),
                                                    step if verdict[0] == "diverged" else None, verdict[1])
                if not active.any():
                    break
            if prep.loss_tol is not None:
                prev_loss = loss.astype(np.float64)
            if scalars:
                pre_rows.append(torch.stack([losses, *values, *grads, norms], dim=1))
            else:
                pre_rows.append(torch.cat([losses.reshape(runs, 1), *(v.reshape(runs, -1) for v in values),
                                           flat_grad, norms.reshape(runs, 1)], dim=1))
            # A stopped run keeps moving (its numbers are no longer used): runs are independent,
            # so that costs nothing to the others and saves masking every step.
            state = step_all(grads)
            if state:
                post_rows.append(torch.stack(state, dim=1) if scalars
                                 else torch.cat([t.reshape(runs, -1) for t in state], dim=1))
            step += 1
            now = time.monotonic()
            if step - first_step >= self.batch_size or now - last_flush >= self.flush_seconds:
                yield from flush()
                pre_rows.clear()
                post_rows.clear()
                first_step = step
                last_flush = now
        if active.any():
            with torch.no_grad():
                end_losses = losses_of(env).cpu().numpy()
            for r in np.flatnonzero(active):
                point = {name: v[r] for name, v in zip(prep.trained, values)}
                self.results[r] = RunResult(status, step, prep.final(point, float(end_losses[r])),
                                            reason.text(), None, reason)
        yield from flush()

    def _all_go_on(self, host: np.ndarray, prev_loss: np.ndarray, bound: float) -> bool:
        """True when no run meets a stop rule (``host``: losses and gradient norms of the runs
        still going). Cheap whole-array tests; a False is examined run by run."""
        prep = self._prep
        assert prep is not None
        if not np.abs(host).max() <= bound:  # NaN and inf fail too (a large norm is looked at)
            return False
        if prep.grad_tol is not None and not host[1].min() > prep.grad_tol:
            return False
        if prep.loss_tol is not None and not np.isnan(prev_loss).any():
            return bool((np.abs(host[0].astype(np.float64) - prev_loss) > prep.loss_tol).all())
        return True

    def _updater(self, prep: Prepared, values: list[torch.Tensor]
                 ) -> Callable[[tuple[torch.Tensor, ...]], list[torch.Tensor]]:
        """One step of every run; returns the optimizer state tensors after it (record order).

        Gradient descent multiplies by each run's learning rate directly (``p -= g * lr``, as
        in one run). Every other optimizer runs once, with ``lr = 1``, on a zeroed proxy
        tensor, after which the proxy holds ``-u`` and each run applies ``p += lr * proxy``.
        """
        runs = len(self.lrs)
        rates = [torch.tensor(self.lrs, dtype=prep.dtype, device=prep.device).reshape((runs,) + (1,) * (v.ndim - 1))
                 for v in values]
        name = prep.spec.optimizer
        if name == "gd":
            def descend(grads: tuple[torch.Tensor, ...]) -> list[torch.Tensor]:
                for v, g, rate in zip(values, grads, rates):
                    v.sub_(g * rate)
                return []
            return descend
        proxies = [torch.zeros_like(v) for v in values]
        weight_decay = float(prep.hyper.get("weight_decay", 0.0))
        decoupled = name == "adamw"
        proxy_hyper = {**prep.hyper, "lr": 1.0}
        if "weight_decay" in proxy_hyper:
            proxy_hyper["weight_decay"] = 0.0
        update = Update(name, proxies, **proxy_hyper)
        names = prep.state_names

        def step(grads: tuple[torch.Tensor, ...]) -> list[torch.Tensor]:
            if weight_decay and not decoupled:  # L2 decay joins the gradient, as torch does first
                grads = tuple(g + weight_decay * v for v, g in zip(values, grads))
            update.step(list(grads))
            for v, proxy, rate in zip(values, proxies, rates):
                if decoupled:
                    v.copy_(v * (1 - rate * weight_decay) + rate * proxy)
                else:
                    v.add_(rate * proxy)
                proxy.zero_()
            return [t for key in names for t in update.state[key]]
        return step
