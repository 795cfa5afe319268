"""The answers gradient descent is compared with: grid search, closed-form least squares, probes.

The lessons motivate gradient descent by its alternatives (L3.3-L3.5): try every point of a grid,
solve the normal equations, or probe the loss a small step either side and move toward the lower
side. These functions compute those baselines for any expression so the window can draw them
beside a run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import torch
from numpy.typing import ArrayLike

from desktop_app.core import limits
from desktop_app.core.binding import Binding, as_program
from desktop_app.core.expression import Program

__all__ = ["GridResult", "LeastSquaresResult", "ProbeResult", "grid_search", "least_squares", "probe"]

# Points evaluated at once under vmap, scaled down by the number of data elements.
_CHUNK_ELEMENTS = 1 << 21


@dataclass
class GridResult:
    names: tuple[str, ...]            # the one or two parameters searched
    axes: tuple[np.ndarray, ...]      # grid values along each parameter
    losses: np.ndarray                # shape (len(axes[0]),) or (len(axes[0]), len(axes[1]))
    argmin: int | tuple[int, int]     # index of the smallest loss (NaN points ignored)
    best: dict[str, float]            # the parameter values there
    loss: float                       # the smallest loss


@dataclass
class LeastSquaresResult:
    beta: np.ndarray         # β̂ = (XᵀX)⁻¹Xᵀy, computed with lstsq
    design: np.ndarray       # X (with the column of ones when an intercept was added)
    gradient: np.ndarray     # gradient of sum((y - Xβ)²) at β̂: -2Xᵀy + 2XᵀXβ̂ (0 up to rounding)
    loss: float              # sum of squared residuals at β̂


@dataclass
class ProbeResult:
    name: str
    value: float             # the parameter element probed
    loss: float              # loss at value
    loss_minus: float        # loss at value - delta
    loss_plus: float         # loss at value + delta
    direction: int           # +1 / -1: the side with the lower loss; 0 when they are equal


def grid_search(program: Program | str, axes: Mapping[str, ArrayLike],
                values: Mapping[str, ArrayLike] | None = None, dtype: str = "float64",
                keep_nan: bool = False) -> GridResult:
    """Evaluate the loss at every grid point of one or two scalar parameters; the rest are ``values``.

    A grid where the loss is NaN everywhere is refused, unless `keep_nan` (a picture draws the
    NaN region as such; its best point is then the first)."""
    program = as_program(program)
    values = dict(values or {})
    if not 1 <= len(axes) <= 2:
        raise ValueError(f"a grid search takes one or two parameters, not {len(axes)}")
    names = tuple(axes)
    clash = [n for n in names if n in values]
    if clash:
        raise ValueError(f"`{clash[0]}` is searched over; do not also give it a value")
    program.check_names([*names, *values])
    grids = tuple(np.asarray(axes[n], dtype=np.float64).reshape(-1) for n in names)
    count = int(np.prod([len(g) for g in grids]))
    if count == 0:
        raise ValueError("the grid is empty")
    if count > limits.MAX_GRID_POINTS:
        raise ValueError(f"the grid has {count:,} points; the limit is {limits.MAX_GRID_POINTS:,}")
    binding = Binding(program, {n: 0.0 for n in names}, values, dtype=dtype)
    work = count * max(1, binding.report.cost)
    if work > limits.MAX_GRID_WORK:
        raise ValueError(f"a grid of {count:,} points over a loss that computes {binding.report.cost:,} numbers "
                         f"is too costly ({work:.2g} in all; the limit is {limits.MAX_GRID_WORK:.0e})")
    points = [binding.tensor(p.reshape(-1)) for p in np.meshgrid(*grids, indexing="ij")]

    def loss_at(*coords: torch.Tensor) -> torch.Tensor:
        return binding.loss(dict(zip(names, coords)))

    batched = torch.func.vmap(loss_at)
    data_elements = max(1, binding.report.elements)
    chunk = max(1, _CHUNK_ELEMENTS // max(1, data_elements))
    with torch.no_grad():
        losses = torch.cat([batched(*(p[i:i + chunk] for p in points)) for i in range(0, count, chunk)])
    losses_np = losses.double().numpy().reshape([len(g) for g in grids])
    nowhere = bool(np.all(np.isnan(losses_np)))
    if nowhere and not keep_nan:
        raise ValueError("the loss is NaN at every grid point")
    flat = 0 if nowhere else int(np.nanargmin(losses_np))
    index = np.unravel_index(flat, losses_np.shape)
    argmin: int | tuple[int, int] = int(index[0]) if len(names) == 1 else (int(index[0]), int(index[1]))
    best = {n: float(g[i]) for n, g, i in zip(names, grids, index)}
    return GridResult(names, grids, losses_np, argmin, best, float(losses_np[index]))


def least_squares(x: ArrayLike, y: ArrayLike, intercept: bool = True) -> LeastSquaresResult:
    """Closed-form linear regression; ``x`` is one feature (1-D) or a design matrix (n × k)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    design = x.reshape(-1, 1) if x.ndim == 1 else x
    if design.ndim != 2 or design.shape[0] != y.shape[0]:
        raise ValueError(f"x has {design.shape[0]} rows but y has {y.shape[0]} values")
    if intercept:
        design = np.column_stack([np.ones(len(y)), design])
    beta, _, rank, _ = np.linalg.lstsq(design, y, rcond=None)
    if rank < design.shape[1]:
        raise ValueError("the columns of X are linearly dependent, so β̂ is not unique")
    residual = y - design @ beta
    gradient = -2 * design.T @ y + 2 * design.T @ design @ beta
    return LeastSquaresResult(beta, design, gradient, float(residual @ residual))


_ELEMENT = re.compile(r"^(\w+)\[([\d,\s]+)\]$")


def probe(program: Program | str, params: Mapping[str, ArrayLike], data: Mapping[str, ArrayLike],
          name: str, delta: float, dtype: str = "float64") -> ProbeResult:
    """The loss at ``name`` ± ``delta`` (a scalar parameter or an element such as ``x[0,1]``)."""
    binding = Binding(program, params, data, dtype=dtype)
    match = _ELEMENT.match(name)
    base, index = (match.group(1), tuple(int(i) for i in match.group(2).split(","))) if match else (name, ())
    if base not in params:
        raise ValueError(f"cannot probe `{name}`: `{base}` is not a parameter ({', '.join(params)})")
    if not delta > 0:
        raise ValueError(f"delta must be positive, not {delta!r}")
    values = binding.leaves(requires_grad=False)
    start = values[base]
    if start.ndim != len(index):
        example = f"{base}[{','.join('0' * start.ndim)}]"
        raise ValueError(f"`{base}` has shape {tuple(start.shape)}; name one element, e.g. {example}")
    if any(not 0 <= i < n for i, n in zip(index, start.shape)):
        raise ValueError(f"`{name}` is outside `{base}`, whose shape is {tuple(start.shape)}")

    def loss_at(offset: float) -> float:
        moved = start.clone()
        moved[index] += offset
        with torch.no_grad():
            return float(binding.loss({**values, base: moved}))

    minus, centre, plus = loss_at(-delta), loss_at(0.0), loss_at(delta)
    direction = 0 if plus == minus else (1 if plus < minus else -1)
    return ProbeResult(name, float(start[index]), centre, minus, plus, direction)
