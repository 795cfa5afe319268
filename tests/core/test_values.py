"""Typed start values and data: every documented form, and plain refusals."""

import numpy as np
import pytest

from desktop_app.core import limits
from desktop_app.core.values import parse_value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4", np.array(4.0)),
        ("-1.5", np.array(-1.5)),
        ("1e-3", np.array(0.001)),
        ("  +2  ", np.array(2.0)),
        ("0.01/6", np.array(0.01 / 6)),
        ("2*3 - 1", np.array(5.0)),
        ("ones(4,4)", np.ones((4, 4))),
        ("zeros(3)", np.zeros(3)),
        ("full(2,3,0.5)", np.full((2, 3), 0.5)),
        ("linspace(0,1,5)", np.linspace(0, 1, 5)),
        ("arange(1,11)", np.arange(1.0, 11.0)),
        ("arange(4)", np.arange(4.0)),
        ("arange(0, 1, 0.25)", np.array([0.0, 0.25, 0.5, 0.75])),
        ("eye(2)", np.eye(2)),
        ("[[1,2],[3,4]]", np.array([[1.0, 2.0], [3.0, 4.0]])),
        ("1,2,3", np.array([1.0, 2.0, 3.0])),
        ("[1, 2, 3]", np.array([1.0, 2.0, 3.0])),
        ("(1, -2)", np.array([1.0, -2.0])),
        ("[1/2, -3]", np.array([0.5, -3.0])),
        ("5,", np.array([5.0])),
        ("[]", np.zeros(0)),
        ("1\n2\n3\n", np.array([1.0, 2.0, 3.0])),
        ("1 2\n3 4", np.array([[1.0, 2.0], [3.0, 4.0]])),
        ("1, 2; 3\n4, 5, 6", np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])),
    ],
)
def test_parse_value(text, expected):
    result = parse_value(text)
    assert result.dtype == np.float64
    assert result.shape == expected.shape
    np.testing.assert_allclose(result, expected)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "the value is empty"),
        ("   ", "the value is empty"),
        ("[[1,2],[3]]", "ragged list: item [0] has shape (2,) but item [1] has shape (1,)"),
        ("[1, [2]]", "ragged list"),
        ("1 2\n3", "ragged list"),
        ("x", "unknown name `x` in the value"),
        ("ones(2.5)", "the sizes of ones must be a whole number >= 0, not 2.5"),
        ("zeros(-1)", "must be a whole number >= 0"),
        ("ones()", "ones needs a shape"),
        ("full(3)", "full needs a shape and a fill value"),
        ("linspace(0, 1)", "linspace takes start, stop and count"),
        ("arange(1, 2, 0)", "the step of arange cannot be 0"),
        ("ones(n=3)", "ones takes numbers only"),
        ("rand(3)", "`rand` is not a known constructor; available: ones, zeros"),
        ("[ones(2)]", "constructors such as ones(3) cannot be used inside a list"),
        ("1/0", "division by zero"),
        ("True", "not a number or array"),
        ("[1, 2", "not a number or array (col 1)"),
        ("1 +", "not a number or array"),
        (f"zeros({limits.MAX_ELEMENTS + 1})", f"the limit is {limits.MAX_ELEMENTS}"),
    ],
)
def test_parse_value_refusals(text, message):
    with pytest.raises(ValueError) as info:
        parse_value(text)
    assert message in str(info.value)


def test_limit_sized_values_are_accepted():
    assert parse_value(f"zeros({limits.MAX_ELEMENTS})").size == limits.MAX_ELEMENTS
