"""The hostile-input suite's machinery: cases registered per surface, run in subprocesses.

Why subprocesses: every case must stay under 1.5 GB of peak memory, which only a fresh process
can measure (``resource.getrusage(...).ru_maxrss`` is a high-water mark). Each surface's cases
run one after another in one child process (a few processes in all, started together so two
cores share them); the child prints one JSON line per case with its outcome, its time and the
process's peak memory so far, and pytest turns each line into one test.

A case is a function ``case_<name>(tmp: Path) -> None`` in a ``cases_<surface>.py`` module,
registered with ``@case``; it asserts the one-line error or the bounded result and that nothing
changed. A module may define ``warm_up()`` for imports that should not count as a case's time.
``python -m tests.hostile.harness cases_csv`` runs one module by hand (one JSON line a case).
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
#: The surfaces, one child process each.
MODULES = (
    "cases_csv", "cases_session", "cases_mnist", "cases_weights", "cases_cli", "cases_writer",
    "cases_download", "cases_expression", "cases_figure",
)
PEAK_LIMIT_BYTES = int(1.5 * 2**30)
#: A case using more CPU time than this is a hang, not a bounded refusal. CPU time, not wall
#: time: the machine is shared, and a busy neighbour must not fail a case (cases whose point is
#: a delay, such as Cancel within a second, measure that delay themselves).
CASE_CPU_SECONDS = 30.0
#: A whole module's child process is stopped after this long.
MODULE_SECONDS = 300.0

Case = Callable[[Path], None]
_registry: dict[str, dict[str, Case]] = {}


def case(function: Case) -> Case:
    """Register `function` (named case_<name>) as a case of its module's surface."""
    module = function.__module__.rsplit(".", 1)[-1]
    name = function.__name__.removeprefix("case_")
    assert name not in _registry.setdefault(module, {}), f"two cases named {name} in {module}"
    _registry[module][name] = function
    return function


def cases(module: str) -> dict[str, Case]:
    importlib.import_module(f"tests.hostile.{module}")
    return dict(_registry.get(module, {}))


def one_line(text: str) -> bool:
    """True for a message fit for a status line: one line, not empty, no traceback."""
    return bool(text.strip()) and "\n" not in text.strip() and "Traceback" not in text and len(text) < 600


def _own_peak_bytes() -> int | None:
    """This process's peak resident memory since it started (Linux: /proc's VmHWM).

    Why not ru_maxrss: Linux carries the high-water mark over fork and exec, so a child started
    late in a full test run reported the pytest parent's 1.6 GB as its own peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def peak_bytes() -> int:
    """The peak resident memory of this process and of its waited-for children."""
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    own = _own_peak_bytes()
    if own is None:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    return max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale)


def run_module(module: str) -> None:
    """In the child: run every case of `module`, one JSON line each on stdout."""
    out = sys.stdout
    sys.stdout = sys.stderr  # cases may print; the protocol owns the real stdout
    found = cases(module)
    warm_up = getattr(sys.modules[f"tests.hostile.{module}"], "warm_up", None)
    if warm_up is not None:  # imports (torch...) are not the cases' cost
        warm_up()
    for name, function in found.items():
        folder = Path(tempfile.mkdtemp(prefix=f"hostile-{name}-"))
        start, cpu = time.perf_counter(), time.process_time()
        error = None
        try:
            function(folder)
        except BaseException as failure:  # noqa: BLE001 - a failing case is reported, the rest go on
            error = "".join(traceback.format_exception(failure))[-4000:]
        entry = {"case": name, "error": error, "seconds": time.perf_counter() - start,
                 "cpu_seconds": time.process_time() - cpu, "peak": peak_bytes()}
        shutil.rmtree(folder, ignore_errors=True)
        out.write(json.dumps(entry) + "\n")
        out.flush()


def start_module(module: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "tests.hostile.harness", module], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def collect(process: subprocess.Popen[str]) -> tuple[dict[str, dict], str]:
    """The child's results by case name, and the tail of its stderr."""
    try:
        stdout, stderr = process.communicate(timeout=MODULE_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        stderr += f"\n(stopped after {MODULE_SECONDS:g} s)"
    results = {}
    for line in stdout.splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            results[entry["case"]] = entry
    return results, stderr[-3000:]


if __name__ == "__main__":  # the cases register with the importable module, not with __main__
    importlib.import_module("tests.hostile.harness").run_module(sys.argv[1])
