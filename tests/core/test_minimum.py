"""The true minimum by L-BFGS: Rosenbrock's (1, 1), not a grid point; none when there is none."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from desktop_app.core import limits
from desktop_app.core.minimum import find_minimum


def test_rosenbrock_minimum_is_one_one() -> None:
    found = find_minimum("(1-x)**2 + 100*(y-x**2)**2", [{"x": 1.30, "y": 1.68}, {"x": -1.5, "y": 2.0}])
    assert found is not None
    assert found.point["x"] == pytest.approx(1.0, abs=1e-5) and found.point["y"] == pytest.approx(1.0, abs=1e-5)
    assert found.loss == pytest.approx(0.0, abs=1e-9)


def test_data_names_are_given_values() -> None:
    found = find_minimum("sum((y - a - b*x)**2)", [{"a": 0.0, "b": 0.0}],
                         {"x": [1.0, 2.0, 3.0], "y": [3.0, 5.0, 7.0]})
    assert found.point["a"] == pytest.approx(1.0, abs=1e-6) and found.point["b"] == pytest.approx(2.0, abs=1e-6)


@pytest.mark.parametrize("expression", ["x*y", "x + y", "-x**2 - y**2", "x**3 + y**2"])
def test_no_minimum_gives_none(expression: str) -> None:
    assert find_minimum(expression, [{"x": 0.5, "y": 0.5}, {"x": -1.0, "y": 2.0}]) is None


def test_one_sample_has_a_line_of_minima_not_a_point() -> None:
    """L5.1: (W·3.3 + b − 1.7)² is 0 on the whole line 3.3·W + b = 1.7; the minimum found
    carries that line across the map, and every point of it is a minimum."""
    bounds = {"W": (-2.0, 2.0), "b": (-3.0, 4.0)}
    found = find_minimum("mean((W*X + b - Y)**2)", [{"W": 0.21318328, "b": 0.78609025}],
                         {"X": [3.3], "Y": [1.7]}, bounds)
    assert found is not None and found.valley is not None
    w, b = found.valley[:, 0], found.valley[:, 1]
    np.testing.assert_allclose(3.3 * w + b, 1.7, atol=1e-9)
    assert np.all(np.diff(w) > 0) or np.all(np.diff(w) < 0)  # in order along the line
    # it crosses the whole map: from past one edge to past another
    inside = (w >= -2) & (w <= 2) & (b >= -3) & (b <= 4)
    assert not inside[0] and not inside[-1] and inside[1:-1].all()
    assert min(w) < 0.0 and max(w) > 0.6  # b = 1.7 − 3.3 W leaves the map at W ≈ −0.7 and 1.4


def test_a_curved_valley_of_minima_is_followed() -> None:
    """(a·b − 1)² is 0 on the hyperbola a·b = 1: the traced points stay on it."""
    found = find_minimum("(a*b - 1)**2", [{"a": 2.0, "b": 2.0}], bounds={"a": (0.2, 4.0), "b": (0.2, 4.0)})
    assert found is not None and found.valley is not None and len(found.valley) > 20
    np.testing.assert_allclose(found.valley[:, 0] * found.valley[:, 1], 1.0, atol=1e-7)
    assert found.valley[:, 0].min() < 0.3 and found.valley[:, 0].max() > 3.9


def test_an_isolated_minimum_has_no_valley() -> None:
    found = find_minimum("(x - 1)**2 + (y + 2)**2", [{"x": 0.0, "y": 0.0}])
    assert found is not None and found.valley is None


def test_a_constant_loss_has_no_minimum_to_mark() -> None:
    assert find_minimum("0*x + 0*y + 3", [{"x": 0.5, "y": 0.5}]) is None


def test_a_valley_over_much_data_stops_at_its_budget(monkeypatch) -> None:
    """Each Hessian is three passes over the data: the trace is cut at limits.MAX_NUMERIC_WORK
    numbers (here lowered so that 10,000 data numbers allow 40 Hessians, as a million do ~330),
    still a line through the minimum."""
    from desktop_app.core import minimum

    monkeypatch.setattr(limits, "MAX_NUMERIC_WORK", 3 * 10_001 * 40)
    x = np.full(5_000, 3.3)
    y = np.full(5_000, 1.7)
    assert minimum._Budget({"X": torch.tensor(x), "Y": torch.tensor(y)}).left == 40
    found = find_minimum("mean((W*X + b - Y)**2)", [{"W": 0.2, "b": 0.8}], {"X": x, "Y": y},
                         {"W": (-100.0, 100.0), "b": (-300.0, 300.0)})
    assert found is not None and found.valley is not None and len(found.valley) >= 3
    assert len(found.valley) - 1 <= 40  # each traced point costs at least one Hessian (the minimum's own, none)
    w, b = found.valley[:, 0], found.valley[:, 1]
    outside = (np.abs(w) > 100) | (np.abs(b) > 300)
    assert not (outside[0] and outside[-1])  # cut by the budget, not by the map's edges
    np.testing.assert_allclose(3.3 * found.valley[:, 0] + found.valley[:, 1], 1.7, atol=1e-7)


@pytest.mark.parametrize("expression", ["x**4 + y**2", "x**4 + y**4", "(x - 1)**4 + 3*(y + 2)**4"])
def test_a_minimum_flat_only_to_second_order_is_still_a_point(expression: str) -> None:
    """A zero eigenvalue of the Hessian alone is not a line of minima: x⁴ rises away from 0."""
    found = find_minimum(expression, [{"x": 0.7, "y": -0.6}])
    assert found is not None and found.valley is None
    assert abs(found.point["x"] - (1 if "x - 1" in expression else 0)) < 0.05
