"""Run under a real X server (Xvfb, the xcb platform): open the window, press F11, and print
what the X server reports as JSON (tests/screen/test_full_screen.py)."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def _wait(app: QApplication, condition, seconds: float = 30.0) -> bool:
    until = time.monotonic() + seconds
    while not condition() and time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)
    return bool(condition())


def main() -> int:
    app = QApplication(sys.argv)
    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow

    i18n.install_language("en")
    folder = Path(tempfile.mkdtemp())
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat), "en", folder)
    window.show()
    window.start_loading()
    _wait(app, lambda: window.ready, 120.0)
    window.load_preset("l3-gradient-descent")
    before = window.frameGeometry()
    screen = window.screen().geometry()
    window.presentation_action.trigger()  # what F11 does
    full = _wait(app, lambda: window.isFullScreen() and window.frameGeometry() == screen)
    _wait(app, lambda: False, 0.5)  # the panes settle
    shown = window.frameGeometry()
    left, centre, side = window.pane_widths()
    window.presentation_action.trigger()
    back = _wait(app, lambda: not window.isFullScreen() and window.frameGeometry().size() == before.size())
    after = window.frameGeometry()
    print(json.dumps({
        "platform": app.platformName(), "screen": [screen.width(), screen.height()],
        "full_screen": full, "shown": [shown.x(), shown.y(), shown.width(), shown.height()],
        "panes": [left, centre, side], "back": back,
        "before": [before.width(), before.height()], "after": [after.width(), after.height()],
    }))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
