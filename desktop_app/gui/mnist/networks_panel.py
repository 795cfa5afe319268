"""Which networks to train and how: the lesson's two, each with its own defaults on show.

Each network has its row (train it or not, its update rule, learning rate and epochs, prefilled
with the lesson's: RMSprop 1e-3 for 5 epochs; plain `w -= lr·grad` 1e-3 for 10 epochs), so a
teacher sees both side by side and nothing changes behind their back. Below them, what both
share: the data (batch size, training images), the hidden width, device, seed and the order.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.devices import cuda_unavailable_kind
from desktop_app.core.mnist.train import KERAS_RMSPROP, MODELS, TrainSpec, lesson_epochs
from desktop_app.core.optimizers import OPTIMIZERS
from desktop_app.gui.texts import core_text, cuda_reason_text, optimizer_title

LESSON_LR = 1e-3
#: The curves' colour of each network, shared by every view that names it.
COLOURS = {"keras": "#1f5fbf", "naive": "#d9700f"}


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setGroupSeparatorShown(True)
    return spin


class NetworksPanel(QGroupBox):
    """The training form; `specs()` gives one TrainSpec per ticked network (ValueError if unusable).

    `changed` whenever a network's rule, learning rate or epochs change (the curves' key follows).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Networks"))
        self.enabled: dict[str, QCheckBox] = {}
        self.lr: dict[str, QLineEdit] = {}
        self.epochs: dict[str, QSpinBox] = {}
        self.optimizer = QComboBox()
        self.optimizer.addItem(self.tr("RMSprop (Keras)"), KERAS_RMSPROP)
        for name, info in OPTIMIZERS.items():
            self.optimizer.addItem(optimizer_title(name, info.title), name)
            self.optimizer.setItemData(self.optimizer.count() - 1, core_text(info.help), Qt.ItemDataRole.ToolTipRole)
        self.optimizer.setToolTip(self.tr("The Keras network's optimizer; the lesson's is RMSprop with Keras's rule"))
        self.rule = QLabel(self.tr("w -= lr × grad (lesson)"))
        self.rule.setToolTip(self.tr("The from-scratch network updates its weights by hand, as the lesson writes it"))

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Update")), 0, 1)
        grid.addWidget(QLabel(self.tr("Learning rate")), 0, 2)
        grid.addWidget(QLabel(self.tr("Epochs")), 0, 3)
        titles = {"keras": self.tr("Keras network"), "naive": self.tr("From scratch")}
        tips = {
            "keras": self.tr("784 → Dense 512 relu → Dense 10 softmax, Glorot-uniform weights, zero biases, "
                             "a fresh shuffle each epoch"),
            "naive": self.tr("The lesson's NaiveDense layers (weights uniform in [0, 0.1]), batches in order"),
        }
        for row, model in enumerate(MODELS, start=1):
            box = QCheckBox(titles[model])
            box.setChecked(True)
            box.setToolTip(tips[model])
            box.setStyleSheet(f"QCheckBox {{ color: {COLOURS[model]}; font-weight: bold; }}")
            lr = QLineEdit(f"{LESSON_LR:g}")
            lr.setMaximumWidth(lr.fontMetrics().horizontalAdvance("0.00001") + 16)
            lr.setToolTip(self.tr("Learning rate (the lesson's: 0.001)"))
            lr.textChanged.connect(lambda _text, field=lr: self._check_lr(field))
            epochs = _spin(1, 1000, lesson_epochs(model))
            epochs.setToolTip(self.tr("The lesson's: {epochs}").format(epochs=lesson_epochs(model)))
            self.enabled[model], self.lr[model], self.epochs[model] = box, lr, epochs
            grid.addWidget(box, row, 0)
            grid.addWidget(self.optimizer if model == "keras" else self.rule, row, 1)
            grid.addWidget(lr, row, 2)
            grid.addWidget(epochs, row, 3)
        grid.setColumnStretch(1, 1)
        self.defaults = QLabel(self.tr(
            "Lesson defaults: Keras network RMSprop 0.001, 5 epochs; from scratch w -= lr × grad 0.001, 10 epochs."))
        self.defaults.setWordWrap(True)
        self.defaults.setStyleSheet("color: #505050;")

        self.together = QRadioButton(self.tr("Both at once"))
        self.in_turn = QRadioButton(self.tr("One after the other"))
        self.together.setChecked(True)
        self.order = QButtonGroup(self)
        for button in (self.together, self.in_turn):
            self.order.addButton(button)

        self.batch_size = _spin(1, 60_000, 128)
        self.hidden = _spin(1, 4096, 512)
        self.hidden.setToolTip(self.tr("Units in the hidden layer"))
        self.limit = _spin(0, 60_000, 0)
        self.limit.setSpecialValueText(self.tr("all"))
        self.limit.setSingleStep(1000)
        self.limit.setToolTip(self.tr("Train on the first N training images only (quicker demos)"))
        self.device = QComboBox()
        for label, value in ((self.tr("Auto (GPU if available)"), "auto"), (self.tr("CPU"), "cpu"),
                             (self.tr("CUDA (NVIDIA GPU)"), "cuda")):
            self.device.addItem(label, value)
        reason = cuda_reason_text(cuda_unavailable_kind())
        if reason is not None:
            self.device.setItemData(2, self.tr("CUDA is not available: {reason}").format(reason=reason),
                                    Qt.ItemDataRole.ToolTipRole)
        self.seed = _spin(0, 2**31 - 1, 0)
        self.seed.setToolTip(self.tr("The same seed gives the same starting weights and batch order"))
        for combo in (self.optimizer, self.device):  # long names must not widen the panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        shared = QFormLayout()
        shared.addRow(self.tr("Batch size"), self.batch_size)
        shared.addRow(self.tr("Hidden units"), self.hidden)
        shared.addRow(self.tr("Training images"), self.limit)
        shared.addRow(self.tr("Device"), self.device)
        shared.addRow(self.tr("Seed"), self.seed)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.defaults)
        order = QGridLayout()
        order.addWidget(self.together, 0, 0)
        order.addWidget(self.in_turn, 0, 1)
        layout.addLayout(order)
        layout.addLayout(shared)
        self.optimizer.currentIndexChanged.connect(self.changed)
        for model in MODELS:
            self.lr[model].textChanged.connect(self.changed)
            self.epochs[model].valueChanged.connect(self.changed)

    def copy_to(self, other: NetworksPanel) -> None:
        """Give `other` (this form in a new window) every value of this one."""
        for model in MODELS:
            other.enabled[model].setChecked(self.enabled[model].isChecked())
            other.lr[model].setText(self.lr[model].text())
            other.epochs[model].setValue(self.epochs[model].value())
        for combo in ("optimizer", "device"):
            getattr(other, combo).setCurrentIndex(getattr(self, combo).currentIndex())
        for spin in ("batch_size", "hidden", "limit", "seed"):
            getattr(other, spin).setValue(getattr(self, spin).value())
        (other.together if self.together.isChecked() else other.in_turn).setChecked(True)

    def describe(self, model: str) -> str:
        """e.g. "RMSprop as Keras, lr 0.001, 5 epochs": what the network will train with."""
        if model == "keras":
            rule = (self.tr("RMSprop as Keras") if self.optimizer.currentData() == KERAS_RMSPROP
                    else self.optimizer.currentText())
        else:
            rule = self.tr("w -= lr × grad")
        return self.tr("{rule}, lr {lr}, {epochs} epochs").format(
            rule=rule, lr=self.lr[model].text().strip(), epochs=self.epochs[model].value())

    @staticmethod
    def _learning_rate(field: QLineEdit) -> float | None:
        try:
            value = float(field.text().strip())
        except ValueError:
            return None
        return value if math.isfinite(value) and value > 0 else None

    def _check_lr(self, field: QLineEdit) -> None:
        field.setStyleSheet("" if self._learning_rate(field) is not None else "border: 2px solid #C62828;")

    def chosen(self) -> list[str]:
        return [model for model in MODELS if self.enabled[model].isChecked()]

    def order_name(self) -> str:
        return "together" if self.together.isChecked() else "in_turn"

    def limit_train(self) -> int | None:
        return self.limit.value() or None

    def specs(self) -> dict[str, TrainSpec]:
        chosen = self.chosen()
        if not chosen:
            raise ValueError(self.tr("Tick at least one network to train"))
        specs = {}
        for model in chosen:
            lr = self._learning_rate(self.lr[model])
            if lr is None:
                raise ValueError(self.tr("The learning rate must be a positive number, e.g. 0.001"))
            specs[model] = TrainSpec(
                model=model, optimizer=self.optimizer.currentData() if model == "keras" else None, lr=lr,
                epochs=self.epochs[model].value(), batch_size=self.batch_size.value(),
                hidden=self.hidden.value(), device=self.device.currentData(), seed=self.seed.value(),
                flush_seconds=1 / 30, pictures=True,
            )
        return specs
