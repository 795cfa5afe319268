"""A checked `Program` compiled once into torch closures (no eval, no generated source).

`core.grammar` checks the text (and imports no torch); this module turns the checked tree into
a tree of Python closures over torch operations, once per (program, dtype, device): constants
become tensors on the device then, axes and indices are bound then. Nothing is parsed, checked
or looked up by name per step. Two forms are compiled from the same tree walk:

- the **fast** form, used by runs: plain torch calls, no checks;
- the **checked** form: located errors, size limits (every intermediate result counts, unary
  functions included) and an optional trace of every node (the computation graph). It runs once
  per set of input shapes on shapes alone (`Shape`, each operation's shape rule), which computes
  nothing and allocates nothing, so a loss too large for the limits is refused before any work
  starts. (torch's ``meta`` device would do the same but imports torch._dynamo, seconds.)

A third, **batched** form evaluates several runs at once (a leading run axis on the parameters),
for learning-rate sweeps; see `Kernel.batched`.

Evaluation is differentiable with autograd and works under ``torch.func.vmap``: it uses only
torch ops, never ``.item()``, and checks sizes from shapes, never from tensor values.
"""

from __future__ import annotations

import ast
import math
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from desktop_app.core import limits
from desktop_app.core.grammar import (
    BINARY,
    FUNCTIONS,
    ExpressionError,
    Function,
    Program,
    Statement,
    call_arguments,
    format_shape,
    literal_number,
    parse_program,
    subscript_key,
)

__all__ = [
    "FUNCTIONS", "ExpressionError", "Function", "Kernel", "Program", "Report", "Statement",
    "TraceEvent", "Tracer", "call_arguments", "evaluate", "format_shape", "kernel",
    "literal_number", "parse_program", "subscript_key",
]

_BINARY_TORCH = {
    "add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div,
    "pow": torch.pow, "matmul": torch.matmul,
}
_TORCH_FUNCTIONS = {name: f.torch(torch) for name, f in FUNCTIONS.items()}


def _transpose(x: torch.Tensor) -> torch.Tensor:
    return _TORCH_FUNCTIONS["T"](x)


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


@dataclass(frozen=True)
class Report:
    """What one checked evaluation for a set of input shapes computes.

    ``elements``: numbers in all intermediate results; ``work``: multiply-adds of the matrix
    products; ``shapes``: each node's result shape (by node id), used by the batched form.
    """

    output_shape: tuple[int, ...]
    elements: int
    work: int
    shapes: Mapping[int, tuple[int, ...]]

    @property
    def cost(self) -> int:
        """A measure of one evaluation's time: elements computed plus multiply-adds."""
        return self.elements + self.work


class Shape:
    """A stand-in for a tensor in the shape-only checked evaluation: its shape, nothing else."""

    __slots__ = ("shape",)

    def __init__(self, shape: tuple[int, ...]) -> None:
        self.shape = tuple(int(n) for n in shape)

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def numel(self) -> int:
        return math.prod(self.shape)


class _Context:
    """Counters and the trace of one checked evaluation."""

    def __init__(self, program: Program, trace: Tracer | None, shapes_only: bool = False) -> None:
        self.program = program
        self.trace = trace
        self.shapes_only = shapes_only
        self.total = 0
        self.work = 0
        self.keys: dict[str, int] = {}
        self.shapes: dict[int, tuple[int, ...]] = {}

    def record(self, op: str, label: str, tensor: torch.Tensor, inputs: tuple[int, ...],
               node: ast.AST) -> int:
        if self.trace is None:
            return -1
        line, col, _ = self.program.span(node)
        return self.trace(TraceEvent(op, label, tensor, inputs, line, col))

    def count(self, node: ast.AST, shape: tuple[int, ...]) -> None:
        """Count a result toward the limits (before it is computed when its shape is known)."""
        number = math.prod(shape)
        program = self.program
        if number > limits.MAX_ELEMENTS:
            raise program.error(
                node, f"the result of `{program.source(node)}` would have {number} elements "
                      f"(shape {format_shape(shape)}); the limit is {limits.MAX_ELEMENTS}",
                "too_many_elements", source=program.source(node), count=number,
                shape=list(shape), limit=limits.MAX_ELEMENTS)
        self.total += number
        if self.total > limits.MAX_TOTAL_ELEMENTS:
            raise program.error(
                node, f"the expression computes too many numbers in all (more than "
                      f"{limits.MAX_TOTAL_ELEMENTS})", "too_many_numbers",
                limit=limits.MAX_TOTAL_ELEMENTS)


# --- One node, described once; fast, checked and batched closures are built from it -----------


@dataclass
class _Step:
    """An operation node: its trace name, torch callable, operands and static checks."""

    op: str
    node: ast.AST
    what: str                                  # how a torch error names the operation
    apply: Callable[..., torch.Tensor]
    children: list[ast.expr]
    shape: Callable[[_Context, list[torch.Tensor]], tuple[int, ...] | None] | None = None
    function: Function | None = None
    axis: int | None = None
    exponent: int | float | None = None
    index: tuple[int | slice, ...] | None = None

    def result_shape(self, args: list[Any], known: tuple[int, ...] | None) -> tuple[int, ...]:
        """The shape of this operation's result from its operands' shapes (no computing)."""
        if known is not None:
            return known
        shape = tuple(args[0].shape)
        if self.op in ("T", "transpose"):
            return tuple(reversed(shape))
        if self.index is not None:
            return np.broadcast_to(np.empty(()), shape)[self.index].shape  # a view: no memory
        if self.function is not None and self.function.reduction:
            if self.axis is None or not shape:  # a scalar reduced along its one allowed axis stays one
                return ()
            return shape[:self.axis % len(shape)] + shape[self.axis % len(shape) + 1:]
        return shape


class _Compiler:
    def __init__(self, program: Program, dtype: torch.dtype, device: torch.device) -> None:
        self.program = program
        self.dtype = dtype
        self.device = device

    def constant(self, node: ast.Constant) -> torch.Tensor:
        return torch.tensor(float(node.value), dtype=self.dtype, device=self.device)

    def step(self, node: ast.expr) -> _Step:
        program = self.program
        if isinstance(node, ast.UnaryOp):  # USub (UAdd is passed through by the callers)
            return _Step("neg", node, "-", torch.neg, [node.operand])
        if isinstance(node, ast.BinOp):
            op, symbol, verb = BINARY[type(node.op)]
            exponent = literal_number(node.right) if op == "pow" else None
            if exponent is not None:
                # A literal exponent stays a Python number: exact integer powers, no exponent grad.
                return _Step(op, node, symbol, lambda a, e=exponent: torch.pow(a, e), [node.left],
                             exponent=exponent)
            return _Step(op, node, symbol, _BINARY_TORCH[op], [node.left, node.right],
                         shape=lambda ctx, args, v=verb, n=node: _result_shape(ctx, n, v, args))
        if isinstance(node, ast.Call):
            function, arg_nodes, axis = call_arguments(node)
            apply = _TORCH_FUNCTIONS[function.name]
            if axis is not None:
                base = apply

                def apply(a: torch.Tensor, f: Callable = base, d: int = axis) -> torch.Tensor:
                    return f(a, d)
            shape = None
            if len(arg_nodes) > 1:
                shape = lambda ctx, args, f=function, n=node: _call_shape(ctx, n, f, args)  # noqa: E731
            elif axis is not None:
                shape = lambda ctx, args, n=node, d=axis: _check_axis(program, n, d, args[0])  # noqa: E731
            return _Step(function.name, node, function.name, apply, arg_nodes, shape, function, axis)
        if isinstance(node, ast.Attribute):  # .T, the only attribute allowed
            return _Step("T", node, "T", _transpose, [node.value])
        if isinstance(node, ast.Subscript):
            index = subscript_key(node)
            return _Step("index", node, "[]", lambda a, i=index: a[i], [node.value],
                         shape=lambda ctx, args, n=node, i=index: _check_index(program, n, i, args[0]),
                         index=index)
        raise program.error(node, "this part of the expression cannot be evaluated", "unsupported")

    # --- fast -----------------------------------------------------------------------------------

    def fast(self, node: ast.expr) -> Callable[[Mapping[str, torch.Tensor]], torch.Tensor]:
        if isinstance(node, ast.Name):
            name = node.id
            return lambda env: env[name]
        if isinstance(node, ast.Constant):
            value = self.constant(node)
            return lambda env: value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd):
            return self.fast(node.operand)
        step = self.step(node)
        kids = [self.fast(child) for child in step.children]
        f = step.apply
        if len(kids) == 1:
            (a,) = kids
            return lambda env: f(a(env))
        if len(kids) == 2:
            a, b = kids
            return lambda env: f(a(env), b(env))
        return lambda env: f(*[k(env) for k in kids])

    # --- checked (and traced) -----------------------------------------------------------------

    def checked(self, node: ast.expr) -> Callable[[dict, _Context], tuple[torch.Tensor, int]]:
        program = self.program
        if isinstance(node, ast.Name):
            return self._checked_name(node)
        if isinstance(node, ast.Constant):
            value = self.constant(node)
            scalar = Shape(())

            def constant(env: dict, ctx: _Context) -> tuple[torch.Tensor, int]:
                if ctx.shapes_only:
                    return scalar, -1
                key = -1 if ctx.trace is None else ctx.record(
                    "const", program.source(node), value, (), node)
                return value, key
            return constant
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd):
            return self.checked(node.operand)
        step = self.step(node)
        kids = [self.checked(child) for child in step.children]

        def run(env: dict, ctx: _Context) -> tuple[torch.Tensor, int]:
            evaluated = [kid(env, ctx) for kid in kids]
            args = [tensor for tensor, _ in evaluated]
            shape = step.shape(ctx, args) if step.shape is not None else None
            if shape is not None:
                ctx.count(node, shape)
            if ctx.shapes_only:
                tensor = Shape(step.result_shape(args, shape))
            else:
                tensor = _guard(program, node, step.what, step.apply, args)
            if shape is None:
                ctx.count(node, tuple(tensor.shape))
            ctx.shapes[id(node)] = tuple(tensor.shape)
            key = -1 if ctx.trace is None else ctx.record(
                step.op, program.source(node), tensor, tuple(k for _, k in evaluated), node)
            return tensor, key
        return run

    def _checked_name(self, node: ast.Name) -> Callable[[dict, _Context], tuple[torch.Tensor, int]]:
        program, name = self.program, node.id

        def lookup(env: dict, ctx: _Context) -> tuple[torch.Tensor, int]:
            value = env[name]
            if name not in ctx.keys:  # an input, met for the first time
                if value.numel() > limits.MAX_ELEMENTS:
                    raise program.error(
                        node, f"`{name}` has {value.numel()} elements; the limit is "
                              f"{limits.MAX_ELEMENTS}", "input_too_large", name=name,
                        count=value.numel(), limit=limits.MAX_ELEMENTS)
                ctx.keys[name] = ctx.record("input", name, value, (), node)
            ctx.shapes[id(node)] = tuple(value.shape)
            return value, ctx.keys[name]
        return lookup


def _guard(program: Program, node: ast.AST, what: str, function: Callable[..., torch.Tensor],
           args: list[torch.Tensor]) -> torch.Tensor:
    """Run a torch op; turn torch's errors into a located, plain-language error."""
    try:
        return function(*args)
    except (RuntimeError, IndexError, ValueError, TypeError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise program.error(node, f"cannot compute `{what}`: {detail}", "cannot_compute",
                            what=what, detail=detail) from None


def _shape_error(ctx: _Context, node: ast.AST, verb: str, operands: list[torch.Tensor]) -> ExpressionError:
    shapes = [list(t.shape) for t in operands]
    words = ", ".join(format_shape(t.shape) for t in operands[:-1])
    words += f" and {format_shape(operands[-1].shape)}"
    return ctx.program.error(node, f"cannot {verb} shapes {words}", "shape_mismatch", verb=verb,
                             shapes=shapes)


def _result_shape(ctx: _Context, node: ast.AST, verb: str,
                  operands: list[torch.Tensor]) -> tuple[int, ...]:
    try:
        if verb in ("matrix-multiply", "take the dot product of"):
            shape = _matmul_shape(*operands)
        else:
            shapes = {t.shape for t in operands}
            if len(shapes) == 1:  # the common case needs no broadcasting rules
                return tuple(operands[0].shape)
            # numpy's rule, the same as torch's: torch.broadcast_shapes imports sympy on its first
            # call (0.3 s, on the GUI thread when the editor checks a loss on data)
            return tuple(np.broadcast_shapes(*shapes))
    except (RuntimeError, ValueError):
        raise _shape_error(ctx, node, verb, operands) from None
    # Too many elements is reported by count, the clearer message.
    ctx.work += math.prod(shape) * operands[0].shape[-1]
    if ctx.work > limits.MAX_MATMUL_WORK and math.prod(shape) <= limits.MAX_ELEMENTS:
        raise ctx.program.error(
            node, f"the matrix products need too many multiplications in all (more than "
                  f"{limits.MAX_MATMUL_WORK:.0e})", "too_much_matmul_work",
            limit=limits.MAX_MATMUL_WORK)
    return shape


def _call_shape(ctx: _Context, node: ast.AST, function: Function,
                args: list[torch.Tensor]) -> tuple[int, ...]:
    name = function.name
    if name == "dot" and args[0].ndim == 1 and args[1].ndim == 1:
        if args[0].shape != args[1].shape:
            raise _shape_error(ctx, node, "take the dot product of", args)
        return ()
    if name == "dot" and min(a.ndim for a in args) == 0:
        return _result_shape(ctx, node, "multiply", args)
    verb = "take the dot product of" if name == "dot" else f"apply {name} to"
    return _result_shape(ctx, node, verb, args)


def _check_axis(program: Program, node: ast.AST, axis: int, operand: torch.Tensor) -> None:
    ndim = operand.ndim
    if not -max(ndim, 1) <= axis < max(ndim, 1):
        raise program.error(
            node, f"axis {axis} is out of range for shape {format_shape(operand.shape)}",
            "axis_out_of_range", axis=axis, shape=list(operand.shape))


def _check_index(program: Program, node: ast.Subscript, index: tuple[int | slice, ...],
                 operand: torch.Tensor) -> None:
    shape = tuple(operand.shape)
    source = program.source(node.value)
    what = f"`{source}` with shape {format_shape(shape)}"
    if len(index) > len(shape):
        raise program.error(node, f"too many indices for {what}", "too_many_indices",
                            source=source, shape=list(shape), given=len(index))
    for position, (part, size) in enumerate(zip(index, shape)):
        if isinstance(part, int) and not -size <= part < size:
            raise program.error(
                node, f"index {part} is out of range for axis {position} of {what}",
                "index_out_of_range", index=part, axis=position, source=source,
                shape=list(shape))


def _matmul_shape(a: torch.Tensor, b: torch.Tensor) -> tuple[int, ...]:
    """The shape of ``a @ b`` (numpy rules), or ValueError when the shapes do not fit."""
    if a.ndim == 0 or b.ndim == 0:
        raise ValueError("@ needs arrays, not scalars")
    a_shape = tuple(a.shape) if a.ndim >= 2 else (1, a.shape[0])
    b_shape = tuple(b.shape) if b.ndim >= 2 else (b.shape[0], 1)
    if a_shape[-1] != b_shape[-2]:
        raise ValueError("inner sizes differ")
    batch = tuple(np.broadcast_shapes(a_shape[:-2], b_shape[:-2]))
    rows = (a_shape[-2],) if a.ndim >= 2 else ()
    cols = (b_shape[-1],) if b.ndim >= 2 else ()
    return batch + rows + cols


# --- The compiled program -----------------------------------------------------------------------


class Kernel:
    """A program compiled for one dtype and device.

    ``kernel(values)`` is the fast form (no checks: call `check` once for the input shapes
    first); ``check(shapes)`` validates and measures from shapes alone (cached per shapes);
    ``traced(values, trace)`` evaluates with checks, reporting every node.
    """

    def __init__(self, program: Program, dtype: torch.dtype, device: torch.device) -> None:
        self.program = program
        self.dtype = dtype
        self.device = device
        compiler = _Compiler(program, dtype, device)
        statements = program.statements
        helpers = [(s.target, compiler.fast(s.expr)) for s in statements[:-1]]
        loss = compiler.fast(statements[-1].expr)
        if helpers:
            def fast(values: Mapping[str, torch.Tensor]) -> torch.Tensor:
                env = dict(values)
                for target, function in helpers:
                    env[target] = function(env)
                return loss(env)
            self._fast = fast
        else:
            self._fast = loss
        self._checked = [(s, compiler.checked(s.expr)) for s in statements]
        self._reports: dict[tuple, Report] = {}
        self._compiler = compiler

    def __call__(self, values: Mapping[str, torch.Tensor]) -> torch.Tensor:
        return self._fast(values)

    def _run_checked(self, values: Mapping[str, torch.Tensor], ctx: _Context) -> torch.Tensor:
        env = dict(values)
        result = None
        for statement, function in self._checked:
            tensor, key = function(env, ctx)
            if statement.target is not None:
                ctx.keys[statement.target] = ctx.record("assign", statement.target, tensor, (key,),
                                                        statement.expr)
                env[statement.target] = tensor
            result = tensor
        assert result is not None  # parse_program refuses empty programs
        return result

    def check(self, shapes: Mapping[str, tuple[int, ...]]) -> Report:
        """Check shapes and limits for inputs of these shapes, without computing anything."""
        key = tuple(sorted((name, tuple(int(n) for n in shape)) for name, shape in shapes.items()))
        report = self._reports.get(key)
        if report is None:
            for name, shape in key:
                if math.prod(shape) > limits.MAX_ELEMENTS:
                    raise ExpressionError(
                        f"`{name}` has {math.prod(shape)} elements; the limit is "
                        f"{limits.MAX_ELEMENTS}", kind="input_too_large", name=name,
                        count=math.prod(shape), limit=limits.MAX_ELEMENTS)
            ctx = _Context(self.program, None, shapes_only=True)
            out = self._run_checked({name: Shape(shape) for name, shape in key}, ctx)
            report = Report(tuple(out.shape), ctx.total, ctx.work, ctx.shapes)
            if len(self._reports) >= 64:
                self._reports.clear()
            self._reports[key] = report
        return report

    def traced(self, values: Mapping[str, torch.Tensor], trace: Tracer | None) -> torch.Tensor:
        """Evaluate with every check, reporting each node to ``trace``."""
        return self._run_checked(values, _Context(self.program, trace))

    def batched(self, runs: Mapping[str, int], shapes: Mapping[str, tuple[int, ...]]
                ) -> Callable[[Mapping[str, torch.Tensor]], torch.Tensor]:
        """The loss of several runs at once: inputs named in ``runs`` carry a leading run axis.

        Returns a function of the values (batched ones shaped ``(R, *shape)``) giving the
        per-run losses, shape ``(R,)`` (a non-scalar loss is summed per run). Raises
        NotImplementedError where a rule is missing (the caller then runs them one by one).
        """
        from desktop_app.core.batching import compile_batched

        return compile_batched(self, self.check(shapes), set(runs))


_KERNELS: weakref.WeakKeyDictionary[Program, dict[tuple, Kernel]] = weakref.WeakKeyDictionary()


def kernel(program: Program, dtype: torch.dtype, device: torch.device) -> Kernel:
    """The program compiled for (dtype, device), compiled on first use and kept with it."""
    compiled = _KERNELS.setdefault(program, {})
    key = (dtype, torch.device(device))
    found = compiled.get(key)
    if found is None:
        found = compiled[key] = Kernel(program, dtype, torch.device(device))
    return found


def evaluate(
    program: Program | str,
    values: Mapping[str, Any],
    trace: Tracer | None = None,
) -> torch.Tensor:
    """Evaluate helpers then the loss on torch tensors (differentiable, vmap-friendly).

    ``values`` maps every free name to a tensor (numbers and arrays are converted to the dtype
    of the first floating tensor given). Shape problems and size limits raise ExpressionError
    located at the operation. For repeated evaluation use a `core.binding.Binding` instead:
    it checks once.
    """
    if isinstance(program, str):
        program = parse_program(program)
    program.check_names(values)
    reference = next((v for v in values.values()
                      if isinstance(v, torch.Tensor) and v.is_floating_point()), None)
    dtype = reference.dtype if reference is not None else torch.get_default_dtype()
    device = reference.device if reference is not None else torch.device("cpu")
    tensors = {name: value if isinstance(value, torch.Tensor)
               else torch.as_tensor(value, dtype=dtype, device=device)
               for name, value in values.items()}
    compiled = kernel(program, dtype, device)
    if trace is not None:
        return compiled.traced(tensors, trace)
    compiled.check({name: tuple(t.shape) for name, t in tensors.items()
                    if name in program.free_names})
    return compiled(tensors)
