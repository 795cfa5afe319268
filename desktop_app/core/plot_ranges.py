"""What a loss picture should show: the x and y ranges of a 1-D curve, and where the loss is NaN/inf.

Why in the core: a range is a decision about numbers (where the start, the minima and the path
are, how high the interesting part of the curve goes), so it is tested without Qt and the same
for every view. The y range is set by the start, the path and the wells, not by the curve's
largest value: x⁴ − 3x² + x keeps both of its wells visible instead of being flattened by a
0–2300 axis, and a curve that reaches 1e300 or overflows at the edges does not matter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

__all__ = ["CurveRange", "Regions", "around", "curve_range", "local_minima", "regions", "y_range"]

#: Half the span around a value when nothing else chooses it (a contour map's axis, a start
#: slider before its picture is drawn): at least this, or twice the value's size.
MIN_HALF_SPAN = 5.0

#: Points the loss is evaluated at while looking for the wells around the start.
SCAN_POINTS = 801
#: The first scan reaches this many times max(1, |start|) either side of the start...
FIRST_REACH = 2.0
#: ...and grows by this factor, at most GROWTHS times, while no well is found.
GROWTH = 4.0
GROWTHS = 6
#: Margin around what must be seen, as a fraction of its span.
MARGIN = 0.15
#: Smallest x span drawn (a start that sits on the minimum still shows the bowl around it).
MIN_SPAN = 2.0
#: Path points farther than this many spans from the start are a divergence, not a range to draw.
MAX_PATH_SPANS = 20.0


@dataclass(frozen=True)
class CurveRange:
    """The x range to evaluate and draw, the y range to show, and the wells found.

    ``minimum`` is the x of the lowest well in view (None when the loss keeps falling: no
    minimum, e.g. ``-x`` or ``x**3``); ``minima`` lists every well, lowest first.
    """

    x: tuple[float, float]
    y: tuple[float, float]
    minimum: float | None
    minima: tuple[float, ...]


@dataclass(frozen=True)
class Regions:
    """A grid of losses split into what can be drawn and where the loss is NaN or ±inf."""

    finite: np.ndarray   # the losses, NaN where they are not finite (a colour map skips NaN)
    nan: np.ndarray      # bool mask: the loss is NaN there (e.g. log of a negative number)
    inf: np.ndarray      # bool mask: the loss overflowed to ±inf there

    @property
    def any_finite(self) -> bool:
        return bool(np.isfinite(self.finite).any())

    @property
    def all_finite(self) -> bool:
        return not (self.nan.any() or self.inf.any())


def around(centre: float) -> tuple[float, float]:
    """The span shown around `centre` when nothing else chooses it: the contour map's axes and
    the start sliders agree on it."""
    half = max(MIN_HALF_SPAN, 2.0 * abs(centre))
    return centre - half, centre + half


def regions(losses: np.ndarray) -> Regions:
    """Split a loss grid into its finite values and its NaN and inf masks."""
    losses = np.asarray(losses, dtype=np.float64)
    nan = np.isnan(losses)
    inf = np.isinf(losses)
    return Regions(np.where(nan | inf, np.nan, losses), nan, inf)


def local_minima(xs: np.ndarray, losses: np.ndarray) -> list[int]:
    """Indices of interior points lower than their finite neighbours (plateaus: their middle)."""
    minima = []
    finite = np.isfinite(losses)
    i = 1
    n = len(xs)
    while i < n - 1:
        if not finite[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and finite[j + 1] and losses[j + 1] == losses[i]:
            j += 1  # a flat bottom: one minimum at its middle
        left_ok = finite[i - 1] and losses[i - 1] > losses[i]
        right_ok = j + 1 < n and finite[j + 1] and losses[j + 1] > losses[i]
        if left_ok and right_ok:
            minima.append((i + j) // 2)
        i = j + 1
    return minima


def _scan(loss: Callable[[np.ndarray], np.ndarray], low: float, high: float) -> tuple[np.ndarray, np.ndarray]:
    xs = np.linspace(low, high, SCAN_POINTS)
    with np.errstate(all="ignore"):
        return xs, np.asarray(loss(xs), dtype=np.float64).reshape(-1)


def _refine(loss: Callable[[np.ndarray], np.ndarray], xs: np.ndarray, ys: np.ndarray, index: int) -> float:
    """A well's bottom to ~1e-6 of the scan's span: two finer scans between its neighbours."""
    low, high = xs[max(0, index - 1)], xs[min(len(xs) - 1, index + 1)]
    best = float(xs[index])
    for _ in range(2):
        fine_xs, fine_ys = _scan(loss, low, high)
        finite = np.isfinite(fine_ys)
        if not finite.any():
            break
        i = int(np.nanargmin(np.where(finite, fine_ys, np.nan)))
        best = float(fine_xs[i])
        step = fine_xs[1] - fine_xs[0]
        low, high = best - step, best + step
    return best


def curve_range(loss: Callable[[np.ndarray], np.ndarray], start: float,
                path: np.ndarray | None = None) -> CurveRange:
    """Ranges that show the start, every well at most as high as the start, and the path.

    `loss` evaluates the loss at an array of parameter values (e.g. through
    `core.baselines.grid_search`); `path` is the parameter values of a run so far, if any.
    """
    start = float(start)
    if not np.isfinite(start):
        raise ValueError("the start value is not a finite number")
    reach = FIRST_REACH * max(1.0, abs(start))
    for _ in range(GROWTHS + 1):
        xs, ys = _scan(loss, start - reach, start + reach)
        wells = local_minima(xs, ys)
        if wells:
            break
        reach *= GROWTH
    start_loss = float(np.interp(start, xs, np.where(np.isfinite(ys), ys, np.nan)))
    ceiling = start_loss if np.isfinite(start_loss) else np.inf
    kept = sorted((i for i in wells if ys[i] <= ceiling or not np.isfinite(ceiling)), key=lambda i: ys[i])
    if not kept and wells:  # the start is below every well: show the nearest one
        kept = [min(wells, key=lambda i: abs(xs[i] - start))]
    minima = tuple(_refine(loss, xs, ys, i) for i in kept)
    must = [start, *minima]
    if path is not None:
        path = np.asarray(path, dtype=np.float64).reshape(-1)
        path = path[np.isfinite(path)]
        base = max(MIN_SPAN, max(must) - min(must))
        must += [float(v) for v in path if abs(v - start) <= MAX_PATH_SPANS * base]
    low, high = min(must), max(must)
    span = max(MIN_SPAN, high - low)
    centre = (low + high) / 2
    x_range = (centre - span / 2 - MARGIN * span, centre + span / 2 + MARGIN * span)
    return CurveRange(x_range, y_range(loss, x_range, must), minima[0] if minima else None, minima)


def y_range(loss: Callable[[np.ndarray], np.ndarray], x_range: tuple[float, float],
             must: list[float]) -> tuple[float, float]:
    """From the lowest loss in view up to the highest of the points that must be seen."""
    _, ys = _scan(loss, *x_range)
    finite = np.isfinite(ys)
    if not finite.any():
        return (0.0, 1.0)
    bottom = float(ys[finite].min())
    with np.errstate(all="ignore"):
        at = np.asarray(loss(np.asarray(must, dtype=np.float64)), dtype=np.float64).reshape(-1)
    at = at[np.isfinite(at)]
    top = float(at.max()) if at.size else float(ys[finite].max())
    if top <= bottom:  # flat in view, or every point of interest at the bottom
        top = float(ys[finite].max())
    if top <= bottom:
        top = bottom + max(1.0, abs(bottom))
    pad = 0.08 * (top - bottom)
    return (bottom - pad, top + pad)
