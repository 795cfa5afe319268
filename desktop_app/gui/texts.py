"""Translatable display texts for what the core hands over as data.

The core (which has no Qt) returns statuses, optimizer names, stop reasons (`core.runs.Stop`: a
kind and its numbers) and expression errors (`ExpressionError.kind` and ``data``); these
functions word them in the interface language with tr(), so Qt's lupdate finds every template.
Nothing here parses the core's English sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def status_text(status: str) -> str:
    """The run status in the interface language."""
    texts = {
        "idle": QCoreApplication.translate("Status", "ready"),
        "running": QCoreApplication.translate("Status", "running"),
        "paused": QCoreApplication.translate("Status", "paused"),
        "stopping": QCoreApplication.translate("Status", "stopping"),
        "finished": QCoreApplication.translate("Status", "finished"),
        "converged": QCoreApplication.translate("Status", "converged"),
        "diverged": QCoreApplication.translate("Status", "diverged"),
        "stopped": QCoreApplication.translate("Status", "stopped"),
        "failed": QCoreApplication.translate("Status", "failed"),
    }
    return texts.get(status, status)


def symbolic_reason_text(item: Any) -> str:
    """Why a symbolic derivative (`core.symbolic.SymbolicDerivative`) is not shown, worded from
    its kind and numbers; the core's English reason for a kind not listed here."""
    def tr(text: str) -> str:
        return _translate("SymbolicReasons", text)

    texts = {
        "too_costly": lambda: tr("skipped: too costly (the numbers grow beyond floating-point range, "
                                 "so sympy would compute for minutes)"),
        "too_deep": lambda: tr("skipped: too costly (the loss is nested more than {limit} levels deep once "
                               "helpers are written out)"),
        "loss_too_large": lambda: tr("the loss is too large to differentiate symbolically (more than {limit} "
                                     "parts once helpers are written out)"),
        "array_too_large": lambda: tr("`{source}` has {count} elements; symbolic derivatives handle arrays of "
                                      "at most {limit}"),
        "cannot_compute": lambda: tr("`{source}` cannot be computed: {detail}"),
        "no_form": lambda: tr("`{source}` has no symbolic form"),
        "tensor_parameter": lambda: tr("{name} is a {shape} tensor: symbolic derivatives are shown for scalars "
                                       "and tensors of at most {limit} elements"),
        "data_too_large": lambda: tr("the data has {count} numbers; symbolic derivatives substitute at most "
                                     "{limit}"),
        "derivative_too_large": lambda: tr("the derivative is too large to show (more than {limit} parts)"),
    }
    make = texts.get(getattr(item, "kind", ""))
    return make().format(**dict(item.data)) if make is not None else item.reason


def cuda_reason_text(kind: str | None) -> str | None:
    """Why CUDA cannot be used (`core.devices.cuda_unavailable_kind`), in words; None when it can."""
    texts = {
        "cpu_build": QCoreApplication.translate(
            "Devices", "this PyTorch was built without CUDA support (a CPU-only build); "
                       "install a CUDA build of PyTorch to use an NVIDIA GPU"),
        "no_gpu": QCoreApplication.translate(
            "Devices", "PyTorch has CUDA support but found no usable NVIDIA GPU "
                       "(no GPU, or its driver is missing or too old)"),
    }
    return None if kind is None else texts.get(kind, kind)


def column_title(column: str) -> str:
    """A column of a run's records as a table header: the step and the loss in words, a
    parameter (or its ``grad_`` column) by its name."""
    texts = {
        "step": QCoreApplication.translate("Columns", "step"),
        "loss": QCoreApplication.translate("Columns", "loss"),
    }
    return texts.get(column, column)


def optimizer_title(name: str, fallback: str) -> str:
    """An optimizer's title in the interface language (core.optimizers names it in English)."""
    texts = {
        "gd": QCoreApplication.translate("Optimizers", "Gradient descent"),
        "sign": QCoreApplication.translate("Optimizers", "Sign descent"),
        "sgd": QCoreApplication.translate("Optimizers", "SGD (torch.optim.SGD)"),
        "momentum": QCoreApplication.translate("Optimizers", "SGD with momentum"),
        "nesterov": QCoreApplication.translate("Optimizers", "Nesterov momentum"),
        "rmsprop": QCoreApplication.translate("Optimizers", "RMSprop"),
        "adam": QCoreApplication.translate("Optimizers", "Adam"),
        "adamw": QCoreApplication.translate("Optimizers", "AdamW"),
        "adagrad": QCoreApplication.translate("Optimizers", "Adagrad"),
    }
    return texts.get(name, fallback)


#: core.optimizers' help texts, marked for lupdate (QT_TRANSLATE_NOOP returns them unchanged).
_CORE_TEXTS = (
    QT_TRANSLATE_NOOP("CoreTexts", "The lessons' loop: parameter -= learning rate × gradient."),
    QT_TRANSLATE_NOOP("CoreTexts", 'Learning rate: how far each step moves; too small crawls, too large overshoots or diverges.'),
    QT_TRANSLATE_NOOP("CoreTexts", "Move a fixed step against the sign of the gradient (the lesson's 'move 0.01 toward the lower side')."),
    QT_TRANSLATE_NOOP("CoreTexts", 'Step size: each parameter moves exactly this far toward the lower side, whatever the slope.'),
    QT_TRANSLATE_NOOP("CoreTexts", "PyTorch's SGD: gradient descent with optional momentum and weight decay."),
    QT_TRANSLATE_NOOP("CoreTexts", 'Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction.'),
    QT_TRANSLATE_NOOP("CoreTexts", "Dampening: scales down the new gradient's share of the momentum (0 = the full gradient is added)."),
    QT_TRANSLATE_NOOP("CoreTexts", 'Weight decay (L2 penalty): adds weight_decay × parameter to the gradient, pulling parameters toward 0.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Gradient descent that keeps a running velocity, so it speeds up in steady directions and damps zig-zags.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Momentum that looks ahead: the gradient is combined with where the velocity is about to carry the parameter.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction. Nesterov needs it above 0.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Divides each step by the root of a running average of squared gradients, so every parameter gets its own step size.'),
    QT_TRANSLATE_NOOP("CoreTexts", "Rho (torch's RMSprop `alpha`): how much of the running average of squared gradients is kept; Keras uses 0.9."),
    QT_TRANSLATE_NOOP("CoreTexts", 'Epsilon: a tiny number added to the denominator so the step never divides by zero. (Keras uses 1e-7.)'),
    QT_TRANSLATE_NOOP("CoreTexts", "Centered: divide by the gradient's running variance instead of its running mean square."),
    QT_TRANSLATE_NOOP("CoreTexts", 'Momentum (m) plus per-parameter step sizes from squared gradients (v), with bias correction for the first steps.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Beta1: how much of the running average of gradients (m) is kept each step; close to 1 = long memory.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Beta2: how much of the running average of squared gradients (v) is kept each step.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Epsilon: a tiny number added to the denominator so the step never divides by zero.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'AMSGrad: use the largest v seen so far, so the effective step size never grows back.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Adam with weight decay applied directly to the parameters rather than through the gradient.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Decoupled weight decay: each step also shrinks parameters by lr × weight_decay × parameter.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Divides each step by the root of the sum of all squared gradients so far, so steps shrink over time.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Learning-rate decay: the step size at step k is lr / (1 + k × lr_decay).'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Initial accumulator: the starting value of the sum of squared gradients.'),
)


def core_text(text: str) -> str:
    """A help text of core.optimizers in the interface language (English until translated: a
    text the core changes later shows in English until scripts/update_translations.sh runs)."""
    return QCoreApplication.translate("CoreTexts", text)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _stop_field(stop: Any, name: str) -> Any:
    return stop.get(name) if isinstance(stop, Mapping) else getattr(stop, name, None)


def reason_text(reason: str, stop: Any = None) -> str:
    """Why a run stopped, in the interface language, worded from the core's structured reason.

    ``stop`` is a `core.runs.Stop` (or its ``to_json()`` mapping): a kind and its numbers. Without
    one (a run saved by an older version) the core's English ``reason`` is shown as it is;
    nothing is parsed.
    """
    if stop is None:
        return reason
    kind, step = _stop_field(stop, "kind"), _stop_field(stop, "step")
    data = _stop_field(stop, "data") if not isinstance(stop, Mapping) else stop
    data = data or {}

    def tr(text: str) -> str:
        return _translate("Reasons", text)

    if kind == "steps_done":
        return tr("finished {steps} steps").format(steps=f"{data.get('steps', step):,}")
    if kind == "cancelled":
        return tr("stopped by the user")
    if kind == "time_limit":
        return tr("time limit of {seconds} s reached").format(seconds=f"{data['seconds']:g}")
    if kind == "not_finite":
        what = tr("the loss") if data["what"] == "loss" else tr("the gradient")
        value = tr("NaN (not a number)") if data["value"] == "nan" else tr("infinite")
        if step == 0:
            return tr("{what} is {kind} at the start values: check the start values and the data").format(
                what=what, kind=value)
        return tr("{what} became {kind} at step {step}: the learning rate is probably too large").format(
            what=what, kind=value, step=step)
    if kind == "exploded":
        return tr("the loss exploded to {loss} at step {step} (beyond {bound}): "
                  "the learning rate is probably too large").format(
            loss=f"{data['loss']:.3g}", step=step, bound=f"{data['bound']:.3g}")
    if kind == "grad_tol":
        return tr("converged: the gradient norm {norm} is at most grad_tol {tol} (step {step})").format(
            norm=f"{data['norm']:.3g}", tol=f"{data['tol']:g}", step=step)
    if kind == "loss_tol":
        return tr("converged: the loss changed by {change}, at most loss_tol {tol} (step {step})").format(
            change=f"{data['change']:.3g}", tol=f"{data['tol']:g}", step=step)
    return reason


def error_message(error: BaseException) -> str:
    """An expression error's message (without its place) in the interface language."""
    kind, data = getattr(error, "kind", None), getattr(error, "data", None)
    message = _expression_message(kind, data) if kind is not None and data is not None else None
    return message if message is not None else getattr(error, "message", str(error))


def error_text(error: BaseException) -> str:
    """An error in the interface language: an expression error is worded from its kind and data
    (with its place), any other error is shown as the core wrote it."""
    kind = getattr(error, "kind", None)
    data = getattr(error, "data", None)
    if kind is None or data is None:
        return str(error)
    message = _expression_message(kind, data)
    if message is None:
        return str(error)
    def tr(text: str) -> str:
        return _translate("ExpressionErrors", text)

    line, col = getattr(error, "line", None), getattr(error, "col", None)
    if line is not None and col is not None:
        return tr("line {line}, col {col}: {message}").format(line=line, col=col, message=message)
    if line is not None:
        return tr("line {line}: {message}").format(line=line, message=message)
    return message


def _names(names: Any) -> str:
    return ", ".join(str(n) for n in names or ())


def _not_allowed(tr: Callable[[str], str], d: Mapping[str, Any]) -> str:
    what = d.get("what")
    texts = {
        "lambda": tr("lambda is not allowed"),
        "comprehension": tr("comprehensions are not allowed"),
        "f-string": tr("f-strings are not allowed"),
        ":=": tr("`:=` (assignment inside an expression) is not allowed"),
        "comparison": tr("comparisons (<, ==, ...) are not allowed"),
        "and/or": tr("`and` / `or` are not allowed"),
        "if-else": tr("`... if ... else ...` is not allowed"),
        "list": tr("lists are not allowed in an expression; give arrays as values instead"),
        "tuple": tr("tuples are not allowed in an expression"),
        "set": tr("sets are not allowed in an expression"),
        "dict": tr("dicts are not allowed in an expression"),
        "*": tr("`*` unpacking is not allowed"),
        "await": tr("`await` is not allowed"),
        "yield": tr("`yield` is not allowed"),
        "slice": tr("slices are only allowed inside brackets, e.g. x[1:3]"),
        "text": tr("text in quotes is not allowed in an expression"),
        "complex": tr("complex numbers are not allowed"),
        "call": tr("only functions can be called, by name, e.g. sum(x)"),
    }
    if what in texts:
        return texts[what]
    return tr("`{source}` is not allowed here").format(source=d.get("source", ""))


def _argument_count(tr: Callable[[str], str], d: Mapping[str, Any]) -> str:
    if d["minimum"] != d["maximum"]:
        return tr("{name} takes {minimum} or {maximum} arguments ({signature}), not {given}").format(**d)
    template = {1: tr("{name} takes one argument ({signature}), not {given}"),
                2: tr("{name} takes two arguments ({signature}), not {given}")}.get(
        d["maximum"], tr("{name} takes three arguments ({signature}), not {given}"))
    return template.format(**d)


def _expression_message(kind: str, d: Mapping[str, Any]) -> str | None:
    def tr(text: str) -> str:
        return _translate("ExpressionErrors", text)

    if kind == "unknown_name":
        if d.get("suggestion"):
            head = tr("unknown name `{name}` (did you mean `{suggestion}`?)").format(
                name=d["name"], suggestion=d["suggestion"])
        else:
            head = tr("unknown name `{name}`").format(name=d["name"])
        if d.get("defined"):
            return tr("{problem}; defined names: {names}").format(problem=head, names=_names(d["defined"]))
        return tr("{problem}; no names are defined yet").format(problem=head)
    texts: dict[str, Callable[[], str]] = {
        "not_text": lambda: tr("the expression must be text"),
        "too_long": lambda: tr("expression too long ({length} characters; the limit is {limit})").format(**d),
        "too_many_lines": lambda: tr("too many lines ({lines}; the limit is {limit})").format(**d),
        "null_character": lambda: tr("the text contains a null character"),
        "too_deep": lambda: tr("expression nested too deeply (more than {limit} levels)").format(**d),
        "number_too_long": lambda: tr("number too long"),
        "syntax": lambda: (tr("syntax error: this is not a valid expression here") if d.get("detail") is None
                           else tr("syntax error: {detail}").format(**d)),
        "unreadable": lambda: tr("the text cannot be read: {detail}").format(**d),
        "too_many_parts": lambda: tr("expression too large (more than {limit} parts)").format(**d),
        "empty": lambda: tr("the expression is empty"),
        "last_line_assignment": lambda: tr("the last line must be the loss expression, not an assignment "
                                           "(add a last line such as `{name}`)").format(**d),
        "one_target": lambda: tr("assign one name per line, e.g. `pred = w*x + b`"),
        "plain_name_target": lambda: tr("only a plain name can be assigned, e.g. `pred = w*x + b`"),
        "augmented_assignment": lambda: tr("`+=` and similar are not allowed; write `name = expression`"),
        "annotation": lambda: tr("type annotations are not allowed; write `name = expression`"),
        "statement_not_allowed": lambda: (
            tr("this kind of statement is not allowed in an expression") if d.get("keyword") is None
            else tr("`{keyword}` is not allowed in an expression").format(**d)),
        "function_name_assigned": lambda: tr("`{name}` is a function name; choose another name").format(**d),
        "already_defined": lambda: tr("`{name}` is already defined on line {defined_line}").format(**d),
        "used_before_definition": lambda: tr("`{name}` is used before this line; define helpers before using "
                                             "them, each with a new name").format(**d),
        "dunder_name": lambda: tr("`{name}`: names starting with `__` are not allowed").format(**d),
        "operator_not_allowed": lambda: tr("the operator `{symbol}` is not allowed; use + - * / ** @").format(**d),
        "attribute_not_allowed": lambda: tr("`{attribute}`: attributes are not allowed (only `.T`)").format(**d),
        "not_allowed": lambda: _not_allowed(tr, d),
        "number_too_large": lambda: tr("number too large: {number} (the limit is {limit})").format(
            number=d["number"], limit=f"{d['limit']:g}"),
        "function_not_called": lambda: tr("`{name}` is a function; call it like {name}(x)").format(**d),
        "power_of_power": lambda: tr("power exponent too large: {source} (powers of powers are not allowed)"
                                     ).format(**d),
        "exponent_too_large": lambda: tr("power exponent too large: {source} (the limit is {limit})").format(**d),
        "unknown_function": lambda: (
            tr("`{name}` is not a known function (did you mean `{suggestion}`?)").format(**d)
            if d.get("suggestion") else
            tr("`{name}` is not a known function; available: {names}").format(
                name=d["name"], names=_names(d.get("available")))),
        "keyword_not_allowed": lambda: tr("`{keyword}=` is not allowed in {signature}").format(
            keyword=d.get("keyword") or "**", signature=d["signature"]),
        "array_and_axis": lambda: tr("{signature} takes one array and one axis").format(**d),
        "argument_count": lambda: _argument_count(tr, d),
        "axis_not_integer": lambda: tr("the axis of {name} must be a whole number such as 0 or 1").format(**d),
        "bad_index": lambda: tr("indices must be whole numbers or slices such as x[0], x[1:3] or X[:, 0]"),
        "slice_step": lambda: tr("slice steps must be positive"),
        "too_many_elements": lambda: tr("the result of `{source}` would have {count} elements (shape {shape}); "
                                        "the limit is {limit}").format(
            source=d["source"], count=f"{d['count']:,}", shape=tuple(d["shape"]), limit=f"{d['limit']:,}"),
        "input_too_large": lambda: tr("`{name}` has {count} elements; the limit is {limit}").format(
            name=d["name"], count=f"{d['count']:,}", limit=f"{d['limit']:,}"),
        "too_many_numbers": lambda: tr("the expression computes too many numbers in all (more than {limit})"
                                       ).format(limit=f"{d['limit']:,}"),
        "too_much_matmul_work": lambda: tr("the matrix products need too many multiplications in all "
                                           "(more than {limit})").format(limit=f"{d['limit']:.0e}"),
        "shape_mismatch": lambda: tr("cannot combine shapes {shapes} here").format(
            shapes=tr(" and ").join(str(tuple(s)) for s in d["shapes"])),
        "axis_out_of_range": lambda: tr("axis {axis} is out of range for shape {shape}").format(
            axis=d["axis"], shape=tuple(d["shape"])),
        "too_many_indices": lambda: tr("too many indices for `{source}` with shape {shape}").format(
            source=d["source"], shape=tuple(d["shape"])),
        "index_out_of_range": lambda: tr("index {index} is out of range for axis {axis} of `{source}` "
                                         "with shape {shape}").format(
            index=d["index"], axis=d["axis"], source=d["source"], shape=tuple(d["shape"])),
        "cannot_compute": lambda: tr("cannot compute `{what}`: {detail}").format(**d),
    }
    make = texts.get(kind)
    return make() if make is not None else None


def problem_text(problem: Any) -> str:
    """Why the lesson cannot run (`core.lesson_model.Problem`: a kind and its data), in words."""
    kind, d = problem.kind, problem.data

    def tr(text: str) -> str:
        return _translate("Problems", text)

    if kind == "no_loss":
        return tr("Type a loss first.")
    if kind == "expression":
        return error_text(d["error"])
    if kind == "bad_value":
        error = str(d["error"])
        return tr("{name}: {error}").format(name=d["name"], error=error[:1].upper() + error[1:])
    if kind == "unknown_name":
        return tr("unknown name `{name}` — did you mean `{suggestion}`? (or add it as a parameter)").format(
            name=d["name"], suggestion=d["suggestion"])
    if kind == "missing_value":
        return tr("`{name}` has no value yet: type its start value, or make it data and type its values.").format(
            name=d["name"])
    return kind
