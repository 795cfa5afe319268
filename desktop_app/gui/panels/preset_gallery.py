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

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont
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
#: One style sheet for the whole page (set on the gallery): one per card costs a style
#: computation per card and label, tens of milliseconds before the start page can show.
_STYLE = ("QFrame#PresetCard { background: palette(base); border: 1px solid #c8c8c8;"
          " border-radius: 8px; }"
          " QFrame#PresetCard:hover, QFrame#PresetCard:focus { border: 2px solid #1f4fbf; }"
          " QLabel#PresetLesson { color: #1f4fbf; font-weight: bold; }"
          " QLabel#PresetExpression { color: #b0006a; }"
          " QLabel#PresetEmpty { color: #777; }")


class PresetCard(QFrame):
    """One lesson example: its number, title, explanation and expression; click to load it."""

    chosen = Signal(str)

    def __init__(self, preset: Preset, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = preset
        self.setObjectName("PresetCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.lesson = QLabel(preset.lesson)
        self.lesson.setObjectName("PresetLesson")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.expression = QLabel(preset.expression)
        self.expression.setObjectName("PresetExpression")
        self.expression.setWordWrap(True)
        for label in (self.lesson, self.title, self.explanation, self.expression):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.lesson)
        layout.addWidget(self.title)
        layout.addWidget(self.expression)
        layout.addWidget(self.explanation)
        self.set_language(language)

    def apply_fonts(self, base: QFont) -> None:
        """Sizes relative to the gallery's font (the page's style sheet stops inheritance)."""
        self.lesson.setFont(scaled(base, 1.1))
        self.title.setFont(scaled(base, 1.35, bold=True))
        self.explanation.setFont(scaled(base, 1.2))
        self.expression.setFont(scaled(base, 1.2, mono=True))

    def set_language(self, language: str) -> None:
        korean = language == "ko"
        self.title.setText(self.preset.title_ko if korean else self.preset.title)
        self.explanation.setText(self.preset.explanation_ko if korean else self.preset.explanation)
        self.setToolTip(self.tr("Load lesson {lesson}: {name}").format(
            lesson=self.preset.lesson, name=self.preset.name))

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
        self.setStyleSheet(_STYLE)
        self.heading = QLabel(self.tr("Lessons: pick an example to replay it"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search lessons (title, explanation, expression)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.set_filter)
        self.empty = QLabel(self.tr("No lesson matches the search."))
        self.empty.setObjectName("PresetEmpty")

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
