"""Per-sample gradients: the gradient of a mean (or sum) over samples, taken apart sample by sample.

Lesson L5.2 adds two per-sample gradients and divides by 2 to show that the gradient of the mean
loss is the mean of the per-sample gradients. The window and the CLI show that breakdown for any
loss whose data arrays share a leading sample axis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from desktop_app.core import limits
from desktop_app.core.derivatives import gradient
from desktop_app.core.expression import parse_program

__all__ = ["SampleBreakdown", "per_sample_gradients"]

MAX_SAMPLES = 10_000


@dataclass
class SampleBreakdown:
    """Per-sample losses and gradients, the full gradient, and how they combine.

    `combine` is "mean" when the full gradient is the mean of the per-sample gradients, "sum"
    when it is their sum, and "neither" otherwise (e.g. a loss that mixes samples).
    """

    samples: int
    sample_data: tuple[str, ...]
    losses: np.ndarray  # (samples,)
    per_sample: dict[str, np.ndarray]  # name -> (samples, *shape)
    mean: dict[str, np.ndarray]
    total: dict[str, np.ndarray]  # name -> sum over samples
    full: dict[str, np.ndarray]  # gradient of the loss on all samples
    combine: str


def per_sample_gradients(
    expression: str,
    params: Mapping[str, ArrayLike],
    data: Mapping[str, ArrayLike],
    dtype: str = "float32",
) -> SampleBreakdown:
    """Evaluate the loss on each sample alone and compare with the gradient on all samples.

    The samples run along the first axis of the data arrays that have the most rows; data with
    another first dimension (or scalars) is shared by every sample. Raises ValueError when no
    data array has a sample axis.
    """
    program = parse_program(expression)
    program.check_names([*params, *data])
    arrays = {name: np.asarray(value, dtype=np.float64) for name, value in data.items()}
    starts = {name: np.asarray(value, dtype=np.float64) for name, value in params.items()}
    lengths = [a.shape[0] for a in arrays.values() if a.ndim >= 1]
    if not lengths:
        raise ValueError("a per-sample breakdown needs data with a sample axis (an array such as X = 3.3, 1)")
    samples = max(lengths)
    if samples > MAX_SAMPLES or samples * len(starts) > limits.MAX_ELEMENTS:
        raise ValueError(f"a per-sample breakdown is limited to {MAX_SAMPLES:,} samples, not {samples:,}")
    sample_data = tuple(name for name, a in arrays.items() if a.ndim >= 1 and a.shape[0] == samples)

    def sample(index: int) -> dict[str, np.ndarray]:
        return {name: a[index:index + 1] if name in sample_data else a for name, a in arrays.items()}

    full = gradient(program, starts, arrays, dtype=dtype).grads
    losses = np.empty(samples)
    per_sample = {name: np.empty((samples, *a.shape)) for name, a in starts.items()}
    for i in range(samples):
        result = gradient(program, starts, sample(i), dtype=dtype)
        losses[i] = float(np.sum(result.value))
        for name, g in result.grads.items():
            per_sample[name][i] = g
    mean = {name: g.mean(axis=0) for name, g in per_sample.items()}
    total = {name: g.sum(axis=0) for name, g in per_sample.items()}
    tol = 1e-4 if dtype == "float32" else 1e-10

    def close(candidate: dict[str, np.ndarray]) -> bool:
        return all(np.allclose(candidate[n], full[n], rtol=tol, atol=tol * (1 + np.abs(full[n]).max()))
                   for n in full)

    combine = "mean" if close(mean) else "sum" if close(total) else "neither"
    return SampleBreakdown(samples, sample_data, losses, per_sample, mean, total, full, combine)
