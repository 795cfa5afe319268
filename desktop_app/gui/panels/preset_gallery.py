"""The start page: every lesson preset as a card, grouped by lesson, with a search box.

``PresetGallery(language="en", parent=None)``

Signals
    ``presetChosen(str)``   the preset name (``core.presets`` key) the teacher clicked or
                            activated with Enter/Space on a focused card.
Slots / methods
    ``set_language(code)``  "en" or "ko": titles and explanations from the preset's own
                            English or Korean text.
    ``set_filter(text)``    show only cards whose lesson, title, explanation or expression
                            contains every word of ``text`` (the search box calls it).
    ``visible_names() -> list[str]``  the preset names currently shown, in lesson order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.presets import PRESETS, Preset
from desktop_app.gui.panels.fonts import scaled

COLUMNS = 2
#: A card's inner margins and the space between its lines of text (px).
MARGINS = QMargins(14, 10, 14, 12)
SPACING = 6
#: The card's colours: its border (normal, and under the mouse or focused), lesson number, expression.
BORDER, ACTIVE_BORDER = QColor("#c8c8c8"), QColor("#1f4fbf")
LESSON_COLOUR, EXPRESSION_COLOUR = QColor("#1f4fbf"), QColor("#b0006a")
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class PresetCard(QWidget):
    """One lesson example: its number, title, expression and explanation; click to load it.

    Why painted, not four labels: the start page is the window's first frame (target 0.5 s from
    a double click), and 22 cards of four word-wrapped labels each, styled by a style sheet,
    took about 0.15 s to build, polish and lay out; a card that paints its own text takes a
    fraction of that. Its texts stay readable by assistive tools (accessible name and
    description) and by tests (`texts()`).
    """

    chosen = Signal(str)

    def __init__(self, preset: Preset, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = preset
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        sizing = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self._fonts = {part: QFont() for part in ("lesson", "title", "expression", "explanation")}
        self._texts = {"lesson": preset.lesson, "title": "", "expression": preset.expression, "explanation": ""}
        self._heights: dict[int, int] = {}  # width -> height, until a text or a font changes
        self.set_language(language)

    def texts(self) -> dict[str, str]:
        """What the card reads: lesson, title, expression, explanation."""
        return dict(self._texts)

    def font_of(self, part: str) -> QFont:
        return QFont(self._fonts[part])

    def apply_fonts(self, base: QFont) -> None:
        """Sizes relative to the gallery's font."""
        self._fonts = {"lesson": scaled(base, 1.1, bold=True), "title": scaled(base, 1.35, bold=True),
                       "expression": scaled(base, 1.2, mono=True), "explanation": scaled(base, 1.2)}
        self._changed()

    def set_language(self, language: str) -> None:
        korean = language == "ko"
        self._texts["title"] = self.preset.title_ko if korean else self.preset.title
        self._texts["explanation"] = self.preset.explanation_ko if korean else self.preset.explanation
        self.setToolTip(self.tr("Load lesson {lesson}: {name}").format(
            lesson=self.preset.lesson, name=self.preset.name))
        self.setAccessibleName(f"{self.preset.lesson} {self._texts['title']}")
        self.setAccessibleDescription(f"{self.preset.expression}. {self._texts['explanation']}")
        self._changed()

    def _changed(self) -> None:
        self._heights.clear()
        self.updateGeometry()
        self.update()

    def _lines(self, width: int) -> list[tuple[str, QRect]]:
        """Each part and where it goes in a card `width` wide."""
        inner = max(width - MARGINS.left() - MARGINS.right(), 40)
        y, placed = MARGINS.top(), []
        for part, text in self._texts.items():
            height = QFontMetrics(self._fonts[part]).boundingRect(QRect(0, 0, inner, 1 << 20), _WRAP, text).height()
            placed.append((part, QRect(MARGINS.left(), y, inner, height)))
            y += height + SPACING
        return placed

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if width not in self._heights:
            last = self._lines(width)[-1][1]
            self._heights[width] = last.bottom() + 1 + MARGINS.bottom()
        return self._heights[width]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, self.heightForWidth(360))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(180, self.heightForWidth(180))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        active = self.underMouse() or self.hasFocus()
        painter.setPen(QPen(ACTIVE_BORDER if active else BORDER, 2 if active else 1))
        painter.setBrush(self.palette().brush(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        colours = {"lesson": LESSON_COLOUR, "expression": EXPRESSION_COLOUR}
        for part, rect in self._lines(self.width()):
            painter.setFont(self._fonts[part])
            painter.setPen(colours.get(part, text_colour))
            painter.drawText(rect, _WRAP, self._texts[part])

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave):
            self.update()
        return super().event(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusOutEvent(event)

    def search_text(self) -> str:
        p = self.preset
        return " ".join((p.name, p.lesson, p.title, p.title_ko, p.explanation, p.explanation_ko,
                         p.expression)).lower()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.chosen.emit(self.preset.name)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.preset.name)
            return
        super().keyPressEvent(event)


class PresetGallery(QWidget):
    """Every lesson preset, one click away."""

    presetChosen = Signal(str)

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Lessons: pick an example to replay it"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search lessons (title, explanation, expression)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.set_filter)
        self.empty = QLabel(self.tr("No lesson matches the search."))
        grey = self.empty.palette()
        grey.setColor(QPalette.ColorRole.WindowText, QColor("#777777"))
        self.empty.setPalette(grey)

        self.cards: list[PresetCard] = []
        self._headers: dict[str, QLabel] = {}
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setSpacing(12)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)  # still empty: its size is worked out once, when the page shows
        for preset in PRESETS.values():
            card = PresetCard(preset, language, body)  # a child from the start: never a window of its own
            card.chosen.connect(self.presetChosen)
            self.cards.append(card)
        self._arrange(self.cards)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.empty.hide()
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        base = self.font()
        self.heading.setFont(scaled(base, 1.6, bold=True))
        self.search.setFont(scaled(base, 1.2))
        self.empty.setFont(scaled(base, 1.2))
        for header in self._headers.values():
            header.setFont(scaled(base, 1.3, bold=True))
        for card in self.cards:
            card.apply_fonts(base)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()

    def _arrange(self, shown: list[PresetCard]) -> None:
        """Lay the shown cards out under a header per lesson (L1, L2, ...)."""
        while self.grid.count():
            self.grid.takeAt(0)
        for stretched in range(self.grid.rowCount()):
            self.grid.setRowStretch(stretched, 0)
        for card in self.cards:
            card.setVisible(card in shown)
        for header in self._headers.values():
            header.hide()
        row, column, current = 0, 0, None
        for card in shown:
            group = card.preset.lesson.split(".")[0]
            if group != current:
                row += 1 if column else 0
                header = self._headers.get(group)
                if header is None:
                    header = self._headers[group] = QLabel(
                        self.tr("Lesson {number}").format(number=group.lstrip("L")))
                    header.setFont(scaled(self.font(), 1.3, bold=True))
                header.show()
                self.grid.addWidget(header, row, 0, 1, COLUMNS)
                row, column, current = row + 1, 0, group
            self.grid.addWidget(card, row, column)
            column = (column + 1) % COLUMNS
            row += 1 if column == 0 else 0
        self.grid.setRowStretch(row + 1, 1)

    @Slot(str)
    def set_language(self, language: str) -> None:
        for card in self.cards:
            card.set_language(language)

    @Slot(str)
    def set_filter(self, text: str) -> None:
        words = text.lower().split()
        shown = [c for c in self.cards if all(w in c.search_text() for w in words)]
        self._arrange(shown)
        self.empty.setVisible(not shown)

    def visible_names(self) -> list[str]:
        return [c.preset.name for c in self.cards if not c.isHidden()]
