"""Streaming speed of one scalar run: (b/2 - 1)**2, plain gradient descent (a benchmark, not a test).

Usage: .venv/bin/python bench/bench_run.py [steps]   (default 100000)
Prints steps per wall second and per CPU second (the latter is steadier on a shared machine).
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.runs import Run, RunSpec  # noqa: E402


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    run = Run(RunSpec("(b/2 - 1)**2", init={"b": -10.0}, hyper={"lr": 0.01 / 6}, steps=steps))
    cpu, wall = time.process_time(), time.perf_counter()
    rows = sum(len(batch) for batch in run)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{rows:,} steps ({run.result.status}, b = {run.result.final['b']:.6f}): "
          f"{rows / wall:,.0f} steps/s wall, {rows / cpu:,.0f} steps per CPU second")


if __name__ == "__main__":
    main()
