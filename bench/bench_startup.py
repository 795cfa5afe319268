"""How fast Gradient Lab's window appears: process start -> window shown, and -> ready to run.

Launches `python -m desktop_app` (exactly what a double click runs) several times with
GRADIENT_LAB_STARTUP_PROBE=1, which makes the app print when its window was first shown and when
torch had loaded (Run enabled), then quit. Prints the medians. Target: shown within 1 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def launch_once(env: dict[str, str]) -> tuple[float, float, bool]:
    """(seconds to shown, seconds to ready, torch imported before the window showed)."""
    started = time.time()
    proc = subprocess.run([sys.executable, "-m", "desktop_app"], env=env, capture_output=True,
                          text=True, timeout=180)
    marks = {}
    torch_early = False
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "gradient-lab":
            marks[parts[1]] = float(parts[2])
            torch_early |= parts[1] == "shown" and "torch=loaded" in parts[3:]
    if "shown" not in marks or "ready" not in marks:
        raise SystemExit(f"the app did not report its start (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return marks["shown"] - started, marks["ready"] - started, torch_early


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, GRADIENT_LAB_STARTUP_PROBE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:  # fresh settings: no last session to restore
        env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = env["XDG_STATE_HOME"] = home
        launch_once(env)  # warm the OS file cache once; not counted
        shown, ready, early = [], [], []
        for _ in range(args.runs):
            s, r, e = launch_once(env)
            shown.append(s)
            ready.append(r)
            early.append(e)
    print(f"launches: {args.runs} (python -m desktop_app, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})")
    print(f"process start -> window shown: median {statistics.median(shown):.3f} s "
          f"(min {min(shown):.3f}, max {max(shown):.3f}); target < 1 s")
    print(f"process start -> ready to run: median {statistics.median(ready):.3f} s "
          f"(min {min(ready):.3f}, max {max(ready):.3f})")
    print(f"torch imported before the window showed: {any(early)}")
    return 0 if statistics.median(shown) < 1.0 and not any(early) else 1


if __name__ == "__main__":
    sys.exit(main())
