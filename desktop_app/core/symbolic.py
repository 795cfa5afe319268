"""Symbolic derivatives of the loss, built from the checked syntax tree (never from text).

The third view of a derivative, next to autograd and finite differences: ``d/dw`` as a formula
(``2*x*(w*x + b - y)``). Helpers are substituted, data arrays are substituted number by number
(a ``sum`` over data becomes an explicit sum), and the result is simplified when small.
Sympy has no timeout, so every input to it is bounded by sizes from core.limits instead.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import sympy
from numpy.typing import ArrayLike

from desktop_app.core import limits
from desktop_app.core.grammar import (
    FUNCTIONS,
    Program,
    call_arguments,
    format_shape,
    literal_number,
    parse_program,
    subscript_key,
)

__all__ = ["SYMPY_FUNCTIONS", "SymbolicDerivative", "symbolic_derivatives", "symbolic_of"]

# A symbolic value is a sympy expression (a scalar) or a numpy object array of them.
Value = Any


@dataclass(frozen=True)
class SymbolicDerivative:
    """d(loss)/d(parameter) as a formula, or the reason it is not shown.

    ``parameter`` is ``w`` for a scalar or ``x[0,1]`` for a tensor element (the record column
    name). ``value`` is the derivative at the given parameter values (None when unavailable or
    not a real number); ``simplified`` says whether sympy's simplify ran on it.
    """

    parameter: str
    expression: sympy.Expr | None
    text: str
    latex: str
    reason: str
    value: float | None = None
    simplified: bool = False
    kind: str = ""  # why it is not shown, a key of REASONS (the window words it), with its numbers:
    data: tuple[tuple[str, Any], ...] = ()

    @property
    def available(self) -> bool:
        return self.expression is not None


#: Why a symbolic derivative is not shown, by kind, in English (the CLI prints these; the window
#: words each kind and its numbers in its own language).
REASONS = {
    "too_costly": "skipped: too costly (the numbers grow beyond floating-point range, "
                  "so sympy would compute for minutes)",
    "too_deep": "skipped: too costly (the loss is nested more than {limit} levels deep once helpers "
                "are written out)",
    "loss_too_large": "the loss is too large to differentiate symbolically (more than {limit} parts "
                      "once helpers are written out)",
    "array_too_large": "`{source}` has {count} elements; symbolic derivatives handle arrays of at most {limit}",
    "cannot_compute": "`{source}` cannot be computed: {detail}",
    "no_form": "`{source}` has no symbolic form",
    "tensor_parameter": "{name} is a {shape} tensor: symbolic derivatives are shown for scalars and "
                        "tensors of at most {limit} elements",
    "data_too_large": "the data has {count} numbers; symbolic derivatives substitute at most {limit}",
    "derivative_too_large": "the derivative is too large to show (more than {limit} parts)",
}


class _Unavailable(Exception):
    """Symbolic derivatives cannot be shown: a kind of REASONS and its numbers."""

    def __init__(self, kind: str, **data: Any) -> None:
        self.kind, self.data = kind, data
        super().__init__(REASONS[kind].format(**data))


#: Elementwise sympy forms, from the one function table (reductions are handled apart).
SYMPY_FUNCTIONS: dict[str, Callable[..., sympy.Expr]] = {
    name: function.sympy(sympy) for name, function in FUNCTIONS.items() if function.sympy is not None
}
_REDUCTIONS = {"sum", "mean", "prod", "norm", "min", "max"}


def _array(value: Value) -> np.ndarray:
    if isinstance(value, np.ndarray):
        return value
    holder = np.empty((), dtype=object)
    holder[()] = value
    return holder


def _plain(value: Value) -> Value:
    """Scalars stay sympy expressions, never 0-d arrays."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        return value[()]
    return value


def _elementwise(function: Callable[..., sympy.Expr], *values: Value) -> Value:
    if not any(isinstance(v, np.ndarray) for v in values):
        return function(*values)
    return _plain(np.frompyfunc(function, len(values), 1)(*map(_array, values)))




def _guarded(function: Callable[..., sympy.Expr]) -> Callable[..., sympy.Expr]:
    """``function`` refusing numbers beyond floating-point range, before sympy evaluates them.

    sympy evaluates functions of floating numbers with arbitrary range (``exp(exp(exp(7.1)))``
    has an exponent of 10^475 digits) and cannot be interrupted. Every number a function gets
    or gives is kept within float range, so each evaluation stays cheap.
    """
    def apply(*args: sympy.Expr) -> sympy.Expr:
        numbers = all(getattr(a, "is_Number", False) for a in args)
        if numbers and not all(_float_finite(a) for a in args):
            raise _Unavailable("too_costly")
        result = function(*args)
        if numbers and getattr(result, "is_Number", False) and not _float_finite(result):
            raise _Unavailable("too_costly")
        return result
    return apply


def _float_finite(number: sympy.Expr) -> bool:
    try:
        return math.isfinite(float(number))
    except (OverflowError, TypeError, ValueError):
        return False


def _flat(value: Value) -> list[sympy.Expr]:
    return list(value.ravel()) if isinstance(value, np.ndarray) else [value]


def _number(value: float) -> sympy.Expr:
    value = float(value)
    return sympy.Integer(int(value)) if value.is_integer() else sympy.Float(repr(value))




def _power(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
    """``base**exponent``; with numbers only, refused when the result overflows a float."""
    if getattr(base, "is_Number", False) and getattr(exponent, "is_Number", False):
        try:
            estimate = abs(float(base)) ** float(exponent)
        except (OverflowError, ZeroDivisionError):
            estimate = math.inf
        if isinstance(estimate, complex) or not math.isfinite(estimate):
            raise _Unavailable("too_costly")
    return base**exponent


class _Builder:
    """Walks the checked syntax tree, building sympy values instead of tensors."""

    def __init__(self, program: Program, env: dict[str, Value]) -> None:
        self.program = program
        self.env = env
        self.sizes: dict[int, tuple[sympy.Basic, int]] = {}  # shared memo for _tree_size

    def run(self) -> sympy.Expr:
        result: Value = None
        for statement in self.program.statements:
            result = self.build(statement.expr)
            if statement.target is not None:
                self.env[statement.target] = result
        return sympy.Add(*_flat(result))  # a non-scalar loss is summed, as in gradient()

    def checked(self, node: ast.AST, value: Value) -> Value:
        """Bound every intermediate result, so sympy never works on an oversized input."""
        if isinstance(value, np.ndarray) and value.size > limits.MAX_SYMBOLIC_DATA_ELEMENTS:
            raise _Unavailable("array_too_large", source=self.program.source(node), count=value.size,
                               limit=limits.MAX_SYMBOLIC_DATA_ELEMENTS)
        for item in _flat(value):
            if _tree_size(item, limits.MAX_SYMBOLIC_LOSS_SIZE, self.sizes) > \
                    limits.MAX_SYMBOLIC_LOSS_SIZE:
                raise _Unavailable("loss_too_large", limit=limits.MAX_SYMBOLIC_LOSS_SIZE)
        return value

    def shape_error(self, node: ast.AST, exc: Exception) -> _Unavailable:
        return _Unavailable("cannot_compute", source=self.program.source(node), detail=str(exc))

    def build(self, node: ast.expr) -> Value:
        if isinstance(node, ast.Name):
            return self.env[node.id]
        if isinstance(node, ast.Constant):
            return _number(node.value)
        if isinstance(node, ast.UnaryOp):
            operand = self.build(node.operand)
            if isinstance(node.op, ast.UAdd):
                return operand
            return self.checked(node, _elementwise(lambda x: -x, operand))
        if isinstance(node, ast.BinOp):
            return self.checked(node, self.binary(node))
        if isinstance(node, ast.Call):
            return self.checked(node, self.call(node))
        if isinstance(node, ast.Attribute):  # .T, the only attribute allowed
            value = self.build(node.value)
            return value.T if isinstance(value, np.ndarray) else value
        if isinstance(node, ast.Subscript):
            value = self.build(node.value)
            try:
                return _plain(_array(value)[subscript_key(node)])
            except IndexError as exc:
                raise self.shape_error(node, exc) from None
        raise _Unavailable("no_form", source=self.program.source(node))

    def binary(self, node: ast.BinOp) -> Value:
        left = self.build(node.left)
        exponent = literal_number(node.right) if isinstance(node.op, ast.Pow) else None
        right = _number(exponent) if exponent is not None else self.build(node.right)
        try:
            if isinstance(node.op, ast.MatMult):
                return self.matmul(left, right)
            operation = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
                         ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b,
                         ast.Pow: _power}[type(node.op)]
            return _elementwise(operation, left, right)
        except ValueError as exc:
            raise self.shape_error(node, exc) from None

    @staticmethod
    def matmul(left: Value, right: Value) -> Value:
        if not (isinstance(left, np.ndarray) and isinstance(right, np.ndarray)):
            raise ValueError("@ needs arrays, not scalars")
        if left.ndim == 1 and right.ndim == 1:
            if left.shape != right.shape:
                raise ValueError(f"shapes {format_shape(left.shape)} and "
                                 f"{format_shape(right.shape)} differ")
            return sympy.Add(*(left * right))
        return _plain(np.matmul(left, right))

    def call(self, node: ast.Call) -> Value:
        function, arg_nodes, axis = call_arguments(node)
        args = [self.build(arg) for arg in arg_nodes]
        name = function.name
        try:
            if name in ("T", "transpose"):
                return args[0].T if isinstance(args[0], np.ndarray) else args[0]
            if name == "dot":
                if not all(isinstance(a, np.ndarray) for a in args):
                    return _elementwise(lambda a, b: a * b, *args)
                return self.matmul(*args)
            if name in _REDUCTIONS and len(args) == 1:
                return self.reduce(name, args[0], axis)
            return _elementwise(_guarded(SYMPY_FUNCTIONS[name]), *args)
        except ValueError as exc:
            raise self.shape_error(node, exc) from None

    @staticmethod
    def reduce(name: str, value: Value, axis: int | None) -> Value:
        if axis is not None:
            if not isinstance(value, np.ndarray):
                raise ValueError(f"axis {axis} is out of range for shape ()")
            return _plain(_reduce_last(name, np.moveaxis(value, axis, -1)))
        items = _flat(value)
        if name == "sum":
            return sympy.Add(*items)
        if name == "mean":
            return sympy.Add(*items) / len(items)
        if name == "prod":
            return sympy.Mul(*items)
        if name == "norm":
            return sympy.sqrt(sympy.Add(*(item**2 for item in items)))
        return (sympy.Min if name == "min" else sympy.Max)(*items)


def _reduce_last(name: str, parts: np.ndarray) -> np.ndarray:
    """Reduce the last axis of an object array with sum, mean or prod."""
    out = np.empty(parts.shape[:-1], dtype=object)
    for index in np.ndindex(out.shape):
        out[index] = _Builder.reduce(name, parts[index], None)
    return out


def _element_name(name: str, index: tuple[int, ...]) -> str:
    return f"{name}[{','.join(map(str, index))}]" if index else name


def _shape_words(shape: tuple[int, ...]) -> str:
    return "×".join(map(str, shape))


def symbolic_derivatives(
    program_or_text: Program | str,
    params: Mapping[str, ArrayLike],
    data: Mapping[str, ArrayLike] | None = None,
) -> list[SymbolicDerivative]:
    """d(loss)/d(each parameter element) as simplified formulas, in parameter order.

    Scalars (and tensors of at most MAX_SYMBOLIC_PARAMETER_ELEMENTS elements, element by
    element) become symbols; data and larger tensors are substituted with their numbers when
    they are small enough. A non-scalar loss is summed first, as in core.derivatives.gradient.
    """
    program = (parse_program(program_or_text) if isinstance(program_or_text, str)
               else program_or_text)
    data = data or {}
    program.check_inputs(params, data)
    numbers = {name: np.asarray(value, dtype=np.float64) for name, value in data.items()}
    env: dict[str, Value] = {}
    point: dict[sympy.Symbol, sympy.Expr] = {}  # symbol -> its value at the given parameters
    planned: list[SymbolicDerivative | sympy.Symbol] = []  # in parameter order
    for name, value in params.items():
        array = np.asarray(value, dtype=np.float64)
        if array.size > limits.MAX_SYMBOLIC_PARAMETER_ELEMENTS:
            planned.append(_unavailable(name, _Unavailable(
                "tensor_parameter", name=name, shape=_shape_words(array.shape),
                limit=limits.MAX_SYMBOLIC_PARAMETER_ELEMENTS)))
            numbers[name] = array
            continue
        held = np.empty(array.shape, dtype=object)
        for index in np.ndindex(array.shape):
            symbol = sympy.Symbol(_element_name(name, index), real=True)
            point[symbol] = _number(array[index])
            held[index] = symbol
            planned.append(symbol)
        env[name] = _plain(held)
    substituted = sum(array.size for array in numbers.values())
    try:
        if substituted > limits.MAX_SYMBOLIC_DATA_ELEMENTS:
            raise _Unavailable("data_too_large", count=substituted, limit=limits.MAX_SYMBOLIC_DATA_ELEMENTS)
        for name, array in numbers.items():
            env[name] = _plain(np.frompyfunc(_number, 1, 1)(array))
        loss = _Builder(program, env).run()
        if _tree_size(loss, limits.MAX_SYMBOLIC_LOSS_SIZE) > limits.MAX_SYMBOLIC_LOSS_SIZE:
            raise _Unavailable("loss_too_large", limit=limits.MAX_SYMBOLIC_LOSS_SIZE)
        if _tree_depth(loss) > limits.MAX_SYMBOLIC_DEPTH:
            raise _Unavailable("too_deep", limit=limits.MAX_SYMBOLIC_DEPTH)
    except (_Unavailable, RecursionError) as exc:  # sympy's constructors recurse into their arguments
        why = _Unavailable("too_deep", limit=limits.MAX_SYMBOLIC_DEPTH) if isinstance(exc, RecursionError) else exc
        return [_unavailable(item.name, why) if isinstance(item, sympy.Symbol) else item
                for item in planned]
    return [_safe_derivative(item.name, loss, item, point) if isinstance(item, sympy.Symbol) else item
            for item in planned]




def _safe_derivative(parameter: str, loss: sympy.Expr, symbol: sympy.Symbol,
                     point: Mapping[sympy.Symbol, sympy.Expr]) -> SymbolicDerivative:
    """`_derivative`, with sympy's own recursion limit reported as a reason (its walks recurse)."""
    try:
        return _derivative(parameter, loss, symbol, point)
    except RecursionError:
        return _unavailable(parameter, _Unavailable("too_deep", limit=limits.MAX_SYMBOLIC_DEPTH))


def _tree_depth(expr: sympy.Basic) -> int:
    """The deepest nesting of the tree, measured iteratively over distinct nodes."""
    depths: dict[int, int] = {}
    stack = [(expr, False)]
    while stack:
        node, ready = stack.pop()
        if id(node) in depths:
            continue
        if ready:
            depths[id(node)] = 1 + max((depths[id(arg)] for arg in node.args), default=0)
        else:
            stack.append((node, True))
            stack.extend((arg, False) for arg in node.args if id(arg) not in depths)
    return depths[id(expr)]


def symbolic_of(binding: Any) -> list[SymbolicDerivative]:
    """The symbolic derivatives of a `core.binding.Binding` (its float64 numbers, any dtype)."""
    return symbolic_derivatives(binding.program, binding.params, binding.data)


def _unavailable(parameter: str, why: _Unavailable) -> SymbolicDerivative:
    return SymbolicDerivative(parameter, None, "", "", str(why), kind=why.kind, data=tuple(why.data.items()))


def _derivative(parameter: str, loss: sympy.Expr, symbol: sympy.Symbol,
                point: Mapping[sympy.Symbol, sympy.Expr]) -> SymbolicDerivative:
    derivative = sympy.diff(loss, symbol)
    size = _tree_size(derivative, limits.MAX_SYMBOLIC_DERIVATIVE_SIZE)
    if size > limits.MAX_SYMBOLIC_DERIVATIVE_SIZE:
        return _unavailable(parameter, _Unavailable("derivative_too_large",
                                                    limit=limits.MAX_SYMBOLIC_DERIVATIVE_SIZE))
    simplified = size <= limits.MAX_SYMBOLIC_EXPAND_SIZE
    if simplified:
        degree = _degree_bound(derivative, set(point))
        simplified = degree is not None and degree <= limits.MAX_SYMBOLIC_EXPAND_DEGREE
    if simplified:
        derivative = sympy.expand(derivative)
    values = {symbol: float(number) for symbol, number in point.items()}
    return SymbolicDerivative(
        parameter=parameter,
        expression=derivative,
        text=sympy.sstr(derivative, full_prec=False),
        latex=sympy.latex(derivative, full_prec=False),
        reason="",
        value=_float_value(derivative, values),
        simplified=simplified,
    )


def _heaviside(x: float, at_zero: float = 0.5) -> float:
    """A step of max/min's derivative. Exactly at the step (a tie, e.g. max(v, 0.5) at v = 0.5)
    the loss has a kink and no derivative: autograd's number there is a convention that depends
    on how the loss is written (nested ties split the gradient differently than sympy's flattened
    Max), so the symbolic view shows no value rather than a number that disagrees."""
    if x == 0:
        raise ValueError("a kink at this point")
    return 1.0 if x > 0 else 0.0


#: sympy function classes -> float functions, for the value of a derivative at a point.
_FLOAT_FUNCTIONS: dict[str, Callable[..., float]] = {
    "exp": math.exp, "log": math.log, "sin": math.sin, "cos": math.cos, "tan": math.tan,
    "tanh": math.tanh, "Abs": abs, "sign": lambda x: float((x > 0) - (x < 0)),
    "Heaviside": _heaviside, "Max": max, "Min": min,
}


def _float_value(expr: sympy.Basic | None, point: Mapping[sympy.Symbol, float]) -> float | None:
    """The value of ``expr`` at ``point`` in floating point, or None when not a finite real.

    Never sympy's ``evalf``: it evaluates with arbitrary precision and cannot be interrupted, so
    ``exp(exp(exp(exp(3))))`` would compute for minutes. A walk over the tree in Python floats
    takes time linear in the tree's size; an overflow gives None.
    """
    if expr is None:
        return None
    memo: dict[int, float] = {}
    stack: list[tuple[sympy.Basic, bool]] = [(expr, False)]
    try:
        while stack:
            node, ready = stack.pop()
            if id(node) in memo:
                continue
            if not ready:
                stack.append((node, True))
                stack.extend((arg, False) for arg in node.args if id(arg) not in memo)
                continue
            memo[id(node)] = _float_node(node, [memo[id(arg)] for arg in node.args], point)
    except (OverflowError, ValueError, ZeroDivisionError, TypeError, KeyError):
        return None
    value = memo[id(expr)]
    if isinstance(value, complex) or not math.isfinite(value):
        return None
    return float(value)


def _float_node(node: sympy.Basic, args: list[float], point: Mapping[sympy.Symbol, float]) -> float:
    if node.is_Symbol:
        return point[node]
    if node.is_Number:
        return float(node)
    if node.is_Add:
        return math.fsum(args)
    if node.is_Mul:
        return math.prod(args)
    if node.is_Pow:
        base, exponent = args
        if base == 0 and exponent < 0:
            return math.inf
        return base**exponent
    if node is sympy.pi:
        return math.pi
    if node is sympy.E:
        return math.e
    function = _FLOAT_FUNCTIONS.get(type(node).__name__)
    if function is None:
        raise ValueError(f"no float form for {type(node).__name__}")
    return function(*args)


def _tree_size(expr: sympy.Basic, cap: int,
               memo: dict[int, tuple[sympy.Basic, int]] | None = None) -> int:
    """Nodes of the tree with shared sub-expressions counted at every use, capped at cap + 1.

    Computed over distinct nodes (iteratively, memoised by identity; the memo keeps each node
    alive so identities stay unique), so a tree that doubles with every helper line is measured
    in linear time where sympy's own walks would not finish.
    """
    sizes = {} if memo is None else memo
    stack = [(expr, False)]
    while stack:
        node, ready = stack.pop()
        if id(node) in sizes:
            continue
        if ready:
            size = 1 + sum(sizes[id(arg)][1] for arg in node.args)
            sizes[id(node)] = (node, min(cap + 1, size))
        else:
            stack.append((node, True))
            stack.extend((arg, False) for arg in node.args if id(arg) not in sizes)
    return sizes[id(expr)][1]


def _degree_bound(expr: sympy.Expr, symbols: set[sympy.Symbol]) -> int | None:
    """An upper bound of the polynomial degree in ``symbols``; None when not a polynomial.

    Read from the tree without expanding anything, so that deciding is cheap.
    """
    if expr.is_Number:
        return 0
    if expr.is_Symbol:
        return 1 if expr in symbols else 0
    if expr.is_Add or expr.is_Mul:
        degrees = [_degree_bound(arg, symbols) for arg in expr.args]
        if None in degrees:
            return None
        return max(degrees) if expr.is_Add else sum(degrees)
    if expr.is_Pow and expr.exp.is_Integer and expr.exp >= 0:
        base = _degree_bound(expr.base, symbols)
        return None if base is None else base * int(expr.exp)
    return 0 if not (expr.free_symbols & symbols) else None
