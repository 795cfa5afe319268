"""LaTeX from the checked syntax tree: structure as typed, precedence kept, steps visible."""

from __future__ import annotations

import ast

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.core.expression import parse_program
from desktop_app.core.latex import (
    expression_latex,
    matrix_latex,
    name_latex,
    number_latex,
    program_latex,
    step_digits,
    tagged_latex,
    update_latex,
)


def latex(text: str) -> str:
    return expression_latex(parse_program(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("(b/2 - 1)**2", r"{\left(\frac{b}{2} - 1\right)}^{2}"),
    ("x**4 - 3*x**2 + x", "{x}^{4} - 3 {x}^{2} + x"),
    ("sum((y - b0 - b1*x)**2)", r"\sum {\left(y - b_{0} - b_{1} x\right)}^{2}"),
    ("a - (b - c)", r"a - \left(b - c\right)"),
    ("a - b - c", "a - b - c"),
    ("-(a + b)*c", r"-\left(a + b\right) c"),
    ("a * -b", r"a \left(-b\right)"),
    ("X.T @ X @ beta", r"X^{\top} X \beta"),
    ("sqrt(abs(w))", r"\sqrt{\left|w\right|}"),
    ("exp(-w**2)", "e^{-{w}^{2}}"),
    ("X[:, 0] @ w", "X_{:,0} w"),
    ("mean(x, axis=1)", r"\operatorname{mean}_{\mathrm{axis}\,1}\left(x\right)"),
    ("2*3", r"2 \cdot 3"),
    ("1e-7*w", r"10^{-7} w"),
])
def test_loss_as_typed(text: str, expected: str) -> None:
    assert latex(text) == expected


def test_helper_lines_and_the_loss_line() -> None:
    lines = program_latex(parse_program("pred = w*x + b\nmean((pred - y)**2)"))
    assert lines == (r"\mathrm{pred} = w x + b",
                     r"L = \operatorname{mean}\left({\left(\mathrm{pred} - y\right)}^{2}\right)")


def test_names() -> None:
    assert name_latex("beta") == r"\beta"
    assert name_latex("beta_1") == r"\beta_{1}"
    assert name_latex("lam") == r"\lambda"
    assert name_latex("x[0,1]") == "x_{0,1}"
    assert name_latex("pred") == r"\mathrm{pred}"
    assert name_latex("w_in") == r"w_{\mathrm{in}}"
    assert name_latex("b1[0,2]") == "{b_{1}}_{0,2}"


@pytest.mark.parametrize("name", ["beta", "b1", "W[0,1]", "b1[2]", "w_in", "pred"])
def test_the_update_line_of_any_name_typesets(name: str) -> None:
    """Tensor entries and subscripted names used to give a double subscript (W_{0,1}_{new}),
    which ziamath refuses: the Derivative tab's update line was then missing."""
    import ziamath

    symbol = name_latex(name)
    line = f"{tagged_latex(symbol, 'new')} = {tagged_latex(symbol, 'old')}"
    assert ziamath.Latex(line).svg().startswith("<svg")
    assert ziamath.Latex(update_latex(name, 1.0, 0.1, 2.0, 0.8)[0]).svg().startswith("<svg")
    assert tagged_latex(r"\beta", "new") == r"\beta_{\mathrm{new}}"


def test_numbers() -> None:
    assert number_latex(-9.99) == "{-9.99}"  # grouped: a sign, not a subtraction
    assert number_latex(-1.5e-7) == r"{-1.5 \times 10^{-7}}"
    assert number_latex(123456.0) == r"1.235 \times 10^{5}"
    assert number_latex(float("nan")) == r"\mathrm{NaN}"
    assert number_latex(-0.0) == "0"


def test_update_line_keeps_the_step_visible() -> None:
    old, lr, grad = 10.19, 0.01, 0.08027
    parts = update_latex("beta", old, lr, grad, old - lr * grad)
    assert parts[1] == r"= 10.19 - 0.01 \cdot 0.08027"
    assert parts[2] == "= 10.1892"
    assert update_latex("w", 2.0, 0.1, -3.0, 2.3)[1] == r"= 2 - 0.1 \cdot \left({-3}\right)"


@given(st.floats(-1e6, 1e6), st.floats(1e-9, 1e3))
def test_shown_new_value_differs_from_shown_old(old: float, step: float) -> None:
    new = old - step
    assume(abs(new - old) > 1e-10 * max(abs(old), abs(new)))  # within MAX_STEP_DIGITS
    digits = step_digits(old, new)
    assert f"{old:.{digits}g}" != f"{new:.{digits}g}"


def test_matrix_elides_large_tensors() -> None:
    assert matrix_latex([[1, 2], [3, 4]]) == r"\begin{bmatrix}1 & 2 \\ 3 & 4\end{bmatrix}"
    big = matrix_latex(np.arange(36.0).reshape(6, 6))
    assert r"\cdots" in big and r"\vdots" in big and r"\ddots" in big
    assert big.count(r"\\") == 4  # 3 rows, the dots row, the last row
    rows = big.removeprefix(r"\begin{bmatrix}").removesuffix(r"\end{bmatrix}").split(r" \\ ")
    assert {row.count("&") for row in rows} == {4}  # every row has the same number of cells


def test_every_preset_loss_has_latex() -> None:
    from desktop_app.core.presets import get_preset, preset_names

    for name in preset_names():
        preset = get_preset(name)
        if preset.page:  # a lesson page (L4.1-L4.3): its expression is the lesson's code, not a loss
            continue
        program = parse_program(preset.expression)
        lines = program_latex(program)
        assert len(lines) == len(program.statements)
        assert all(line.count("{") == line.count("}") for line in lines), preset.expression


def test_no_text_is_parsed_again() -> None:
    """The writer walks the checked tree: a node type the checker refuses has no LaTeX."""
    from desktop_app.core.latex import _Writer

    with pytest.raises(ValueError, match="no LaTeX"):
        _Writer().latex(ast.parse("[1]", mode="eval").body)


def test_derivative_decimals_cut_to_the_board_digits() -> None:
    import sympy

    from desktop_app.core.latex import derivative_latex

    w = sympy.Symbol("w", real=True)
    text = derivative_latex(sympy.Float("0.113724498696119") * sympy.exp(sympy.Float(1.5) * w))
    assert "0.1137" in text and "0.113724" not in text
    assert derivative_latex(2 * w) == "2 w"
