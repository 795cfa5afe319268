"""Typed start values and data -> numpy arrays, without eval.

Users type ``4``, ``ones(4,4)``, ``[[1,2],[3,4]]``, ``1,2,3`` or paste a column of numbers.
The text is parsed with ``ast.parse`` and walked with a whitelist (number literals, signed,
with + - * / between numbers; lists; a few constructors), so nothing the user types runs.
Sizes are checked against core.limits before any array is allocated.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike

from desktop_app.core import limits, python_ast

# Possessive quantifiers keep matching linear on long hostile input.
_NUMBER = r"[-+]?(?:\d++(?:\.\d*+)?|\.\d++)(?:[eE][-+]?\d++)?"
_TABLE = re.compile(rf"\s*+{_NUMBER}(?:[\s,;]++{_NUMBER})*+[\s,;]*+", re.ASCII)

_ARITHMETIC = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


def parse_value(text: str) -> np.ndarray:
    """Parse a typed value into a float64 array; raise ValueError with a plain message."""
    if not isinstance(text, str):
        raise ValueError(f"a value must be text, not {type(text).__name__}")
    if len(text) > limits.MAX_VALUE_CHARS:
        raise ValueError(f"the value is too long ({len(text)} characters; the limit is "
                         f"{limits.MAX_VALUE_CHARS})")
    if "\x00" in text:
        raise ValueError("the value contains a null character")
    stripped = text.strip()
    if not stripped:
        raise ValueError("the value is empty")
    if "\n" in stripped and _TABLE.fullmatch(stripped):
        return _parse_table(stripped)
    _check_depth(stripped)
    try:
        tree = python_ast.parse(stripped, mode="eval")
    except SyntaxError as exc:
        where = f" (col {exc.offset})" if exc.offset and exc.lineno == 1 else ""
        raise ValueError(f"not a number or array{where}: {_EXAMPLES}") from None
    except (RecursionError, MemoryError):
        raise ValueError(f"the value is nested too deeply (more than "
                         f"{limits.MAX_VALUE_DEPTH} levels)") from None
    _check_tree_depth(tree)
    body = tree.body
    if isinstance(body, ast.Call):
        return _construct(body)
    if isinstance(body, (ast.List, ast.Tuple)):
        return _to_array(_nested(body))
    return np.array(_number(body), dtype=np.float64)


_EXAMPLES = ("write e.g. 4, -1.5, 1e-3, [1, 2, 3], 1,2,3, [[1,2],[3,4]], ones(4,4), zeros(3), "
             "full(2,3,0.5), linspace(0,1,5), arange(1,11) or eye(3)")


def as_array(name: str, value: ArrayLike, *, kind: str = "", finite: bool = False) -> np.ndarray:
    """A given start value or data array (numbers, lists, numpy) as float64, within the limits.

    ``kind`` words the errors ("start value of", "data"); ``finite`` also refuses inf and NaN.
    """
    label = f"{kind} `{name}`".strip()
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"{label} is not a number or a rectangular array of numbers") from None
    if array.size > limits.MAX_ELEMENTS:
        raise ValueError(
            f"{label} has {array.size:,} elements; the limit is {limits.MAX_ELEMENTS:,}")
    if finite and not np.all(np.isfinite(array)):
        raise ValueError(f"{label} contains inf or NaN; every value must be a finite number")
    return array


def _check_depth(text: str) -> None:
    """Refuse deep bracket nesting before the parser sees it (cheap, and a clear message)."""
    depth = deepest = 0
    for char in text:
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth -= 1
    if deepest > limits.MAX_VALUE_DEPTH:
        raise ValueError(f"the value is nested too deeply (more than {limits.MAX_VALUE_DEPTH} "
                         "levels)")


def _check_tree_depth(tree: ast.AST) -> None:
    """Bound syntax-tree depth iteratively (long ``1+1+...`` chains), before recursive walks."""
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limits.MAX_VALUE_DEPTH + 2:
            raise ValueError(f"the value is nested too deeply (more than "
                             f"{limits.MAX_VALUE_DEPTH} levels)")
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node)
                     if not isinstance(child, (ast.expr_context, ast.operator, ast.unaryop)))


def _parse_table(text: str) -> np.ndarray:
    """Pasted numbers: one row per line, separated by spaces, commas or semicolons."""
    rows = [[_checked(float(token)) for token in re.split(r"[\s,;]+", line.strip()) if token]
            for line in text.splitlines() if line.strip()]
    if all(len(row) == 1 for row in rows):
        return _to_array([row[0] for row in rows])
    return _to_array(rows)


def _number(node: ast.AST) -> float:
    """A number literal, signed, or + - * / between numbers."""
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        value = float(node.value) if abs(node.value) <= limits.MAX_LITERAL_MAGNITUDE else math.inf
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _number(node.operand)
        value = -value if isinstance(node.op, ast.USub) else value
    elif isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        left, right = _number(node.left), _number(node.right)
        if isinstance(node.op, ast.Div) and right == 0:
            raise ValueError("division by zero in the value")
        value = _ARITHMETIC[type(node.op)](left, right)
    else:
        raise ValueError(_refusal(node))
    return _checked(value)


def _checked(value: float) -> float:
    if not math.isfinite(value) or abs(value) > limits.MAX_LITERAL_MAGNITUDE:
        raise ValueError(f"number too large (the limit is {limits.MAX_LITERAL_MAGNITUDE:g})")
    return value


def _refusal(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return f"unknown name `{node.id}` in the value; {_EXAMPLES}"
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return "text in quotes is not a number"
    if isinstance(node, ast.Attribute):
        return f"`.{node.attr}` is not allowed; write e.g. ones(3), not np.ones(3)"
    if isinstance(node, ast.Call):
        return "constructors such as ones(3) cannot be used inside a list"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        return "`**` is not allowed in a value; write the number itself"
    return f"not a number or array: {_EXAMPLES}"


def _nested(node: ast.AST) -> list | float:
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_nested(element) for element in node.elts]
    return _number(node)


def _shape(nested: list | float, where: str = "") -> tuple[int, ...]:
    """The shape of nested lists, or ValueError naming the first ragged row."""
    if not isinstance(nested, list):
        return ()
    if not nested:
        return (0,)
    shapes = [_shape(item, f"{where}[{i}]") for i, item in enumerate(nested)]
    for i, shape in enumerate(shapes[1:], start=1):
        if shape != shapes[0]:
            raise ValueError(
                f"ragged list: item {where}[0] has shape {_fmt(shapes[0])} but item {where}[{i}] "
                f"has shape {_fmt(shape)}; every row needs the same length")
    return (len(nested),) + shapes[0]


def _fmt(shape: tuple[int, ...]) -> str:
    return "() (a number)" if not shape else str(shape)


def _to_array(nested: list | float) -> np.ndarray:
    _check_count(math.prod(_shape(nested)), "the value")
    return np.array(nested, dtype=np.float64)


def _check_count(count: int, what: str) -> None:
    if count > limits.MAX_ELEMENTS:
        raise ValueError(f"{what} would have {count} elements; the limit is "
                         f"{limits.MAX_ELEMENTS}")


def _size(value: float, what: str) -> int:
    if value != int(value) or value < 0:
        raise ValueError(f"{what} must be a whole number >= 0, not {value:g}")
    return int(value)


def _ones(args: list[float]) -> np.ndarray:
    return np.ones(_shape_args(args, "ones"))


def _zeros(args: list[float]) -> np.ndarray:
    return np.zeros(_shape_args(args, "zeros"))


def _full(args: list[float]) -> np.ndarray:
    if len(args) < 2:
        raise ValueError("full needs a shape and a fill value, e.g. full(2, 3, 0.5)")
    return np.full(_shape_args(args[:-1], "full"), args[-1])


def _eye(args: list[float]) -> np.ndarray:
    if len(args) != 1:
        raise ValueError("eye takes one size, e.g. eye(3)")
    n = _size(args[0], "the size of eye")
    _check_count(n * n, f"eye({n})")
    return np.eye(n)


def _linspace(args: list[float]) -> np.ndarray:
    if len(args) != 3:
        raise ValueError("linspace takes start, stop and count, e.g. linspace(0, 1, 5)")
    count = _size(args[2], "the count of linspace")
    _check_count(count, f"linspace with count {count}")
    return np.linspace(args[0], args[1], count)


def _arange(args: list[float]) -> np.ndarray:
    if not 1 <= len(args) <= 3:
        raise ValueError("arange takes stop, or start and stop, or start, stop and step, "
                         "e.g. arange(1, 11)")
    start, stop, step = (0.0, args[0], 1.0) if len(args) == 1 else (*args[:2], 1.0)
    if len(args) == 3:
        step = args[2]
    if step == 0:
        raise ValueError("the step of arange cannot be 0")
    count = max(0, math.ceil((stop - start) / step))
    _check_count(count, "arange")
    return np.arange(start, stop, step, dtype=np.float64)


def _shape_args(args: list[float], name: str) -> tuple[int, ...]:
    if not args:
        raise ValueError(f"{name} needs a shape, e.g. {name}(3) or {name}(4, 4)")
    shape = tuple(_size(arg, f"the sizes of {name}") for arg in args)
    _check_count(math.prod(shape), f"{name}{shape if len(shape) > 1 else f'({shape[0]})'}")
    return shape


_CONSTRUCTORS: dict[str, Callable[[list[float]], np.ndarray]] = {
    "ones": _ones, "zeros": _zeros, "full": _full, "eye": _eye,
    "linspace": _linspace, "arange": _arange,
}


def _construct(node: ast.Call) -> np.ndarray:
    if not isinstance(node.func, ast.Name) or node.func.id not in _CONSTRUCTORS:
        if isinstance(node.func, ast.Attribute) and node.func.attr in _CONSTRUCTORS:
            raise ValueError(f"write {node.func.attr}(...), without a module prefix")
        name = node.func.id if isinstance(node.func, ast.Name) else ast.unparse(node.func)
        raise ValueError(f"`{name}` is not a known constructor; available: "
                         + ", ".join(_CONSTRUCTORS))
    if node.keywords:
        raise ValueError(f"{node.func.id} takes numbers only, without `name=`")
    args = [_number(arg) for arg in node.args]
    return np.asarray(_CONSTRUCTORS[node.func.id](args), dtype=np.float64)
