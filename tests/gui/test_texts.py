"""gui.texts words the core's structured data (stop kinds, expression error kinds) in the
interface language, from the kind and its numbers: nothing is parsed from English sentences."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.grammar import ExpressionError, parse_program
from desktop_app.core.runs import RunSpec, Stop, run_to_end
from desktop_app.gui import i18n
from desktop_app.gui.texts import error_text, reason_text

HANGUL = re.compile("[\uac00-\ud7a3]")

STOPS = [
    Stop("steps_done", 100, {"steps": 100}),
    Stop("cancelled", 3),
    Stop("time_limit", 9, {"seconds": 2.5}),
    Stop("not_finite", 0, {"what": "loss", "value": "nan"}),
    Stop("not_finite", 12, {"what": "gradient", "value": "inf"}),
    Stop("exploded", 12, {"loss": 3.1e38, "bound": 1.2e14}),
    Stop("grad_tol", 40, {"norm": 9e-7, "tol": 1e-6}),
    Stop("loss_tol", 41, {"change": 1e-9, "tol": 1e-8}),
]

BAD = ["bata**2 + beta", "x +", "x // 2", "import os", "exp", "foo(x)", "sum(x, y, z)", "x[1.5]",
       "x**9**9", "lambda: 1", "a = 1", "__x", "x.real", "1e200 * x", "sum(x, axis=w)"]


@pytest.fixture
def korean(qapp):
    i18n.install_language("ko")
    yield
    i18n.install_language("en")


def test_english_wording_is_the_cores(qapp):
    i18n.install_language("en")
    for stop in STOPS:
        assert reason_text("ignored", stop) == stop.text()
        assert reason_text("ignored", stop.to_json()) == stop.text()
    for text in BAD:
        try:
            parse_program(text).check_names(["beta", "x"])
        except ExpressionError as error:
            assert error_text(error) == str(error), text
        else:
            raise AssertionError(text)


def test_korean_reasons_and_errors_from_kinds(korean):
    for stop in STOPS:
        worded = reason_text("ignored", stop)
        assert HANGUL.search(worded), worded
        for number in re.findall(r"\d+", stop.text()):
            assert number in worded.replace(",", ""), (worded, stop.text())
    for text in BAD:
        try:
            parse_program(text).check_names(["beta", "x"])
        except ExpressionError as error:
            assert HANGUL.search(error_text(error)), (text, error.kind, error_text(error))


def test_a_run_and_a_typo_in_korean(korean):
    result, _ = run_to_end(RunSpec("(b/2 - 1)**2", init={"b": -10.0}, hyper={"lr": 6.0}, steps=200))
    assert result.status == "diverged" and "단계" in reason_text(result.reason, result.stop)
    with pytest.raises(ExpressionError) as caught:
        parse_program("bata**2 + beta").check_names(["beta"])
    assert caught.value.kind == "unknown_name" and caught.value.data["suggestion"] == "beta"
    assert "`beta`" in error_text(caught.value) and HANGUL.search(error_text(caught.value))


def test_without_a_structured_reason_the_text_is_shown_as_is(korean):
    assert reason_text("finished 5 steps") == "finished 5 steps"  # an old session: no parsing
