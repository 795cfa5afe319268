"""How fast Gradient Lab's window appears under a real X server: process start -> window shown,
and -> ready to run (torch loaded, Run enabled), against a bare PySide6 window in the same run.

Launches `python -m desktop_app` (exactly what a double click runs) several times with
GRADIENT_LAB_STARTUP_PROBE=1, which makes the app print when its window's first frame was painted
and when torch had loaded (Run enabled), then quit; a bare QMainWindow script is launched the
same way as the baseline (marked after its first paint too). Runs under Xvfb (started here, one
server for all launches) when Xvfb is installed, else with the current QT_QPA_PLATFORM
(offscreen by default). Prints the medians and the ratio to the bare window.
Target: the window median at most 0.5 s, and neither torch nor pyqtgraph imported before the
window shows (the first frame is the window's shell and the start page).

    .venv/bin/python bench/bench_startup.py [--runs 5] [--no-xvfb]

Xvfb: `sudo apt-get install xvfb` (Debian, Ubuntu), `sudo dnf install xorg-x11-server-Xvfb`
(Fedora), `sudo pacman -S xorg-server-xvfb` (Arch). On a loaded machine the times grow with the
load; the CPU seconds each process had used when its window showed are printed too (they hardly
depend on the load and bound the wait on a quiet machine), and the ratio to the bare window.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

TARGET_SHOWN_S = 0.5
BARE_WINDOW = """\
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.removeEventFilter(self) is None:
            QTimer.singleShot(0, shown)
        return False
def shown():
    print(f"gradient-lab shown {time.time():.6f} cpu={time.process_time():.6f}", flush=True)
    app.quit()
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1600, 900)
painted = FirstPaint()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def launch_once(command: list[str], env: dict[str, str]) -> dict[str, float | bool]:
    """Seconds from process start to each mark the program printed (and the CPU seconds the process
    had used by then, `<mark>_cpu`); torch_early if torch was imported before the window showed."""
    started = time.time()
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    marks: dict[str, float | bool] = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "gradient-lab":
            marks[parts[1]] = float(parts[2]) - started
            marks.update({f"{parts[1]}_cpu": float(p[4:]) for p in parts[3:] if p.startswith("cpu=")})
            if parts[1] == "shown":
                marks["torch_early"] = "torch=loaded" in parts[3:]
                marks["pyqtgraph_early"] = "pyqtgraph=loaded" in parts[3:]
    if "shown" not in marks:
        raise SystemExit(f"{command[-1]!r} did not report its start (exit {proc.returncode}):\n"
                         f"{proc.stdout}\n{proc.stderr}")
    return marks


@contextlib.contextmanager
def x_server(use_xvfb: bool) -> Iterator[dict[str, str]]:
    """Environment overrides for the launches: a private Xvfb display, or nothing."""
    xvfb = shutil.which("Xvfb")
    if not use_xvfb or xvfb is None:
        if use_xvfb:
            print("Xvfb is not installed (sudo apt-get install xvfb): measuring with QT_QPA_PLATFORM instead",
                  file=sys.stderr)
        yield {}
        return
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise SystemExit("Xvfb did not start")
        yield {"DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(10)


def median_text(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-xvfb", action="store_true", help="use the current display or QT_QPA_PLATFORM")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, x_server(not args.no_xvfb) as display:
        env = dict(os.environ, GRADIENT_LAB_STARTUP_PROBE="1", **display)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = home  # fresh settings: no last session to restore, the start page first
        app = [sys.executable, "-m", "desktop_app"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        launch_once(app, env)  # warm the OS file cache once; not counted
        launch_once(bare, env)
        apps, bares = [], []
        for _ in range(args.runs):  # interleaved, so both see the same load on a shared machine
            apps.append(launch_once(app, env))
            bares.append(launch_once(bare, env))
    shown = [float(m["shown"]) for m in apps]
    ready = [float(m["ready"]) for m in apps if "ready" in m]
    bare_shown = [float(m["shown"]) for m in bares]
    cpu, bare_cpu = [float(m["shown_cpu"]) for m in apps], [float(m["shown_cpu"]) for m in bares]
    early = any(m["torch_early"] for m in apps)
    plots_early = any(m["pyqtgraph_early"] for m in apps)
    where = "Xvfb" if display else f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}"
    print(f"launches: {args.runs} each, interleaved (python -m desktop_app and a bare QMainWindow), under {where}")
    print(f"bare PySide6 window shown:      {median_text(bare_shown)}")
    print(f"Gradient Lab window shown:      {median_text(shown)}; target <= {TARGET_SHOWN_S} s; "
          f"{statistics.median(shown) / statistics.median(bare_shown):.1f}x the bare window")
    if ready:
        print(f"Gradient Lab ready to run:      {median_text(ready)}")
    print(f"CPU used until shown (what a quiet machine waits): Gradient Lab {median_text(cpu)}, "
          f"bare window {median_text(bare_cpu)}")
    print(f"imported before the window showed: torch {early}, pyqtgraph {plots_early}")
    return 0 if statistics.median(shown) <= TARGET_SHOWN_S and not early and not plots_early else 1


if __name__ == "__main__":
    sys.exit(main())
