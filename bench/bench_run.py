"""Streaming speed of one scalar run against a bare PyTorch loop (a benchmark, not a test).

Usage: .venv/bin/python bench/bench_run.py [steps]   (default 100000)
Runs `(b/2 - 1)**2` with plain gradient descent through core.runs.Run (parsing, records, stop
rules, divergence checks) and the same loss hand-written in torch with torch.optim.SGD, in the
same process, and prints steps per second for both and their ratio. CPU seconds are steadier than
wall seconds on a shared machine, so both are shown.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch

from desktop_app.core.runs import Run, RunSpec

LR = 0.01 / 6


def timed(work) -> tuple[float, float, object]:
    cpu, wall = time.process_time(), time.perf_counter()
    value = work()
    return time.process_time() - cpu, time.perf_counter() - wall, value


def app_run(steps: int) -> float:
    run = Run(RunSpec("(b/2 - 1)**2", init={"b": -10.0}, hyper={"lr": LR}, steps=steps))
    sum(len(batch) for batch in run)
    return run.result.final["b"]


def bare_loop(steps: int) -> float:
    b = torch.tensor(-10.0, requires_grad=True)
    optimizer = torch.optim.SGD([b], lr=LR)
    for _ in range(steps):
        optimizer.zero_grad()
        loss = (b / 2 - 1) ** 2
        loss.backward()
        optimizer.step()
    return b.item()


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app_cpu, app_wall, app_b = timed(lambda: app_run(steps))
    bare_cpu, bare_wall, bare_b = timed(lambda: bare_loop(steps))
    print(f"{steps:,} steps of (b/2 - 1)**2, gd lr={LR:.6g}: final b app {app_b:.6f}, bare {bare_b:.6f}")
    print(f"app : {steps / app_wall:9,.0f} steps/s wall, {steps / app_cpu:9,.0f} per CPU second")
    print(f"bare: {steps / bare_wall:9,.0f} steps/s wall, {steps / bare_cpu:9,.0f} per CPU second")
    print(f"ratio app/bare speed: {bare_cpu / app_cpu:.2f} (CPU time), {bare_wall / app_wall:.2f} (wall)")


if __name__ == "__main__":
    main()
