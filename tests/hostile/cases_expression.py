"""Expressions through the command line (`grad`, `run`): refused in one line before any work.

The expression engine's own bounds are core.limits' (owned with core.expression); these cases
hold for the engine as it is and guard the command-line surface: exit status 1 or 2, one line,
small memory, no time spent."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core import limits
from tests.hostile.cases_cli import cli
from tests.hostile.harness import case, one_line


def _refused(pattern: str, *argv: str) -> str:
    import re

    code, out, err = cli(*argv, "--json")
    assert code in (1, 2), (code, out, err)
    assert one_line(err) and err.startswith("error: "), err
    assert re.search(pattern, err), f"{pattern!r} not in {err!r}"
    assert json.loads(out)["error"]
    return err



def warm_up() -> None:
    import torch  # noqa: F401 - the first import of torch takes seconds on a busy machine

    from desktop_app.core import runs  # noqa: F401

@case
def case_tower_of_powers(tmp: Path) -> None:
    _refused("power|exponent", "grad", "9**9**9", "--at", "x=1")


@case
def case_code_execution(tmp: Path) -> None:
    _refused("not allowed|not a known", "grad", "__import__('os').system('echo hacked')", "--at", "x=1")


@case
def case_eval_call(tmp: Path) -> None:
    _refused("not a known function", "grad", "eval('1') + x", "--at", "x=1")


@case
def case_expression_too_long(tmp: Path) -> None:
    _refused("too long|characters", "grad", "x+" * limits.MAX_EXPRESSION_CHARS + "x", "--at", "x=1")


@case
def case_nesting_too_deep(tmp: Path) -> None:
    depth = limits.MAX_EXPRESSION_DEPTH + 50
    _refused("deep|nest", "grad", "sin(" * depth + "x" + ")" * depth, "--at", "x=1")


@case
def case_too_many_lines(tmp: Path) -> None:
    program = "\n".join(f"a{i} = x" for i in range(limits.MAX_EXPRESSION_LINES + 5)) + "\nx"
    _refused("lines", "grad", program, "--at", "x=1")


@case
def case_huge_literal(tmp: Path) -> None:
    _refused("too large|magnitude|literal", "grad", "x * 1e200", "--at", "x=1")


@case
def case_ten_million_ones(tmp: Path) -> None:
    _refused("elements|too large|at most", "grad", "sum(x)", "--at", "x=ones(10000000)")


@case
def case_giant_matrix_product(tmp: Path) -> None:
    _refused("too many multiplications", "grad", "sum(a @ a @ a @ a @ a @ a)", "--at", "a=ones(1000,1000)")


@case
def case_value_text_with_code(tmp: Path) -> None:
    _refused("value|not", "grad", "x**2", "--at", "x=__import__('os')")


@case
def case_run_steps_huge(tmp: Path) -> None:
    _refused("steps", "run", "x**2", "--init", "x=1", "--steps", str(10**30))


@case
def case_unknown_name(tmp: Path) -> None:
    _refused("`y`", "grad", "x**2 + y", "--at", "x=1")
