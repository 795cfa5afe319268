"""Number and name formatting shared by the teaching panels.

Students copy the numbers on the wall into their notebooks, so every panel writes a number the
same way: four significant digits, ASCII minus in numbers, a typographic minus (U+2212) for the
subtraction operator, negative operands in parentheses. Parameter names come from the user;
Greek letter names (``beta``, ``alpha1``) are shown as the letter (β, α₁).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

MINUS = "\u2212"
DOT = "\u00b7"
NBSP = "\u00a0"

_GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "lam": "λ", "mu": "μ",
    "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω",
}
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_GREEK_NAME = re.compile(r"^([A-Za-z]+)_?(\d*)$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


#: Elements listed before a tensor is abbreviated with "…".
SHOWN_ELEMENTS = 4


def fmt(value: float, digits: int = 4) -> str:
    """A number as students read it: ``-10``, ``0.001667``, ``-9.99``, ``1.2e+05``."""
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    text = f"{value:.{digits}g}"
    return "0" if text == "-0" else text


def operand(value: float, digits: int = 4) -> str:
    """A number written after an operator: negative values in parentheses, ``(-6)``."""
    text = fmt(value, digits)
    return f"({text})" if text.startswith("-") else text


def display_name(name: str) -> str:
    """``beta`` -> ``β``, ``beta1`` / ``beta_1`` -> ``β₁``, ``x[0,1]`` unchanged, ``w`` unchanged."""
    match = _GREEK_NAME.match(name)
    if match and match.group(1) in _GREEK:
        return _GREEK[match.group(1)] + match.group(2).translate(_SUBSCRIPT)
    return name


def rate_symbol(names: Iterable[str]) -> str:
    """α for the learning rate, unless a user's own name already shows as α."""
    return "lr" if any(display_name(n) == "α" for n in names) else "α"


def update_line(name: str, old: float, lr: float, grad: float, new: float,
                rate: str = "α", digits: int = 4) -> str:
    """The gradient-descent update written out with numbers, as the lessons write it.

    ``β_new = β_old − α·grad = -10 − 0.001667·(-6) = -9.99``; `digits` for the old and new
    values (core.latex.step_digits: enough that the step shows, 10.1892 and not 10.19).
    """
    rule = _tr("{name}_new = {name}_old − {rate}·grad").format(name=display_name(name), rate=rate)
    return f"{rule} = {fmt(old, digits)} {MINUS} {operand(lr)}{DOT}{operand(grad)} = {fmt(new, digits)}"


def sentence(message: str, capital: bool = True) -> str:
    """A core message on screen: `name` quoted as ‘name’ and, as a sentence of its own, a
    capital first letter (core messages start lower-case to read well after ``line L: ``)."""
    message = re.sub(r"`([^`]*)`", r"‘\1’", message)
    return message[:1].upper() + message[1:] if capital else message


def derivation(line: str) -> str:
    """A line that a narrow label breaks only before an "=", as one writes a derivation:
    ``β_new = β_old − α·grad`` / ``= -10 − 0.001667·(-6)`` / ``= -9.99``. Every other space
    becomes a non-breaking one (U+00A0)."""
    return line.replace(" ", NBSP).replace(f"{NBSP}=", " =")


def step_line(name: str, old: float, new: float, digits: int = 4) -> str:
    """An update by an optimizer whose step is not ``lr·grad`` (Adam, momentum, ...)."""
    shown = display_name(name)
    return f"{shown}: {fmt(old, digits)} → {fmt(new, digits)}  (Δ = {fmt(new - old)})"


def tensor_text(value: Any, shape: Sequence[int], digits: int = 4) -> str:
    """A value or gradient (a number, nested lists or an array) in a few characters: ``-6``,
    ``[2.31, 0.7]``, ``4×4 [1, 2, 3, 4, …]``, ``4×4 all 1.812``
    (the lesson's point that every element of a gradient is the same)."""
    if value is None:
        return "—"
    if isinstance(value, Mapping):  # summarised by core.graph
        return _tr("{shape} mean {mean} (min {min}, max {max})").format(
            shape="×".join(map(str, shape)), mean=fmt(value["mean"], digits), min=fmt(value["min"], digits),
            max=fmt(value["max"], digits))
    if not shape:
        return fmt(value, digits)
    flat = np.asarray(value, dtype=np.float64).ravel()
    size = flat.size
    if size > 1 and bool(np.all(flat == flat[0])):
        return _tr("{shape} all {value}").format(shape="×".join(map(str, shape)), value=fmt(flat[0], digits))
    numbers = ", ".join(fmt(v, digits) for v in flat[:SHOWN_ELEMENTS])
    more = ", …" if size > SHOWN_ELEMENTS else ""
    prefix = "" if len(shape) == 1 and size <= SHOWN_ELEMENTS else "×".join(map(str, shape)) + " "
    return f"{prefix}[{numbers}{more}]"


def plain_step(old: float, grad: float, lr: float, new: float) -> bool:
    """Whether an update was ``new = old − lr·grad``, so the lesson's formula may be written.

    Momentum, Adam and friends take other steps; they are shown as old → new instead.
    """
    scale = max(1.0, abs(old))
    return math.isclose(new, old - lr * grad, rel_tol=1e-5, abs_tol=1e-9 * scale)
