"""File → Export figure asks for the slide's size and title, and remembers the choice."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_app.gui.figure_dialog import FigureDialog
from desktop_app.gui.figure_export import FigureSpec


def test_presets_custom_size_and_memory(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = FigureDialog("L3.6 gradient descent", settings)
    qtbot.addWidget(dialog)
    assert dialog.spec() == FigureSpec(1920, 1080, "L3.6 gradient descent")
    assert not dialog.width_box.isEnabled()
    dialog.size_choice.setCurrentIndex(1)
    assert dialog.spec().width == 1600 and dialog.spec().height == 1200
    dialog.size_choice.setCurrentIndex(dialog.size_choice.count() - 1)  # custom
    assert dialog.width_box.isEnabled()
    dialog.width_box.setValue(1024)
    dialog.height_box.setValue(768)
    dialog.title_edit.setText("  Slide 3 ")
    dialog.accept()
    again = FigureDialog("", settings)
    qtbot.addWidget(again)
    assert again.spec() == FigureSpec(1024, 768, "")
