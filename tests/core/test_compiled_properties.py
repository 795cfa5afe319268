"""Properties of the compiled engine, on expressions generated from the grammar (Hypothesis).

For random programs over scalars, vectors and a matrix: the compiled closures give the same
value and gradient as the same computation written directly in torch, the symbolic derivative
agrees with autograd, and the batched form (several runs at once) gives each run what one
evaluation gives.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.binding import Binding
from desktop_app.core.symbolic import symbolic_derivatives

# Each generated node is (text, direct torch function of the values, rank): the text goes
# through parse -> check -> compile; the function is what a student would write in torch.
VALUES = {"a": 0.7, "b": -1.3, "v": [0.5, -0.25, 1.5], "M": [[1.0, 0.5, -1.0], [0.25, 2.0, 0.5]]}

Node = tuple[str, object, int]

LEAVES: list[Node] = [
    ("a", lambda t: t["a"], 0),
    ("b", lambda t: t["b"], 0),
    ("v", lambda t: t["v"], 1),
    ("0.5", lambda t: torch.tensor(0.5, dtype=t["a"].dtype), 0),
    ("2", lambda t: torch.tensor(2.0, dtype=t["a"].dtype), 0),
    ("M[0]", lambda t: t["M"][0], 1),
    ("v[1]", lambda t: t["v"][1], 0),
]

UNARY = [
    ("sin({})", torch.sin), ("cos({})", torch.cos), ("tanh({})", torch.tanh),
    ("sigmoid({})", torch.sigmoid), ("softplus({})", torch.nn.functional.softplus),
    ("square({})", torch.square), ("exp(tanh({}))", lambda x: torch.exp(torch.tanh(x))),
    ("log(1 + square({}))", lambda x: torch.log(1 + torch.square(x))), ("-({})", torch.neg),
    ("({})**3", lambda x: torch.pow(x, 3)), ("abs({})", torch.abs), ("relu({})", torch.relu),
]
BINARY = [
    ("({}) + ({})", torch.add), ("({}) - ({})", torch.sub), ("({}) * ({})", torch.mul),
    ("({}) / (3 + cos({}))", lambda x, y: x / (3 + torch.cos(y))),
    ("max({}, {})", torch.maximum), ("min({}, {})", torch.minimum),
]
REDUCE = [("sum({})", torch.sum), ("mean({})", torch.mean), ("norm({})", torch.linalg.vector_norm),
          ("max({})", torch.amax), ("prod(1 + 0.1*({}))", lambda x: torch.prod(1 + 0.1 * x)),
          ("sum({}, 0)", lambda x: x.sum(dim=0)), ("mean({}, axis=-1)", lambda x: x.mean(dim=-1))]


def _unary(child: Node, pick: tuple[str, object]) -> Node:
    text, f = pick
    return text.format(child[0]), (lambda t, g=child[1]: f(g(t))), child[2]


def _binary(left: Node, right: Node, pick: tuple[str, object]) -> Node:
    text, f = pick
    return text.format(left[0], right[0]), (lambda t, g=left[1], h=right[1]: f(g(t), h(t))), max(left[2], right[2])


def _reduce(child: Node, pick: tuple[str, object]) -> Node:
    text, f = pick
    return text.format(child[0]), (lambda t, g=child[1]: f(g(t))), 0


def _matvec(child: Node) -> Node:
    # M @ (vector of 3): only for rank-1 children
    return f"sum(M @ ({child[0]}))", (lambda t, g=child[1]: torch.sum(t["M"] @ g(t))), 0


def extend(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    unary = st.builds(_unary, children, st.sampled_from(UNARY))
    binary = st.builds(_binary, children, children, st.sampled_from(BINARY))
    reduce = st.builds(_reduce, children, st.sampled_from(REDUCE))
    matvec = children.filter(lambda n: n[2] == 1).map(_matvec)
    return unary | binary | reduce | matvec


EXPRESSIONS = st.recursive(st.sampled_from(LEAVES), extend, max_leaves=5)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                           HealthCheck.filter_too_much])


def _direct(function, dtype: torch.dtype) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    tensors = {name: torch.tensor(value, dtype=dtype, requires_grad=name != "M")
               for name, value in VALUES.items()}
    out = function(tensors)
    loss = out.sum() if out.ndim else out
    leaves = [tensors[n] for n in ("a", "b", "v")]
    grads = torch.autograd.grad(loss, leaves, allow_unused=True) if loss.requires_grad else [None] * 3
    found = {n: np.zeros(np.shape(VALUES[n])) if g is None else g.numpy().astype(np.float64)
             for n, g in zip(("a", "b", "v"), grads)}
    return out.detach().numpy().astype(np.float64), found


def _binding(text: str, dtype: str) -> Binding:
    params = {n: VALUES[n] for n in ("a", "b", "v")}
    return Binding(text, params, {"M": VALUES["M"]}, dtype=dtype)


@SETTINGS
@given(EXPRESSIONS, st.sampled_from(["float32", "float64"]))
def test_compiled_equals_direct_torch(node, dtype):
    text, function, _ = node
    binding = _binding(text, dtype)
    result = binding.gradient()
    value, grads = _direct(function, getattr(torch, dtype))
    # the same torch operations in the same order: bit for bit (NaN where torch gives NaN)
    np.testing.assert_array_equal(np.asarray(result.value), value, err_msg=text)
    for name, expected in grads.items():
        np.testing.assert_array_equal(result.grads[name], expected, err_msg=f"{text}: d/d{name}")


@SETTINGS
@given(EXPRESSIONS)
def test_symbolic_derivative_agrees_with_the_compiled_gradient(node):
    text = node[0]
    binding = _binding(text, "float64")
    exact = binding.gradient().grads
    found = {d.parameter: d for d in symbolic_derivatives(text, binding.params, binding.data)}
    for name in ("a", "b"):
        derivative = found[name]
        if derivative.value is None:  # a kink exactly at the point, or beyond float range
            continue
        assert derivative.value == pytest.approx(float(exact[name]), rel=1e-7, abs=1e-9), text
    for i in range(3):
        derivative = found[f"v[{i}]"]
        if derivative.value is not None:
            assert derivative.value == pytest.approx(float(exact["v"][i]), rel=1e-7, abs=1e-9), text


@SETTINGS
@given(EXPRESSIONS, st.lists(st.floats(-2, 2), min_size=3, max_size=3))
def test_batched_form_gives_each_run_its_own_loss_and_gradient(node, offsets):
    text = node[0]
    binding = _binding(text, "float64")
    names = ("a", "b", "v")
    batched = binding.kernel.batched(set(names), binding.shapes)
    stacks = {n: torch.tensor(np.stack([np.asarray(VALUES[n]) + o for o in offsets]), dtype=torch.float64,
                              requires_grad=True) for n in names}
    losses = batched(binding.environment(stacks))
    assert losses.shape == (3,), text
    grads = (torch.autograd.grad(losses.sum(), [stacks[n] for n in names], allow_unused=True)
             if losses.requires_grad else (None,) * len(names))
    for r, offset in enumerate(offsets):
        one = binding.with_params({n: np.asarray(VALUES[n]) + offset for n in names})
        result = one.gradient()
        assert float(losses[r]) == pytest.approx(float(np.sum(result.value)), rel=1e-12, abs=1e-12), text
        for n, g in zip(names, grads):
            got = np.zeros(np.shape(VALUES[n])) if g is None else g[r].numpy()
            np.testing.assert_allclose(got, result.grads[n], rtol=1e-12, atol=1e-12, err_msg=f"{text}: {n}")
