"""Cost of a batched 32-learning-rate sweep relative to one run (a benchmark, not a test).

Usage: .venv/bin/python bench/bench_sweep.py [steps]   (default 5000)
For gradient descent and Adam on the lessons' scalar loss and on L1.3's regression: the time of
one run and of 32 learning rates side by side (core.sweeps, batched), records on, best of three
alternating runs in one process. Target: 32 learning rates <= 1.5x one run.
"""

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch

from desktop_app.core.runs import Run, RunSpec
from desktop_app.core.sweeps import Sweep


def best(work, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def one(spec: RunSpec) -> None:
    for _ in Run(spec):
        pass


def many(spec: RunSpec, lrs: list[float]) -> None:
    sweep = Sweep(spec, lrs=lrs)
    assert sweep.batched
    for _ in sweep:
        pass


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    torch.set_num_threads(1)
    x = np.arange(1.0, 11.0)
    scalar = "(beta/2 - 1)**2"
    regression = ("mean((w*x + b - y)**2)", {"w": 4.0, "b": 1.0}, {"x": x, "y": 10 * x + 13})
    problems = {
        f"{scalar}, gd": RunSpec(scalar, init={"beta": -10.0}, steps=steps),
        f"{scalar}, adam": RunSpec(scalar, init={"beta": -10.0}, optimizer="adam", steps=steps),
        "L1.3 regression, gd": RunSpec(regression[0], init=regression[1], data=regression[2], steps=steps),
        "L1.3 regression, adam": RunSpec(regression[0], init=regression[1], data=regression[2],
                                         optimizer="adam", steps=steps),
    }
    lrs = list(np.geomspace(1e-4, 0.1, 32))
    for label, spec in problems.items():
        one(spec), many(spec, lrs)  # warm up
        single = best(lambda spec=spec: one(spec))
        sweep = best(lambda spec=spec: many(spec, lrs))
        print(f"{label:28s} ({steps} steps): 1 run {steps / single:8,.0f} steps/s, 32 lrs {steps / sweep:8,.0f} "
              f"steps/s ({32 * steps / sweep:9,.0f} run-steps/s); cost 32 lrs / 1 run = {sweep / single:.2f}")


if __name__ == "__main__":
    main()
