"""The true minimum of a loss over a few scalar parameters, found by a minimiser, or none.

Why not the grid's best point: an 80 × 80 grid puts Rosenbrock's minimum at (1.30, 1.68); the
class must see (1, 1). L-BFGS (torch's, with a strong-Wolfe line search, in float64) starts from
the grid's best points and the run's start and polishes them on the real loss; a result counts
only when its gradient is ~0 and no nearby point is lower. A loss without a minimum (``x*y``,
``x + y``, ``-x**2``) walks off to huge values and gets None, so no star is drawn.

A minimum need not be a point: one sample's squared error ``(W*x + b - y)**2`` is smallest on
the whole line W·x + b = y, and a star on one point of it would tell the class that this point
is the answer. Where the Hessian at the minimum has an eigenvalue ~0 beside a positive one
(two parameters), the minima form a curve: it is traced from the point both ways along the flat
direction, each step settled back into the valley by Newton steps across it, until it leaves
the map's bounds, rises, or stops being flat (`Minimum.valley`). A loss flat only to second
order (x⁴ + y², x⁴ + y⁴) keeps its star; a plateau (a constant) has no one minimum and gets None.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import torch
from numpy.typing import ArrayLike

from desktop_app.core import limits
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
#: The Hessian is flat in a direction whose eigenvalue is at most this fraction of the largest.
FLAT = 1e-7
#: Steps each way along a valley of minima, each this fraction of the bounds' diagonal.
VALLEY_STEPS = 60
VALLEY_STEP = 1 / 50
#: A valley point is a minimum when its loss is within this (relative) of the minimum's.
VALLEY_TOLERANCE = 1e-8
#: Newton steps settling one valley point (a quadratic valley needs one).
SETTLE_STEPS = 20


class _RanAway(Exception):
    """The minimiser left the reach of the start: the loss has no minimum that way."""


class _Budget:
    """Hessians left for tracing a valley: limits.MAX_NUMERIC_WORK numbers computed in all
    (each Hessian is about three passes over the data), so a million data numbers stop the
    line after ~330 of them (seconds) instead of the ~2,500 the steps allow."""

    def __init__(self, values: Mapping[str, torch.Tensor]) -> None:
        numbers = 1 + sum(int(v.numel()) for v in values.values())
        self.left = limits.MAX_NUMERIC_WORK // (3 * numbers)

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0


@dataclass(frozen=True)
class Minimum:
    """Where the loss is smallest among the minima found, and its value there; `valley`, when
    the minima are not isolated (two parameters), the points of the curve of minima through
    `point` in order, one column per parameter (up to just past the bounds)."""

    point: dict[str, float]
    loss: float
    valley: np.ndarray | None = None


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


def _axis_directions(count: int) -> list[np.ndarray]:
    """Unit steps along each parameter's axis, both ways."""
    return [np.eye(count)[i] * sign for i in range(count) for sign in (1, -1)]


def _lowest_nearby(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor],
                   point: np.ndarray, loss: float) -> bool:
    step = PROBE * (1.0 + np.abs(point))
    directions = _axis_directions(len(point))
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
                 values: Mapping[str, ArrayLike] | None = None,
                 bounds: Mapping[str, tuple[float, float]] | None = None) -> Minimum | None:
    """The lowest minimum reached from `starts` (each a value for every searched parameter);
    `values` holds the other names. None when no start reaches a minimum. `bounds` (low, high
    per parameter: the map) limits how far a valley of minima is traced (default: ten times
    the point's size around it)."""
    program = parse_program(program) if isinstance(program, str) else program
    if not starts:
        return None
    names = list(starts[0])
    program.check_names([*names, *(values or {})])
    fixed = {n: torch.tensor(np.asarray(v, dtype=np.float64)) for n, v in (values or {}).items()}
    best: tuple[np.ndarray, float] | None = None
    for start in starts:
        found = _polish(program, names, fixed, np.array([float(start[n]) for n in names]))
        if found is not None and (best is None or found[1] < best[1]):
            best = found
    if best is None:
        return None
    point, loss = best
    found = Minimum({n: float(v) for n, v in zip(names, point)}, loss)
    flat = _flat_directions(_curvature(program, names, fixed, point)[2])
    if flat is None:  # no curvature at all: a plateau (no one minimum), or x⁴ + y⁴'s point
        return None if _plateau(program, names, fixed, point, loss) else found
    if len(names) == 2 and len(flat) == 1:
        box = _box(names, point, bounds)
        valley = _valley(program, names, fixed, point, loss, flat[0], box, _Budget(fixed))
        if len(valley) >= 3:  # else flat only to second order (x⁴ + y²): the point is the minimum
            return Minimum(found.point, loss, valley)
    return found


def _plateau(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor],
             point: np.ndarray, loss: float) -> bool:
    """Whether the loss stays at `loss` a tenth of the point's size away, every way probed."""
    step = 0.1 * (1.0 + np.abs(point))
    tolerance = VALLEY_TOLERANCE * max(1.0, abs(loss))
    with torch.no_grad():
        return all(abs(float(_loss(program, names, fixed, torch.tensor(point + step * d))) - loss) <= tolerance
                   for d in _axis_directions(len(point)))


def _curvature(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor],
               x: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    """The loss, its gradient and its Hessian at x (float64, by autograd), from one forward pass."""
    at = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    loss = _loss(program, names, fixed, at)
    (gradient,) = torch.autograd.grad(loss, at, create_graph=True)
    if not gradient.requires_grad:  # the loss is linear (or constant): no curvature
        return float(loss.detach()), gradient.detach().numpy(), np.zeros((len(x), len(x)))
    rows = [torch.autograd.grad(gradient[i], at, retain_graph=True, allow_unused=True)[0]
            for i in range(len(x))]
    hessian = np.stack([np.zeros(len(x)) if row is None else row.detach().numpy() for row in rows])
    return float(loss.detach()), gradient.detach().numpy(), (hessian + hessian.T) / 2


def _flat_directions(hessian: np.ndarray) -> list[np.ndarray] | None:
    """The Hessian's eigenvectors along which the loss is flat ([] for an isolated minimum);
    None when it is flat in every direction."""
    if not np.all(np.isfinite(hessian)):
        return []
    eigenvalues, vectors = np.linalg.eigh(hessian)
    largest = float(np.max(np.abs(eigenvalues)))
    if largest == 0.0:
        return None
    return [vectors[:, i] for i, value in enumerate(eigenvalues) if abs(value) <= FLAT * largest]


def _box(names: Sequence[str], point: np.ndarray,
         bounds: Mapping[str, tuple[float, float]] | None) -> np.ndarray:
    """(low, high) rows per parameter: the given bounds, or ten times the point's size around it."""
    reach = 10.0 * (1.0 + np.abs(point))
    return np.array([bounds[n] if bounds and n in bounds else (p - r, p + r)
                     for n, p, r in zip(names, point, reach)], dtype=np.float64)


def _valley(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor], point: np.ndarray,
            loss: float, direction: np.ndarray, box: np.ndarray, budget: _Budget) -> np.ndarray:
    """The curve of minima through `point`, both ways along the flat `direction`."""
    step = VALLEY_STEP * float(np.hypot(*(box[:, 1] - box[:, 0])))
    backward = _follow(program, names, fixed, point, loss, -direction, box, step, budget)
    forward = _follow(program, names, fixed, point, loss, direction, box, step, budget)
    return np.array([*reversed(backward), point, *forward])


def _follow(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor], point: np.ndarray,
            loss: float, direction: np.ndarray, box: np.ndarray, step: float, budget: _Budget) -> list[np.ndarray]:
    """Valley points from `point` along `direction`, up to the first one outside `box`."""
    points: list[np.ndarray] = []
    tolerance = VALLEY_TOLERANCE * max(1.0, abs(loss))
    for _ in range(VALLEY_STEPS):
        across = np.array([-direction[1], direction[0]])
        settled = _settle(program, names, fixed, point + step * direction, across, budget)
        if settled is None:
            break
        settled, value, hessian = settled
        if not value <= loss + tolerance:
            break  # the valley rises: its end
        points.append(settled)
        if np.any(settled < box[:, 0]) or np.any(settled > box[:, 1]):
            break  # just past the map: the line reaches its edge
        flat = _flat_directions(hessian)
        if not flat or len(flat) != 1:
            break  # no longer a valley of minima
        direction = flat[0] if float(flat[0] @ direction) >= 0 else -flat[0]
        point = settled
    return points


def _settle(program: Program, names: Sequence[str], fixed: Mapping[str, torch.Tensor], x: np.ndarray,
            across: np.ndarray, budget: _Budget) -> tuple[np.ndarray, float, np.ndarray] | None:
    """Newton steps along `across` from x to the valley's floor: the point there, with the loss
    and Hessian of its own evaluation (the caller needs both; computing them again doubled the
    work). None if there is no floor there, or no budget left."""
    for _ in range(SETTLE_STEPS):
        if not budget.spend():
            return None
        loss, gradient, hessian = _curvature(program, names, fixed, x)
        slope, curvature = float(gradient @ across), float(across @ hessian @ across)
        if not (np.isfinite(slope) and np.isfinite(curvature)) or curvature <= 0:
            return None
        move = slope / curvature
        if abs(move) <= 1e-12 * (1.0 + float(np.max(np.abs(x)))):
            return x, loss, hessian  # settled: x's step would be negligible
        x = x - move * across
    if not budget.spend():
        return None
    loss, _, hessian = _curvature(program, names, fixed, x)
    return x, loss, hessian  # still moving: the loss check after it decides
