"""Words the window shows that come from elsewhere, marked for translation: the core's
hyper-parameter names (torch's keyword names, e.g. ``weight_decay``) and the context menus
pyqtgraph adds to every plot (it asks Qt's translator under its own contexts).

Why a table: lupdate only collects literal strings in our sources, so texts that the core or a
library words must be listed here to get their Korean.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_HYPER_NAMES = {
    "lr": QT_TRANSLATE_NOOP("HyperParameters", "learning rate (lr)"),
    "momentum": QT_TRANSLATE_NOOP("HyperParameters", "momentum"),
    "dampening": QT_TRANSLATE_NOOP("HyperParameters", "dampening"),
    "weight_decay": QT_TRANSLATE_NOOP("HyperParameters", "weight decay"),
    "beta1": QT_TRANSLATE_NOOP("HyperParameters", "β₁ (first-moment decay)"),
    "beta2": QT_TRANSLATE_NOOP("HyperParameters", "β₂ (second-moment decay)"),
    "eps": QT_TRANSLATE_NOOP("HyperParameters", "ε (added to the denominator)"),
    "amsgrad": QT_TRANSLATE_NOOP("HyperParameters", "AMSGrad variant"),
    "centered": QT_TRANSLATE_NOOP("HyperParameters", "centred"),
    "rho": QT_TRANSLATE_NOOP("HyperParameters", "ρ (averaging constant)"),
    "lr_decay": QT_TRANSLATE_NOOP("HyperParameters", "learning-rate decay"),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("HyperParameters", "initial accumulator"),
}

#: pyqtgraph's plot context menus (translated by Qt under pyqtgraph's contexts).
PYQTGRAPH_TEXTS = (
    QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),
    QT_TRANSLATE_NOOP("ViewBox", "View All"),
    QT_TRANSLATE_NOOP("ViewBox", "Mouse Mode"),
    QT_TRANSLATE_NOOP("ViewBox", "1 button"),
    QT_TRANSLATE_NOOP("ViewBox", "3 button"),
    QT_TRANSLATE_NOOP("ViewBox", "ViewBox options"),
    QT_TRANSLATE_NOOP("PlotItem", "Plot Options"),
    QT_TRANSLATE_NOOP("PlotItem", "Transforms"),
    QT_TRANSLATE_NOOP("PlotItem", "Downsample"),
    QT_TRANSLATE_NOOP("PlotItem", "Average"),
    QT_TRANSLATE_NOOP("PlotItem", "Alpha"),
    QT_TRANSLATE_NOOP("PlotItem", "Grid"),
    QT_TRANSLATE_NOOP("PlotItem", "Points"),
)



def hyper_name(name: str) -> str:
    """A hyper-parameter's name for its label, in the interface language (the core's name, e.g.
    ``weight_decay``, when it has no entry)."""
    text = _HYPER_NAMES.get(name)
    return QCoreApplication.translate("HyperParameters", text) if text else name
