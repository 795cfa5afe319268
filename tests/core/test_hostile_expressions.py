"""Hostile input is refused quickly, with the right message, and nothing in it runs."""

import builtins

import pytest
import torch

from desktop_app.core import limits
from desktop_app.core.expression import ExpressionError, evaluate, parse_program
from desktop_app.core.values import parse_value

DEPTH = limits.MAX_EXPRESSION_DEPTH

HOSTILE_EXPRESSIONS = [
    ("import os", "line 1, col 1: `import` is not allowed in an expression"),
    ("from os import system\nsystem", "`import` is not allowed"),
    ("__import__('os').system('echo hacked')", "`system`: attributes are not allowed"),
    ("__import__('os')", "`__import__`: names starting with `__` are not allowed"),
    ("x.__class__", "line 1, col 1: `__class__`: attributes are not allowed (only `.T`)"),
    ("().__class__.__bases__[0].__subclasses__()", "`__subclasses__`: attributes are not allowed"),
    ("x.T.__dict__", "`__dict__`: attributes are not allowed"),
    ("__builtins__", "names starting with `__` are not allowed"),
    ("a = __builtins__\na", "names starting with `__` are not allowed"),
    ("__x = 1\n__x", "names starting with `__` are not allowed"),
    ("eval('1')", "`eval` is not a known function"),
    ("exec('x=1')", "`exec` is not a known function"),
    ("open('/etc/passwd')", "`open` is not a known function"),
    ("getattr(x, 'T')", "`getattr` is not a known function"),
    ("sum(x)(1)", "only functions can be called, by name"),
    ("lambda: 1", "lambda is not allowed"),
    ("(lambda x: x)(2)", "lambda is not allowed"),
    ("[c for c in x]", "comprehensions are not allowed"),
    ("sum(c for c in x)", "comprehensions are not allowed"),
    ("{k: 1 for k in x}", "comprehensions are not allowed"),
    ("f'{x.__class__}'", "f-strings are not allowed"),
    ("(y := 3)", "`:=` (assignment inside an expression) is not allowed"),
    ("def f(): pass\nf", "`def` is not allowed"),
    ("class A: pass\nA", "`class` is not allowed"),
    ("while 1: pass\nx", "`while` is not allowed"),
    ("for i in x: pass\nx", "`for` is not allowed"),
    ("with x: pass\nx", "`with` is not allowed"),
    ("try:\n  x\nexcept: pass\nx", "`try` is not allowed"),
    ("del x\nx", "`del` is not allowed"),
    ("global x\nx", "`global` is not allowed"),
    ("assert x\nx", "`assert` is not allowed"),
    ("raise SystemExit\nx", "`raise` is not allowed"),
    ("x: int = 1\nx", "type annotations are not allowed"),
    ("sum(*x)", "`*` unpacking is not allowed"),
    ("sum(**x)", "`**` is not allowed in sum(x, axis)"),
    ("9**9**9", "line 1, col 1: power exponent too large: 9**9**9"),
    ("x**(2**100)", "power exponent too large: x**(2**100)"),
    ("pow(9, pow(9, 9))", "power exponent too large"),
    ("x**100000", "power exponent too large: x**100000 (the limit is 10000)"),
    ("x**-100000", "power exponent too large"),
    ("9" * 500, "number too large"),
    ("1e999", "number too large: 1e999"),
    ("x" * (limits.MAX_EXPRESSION_CHARS + 1), "expression too long (4001 characters; the limit is 4000)"),
    ("\n" * (limits.MAX_EXPRESSION_LINES + 1) + "x", "too many lines"),
    ("x\x00 + 1", "line 1, col 2: the text contains a null character"),
    ("-" * 3000 + "x", f"expression nested too deeply (more than {DEPTH} levels)"),
    ("(" * 500 + "x" + ")" * 500, f"expression nested too deeply (more than {DEPTH} levels)"),
    ("sum(" * 150 + "x" + ")" * 150, f"expression nested too deeply (more than {DEPTH} levels)"),
    ("+".join(["x"] * 1500), f"expression nested too deeply (more than {DEPTH} levels)"),
    ("x[" * 120 + "0" + "]" * 120, "expression nested too deeply"),
    ("\n".join(f"a{i} = x*x*x*x*x*x" for i in range(199)) + "\na0",
     "expression too large"),
    ("yield x", "`yield` is not allowed"),
    ("await x", "`await` is not allowed"),
    ("x[{}]", "indices must be whole numbers or slices"),
    ("x['a']", "indices must be whole numbers or slices"),
    ("b'x'", "text in quotes is not allowed"),
    ("...", "`...` is not allowed"),
    ("None", "`None` is not allowed"),
]


@pytest.mark.parametrize("text, message", HOSTILE_EXPRESSIONS,
                         ids=[repr(text[:24]) for text, _ in HOSTILE_EXPRESSIONS])
def test_hostile_expression_is_refused_clearly(text, message, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("user text reached eval/exec/compile")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    with pytest.raises(ExpressionError) as info:
        parse_program(text).check_names(["x"])
    assert message in str(info.value)


def test_nesting_just_under_the_limit_is_accepted_and_evaluates():
    text = "+".join(["x"] * (DEPTH - 2))
    result = evaluate(parse_program(text), {"x": torch.tensor(1.0)})
    assert result.item() == DEPTH - 2


def test_blow_up_of_intermediate_results_is_refused_before_allocation():
    column = torch.ones(200_000, 1)
    for text in ("sum(x @ x.T)", "sum(x * x.T)", "sum(x + x.T)", "sum(dot(x, x.T))",
                 "sum(max(x, x.T))", "sum(clip(x, x.T, 1))", "sum(x @ x.T @ x)"):
        with pytest.raises(ExpressionError, match="would have 40000000000 elements"):
            evaluate(parse_program(text), {"x": column})


def test_costly_matrix_products_are_refused_before_computing():
    with pytest.raises(ExpressionError, match="too many multiplications"):  # the first product (10^9) is allowed
        evaluate(parse_program("sum(A @ A @ A)"), {"A": torch.zeros(1000, 1000)})


def test_many_large_intermediates_are_refused_in_total():
    text = "+".join(["exp(x)"] * 30)
    with pytest.raises(ExpressionError, match="too many numbers in all"):
        evaluate(parse_program(text), {"x": torch.zeros(limits.MAX_ELEMENTS)})


HOSTILE_VALUES = [
    ("ones(100000,100000)", "ones(100000, 100000) would have 10000000000 elements; the limit is"),
    ("zeros(10**9)", "`**` is not allowed in a value"),
    ("full(100000, 100000, 1)", "would have 10000000000 elements"),
    ("eye(100000)", "eye(100000) would have 10000000000 elements"),
    ("linspace(0, 1, 1e12)", "would have 1000000000000 elements"),
    ("arange(0, 1, 1e-12)", "arange would have 1000000000000 elements"),
    ("[1] * 10**9", "not a number or array"),
    ("__import__('os').system('x')", "not a known constructor"),
    ("np.ones(3)", "without a module prefix"),
    ("lambda: 1", "not a number or array"),
    ("[x for x in range(9)]", "not a number or array"),
    ("'1'", "text in quotes is not a number"),
    ("[" * 100 + "1" + "]" * 100, "nested too deeply"),
    ("1e999", "number too large"),
    ("1\x00", "null character"),
    ("1," * (limits.MAX_VALUE_CHARS // 2 + 1), "the value is too long"),
    ("1" * 50_000 + "x\n1", "not a number or array"),
    ("1\n" + " " * 100_000 + ",x", "not a number or array"),
]


@pytest.mark.parametrize("text, message", HOSTILE_VALUES,
                         ids=[repr(text[:24]) for text, _ in HOSTILE_VALUES])
def test_hostile_value_is_refused_clearly(text, message):
    with pytest.raises(ValueError) as info:
        parse_value(text)
    assert message in str(info.value)
