"""User text -> checked syntax tree (`Program`) -> torch evaluation.

Students type losses such as ``mean((w*x + b - y)**2)``. The text is parsed with ``ast.parse``
and every node is checked against an explicit whitelist before anything is evaluated; the
evaluator then walks the tree calling plain torch operations. User text is never passed to
``eval``/``exec``/``compile`` or to sympy's parser, so a hostile input can at worst be refused.

Evaluation is differentiable with autograd and works under ``torch.func.vmap``/``grad``: it uses
only torch ops, never ``.item()``, and checks sizes from shapes, never from tensor values.
"""

from __future__ import annotations

import ast
import difflib
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import torch

from desktop_app.core import limits


class ExpressionError(ValueError):
    """A problem with an expression, located at a 1-based line and column when known."""

    def __init__(
        self,
        message: str,
        line: int | None = None,
        col: int | None = None,
        end_col: int | None = None,
    ) -> None:
        self.message = message
        self.line = line
        self.col = col
        self.end_col = end_col
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.line is not None and self.col is not None:
            return f"line {self.line}, col {self.col}: {self.message}"
        if self.line is not None:
            return f"line {self.line}: {self.message}"
        return self.message


# --- The function table -------------------------------------------------------------------------


def _transpose(x: torch.Tensor) -> torch.Tensor:
    # numpy semantics: reverse all axes; a scalar or vector is its own transpose.
    if x.ndim < 2:
        return x
    return x.permute(*reversed(range(x.ndim)))


def _reduce(method: str) -> Callable[..., torch.Tensor]:
    def apply(x: torch.Tensor, axis: int | None = None) -> torch.Tensor:
        if axis is None:
            return getattr(x, method)()
        return getattr(x, method)(dim=axis)

    return apply


def _extreme(reduce: str, pairwise: Callable[..., torch.Tensor]) -> Callable[..., torch.Tensor]:
    def apply(a: torch.Tensor, b: torch.Tensor | None = None) -> torch.Tensor:
        return getattr(a, reduce)() if b is None else pairwise(a, b)

    return apply


def _dot(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    if a.ndim == 1 and b.ndim == 1:
        return (a * b).sum()
    return torch.matmul(a, b)


@dataclass(frozen=True)
class Function:
    """One callable name: how it is written, what it does (help text), and its torch code."""

    name: str
    signature: str
    doc: str
    apply: Callable[..., torch.Tensor] = field(repr=False)
    min_args: int = 1
    max_args: int = 1
    takes_axis: bool = False  # the optional last argument is an integer axis (``axis=`` too)


_FUNCTION_LIST = (
    Function("abs", "abs(x)", "absolute value |x|; its derivative at 0 is 0", torch.abs),
    Function("clip", "clip(x, lo, hi)", "limit x to the range [lo, hi]", torch.clamp, 3, 3),
    Function("clamp", "clamp(x, lo, hi)", "same as clip", torch.clamp, 3, 3),
    Function("cos", "cos(x)", "cosine (radians)", torch.cos),
    Function("dot", "dot(a, b)", "dot product of vectors; matrix product otherwise", _dot, 2, 2),
    Function("exp", "exp(x)", "e to the power x", torch.exp),
    Function("log", "log(x)", "natural logarithm", torch.log),
    Function("max", "max(x) / max(a, b)", "largest element of x; elementwise larger of a, b",
             _extreme("amax", torch.maximum), 1, 2),
    Function("mean", "mean(x, axis)", "average of all elements (or along an axis)",
             _reduce("mean"), 1, 2, True),
    Function("min", "min(x) / min(a, b)", "smallest element of x; elementwise smaller of a, b",
             _extreme("amin", torch.minimum), 1, 2),
    Function("norm", "norm(x)", "Euclidean length sqrt(sum(x**2))", torch.linalg.vector_norm),
    Function("pow", "pow(x, y)", "x to the power y, same as x**y", torch.pow, 2, 2),
    Function("prod", "prod(x, axis)", "product of all elements (or along an axis)",
             _reduce("prod"), 1, 2, True),
    Function("relu", "relu(x)", "max(x, 0): negative values become 0", torch.relu),
    Function("sigmoid", "sigmoid(x)", "1 / (1 + exp(-x)), squashes into (0, 1)", torch.sigmoid),
    Function("sin", "sin(x)", "sine (radians)", torch.sin),
    Function("softplus", "softplus(x)", "log(1 + exp(x)), a smooth relu",
             torch.nn.functional.softplus),
    Function("sqrt", "sqrt(x)", "square root", torch.sqrt),
    Function("square", "square(x)", "x**2, elementwise", torch.square),
    Function("sum", "sum(x, axis)", "sum of all elements (or along an axis)",
             _reduce("sum"), 1, 2, True),
    Function("T", "T(x)", "transpose, same as x.T", _transpose),
    Function("tan", "tan(x)", "tangent (radians)", torch.tan),
    Function("tanh", "tanh(x)", "hyperbolic tangent, squashes into (-1, 1)", torch.tanh),
    Function("transpose", "transpose(x)", "transpose, same as x.T", _transpose),
)

#: Every function an expression may call, by name (shown in the help page and highlighted).
FUNCTIONS: dict[str, Function] = {f.name: f for f in _FUNCTION_LIST}

# Binary operators: ast class -> (op name used in traces, symbol, verb for shape errors).
_BINARY = {
    ast.Add: ("add", "+", "add"),
    ast.Sub: ("sub", "-", "subtract"),
    ast.Mult: ("mul", "*", "multiply"),
    ast.Div: ("div", "/", "divide"),
    ast.Pow: ("pow", "**", "raise to a power"),
    ast.MatMult: ("matmul", "@", "matrix-multiply"),
}
_BINARY_TORCH = {
    "add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div,
    "pow": torch.pow, "matmul": torch.matmul,
}

_REFUSED_EXPRESSIONS = {
    ast.Lambda: "lambda is not allowed",
    ast.ListComp: "comprehensions are not allowed",
    ast.SetComp: "comprehensions are not allowed",
    ast.DictComp: "comprehensions are not allowed",
    ast.GeneratorExp: "comprehensions are not allowed",
    ast.JoinedStr: "f-strings are not allowed",
    ast.FormattedValue: "f-strings are not allowed",
    ast.NamedExpr: "`:=` (assignment inside an expression) is not allowed",
    ast.Compare: "comparisons (<, ==, ...) are not allowed",
    ast.BoolOp: "`and` / `or` are not allowed",
    ast.IfExp: "`... if ... else ...` is not allowed",
    ast.List: "lists are not allowed in an expression; give arrays as values instead",
    ast.Tuple: "tuples are not allowed in an expression",
    ast.Set: "sets are not allowed in an expression",
    ast.Dict: "dicts are not allowed in an expression",
    ast.Starred: "`*` unpacking is not allowed",
    ast.Await: "`await` is not allowed",
    ast.Yield: "`yield` is not allowed",
    ast.YieldFrom: "`yield` is not allowed",
    ast.Slice: "slices are only allowed inside brackets, e.g. x[1:3]",
}

_REFUSED_STATEMENTS = {
    ast.Import: "import", ast.ImportFrom: "import", ast.FunctionDef: "def",
    ast.AsyncFunctionDef: "def", ast.ClassDef: "class", ast.For: "for", ast.AsyncFor: "for",
    ast.While: "while", ast.If: "if", ast.With: "with", ast.AsyncWith: "with", ast.Try: "try",
    ast.Raise: "raise", ast.Assert: "assert", ast.Delete: "del", ast.Global: "global",
    ast.Nonlocal: "nonlocal", ast.Pass: "pass", ast.Break: "break", ast.Continue: "continue",
    ast.Return: "return",
}


# --- Small helpers shared with graph.py and symbolic.py ----------------------------------------


def literal_number(node: ast.AST) -> int | float | None:
    """The value of a number literal, optionally signed (``3``, ``-0.5``); None otherwise."""
    sign = 1
    while isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        sign = -sign if isinstance(node.op, ast.USub) else sign
        node = node.operand
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return sign * node.value
    return None


def call_arguments(node: ast.Call) -> tuple[Function, list[ast.expr], int | None]:
    """A checked call's function, tensor arguments and integer axis (None when not given)."""
    function = FUNCTIONS[node.func.id]  # type: ignore[attr-defined]
    args = list(node.args)
    axis: int | None = None
    if node.keywords:
        axis = literal_number(node.keywords[0].value)  # type: ignore[assignment]
    elif function.takes_axis and len(args) == 2:
        axis = literal_number(args.pop())  # type: ignore[assignment]
    return function, args, axis


def subscript_key(node: ast.Subscript) -> tuple[int | slice, ...]:
    """The integer/slice key of a checked subscript such as ``X[:, 0]``."""
    parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    key: list[int | slice] = []
    for part in parts:
        if isinstance(part, ast.Slice):
            bounds = [None if p is None else literal_number(p)
                      for p in (part.lower, part.upper, part.step)]
            key.append(slice(*bounds))
        else:
            key.append(literal_number(part))  # type: ignore[arg-type]
    return tuple(key)


def format_shape(shape: Iterable[int]) -> str:
    """``(3,)``, ``(4, 4)``; ``()`` for a scalar."""
    return str(tuple(int(n) for n in shape))


# --- The program ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Statement:
    """One line of a program: ``target = expr`` for a helper, or the loss (target None)."""

    target: str | None
    expr: ast.expr
    line: int


@dataclass(frozen=True, eq=False)
class Program:
    """A checked program: helper lines then the loss expression. Build it with parse_program."""

    text: str
    statements: tuple[Statement, ...]
    free_names: tuple[str, ...]
    helpers: tuple[str, ...]
    _lines: tuple[str, ...] = field(repr=False)
    _first_use: Mapping[str, ast.Name] = field(repr=False)

    @property
    def loss(self) -> ast.expr:
        """The syntax tree of the last line, whose value is the loss."""
        return self.statements[-1].expr

    def source(self, node: ast.AST) -> str:
        """The text the user typed for a node, e.g. ``w*x`` (used as a label)."""
        segment = ast.get_source_segment(self.text, node)
        return segment if segment is not None else ast.unparse(node)

    def span(self, node: ast.AST) -> tuple[int, int, int]:
        """1-based (line, col, end_col) of a node, in characters."""
        return _span(self._lines, node)

    def error(self, node: ast.AST, message: str) -> ExpressionError:
        """An ExpressionError located at a node of this program."""
        return ExpressionError(message, *self.span(node))

    def check_names(self, defined: Iterable[str]) -> None:
        """Raise ExpressionError for the first free name that is not among ``defined``."""
        known = sorted(set(defined))
        for name in self.free_names:
            if name not in known:
                raise self.error(self._first_use[name], _unknown_name_message(name, known))


def _unknown_name_message(name: str, known: list[str]) -> str:
    message = f"unknown name `{name}`"
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        message += f" (did you mean `{close[0]}`?)"
    if known:
        message += "; defined names: " + ", ".join(known)
    else:
        message += "; no names are defined yet"
    return message


def _split_lines(text: str) -> tuple[str, ...]:
    return tuple(re.split(r"\r\n|\r|\n", text))


def _char_col(line_text: str, byte_offset: int) -> int:
    # ast offsets count UTF-8 bytes; users count characters.
    return len(line_text.encode("utf-8")[:byte_offset].decode("utf-8", "replace")) + 1


def _span(lines: tuple[str, ...], node: ast.AST) -> tuple[int, int, int]:
    line = getattr(node, "lineno", 1)
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    col = _char_col(text, getattr(node, "col_offset", 0))
    end_line = getattr(node, "end_lineno", line)
    end_offset = getattr(node, "end_col_offset", None)
    end_col = len(text) + 1 if end_offset is None or end_line != line else _char_col(text, end_offset)
    return line, col, end_col


# --- Parsing and checking ---------------------------------------------------------------------


def parse_program(text: str) -> Program:
    """Parse and check user text; raise ExpressionError (located) for anything not allowed."""
    if not isinstance(text, str):
        raise ExpressionError(f"the expression must be text, not {type(text).__name__}")
    if len(text) > limits.MAX_EXPRESSION_CHARS:
        raise ExpressionError(
            f"expression too long ({len(text)} characters; the limit is "
            f"{limits.MAX_EXPRESSION_CHARS})")
    lines = _split_lines(text)
    if len(lines) > limits.MAX_EXPRESSION_LINES:
        raise ExpressionError(
            f"too many lines ({len(lines)}; the limit is {limits.MAX_EXPRESSION_LINES})")
    for number, line in enumerate(lines, start=1):
        if "\x00" in line:
            raise ExpressionError("the text contains a null character", number,
                                  line.index("\x00") + 1)
    tree = _parse_python(text, lines)
    _check_size(tree, lines)
    return _Checker(text, lines).check(tree)


def _parse_python(text: str, lines: tuple[str, ...]) -> ast.Module:
    too_deep = f"expression nested too deeply (more than {limits.MAX_EXPRESSION_DEPTH} levels)"
    try:
        return ast.parse(text, mode="exec")
    except SyntaxError as exc:
        message = exc.msg or "invalid syntax"
        if "too many nested" in message or "too complex" in message:
            raise ExpressionError(too_deep) from None
        if message.startswith("Exceeds the limit"):
            message = "number too long"
        elif message == "invalid syntax":
            message = "syntax error: this is not a valid expression here"
        else:
            message = f"syntax error: {message}"
        line = exc.lineno if exc.lineno and exc.lineno <= len(lines) else None
        col = exc.offset if line is not None and exc.offset and exc.offset > 0 else None
        end_col = exc.end_offset if col is not None and exc.end_lineno == line else None
        raise ExpressionError(message, line, col, end_col) from None
    except (RecursionError, MemoryError):
        raise ExpressionError(too_deep) from None
    except ValueError as exc:  # e.g. unusual source encodings
        raise ExpressionError(f"the text cannot be read: {exc}") from None


def _check_size(tree: ast.Module, lines: tuple[str, ...]) -> None:
    """Bound depth and node count iteratively, before any recursive walk."""
    stack: list[tuple[ast.AST, int]] = [(statement, 1) for statement in tree.body]
    count = 0
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > limits.MAX_EXPRESSION_NODES:
            raise ExpressionError(
                f"expression too large (more than {limits.MAX_EXPRESSION_NODES} parts)")
        if depth > limits.MAX_EXPRESSION_DEPTH:
            raise ExpressionError(
                f"expression nested too deeply (more than {limits.MAX_EXPRESSION_DEPTH} levels)",
                *_span(lines, node))
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node)
                     if not isinstance(child, ast.expr_context))


class _Checker:
    """Whitelist visitor: every node kind not handled here is refused with a plain message."""

    def __init__(self, text: str, lines: tuple[str, ...]) -> None:
        self.text = text
        self.lines = lines
        self.helpers: dict[str, int] = {}  # name -> line defined
        self.first_use: dict[str, ast.Name] = {}

    def error(self, node: ast.AST, message: str) -> ExpressionError:
        return ExpressionError(message, *_span(self.lines, node))

    def source(self, node: ast.AST) -> str:
        segment = ast.get_source_segment(self.text, node)
        return segment if segment is not None else ast.unparse(node)

    def check(self, tree: ast.Module) -> Program:
        if not tree.body:
            raise ExpressionError("the expression is empty")
        statements = []
        for index, node in enumerate(tree.body):
            statement = self.statement(node)
            if index == len(tree.body) - 1 and statement.target is not None:
                raise self.error(
                    node, "the last line must be the loss expression, not an assignment "
                    f"(add a last line such as `{statement.target}`)")
            statements.append(statement)
        free = sorted(self.first_use.items(),
                      key=lambda item: (item[1].lineno, item[1].col_offset))
        return Program(
            text=self.text,
            statements=tuple(statements),
            free_names=tuple(name for name, _ in free),
            helpers=tuple(self.helpers),
            _lines=self.lines,
            _first_use=dict(free),
        )

    def statement(self, node: ast.stmt) -> Statement:
        if isinstance(node, ast.Expr):
            self.expr(node.value)
            return Statement(None, node.value, node.lineno)
        if isinstance(node, ast.Assign):
            if len(node.targets) != 1:
                raise self.error(node, "assign one name per line, e.g. `pred = w*x + b`")
            target = node.targets[0]
            if not isinstance(target, ast.Name):
                raise self.error(target, "only a plain name can be assigned, e.g. "
                                         "`pred = w*x + b`")
            self.expr(node.value)
            self.define(target)
            return Statement(target.id, node.value, node.lineno)
        if isinstance(node, ast.AugAssign):
            raise self.error(node, "`+=` and similar are not allowed; write `name = expression`")
        if isinstance(node, ast.AnnAssign):
            raise self.error(node, "type annotations are not allowed; write `name = expression`")
        keyword = _REFUSED_STATEMENTS.get(type(node))
        if keyword is not None:
            raise self.error(node, f"`{keyword}` is not allowed in an expression")
        raise self.error(node, "this kind of statement is not allowed in an expression")

    def define(self, target: ast.Name) -> None:
        name = target.id
        self.check_name_text(target)
        if name in FUNCTIONS:
            raise self.error(target, f"`{name}` is a function name; choose another name")
        if name in self.helpers:
            raise self.error(target, f"`{name}` is already defined on line {self.helpers[name]}")
        if name in self.first_use:
            raise self.error(target, f"`{name}` is used before this line; define helpers "
                                     "before using them, each with a new name")
        self.helpers[name] = target.lineno

    def check_name_text(self, node: ast.Name) -> None:
        if node.id.startswith("__"):
            raise self.error(node, f"`{node.id}`: names starting with `__` are not allowed")

    def expr(self, node: ast.expr) -> None:
        if isinstance(node, ast.Constant):
            self.constant(node)
        elif isinstance(node, ast.Name):
            self.name(node)
        elif isinstance(node, ast.BinOp):
            if type(node.op) not in _BINARY:
                symbol = {ast.FloorDiv: "//", ast.Mod: "%", ast.LShift: "<<",
                          ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
                          ast.BitAnd: "&"}.get(type(node.op), type(node.op).__name__)
                raise self.error(node, f"the operator `{symbol}` is not allowed; "
                                       "use + - * / ** @")
            if isinstance(node.op, ast.Pow):
                self.check_exponent(node, node.right)
            self.expr(node.left)
            self.expr(node.right)
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, (ast.USub, ast.UAdd)):
                symbol = "not" if isinstance(node.op, ast.Not) else "~"
                raise self.error(node, f"`{symbol}` is not allowed")
            self.expr(node.operand)
        elif isinstance(node, ast.Call):
            self.call(node)
        elif isinstance(node, ast.Attribute):
            if node.attr != "T":
                raise self.error(node, f"`{node.attr}`: attributes are not allowed (only `.T`)")
            self.expr(node.value)
        elif isinstance(node, ast.Subscript):
            self.subscript(node)
        else:
            message = _REFUSED_EXPRESSIONS.get(type(node),
                                               f"`{self.source(node)}` is not allowed here")
            raise self.error(node, message)

    def constant(self, node: ast.Constant) -> None:
        value = node.value
        if type(value) in (int, float):
            if abs(value) > limits.MAX_LITERAL_MAGNITUDE or not math.isfinite(value):
                raise self.error(node, f"number too large: {self.source(node)} (the limit is "
                                       f"{limits.MAX_LITERAL_MAGNITUDE:g})")
            return
        if isinstance(value, (str, bytes)):
            raise self.error(node, "text in quotes is not allowed in an expression")
        if isinstance(value, complex):
            raise self.error(node, "complex numbers are not allowed")
        raise self.error(node, f"`{self.source(node)}` is not allowed in an expression")

    def name(self, node: ast.Name) -> None:
        self.check_name_text(node)
        if node.id in FUNCTIONS:
            raise self.error(node, f"`{node.id}` is a function; call it like {node.id}(x)")
        if node.id not in self.helpers and node.id not in self.first_use:
            self.first_use[node.id] = node

    def check_exponent(self, node: ast.AST, exponent: ast.expr) -> None:
        for inner in ast.walk(exponent):
            is_pow = (isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Pow)) or (
                isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                and inner.func.id == "pow")
            if is_pow:
                raise self.error(node, f"power exponent too large: {self.source(node)} "
                                       "(powers of powers are not allowed)")
        value = literal_number(exponent)
        if value is not None and abs(value) > limits.MAX_EXPONENT:
            raise self.error(node, f"power exponent too large: {self.source(node)} "
                                   f"(the limit is {limits.MAX_EXPONENT})")

    def call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr != "T":
            raise self.error(func, f"`{func.attr}`: attributes are not allowed (only `.T`)")
        if not isinstance(func, ast.Name):
            raise self.error(func, _REFUSED_EXPRESSIONS.get(
                type(func), "only functions can be called, by name, e.g. sum(x)"))
        self.check_name_text(func)
        if func.id not in FUNCTIONS:
            available = ", ".join(sorted(FUNCTIONS, key=str.lower))
            raise self.error(func, f"`{func.id}` is not a known function; available: {available}")
        function = FUNCTIONS[func.id]
        for keyword in node.keywords:
            if keyword.arg != "axis" or not function.takes_axis:
                what = "`**`" if keyword.arg is None else f"`{keyword.arg}=`"
                raise self.error(keyword, f"{what} is not allowed in {function.signature}")
        count = len(node.args) + len(node.keywords)
        if node.keywords and len(node.args) != 1:
            raise self.error(node, f"{function.signature} takes one array and one axis")
        if not function.min_args <= count <= function.max_args:
            raise self.error(node, f"{function.name} takes {_count_words(function)} "
                                   f"({function.signature}), not {count}")
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                raise self.error(arg, "`*` unpacking is not allowed")
        _, args, axis = call_arguments(node)
        if function.takes_axis and count == 2:
            axis_node = node.keywords[0].value if node.keywords else node.args[1]
            if not isinstance(axis, int) or isinstance(axis, bool):
                raise self.error(axis_node, f"the axis of {function.name} must be a whole "
                                            "number such as 0 or 1")
        if function.name == "pow":
            self.check_exponent(node, node.args[1])
        for arg in args:
            self.expr(arg)

    def subscript(self, node: ast.Subscript) -> None:
        parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        hint = "indices must be whole numbers or slices such as x[0], x[1:3] or X[:, 0]"
        for part in parts:
            if isinstance(part, ast.Slice):
                for bound in (part.lower, part.upper, part.step):
                    if bound is not None and not isinstance(literal_number(bound), int):
                        raise self.error(bound, hint)
                if part.step is not None and literal_number(part.step) <= 0:  # type: ignore
                    raise self.error(part.step, "slice steps must be positive")
            elif not isinstance(literal_number(part), int):
                raise self.error(part, hint)
        self.expr(node.value)


def _count_words(function: Function) -> str:
    low, high = function.min_args, function.max_args
    words = {1: "one argument", 2: "two arguments", 3: "three arguments"}
    if low == high:
        return words[low]
    return f"{low} or {high} arguments"


# --- Evaluation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TraceEvent:
    """One evaluated node, reported to the ``trace`` callback of `evaluate`.

    ``op`` is ``input`` (a given value), ``const``, ``add``/``sub``/``mul``/``div``/``pow``/
    ``matmul``, ``neg``, ``index``, ``T``, a function name, or ``assign`` (a helper line, whose
    label is the helper's name). ``inputs`` are the ids the callback returned for the operands.
    """

    op: str
    label: str
    value: torch.Tensor
    inputs: tuple[int, ...]
    line: int
    col: int


#: ``trace`` callbacks receive each node once, operands first, and return an id for it.
Tracer = Callable[[TraceEvent], int]


def evaluate(
    program: Program | str,
    values: Mapping[str, Any],
    trace: Tracer | None = None,
) -> torch.Tensor:
    """Evaluate helpers then the loss on torch tensors (differentiable, vmap-friendly).

    ``values`` maps every free name to a tensor (numbers and arrays are converted to the dtype
    of the first floating tensor given). Shape problems and size limits raise ExpressionError
    located at the operation.
    """
    if isinstance(program, str):
        program = parse_program(program)
    program.check_names(values)
    return _Evaluator(program, values, trace).run()


class _Evaluator:
    def __init__(self, program: Program, values: Mapping[str, Any],
                 trace: Tracer | None) -> None:
        self.program = program
        self.trace = trace
        reference = next((v for v in values.values()
                          if isinstance(v, torch.Tensor) and v.is_floating_point()), None)
        self.dtype = reference.dtype if reference is not None else torch.get_default_dtype()
        self.device = reference.device if reference is not None else torch.device("cpu")
        self.values = values
        self.env: dict[str, tuple[torch.Tensor, int]] = {}
        self.total = 0  # elements of all intermediate results
        self.work = 0  # multiply-adds of all matrix products

    def run(self) -> torch.Tensor:
        result = None
        for statement in self.program.statements:
            tensor, key = self.eval(statement.expr)
            if statement.target is not None:
                key = self.record("assign", statement.target, tensor, (key,), statement.expr)
                self.env[statement.target] = (tensor, key)
            result = tensor
        assert result is not None  # parse_program refuses empty programs
        return result

    def record(self, op: str, label: str, tensor: torch.Tensor, inputs: tuple[int, ...],
               node: ast.AST) -> int:
        if self.trace is None:
            return -1
        line, col, _ = self.program.span(node)
        return self.trace(TraceEvent(op, label, tensor, inputs, line, col))

    def input(self, node: ast.Name) -> tuple[torch.Tensor, int]:
        name = node.id
        value = self.values[name]
        if not isinstance(value, torch.Tensor):
            value = torch.as_tensor(value, dtype=self.dtype, device=self.device)
        if value.numel() > limits.MAX_ELEMENTS:
            raise self.program.error(
                node, f"`{name}` has {value.numel()} elements; the limit is {limits.MAX_ELEMENTS}")
        key = self.record("input", name, value, (), node)
        self.env[name] = (value, key)
        return value, key

    def check_size(self, node: ast.AST, shape: Iterable[int]) -> None:
        count = math.prod(int(n) for n in shape)
        if count > limits.MAX_ELEMENTS:
            raise self.program.error(
                node, f"the result of `{self.program.source(node)}` would have {count} elements "
                      f"(shape {format_shape(shape)}); the limit is {limits.MAX_ELEMENTS}")
        self.total += count
        if self.total > limits.MAX_TOTAL_ELEMENTS:
            raise self.program.error(
                node, f"the expression computes too many numbers in all (more than "
                      f"{limits.MAX_TOTAL_ELEMENTS})")

    def eval(self, node: ast.expr) -> tuple[torch.Tensor, int]:
        if isinstance(node, ast.Name):
            return self.env.get(node.id) or self.input(node)
        if isinstance(node, ast.Constant):
            tensor = torch.tensor(float(node.value), dtype=self.dtype, device=self.device)
            return self.emit("const", node, tensor, ())
        if isinstance(node, ast.UnaryOp):
            operand, key = self.eval(node.operand)
            if isinstance(node.op, ast.UAdd):
                return operand, key
            return self.emit("neg", node, torch.neg(operand), (key,))
        if isinstance(node, ast.BinOp):
            return self.binary(node)
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.Attribute):
            operand, key = self.eval(node.value)
            return self.emit("T", node, _transpose(operand), (key,))
        if isinstance(node, ast.Subscript):
            return self.subscript(node)
        raise self.program.error(node, "this part of the expression cannot be evaluated")

    def emit(self, op: str, node: ast.AST, tensor: torch.Tensor,
             inputs: tuple[int, ...]) -> tuple[torch.Tensor, int]:
        if self.trace is None:  # labels cost a source lookup per node: only a trace needs them
            return tensor, -1
        return tensor, self.record(op, self.program.source(node), tensor, inputs, node)

    def binary(self, node: ast.BinOp) -> tuple[torch.Tensor, int]:
        op, symbol, verb = _BINARY[type(node.op)]
        left, left_key = self.eval(node.left)
        exponent = literal_number(node.right) if op == "pow" else None
        if exponent is not None:
            # A literal exponent stays a Python number: exact integer powers, no exponent grad.
            self.check_size(node, left.shape)
            return self.emit(op, node, self.guard(node, symbol, torch.pow, left, exponent),
                             (left_key,))
        right, right_key = self.eval(node.right)
        shape = self.result_shape(node, verb, left, right)
        self.check_size(node, shape)
        tensor = self.guard(node, symbol, _BINARY_TORCH[op], left, right)
        return self.emit(op, node, tensor, (left_key, right_key))

    def result_shape(self, node: ast.AST, verb: str, *operands: torch.Tensor) -> tuple[int, ...]:
        try:
            if verb in ("matrix-multiply", "take the dot product of"):
                shape = _matmul_shape(*operands)
            else:
                shapes = {t.shape for t in operands}
                if len(shapes) == 1:  # the common case needs no broadcasting rules
                    return tuple(operands[0].shape)
                return tuple(torch.broadcast_shapes(*shapes))
        except (RuntimeError, ValueError):
            shapes = ", ".join(format_shape(t.shape) for t in operands[:-1])
            shapes += f" and {format_shape(operands[-1].shape)}"
            raise self.program.error(node, f"cannot {verb} shapes {shapes}") from None
        # Too many elements is reported by check_size, the clearer message.
        self.work += math.prod(shape) * operands[0].shape[-1]
        if self.work > limits.MAX_MATMUL_WORK and math.prod(shape) <= limits.MAX_ELEMENTS:
            raise self.program.error(
                node, f"the matrix products need too many multiplications in all (more than "
                      f"{limits.MAX_MATMUL_WORK:.0e})")
        return shape

    def guard(self, node: ast.AST, what: str, function: Callable[..., torch.Tensor],
              *args: Any, **kwargs: Any) -> torch.Tensor:
        """Run a torch op; turn torch's errors into a located, plain-language error."""
        try:
            return function(*args, **kwargs)
        except (RuntimeError, IndexError, ValueError, TypeError) as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise self.program.error(node, f"cannot compute `{what}`: {detail}") from None

    def call(self, node: ast.Call) -> tuple[torch.Tensor, int]:
        function, arg_nodes, axis = call_arguments(node)
        evaluated = [self.eval(arg) for arg in arg_nodes]
        args = [tensor for tensor, _ in evaluated]
        keys = tuple(key for _, key in evaluated)
        name = function.name
        if len(args) > 1:
            verb = "take the dot product of" if name == "dot" else f"apply {name} to"
            if name == "dot" and (args[0].ndim == 1 and args[1].ndim == 1):
                if args[0].shape != args[1].shape:
                    raise self.program.error(node, f"cannot take the dot product of shapes "
                                                   f"{format_shape(args[0].shape)} and "
                                                   f"{format_shape(args[1].shape)}")
                shape: tuple[int, ...] = ()
            elif name == "dot" and min(a.ndim for a in args) == 0:
                shape = self.result_shape(node, "multiply", *args)
            else:
                shape = self.result_shape(node, verb, *args)
            self.check_size(node, shape)
        if axis is not None:
            ndim = args[0].ndim
            if not -max(ndim, 1) <= axis < max(ndim, 1):
                raise self.program.error(
                    node, f"axis {axis} is out of range for shape {format_shape(args[0].shape)}")
            tensor = self.guard(node, name, function.apply, args[0], axis)
        else:
            tensor = self.guard(node, name, function.apply, *args)
        return self.emit(name, node, tensor, keys)

    def subscript(self, node: ast.Subscript) -> tuple[torch.Tensor, int]:
        operand, key = self.eval(node.value)
        index = subscript_key(node)
        shape = tuple(operand.shape)
        what = f"`{self.program.source(node.value)}` with shape {format_shape(shape)}"
        if len(index) > len(shape):
            raise self.program.error(node, f"too many indices for {what}")
        for position, (part, size) in enumerate(zip(index, shape)):
            if isinstance(part, int) and not -size <= part < size:
                raise self.program.error(
                    node, f"index {part} is out of range for axis {position} of {what}")
        return self.emit("index", node, self.guard(node, "[]", operand.__getitem__, index),
                         (key,))


def _matmul_shape(a: torch.Tensor, b: torch.Tensor) -> tuple[int, ...]:
    """The shape of ``a @ b`` (numpy rules), or ValueError when the shapes do not fit."""
    if a.ndim == 0 or b.ndim == 0:
        raise ValueError("@ needs arrays, not scalars")
    a_shape = tuple(a.shape) if a.ndim >= 2 else (1, a.shape[0])
    b_shape = tuple(b.shape) if b.ndim >= 2 else (b.shape[0], 1)
    if a_shape[-1] != b_shape[-2]:
        raise ValueError("inner sizes differ")
    batch = tuple(torch.broadcast_shapes(a_shape[:-2], b_shape[:-2]))
    rows = (a_shape[-2],) if a.ndim >= 2 else ()
    cols = (b_shape[-1],) if b.ndim >= 2 else ()
    return batch + rows + cols
