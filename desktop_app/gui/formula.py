"""Typeset formulas: LaTeX drawn with ziamath (pure Python, its own STIX Two Math font) through QtSvg.

Why this renderer: it draws fractions, exponents, ∂ and matrices in 5–25 ms a formula, adds
~4 MB of pure Python to the install and nothing native to the packaged build (measurements in
docs/dependencies.md). The SVG of each part is made once per font size and cached; resizing the
pane only re-lays the cached pictures, so dragging a splitter costs nothing.

A formula is given as *parts* (``β ← β − α∂L/∂β``, ``= 10.19 − 0.01·0.08027``, ``= 10.1892``): on
one line when they fit the width, else stacked like a derivation, and a part still too wide is
broken before a top-level + or −, then scaled down. It is never cut. Its plain text is the
accessible name, and a right click copies it as LaTeX or as text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

log = logging.getLogger(__name__)

#: Formula height relative to the widget's text font (display maths reads larger than prose).
MATH_SCALE = 1.3
#: Pixels between parts on one line, and between stacked lines.
PART_GAP = 8
LINE_GAP = 4
#: Continuation lines (``= …``, ``+ …``) are indented by this many pixels.
INDENT = 24
#: Smallest scale a line is shrunk to before it is broken further (then it is shrunk anyway).
MIN_SCALE = 0.55


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormulaView", text)


def split_terms(latex: str) -> list[str]:
    """Break LaTeX before each top-level ``+`` or ``-`` (outside braces and \\left…\\right),
    so a long sum can wrap: ``2 x - 6 + y`` -> ``["2 x", "- 6", "+ y"]``."""
    pieces: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(latex):
        if latex.startswith(r"\left", i):
            depth += 1
            i += 5
            continue
        if latex.startswith(r"\right", i):
            depth -= 1
            i += 6
            continue
        char = latex[i]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif (char in "+-" and depth == 0 and i > 0 and latex[i - 1] == " "
              and latex[start:i].strip() and not latex[start:i].rstrip().endswith(("=", "+", "-"))):
            pieces.append(latex[start:i].strip())
            start = i
        i += 1
    pieces.append(latex[start:].strip())
    return [p for p in pieces if p]


@lru_cache(maxsize=512)
def render_svg(latex: str, size: float, color: str) -> bytes | None:
    """The SVG of one formula at a font size in pixels, or None when ziamath cannot draw it."""
    import ziamath

    ziamath.config.svg2 = False  # plain paths: QtSvg (SVG Tiny 1.2) draws no <symbol> glyphs
    try:
        return ziamath.Latex(latex, size=size, color=color).svg().encode()
    except Exception:  # ziamath and latex2mathml raise assorted types on bad input
        log.warning("could not typeset %r", latex, exc_info=True)
        return None


class _Piece:
    """A cached picture of one LaTeX fragment at one size."""

    def __init__(self, latex: str, svg: bytes, joined: bool) -> None:
        self.latex = latex
        self.joined = joined  # continues the previous piece's part (no gap before it)
        self.renderer = QSvgRenderer(QByteArray(svg))
        self.size = self.renderer.defaultSize()
        box = self.renderer.viewBoxF()  # ziamath puts the baseline at y = 0
        self.ascent = max(0.0, -box.top())
        self.descent = max(0.0, box.bottom())


class FormulaView(QWidget):
    """One typeset formula that fits its width: one line, stacked parts, then scaled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: tuple[str, ...] = ()
        self._text = ""
        self._pieces: list[list[_Piece]] = []  # per part: its term pieces
        self._failed = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizing = self.sizePolicy()
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it; Menu key opens copy

    # --- content ---------------------------------------------------------------------------

    def set_formula(self, parts: Sequence[str] | str, text: str) -> None:
        """Show the LaTeX `parts` (one string or several); `text` is the same formula in plain
        text, for screen readers and the clipboard."""
        parts = (parts,) if isinstance(parts, str) else tuple(parts)
        if parts == self._parts and text == self._text:
            return
        self._parts, self._text = parts, text
        self.setAccessibleName(text)
        self._build()

    def clear(self) -> None:
        self.set_formula((), "")

    def latex(self) -> str:
        return " ".join(self._parts)

    def text(self) -> str:
        return self._text

    def failed(self) -> bool:
        """Whether the renderer refused a part (the plain text is drawn instead)."""
        return self._failed

    def _font_px(self) -> float:
        info = self.fontInfo()
        return max(8.0, info.pixelSize() * MATH_SCALE)

    def _build(self) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText).name()
        size = self._font_px()
        self._pieces = []
        # The math font has Latin and Greek letters only: a Hangul name is drawn as plain text.
        self._failed = any(not part.isascii() for part in self._parts)
        if self._failed:
            self.updateGeometry()
            self.update()
            return
        for part in self._parts:
            pieces = []
            for number, term in enumerate(split_terms(part)):
                # "{}- 6" keeps the spacing of a binary minus in a term drawn on its own
                svg = render_svg("{}" + term if number else term, size, color)
                if svg is None:
                    self._failed = True
                    break
                pieces.append(_Piece(term, svg, joined=number > 0))
            if self._failed:
                self._pieces = []
                break
            self._pieces.append(pieces)
        self.updateGeometry()
        self.update()

    # --- layout ----------------------------------------------------------------------------

    def _lines(self, width: int) -> tuple[list[list[_Piece]], float]:
        """The pieces on each line for `width`, and the scale they are drawn at."""
        parts = self._pieces
        if not parts:
            return [], 1.0
        one_line = [p for part in parts for p in part]
        if self._line_width(one_line) <= width:
            return [one_line], 1.0
        lines = [list(part) for part in parts]  # stacked parts
        if all(self._line_width(line, indented=i > 0) <= width for i, line in enumerate(lines)):
            return lines, 1.0
        broken: list[list[_Piece]] = []  # terms on lines of their own, filled greedily
        for part in parts:
            current: list[_Piece] = []
            for piece in part:
                if current and self._line_width([*current, piece], indented=bool(broken)) > width:
                    broken.append(current)
                    current = []
                current.append(piece)
            broken.append(current)
        widest = max(self._line_width(line, indented=i > 0) for i, line in enumerate(broken))
        wide_stacked = max(self._line_width(line, indented=i > 0) for i, line in enumerate(lines))
        if width / wide_stacked >= MIN_SCALE:  # fewer lines, slightly smaller: easier to read
            return lines, min(1.0, width / wide_stacked)
        return broken, min(1.0, width / widest)

    @staticmethod
    def _line_width(pieces: Sequence[_Piece], indented: bool = False) -> float:
        if not pieces:
            return 0.0
        gaps = sum(PART_GAP for p in pieces[1:] if not p.joined)
        return sum(p.size.width() for p in pieces) + gaps + (INDENT if indented else 0)

    @staticmethod
    def _line_height(pieces: Sequence[_Piece]) -> float:
        return max((p.ascent for p in pieces), default=0) + max((p.descent for p in pieces), default=0)

    def _height(self, lines: list[list[_Piece]], scale: float) -> int:
        if not lines:
            return 0
        return int(scale * (sum(self._line_height(line) for line in lines) + LINE_GAP * (len(lines) - 1))) + 2

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if self._failed:
            return self.fontMetrics().boundingRect(0, 0, max(1, width), 10_000, Qt.TextFlag.TextWordWrap,
                                                   self._text).height()
        return self._height(*self._lines(max(1, width)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        if self._failed:
            return self.fontMetrics().size(0, self._text)
        parts = [p for part in self._pieces for p in part]
        return QSize(int(self._line_width(parts)) + 2, self._height([parts], 1.0) if parts else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Any width will do (the formula stacks and scales), so a pane never scrolls sideways for it.
        return QSize(40, min(self.heightForWidth(40), self.sizeHint().height() or 0))

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._failed:
            painter.drawText(self.rect(), Qt.TextFlag.TextWordWrap, self._text)
            painter.end()
            return
        lines, scale = self._lines(self.width())
        y = 0.0
        for index, line in enumerate(lines):
            x = INDENT * scale if index > 0 else 0.0
            height = self._line_height(line) * scale
            baseline = y + max(p.ascent for p in line) * scale
            for number, piece in enumerate(line):
                if number and not piece.joined:
                    x += PART_GAP * scale
                w, h = piece.size.width() * scale, piece.size.height() * scale
                piece.renderer.render(painter, QRectF(x, baseline - piece.ascent * scale, w, h))
                x += w
            y += height + LINE_GAP * scale
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and self._parts:
            self._build()

    # --- copying ---------------------------------------------------------------------------

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        menu = self.copy_menu()
        menu.exec(event.globalPos())

    def copy_menu(self) -> QMenu:
        """The right-click menu: copy as LaTeX, copy as text."""
        menu = QMenu(self)
        as_latex = QAction(_tr("Copy as LaTeX"), menu)
        as_latex.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.latex()))
        as_text = QAction(_tr("Copy as text"), menu)
        as_text.triggered.connect(lambda: QGuiApplication.clipboard().setText(self._text))
        for action in (as_latex, as_text):
            action.setEnabled(bool(self._parts))
            menu.addAction(action)
        return menu


class FormulaStack(QWidget):
    """Several formulas one under the other (one per parameter), with their plain text as one
    text: what a label held before, so the view's text stays readable by tests and screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(LINE_GAP * 2)
        self._views: list[FormulaView] = []

    def set_formulas(self, formulas: Sequence[tuple[Sequence[str] | str, str]]) -> None:
        """(LaTeX parts, plain text) of each formula."""
        while len(self._views) > len(formulas):
            view = self._views.pop()
            self._layout.removeWidget(view)
            view.deleteLater()
        while len(self._views) < len(formulas):
            view = FormulaView()
            view.setFont(self.font())
            self._views.append(view)
            self._layout.addWidget(view)
        for view, (parts, text) in zip(self._views, formulas):
            view.set_formula(parts, text)
        self.setAccessibleName(self.text())
        self.updateGeometry()

    def views(self) -> tuple[FormulaView, ...]:
        return tuple(self._views)

    def text(self) -> str:
        return "\n".join(view.text() for view in self._views)

    def clear(self) -> None:
        self.set_formulas([])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for view in self._views:
                view.setFont(self.font())
