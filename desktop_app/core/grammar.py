"""User text -> checked syntax tree (`Program`), without torch.

Students type losses such as ``mean((w*x + b - y)**2)``. The text is parsed with ``ast.parse``
and every node is checked against an explicit whitelist; user text is never passed to
``eval``/``exec``/``compile`` or to sympy's parser, so a hostile input can at worst be refused.
This module imports neither torch nor sympy, so the editor can check what is typed while torch
still loads. The one table of functions lives here too: each entry names its torch form and its
sympy form as small resolvers (``lambda torch: torch.exp``), which core.expression and
core.symbolic call once when they compile, never per step.

Every refusal is an `ExpressionError` with a ``kind`` and its data (``name``, ``suggestion``,
``limit``...), so front ends word it in their language; ``str(error)`` is the English wording.
"""

from __future__ import annotations

import ast
import difflib
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core import limits, python_ast

#: Longest piece of the typed text an error message quotes.
_QUOTED_CHARS = 60


class ExpressionError(ValueError):
    """A problem with an expression: a ``kind`` with its ``data``, located when known.

    ``message`` is the English wording (also ``str(error)``, prefixed with the place); ``line``,
    ``col``, ``end_col`` are 1-based (None when unknown). ``kind`` is one of the names listed in
    docs/cli.md ("Expression errors"); ``data`` holds the numbers and names the wording uses.
    """

    def __init__(
        self,
        message: str,
        line: int | None = None,
        col: int | None = None,
        end_col: int | None = None,
        *,
        kind: str = "invalid",
        **data: Any,
    ) -> None:
        self.message = message
        self.line = line
        self.col = col
        self.end_col = end_col
        self.kind = kind
        self.data = data
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.line is not None and self.col is not None:
            return f"line {self.line}, col {self.col}: {self.message}"
        if self.line is not None:
            return f"line {self.line}: {self.message}"
        return self.message

    def to_json(self) -> dict[str, Any]:
        """``{kind, line, col, end_col, ...data}`` for the CLI's --json output."""
        return {"kind": self.kind, "line": self.line, "col": self.col, "end_col": self.end_col,
                **self.data}


# --- The function table -------------------------------------------------------------------------

#: A resolver: given the torch (or sympy) module, the callable that computes the function.
Resolver = Callable[[Any], Callable[..., Any]]


def _torch_transpose(torch: Any) -> Callable[..., Any]:
    def transpose(x: Any) -> Any:
        # numpy semantics: reverse all axes; a scalar or vector is its own transpose.
        return x if x.ndim < 2 else x.permute(*reversed(range(x.ndim)))
    return transpose


def _torch_reduce(method: str) -> Resolver:
    def resolve(torch: Any) -> Callable[..., Any]:
        def apply(x: Any, axis: int | None = None) -> Any:
            return getattr(x, method)() if axis is None else getattr(x, method)(dim=axis)
        return apply
    return resolve


def _torch_extreme(reduce: str, pairwise: str) -> Resolver:
    def resolve(torch: Any) -> Callable[..., Any]:
        both = getattr(torch, pairwise)

        def apply(a: Any, b: Any = None) -> Any:
            return getattr(a, reduce)() if b is None else both(a, b)
        return apply
    return resolve


def _torch_dot(torch: Any) -> Callable[..., Any]:
    def dot(a: Any, b: Any) -> Any:
        if a.ndim == 0 or b.ndim == 0:
            return a * b
        if a.ndim == 1 and b.ndim == 1:
            return (a * b).sum()
        return torch.matmul(a, b)
    return dot


def _sympy_clip(sympy: Any) -> Callable[..., Any]:
    return lambda x, low, high: sympy.Min(sympy.Max(x, low), high)


@dataclass(frozen=True)
class Function:
    """One callable name: how it is written, what it does, its argument rules and its forms.

    ``torch`` and ``sympy`` resolve the computing callable from the module (None: no elementwise
    sympy form, the symbolic builder handles it as a reduction or a matrix operation).
    ``reduction`` functions take the whole array (with an optional axis).
    """

    name: str
    signature: str
    doc: str
    torch: Resolver = field(repr=False)
    sympy: Resolver | None = field(default=None, repr=False)
    min_args: int = 1
    max_args: int = 1
    takes_axis: bool = False  # the optional last argument is an integer axis (``axis=`` too)
    reduction: bool = False   # with one argument it reduces the whole array (sum, max, ...)
    elementwise: bool = True  # the result has the (broadcast) shape of the arguments


def _same(name: str) -> Resolver:
    return lambda module: getattr(module, name)


_FUNCTION_LIST = (
    Function("abs", "abs(x)", "absolute value |x|; its derivative at 0 is 0", _same("abs"),
             _same("Abs")),
    Function("clip", "clip(x, lo, hi)", "limit x to the range [lo, hi]", _same("clamp"),
             _sympy_clip, 3, 3),
    Function("clamp", "clamp(x, lo, hi)", "same as clip", _same("clamp"), _sympy_clip, 3, 3),
    Function("cos", "cos(x)", "cosine (radians)", _same("cos"), _same("cos")),
    Function("dot", "dot(a, b)", "dot product of vectors; matrix product otherwise", _torch_dot,
             None, 2, 2, elementwise=False),
    Function("exp", "exp(x)", "e to the power x", _same("exp"), _same("exp")),
    Function("log", "log(x)", "natural logarithm", _same("log"), _same("log")),
    Function("max", "max(x) / max(a, b)", "largest element of x; elementwise larger of a, b",
             _torch_extreme("amax", "maximum"), _same("Max"), 1, 2, reduction=True),
    Function("mean", "mean(x, axis)", "average of all elements (or along an axis)",
             _torch_reduce("mean"), None, 1, 2, True, reduction=True),
    Function("min", "min(x) / min(a, b)", "smallest element of x; elementwise smaller of a, b",
             _torch_extreme("amin", "minimum"), _same("Min"), 1, 2, reduction=True),
    Function("norm", "norm(x)", "Euclidean length sqrt(sum(x**2))",
             lambda torch: torch.linalg.vector_norm, None, reduction=True),
    Function("pow", "pow(x, y)", "x to the power y, same as x**y", _same("pow"),
             lambda sympy: lambda x, y: x**y, 2, 2),
    Function("prod", "prod(x, axis)", "product of all elements (or along an axis)",
             _torch_reduce("prod"), None, 1, 2, True, reduction=True),
    Function("relu", "relu(x)", "max(x, 0): negative values become 0", _same("relu"),
             lambda sympy: lambda x: sympy.Max(x, 0)),
    Function("sigmoid", "sigmoid(x)", "1 / (1 + exp(-x)), squashes into (0, 1)",
             _same("sigmoid"), lambda sympy: lambda x: 1 / (1 + sympy.exp(-x))),
    Function("sin", "sin(x)", "sine (radians)", _same("sin"), _same("sin")),
    Function("softplus", "softplus(x)", "log(1 + exp(x)), a smooth relu",
             lambda torch: torch.nn.functional.softplus,
             lambda sympy: lambda x: sympy.log(1 + sympy.exp(x))),
    Function("sqrt", "sqrt(x)", "square root", _same("sqrt"), _same("sqrt")),
    Function("square", "square(x)", "x**2, elementwise", _same("square"),
             lambda sympy: lambda x: x**2),
    Function("sum", "sum(x, axis)", "sum of all elements (or along an axis)",
             _torch_reduce("sum"), None, 1, 2, True, reduction=True),
    Function("T", "T(x)", "transpose, same as x.T", _torch_transpose, None, elementwise=False),
    Function("tan", "tan(x)", "tangent (radians)", _same("tan"), _same("tan")),
    Function("tanh", "tanh(x)", "hyperbolic tangent, squashes into (-1, 1)", _same("tanh"),
             _same("tanh")),
    Function("transpose", "transpose(x)", "transpose, same as x.T", _torch_transpose, None,
             elementwise=False),
)

#: Every function an expression may call, by name (shown in the help page and highlighted).
FUNCTIONS: dict[str, Function] = {f.name: f for f in _FUNCTION_LIST}

#: Binary operators: ast class -> (op name used in traces, symbol, verb for shape errors).
BINARY = {
    ast.Add: ("add", "+", "add"),
    ast.Sub: ("sub", "-", "subtract"),
    ast.Mult: ("mul", "*", "multiply"),
    ast.Div: ("div", "/", "divide"),
    ast.Pow: ("pow", "**", "raise to a power"),
    ast.MatMult: ("matmul", "@", "matrix-multiply"),
}

# ast class -> (kind's ``what``, English message)
_REFUSED_EXPRESSIONS = {
    ast.Lambda: ("lambda", "lambda is not allowed"),
    ast.ListComp: ("comprehension", "comprehensions are not allowed"),
    ast.SetComp: ("comprehension", "comprehensions are not allowed"),
    ast.DictComp: ("comprehension", "comprehensions are not allowed"),
    ast.GeneratorExp: ("comprehension", "comprehensions are not allowed"),
    ast.JoinedStr: ("f-string", "f-strings are not allowed"),
    ast.FormattedValue: ("f-string", "f-strings are not allowed"),
    ast.NamedExpr: (":=", "`:=` (assignment inside an expression) is not allowed"),
    ast.Compare: ("comparison", "comparisons (<, ==, ...) are not allowed"),
    ast.BoolOp: ("and/or", "`and` / `or` are not allowed"),
    ast.IfExp: ("if-else", "`... if ... else ...` is not allowed"),
    ast.List: ("list", "lists are not allowed in an expression; give arrays as values instead"),
    ast.Tuple: ("tuple", "tuples are not allowed in an expression"),
    ast.Set: ("set", "sets are not allowed in an expression"),
    ast.Dict: ("dict", "dicts are not allowed in an expression"),
    ast.Starred: ("*", "`*` unpacking is not allowed"),
    ast.Await: ("await", "`await` is not allowed"),
    ast.Yield: ("yield", "`yield` is not allowed"),
    ast.YieldFrom: ("yield", "`yield` is not allowed"),
    ast.Slice: ("slice", "slices are only allowed inside brackets, e.g. x[1:3]"),
}

_REFUSED_STATEMENTS = {
    ast.Import: "import", ast.ImportFrom: "import", ast.FunctionDef: "def",
    ast.AsyncFunctionDef: "def", ast.ClassDef: "class", ast.For: "for", ast.AsyncFor: "for",
    ast.While: "while", ast.If: "if", ast.With: "with", ast.AsyncWith: "with", ast.Try: "try",
    ast.Raise: "raise", ast.Assert: "assert", ast.Delete: "del", ast.Global: "global",
    ast.Nonlocal: "nonlocal", ast.Pass: "pass", ast.Break: "break", ast.Continue: "continue",
    ast.Return: "return",
}


# --- Small helpers shared with the compilers ------------------------------------------------------


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

    def error(self, node: ast.AST, message: str, kind: str = "invalid",
              **data: Any) -> ExpressionError:
        """An ExpressionError located at a node of this program."""
        return ExpressionError(message, *self.span(node), kind=kind, **data)

    def check_inputs(self, params: Iterable[str], data: Iterable[str]) -> None:
        """Refuse a name given both as a parameter and as data, then any undefined name."""
        params, data = list(params), list(data)
        both = sorted(set(params) & set(data))
        if both:
            raise ValueError(f"`{both[0]}` is given both as a parameter and as data")
        self.check_names([*params, *data])

    def check_names(self, defined: Iterable[str]) -> None:
        """Raise ExpressionError (kind ``unknown_name``) for the first free name not defined."""
        known = sorted(set(defined))
        for name in self.free_names:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                suggestion = close[0] if close else None
                raise self.error(self._first_use[name],
                                 _unknown_name_message(name, suggestion, known),
                                 "unknown_name", name=name, suggestion=suggestion,
                                 defined=known)


def _unknown_name_message(name: str, suggestion: str | None, known: list[str]) -> str:
    message = f"unknown name `{name}`"
    if suggestion:
        message += f" (did you mean `{suggestion}`?)"
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
        raise ExpressionError(f"the expression must be text, not {type(text).__name__}",
                              kind="not_text", type=type(text).__name__)
    if len(text) > limits.MAX_EXPRESSION_CHARS:
        raise ExpressionError(
            f"expression too long ({len(text)} characters; the limit is "
            f"{limits.MAX_EXPRESSION_CHARS})",
            kind="too_long", length=len(text), limit=limits.MAX_EXPRESSION_CHARS)
    lines = _split_lines(text)
    if len(lines) > limits.MAX_EXPRESSION_LINES:
        raise ExpressionError(
            f"too many lines ({len(lines)}; the limit is {limits.MAX_EXPRESSION_LINES})",
            kind="too_many_lines", lines=len(lines), limit=limits.MAX_EXPRESSION_LINES)
    for number, line in enumerate(lines, start=1):
        if "\x00" in line:
            raise ExpressionError("the text contains a null character", number,
                                  line.index("\x00") + 1, kind="null_character")
    tree = _parse_python(text, lines)
    _check_size(tree, lines)
    return _Checker(text, lines).check(tree)


def check_text(text: str) -> ExpressionError | None:
    """The first problem of ``text`` (syntax, whitelist, function signatures), or None."""
    try:
        parse_program(text)
    except ExpressionError as error:
        return error
    return None


def _too_deep(*where: int) -> ExpressionError:
    return ExpressionError(
        f"expression nested too deeply (more than {limits.MAX_EXPRESSION_DEPTH} levels)",
        *where, kind="too_deep", limit=limits.MAX_EXPRESSION_DEPTH)


def _parse_python(text: str, lines: tuple[str, ...]) -> ast.Module:
    try:
        return python_ast.parse(text, mode="exec")
    except SyntaxError as exc:
        message = exc.msg or "invalid syntax"
        if "too many nested" in message or "too complex" in message:
            raise _too_deep() from None
        line = exc.lineno if exc.lineno and exc.lineno <= len(lines) else None
        col = exc.offset if line is not None and exc.offset and exc.offset > 0 else None
        end_col = exc.end_offset if col is not None and exc.end_lineno == line else None
        if message.startswith("Exceeds the limit"):
            raise ExpressionError("number too long", line, col, end_col,
                                  kind="number_too_long") from None
        detail = None if message == "invalid syntax" else message
        wording = ("syntax error: this is not a valid expression here" if detail is None
                   else f"syntax error: {message}")
        raise ExpressionError(wording, line, col, end_col, kind="syntax",
                              detail=detail) from None
    except (RecursionError, MemoryError):
        raise _too_deep() from None
    except ValueError as exc:  # e.g. unusual source encodings
        raise ExpressionError(f"the text cannot be read: {exc}", kind="unreadable",
                              detail=str(exc)) from None


def _check_size(tree: ast.Module, lines: tuple[str, ...]) -> None:
    """Bound depth and node count iteratively, before any recursive walk."""
    stack: list[tuple[ast.AST, int]] = [(statement, 1) for statement in tree.body]
    count = 0
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > limits.MAX_EXPRESSION_NODES:
            raise ExpressionError(
                f"expression too large (more than {limits.MAX_EXPRESSION_NODES} parts)",
                kind="too_many_parts", limit=limits.MAX_EXPRESSION_NODES)
        if depth > limits.MAX_EXPRESSION_DEPTH:
            raise _too_deep(*_span(lines, node))
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node)
                     if not isinstance(child, ast.expr_context))


class _Checker:
    """Whitelist visitor: every node kind not handled here is refused with a plain message."""

    def __init__(self, text: str, lines: tuple[str, ...]) -> None:
        self.text = text
        self.lines = lines
        self.helpers: dict[str, int] = {}  # name -> line defined
        self.first_use: dict[str, ast.Name] = {}

    def error(self, node: ast.AST, message: str, kind: str, **data: Any) -> ExpressionError:
        return ExpressionError(message, *_span(self.lines, node), kind=kind, **data)

    def source(self, node: ast.AST) -> str:
        """A node's text as an error quotes it: on one line, at most _QUOTED_CHARS (the error's
        line and columns locate all of it; a 3,900-digit number is not repeated in full)."""
        segment = ast.get_source_segment(self.text, node)
        text = " ".join((segment if segment is not None else ast.unparse(node)).split())
        return text if len(text) <= _QUOTED_CHARS else text[: _QUOTED_CHARS - 1] + "…"

    def check(self, tree: ast.Module) -> Program:
        if not tree.body:
            raise ExpressionError("the expression is empty", kind="empty")
        statements = []
        for index, node in enumerate(tree.body):
            statement = self.statement(node)
            if index == len(tree.body) - 1 and statement.target is not None:
                raise self.error(
                    node, "the last line must be the loss expression, not an assignment "
                    f"(add a last line such as `{statement.target}`)",
                    "last_line_assignment", name=statement.target)
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
                raise self.error(node, "assign one name per line, e.g. `pred = w*x + b`",
                                 "one_target")
            target = node.targets[0]
            if not isinstance(target, ast.Name):
                raise self.error(target, "only a plain name can be assigned, e.g. "
                                         "`pred = w*x + b`", "plain_name_target")
            self.expr(node.value)
            self.define(target)
            return Statement(target.id, node.value, node.lineno)
        if isinstance(node, ast.AugAssign):
            raise self.error(node, "`+=` and similar are not allowed; write `name = expression`",
                             "augmented_assignment")
        if isinstance(node, ast.AnnAssign):
            raise self.error(node, "type annotations are not allowed; write `name = expression`",
                             "annotation")
        keyword = _REFUSED_STATEMENTS.get(type(node))
        if keyword is not None:
            raise self.error(node, f"`{keyword}` is not allowed in an expression",
                             "statement_not_allowed", keyword=keyword)
        raise self.error(node, "this kind of statement is not allowed in an expression",
                         "statement_not_allowed", keyword=None)

    def define(self, target: ast.Name) -> None:
        name = target.id
        self.check_name_text(target)
        if name in FUNCTIONS:
            raise self.error(target, f"`{name}` is a function name; choose another name",
                             "function_name_assigned", name=name)
        if name in self.helpers:
            raise self.error(target, f"`{name}` is already defined on line {self.helpers[name]}",
                             "already_defined", name=name, defined_line=self.helpers[name])
        if name in self.first_use:
            raise self.error(target, f"`{name}` is used before this line; define helpers "
                                     "before using them, each with a new name",
                             "used_before_definition", name=name)
        self.helpers[name] = target.lineno

    def check_name_text(self, node: ast.Name) -> None:
        if len(node.id) > limits.MAX_NAME_CHARS:
            raise self.error(node, f"name too long ({len(node.id):,} characters; the limit is "
                                   f"{limits.MAX_NAME_CHARS}): `{node.id[:20]}…`",
                             "name_too_long", length=len(node.id), limit=limits.MAX_NAME_CHARS)
        if node.id.startswith("__"):
            raise self.error(node, f"`{node.id}`: names starting with `__` are not allowed",
                             "dunder_name", name=node.id)

    def expr(self, node: ast.expr) -> None:
        if isinstance(node, ast.Constant):
            self.constant(node)
        elif isinstance(node, ast.Name):
            self.name(node)
        elif isinstance(node, ast.BinOp):
            if type(node.op) not in BINARY:
                symbol = {ast.FloorDiv: "//", ast.Mod: "%", ast.LShift: "<<",
                          ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
                          ast.BitAnd: "&"}.get(type(node.op), type(node.op).__name__)
                raise self.error(node, f"the operator `{symbol}` is not allowed; "
                                       "use + - * / ** @", "operator_not_allowed", symbol=symbol)
            if isinstance(node.op, ast.Pow):
                self.check_exponent(node, node.right)
            self.expr(node.left)
            self.expr(node.right)
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, (ast.USub, ast.UAdd)):
                symbol = "not" if isinstance(node.op, ast.Not) else "~"
                raise self.error(node, f"`{symbol}` is not allowed", "operator_not_allowed",
                                 symbol=symbol)
            self.expr(node.operand)
        elif isinstance(node, ast.Call):
            self.call(node)
        elif isinstance(node, ast.Attribute):
            if node.attr != "T":
                raise self.error(node, f"`{node.attr}`: attributes are not allowed (only `.T`)",
                                 "attribute_not_allowed", attribute=node.attr)
            self.expr(node.value)
        elif isinstance(node, ast.Subscript):
            self.subscript(node)
        else:
            self.refuse(node)

    def refuse(self, node: ast.AST) -> None:
        what, message = _REFUSED_EXPRESSIONS.get(
            type(node), ("other", f"`{self.source(node)}` is not allowed here"))
        raise self.error(node, message, "not_allowed", what=what, source=self.source(node))

    def constant(self, node: ast.Constant) -> None:
        value = node.value
        if type(value) in (int, float):
            if abs(value) > limits.MAX_LITERAL_MAGNITUDE or not math.isfinite(value):
                raise self.error(node, f"number too large: {self.source(node)} (the limit is "
                                       f"{limits.MAX_LITERAL_MAGNITUDE:g})",
                                 "number_too_large", number=self.source(node),
                                 limit=limits.MAX_LITERAL_MAGNITUDE)
            return
        if isinstance(value, (str, bytes)):
            raise self.error(node, "text in quotes is not allowed in an expression",
                             "not_allowed", what="text", source=self.source(node))
        if isinstance(value, complex):
            raise self.error(node, "complex numbers are not allowed", "not_allowed",
                             what="complex", source=self.source(node))
        raise self.error(node, f"`{self.source(node)}` is not allowed in an expression",
                         "not_allowed", what="other", source=self.source(node))

    def name(self, node: ast.Name) -> None:
        self.check_name_text(node)
        if node.id in FUNCTIONS:
            raise self.error(node, f"`{node.id}` is a function; call it like {node.id}(x)",
                             "function_not_called", name=node.id)
        if node.id not in self.helpers and node.id not in self.first_use:
            self.first_use[node.id] = node

    def check_exponent(self, node: ast.AST, exponent: ast.expr) -> None:
        for inner in ast.walk(exponent):
            is_pow = (isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Pow)) or (
                isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                and inner.func.id == "pow")
            if is_pow:
                raise self.error(node, f"power exponent too large: {self.source(node)} "
                                       "(powers of powers are not allowed)",
                                 "power_of_power", source=self.source(node))
        value = literal_number(exponent)
        if value is not None and abs(value) > limits.MAX_EXPONENT:
            raise self.error(node, f"power exponent too large: {self.source(node)} "
                                   f"(the limit is {limits.MAX_EXPONENT})",
                             "exponent_too_large", source=self.source(node),
                             limit=limits.MAX_EXPONENT)

    def call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr != "T":
            raise self.error(func, f"`{func.attr}`: attributes are not allowed (only `.T`)",
                             "attribute_not_allowed", attribute=func.attr)
        if not isinstance(func, ast.Name):
            what, message = _REFUSED_EXPRESSIONS.get(
                type(func), ("call", "only functions can be called, by name, e.g. sum(x)"))
            raise self.error(func, message, "not_allowed", what=what, source=self.source(func))
        self.check_name_text(func)
        if func.id not in FUNCTIONS:
            names = sorted(FUNCTIONS, key=str.lower)
            close = difflib.get_close_matches(func.id, names, n=1)
            raise self.error(func, f"`{func.id}` is not a known function; available: "
                                   f"{', '.join(names)}", "unknown_function", name=func.id,
                             suggestion=close[0] if close else None, available=names)
        function = FUNCTIONS[func.id]
        for keyword in node.keywords:
            if keyword.arg != "axis" or not function.takes_axis:
                what = "`**`" if keyword.arg is None else f"`{keyword.arg}=`"
                raise self.error(keyword, f"{what} is not allowed in {function.signature}",
                                 "keyword_not_allowed", keyword=keyword.arg,
                                 signature=function.signature)
        count = len(node.args) + len(node.keywords)
        if node.keywords and len(node.args) != 1:
            raise self.error(node, f"{function.signature} takes one array and one axis",
                             "array_and_axis", signature=function.signature)
        if not function.min_args <= count <= function.max_args:
            raise self.error(node, f"{function.name} takes {_count_words(function)} "
                                   f"({function.signature}), not {count}", "argument_count",
                             name=function.name, signature=function.signature,
                             minimum=function.min_args, maximum=function.max_args, given=count)
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                raise self.error(arg, "`*` unpacking is not allowed", "not_allowed", what="*",
                                 source=self.source(arg))
        _, args, axis = call_arguments(node)
        if function.takes_axis and count == 2:
            axis_node = node.keywords[0].value if node.keywords else node.args[1]
            if not isinstance(axis, int) or isinstance(axis, bool):
                raise self.error(axis_node, f"the axis of {function.name} must be a whole "
                                            "number such as 0 or 1", "axis_not_integer",
                                 name=function.name)
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
                        raise self.error(bound, hint, "bad_index")
                if part.step is not None and literal_number(part.step) <= 0:  # type: ignore
                    raise self.error(part.step, "slice steps must be positive", "slice_step")
            elif not isinstance(literal_number(part), int):
                raise self.error(part, hint, "bad_index")
        self.expr(node.value)


def _count_words(function: Function) -> str:
    low, high = function.min_args, function.max_args
    words = {1: "one argument", 2: "two arguments", 3: "three arguments"}
    if low == high:
        return words[low]
    return f"{low} or {high} arguments"
