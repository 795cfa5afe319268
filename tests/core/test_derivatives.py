"""Autograd vs numeric gradients: the lessons' numbers, and agreement on random expressions."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import limits
from desktop_app.core.derivatives import compare_gradients, gradient, numeric_gradient
from desktop_app.core.expression import ExpressionError

CAFE_X = [20.1, 22.2, 22.7, 23.3, 24.4, 25.1, 26.2, 27.3, 28.4, 30.4]
CAFE_Y = [55.4183651, 58.19427589, 61.23082496, 62.31255873, 63.1070028, 63.69569103,
          67.24704918, 71.43650092, 73.10130336, 77.84988286]
CAFE_X_MATRIX = np.stack([np.ones(10), CAFE_X], axis=1)
# The lesson's float32 result; the summation order of TensorFlow and torch differs, which moves
# a float32 sum of ten terms by a few units in the last place (the float64 value is -3208.83948).
FLOAT32_SUM_RTOL = 3e-7


def test_l1_1_cube():
    result = gradient("x**3", {"x": 4.0})
    assert result.value == 64.0 and not result.summed
    assert result.grads["x"].shape == () and result.grads["x"] == 48.0


def test_l2_1_autograd_and_forward_difference_in_float32():
    assert gradient("3*(x + 1)**2", {"x": 1.0}).grads["x"] == 12.0
    forward = numeric_gradient("3*(x + 1)**2", {"x": 1.0}, method="forward", h=0.001)
    assert forward["x"] == pytest.approx(12.002, abs=5e-4)
    assert forward["x"] != pytest.approx(12.003, abs=1e-4)  # float64 would give 12.003
    float64 = numeric_gradient("3*(x + 1)**2", {"x": 1.0}, method="forward", h=0.001,
                               dtype="float64")
    assert float64["x"] == pytest.approx(12.003, abs=1e-9)
    central = numeric_gradient("3*(x + 1)**2", {"x": 1.0}, h=0.001, dtype="float64")
    assert central["x"] == pytest.approx(12.0, abs=1e-9)


def test_l2_2_mean_of_polynomial_over_4x4_ones():
    text = "mean(x**4 + 3*x**3 + 8*x**2 + 3)"
    result = gradient(text, {"x": np.ones((4, 4))})
    assert result.grads["x"].shape == (4, 4)
    np.testing.assert_array_equal(result.grads["x"], np.full((4, 4), 1.8125))
    numeric = numeric_gradient(text, {"x": np.ones((4, 4))}, h=1e-5)
    np.testing.assert_allclose(numeric["x"], 1.8125, atol=5e-3)


def test_l3_1_cafe_gradient_in_float32():
    result = gradient("sum((y - b0 - b1*x)**2)", {"b0": 9.0, "b1": 2.0},
                      {"x": CAFE_X, "y": CAFE_Y})
    np.testing.assert_allclose([result.grads["b0"], result.grads["b1"]],
                               [-126.78691, -3208.8396], rtol=FLOAT32_SUM_RTOL)


def test_l3_2_cafe_gradient_in_matrix_form_and_by_hand():
    result = gradient("(y - X@beta).T @ (y - X@beta)", {"beta": [9.0, 2.0]},
                      {"X": CAFE_X_MATRIX, "y": CAFE_Y})
    np.testing.assert_allclose(result.grads["beta"], [-126.78691, -3208.8396],
                               rtol=FLOAT32_SUM_RTOL)
    by_hand = gradient("-2*X.T@y + 2*X.T@X@beta", {"beta": [9.0, 2.0]},
                       {"X": CAFE_X_MATRIX, "y": CAFE_Y}, dtype="float64")
    exact = gradient("(y - X@beta).T @ (y - X@beta)", {"beta": [9.0, 2.0]},
                     {"X": CAFE_X_MATRIX, "y": CAFE_Y}, dtype="float64")
    assert by_hand.summed
    np.testing.assert_allclose(by_hand.value, exact.grads["beta"], rtol=1e-12)


def test_l3_3_gradient_is_zero_at_least_squares_optimum():
    optimum = np.linalg.solve(CAFE_X_MATRIX.T @ CAFE_X_MATRIX, CAFE_X_MATRIX.T @ CAFE_Y)
    result = gradient("(y - X@beta).T @ (y - X@beta)", {"beta": optimum},
                      {"X": CAFE_X_MATRIX, "y": CAFE_Y}, dtype="float64")
    np.testing.assert_allclose(result.grads["beta"], 0.0, atol=1e-8)


def test_l3_6_slopes_of_the_parabola():
    for beta, slope in ((-10.0, -6.0), (-4.0, -3.0)):
        assert gradient("(beta/2 - 1)**2", {"beta": beta}).grads["beta"] == slope


def test_l4_4_gradient_tape_examples():
    assert gradient("x**2 + 2*x + 3", {"x": 0.0}).grads["x"] == 2.0
    x = np.array([[1.0, -2.0], [3.0, 0.5]])
    result = gradient("x**2 + 3", {"x": x})
    assert result.summed and result.value.shape == (2, 2)
    np.testing.assert_array_equal(result.grads["x"], 2 * x)
    inputs = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    W, b = np.array([[0.1, 0.2], [0.3, 0.4]]), np.array([0.5, -0.5])
    dense = gradient("x@W + b", {"W": W, "b": b}, {"x": inputs})
    np.testing.assert_allclose(dense.grads["W"], inputs.T @ np.ones((3, 2)))
    np.testing.assert_allclose(dense.grads["b"], [3.0, 3.0])


def test_l5_1_one_sample_and_by_hand():
    W, b, X, Y = 0.21318328, 0.78609025, 3.3, 1.7
    result = gradient("mean((W*x + b - Y)**2)", {"W": W, "b": b}, {"x": [X], "Y": [Y]})
    assert result.grads["W"] == pytest.approx(-1.388673, abs=1e-6)
    assert result.grads["b"] == pytest.approx(-0.42080998, abs=1e-7)
    residual = np.float32(W) * np.float32(X) + np.float32(b) - np.float32(Y)
    assert result.grads["W"] == pytest.approx(2 * residual * np.float32(X), rel=1e-6)
    assert result.grads["b"] == pytest.approx(2 * residual, rel=1e-6)


def test_l5_2_gradient_of_mean_is_mean_of_per_sample_gradients():
    params = {"W": 0.73290884, "b": 0.436841}
    both = gradient("mean((W*x + b - Y)**2)", params, {"x": [3.3, 1.0], "Y": [1.7, 2.0]})
    one = gradient("mean((W*x + b - Y)**2)", params, {"x": [3.3], "Y": [1.7]})
    two = gradient("mean((W*x + b - Y)**2)", params, {"x": [1.0], "Y": [2.0]})
    for name in params:
        assert both.grads[name] == pytest.approx((one.grads[name] + two.grads[name]) / 2,
                                                 rel=1e-6)


def test_unused_parameter_has_zero_gradient_and_constant_loss_works():
    result = gradient("x**2", {"x": 3.0, "unused": [1.0, 2.0]})
    np.testing.assert_array_equal(result.grads["unused"], [0.0, 0.0])
    assert gradient("2 + 3", {}).value == 5.0


def test_compare_gradients_reports_errors():
    checks = compare_gradients("3*(x + 1)**2", {"x": 1.0}, method="forward", h=0.001)
    check = checks["x"]
    assert check.autograd == 12.0
    assert check.abs_error == pytest.approx(abs(check.numeric - 12.0))
    assert check.rel_error == pytest.approx(check.abs_error / check.numeric)
    zero = compare_gradients("0*x", {"x": 1.0}, dtype="float64")["x"]
    assert zero.rel_error == 0.0


def test_argument_errors():
    with pytest.raises(ExpressionError, match="unknown name `b`"):
        gradient("a*b", {"a": 1.0})
    with pytest.raises(ValueError, match="given both as a parameter and as data"):
        gradient("a", {"a": 1.0}, {"a": 2.0})
    with pytest.raises(ValueError, match="not a number or a rectangular array"):
        gradient("sum(a)", {"a": [[1.0, 2.0], [3.0]]})
    with pytest.raises(ValueError, match="unknown dtype"):
        gradient("a", {"a": 1.0}, dtype="float16")
    with pytest.raises(ValueError, match="unknown method"):
        numeric_gradient("a", {"a": 1.0}, method="backward")
    with pytest.raises(ValueError, match="the step h must be a positive finite number"):
        numeric_gradient("a", {"a": 1.0}, h=0)
    with pytest.raises(ValueError, match="too costly"):
        numeric_gradient("sum(a)", {"a": np.zeros(limits.MAX_NUMERIC_GRADIENT_ELEMENTS + 1)})


# --- Property: numeric (central) and autograd agree on random expressions ----------------------

UNARY = ["sin({})", "cos({})", "tanh({})", "sigmoid({})", "softplus({})", "square({})",
         "exp(tanh({}))", "log(1 + square({}))", "sqrt(2 + sin({}))", "-({})", "({})**3"]
BINARY = ["({}) + ({})", "({}) - ({})", "({}) * ({})", "({}) / (3 + cos({}))",
          "({}) * sigmoid({})"]
LEAVES = ["a", "b", "v[0]", "v[2]", "sum(v)", "mean(v * a)", "dot(v, v)", "0.5", "1.5"]


def _extend(children):
    unary = st.tuples(st.sampled_from(UNARY), children).map(
        lambda pair: pair[0].format(pair[1]))
    binary = st.tuples(st.sampled_from(BINARY), children, children).map(
        lambda triple: triple[0].format(triple[1], triple[2]))
    return unary | binary


EXPRESSIONS = st.recursive(st.sampled_from(LEAVES), _extend, max_leaves=5)
COORDINATE = st.floats(-2.0, 2.0, allow_nan=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EXPRESSIONS, COORDINATE, COORDINATE, st.lists(COORDINATE, min_size=3, max_size=3))
def test_central_difference_agrees_with_autograd(text, a, b, v):
    params = {"a": a, "b": b, "v": v}
    exact = gradient(text, params, dtype="float64").grads
    numeric = numeric_gradient(text, params, h=1e-6, dtype="float64")
    for name in params:
        scale = 1.0 + np.max(np.abs(exact[name]))
        np.testing.assert_allclose(numeric[name], exact[name], atol=1e-5 * scale, rtol=1e-5,
                                   err_msg=text)
