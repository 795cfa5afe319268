"""A row of widgets that stacks them under each other when its pane is too narrow for the row.

Why: the side panes are narrow (a quarter of a 1600 px screen, less in presentation mode with
larger type); buttons side by side there were cut ("Reset sco…", "larger →"). Stacked, each
keeps its whole text. Qt has no flow layout; a box layout that turns is enough for a row of two
or three buttons.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


class ReflowRow(QWidget):
    """`widgets` left to right while they fit, top to bottom when they do not."""

    def __init__(self, widgets: Iterable[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # may be narrower than the row
        for widget in widgets:
            self.add(widget)

    def add(self, widget: QWidget) -> None:
        self._box.addWidget(widget)
        self.updateGeometry()

    def widgets(self) -> list[QWidget]:
        items = (self._box.itemAt(i) for i in range(self._box.count()))
        return [item.widget() for item in items if item.widget() is not None]

    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _row_width(self) -> int:
        shown = [w for w in self.widgets() if not w.isHidden()]
        return sum(w.sizeHint().width() for w in shown) + self._box.spacing() * max(0, len(shown) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        shown = [w for w in self.widgets() if not w.isHidden()]
        width = max((w.minimumSizeHint().width() for w in shown), default=0)  # a wrapping label: its longest word
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._row_width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self._box.direction():
            self._box.setDirection(direction)
            self.updateGeometry()


#: An invisible break opportunity: a wrapping label may break a long code word there.
BREAK = "\u200b"


def breakable(text: str) -> str:
    """`text` with break opportunities after the dots, brackets and commas of code words, so a
    wrapping label never needs more than the pane ("model.predict(test_images[0:10])가")."""
    out = []
    for index, char in enumerate(text):
        out.append(char)
        following = text[index + 1:index + 2]
        number = char in ".," and following.isdigit() and text[index - 1:index].isdigit()  # 1.5 stays whole
        if char in ".([,_" and following and not following.isspace() and not number:
            out.append(BREAK)
    return "".join(out)
