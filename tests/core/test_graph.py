"""The computation graph records every node with its forward value and backward gradient."""

import json

import numpy as np
import pytest

from desktop_app.core import limits
from desktop_app.core.graph import build_graph

L5_PARAMS = {"W": 0.21318328, "b": 0.78609025}
L5_DATA = {"x": [3.3], "y": [1.7]}


def by_label(graph):
    return {node.label: node for node in graph.nodes}


def test_l5_1_graph_values_and_gradients():
    graph = build_graph("pred = W*x + b\nmean((pred - y)**2)", L5_PARAMS, L5_DATA)
    nodes = by_label(graph)
    assert [n.op for n in graph.nodes] == ["input", "input", "mul", "input", "add", "assign",
                                           "input", "sub", "pow", "mean"]
    assert graph.output == nodes["mean((pred - y)**2)"].id and not graph.summed
    assert nodes["W"].grad == pytest.approx(-1.388673, abs=1e-6)
    assert nodes["b"].grad == pytest.approx(-0.42080998, abs=1e-7)
    residual = nodes["pred - y"]
    assert residual.value == pytest.approx([0.21318328 * 3.3 + 0.78609025 - 1.7], rel=1e-6)
    assert residual.grad == pytest.approx(2 * residual.value, rel=1e-6)  # d(mean(r**2))/dr
    assert nodes["mean((pred - y)**2)"].grad == 1.0
    assert nodes["x"].grad is None and nodes["y"].grad is None
    assert nodes["W*x"].inputs == (nodes["W"].id, nodes["x"].id)
    assert (nodes["pred - y"].line, nodes["pred - y"].col) == (2, 7)


def test_every_gradient_matches_the_chain_rule():
    graph = build_graph("sum(exp(w) * x)", {"w": [0.0, 1.0]}, {"x": [2.0, 3.0]}, dtype="float64")
    nodes = by_label(graph)
    np.testing.assert_allclose(nodes["exp(w) * x"].grad, [1.0, 1.0])
    np.testing.assert_allclose(nodes["exp(w)"].grad, [2.0, 3.0])
    np.testing.assert_allclose(nodes["w"].grad, [2.0, 3.0 * np.e])


def test_non_scalar_loss_gets_an_implicit_sum_node():
    graph = build_graph("x**2 + 3", {"x": [[1.0, 2.0], [3.0, 4.0]]})
    out = graph.nodes[graph.output]
    assert graph.summed and out.op == "sum" and "not a scalar" in out.label
    assert out.value == 1 + 4 + 9 + 16 + 4 * 3
    np.testing.assert_array_equal(by_label(graph)["x"].grad, [[2.0, 4.0], [6.0, 8.0]])


def test_loss_that_is_a_bare_name_is_the_output():
    graph = build_graph("a = 2*x\nx", {"x": 3.0})
    assert graph.nodes[graph.output].label == "x"
    assert graph.nodes[graph.output].grad == 1.0


def test_to_dict_is_json_and_summarises_big_tensors():
    size = limits.MAX_GRAPH_LISTED_ELEMENTS + 1
    graph = build_graph("sum(x * 2)", {"x": np.arange(size, dtype=float)})
    described = json.loads(json.dumps(graph.to_dict()))
    assert described["output"] == graph.output
    x = described["nodes"][0]
    assert x["label"] == "x" and x["shape"] == [size]
    assert x["value"] == {"summary": True, "shape": [size], "min": 0.0, "max": size - 1.0,
                          "mean": (size - 1) / 2}
    assert described["nodes"][-1]["value"] == float(size * (size - 1))
    small = build_graph("w * 3", {"w": 2.0}).to_dict()
    assert small["nodes"][0]["value"] == 2.0 and small["nodes"][0]["grad"] == 3.0


def test_to_text_lists_nodes_from_the_loss_down_once_each():
    text = build_graph("sum(w * w)", {"w": [1.0, 2.0]}).to_text()
    lines = text.splitlines()
    assert lines[0] == "#2 sum: sum(w * w)"
    assert "  #1 mul: w * w" in lines
    assert "    #0 input: w" in lines
    assert "    #0 w  (see #0 above)" in lines
    assert "grad  [2., 4.]" in text


def test_name_given_twice_is_refused():
    with pytest.raises(ValueError, match="given both as a parameter and as data"):
        build_graph("w", {"w": 1.0}, {"w": 2.0})
