"""Typeset formulas: LaTeX drawn with ziamath (pure Python, its own STIX Two Math font) through QtSvg.

Why this renderer: it draws fractions, exponents, ∂ and matrices, adds ~4 MB of pure Python to
the install and nothing native to the packaged build (measurements in docs/dependencies.md).
It costs about 0.7 ms a glyph, so a long symbolic derivative takes half a second to typeset:
that work never runs in the GUI thread. A formula whose SVG is not cached yet is typeset by one
background thread (`Typesetter`, newest first) while its plain text stands in; the SVG of each
piece is then cached per (LaTeX, size, colour), and the GUI thread only parses and paints it
(bench/bench_formulas.py measures both). Resizing the pane only re-lays the cached pictures.

A formula is given as *parts* (``β ← β − α∂L/∂β``, ``= 10.19 − 0.01·0.08027``, ``= 10.1892``): on
one line when they fit the width, else stacked like a derivation, and a part still too wide is
broken before a top-level + or −, then scaled down. It is never cut. Its plain text is the
accessible name, and a right click copies it as LaTeX or as text.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from desktop_app.gui.collection import start_collector, worker_section

log = logging.getLogger(__name__)

#: Formula height relative to the widget's text font (display maths reads larger than prose).
MATH_SCALE = 1.3
#: Pixels between parts on one line, and between stacked lines.
PART_GAP = 8
LINE_GAP = 4
#: Continuation lines (``= …``, ``+ …``) are indented by this many pixels.
INDENT = 24
#: Smallest scale a line is shrunk to before it is broken further (then it is shrunk anyway).
MIN_SCALE = 0.8


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


_TALL = re.compile(r"\\frac|\\sum|\\prod|\\sqrt|\\begin|\\int|[_^]")


def _delimiter(latex: str, i: int, word: str) -> str | None:
    """The ``\\left(`` / ``\\right\\}`` token at `i`, or None (``\\leftarrow`` is no delimiter)."""
    if not latex.startswith(word, i):
        return None
    rest = latex[i + len(word):i + len(word) + 2]
    if rest[:1] in ("(", ")", "[", "]", "|", "."):
        return word + rest[:1]
    if rest[:1] == "\\" and rest[1:2] in ("{", "}", "|"):
        return word + rest
    return None


def plain_delimiters(latex: str) -> str:
    """``\\left( a + b \\right)`` as ``(a + b)`` where the inside has nothing tall (no fraction,
    sum, root, matrix, index or exponent): the same picture, and ziamath lays out a stretchy
    pair several times over, so a derivative typesets in about half the time."""
    out: list[str] = []
    stack: list[int] = []  # positions in `out` of open \left tokens
    i = 0
    while i < len(latex):
        opening = _delimiter(latex, i, r"\left")
        if opening is not None:
            stack.append(len(out))
            out.append(opening)
            i += len(opening)
            continue
        closing = _delimiter(latex, i, r"\right")
        if closing is not None and stack:
            start = stack.pop()
            inside = "".join(out[start + 1:])
            plain = out[start][5:] in ("(", "[", "|") and closing[6:] in (")", "]", "|")
            if plain and not _TALL.search(inside):
                out[start] = out[start][5:]
                out.append(closing[6:])
            else:
                out.append(closing)
            i += len(closing)
            continue
        out.append(latex[i])
        i += 1
    return "".join(out)


_lock = threading.Lock()
_svgs: OrderedDict[tuple[str, float, str], bytes | None] = OrderedDict()
#: SVGs kept (LRU); a derivative view's formulas for a few hundred points.
CACHE_SIZE = 1024


def cached_svg(latex: str, size: float, color: str) -> tuple[bool, bytes | None]:
    """(found, SVG or None when ziamath refused it) from the cache, without typesetting."""
    key = (latex, size, color)
    with _lock:
        if key in _svgs:
            _svgs.move_to_end(key)
            return True, _svgs[key]
    return False, None


def render_svg(latex: str, size: float, color: str) -> bytes | None:
    """The SVG of one formula at a font size in pixels, or None when ziamath cannot draw it.
    Slow (pure Python): the window calls it only from the Typesetter's thread."""
    found, svg = cached_svg(latex, size, color)
    if found:
        return svg
    import ziamath

    ziamath.config.svg2 = False  # plain paths: QtSvg (SVG Tiny 1.2) draws no <symbol> glyphs
    try:
        svg = ziamath.Latex(plain_delimiters(latex), size=size, color=color).svg().encode()
    except Exception:  # ziamath and latex2mathml raise assorted types on bad input
        log.warning("could not typeset %r", latex, exc_info=True)
        svg = None
    with _lock:
        _svgs[(latex, size, color)] = svg
        while len(_svgs) > CACHE_SIZE:
            _svgs.popitem(last=False)
    return svg


class Typesetter(QObject):
    """One daemon thread that typesets what views ask for, newest request first; `done` is
    emitted (queued into the GUI thread) after each batch, and views waiting for it rebuild."""

    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._wake = threading.Condition()
        self._queue: list[tuple[str, float, str]] = []
        self._thread: threading.Thread | None = None

    def request(self, pieces: Sequence[tuple[str, float, str]]) -> None:
        with self._wake:
            for key in pieces:
                if key in self._queue:
                    self._queue.remove(key)
                self._queue.append(key)
            self._wake.notify()
        if self._thread is None:
            start_collector()
            self._thread = threading.Thread(target=self._loop, name="formula-typesetter", daemon=True)
            self._thread.start()

    def idle(self) -> bool:
        with self._wake:
            return not self._queue and not self._busy

    _busy = False

    def _loop(self) -> None:
        while True:
            with self._wake:
                while not self._queue:
                    self._wake.wait()
                key = self._queue.pop()  # the newest: what the user looks at now
                self._busy = True
            with worker_section():  # cycles are collected by the GUI thread (gui.collection)
                render_svg(*key)
            with self._wake:
                self._busy = bool(self._queue)
                last = not self._queue
            if last:
                try:
                    self.done.emit()
                except RuntimeError:  # the application is closing
                    return


_typesetter: Typesetter | None = None


def typesetter() -> Typesetter:
    """The window's one typesetting thread (made on first use, in the GUI thread)."""
    global _typesetter
    if _typesetter is None:
        _typesetter = Typesetter()
    return _typesetter


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
        self._pending = False
        self._listening = False
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
        return self._failed and not self._pending

    def _font_px(self) -> float:
        info = self.fontInfo()
        return max(8.0, info.pixelSize() * MATH_SCALE)

    def pending(self) -> bool:
        """Whether some piece is still being typeset (its plain text is shown meanwhile)."""
        return self._pending

    def _build(self) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText).name()
        size = self._font_px()
        self._pieces = []
        self._pending = False
        # The math font has Latin and Greek letters only: a Hangul name is drawn as plain text.
        self._failed = any(not part.isascii() for part in self._parts)
        if self._failed:
            self.updateGeometry()
            self.update()
            return
        wanted = []
        for part in self._parts:
            pieces = []
            for number, term in enumerate(split_terms(part)):
                # "{}- 6" keeps the spacing of a binary minus in a term drawn on its own
                key = ("{}" + term if number else term, size, color)
                found, svg = cached_svg(*key)
                if not found:
                    wanted.append(key)
                    continue
                if svg is None:
                    self._failed = True
                    break
                pieces.append(_Piece(term, svg, joined=number > 0))
            if self._failed:
                break
            self._pieces.append(pieces)
        if wanted and not self._failed:
            self._pending = self._failed = True  # the plain text stands in until typeset
            worker = typesetter()
            if not self._listening:
                worker.done.connect(self._typeset_done)
                self._listening = True
            worker.request(wanted)
        if self._failed:
            self._pieces = []
        self.updateGeometry()
        self.update()

    def _typeset_done(self) -> None:
        if self._pending:
            self._build()

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
            view.hide()  # gone now: deleteLater waits for the event loop's turn
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
