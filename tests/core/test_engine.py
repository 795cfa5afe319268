"""The compiled run engine: bit-for-bit torch.optim, large tensors, limits that bound work first."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import torch

from desktop_app.core import limits
from desktop_app.core.binding import Binding
from desktop_app.core.derivatives import numeric_gradient
from desktop_app.core.export import CsvWriter
from desktop_app.core.expression import ExpressionError, Kernel, kernel, parse_program
from desktop_app.core.optimizers import OPTIMIZERS, Update, make_optimizer, optimizer_state
from desktop_app.core.runs import Run, RunSpec, run_to_end
from desktop_app.core.symbolic import symbolic_derivatives

CASES = [
    ("gd", {"lr": 0.01}), ("sign", {"lr": 0.01}), ("sgd", {"lr": 0.01}),
    ("sgd", {"lr": 0.01, "momentum": 0.5, "dampening": 0.2, "weight_decay": 0.1}),
    ("momentum", {"lr": 0.01}), ("nesterov", {"lr": 0.01, "weight_decay": 0.01}),
    ("rmsprop", {}), ("rmsprop", {"momentum": 0.3, "centered": True, "weight_decay": 0.1}),
    ("adam", {"lr": 0.01}), ("adam", {"amsgrad": True, "weight_decay": 0.1}), ("adamw", {}),
    ("adagrad", {"lr_decay": 0.01, "initial_accumulator_value": 0.1}), ("adagrad", {}),
]
LOSSES = [
    ("(b/2 - 1)**2 + sum(v**2)", {"b": -10.0, "v": [1.0, -2.0, 0.5]}, {}),
    ("mean((w*x + b - y)**2) + 0.01*sum(v**4)", {"w": 4.0, "b": 1.0, "v": [0.3, 0.7, -0.2]},
     {"x": np.arange(1.0, 11.0), "y": 10 * np.arange(1.0, 11.0) + 13}),
    ("sum(sin(A @ v)) * b + sum(v**4)", {"v": [0.5, -0.5, 1.0], "b": 0.3}, {"A": np.arange(12.0).reshape(4, 3) / 10}),
]


def torch_reference(expression: str, init: dict, data: dict, optimizer: str, hyper: dict, dtype: str,
                    steps: int) -> list[torch.Tensor]:
    """The same run written with torch.optim: zero_grad, loss, backward, step."""
    torch_dtype = getattr(torch, dtype)
    params = {n: torch.tensor(np.asarray(v, dtype=np.float64), dtype=torch_dtype, requires_grad=True)
              for n, v in init.items()}
    fixed = {n: torch.tensor(np.asarray(v, dtype=np.float64), dtype=torch_dtype) for n, v in data.items()}
    compiled = kernel(parse_program(expression), torch_dtype, torch.device("cpu"))
    opt = make_optimizer(optimizer, list(params.values()), **hyper)
    for _ in range(steps):
        opt.zero_grad()
        loss = compiled({**fixed, **params})
        loss.backward()
        opt.step()
    return list(params.values()), opt


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("optimizer, hyper", CASES)
@pytest.mark.parametrize("problem", LOSSES, ids=["scalar+vector", "regression", "matrix"])
def test_runs_equal_torch_optim_bit_for_bit(problem, optimizer, hyper, dtype):
    expression, init, data = problem
    steps = 300
    result, records = run_to_end(RunSpec(expression, init=init, data=data, optimizer=optimizer, hyper=hyper,
                                         steps=steps, dtype=dtype))
    assert result.status == "finished" and len(records) == steps
    expected, opt = torch_reference(expression, init, data, optimizer, hyper, dtype, steps)
    for name, tensor in zip(init, expected):
        got = torch.tensor(result.final[name], dtype=tensor.dtype)
        assert torch.equal(got, tensor.detach()), (name, got, tensor)
    last_state = {s: t for s, t in optimizer_state(opt, expected[0]).items()}
    first = next(iter(init))
    for short, tensor in last_state.items():
        column = f"{short}_{first}" if tensor.ndim == 0 else f"{short}_{first}[0]"
        assert records[column][-1] == float(tensor.reshape(-1)[0]), column


def test_update_state_is_torchs_after_every_step():
    for name in OPTIMIZERS:
        start = torch.randn(3, dtype=torch.float64)
        mine, theirs = start.clone().requires_grad_(True), start.clone().requires_grad_(True)
        update, opt = Update(name, [mine], lr=0.01), make_optimizer(name, [theirs], lr=0.01)
        for _ in range(50):
            (g,) = torch.autograd.grad(torch.sum(torch.sin(mine) * mine**2), [mine])
            update.step([g])
            opt.zero_grad()
            torch.sum(torch.sin(theirs) * theirs**2).backward()
            opt.step()
            assert torch.equal(mine.detach(), theirs.detach()), name
            for short, tensor in optimizer_state(opt, theirs).items():
                assert torch.equal(update.state[short][0], tensor), (name, short)


def test_set_lr_mid_run_applies_from_the_next_step():
    run = Run(RunSpec("(b/2 - 1)**2", init={"b": -10.0}, hyper={"lr": 0.1}, steps=6))
    run.batch_size = 1
    rows = []
    for batch in run:
        rows.extend(batch)
        if len(rows) == 2:
            run.set_lr(0.5)
    assert [r["lr"] for r in rows] == [0.1, 0.1, 0.5, 0.5, 0.5, 0.5]


# --- large tensors ------------------------------------------------------------------------------


def test_large_tensor_records_summaries_and_snapshots(tmp_path):
    spec = RunSpec("sum(x**2)", init={"x": np.ones((1000, 1000))}, steps=10)
    run = Run(spec)
    assert run.summary
    assert run.columns == ("step", "loss", "min(x)", "max(x)", "mean(x)", "norm(x)", "norm(grad_x)",
                           "grad_norm", "lr")
    target = tmp_path / "big.csv"
    writer = CsvWriter(target, run.columns)
    for batch in run:
        writer.write(batch)
    writer.close()
    rows = list(csv.reader(target.open()))
    assert rows[0] == list(run.columns) and len(rows) == 11
    assert float(rows[1][1]) == 1e6 and float(rows[1][6]) == 2000.0
    assert sum(a.size for _, s in run.snapshots for a in s.values()) <= limits.MAX_SNAPSHOT_ELEMENTS
    steps = [step for step, _ in run.snapshots]
    assert steps[0] == 0 and all(s % run.snapshot_stride == 0 for s in steps)
    np.testing.assert_allclose(run.snapshots[1][1]["x"], (1 - 2 * 0.01) ** steps[1], rtol=1e-6)


def test_small_tensors_keep_one_column_per_element():
    run = Run(RunSpec("sum(x**2)", init={"x": np.ones((3, 2))}, optimizer="adam", steps=2))
    assert not run.summary and "x[2,1]" in run.columns and "v_x[2,1]" in run.columns


# --- limits: bounded before work starts -----------------------------------------------------------


def test_nested_unary_functions_count_toward_the_limits_before_allocating():
    # 760 nested sin over a 1000x1000 array, in 8 helper lines (within every parser limit)
    lines, previous = [], "X"
    for i in range(8):
        lines.append(f"h{i} = " + "sin(" * 95 + previous + ")" * 95)
        previous = f"h{i}"
    text = "\n".join(lines) + f"\nsum({previous}) * w"
    assert len(text) <= limits.MAX_EXPRESSION_CHARS
    program = parse_program(text)
    with pytest.raises(ExpressionError) as caught:  # refused from shapes: nothing is computed
        Binding(program, {"w": 1.0}, {"X": np.zeros((1000, 1000))}, dtype="float64")
    assert caught.value.kind == "too_many_numbers"
    assert caught.value.data["limit"] == limits.MAX_TOTAL_ELEMENTS


def test_numeric_gradient_refuses_a_costly_estimate_at_once(monkeypatch):
    calls = []
    monkeypatch.setattr(Kernel, "__call__", lambda self, values: calls.append(1))
    with pytest.raises(ValueError, match="20,000 evaluations"):
        numeric_gradient("sum((A @ B) * w)", {"w": np.ones((100, 100))},
                         {"A": np.ones((100, 1000)), "B": np.ones((1000, 100))}, method="central")
    assert not calls  # refused from the cost bound, before any evaluation


@pytest.mark.parametrize("text, at", [("exp(exp(exp(exp(w))))", 3.0),
                                      ("exp(exp(exp(exp(exp(exp(w*0.001))))))", 0.5),
                                      ("exp(exp(exp(exp(7.1))))*w", 1.0),
                                      ("a = 10**1000\nb = a**1000\nc = b**1000\nc*w", 1.0),
                                      ("\n".join(f"h{i} = " + "sin(" * 90 + (f"h{i - 1}" if i else "w") + ")" * 90
                                                 for i in range(8)) + "\nh7", 0.5)])
def test_symbolic_derivative_stays_bounded(text, at):
    (found,) = symbolic_derivatives(text, {"w": at})  # returns (sympy's evalf would not, for minutes)
    assert found.value is None or np.isfinite(found.value)
    assert found.available or found.reason.startswith("skipped: too costly")


def test_grid_search_refuses_a_costly_grid_before_evaluating(monkeypatch):
    from desktop_app.core.baselines import grid_search

    calls = []
    monkeypatch.setattr(Kernel, "__call__", lambda self, values: calls.append(1))
    with pytest.raises(ValueError, match="too costly"):
        grid_search("sum((u@v)*w*w*w*w)", {"w": np.linspace(-1, 1, 200)},
                    {"u": np.ones((1000, 1)), "v": np.ones((1, 1000))})
    assert not calls


@pytest.mark.parametrize("text", ["mean(w, 0)", "sum(w, -1)", "prod(w, axis=0)"])
def test_a_scalar_reduced_along_its_axis_stays_itself(text):
    binding = Binding(text, {"w": 2.0})
    assert binding.report.output_shape == () and binding.gradient().value == 2.0
