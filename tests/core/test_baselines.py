"""Baselines from lesson L3: grid search, closed-form least squares, loss probes."""

import numpy as np
import pytest

from desktop_app.core.baselines import grid_search, least_squares, probe

X = np.array([20.1, 22.2, 22.7, 23.3, 24.4, 25.1, 26.2, 27.3, 28.4, 30.4])
Y = np.array([55.4183651, 58.19427589, 61.23082496, 62.31255873, 63.1070028, 63.69569103,
              67.24704918, 71.43650092, 73.10130336, 77.84988286])


def test_lesson_l3_4_grid_search():
    grid = np.linspace(-10, 10, 100)
    result = grid_search("(beta/2 - 1)**2", {"beta": grid})
    assert result.argmin == 59
    assert f"{result.best['beta']:.5f}" == "1.91919"
    assert np.allclose(result.losses, (grid / 2 - 1) ** 2, rtol=0, atol=1e-12)
    assert result.loss == result.losses.min()


def test_two_parameter_grid_matches_a_loop():
    b0 = np.linspace(0, 20, 9)
    b1 = np.linspace(1, 3, 7)
    result = grid_search("sum((y - b0 - b1*x)**2)", {"b0": b0, "b1": b1}, {"x": X, "y": Y})
    expected = np.array([[np.sum((Y - u - v * X) ** 2) for v in b1] for u in b0])
    assert result.losses.shape == (9, 7)
    assert np.allclose(result.losses, expected, rtol=1e-12)
    i, j = result.argmin
    assert (i, j) == np.unravel_index(np.argmin(expected), expected.shape)
    assert result.best == {"b0": b0[i], "b1": b1[j]}


def test_grid_errors():
    with pytest.raises(ValueError, match="one or two"):
        grid_search("a+b+c", {"a": [1], "b": [1], "c": [1]})
    with pytest.raises(ValueError, match="limit"):
        grid_search("a*b", {"a": np.zeros(2000), "b": np.zeros(2000)})
    with pytest.raises(ValueError, match="unknown name"):
        grid_search("(bta/2)**2", {"beta": [1.0]})


def test_lesson_l3_3_least_squares():
    result = least_squares(X, Y)
    reference = np.linalg.solve(result.design.T @ result.design, result.design.T @ Y)
    assert np.allclose(result.beta, reference, rtol=1e-10)
    assert np.all(np.abs(result.gradient) < 1e-8)
    true_beta = np.array([10.2, 2.2])
    at_true = -2 * result.design.T @ Y + 2 * result.design.T @ result.design @ true_beta
    assert np.all(np.abs(at_true) > 1e-3)  # small but not 0, unlike at β̂
    design = np.column_stack([np.ones(10), X])
    assert np.allclose(least_squares(design, Y, intercept=False).beta, result.beta)


def test_least_squares_errors():
    with pytest.raises(ValueError, match="rows"):
        least_squares(X[:5], Y)
    with pytest.raises(ValueError, match="linearly dependent"):
        least_squares(np.column_stack([X, 2 * X]), Y)


def test_lesson_l3_5_probe():
    result = probe("(beta/2 - 1)**2", {"beta": -5.0}, {}, "beta", 0.01)
    assert f"{result.loss_minus:.6f} {result.loss_plus:.6f}" == "12.285025 12.215025"
    assert result.direction == 1 and result.loss == 12.25


def test_probe_tensor_element_and_errors():
    result = probe("sum((x - t)**2)", {"x": [[0.0, 0.0], [0.0, 0.0]]}, {"t": [[1.0, -1.0], [0.0, 0.0]]},
                   "x[0,1]", 0.5)
    assert result.direction == -1 and result.value == 0.0
    assert result.loss_minus == pytest.approx(1.25) and result.loss_plus == pytest.approx(3.25)
    with pytest.raises(ValueError, match="name one element"):
        probe("sum(x**2)", {"x": [1.0, 2.0]}, {}, "x", 0.1)
    with pytest.raises(ValueError, match="not a parameter"):
        probe("sum(x**2)", {"x": [1.0, 2.0]}, {}, "y", 0.1)
    with pytest.raises(ValueError, match="outside"):
        probe("sum(x**2)", {"x": [1.0, 2.0]}, {}, "x[5]", 0.1)
