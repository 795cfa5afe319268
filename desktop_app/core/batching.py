"""The batched form of a compiled program: several runs in one evaluation, without vmap.

A learning-rate sweep moves R copies of the parameters at once. Instead of ``torch.func.vmap``
(whose per-call transform costs several times a small loss's own work), the checked tree is
compiled once more with batching rules written out: a value that depends on the parameters
carries a leading run axis, elementwise operations pad it to the other operand's rank,
reductions and axes skip it, transposes and indices leave it in front, and matrix products
place it where torch's broadcasting keeps runs apart. The logical shapes come from the checked
evaluation (`Report.shapes`), so nothing about shapes is decided per step. The per-run losses
are independent, so the gradient of their sum gives every run its own gradient.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import torch

from desktop_app.core.grammar import BINARY, FUNCTIONS, call_arguments, literal_number, subscript_key

if TYPE_CHECKING:
    from desktop_app.core.expression import Kernel, Report

Closure = Callable[[Mapping[str, torch.Tensor]], torch.Tensor]

_TORCH = {name: function.torch(torch) for name, function in FUNCTIONS.items()}
_ELEMENTWISE_BINARY = {"add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div,
                       "pow": torch.pow}
_REDUCE = {"sum": torch.sum, "mean": torch.mean, "prod": torch.prod, "max": torch.amax,
           "min": torch.amin, "norm": torch.linalg.vector_norm}
_PAIRWISE = {"max": torch.maximum, "min": torch.minimum}


class _Value:
    """A compiled node: its closure, whether it carries the run axis, and its logical rank."""

    __slots__ = ("batched", "function", "ndim")

    def __init__(self, function: Closure, batched: bool, ndim: int) -> None:
        self.function = function
        self.batched = batched
        self.ndim = ndim


def _padded(value: _Value, ndim: int) -> Closure:
    """The value with ones inserted after the run axis up to logical rank ``ndim``."""
    f = value.function
    if not value.batched or value.ndim >= ndim:
        return f
    index = (slice(None),) + (None,) * (ndim - value.ndim)
    return lambda env: f(env)[index]


def compile_batched(kernel: Kernel, report: Report, batched_names: set[str]) -> Closure:  # noqa: C901
    """Per-run losses ``(R,)`` of the kernel's program; inputs in ``batched_names`` are ``(R, ...)``."""
    compiler = kernel._compiler
    shapes = report.shapes
    env_batched = set(batched_names)
    ranks: dict[str, int] = {}

    def rank(node: ast.AST) -> int:
        return len(shapes.get(id(node), ()))

    def build(node: ast.expr) -> _Value:
        if isinstance(node, ast.Name):
            name = node.id
            return _Value(lambda env: env[name], name in env_batched, ranks.get(name, rank(node)))
        if isinstance(node, ast.Constant):
            constant = compiler.constant(node)
            return _Value(lambda env: constant, False, 0)
        if isinstance(node, ast.UnaryOp):
            inner = build(node.operand)
            if isinstance(node.op, ast.UAdd):
                return inner
            f = inner.function
            return _Value(lambda env: torch.neg(f(env)), inner.batched, inner.ndim)
        if isinstance(node, ast.BinOp):
            op = BINARY[type(node.op)][0]
            left = build(node.left)
            exponent = literal_number(node.right) if op == "pow" else None
            if exponent is not None:
                f = left.function
                return _Value(lambda env: torch.pow(f(env), exponent), left.batched, left.ndim)
            right = build(node.right)
            if op == "matmul":
                return _matmul(left, right, rank(node))
            return _elementwise(_ELEMENTWISE_BINARY[op], [left, right], rank(node))
        if isinstance(node, ast.Call):
            return call(node)
        if isinstance(node, ast.Attribute):
            return _transpose(build(node.value))
        if isinstance(node, ast.Subscript):
            inner = build(node.value)
            key = subscript_key(node)
            f = inner.function
            if inner.batched:
                key = (slice(None), *key)
            return _Value(lambda env: f(env)[key], inner.batched, rank(node))
        raise NotImplementedError(type(node).__name__)

    def call(node: ast.Call) -> _Value:
        function, arg_nodes, axis = call_arguments(node)
        args = [build(arg) for arg in arg_nodes]
        name = function.name
        if name in ("T", "transpose"):
            return _transpose(args[0])
        if name == "dot":
            a, b = args
            if a.ndim == 0 or b.ndim == 0:
                return _elementwise(torch.mul, args, rank(node))
            return _matmul(a, b, rank(node))
        if function.reduction and len(args) == 1:
            return _reduction(name, args[0], axis)
        if name in _PAIRWISE:
            return _elementwise(_PAIRWISE[name], args, rank(node))
        if not function.elementwise:
            raise NotImplementedError(name)
        return _elementwise(_TORCH[name], args, rank(node))

    first = sorted(env_batched)[0]
    statements = kernel.program.statements
    helpers: list[tuple[str, Closure]] = []
    for statement in statements[:-1]:
        value = build(statement.expr)
        if value.batched:
            env_batched.add(statement.target)
        ranks[statement.target] = value.ndim
        helpers.append((statement.target, value.function))
    loss = build(statements[-1].expr)
    per_run = _per_run(loss, first)

    if not helpers:
        return per_run

    def run(values: Mapping[str, torch.Tensor]) -> torch.Tensor:
        env = dict(values)
        for target, function in helpers:
            env[target] = function(env)
        return per_run(env)
    return run


def _per_run(loss: _Value, first: str) -> Closure:
    """Each run's loss, shape ``(R,)``; a non-scalar loss is summed per run."""
    f = loss.function
    if not loss.batched:  # the loss does not depend on the parameters
        return lambda env: f(env).sum().expand(env[first].shape[0])
    if loss.ndim:
        return lambda env: f(env).flatten(1).sum(dim=1)
    return f


def _elementwise(apply: Callable[..., torch.Tensor], args: list[_Value], ndim: int) -> _Value:
    batched = any(a.batched for a in args)
    parts = [_padded(a, ndim) for a in args]
    if len(parts) == 1:
        (a,) = parts
        return _Value(lambda env: apply(a(env)), batched, ndim)
    if len(parts) == 2:
        a, b = parts
        return _Value(lambda env: apply(a(env), b(env)), batched, ndim)
    return _Value(lambda env: apply(*[p(env) for p in parts]), batched, ndim)


def _transpose(value: _Value) -> _Value:
    f, n = value.function, value.ndim
    if n < 2:
        return value
    order = (0, *reversed(range(1, n + 1))) if value.batched else tuple(reversed(range(n)))
    return _Value(lambda env: f(env).permute(*order), value.batched, n)


def _reduction(name: str, value: _Value, axis: int | None) -> _Value:
    f, n = value.function, value.ndim
    reduce = _REDUCE[name]
    if not value.batched:
        if axis is None:
            return _Value(lambda env: reduce(f(env)), False, 0)
        return _Value(lambda env: reduce(f(env), dim=axis), False, max(n - 1, 0))
    if axis is not None:
        if n == 0:  # torch reduces a scalar along axis 0 or -1 to itself
            return value
        dim = axis % n + 1
        return _Value(lambda env: reduce(f(env), dim=dim), True, max(n - 1, 0))
    if n == 0:
        if name == "norm":
            return _Value(lambda env: torch.abs(f(env)), True, 0)
        return value
    if n == 1:
        return _Value(lambda env: reduce(f(env), dim=1), True, 0)
    return _Value(lambda env: reduce(f(env).flatten(1), dim=1), True, 0)


def _matmul(a: _Value, b: _Value, ndim: int) -> _Value:
    fa, fb = a.function, b.function
    batched = a.batched or b.batched
    if not batched:
        return _Value(lambda env: torch.matmul(fa(env), fb(env)), False, ndim)
    if a.ndim == 1 and b.ndim == 1:
        pa, pb = _padded(a, 1), _padded(b, 1)
        return _Value(lambda env: (pa(env) * pb(env)).sum(-1), True, 0)
    if a.ndim == 1:  # vector @ matrix
        if not a.batched:
            return _Value(lambda env: torch.matmul(fa(env), fb(env)), True, ndim)
        row = _Value(lambda env: fa(env).unsqueeze(-2), True, 2)
        pa, pb = _padded(row, b.ndim), _padded(b, b.ndim)
        return _Value(lambda env: torch.matmul(pa(env), pb(env)).squeeze(-2), True, ndim)
    if b.ndim == 1:  # matrix @ vector
        if not b.batched:
            return _Value(lambda env: torch.matmul(fa(env), fb(env)), True, ndim)
        column = _Value(lambda env: fb(env).unsqueeze(-1), True, 2)
        pa, pb = _padded(a, a.ndim), _padded(column, a.ndim)
        return _Value(lambda env: torch.matmul(pa(env), pb(env)).squeeze(-1), True, ndim)
    top = max(a.ndim, b.ndim)
    pa, pb = _padded(a, top), _padded(b, top)
    return _Value(lambda env: torch.matmul(pa(env), pb(env)), True, ndim)
