"""The computation graph of one evaluation: every node's value and the gradient reaching it.

Students see backpropagation at work: the forward value of each sub-expression (``w*x``,
``w*x + b``, ...) and the gradient of the loss with respect to it. The graph is recorded through
the ``trace`` hook of `core.expression.evaluate`, so it shows exactly what was computed;
intermediate gradients come from autograd via ``retain_grad``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from numpy.typing import ArrayLike

from desktop_app.core import limits
from desktop_app.core.binding import Binding
from desktop_app.core.expression import Program, TraceEvent

__all__ = ["Graph", "Node", "build_graph"]


@dataclass(frozen=True)
class Node:
    """One evaluated sub-expression. ``grad`` is None where no parameter influences it."""

    id: int
    op: str
    label: str
    value: np.ndarray
    grad: np.ndarray | None
    inputs: tuple[int, ...]
    line: int | None
    col: int | None


@dataclass(frozen=True)
class Graph:
    """Nodes in evaluation order (operands before results); ``output`` is the loss node.

    When the loss is not a scalar, ``summed`` is True and the output is an extra ``sum`` node
    adding it up, as TensorFlow's ``tape.gradient`` does before differentiating.
    """

    nodes: tuple[Node, ...]
    output: int
    summed: bool

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able description; tensors above a size are summarised, not listed."""
        return {
            "output": self.output,
            "summed": self.summed,
            "nodes": [
                {
                    "id": node.id,
                    "op": node.op,
                    "label": node.label,
                    "inputs": list(node.inputs),
                    "line": node.line,
                    "col": node.col,
                    "shape": list(node.value.shape),
                    "value": _jsonable(node.value),
                    "grad": None if node.grad is None else _jsonable(node.grad),
                }
                for node in self.nodes
            ],
        }

    def to_text(self) -> str:
        """An indented listing from the loss down to the inputs, for the command line.

        A node used twice is listed once; later uses say ``(see #id)``.
        """
        by_id = {node.id: node for node in self.nodes}
        lines: list[str] = []
        shown: set[int] = set()
        stack = [(self.output, 0)]
        while stack:
            node_id, depth = stack.pop()
            node = by_id[node_id]
            indent = "  " * depth
            if node_id in shown:
                lines.append(f"{indent}#{node_id} {node.label}  (see #{node_id} above)")
                continue
            shown.add(node_id)
            grad = "none (no parameter flows here)" if node.grad is None else _text(node.grad)
            lines.append(f"{indent}#{node_id} {node.op}: {node.label}")
            lines.append(f"{indent}    value {_text(node.value)}")
            lines.append(f"{indent}    grad  {grad}")
            stack.extend((child, depth + 1) for child in reversed(node.inputs))
        return "\n".join(lines)


def _jsonable(array: np.ndarray) -> Any:
    if array.size <= limits.MAX_GRAPH_LISTED_ELEMENTS:
        return array.tolist()
    return {"summary": True, "shape": list(array.shape), "min": float(array.min()),
            "max": float(array.max()), "mean": float(array.mean())}


def _text(array: np.ndarray) -> str:
    if array.size <= limits.MAX_GRAPH_LISTED_ELEMENTS:
        return np.array2string(array, precision=6, separator=", ").replace("\n", "")
    return (f"shape {tuple(array.shape)}: min {array.min():.6g}, max {array.max():.6g}, "
            f"mean {array.mean():.6g}")


def build_graph(
    program_or_text: Program | str,
    params: Mapping[str, ArrayLike],
    data: Mapping[str, ArrayLike] | None = None,
    *,
    dtype: str = "float32",
    device: str = "cpu",
) -> Graph:
    """Evaluate once with parameters requiring grad, backpropagate, and collect every node."""
    return Binding(program_or_text, params, data, dtype=dtype, device=device).graph()


def graph_of(binding: Binding) -> Graph:
    """The computation graph of one evaluation at the binding's parameter values."""
    program = binding.program
    values = binding.environment(binding.leaves())
    events: list[TraceEvent] = []

    def record(event: TraceEvent) -> int:
        if event.value.requires_grad and not event.value.is_leaf:
            event.value.retain_grad()
        events.append(event)
        return len(events) - 1

    loss = binding.kernel.traced(values, record)
    # The loss line may be a bare name recorded earlier (``x``, a helper), so find its node.
    output = max(index for index, event in enumerate(events) if event.value is loss)
    summed = loss.ndim > 0
    if summed:
        line, col, _ = program.span(program.loss)
        label = f"sum of {program.source(program.loss)} (the loss is not a scalar)"
        loss = loss.sum()
        output = record(TraceEvent("sum", label, loss, (output,), line, col))
    if loss.requires_grad:
        loss.backward()
    nodes = tuple(
        Node(index, event.op, event.label, _numpy(event.value),
             None if event.value.grad is None else _numpy(event.value.grad),
             event.inputs, event.line, event.col)
        for index, event in enumerate(events))
    return Graph(nodes, output, summed)


def _numpy(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().cpu().numpy().astype(np.float64)
