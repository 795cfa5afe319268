"""A Korean font for the Korean interface, shipped for systems that have none.

Fresh Windows/macOS installs and most Linux desktops cover Hangul already; minimal Linux
installs (and some classroom images) do not, and Korean text then shows as empty boxes. The
bundled NanumGothic (OFL, resources/fonts/) is registered only when Qt finds no installed
font for the Korean writing system, so a normal start pays one font-database query.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase

from desktop_app.assets import resource

BUNDLED_FONT = ("fonts", "NanumGothic.ttf")
log = logging.getLogger(__name__)


def system_has_korean_font() -> bool:
    """Whether an installed font supports the Korean writing system."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def install_korean_font_if_needed() -> str | None:
    """Register the bundled Korean font unless the system has one; return its family if registered.

    Call after the QApplication exists and before Korean text is shown. The bundled family is
    added as a substitute of the application font, so Hangul falls back to it in every widget.
    """
    if system_has_korean_font():
        return None
    data = resource(*BUNDLED_FONT).read_bytes()
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the bundled Korean font %s", "/".join(BUNDLED_FONT))
        return None
    family = families[0]
    for base in {QFont().family(), QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()}:
        QFont.insertSubstitution(base, family)
    log.info("no installed font covers Hangul; using the bundled %s", family)
    return family
