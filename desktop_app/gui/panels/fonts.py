"""Fonts of the teaching panels, sized relative to the font the window gives them.

The window scales its font for presentation mode (F11, Ctrl+=). The panels draw numbers larger
than the surrounding text, so they set explicit fonts; deriving them from the inherited font
(and recomputing on ``QEvent.FontChange``) keeps them growing with the window.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase


def scaled(base: QFont, factor: float, *, bold: bool = False, mono: bool = False) -> QFont:
    """``base`` (or the system monospace font) at ``factor`` times the base point size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if mono else QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
