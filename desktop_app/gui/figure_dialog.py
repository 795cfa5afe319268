"""File → Export figure: the slide's size (1920 × 1080, 4:3 or custom) and its title.

Why a dialog: a figure for slides is made once per lesson, and its size depends on the
projector and the slide template; the choice is remembered for the next export.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.gui.figure_export import FIGURE_SIZES, MAX_SIDE, MIN_SIDE, FigureSpec


class FigureDialog(QDialog):
    """Asks for a figure's size and title; `spec()` is the answer."""

    def __init__(self, title: str = "", settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export figure"))
        self._settings = settings
        self.size_choice = QComboBox()
        for name, (width, height) in FIGURE_SIZES.items():
            self.size_choice.addItem(name, (width, height))
        self.size_choice.addItem(self.tr("Custom size"), None)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box in (self.width_box, self.height_box):
            box.setRange(MIN_SIDE, MAX_SIDE)
            box.setSuffix(self.tr(" px"))
        self.title_edit = QLineEdit(title)
        self.title_edit.setPlaceholderText(self.tr("no title"))
        sides = QHBoxLayout()
        sides.addWidget(self.width_box)
        sides.addWidget(self.height_box)
        form = QFormLayout(self)
        form.addRow(self.tr("Size"), self.size_choice)
        form.addRow(self.tr("Width × height"), sides)
        form.addRow(self.tr("Title"), self.title_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.size_choice.currentIndexChanged.connect(self._on_size)
        remembered = settings.value("export/figure_size", "") if settings is not None else ""
        index = self.size_choice.findText(str(remembered))
        self.size_choice.setCurrentIndex(max(0, index))
        self._on_size()
        if settings is not None and self.size_choice.currentData() is None:
            self.width_box.setValue(int(settings.value("export/figure_width", 1920)))
            self.height_box.setValue(int(settings.value("export/figure_height", 1080)))

    def _on_size(self) -> None:
        size = self.size_choice.currentData()
        custom = size is None
        for box in (self.width_box, self.height_box):
            box.setEnabled(custom)
        if not custom:
            self.width_box.setValue(size[0])
            self.height_box.setValue(size[1])

    def spec(self) -> FigureSpec:
        return FigureSpec(self.width_box.value(), self.height_box.value(), self.title_edit.text().strip())

    def accept(self) -> None:
        if self._settings is not None:
            self._settings.setValue("export/figure_size", self.size_choice.currentText())
            self._settings.setValue("export/figure_width", self.width_box.value())
            self._settings.setValue("export/figure_height", self.height_box.value())
        super().accept()


def ask_figure(parent: QWidget | None, title: str, settings: QSettings | None = None) -> FigureSpec | None:
    """The figure the user asks for, or None when the dialog is cancelled."""
    dialog = FigureDialog(title, settings, parent)
    return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None
