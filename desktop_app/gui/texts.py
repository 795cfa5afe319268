"""Translatable display texts for words the core hands over as data (statuses, optimizer names).

Why here: Qt's lupdate only finds literal strings, and the core (which has no Qt) names statuses
and optimizers in English; this table lets the window show them in the user's language.
"""

from __future__ import annotations

import re

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


def reason_text(reason: str) -> str:
    """A run's stop reason (core.runs writes it in English) in the interface language.

    The core's sentences are matched by pattern and rebuilt from translatable templates; a reason
    of another shape is shown as the core wrote it.
    """
    def tr(text: str) -> str:
        return QCoreApplication.translate("Reasons", text)

    what = {"loss": tr("the loss"), "gradient": tr("the gradient")}
    kinds = {"NaN (not a number)": tr("NaN (not a number)"), "infinite": tr("infinite")}
    patterns = (
        (r"the (loss|gradient) became (NaN \(not a number\)|infinite) at step (\d+): "
         r"the learning rate is probably too large",
         lambda m: tr("{what} became {kind} at step {step}: the learning rate is probably too large").format(
             what=what[m[1]], kind=kinds[m[2]], step=m[3])),
        (r"the (loss|gradient) is (NaN \(not a number\)|infinite) at the start values: "
         r"check the start values and the data",
         lambda m: tr("{what} is {kind} at the start values: check the start values and the data").format(
             what=what[m[1]], kind=kinds[m[2]])),
        (r"the loss exploded to (\S+) at step (\d+) \(beyond (\S+)\): the learning rate is probably too large",
         lambda m: tr("the loss exploded to {loss} at step {step} (beyond {bound}): "
                      "the learning rate is probably too large").format(loss=m[1], step=m[2], bound=m[3])),
        (r"converged: the gradient norm (\S+) is at most grad_tol (\S+) \(step (\d+)\)",
         lambda m: tr("converged: the gradient norm {norm} is at most grad_tol {tol} (step {step})").format(
             norm=m[1], tol=m[2], step=m[3])),
        (r"converged: the loss changed by (\S+), at most loss_tol (\S+) \(step (\d+)\)",
         lambda m: tr("converged: the loss changed by {change}, at most loss_tol {tol} (step {step})").format(
             change=m[1], tol=m[2], step=m[3])),
        (r"time limit of (\S+) s reached", lambda m: tr("time limit of {seconds} s reached").format(seconds=m[1])),
        (r"stopped by the user", lambda m: tr("stopped by the user")),
    )
    for pattern, build in patterns:
        match = re.fullmatch(pattern, reason)
        if match:
            return build(match)
    return reason
