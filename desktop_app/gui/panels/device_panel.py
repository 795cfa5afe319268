"""Device (CPU / CUDA / Auto) and precision (float32 / float64).

Why it asks the core: whether CUDA can be used, and why not, is the core's knowledge
(`core.devices.cuda_unavailable_reason`); the panel only shows it: without CUDA the CUDA choice
is disabled and its tooltip says why, with it the GPU's name is shown. The core imports torch, so
`populate()` is called once torch has loaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget


class DevicePanel(QGroupBox):
    """Device and dtype choice; `state()`/`set_state()` exchange it with the session."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Device"), parent)
        self.device = QComboBox()
        for label, value in ((self.tr("CPU"), "cpu"), (self.tr("CUDA (NVIDIA GPU)"), "cuda"),
                             (self.tr("Auto (GPU if available)"), "auto")):
            self.device.addItem(label, value)
        self.dtype = QComboBox()
        self.dtype.addItem(self.tr("float32 (the lessons' default)"), "float32")
        self.dtype.addItem(self.tr("float64 (more precise)"), "float64")
        self.info = QLabel(self.tr("loading PyTorch…"))
        self.info.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Device"), self.device)
        layout.addRow(self.tr("Precision"), self.dtype)
        layout.addRow(self.info)
        self.device.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.dtype.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def populate(self, cuda_reason: str | None, gpu_label: str | None) -> None:
        """Enable or disable CUDA with the reason (core.devices) and name the GPU if any."""
        item = self.device.model().item(self.device.findData("cuda"))  # type: ignore[union-attr]
        if cuda_reason is None:
            item.setEnabled(True)
            item.setToolTip(gpu_label or "")
            self.info.setText(self.tr("GPU: {name}").format(name=gpu_label))
        else:
            item.setEnabled(False)
            tip = self.tr("CUDA is not available: {reason}").format(reason=cuda_reason)
            item.setData(tip, Qt.ItemDataRole.ToolTipRole)
            self.info.setText(self.tr("No GPU: runs use the CPU."))
            self.info.setToolTip(tip)
            if self.device.currentData() == "cuda":
                self.device.setCurrentIndex(self.device.findData("cpu"))
        self.setEnabled(True)

    def state(self) -> dict[str, Any]:
        return {"device": self.device.currentData(), "dtype": self.dtype.currentData()}

    def set_state(self, state: dict[str, Any]) -> None:
        for combo, key in ((self.device, "device"), (self.dtype, "dtype")):
            index = combo.findData(state.get(key))
            if index >= 0 and combo.model().item(index).isEnabled():
                combo.setCurrentIndex(index)
