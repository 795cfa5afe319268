"""Gradients of a loss three ways: autograd, finite differences, and their comparison.

The lessons compare the analytic (autograd) gradient with a numeric estimate to show that both
agree up to an error one can see; the estimate is computed in the dtype the user chose, because
the size of that error (e.g. forward difference in float32 giving 12.002 instead of 12) is the
lesson. A non-scalar loss is summed before differentiation, as TensorFlow's ``tape.gradient``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from numpy.typing import ArrayLike

from desktop_app.core import limits
from desktop_app.core.binding import Binding
from desktop_app.core.expression import Program

__all__ = ["GradientCheck", "GradientResult", "compare_gradients", "gradient",
           "numeric_gradient"]


@dataclass(frozen=True)
class GradientResult:
    """The loss at the given point and its gradient for every parameter.

    ``value`` is a float for a scalar loss, else the loss array; ``summed`` is True when the loss
    was not a scalar and its sum was differentiated. ``grads`` are float64 arrays shaped like the
    parameters (0-d for scalars); a parameter the loss does not use has a zero gradient.
    """

    value: float | np.ndarray
    summed: bool
    grads: dict[str, np.ndarray]


@dataclass(frozen=True)
class GradientCheck:
    """Numeric estimate vs autograd for one parameter, element by element.

    ``rel_error`` is ``abs_error / max(|autograd|, |numeric|)`` (0 where both are 0).
    """

    parameter: str
    autograd: np.ndarray
    numeric: np.ndarray
    abs_error: np.ndarray
    rel_error: np.ndarray


def gradient(
    program_or_text: Program | str,
    params: Mapping[str, ArrayLike],
    data: Mapping[str, ArrayLike] | None = None,
    *,
    dtype: str = "float32",
    device: str = "cpu",
) -> GradientResult:
    """The autograd gradient of the loss with respect to every parameter."""
    return Binding(program_or_text, params, data, dtype=dtype, device=device).gradient()


def autograd_gradient(binding: Binding) -> GradientResult:
    """The loss and its autograd gradient at the binding's parameter values."""
    leaves = binding.leaves()
    loss = binding.value(leaves)
    summed = loss.ndim > 0
    target = loss.sum() if summed else loss
    names = list(leaves)
    if target.requires_grad and names:
        found = torch.autograd.grad(target, [leaves[n] for n in names], allow_unused=True)
    else:
        found = (None,) * len(names)
    grads = {
        name: (np.zeros(leaves[name].shape) if g is None
               else g.detach().cpu().numpy().astype(np.float64))
        for name, g in zip(names, found)
    }
    array = loss.detach().cpu().numpy().astype(np.float64)
    return GradientResult(array if summed else float(array), summed, grads)


def numeric_gradient(
    program_or_text: Program | str,
    params: Mapping[str, ArrayLike],
    data: Mapping[str, ArrayLike] | None = None,
    *,
    method: str = "central",
    h: float = 1e-3,
    dtype: str = "float32",
    device: str = "cpu",
) -> dict[str, np.ndarray]:
    """Finite-difference gradient, one parameter element at a time, in the requested dtype.

    ``forward``: (f(θ + h·e_i) − f(θ)) / h; ``central``: (f(θ + h·e_i) − f(θ − h·e_i)) / 2h.
    Every step (θ ± h, the loss, the difference, the division) runs in ``dtype``.
    """
    _check_method(method, h)
    return finite_differences(Binding(program_or_text, params, data, dtype=dtype, device=device),
                              method, h)


def _check_method(method: str, h: float) -> None:
    if method not in ("central", "forward"):
        raise ValueError(f"unknown method `{method}`: choose central or forward")
    if isinstance(h, bool) or not (isinstance(h, (int, float)) and 0 < h < float("inf")):
        raise ValueError(f"the step h must be a positive finite number, not {h!r}")


def numeric_cost(binding: Binding, method: str) -> tuple[int, int]:
    """(evaluations, work) of a finite-difference gradient: work bounds its time."""
    count = sum(a.size for a in binding.params.values())
    evaluations = count * (2 if method == "central" else 1) + (method == "forward")
    return evaluations, evaluations * max(1, binding.report.cost)


def finite_differences(binding: Binding, method: str, h: float) -> dict[str, np.ndarray]:
    """The finite-difference gradient over a binding; refused beyond the cost bound."""
    _check_method(method, h)
    count = sum(a.size for a in binding.params.values())
    if count > limits.MAX_NUMERIC_GRADIENT_ELEMENTS:
        raise ValueError(f"a numeric gradient of {count} parameter elements is too costly "
                         f"(the limit is {limits.MAX_NUMERIC_GRADIENT_ELEMENTS})")
    evaluations, work = numeric_cost(binding, method)
    if work > limits.MAX_NUMERIC_WORK:
        raise ValueError(
            f"a {method} difference here needs {evaluations:,} evaluations of a loss that computes "
            f"{binding.report.cost:,} numbers each ({work:.2g} in all; the limit is "
            f"{limits.MAX_NUMERIC_WORK:.0e}): use autograd, or fewer parameter elements")
    leaves = binding.leaves(requires_grad=False)
    env = binding.environment(leaves)
    kernel = binding.kernel

    def scalar(values: Mapping[str, torch.Tensor]) -> torch.Tensor:
        out = kernel(values)
        return out.sum() if out.ndim else out

    result: dict[str, np.ndarray] = {}
    with torch.no_grad():
        base = scalar(env) if method == "forward" else None
        for name, leaf in leaves.items():
            estimates = []
            for i in range(leaf.numel()):
                plus = _moved_loss(scalar, env, name, i, h)
                if base is not None:
                    estimates.append((plus - base) / h)
                else:
                    estimates.append((plus - _moved_loss(scalar, env, name, i, -h)) / (2 * h))
            stacked = torch.stack(estimates) if estimates else leaf.new_zeros(0)
            result[name] = stacked.reshape(leaf.shape).cpu().numpy().astype(np.float64)
    return result


def _moved_loss(scalar: Any, values: Mapping[str, torch.Tensor], name: str, index: int,
                offset: float) -> torch.Tensor:
    """The (summed) loss with element ``index`` of ``name`` moved by ``offset``, in its dtype."""
    moved = values[name].reshape(-1).clone()
    moved[index] = moved[index] + offset
    return scalar({**values, name: moved.reshape(values[name].shape)})


def compare_gradients(
    program_or_text: Program | str,
    params: Mapping[str, ArrayLike],
    data: Mapping[str, ArrayLike] | None = None,
    *,
    method: str = "central",
    h: float = 1e-3,
    dtype: str = "float32",
    device: str = "cpu",
) -> dict[str, GradientCheck]:
    """Numeric estimate against autograd for every parameter, with absolute/relative errors."""
    return compare(Binding(program_or_text, params, data, dtype=dtype, device=device), method, h)


def compare(binding: Binding, method: str, h: float) -> dict[str, GradientCheck]:
    """Numeric estimate against autograd over a binding."""
    numeric = finite_differences(binding, method, h)
    analytic = autograd_gradient(binding).grads
    checks = {}
    for name, exact in analytic.items():
        estimate = numeric[name]
        abs_error = np.abs(estimate - exact)
        scale = np.maximum(np.abs(exact), np.abs(estimate))
        rel_error = np.divide(abs_error, scale, out=np.zeros_like(abs_error), where=scale > 0)
        checks[name] = GradientCheck(name, exact, estimate, abs_error, rel_error)
    return checks
