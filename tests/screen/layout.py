"""Finding cut-off text in a window: labels, buttons, combo boxes, line edits and table headers
narrower than their text, widgets that reach past the right edge of the scroll area they are
in, and scroll areas that scroll sideways. Used by the layout tests at each screen size.

What counts as cut (as Qt lays it out, not from a picture):
- a label that does not wrap, a button, a combo box: its size hint is wider than it;
- a label that wraps: its minimum size hint (its longest word) is wider than it;
- a line edit whose text is wider than its contents; a header section narrower than its title;
- a tab past its bar's edge (behind scroll arrows), or elided without its name as tooltip;
- any of them whose right edge lies past the visible part of an enclosing scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QTabBar,
    QWidget,
)

#: Pixels of slack: rounding of fractional font metrics.
SLACK = 1


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0 and widget.height() > 0


def _text_need(widget: QWidget) -> tuple[str, int] | None:
    """(text, pixels it needs) for a widget that shows text; None for the others."""
    if isinstance(widget, QLabel):
        if not widget.text() or not widget.pixmap().isNull():
            return None
        hint = widget.minimumSizeHint() if widget.wordWrap() else widget.sizeHint()
        return widget.text(), hint.width()
    if isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        style = widget.style()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
                       + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget))
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        if isinstance(widget, (QCheckBox, QRadioButton)):
            icon += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget) + 8
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = widget.fontMetrics().horizontalAdvance(text) + padding + icon
        return widget.text(), min(widget.sizeHint().width(), needed)  # a button's hint is at least 80 px
    if isinstance(widget, QComboBox):
        text = widget.currentText()
        if not text:
            return None
        arrow = widget.sizeHint().width() - widget.fontMetrics().horizontalAdvance(
            max((widget.itemText(i) for i in range(widget.count())), key=widget.fontMetrics().horizontalAdvance))
        return text, widget.fontMetrics().horizontalAdvance(text) + max(0, arrow)
    if isinstance(widget, QLineEdit):
        text = widget.text()
        if not text or widget.echoMode() != QLineEdit.EchoMode.Normal:
            return None
        margins = widget.width() - widget.contentsRect().width() + 8  # frame and text margins
        return text, widget.fontMetrics().horizontalAdvance(text) + margins
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    problems = []
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return problems
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin
        if needed > header.sectionSize(section) + SLACK:
            problems.append(f'header "{text[:40]}": needs {needed} px, has {header.sectionSize(section)}')
    return problems


def _tab_problems(bar: QTabBar) -> list[str]:
    """Tabs behind the bar's edge (scroll arrows), and elided tab names without a tooltip."""
    problems = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        rect, text = bar.tabRect(index), bar.tabText(index)
        if rect.left() < 0 or rect.right() > bar.width() + SLACK:
            problems.append(f'tab "{text}": past the edge of its bar')
        elif metrics.horizontalAdvance(text) > rect.width() - 8 and not bar.tabToolTip(index):
            problems.append(f'tab "{text}": elided without a tooltip')
    return problems


def _scroll_viewports(widget: QWidget, root: QWidget):
    """The viewports of the scroll areas (under `root`, or `root` itself) that hold `widget`."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            yield parent
        if parent is root:
            return
        parent = parent.parentWidget()


def _past_edge(widget: QWidget, root: QWidget) -> int:
    """How many pixels of `widget` lie right of (or left of) a scroll area's visible part."""
    worst = 0
    for viewport in _scroll_viewports(widget, root):
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        right = left + widget.width()
        worst = max(worst, right - viewport.width(), -left)
    return worst


def clipped(root: QWidget) -> list[str]:
    """'Class "text": needs W px, has w' for every shown widget under `root` whose text is cut,
    '... past the edge' for one reaching out of its scroll area's visible part, and
    'scrolls sideways: Class' for every scroll area with a visible horizontal scroll bar."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        need = _text_need(widget)
        if need is not None:
            text, needed = need
            name = type(widget).__name__
            if needed > widget.width() + SLACK:
                problems.append(f'{name} "{text[:40]}": needs {needed} px, has {widget.width()}')
            past = _past_edge(widget, root)
            if past > SLACK:
                problems.append(f'{name} "{text[:40]}": {past} px past the edge of its scroll area')
        if isinstance(widget, QHeaderView):
            problems.extend(_header_problems(widget))
        if isinstance(widget, QTabBar):
            problems.extend(_tab_problems(widget))
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"scrolls sideways: {type(widget).__name__} {widget.objectName()}"
                            f" ({widget.horizontalScrollBar().maximum()} px)")
    return problems
