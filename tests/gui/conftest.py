"""Shared fixtures for window tests: an isolated QSettings, a window with torch loaded, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.gui.shots import save_shot


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Build a MainWindow (language "en" or "ko"), shown at projector size with torch loaded."""
    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow

    made = []

    def make(language: str = "en", state_dir: Path | None = None, settings_name: str = "settings.ini"):
        i18n.install_language(language)
        settings = QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat)
        window = MainWindow(settings, language, state_dir)
        qtbot.addWidget(window)
        window.resize(1600, 900)
        window.show()
        window.start_loading()
        qtbot.waitUntil(lambda: window.ready, timeout=60_000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        assert not any(r is not None for r in [window.controller._handle]), "worker left running"
    i18n.install_language("en")


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def shoot(tmp_path):
    """shoot(widget, name): save a screenshot to tmp_path (and to $GRADIENT_LAB_SHOTS if set)."""

    def save(widget, name: str) -> Path:
        return save_shot(widget, tmp_path, name)

    return save
