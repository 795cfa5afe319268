"""Parsing, name checks, evaluation semantics and located errors of core.expression."""

import ast

import pytest
import torch
from torch.func import grad, vmap

from desktop_app.core import limits
from desktop_app.core.expression import (
    FUNCTIONS,
    ExpressionError,
    TraceEvent,
    evaluate,
    parse_program,
)


def t(*values):
    return torch.tensor(values if len(values) != 1 else values[0], dtype=torch.float64)


def value(text, **values):
    return evaluate(parse_program(text), values)


# --- Program structure ---------------------------------------------------------------------------


def test_free_names_in_order_of_first_appearance_and_helpers():
    program = parse_program("# model\npred = w*x + b\n\nmean((pred - y)**2)  # loss\n")
    assert program.free_names == ("w", "x", "b", "y")
    assert program.helpers == ("pred",)
    assert [s.target for s in program.statements] == ["pred", None]
    assert isinstance(program.loss, ast.Call)
    assert program.text.startswith("# model")


def test_functions_are_not_free_names():
    assert parse_program("sum(exp(x)) + max(x, y)").free_names == ("x", "y")


def test_check_names_suggests_close_name_and_lists_defined():
    program = parse_program("bata * x")
    program.check_names(["bata", "x"])
    with pytest.raises(ExpressionError) as info:
        program.check_names(["beta", "x", "y"])
    err = info.value
    assert err.message == "unknown name `bata` (did you mean `beta`?); defined names: beta, x, y"
    assert (err.line, err.col, err.end_col) == (1, 1, 5)
    assert str(err) == "line 1, col 1: " + err.message


def test_error_columns_count_characters_not_bytes():
    with pytest.raises(ExpressionError) as info:
        parse_program("β + γ + x.foo")
    assert (info.value.col, info.value.end_col) == (9, 14)


def test_function_table_documents_every_function():
    required = {"sum", "mean", "exp", "log", "sqrt", "abs", "sin", "cos", "tan", "tanh",
                "sigmoid", "relu", "softplus", "min", "max", "square", "dot", "transpose", "T"}
    assert required <= set(FUNCTIONS)
    for name, function in FUNCTIONS.items():
        assert function.name == name and function.doc and function.signature.startswith(name)


# --- Evaluation semantics ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2 + 3 * 4 - 6 / 3", 12.0),
        ("-2**2", -4.0),
        ("(-2)**2", 4.0),
        ("+x", 3.0),
        ("2**-1", 0.5),
        ("abs(-x)", 3.0),
        ("max(v)", 5.0),
        ("min(v)", -1.0),
        ("sum(max(v, 0))", 7.0),
        ("sum(min(v, 0))", -1.0),
        ("sum(v)", 6.0),
        ("mean(v)", 2.0),
        ("prod(v)", -10.0),
        ("dot(v, v)", 30.0),
        ("v @ v", 30.0),
        ("norm(v[:2])", 5 ** 0.5),
        ("sum(clip(v, 0, 2))", 4.0),
        ("sum(relu(v))", 7.0),
        ("v[-1] + v[0]", 4.0),
        ("sum(v[1:3])", 7.0),
        ("sum(v[::2])", 4.0),
        ("sum(M[:, 0])", 4.0),
        ("M[1, 0]", 3.0),
        ("sum(M.T[0])", 4.0),
        ("sum(T(M)[0])", 4.0),
        ("sum(transpose(M)[1])", 6.0),
        ("sum(sum(M, 0) * sum(M, axis=1))", 4 * 3 + 6 * 7),
        ("sum(mean(M, -1))", 5.0),
        ("pow(x, 2)", 9.0),
        ("square(x) + sqrt(4) + exp(0) + log(1)", 12.0),
        ("sigmoid(0) + tanh(0) + sin(0) + cos(0) + tan(0)", 1.5),
    ],
)
def test_evaluation(text, expected):
    result = value(text, x=t(3.0), v=t(-1.0, 2.0, 5.0), M=t([1.0, 2.0], [3.0, 4.0]))
    assert result.item() == pytest.approx(expected)


def test_softplus_and_transpose_of_vector():
    assert value("softplus(0)").item() == pytest.approx(torch.log(t(2.0)).item())
    v = t(1.0, 2.0)
    assert torch.equal(value("v.T", v=v), v)


def test_multi_line_program_uses_helpers():
    text = "pred = w*x + b\nerr = pred - y\nmean(err**2)"
    result = value(text, w=t(2.0), b=t(1.0), x=t(1.0, 2.0), y=t(3.0, 3.0))
    assert result.item() == pytest.approx((0 + 4) / 2)


def test_abs_derivative_at_zero_is_zero():
    x = t(4.0).requires_grad_()
    evaluate(parse_program("abs(2*x - 8)"), {"x": x}).backward()
    assert x.grad.item() == 0.0


def test_constants_follow_the_dtype_of_the_values():
    x32 = torch.tensor(1.5, dtype=torch.float32)
    assert value("x * 0.1 + 2", x=x32).dtype == torch.float32
    assert value("x * 0.1 + 2", x=t(1.5)).dtype == torch.float64


def test_numbers_and_arrays_are_accepted_as_values():
    assert value("sum(x) * y", x=[1.0, 2.0], y=2.0).item() == 6.0


def test_autograd_gradient_of_l5_1_lesson():
    w = torch.tensor(0.21318328, requires_grad=True)
    b = torch.tensor(0.78609025, requires_grad=True)
    loss = value("mean((w*x + b - y)**2)", w=w, b=b, x=torch.tensor([3.3]), y=torch.tensor([1.7]))
    loss.backward()
    assert w.grad.item() == pytest.approx(-1.388673, abs=1e-6)
    assert b.grad.item() == pytest.approx(-0.42080998, abs=1e-7)


def test_works_under_vmap_and_func_grad():
    program = parse_program("h = w*x - 8\nsum(abs(h)) + max(w*x) + mean(X[:, 0] * w) + dot(x, x)*w")
    x = t(1.0, 2.0, 3.0)
    X = t([1.0, 2.0], [3.0, 4.0])

    def loss(w):
        return evaluate(program, {"w": w, "x": x, "X": X})

    ws = t(1.0, 2.0, 5.0)
    batched = vmap(grad(loss))(ws)
    for i, w0 in enumerate(ws):
        w = w0.clone().requires_grad_()
        loss(w).backward()
        assert batched[i].item() == pytest.approx(w.grad.item())


def test_trace_reports_every_node_operands_first():
    events: list[TraceEvent] = []

    def record(event: TraceEvent) -> int:
        events.append(event)
        return len(events) - 1

    evaluate(parse_program("pred = w*x\nsum(pred + 1)"), {"w": t(2.0), "x": t(1.0, 2.0)},
             trace=record)
    ops = [(e.op, e.label) for e in events]
    assert ops == [("input", "w"), ("input", "x"), ("mul", "w*x"), ("assign", "pred"),
                   ("const", "1"), ("add", "pred + 1"), ("sum", "sum(pred + 1)")]
    assert events[2].inputs == (0, 1)
    assert events[5].inputs == (3, 4)
    assert (events[5].line, events[5].col) == (2, 5)


# --- Errors at evaluation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, values, message",
    [
        ("a = x\nb = a * y\nb", {"x": t(1.0, 2, 3), "y": t(1.0, 2, 3, 4)},
         "line 2, col 5: cannot multiply shapes (3,) and (4,)"),
        ("x + y", {"x": t(1.0, 2, 3), "y": t(1.0, 2)}, "cannot add shapes (3,) and (2,)"),
        ("x @ y", {"x": t(1.0, 2, 3), "y": t(1.0, 2)}, "cannot matrix-multiply shapes (3,) and (2,)"),
        ("x @ 2", {"x": t(1.0, 2, 3)}, "cannot matrix-multiply shapes (3,) and ()"),
        ("dot(x, y)", {"x": t(1.0, 2, 3), "y": t(1.0, 2)},
         "cannot take the dot product of shapes (3,) and (2,)"),
        ("x[3]", {"x": t(1.0, 2, 3)}, "index 3 is out of range for axis 0 of `x` with shape (3,)"),
        ("x[0, 0]", {"x": t(1.0, 2, 3)}, "too many indices for `x` with shape (3,)"),
        ("sum(x, 1)", {"x": t(1.0, 2, 3)}, "axis 1 is out of range for shape (3,)"),
    ],
)
def test_shape_errors_are_located_and_plain(text, values, message):
    with pytest.raises(ExpressionError) as info:
        evaluate(parse_program(text), values)
    assert message in str(info.value)
    assert info.value.line is not None and info.value.col is not None


def test_missing_value_is_an_unknown_name():
    with pytest.raises(ExpressionError, match="unknown name `y`; defined names: x"):
        evaluate(parse_program("x + y"), {"x": t(1.0)})


def test_intermediate_blow_up_is_refused_from_shapes():
    x = torch.ones(100_000, 1)
    with pytest.raises(ExpressionError, match="would have 10000000000 elements"):
        evaluate(parse_program("sum(x @ x.T)"), {"x": x})
    with pytest.raises(ExpressionError, match="would have 10000000000 elements"):
        evaluate(parse_program("sum(x * x.T)"), {"x": x})


def test_oversized_input_is_refused():
    with pytest.raises(ExpressionError, match=f"the limit is {limits.MAX_ELEMENTS}"):
        evaluate(parse_program("sum(x)"), {"x": torch.zeros(limits.MAX_ELEMENTS + 1)})


# --- Errors at parse time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "the expression is empty"),
        ("  # just a comment\n\n", "the expression is empty"),
        ("pred = w*x", "line 1, col 1: the last line must be the loss expression, not an "
                       "assignment (add a last line such as `pred`)"),
        ("a = 1\na = 2\na", "line 2, col 1: `a` is already defined on line 1"),
        ("a = b\nb = 2\na", "line 2, col 1: `b` is used before this line"),
        ("a, b = 1, 2\na", "only a plain name can be assigned"),
        ("x[0] = 1\nx", "only a plain name can be assigned"),
        ("a = b = 1\na", "assign one name per line"),
        ("x += 1\nx", "`+=` and similar are not allowed"),
        ("exp = 3\nexp", "`exp` is a function name; choose another name"),
        ("exp + 1", "`exp` is a function; call it like exp(x)"),
        ("foo(x)", "line 1, col 1: `foo` is not a known function; available: abs, clamp, clip,"),
        ("sum()", "sum takes 1 or 2 arguments (sum(x, axis)), not 0"),
        ("exp(x, y)", "exp takes one argument (exp(x)), not 2"),
        ("clip(x, 1)", "clip takes three arguments"),
        ("sum(x, y)", "line 1, col 8: the axis of sum must be a whole number"),
        ("sum(x, keepdims=1)", "`keepdims=` is not allowed in sum(x, axis)"),
        ("exp(x, axis=0)", "`axis=` is not allowed in exp(x)"),
        ("x[y]", "line 1, col 3: indices must be whole numbers or slices"),
        ("x[1.5]", "indices must be whole numbers"),
        ("x[::-1]", "slice steps must be positive"),
        ("x // 2", "the operator `//` is not allowed"),
        ("x % 2", "the operator `%` is not allowed"),
        ("not x", "`not` is not allowed"),
        ("x < y", "comparisons (<, ==, ...) are not allowed"),
        ("x and y", "`and` / `or` are not allowed"),
        ("x if y else z", "`... if ... else ...` is not allowed"),
        ("[1, 2]", "lists are not allowed in an expression"),
        ("'abc'", "text in quotes is not allowed"),
        ("1j * x", "complex numbers are not allowed"),
        ("True", "`True` is not allowed"),
        ("x.sum()", "`sum`: attributes are not allowed (only `.T`)"),
        ("1e400 * x", "number too large: 1e400"),
        ("x +", "line 1, col 4: syntax error"),
        ("sum(x", "line 1, col 4: syntax error: '(' was never closed"),
        ("x = 1\nreturn x", "line 2, col 1: `return` is not allowed in an expression"),
    ],
)
def test_parse_errors(text, message):
    with pytest.raises(ExpressionError) as info:
        parse_program(text)
    assert message in str(info.value)


def test_errors_are_value_errors():
    assert issubclass(ExpressionError, ValueError)
    err = ExpressionError("bad", 2)
    assert str(err) == "line 2: bad" and err.col is None
    assert str(ExpressionError("bad")) == "bad"
