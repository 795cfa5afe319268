"""A run on a large tensor: `sum(x**2)` with a 1000x1000 `x`, 10 steps, records to CSV.

Usage: .venv/bin/python bench/bench_large.py
Prints the time of the 10 steps in process (preparing, stepping, writing the CSV) and, for the
whole command line in a subprocess, its wall time, the time of `import torch` alone, and the
subprocess's peak memory. Targets: 10 steps in under 3 s, peak memory under 1 GB.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.core.export import CsvWriter  # noqa: E402
from desktop_app.core.runs import Run, RunSpec  # noqa: E402


def in_process(folder: Path) -> float:
    start = time.perf_counter()
    run = Run(RunSpec("sum(x**2)", init={"x": np.ones((1000, 1000))}, steps=10))
    writer = CsvWriter(folder / "in_process.csv", run.columns)
    for batch in run:
        writer.write(batch)
    writer.close()
    return time.perf_counter() - start


def command_line(folder: Path) -> tuple[float, float, float]:
    command = [sys.executable, "-m", "desktop_app", "run", "sum(x**2)", "--init", "x=ones(1000,1000)",
               "--steps", "10", "--csv", str(folder / "cli.csv"), "--json"]
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import torch"], check=True)
    torch_only = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    whole = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return whole, torch_only, peak_mb


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        in_process(folder)  # warm up
        steps = min(in_process(folder) for _ in range(3))
        whole, torch_only, peak = command_line(folder)
        header = (folder / "cli.csv").read_text().splitlines()[0]
    print(f"10 steps of sum(x**2), x 1000x1000, with CSV: {steps:.2f} s in process (target < 3 s)")
    print(f"command line: {whole:.2f} s wall, of which import torch alone takes {torch_only:.2f} s; "
          f"peak memory {peak:.0f} MB (target < 1024 MB)")
    print(f"CSV header: {header}")


if __name__ == "__main__":
    main()
