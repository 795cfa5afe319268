"""Model and optimizer settings for the MNIST tab, read as a core TrainSpec.

The defaults are the lesson's (Keras network, RMSprop with Keras's defaults, 5 epochs of batch
128); every optimizer of the core can be picked instead. The from-scratch model trains only with
the lesson's own `w -= lr × grad`, so the optimizer choice is locked while it is selected.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from desktop_app.core.devices import cuda_unavailable_reason
from desktop_app.core.mnist.train import TrainSpec
from desktop_app.core.optimizers import OPTIMIZERS

LESSON_EPOCHS = {"keras": 5, "naive": 10}


class SettingsPanel(QGroupBox):
    """The training form; `spec()` returns the TrainSpec (ValueError for an unusable field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Model and training"))
        self.model = QComboBox()
        self.model.addItem(self.tr("Keras network (the lesson's)"), "keras")
        self.model.addItem(self.tr("From scratch (NaiveDense)"), "naive")
        self.model.setToolTip(self.tr(
            "Keras network: 784 → Dense 512 relu → Dense 10 softmax, Glorot-uniform weights.\n"
            "From scratch: the lesson's NaiveDense layers (weights uniform in [0, 0.1]), "
            "batches in order, w -= learning rate × gradient."))
        self.optimizer = QComboBox()
        self.optimizer.addItem(self.tr("RMSprop, Keras defaults (the lesson's)"), None)
        for name, info in OPTIMIZERS.items():
            self.optimizer.addItem(info.title, name)
            self.optimizer.setItemData(self.optimizer.count() - 1, info.help, Qt.ItemDataRole.ToolTipRole)
        self.lr = QLineEdit("0.001")
        self.lr.setToolTip(self.tr("Learning rate (the lesson uses 0.001)"))
        self.epochs = self._spin(1, 1000, LESSON_EPOCHS["keras"])
        self.batch_size = self._spin(1, 60_000, 128)
        self.hidden = self._spin(1, 4096, 512)
        self.hidden.setToolTip(self.tr("Units in the hidden layer"))
        self.limit = self._spin(0, 60_000, 0)
        self.limit.setSpecialValueText(self.tr("all"))
        self.limit.setSingleStep(1000)
        self.limit.setToolTip(self.tr("Train on the first N training images only (quicker demos)"))
        self.device = QComboBox()
        for label, value in ((self.tr("CPU"), "cpu"), (self.tr("CUDA (NVIDIA GPU)"), "cuda"),
                             (self.tr("Auto (GPU if available)"), "auto")):
            self.device.addItem(label, value)
        reason = cuda_unavailable_reason()
        if reason is not None:
            tip = self.tr("CUDA is not available: {reason}").format(reason=reason)
            self.device.setItemData(1, tip, Qt.ItemDataRole.ToolTipRole)
        self.seed = self._spin(0, 2**31 - 1, 0)
        self.seed.setToolTip(self.tr("The same seed gives the same starting weights and batch order"))

        for combo in (self.model, self.optimizer, self.device):  # long names must not widen the panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        form = QFormLayout(self)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Optimizer"), self.optimizer)
        form.addRow(self.tr("Learning rate"), self.lr)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Batch size"), self.batch_size)
        form.addRow(self.tr("Hidden units"), self.hidden)
        form.addRow(self.tr("Training images"), self.limit)
        form.addRow(self.tr("Device"), self.device)
        form.addRow(self.tr("Seed"), self.seed)
        self.model.currentIndexChanged.connect(self._on_model)
        self.lr.textChanged.connect(self._check_lr)

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setGroupSeparatorShown(True)
        return spin

    def _on_model(self) -> None:
        naive = self.model.currentData() == "naive"
        if naive:
            self.optimizer.setCurrentIndex(0)
        self.optimizer.setEnabled(not naive)
        self.optimizer.setItemText(0, self.tr("w -= lr × grad (the lesson's)") if naive
                                   else self.tr("RMSprop, Keras defaults (the lesson's)"))
        self.epochs.setValue(LESSON_EPOCHS[self.model.currentData()])

    def _learning_rate(self) -> float | None:
        try:
            value = float(self.lr.text().strip())
        except ValueError:
            return None
        return value if math.isfinite(value) and value > 0 else None

    def _check_lr(self) -> None:
        self.lr.setStyleSheet("" if self._learning_rate() is not None else "border: 2px solid #C62828;")

    def limit_train(self) -> int | None:
        return self.limit.value() or None

    def spec(self) -> TrainSpec:
        lr = self._learning_rate()
        if lr is None:
            raise ValueError(self.tr("The learning rate must be a positive number, e.g. 0.001"))
        return TrainSpec(
            model=self.model.currentData(), optimizer=self.optimizer.currentData(), lr=lr,
            epochs=self.epochs.value(), batch_size=self.batch_size.value(), hidden=self.hidden.value(),
            device=self.device.currentData(), seed=self.seed.value(), flush_seconds=1 / 30,
        )
