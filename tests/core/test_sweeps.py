"""Sweeps: the batched learning-rate path agrees with separate runs; comparisons interleave."""

import numpy as np
import pytest

from desktop_app.core import limits
from desktop_app.core.runs import RunSpec, run_to_end
from desktop_app.core.sweeps import Sweep

X = np.arange(1.0, 11.0)
LINEAR = dict(expression="mean((w*x + b - y)**2)", init={"w": 4.0, "b": 1.0},
              data={"x": X, "y": 10 * X + 13}, steps=60, dtype="float64")
TENSOR = dict(expression="sum((A @ v - t)**2) + 0.1*sum(v**2)", init={"v": [[1.0, -1.0], [0.5, 2.0]]},
              data={"A": [[2.0, 0.5], [0.3, 1.0]], "t": [[1.0, 0.0], [0.0, 1.0]]}, steps=60, dtype="float64")


def collect(sweep):
    parts = {}
    for index, batch in sweep:
        parts.setdefault(index, []).append(batch)
    return {i: np.concatenate(p) for i, p in parts.items()}


def assert_same_as_single_runs(sweep, specs, rtol):
    records = collect(sweep)
    for i, spec in enumerate(specs):
        result, expected = run_to_end(spec)
        got = records.get(i, expected[:0])
        assert got.dtype == expected.dtype and len(got) == len(expected), (sweep.labels[i], result)
        for name in expected.dtype.names:
            np.testing.assert_allclose(got[name], expected[name], rtol=rtol, atol=1e-12, err_msg=name)
        mine = sweep.results[i]
        assert (mine.status, mine.steps, mine.diverged_at) == (result.status, result.steps, result.diverged_at)
        assert mine.reason == result.reason
        for key, value in result.final.items():
            np.testing.assert_allclose(mine.final[key], value, rtol=rtol, atol=1e-12)


@pytest.mark.parametrize("optimizer, hyper", [
    ("gd", {}), ("sign", {}), ("sgd", {"weight_decay": 0.05}), ("momentum", {"dampening": 0.1}),
    ("nesterov", {"weight_decay": 0.01}), ("rmsprop", {"momentum": 0.5, "centered": True}),
    ("adam", {"amsgrad": True, "weight_decay": 0.1}), ("adamw", {"weight_decay": 0.2}), ("adagrad", {}),
])
@pytest.mark.parametrize("problem", [LINEAR, TENSOR], ids=["scalars", "tensor"])
def test_batched_lrs_match_single_runs(optimizer, hyper, problem):
    lrs = [0.001, 0.02, 0.06]  # the largest diverges with plain gd on the linear problem
    spec = RunSpec(**problem, optimizer=optimizer, hyper=hyper)
    sweep = Sweep(spec, lrs=lrs)
    assert sweep.batched and sweep.labels == ("lr=0.001", "lr=0.02", "lr=0.06")
    specs = [RunSpec(**problem, optimizer=optimizer, hyper={**hyper, "lr": lr}) for lr in lrs]
    assert_same_as_single_runs(sweep, specs, rtol=1e-9)


def test_a_diverged_run_stops_while_the_others_go_on():
    sweep = Sweep(RunSpec(**LINEAR), lrs=[0.01, 0.06])
    records = collect(sweep)
    assert [r.status for r in sweep.results] == ["finished", "diverged"]
    assert len(records[0]) == 60 and len(records[1]) == sweep.results[1].diverged_at < 60


def test_lesson_l3_6_float32_sweep():
    spec = RunSpec("(beta/2 - 1)**2", init={"beta": -10.0}, steps=100)
    sweep = Sweep(spec, lrs=[0.01 / 6, 0.1, 1.0])
    collect(sweep)
    assert f"{sweep.results[0].final['beta']:.6f}" == "-9.040152"
    single = run_to_end(RunSpec("(beta/2 - 1)**2", init={"beta": -10.0}, steps=100, hyper={"lr": 0.1}))[0]
    assert sweep.results[1].final["beta"] == pytest.approx(single.final["beta"], rel=1e-6)


def test_per_run_tolerances():
    spec = RunSpec("x**2", init={"x": 1.0}, steps=1000, grad_tol=1e-3, dtype="float64")
    sweep = Sweep(spec, lrs=[0.1, 0.2])
    records = collect(sweep)
    assert [r.status for r in sweep.results] == ["converged", "converged"]
    # grad 2*(1-2*lr)^k <= 1e-3: k = 35 for lr 0.1, k = 15 for lr 0.2
    assert [r.steps for r in sweep.results] == [35, 15] == [len(records[0]), len(records[1])]


def test_adagrad_with_lr_decay_falls_back_to_single_runs():
    spec = RunSpec(**LINEAR, optimizer="adagrad", hyper={"lr_decay": 0.1})
    sweep = Sweep(spec, lrs=[0.1, 0.5])
    assert not sweep.batched
    specs = [RunSpec(**LINEAR, optimizer="adagrad", hyper={"lr_decay": 0.1, "lr": lr}) for lr in (0.1, 0.5)]
    assert_same_as_single_runs(sweep, specs, rtol=0)


def test_optimizer_comparison_interleaves():
    spec = RunSpec(**{**LINEAR, "steps": 600}, hyper={"lr": 0.01})
    sweep = Sweep(spec, optimizers=["gd", "adam", ("momentum", {"lr": 0.001, "momentum": 0.5})])
    assert sweep.labels == ("gd", "adam", "momentum (lr=0.001, momentum=0.5)")
    assert sweep.lrs == [0.01, 0.01, 0.001]
    sweep.batch_size = 100
    order = [index for index, _ in sweep]
    assert order[:6] == [0, 1, 2, 0, 1, 2]
    assert [r.status for r in sweep.results] == ["finished"] * 3
    adam = run_to_end(RunSpec(**{**LINEAR, "steps": 600}, optimizer="adam", hyper={"lr": 0.01}))[0]
    assert sweep.results[1].final == adam.final


def test_cancel_stops_every_run():
    sweep = Sweep(RunSpec("x**2", init={"x": 1.0}, steps=1_000_000, hyper={"lr": 1e-9}), lrs=[1e-9, 2e-9])
    sweep.batch_size = 10
    seen = 0
    for _, batch in sweep:
        seen += len(batch)
        sweep.cancel()
    assert [r.status for r in sweep.results] == ["stopped", "stopped"]
    assert all(r.steps == 10 for r in sweep.results) and seen == 20


def test_sweep_errors():
    spec = RunSpec("x**2", init={"x": 1.0})
    with pytest.raises(ValueError, match="either"):
        Sweep(spec)
    with pytest.raises(ValueError, match="either"):
        Sweep(spec, lrs=[0.1], optimizers=["gd"])
    with pytest.raises(ValueError, match=f"at most {limits.MAX_SWEEP_RUNS}"):
        Sweep(spec, lrs=[0.1] * (limits.MAX_SWEEP_RUNS + 1))
    with pytest.raises(ValueError, match="outside its range"):
        Sweep(spec, lrs=[0.1, -1.0])
    with pytest.raises(ValueError, match="unknown optimizer `adamm`"):
        Sweep(spec, optimizers=["adam", "adamm"])
