"""Number and name formatting shared by the teaching panels.

Students copy the numbers on the wall into their notebooks, so every panel writes a number the
same way: four significant digits, ASCII minus in numbers, a typographic minus (U+2212) for the
subtraction operator, negative operands in parentheses. Parameter names come from the user;
Greek letter names (``beta``, ``alpha1``) are shown as the letter (β, α₁).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

MINUS = "\u2212"
DOT = "\u00b7"

_GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "lam": "λ", "mu": "μ",
    "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω",
}
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_GREEK_NAME = re.compile(r"^([A-Za-z]+)_?(\d*)$")


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
                rate: str = "α") -> str:
    """The gradient-descent update written out with numbers, as the lessons write it.

    ``β_new = β_old − α·grad = -10 − 0.001667·(-6) = -9.99``
    """
    shown = display_name(name)
    return (f"{shown}_new = {shown}_old {MINUS} {rate}{DOT}grad = "
            f"{fmt(old)} {MINUS} {operand(lr)}{DOT}{operand(grad)} = {fmt(new)}")


def step_line(name: str, old: float, new: float) -> str:
    """An update by an optimizer whose step is not ``lr·grad`` (Adam, momentum, ...)."""
    shown = display_name(name)
    return f"{shown}: {fmt(old)} → {fmt(new)}  (Δ = {fmt(new - old)})"
