"""The first window's size and place: what the window wants, never more than the screen has.

Why a function of its own: a first start used to open a 1600 × 900 window on a 1366 × 768
laptop, its title bar and status line off screen. The window asks for its preferred size and
gets it clipped to the screen's available area (without the task bar), centred.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

#: Share of the available area a first window may take (room for the window frame).
MAX_SHARE = 0.96


def fitted_geometry(available: QRect, wanted: QSize) -> QRect:
    """`wanted` clipped to MAX_SHARE of `available`, centred in it."""
    width = min(wanted.width(), int(available.width() * MAX_SHARE))
    height = min(wanted.height(), int(available.height() * MAX_SHARE))
    left = available.x() + (available.width() - width) // 2
    top = available.y() + (available.height() - height) // 2
    return QRect(left, top, width, height)


def fit_to_screen(window, wanted: QSize) -> None:
    """Give `window` its first geometry on the screen it will open on."""
    screen = window.screen()
    if screen is None:
        window.resize(wanted)
        return
    window.setGeometry(fitted_geometry(screen.availableGeometry(), wanted))
