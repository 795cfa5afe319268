"""The true minimum by L-BFGS: Rosenbrock's (1, 1), not a grid point; none when there is none."""

from __future__ import annotations

import pytest

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
