"""The true minimum of a loss over a few scalar parameters, found by a minimiser, or none.

Why not the grid's best point: an 80 × 80 grid puts Rosenbrock's minimum at (1.30, 1.68); the
class must see (1, 1). L-BFGS (torch's, with a strong-Wolfe line search, in float64) starts from
the grid's best points and the run's start and polishes them on the real loss; a result counts
only when its gradient is ~0 and no nearby point is lower. A loss without a minimum (``x*y``,
``x + y``, ``-x**2``) walks off to huge values and gets None, so no star is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import torch
from numpy.typing import ArrayLike

from desktop_app.core.expression import Program, evaluate, parse_program

__all__ = ["Minimum", "find_minimum"]

#: L-BFGS iterations per start (each costs a few loss and gradient evaluations).
MAX_ITERATIONS = 200
#: A point is a minimum when its gradient norm is below this (relative to the loss scale)...
GRADIENT_TOLERANCE = 1e-6
#: ...and it stays within this many multiples of the start's distance (else it ran away).
MAX_TRAVEL = 1e4
#: Relative size of the probes around a candidate that must all be no lower.
PROBE = 1e-3


class _RanAway(Exception):
    """The minimiser left the reach of the start: the loss has no minimum that way."""


@dataclass(frozen=True)
class Minimum:
    """Where the loss is smallest among the minima found, and its value there."""

    point: dict[str, float]
    loss: float


def _loss(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor],
          x: torch.Tensor) -> torch.Tensor:
    result = evaluate(program, {**fixed, **{n: x[i] for i, n in enumerate(names)}})
    return result.sum() if result.ndim else result


def _polish(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor],
            start: np.ndarray) -> tuple[np.ndarray, float] | None:
    x = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([x], max_iter=MAX_ITERATIONS, tolerance_grad=1e-12,
                                  tolerance_change=1e-15, line_search_fn="strong_wolfe")

    scale = 1.0 + float(np.max(np.abs(start)))
    reach = MAX_TRAVEL * scale

    def closure() -> torch.Tensor:
        if float(x.detach().abs().max()) > reach:
            raise _RanAway  # unbounded below: the line search would go on extrapolating (w*v: 250 steps)
        optimizer.zero_grad()
        value = _loss(program, names, fixed, x)
        if torch.isfinite(value):
            value.backward()
        return value

    try:
        optimizer.step(closure)
    except _RanAway:
        return None
    except (RuntimeError, ValueError, IndexError):  # IndexError: torch's line search on NaN
        return None  # NaN in the line search, a shape problem: no minimum from this start
    point = x.detach().numpy().copy()
    if not np.all(np.isfinite(point)) or np.max(np.abs(point)) > reach:
        return None
    value = x.detach().clone().requires_grad_(True)
    loss = _loss(program, names, fixed, value)
    if not torch.isfinite(loss):
        return None
    (gradient,) = torch.autograd.grad(loss, value)
    loss_value = float(loss.detach())
    if float(gradient.norm()) > GRADIENT_TOLERANCE * max(1.0, abs(loss_value)) * max(1.0, scale):
        return None  # still sliding: unbounded below, or stopped on a slope
    if not _lowest_nearby(program, names, fixed, point, loss_value):
        return None  # a saddle point
    return point, loss_value


def _lowest_nearby(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor],
                   point: np.ndarray, loss: float) -> bool:
    step = PROBE * (1.0 + np.abs(point))
    directions = [np.eye(len(point))[i] * sign for i in range(len(point)) for sign in (1, -1)]
    if len(point) == 2:
        directions += [np.array([a, b]) for a in (1, -1) for b in (1, -1)]
    with torch.no_grad():
        for direction in directions:
            probe = torch.tensor(point + step * direction, dtype=torch.float64)
            value = float(_loss(program, names, fixed, probe))
            if value < loss - 1e-12 * max(1.0, abs(loss)):
                return False
    return True


def find_minimum(program: Program | str, starts: Sequence[Mapping[str, float]],
                 values: Mapping[str, ArrayLike] | None = None) -> Minimum | None:
    """The lowest minimum reached from `starts` (each a value for every searched parameter);
    `values` holds the other names. None when no start reaches a minimum."""
    program = parse_program(program) if isinstance(program, str) else program
    if not starts:
        return None
    names = list(starts[0])
    program.check_names([*names, *(values or {})])
    fixed = {n: torch.as_tensor(np.asarray(v, dtype=np.float64)) for n, v in (values or {}).items()}
    best: tuple[np.ndarray, float] | None = None
    for start in starts:
        found = _polish(program, names, fixed, np.array([float(start[n]) for n in names]))
        if found is not None and (best is None or found[1] < best[1]):
            best = found
    if best is None:
        return None
    return Minimum({n: float(v) for n, v in zip(names, best[0])}, best[1])
