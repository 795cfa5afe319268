"""Ranges that show the point, true minima, NaN/inf regions: decisions about numbers, no Qt."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import plot_ranges
from desktop_app.core.baselines import grid_search
from desktop_app.core.minimum import find_minimum
from desktop_app.core.plot_ranges import curve_range, local_minima, regions


def along(expression: str, name: str = "x", **values):
    def loss(xs: np.ndarray) -> np.ndarray:
        return grid_search(expression, {name: xs}, values).losses
    return loss


def inside(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


def test_double_well_keeps_both_wells_and_a_readable_height() -> None:
    chosen = curve_range(along("x**4 - 3*x**2 + x"), start=2.0)
    assert len(chosen.minima) == 2
    assert chosen.minimum == pytest.approx(-1.30, abs=0.02)  # the lower well comes first
    assert all(inside(m, chosen.x) for m in chosen.minima) and inside(2.0, chosen.x)
    low, high = chosen.y
    assert low < -3.5 and 6 <= high < 10  # the start's height, not the curve's 0-2300 edges


def test_l38_range_makes_the_movement_visible() -> None:
    lr, x, path = 0.01 / 3, -3.0, []
    for _ in range(100):
        path.append(x)
        x -= lr * 2 * (x - 1)
    chosen = curve_range(along("(x - 1)**2"), start=-3.0, path=np.array(path))
    width = chosen.x[1] - chosen.x[0]
    assert inside(-3.0, chosen.x) and inside(1.0, chosen.x)
    assert abs(path[-1] - path[0]) / width > 0.25  # (-20, 22) made it 5% of the width
    assert width < 8


def test_huge_values_and_overflow_do_not_flatten_the_curve() -> None:
    chosen = curve_range(along("1e100 * (exp(x**2) - 1) + (x - 3)**2"), start=3.5)  # inf beyond |x| ≈ 26
    assert all(np.isfinite(chosen.y)) and inside(3.5, chosen.x)
    assert chosen.minimum == pytest.approx(0.0, abs=1e-3)


def test_no_minimum_when_the_loss_keeps_falling() -> None:
    chosen = curve_range(along("-x"), start=1.0)
    assert chosen.minimum is None and inside(1.0, chosen.x)
    assert chosen.y[0] < chosen.y[1]


def test_a_diverging_path_does_not_widen_the_range_to_infinity() -> None:
    path = np.array([1.0, -3.0, 9.0, -27.0, 1e12, np.inf])
    chosen = curve_range(along("x**2"), start=1.0, path=path)
    assert chosen.x[1] - chosen.x[0] < 1e3 and inside(-27.0, chosen.x)


@settings(max_examples=40, deadline=None)
@given(st.floats(-1e4, 1e4), st.floats(-1e3, 1e3))
def test_start_and_minimum_always_in_view(start: float, centre: float) -> None:
    chosen = curve_range(lambda xs: (xs - centre) ** 2, start=start)
    assert inside(start, chosen.x)
    assert chosen.minimum is not None and abs(chosen.minimum - centre) <= (chosen.x[1] - chosen.x[0]) / 400
    assert chosen.y[0] < chosen.y[1]


def test_local_minima_of_a_plateau_and_of_nan_gaps() -> None:
    xs = np.arange(7.0)
    assert local_minima(xs, np.array([3, 2, 1, 1, 1, 2, 3.0])) == [3]
    assert local_minima(xs, np.array([3, np.nan, 1, 2, 0, 1, 3.0])) == [4]


def test_regions_keep_the_valid_part_of_a_nan_grid() -> None:
    axes = {"x": np.linspace(-2, 2, 41), "y": np.linspace(-1, 1, 21)}
    with np.errstate(all="ignore"):
        losses = grid_search("log(x) + y**2", axes).losses  # NaN for x < 0, -inf at x = 0
    split = regions(losses)
    assert split.nan[:20].all() and not split.nan[21:].any()
    assert split.inf[20].all()
    assert split.any_finite and not split.all_finite
    assert np.isnan(split.finite[:21]).all() and np.isfinite(split.finite[21:]).all()


def test_rosenbrock_true_minimum_not_the_grid_point() -> None:
    expression = "(1-x)**2 + 100*(y-x**2)**2"
    axes = {"x": np.linspace(-2, 2, 80), "y": np.linspace(-1, 3, 80)}
    best = grid_search(expression, axes).best
    found = find_minimum(expression, [best, {"x": -1.5, "y": 2.0}])
    assert found is not None
    assert found.point["x"] == pytest.approx(1.0, abs=1e-6) and found.point["y"] == pytest.approx(1.0, abs=1e-6)


@pytest.mark.parametrize("expression", ["x*y", "x + y", "-x**2 - y**2", "x**3 + y**2"])
def test_no_minimum_when_there_is_none(expression: str) -> None:
    assert find_minimum(expression, [{"x": 0.5, "y": 0.3}]) is None


def test_minimum_with_data_and_nan_regions() -> None:
    x = np.arange(1.0, 6.0)
    found = find_minimum("mean((w*x + b - y)**2)", [{"w": 0.0, "b": 0.0}], {"x": x, "y": 2 * x + 1})
    assert found is not None and found.point["w"] == pytest.approx(2) and found.point["b"] == pytest.approx(1)
    assert find_minimum("log(x) + y**2", [{"x": -1.0, "y": 1.0}]) is None
    assert find_minimum("(x - 1)**2 - log(x) + y**2", [{"x": 3.0, "y": 1.0}]) is not None


@pytest.mark.parametrize("centre", [0.0, 1.0, -3.0, 7.5, -1e6])
def test_around_holds_the_value_with_room_either_side(centre: float) -> None:
    low, high = plot_ranges.around(centre)
    assert low < centre < high and high - centre == centre - low
    assert high - low >= 2 * plot_ranges.MIN_HALF_SPAN and high - low >= 4 * abs(centre)
