"""Translatable display texts for words the core hands over as data (statuses, optimizer names).

Why here: Qt's lupdate only finds literal strings, and the core (which has no Qt) names statuses
and optimizers in English; this table lets the window show them in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
