"""The run engine: lesson numbers, records, stop rules, divergence, cancel and live lr."""

import threading

import numpy as np
import pytest
import torch

from desktop_app.core.devices import DeviceError
from desktop_app.core.expression import ExpressionError
from desktop_app.core.runs import Run, RunSpec, run_to_end

X = np.arange(1.0, 11.0)
L13 = RunSpec("mean((w*x + b - y)**2)", init={"w": 4.0, "b": 1.0}, data={"x": X, "y": 10 * X + 13},
              optimizer="gd", hyper={"lr": 0.01}, steps=501)


def test_lesson_l1_3_linear_regression():
    result, rec = run_to_end(L13)
    assert result.status == "finished" and result.steps == 501 and len(rec) == 501
    assert rec.dtype.names == ("step", "loss", "w", "b", "grad_w", "grad_b", "grad_norm", "lr")
    # the lesson prints w, b after step k's update (row k+1) and the loss before it (row k)
    assert f"{rec['w'][1]:.4f} {rec['b'][1]:.1f} {rec['loss'][0]:.6f}" == "9.9400 1.9 2322.000000"
    assert f"{result.final['w']:.4f} {result.final['b']:.2f} {rec['loss'][500]:.6f}" == "10.1903 11.67 0.379532"
    assert np.array_equal(rec["step"], np.arange(501))
    assert np.all(rec["lr"] == 0.01)
    assert isinstance(result.final["w"], float)


@pytest.mark.parametrize("steps, expected", [(1, "-9.990000"), (100, "-9.040152"),
                                             pytest.param(10000, "1.997125", marks=pytest.mark.slow)])
def test_lesson_l3_6_gradient_descent(steps, expected):
    spec = RunSpec("(beta/2 - 1)**2", init={"beta": -10.0}, hyper={"lr": 0.01 / 6}, steps=steps)
    result, rec = run_to_end(spec, keep=steps == 1)
    assert f"{result.final['beta']:.6f}" == expected
    if steps == 1:
        assert rec["grad_beta"][0] == -6.0


def test_lesson_l1_2_abs_stays_at_minimum():
    result, rec = run_to_end(RunSpec("abs(2*x - 8)", init={"x": 10.0}, hyper={"lr": 1}, steps=4))
    assert rec["x"].tolist() == [10.0, 8.0, 6.0, 4.0]
    assert result.final == {"x": 4.0, "loss": 0.0}


def test_gd_equals_manual_loop_tensor_float64():
    target = np.array([[1.0, -2.0], [0.5, 3.0]])
    spec = RunSpec("sum((x - t)**4) + mean(x**2)", init={"x": np.zeros((2, 2))}, data={"t": target},
                   hyper={"lr": 0.05}, steps=30, dtype="float64")
    result, rec = run_to_end(spec)
    x = torch.zeros(2, 2, dtype=torch.float64, requires_grad=True)
    t = torch.tensor(target)
    for k in range(30):
        loss = ((x - t) ** 4).sum() + (x ** 2).mean()
        (g,) = torch.autograd.grad(loss, [x])
        assert rec["loss"][k] == loss.item()
        assert rec["x[1,0]"][k] == x[1, 0].item() and rec["grad_x[0,1]"][k] == g[0, 1].item()
        assert rec["grad_norm"][k] == pytest.approx(g.norm().item(), rel=1e-12)
        with torch.no_grad():
            x -= 0.05 * g
    assert result.final["x"] == x.detach().tolist()


def test_adam_records_match_torch_and_state_columns():
    spec = RunSpec("sum((x - 3)**2)", init={"x": [1.0, -1.0]}, optimizer="adam",
                   hyper={"lr": 0.1, "beta1": 0.8}, steps=12, dtype="float64")
    result, rec = run_to_end(spec)
    assert rec.dtype.names[-4:] == ("m_x[0]", "m_x[1]", "v_x[0]", "v_x[1]")
    x = torch.tensor([1.0, -1.0], dtype=torch.float64, requires_grad=True)
    opt = torch.optim.Adam([x], lr=0.1, betas=(0.8, 0.999))
    for k in range(12):
        opt.zero_grad()
        ((x - 3) ** 2).sum().backward()
        opt.step()
        assert rec["m_x[1]"][k] == opt.state[x]["exp_avg"][1].item()
        assert rec["v_x[0]"][k] == opt.state[x]["exp_avg_sq"][0].item()
    assert result.final["x"] == x.detach().tolist()


def test_non_scalar_loss_is_summed_and_untrained_held_fixed():
    spec = RunSpec("(w*x - y)**2", init={"w": 0.0, "c": 5.0}, data={"x": [1.0, 2.0], "y": [2.0, 4.0]},
                   trained=["w"], hyper={"lr": 0.01}, steps=3, dtype="float64")
    result, rec = run_to_end(spec)
    assert rec.dtype.names == ("step", "loss", "w", "grad_w", "grad_norm", "lr")
    assert rec["loss"][0] == 20.0 and rec["grad_w"][0] == -20.0
    assert result.final["c"] == 5.0


def test_batches_respect_batch_size():
    run = Run(RunSpec("x**2", init={"x": 1.0}, hyper={"lr": 0.1}, steps=20))
    run.batch_size = 7
    run.flush_seconds = 1e9
    sizes = [len(b) for b in run]
    assert sizes == [7, 7, 6]
    assert run.result.steps == 20
    with pytest.raises(RuntimeError, match="only once"):
        iter(run)


def test_divergence_by_explosion_keeps_records():
    result, rec = run_to_end(RunSpec("x**2", init={"x": 1.0}, hyper={"lr": 1.5}, steps=100))
    # x_k = (-2)^k, loss 4^k exceeds 1e12 × 1 at k = 20
    assert result.status == "diverged" and result.diverged_at == 20 and result.steps == 20
    assert len(rec) == 20 and rec["step"][-1] == 19
    assert "step 20" in result.reason and "learning rate is probably too large" in result.reason
    assert result.final["x"] == (-2.0) ** 20


def test_divergence_to_infinity_float32():
    # loss 1e12 at the start, so the explosion bound is 1e24; x^4 overflows float32 at step 1
    result, rec = run_to_end(RunSpec("x**4", init={"x": 1000.0}, hyper={"lr": 10.0}, steps=10))
    assert result.status == "diverged" and result.diverged_at == 1
    assert "the loss became infinite at step 1" in result.reason
    assert len(rec) == 1 and rec["loss"][0] == np.float32(1e12)
    assert result.final["loss"] == float("inf")


def test_nan_at_start_values():
    result, rec = run_to_end(RunSpec("log(x - 2)", init={"x": 1.0}, steps=10))
    assert result.status == "diverged" and result.diverged_at == 0 and len(rec) == 0
    assert "NaN" in result.reason and "start values" in result.reason


def test_grad_tolerance():
    result, rec = run_to_end(RunSpec("x**2", init={"x": 1.0}, hyper={"lr": 0.1}, steps=1000,
                                     grad_tol=1e-3, dtype="float64"))
    # grad = 2 * 0.8^k <= 1e-3 first at k = 35
    assert result.status == "converged" and result.steps == 35 and len(rec) == 35
    assert "gradient norm" in result.reason and "grad_tol 0.001" in result.reason
    assert result.final["x"] == pytest.approx(0.8 ** 35)


def test_loss_tolerance():
    result, rec = run_to_end(RunSpec("x**2", init={"x": 1.0}, hyper={"lr": 0.1}, steps=1000,
                                     loss_tol=1e-6, dtype="float64"))
    changes = np.abs(np.diff(rec["loss"]))
    assert result.status == "converged" and "loss changed" in result.reason
    assert np.all(changes > 1e-6)
    assert abs(result.final["loss"] - rec["loss"][-1]) <= 1e-6


def test_time_limit():
    result, rec = run_to_end(RunSpec("x**2", init={"x": 1.0}, hyper={"lr": 1e-9}, steps=10_000_000,
                                     time_limit=0.2), keep=False)
    assert len(rec) == 0 and rec.dtype.names[:2] == ("step", "loss")
    assert result.status == "stopped" and result.reason == "time limit of 0.2 s reached"
    assert 0 < result.steps < 10_000_000


def test_cancel_between_batches_from_another_thread():
    run = Run(RunSpec("x**2", init={"x": 1.0}, hyper={"lr": 0.01}, steps=1000))
    run.batch_size = 1
    rows = 0
    for batch in run:
        rows += len(batch)
        if rows == 10:
            canceller = threading.Thread(target=run.cancel)
            canceller.start()
            canceller.join()
    assert run.result.status == "stopped" and run.result.reason == "stopped by the user"
    assert run.result.steps == 10 == rows


def test_cancel_while_running_in_a_worker_thread():
    run = Run(RunSpec("x**2", init={"x": 1.0}, hyper={"lr": 1e-9}, steps=10_000_000))
    run.batch_size = 16
    started = threading.Event()
    seen = []

    def consume():
        for batch in run:
            seen.append(len(batch))
            started.set()

    worker = threading.Thread(target=consume)
    worker.start()
    assert started.wait(60)
    run.cancel()
    worker.join(60)
    assert not worker.is_alive()
    assert run.result.status == "stopped" and run.result.steps == sum(seen) < 10_000_000


def test_set_lr_from_next_step():
    run = Run(RunSpec("x**2", init={"x": 1.0}, hyper={"lr": 0.1}, steps=6, dtype="float64"))
    run.batch_size = 1
    rows = []
    for batch in run:
        rows.append(batch)
        if len(rows) == 3:
            run.set_lr(0.25)
    rec = np.concatenate(rows)
    assert rec["lr"].tolist() == [0.1, 0.1, 0.1, 0.25, 0.25, 0.25]
    assert rec["x"][3] == pytest.approx(0.8 ** 3) and rec["x"][4] == pytest.approx(0.8 ** 3 * 0.5)
    with pytest.raises(ValueError, match="outside its range"):
        run.set_lr(-1)


@pytest.mark.parametrize("changes, error, message", [
    (dict(expression="(bata/2 - 1)**2"), ExpressionError, "did you mean `beta`"),
    (dict(init={"beta": float("nan")}), ValueError, "inf or NaN"),
    (dict(steps=0), ValueError, "steps must be between 1"),
    (dict(steps=10**9), ValueError, "steps must be between 1"),
    (dict(optimizer="adamm"), ValueError, "unknown optimizer `adamm`"),
    (dict(hyper={"rho": 0.9}), ValueError, "no hyper-parameter `rho`"),
    (dict(trained=["gamma"]), ValueError, "cannot train `gamma`"),
    (dict(data={"beta": 1.0}), ValueError, "both a parameter and data"),
    (dict(init={"beta": "four"}), ValueError, "not a number"),
    (dict(grad_tol=-1.0), ValueError, "grad_tol"),
    (dict(time_limit=0), ValueError, "time_limit"),
    (dict(dtype="float16"), DeviceError, "float16"),
    (dict(expression="beta + grad_beta", init={"beta": 1.0, "grad_beta": 2.0}), ValueError, "twice"),
    (dict(init={"lr": 1.0}, expression="lr**2"), ValueError, "record column name"),
    (dict(expression="sum(beta * ones)", data={"ones": [1.0, 2.0]}, init={"beta": [1.0, 2.0, 3.0]}),
     ValueError, "shape"),
])
def test_validation_errors(changes, error, message):
    fields = dict(expression="(beta/2 - 1)**2", init={"beta": -10.0}, steps=10)
    fields.update(changes)
    with pytest.raises(error, match=message):
        Run(RunSpec(**fields))


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the no-CUDA message")
def test_cuda_without_cuda():
    with pytest.raises(DeviceError, match="cuda"):
        Run(RunSpec("x**2", init={"x": 1.0}, device="cuda"))
    assert run_to_end(RunSpec("x**2", init={"x": 1.0}, device="auto", steps=2))[0].status == "finished"


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_cuda_run_matches_cpu():
    cpu_result, cpu_rec = run_to_end(L13)
    gpu_result, gpu_rec = run_to_end(RunSpec(**{**L13.__dict__, "device": "cuda"}))
    assert gpu_result.status == "finished"
    np.testing.assert_allclose(gpu_rec["loss"], cpu_rec["loss"], rtol=1e-5)
    assert gpu_result.final["w"] == pytest.approx(cpu_result.final["w"], rel=1e-5)
