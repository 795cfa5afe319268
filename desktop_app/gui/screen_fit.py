"""The first window's size and place: what the window wants, never more than the screen has.

Why a function of its own: a first start used to open a 1600 × 900 window on a 1366 × 768
laptop, its title bar and status line off screen. The window asks for its preferred size and
gets it clipped to the screen's available area (without the task bar), centred.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QProxyStyle, QSizePolicy, QStyle, QTabWidget, QWidget

#: Share of the available area a first window may take (room for the window frame).
MAX_SHARE = 0.96
#: Pixels beside a compact tab's name (Fusion's default is about twice that).
COMPACT_TAB_SPACE = 10


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



class FrontPageTabs(QTabWidget):
    """A tab widget that asks for the room of the page in front only.

    Why: a QTabWidget's minimum is the largest minimum of all its pages, shown or not, so the
    MNIST view (about 1180 px wide) kept the window wider than a 1366 px laptop screen while the
    plots were in front. A page behind ignores its size hints until it comes to the front.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._follow)

    def tabInserted(self, index: int) -> None:  # noqa: N802 - Qt API
        super().tabInserted(index)
        self._follow(self.currentIndex())

    def _follow(self, current: int) -> None:
        for index in range(self.count()):
            policy = (QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored)
            self.widget(index).setSizePolicy(policy, policy)
        self.updateGeometry()


class _CompactTabs(QProxyStyle):
    """Less room beside each tab's name: six names fit a 1366 px screen's details pane whole."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 - Qt API
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return COMPACT_TAB_SPACE
        return super().pixelMetric(metric, option, widget)


def compact_tabs(tabs: QTabWidget) -> None:
    """Tabs that shrink (narrow padding; names elided, whole in the tooltip, when even that is
    too wide) instead of hiding behind scroll arrows."""
    style = _CompactTabs()
    style.setParent(tabs)  # kept alive with the tab widget
    tabs.tabBar().setStyle(style)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
