"""Run-engine speed against bare PyTorch loops, measured side by side (a benchmark, not a test).

Usage: .venv/bin/python bench/bench_run.py [steps]   (default 20000)

Each case runs through core.runs.Run (records on: every batch is produced and kept) and as the
loop a student writes by hand with torch.optim, in the same process, alternating and keeping
the best of three so that a noisy shared machine disturbs both alike. The engine's time
includes preparing the run (parsing, checking, compiling). Target: engine >= 0.8x the bare loop.
"""

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch

from desktop_app.core.runs import Run, RunSpec

X = np.arange(1.0, 11.0)
TARGET = np.linspace(-1.0, 1.0, 1000)


def engine(spec: RunSpec) -> float:
    run = Run(spec)
    kept = [batch for batch in run]
    assert sum(len(b) for b in kept) == spec.steps
    return float(run.result.final["loss"])


def bare(loss, params: list[torch.Tensor], optimizer: torch.optim.Optimizer, steps: int) -> float:
    for _ in range(steps):
        optimizer.zero_grad()
        value = loss(*params)
        value.backward()
        optimizer.step()
    return float(loss(*params).detach())


def cases(steps: int) -> dict:
    def scalar(opt):
        def loop():
            b = torch.tensor(-10.0, requires_grad=True)
            optimizer = opt([b])
            return bare(lambda b: (b / 2 - 1) ** 2, [b], optimizer, steps)
        return loop

    def regression():
        w, b = torch.tensor(4.0, requires_grad=True), torch.tensor(1.0, requires_grad=True)
        x, y = torch.tensor(X, dtype=torch.float32), torch.tensor(10 * X + 13, dtype=torch.float32)
        return bare(lambda w, b: torch.mean((w * x + b - y) ** 2), [w, b],
                    torch.optim.SGD([w, b], lr=0.01), steps)

    def thousand():
        v = torch.zeros(1000, requires_grad=True)
        t = torch.tensor(TARGET, dtype=torch.float32)
        return bare(lambda v: torch.sum((v - t) ** 2), [v], torch.optim.SGD([v], lr=0.01), steps // 4)

    lr = 0.01 / 6
    return {
        "(beta/2 - 1)**2, gd": (
            RunSpec("(beta/2 - 1)**2", init={"beta": -10.0}, hyper={"lr": lr}, steps=steps),
            scalar(lambda p: torch.optim.SGD(p, lr=lr))),
        "(beta/2 - 1)**2, adam": (
            RunSpec("(beta/2 - 1)**2", init={"beta": -10.0}, optimizer="adam", hyper={"lr": 0.01},
                    steps=steps),
            scalar(lambda p: torch.optim.Adam(p, lr=0.01))),
        "L1.3 regression, sgd": (
            RunSpec("mean((w*x + b - y)**2)", init={"w": 4.0, "b": 1.0},
                    data={"x": X, "y": 10 * X + 13}, optimizer="sgd", hyper={"lr": 0.01}, steps=steps),
            regression),
        "1,000-element sum((v - t)**2), gd": (
            RunSpec("sum((v - t)**2)", init={"v": np.zeros(1000)}, data={"t": TARGET},
                    hyper={"lr": 0.01}, steps=steps // 4),
            thousand),
    }


def best(work, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    torch.set_num_threads(1)
    all_cases = cases(steps)
    print(f"steps per case: {steps:,} (1,000-element case: {steps // 4:,}); best of 3, alternating")
    for label, (spec, loop) in all_cases.items():
        engine(spec), loop()  # warm up both
        app = best(lambda spec=spec: engine(spec))
        hand = best(loop)
        print(f"{label:38s} engine {spec.steps / app:9,.0f} steps/s   bare {spec.steps / hand:9,.0f} steps/s"
              f"   ratio engine/bare {hand / app:.2f}")


if __name__ == "__main__":
    main()
