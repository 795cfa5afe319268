"""A window hands the interpreter lock over quickly (gui.lock_handover), from the moment it is
built: before any of its threads can hold the lock for 5 ms at a time."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings

from desktop_app.gui.lock_handover import SWITCH_INTERVAL


def test_building_a_window_lowers_the_switch_interval(qtbot, tmp_path):
    from desktop_app.gui.main_window import MainWindow

    sys.setswitchinterval(0.005)  # Python's default, as in a new process
    try:
        window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), views_later=True)
        qtbot.addWidget(window)
        assert sys.getswitchinterval() == SWITCH_INTERVAL  # before any thread was started
    finally:
        sys.setswitchinterval(SWITCH_INTERVAL)
