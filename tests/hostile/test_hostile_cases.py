"""Every registered hostile case as one test, run in per-surface child processes (harness.py)."""

from __future__ import annotations

import pytest

from tests.hostile.harness import CASE_CPU_SECONDS, MODULES, PEAK_LIMIT_BYTES, cases, collect, start_module

ALL = [(module, name) for module in MODULES for name in cases(module)]


@pytest.fixture(scope="session")
def outcomes():
    """All modules' children started together, then collected (two cores share them)."""
    processes = {module: start_module(module) for module in MODULES}
    return {module: collect(process) for module, process in processes.items()}


def test_the_suite_is_large_enough():
    assert len(ALL) >= 150, len(ALL)


@pytest.mark.parametrize(("module", "name"), ALL, ids=[f"{m.removeprefix('cases_')}-{n}" for m, n in ALL])
def test_case(outcomes, module, name):
    results, stderr = outcomes[module]
    assert name in results, f"the {module} child did not report {name}:\n{stderr}"
    result = results[name]
    assert result["error"] is None, result["error"]
    assert result["cpu_seconds"] < CASE_CPU_SECONDS, (  # CPU, not wall time: the machine is shared
        f"{name} took {result['cpu_seconds']:.1f} s of CPU ({result['seconds']:.1f} s)")
    assert result["peak"] < PEAK_LIMIT_BYTES, f"peak memory {result['peak'] / 2**30:.2f} GB after {name}"
