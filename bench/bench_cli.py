"""How much a 1-step command-line run costs beyond `import torch` (a benchmark, not a test).

Usage: .venv/bin/python bench/bench_cli.py [--runs 7]
Times, alternating, `python -c "import torch"` and
`python -m desktop_app run '(beta/2 - 1)**2' --init beta=-10 --steps 1 --json`, and prints the
medians and their difference. Target: at most 0.3 s more than importing torch (the command line
imports only what a command needs: no torch._dynamo, sympy only for --symbolic).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMMANDS = {
    "import torch": [sys.executable, "-c", "import torch"],
    "1-step run": [sys.executable, "-m", "desktop_app", "run", "(beta/2 - 1)**2", "--init", "beta=-10",
                   "--steps", "1", "--json"],
    "grad": [sys.executable, "-m", "desktop_app", "grad", "x**3", "--at", "x=4", "--json"],
}


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for command in COMMANDS.values():
        timed(command)  # warm the file cache
    times: dict[str, list[float]] = {label: [] for label in COMMANDS}
    for _ in range(args.runs):
        for label, command in COMMANDS.items():
            times[label].append(timed(command))
    base = statistics.median(times["import torch"])
    for label, values in times.items():
        median = statistics.median(values)
        print(f"{label:14s} median {median:.3f} s  (+{median - base:.3f} s over import torch)")
    extra = statistics.median(times["1-step run"]) - base
    return 0 if extra <= 0.3 else 1


if __name__ == "__main__":
    sys.exit(main())
