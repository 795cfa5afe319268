"""Fonts of the teaching panels, sized relative to the font the window gives them.

The window scales its font for presentation mode (F11, Ctrl+=). The panels draw numbers larger
than the surrounding text, so they set explicit fonts; deriving them from the inherited font
(and recomputing on ``QEvent.FontChange``) keeps them growing with the window.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

#: Monospace fonts with Hangul, tried after the system's: a Korean word and the numbers next to
#: it then share one monospace font instead of falling back to a proportional one.
KOREAN_MONO_FAMILIES = ("NanumGothicCoding", "D2Coding", "Noto Sans Mono CJK KR")


def monospace(points: float) -> QFont:
    """The system monospace font at ``points``, with Hangul from a monospace font too."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    # The system font is often an alias ("monospace"): name the real family first.
    font.setFamilies([QFontInfo(font).family(), *KOREAN_MONO_FAMILIES])
    font.setPointSizeF(points)
    return font


def scaled(base: QFont, factor: float, *, bold: bool = False, mono: bool = False) -> QFont:
    """``base`` (or the monospace font) at ``factor`` times the base point size."""
    size = (base.pointSizeF() if base.pointSizeF() > 0 else 10.0) * factor
    font = monospace(size) if mono else QFont(base)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font
