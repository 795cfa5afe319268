"""Cost of a batched 32-learning-rate sweep relative to one run (a benchmark, not a test).

Usage: .venv/bin/python bench/bench_sweep.py [steps]
Prints steps/s of a single run and of the sweep, and the cost ratio sweep / single run in CPU
time (process_time, less disturbed by other processes on a shared machine) and in wall time.
"""

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.runs import Run, RunSpec
from desktop_app.core.sweeps import Sweep


def timed(iterable) -> tuple[float, float]:
    """(CPU seconds, wall seconds) to exhaust ``iterable``."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in iterable:
        pass
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    x = np.arange(1.0, 11.0)
    problems = {
        "(b/2-1)**2": RunSpec("(b/2 - 1)**2", init={"b": -10.0}, steps=steps),
        "L1.3 linear regression": RunSpec("mean((w*x + b - y)**2)", init={"w": 4.0, "b": 1.0},
                                          data={"x": x, "y": 10 * x + 13}, optimizer="adam", steps=steps),
    }
    lrs = list(np.geomspace(1e-4, 0.1, 32))
    for label, spec in problems.items():
        single_cpu, single_wall = timed(Run(spec))
        sweep = Sweep(spec, lrs=lrs)
        assert sweep.batched
        many_cpu, many_wall = timed(sweep)
        print(f"{label} ({spec.optimizer}, {steps} steps): 1 run {steps / single_cpu:,.0f} steps/s, "
              f"32 lrs {steps / many_cpu:,.0f} steps/s ({32 * steps / many_cpu:,.0f} run-steps/s) per CPU second; "
              f"cost ratio 32 lrs / 1 run = {many_cpu / single_cpu:.2f} (CPU time), "
              f"{many_wall / single_wall:.2f} (wall time)")


if __name__ == "__main__":
    main()
