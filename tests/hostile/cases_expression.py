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


# --- more hostile expressions: each refused in one line, or a bounded result, quickly ---------------

def _bounded(*argv: str, cpu_seconds: float = 10.0) -> dict:
    """A command that must succeed with a bounded result: exit 0, JSON out, bounded CPU time."""
    import time

    start = time.process_time()
    code, out, err = cli(*argv, "--json")
    seconds = time.process_time() - start
    assert code == 0 and not err, (code, err)
    assert seconds < cpu_seconds, f"{seconds:.1f} s of CPU"
    return json.loads(out)


@case
def case_long_name_is_refused_shortly(tmp: Path) -> None:
    err = _refused(r"name too long \(3,000 characters; the limit is 64\)", "grad", "a" * 3000 + " + w", "--at", "w=1")
    assert len(err) < 200, err


@case
def case_long_name_even_when_defined(tmp: Path) -> None:
    name = "b" * 2000
    _refused("name too long", "grad", f"{name}*w", "--at", "w=1", "--data", f"{name}=2")


@case
def case_long_helper_name(tmp: Path) -> None:
    name = "h" * (limits.MAX_NAME_CHARS + 1)
    _refused("name too long", "run", f"{name} = w*w\n{name}", "--init", "w=1", "--steps", "2")


@case
def case_name_at_the_limit_is_fine(tmp: Path) -> None:
    name = "c" * limits.MAX_NAME_CHARS
    result = _bounded("grad", f"{name}*w**2", "--at", "w=3", "--data", f"{name}=2")
    assert result["grad"] == {"w": 12.0}


@case
def case_parentheses_at_the_depth_limit(tmp: Path) -> None:
    depth = limits.MAX_EXPRESSION_DEPTH - 2
    result = _bounded("grad", "(" * depth + "w*w" + ")" * depth, "--at", "w=2")
    assert result["grad"] == {"w": 4.0}


@case
def case_long_sum_chain_is_too_deep(tmp: Path) -> None:
    _refused("nested too deeply|too large", "grad", "+".join(["w"] * 1500), "--at", "w=1")


@case
def case_many_helpers_on_many_lines(tmp: Path) -> None:
    program = "\n".join(f"t{i} = w*{i}" for i in range(150)) + "\n" + "+".join(f"t{i}" for i in range(90))
    assert _bounded("grad", program, "--at", "w=1")["grad"] == {"w": 4005.0}


@case
def case_a_refused_part_is_quoted_on_one_short_line(tmp: Path) -> None:
    err = _refused("not allowed", "grad", "w + (lambda q:\n" + "q" * 500 + ")(1)", "--at", "w=1")
    assert len(err) < 200, err
    err = _refused("power", "grad", "w" + "**w" * 90, "--at", "w=1")
    assert len(err) < 200, err


@case
def case_huge_integer_literal(tmp: Path) -> None:
    err = _refused("number too (long|large)", "grad", "w*" + "9" * 3900, "--at", "w=1")
    assert len(err) < 200, err


@case
def case_float_literal_beyond_float64(tmp: Path) -> None:
    _refused("number too large", "grad", "w*1e309", "--at", "w=1")


@case
def case_literal_just_over_the_magnitude_limit(tmp: Path) -> None:
    _refused("number too large", "run", "w*2e100", "--init", "w=1", "--steps", "2")


@case
def case_exponent_too_large(tmp: Path) -> None:
    _refused("exponent", "grad", f"w**{limits.MAX_EXPONENT + 1}", "--at", "w=1")


@case
def case_unary_chain_over_a_million_numbers_grad(tmp: Path) -> None:
    chain = "sin(" * 90 + "x*w" + ")" * 90
    _refused("too many numbers in all", "grad", f"sum({chain})", "--at", "w=1", "--data", "x=ones(1000,1000)")


@case
def case_unary_chain_over_a_million_numbers_run_float64(tmp: Path) -> None:
    chain = "exp(" * 30 + "tanh(" * 30 + "x*w" + ")" * 60
    _refused("too many numbers in all", "run", f"sum({chain})", "--init", "w=1", "--data", "x=ones(1000,1000)",
             "--steps", "3", "--dtype", "float64")


@case
def case_unary_chain_within_the_bound_is_computed(tmp: Path) -> None:
    chain = "sin(" * 10 + "x*w" + ")" * 10
    result = _bounded("grad", f"sum({chain})", "--at", "w=1", "--data", "x=ones(100,100)")
    assert result["grad"]["w"] is not None


@case
def case_matmul_chain_work(tmp: Path) -> None:
    _refused("too many multiplications", "grad", "sum(u@v@u@v)", "--at", "u=ones(1000,1000)",
             "--data", "v=ones(1000,1000)")


@case
def case_matmul_outer_product_times_powers(tmp: Path) -> None:  # the 525-byte session, typed
    result = _bounded("grad", "sum((u@v)*w*w*w*w)", "--at", "w=0.5", "--data", "u=ones(1000,1)",
                      "--data", "v=ones(1,1000)")
    assert abs(result["grad"]["w"] - 4 * 0.5**3 * 1e6) < 1


@case
def case_numeric_central_for_ten_thousand_parameters(tmp: Path) -> None:
    _refused("evaluations", "grad", "sum((u@v)*w)", "--at", "w=ones(100,100)", "--data", "u=ones(100,1000)",
             "--data", "v=ones(1000,100)", "--numeric", "central")


@case
def case_numeric_forward_for_ten_thousand_parameters(tmp: Path) -> None:
    _refused("evaluations", "grad", "sum((u@v)*w)", "--at", "w=ones(100,100)", "--data", "u=ones(100,1000)",
             "--data", "v=ones(1000,100)", "--numeric", "forward")


@case
def case_symbolic_exp_tower_of_four(tmp: Path) -> None:  # the hang: now bounded
    result = _bounded("grad", "exp(exp(exp(exp(w))))", "--at", "w=3", "--symbolic", cpu_seconds=20)
    assert "exp(exp(exp(exp(w))))" in result["derivative"]["w"]
    assert result["derivative_value"]["w"] is None and result["value"] is None  # overflow: no number


@case
def case_symbolic_exp_tower_of_six(tmp: Path) -> None:
    result = _bounded("grad", "exp(exp(exp(exp(exp(exp(w*0.001))))))", "--at", "w=0.5", "--symbolic",
                      cpu_seconds=20)
    assert "derivative" in result or result.get("symbolic_reasons")


@case
def case_symbolic_exp_tower_of_ten(tmp: Path) -> None:
    result = _bounded("grad", "exp(" * 10 + "w" + ")" * 10, "--at", "w=0.01", "--symbolic", cpu_seconds=20)
    assert "derivative" in result or result.get("symbolic_reasons")


@case
def case_symbolic_sin_tower_of_ninety(tmp: Path) -> None:
    result = _bounded("grad", "sin(" * 90 + "w" + ")" * 90, "--at", "w=0.1", "--symbolic", cpu_seconds=20)
    assert result.get("derivative") or result.get("symbolic_reasons")


@case
def case_symbolic_product_of_forty_factors(tmp: Path) -> None:
    result = _bounded("grad", "*".join(f"(w+{i})" for i in range(40)), "--at", "w=1", "--symbolic",
                      cpu_seconds=20)
    assert result.get("derivative") or result.get("symbolic_reasons")


@case
def case_symbolic_over_too_much_data_says_why(tmp: Path) -> None:
    result = _bounded("grad", "sum((x-w)**2)", "--at", "w=1", "--data",
                      f"x=ones({limits.MAX_SYMBOLIC_DATA_ELEMENTS * 10})", "--symbolic", cpu_seconds=20)
    assert result["grad"] == {"w": 0.0}
    reasons = result.get("symbolic_reasons") or {}
    assert "derivative" in result or reasons, result


@case
def case_nan_and_inf_are_not_values(tmp: Path) -> None:
    for text in ("nan", "inf", "-inf", "[1, nan]", "1e999"):
        _refused("unknown name|too large|not", "grad", "w**2", "--at", f"w={text}")


@case
def case_nan_and_inf_are_not_names_in_expressions(tmp: Path) -> None:
    for text in ("w*nan", "w + inf", "w*float('inf')"):
        _refused("unknown name|not a known function|not allowed", "grad", text, "--at", "w=1")


@case
def case_nan_learning_rate(tmp: Path) -> None:
    for lr in ("nan", "inf", "-inf", "1e400"):
        _refused("lr", "run", "w**2", "--init", "w=1", "--lr", lr, "--steps", "3")


@case
def case_log_of_zero_gives_no_number_not_an_error(tmp: Path) -> None:
    result = _bounded("grad", "log(w - w)", "--at", "w=1")
    assert result["value"] is None and result["grad"] == {"w": None}


@case
def case_sqrt_of_negative(tmp: Path) -> None:
    result = _bounded("grad", "sqrt(w)", "--at", "w=-1")
    assert result["value"] is None and result["grad"] == {"w": None}


@case
def case_overflow_in_the_data_product(tmp: Path) -> None:
    result = _bounded("grad", "sum(x*x*x*x*w)", "--at", "w=1", "--data", "x=1e99,1e99", "--dtype", "float64")
    assert result["value"] is None  # 1e396 overflows float64: no number, and no error


@case
def case_run_that_starts_at_infinity_stops_at_once(tmp: Path) -> None:
    result = _bounded("run", "1/w", "--init", "w=0", "--steps", "1000")
    assert result["status"] == "diverged" and result["steps"] == 0 and "infinite" in result["reason"]


@case
def case_run_that_overflows_stops_at_once(tmp: Path) -> None:
    result = _bounded("run", "exp(exp(w))", "--init", "w=10", "--steps", "1000")
    assert result["status"] == "diverged" and result["steps"] == 0


@case
def case_run_whose_gradient_becomes_nan(tmp: Path) -> None:
    result = _bounded("run", "sqrt(w)", "--init", "w=1", "--lr", "10", "--steps", "1000")
    assert result["status"] == "diverged" and result["steps"] < 10, result


@case
def case_a_loss_without_a_minimum_ends_its_search_early(tmp: Path) -> None:
    """`w*v` typed in the window (two parameters: a contour map and a search for its minimum):
    L-BFGS's line search extrapolated 250 times before giving up; it stops once it leaves the
    start's reach (core.minimum.MAX_TRAVEL)."""
    from desktop_app.core import minimum

    calls = []
    loss = minimum._loss
    minimum._loss = lambda *a: calls.append(1) or loss(*a)
    try:
        assert minimum.find_minimum("w*v", [{"w": 1.0, "v": 2.0}, {"w": 0.5, "v": 2.0}]) is None
        assert len(calls) < 60, len(calls)
        calls.clear()
        found = minimum.find_minimum("(1-x)**2 + 100*(y-x**2)**2", [{"x": -1.5, "y": 2.0}])
        assert found is not None and abs(found.point["x"] - 1) < 1e-6 and abs(found.point["y"] - 1) < 1e-6
    finally:
        minimum._loss = loss
