"""LaTeX for what the lessons write on the board: the loss as typed, numbers, the update step.

Why from the checked syntax tree: the loss is shown as the student typed it (``sum((y - b0 -
b1*x)**2)`` becomes a Σ with a real exponent), in the structure the evaluator runs, and user
text never reaches sympy's parser. Symbolic derivatives already carry sympy's LaTeX
(`core.symbolic`). Formulas that may not fit a narrow pane are returned as *parts* (``lhs``,
``= …``, ``= …``): a view shows them on one line or stacks them, as one writes a derivation.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # the window imports this module before PyTorch (and sympy) have loaded
    import sympy

    from desktop_app.core.expression import Program

__all__ = [
    "derivative_latex", "expression_latex", "matrix_latex", "name_latex", "number_latex", "program_latex",
    "step_digits", "update_latex",
]

_GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
    "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega",
}
_ALIASES = {"lam": "lambda"}
_NAME = re.compile(r"^([A-Za-z]+?)_?(\d*)$")
#: Rows and columns of a matrix written out before the rest is elided with ⋯ / ⋮.
MATRIX_SHOWN = 4
#: Significant digits of a number on the board (as core-independent panels write them).
DIGITS = 4
#: Most significant digits an update line uses to keep its step visible.
MAX_STEP_DIGITS = 12

# Precedence, loosest first: sums, products, unary minus, powers, atoms.
_SUM, _PRODUCT, _UNARY, _POWER, _ATOM = range(1, 6)
_OPERATORS = {"sin": r"\sin", "cos": r"\cos", "tan": r"\tan", "tanh": r"\tanh", "log": r"\log",
              "max": r"\max", "min": r"\min"}
_NAMED = {"relu": r"\operatorname{relu}", "softplus": r"\operatorname{softplus}",
          "sigmoid": r"\sigma", "clip": r"\operatorname{clip}", "clamp": r"\operatorname{clip}",
          "mean": r"\operatorname{mean}"}


def name_latex(name: str) -> str:
    """``beta`` -> ``\\beta``, ``b1`` / ``b_1`` -> ``b_{1}``, ``pred`` -> ``\\mathrm{pred}``,
    ``x[0,1]`` (a record column) -> ``x_{0,1}``."""
    if "[" in name and name.endswith("]"):
        base, index = name[:-1].split("[", 1)
        symbol = name_latex(base)
        return f"{{{symbol}}}_{{{index}}}" if "_" in symbol else f"{symbol}_{{{index}}}"
    match = _NAME.match(name)
    if match is None:  # e.g. names with inner underscores: w_in
        head, _, tail = name.partition("_")
        return f"{name_latex(head)}_{{\\mathrm{{{tail}}}}}" if tail else rf"\mathrm{{{name}}}"
    letters, digits = match.groups()
    letters = _ALIASES.get(letters, letters)
    if letters in _GREEK:
        body = "\\" + letters
    elif len(letters) == 1:
        body = letters
    else:
        body = rf"\mathrm{{{letters}}}"
    return f"{body}_{{{digits}}}" if digits else body


def number_latex(value: float, digits: int = DIGITS) -> str:
    """A number as the board writes it: ``0.001667``, ``-9.99``, ``1.2 \\times 10^{5}``."""
    value = float(value)
    if math.isnan(value):
        return r"\mathrm{NaN}"
    if math.isinf(value):
        return r"\infty" if value > 0 else r"{-\infty}"
    text = f"{value:.{digits}g}"
    if text == "-0":
        return "0"
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    if "e" in text:
        mantissa, exponent = text.split("e")
        power = f"10^{{{int(exponent)}}}"
        text = power if mantissa == "1" else rf"{mantissa} \times {power}"
    # A negative number is grouped, so its sign reads as a sign (−9.98), not as a subtraction.
    return f"{{-{text}}}" if sign else text


def _operand(value: float, digits: int = DIGITS) -> str:
    text = number_latex(value, digits)
    return rf"\left({text}\right)" if text.startswith("{-") else text


def _literal(value: int | float) -> str:
    if isinstance(value, int):
        return str(value)
    text = repr(value)
    return number_latex(value, 15) if "e" in text or len(text) > 12 else text


class _Writer:
    """Walks a checked syntax tree; each method returns (latex, precedence)."""

    def __init__(self) -> None:
        from desktop_app.core.expression import call_arguments, literal_number  # loads torch

        self.call_arguments, self.literal_number = call_arguments, literal_number

    def write(self, node: ast.expr) -> tuple[str, int]:
        literal_number = self.literal_number
        number = literal_number(node)
        if number is not None and not isinstance(node, ast.UnaryOp):
            return _literal(number), _ATOM
        if isinstance(node, ast.Name):
            return name_latex(node.id), _ATOM
        if isinstance(node, ast.BinOp):
            return self.binary(node)
        if isinstance(node, ast.UnaryOp):
            inner = self.wrapped(node.operand, _UNARY)
            return (f"-{inner}", _UNARY) if isinstance(node.op, ast.USub) else (inner, _UNARY)
        if isinstance(node, ast.Call):
            return self.call(node), _ATOM
        if isinstance(node, ast.Attribute):  # only .T passes the checker
            return f"{self.wrapped(node.value, _ATOM)}^{{\\top}}", _POWER
        if isinstance(node, ast.Subscript):
            return self.subscript(node), _ATOM
        raise ValueError(f"no LaTeX for {type(node).__name__}")  # the checker lets nothing else through

    def latex(self, node: ast.expr) -> str:
        return self.write(node)[0]

    def wrapped(self, node: ast.expr, at_least: int) -> str:
        text, precedence = self.write(node)
        return rf"\left({text}\right)" if precedence < at_least else text

    def binary(self, node: ast.BinOp) -> tuple[str, int]:
        op = node.op
        if isinstance(op, ast.Div):
            return rf"\frac{{{self.latex(node.left)}}}{{{self.latex(node.right)}}}", _ATOM
        if isinstance(op, ast.Pow):
            return f"{{{self.wrapped(node.left, _ATOM)}}}^{{{self.latex(node.right)}}}", _POWER
        if isinstance(op, (ast.Add, ast.Sub)):
            left = self.latex(node.left)
            right, precedence = self.write(node.right)
            if precedence <= _SUM or (precedence == _UNARY and isinstance(op, ast.Sub)):
                right = rf"\left({right}\right)"
            if isinstance(op, ast.Add) and right.startswith("-"):
                right = rf"\left({right}\right)"
            return f"{left} {'+' if isinstance(op, ast.Add) else '-'} {right}", _SUM
        left = self.wrapped(node.left, _PRODUCT)
        right_text, right_precedence = self.write(node.right)
        right = rf"\left({right_text}\right)" if right_precedence <= _UNARY else right_text
        if isinstance(op, ast.MatMult) or not (right[:1].isdigit() or right.startswith("-")):
            return f"{left} {right}", _PRODUCT  # juxtaposed, as on the board: 2 w x, X β
        return rf"{left} \cdot {right}", _PRODUCT

    def call(self, node: ast.Call) -> str:
        function, args, axis = self.call_arguments(node)
        name = function.name
        parts = [self.latex(a) for a in args]
        inside = ", ".join(parts)
        below = f"_{{\\mathrm{{axis}}\\,{axis}}}" if axis is not None else ""
        if name in ("sum", "prod"):
            symbol = r"\sum" if name == "sum" else r"\prod"
            return f"{symbol}{below} {self.wrapped(args[0], _PRODUCT + 1)}"
        if name == "sqrt":
            return rf"\sqrt{{{inside}}}"
        if name == "abs":
            return rf"\left|{inside}\right|"
        if name == "norm":
            return rf"\left\|{inside}\right\|"
        if name == "exp":
            return f"e^{{{inside}}}"
        if name == "square":
            return f"{{{self.wrapped(args[0], _ATOM)}}}^{{2}}"
        if name == "pow":
            return f"{{{self.wrapped(args[0], _ATOM)}}}^{{{parts[1]}}}"
        if name in ("T", "transpose"):
            return f"{self.wrapped(args[0], _ATOM)}^{{\\top}}"
        if name == "dot":
            return rf"{self.wrapped(args[0], _PRODUCT)} \cdot {self.wrapped(args[1], _PRODUCT + 1)}"
        command = _OPERATORS.get(name) or _NAMED.get(name) or rf"\operatorname{{{name}}}"
        return rf"{command}{below}\left({inside}\right)"

    def subscript(self, node: ast.Subscript) -> str:
        literal_number = self.literal_number
        parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        index = []
        for part in parts:
            if isinstance(part, ast.Slice):
                bounds = ["" if b is None else str(literal_number(b)) for b in (part.lower, part.upper)]
                step = f":{literal_number(part.step)}" if part.step is not None else ""
                index.append(":".join(bounds) + step)
            else:
                index.append(str(literal_number(part)))
        return f"{self.wrapped(node.value, _ATOM)}_{{{','.join(index)}}}"


def expression_latex(program: Program, node: ast.expr | None = None) -> str:
    """LaTeX of one checked expression (by default the loss line) as it was typed."""
    return _Writer().latex(program.loss if node is None else node)


def program_latex(program: Program, loss_symbol: str = "L") -> tuple[str, ...]:
    """One LaTeX line per program line: ``\\mathrm{pred} = w x + b`` … ``L = …``."""
    writer = _Writer()
    return tuple(f"{name_latex(s.target) if s.target else loss_symbol} = {writer.latex(s.expr)}"
                 for s in program.statements)


def matrix_latex(value: np.ndarray | Sequence, digits: int = DIGITS) -> str:
    """A vector or matrix as a bracketed matrix; large ones elided with ⋯, ⋮ and ⋱."""
    array = np.asarray(value, dtype=np.float64)
    if array.ndim == 0:
        return number_latex(float(array), digits)
    if array.ndim == 1:
        array = array[:, None]
    elif array.ndim > 2:
        array = array.reshape(-1, array.shape[-1])
    rows, cols = array.shape
    keep_rows = range(rows) if rows <= MATRIX_SHOWN else [*range(MATRIX_SHOWN - 1), rows - 1]
    keep_cols = range(cols) if cols <= MATRIX_SHOWN else [*range(MATRIX_SHOWN - 1), cols - 1]
    lines = []
    for position, i in enumerate(keep_rows):
        if rows > MATRIX_SHOWN and position == MATRIX_SHOWN - 1:
            dots = [r"\vdots"] * len(keep_cols)
            if cols > MATRIX_SHOWN:
                dots.insert(MATRIX_SHOWN - 1, r"\ddots")
            lines.append(" & ".join(dots))
        cells = [number_latex(array[i, j], digits) for j in keep_cols]
        if cols > MATRIX_SHOWN:
            cells.insert(MATRIX_SHOWN - 1, r"\cdots")
        lines.append(" & ".join(cells))
    return r"\begin{bmatrix}" + r" \\ ".join(lines) + r"\end{bmatrix}"


def step_digits(old: float, new: float, digits: int = DIGITS) -> int:
    """Significant digits that show ``new`` differing from ``old`` (at least `digits`).

    ``10.19 − 0.01·0.08027`` is ``10.1892``, not ``10.19``: the change must stay visible.
    """
    old, new = float(old), float(new)
    change = abs(new - old)
    size = max(abs(old), abs(new))
    if not (math.isfinite(change) and math.isfinite(size)) or change == 0 or size == 0:
        return digits
    needed = math.floor(math.log10(size)) - math.floor(math.log10(change)) + 2
    return int(min(MAX_STEP_DIGITS, max(digits, needed)))


def derivative_latex(expression: sympy.Expr, digits: int = DIGITS) -> str:
    """A symbolic derivative from `core.symbolic` with its decimals at the board's `digits`
    (``0.1137 e^{1.5 w}``, not ``0.113724498696119 e^{1.5 w}``): readable, and a third as
    long to typeset."""
    import sympy

    floats = {number: sympy.Float(number, digits) for number in expression.atoms(sympy.Float)}
    # Element symbols are named as record columns ("W[0, 1]"): written W_{0,1}, as on the board.
    names = {symbol: name_latex(symbol.name.replace(" ", "")) for symbol in expression.free_symbols
             if "[" in symbol.name}
    return sympy.latex(expression.xreplace(floats) if floats else expression, symbol_names=names)


def tagged_latex(symbol: str, tag: str) -> str:
    """``β_new``, but ``W_{0,1}^{new}`` for a symbol that has a subscript already (a double
    subscript is not LaTeX: the formula would not typeset)."""
    mark = "^" if "_" in symbol else "_"
    return rf"{symbol}{mark}{{\mathrm{{{tag}}}}}"


def update_latex(name: str, old: float, lr: float, grad: float, new: float,
                 loss_symbol: str = "L", rate: str = r"\alpha") -> tuple[str, ...]:
    """The gradient-descent update as parts of one derivation, with the numbers of this step:
    ``β ← β − α ∂L/∂β``, ``= 10.19 − 0.01·0.08027``, ``= 10.1892``."""
    symbol = name_latex(name)
    digits = step_digits(old, new)
    return (
        rf"{symbol} \leftarrow {symbol} - {rate}\,\frac{{\partial {loss_symbol}}}{{\partial {symbol}}}",
        rf"= {number_latex(old, digits)} - {_operand(lr)} \cdot {_operand(grad)}",
        f"= {number_latex(new, digits)}",
    )
