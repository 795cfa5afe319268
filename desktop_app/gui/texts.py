"""Translatable display texts for words the core hands over as data (statuses, optimizer names).

Why here: Qt's lupdate only finds literal strings, and the core (which has no Qt) names statuses
and optimizers in English; this table lets the window show them in the user's language.
"""

from __future__ import annotations

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
