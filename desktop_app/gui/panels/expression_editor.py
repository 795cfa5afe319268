"""The loss editor: type a program, see it coloured and checked as you type.

``ExpressionEditor(parent=None)``

Signals
    ``programChanged(object)``  the parsed ``core.expression.Program``, or None while invalid.
    ``validityChanged(bool)``   emitted when validity flips (the window disables Run while False).
    ``namesChanged(list)``      the program's free names (parameters and data) when they change;
                                not emitted while the text is invalid, so the variables table
                                keeps its rows while the user is in the middle of typing.
Slots / methods
    ``set_text(text)``          replace the text and validate at once (presets, session load).
    ``text() -> str``, ``program() -> Program | None``, ``is_valid() -> bool``,
    ``error() -> ExpressionError | None``.
    ``set_name_roles(parameters, data)``  colour these names as parameters / data.
    ``set_font_point_size(points)``       presentation mode.

Validation runs ~150 ms after the last keystroke, with ``core.grammar`` (syntax, whitelist and
function signatures), which imports no torch: text is checked while the window's loader is still
importing torch in its thread.
Hovering a function name shows its one-line help from ``core.expression.FUNCTIONS``.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QToolTip, QVBoxLayout, QWidget

from desktop_app.gui.panels.fonts import monospace
from desktop_app.gui.panels.formatting import sentence
from desktop_app.gui.texts import error_message

DEBOUNCE_MS = 150
#: How often to look again while torch is being imported by another thread.
RETRY_MS = 100
_SLOW_IMPORTS = ("desktop_app.core.grammar",)
DEFAULT_POINT_SIZE = 18

#: Token colours, chosen to stay distinct on a washed-out projector image.
COLOURS = {
    "number": "#b35900",
    "function": "#1f4fbf",
    "parameter": "#b0006a",
    "data": "#1b7f3b",
    "helper": "#6a3fb5",
    "operator": "#555555",
    "comment": "#8a8a8a",
    "error": "#c0392b",
}


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class ExpressionHighlighter(QSyntaxHighlighter):
    """Numbers, functions, operators, comments, and parameter / data / helper names."""

    # Unicode properties on: a Korean name such as 가중치 is a name too.
    _TOKENS = QRegularExpression(
        r"(?<comment>#.*$)|(?<name>[^\W\d]\w*)"
        r"|(?<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(?<op>\*\*|[-+*/@%^=<>!]+)",
        QRegularExpression.PatternOption.UseUnicodePropertiesOption)

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.functions: frozenset[str] = frozenset()
        self.parameters: frozenset[str] = frozenset()
        self.data: frozenset[str] = frozenset()
        self.helpers: frozenset[str] = frozenset()
        self.formats = {
            "number": _format(COLOURS["number"]),
            "function": _format(COLOURS["function"], bold=True),
            "parameter": _format(COLOURS["parameter"], bold=True),
            "data": _format(COLOURS["data"]),
            "helper": _format(COLOURS["helper"], italic=True),
            "op": _format(COLOURS["operator"]),
            "comment": _format(COLOURS["comment"], italic=True),
        }

    def set_names(self, functions: Iterable[str] | None = None,
                  parameters: Iterable[str] | None = None, data: Iterable[str] | None = None,
                  helpers: Iterable[str] | None = None) -> None:
        """Update the known names (None keeps a group as it is) and recolour if anything changed."""
        old = (self.functions, self.parameters, self.data, self.helpers)
        if functions is not None:
            self.functions = frozenset(functions)
        if parameters is not None:
            self.parameters = frozenset(parameters)
        if data is not None:
            self.data = frozenset(data)
        if helpers is not None:
            self.helpers = frozenset(helpers)
        if old != (self.functions, self.parameters, self.data, self.helpers):
            self.rehighlight()

    def _name_format(self, name: str) -> QTextCharFormat | None:
        if name in self.helpers:
            return self.formats["helper"]
        if name in self.data:
            return self.formats["data"]
        if name in self.parameters:
            return self.formats["parameter"]
        if name in self.functions:
            return self.formats["function"]
        return None

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        matches = self._TOKENS.globalMatch(text)
        while matches.hasNext():
            match = matches.next()
            for group in ("comment", "name", "number", "op"):
                start = match.capturedStart(group)
                if start < 0:
                    continue
                fmt = (self._name_format(match.captured(group)) if group == "name"
                       else self.formats[group])
                if fmt is not None:
                    self.setFormat(start, match.capturedLength(group), fmt)
                break


class _CodeEdit(QPlainTextEdit):
    """A plain-text editor that shows a function's help when the mouse rests on its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.function_help: dict[str, str] = {}

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            help_text = self.function_help.get(cursor.selectedText())
            if help_text:
                QToolTip.showText(event.globalPos(), help_text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class ExpressionEditor(QWidget):
    """Multi-line loss editor with highlighting and located, plain-language errors."""

    programChanged = Signal(object)
    validityChanged = Signal(bool)
    namesChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _CodeEdit(self)
        self.edit.setTabChangesFocus(True)
        # A long loss wraps at the pane's edge (anywhere, it has few spaces) instead of
        # scrolling sideways; lines and columns of error messages are the text's, not the screen's.
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.edit.setPlaceholderText(self.tr("Type a loss, e.g. mean((w*x + b - y)**2)"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.highlighter = ExpressionHighlighter(self.edit.document())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.message)
        self.set_font_point_size(DEFAULT_POINT_SIZE)

        self._program = None
        self._error = None
        self._valid: bool | None = None
        self._names: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.validate_now)
        self.edit.textChanged.connect(self._timer.start)

    # --- public API -----------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.toPlainText()

    @Slot(str)
    def set_text(self, text: str) -> None:
        """Replace the program text and validate it at once."""
        self.edit.setPlainText(text)
        self.validate_now()

    def program(self):
        """The last valid ``Program``, or None while the text is invalid."""
        return self._program

    def error(self):
        """The current ``ExpressionError``, or None when the text is valid."""
        return self._error

    def is_valid(self) -> bool:
        return bool(self._valid)

    @Slot(object, object)
    def set_name_roles(self, parameters: Iterable[str], data: Iterable[str]) -> None:
        """Colour ``parameters`` and ``data`` names differently (the variables table knows which)."""
        self.highlighter.set_names(parameters=parameters, data=data)
        if self._program is not None:
            self._show_ok(self._program)

    def set_font_point_size(self, points: int) -> None:
        self.edit.setFont(monospace(points))
        self.edit.setTabStopDistance(4 * self.edit.fontMetrics().horizontalAdvance(" "))
        message_font = QFont(self.font())
        message_font.setPointSize(max(12, points - 4))
        self.message.setFont(message_font)

    # --- validation -----------------------------------------------------------------------------

    @Slot()
    def validate_now(self) -> None:
        """Parse the text now (normally called by the debounce timer)."""
        self._timer.stop()
        if any(_importing_elsewhere(name) for name in _SLOW_IMPORTS):
            self.message.setStyleSheet("color: #666;")
            self.message.setText(self.tr("Checking as soon as PyTorch has loaded…"))
            self._timer.start(RETRY_MS)
            return
        self._timer.setInterval(DEBOUNCE_MS)
        from desktop_app.core import grammar as expression  # checks text without torch

        if not self.highlighter.functions:
            self.highlighter.set_names(functions=expression.FUNCTIONS)
            self.edit.function_help = {name: f"{f.signature}: {f.doc}"
                                       for name, f in expression.FUNCTIONS.items()}
        from desktop_app.core.lesson_model import check_loss  # the model's cache: parsed once per text

        checked = check_loss(self.text())
        if isinstance(checked, expression.ExpressionError):
            self._program, self._error = None, checked
            self._show_error(checked)
        else:
            self._program, self._error = checked, None
            self._show_ok(checked)
        valid = self._program is not None
        self.programChanged.emit(self._program)
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        if valid and list(self._program.free_names) != self._names:
            self._names = list(self._program.free_names)
            self.namesChanged.emit(list(self._names))

    def _show_ok(self, program) -> None:
        self.highlighter.set_names(helpers=program.helpers)
        self.edit.setExtraSelections([])
        self.message.setStyleSheet("")
        if not program.free_names:
            self.message.setText(self.tr("✔ Valid (a constant: nothing to train)."))
            return
        names = ", ".join(self._coloured(name) for name in program.free_names)
        self.message.setText(self.tr("<span style='color:#1b7f3b'>✔ Valid.</span> Names: {names}")
                             .format(names=names))

    def _coloured(self, name: str) -> str:
        role = ("data" if name in self.highlighter.data
                else "parameter" if name in self.highlighter.parameters else None)
        if role is None:
            return name
        weight = "bold" if role == "parameter" else "normal"
        return f"<span style='color:{COLOURS[role]}; font-weight:{weight}'>{name}</span>"

    def _show_error(self, error) -> None:
        self.message.setStyleSheet(f"color: {COLOURS['error']};")
        if error.line is None:
            text = self.tr("✘ {message}")
        elif error.col is None:
            text = self.tr("✘ Line {line}: {message}")
        else:
            text = self.tr("✘ Line {line}, column {col}: {message}")
        self.message.setText(text.format(line=error.line, col=error.col,
                                         message=html.escape(sentence(error_message(error)))))
        self.edit.setExtraSelections(self._underline(error))

    def _underline(self, error) -> list[QTextEdit.ExtraSelection]:
        """A red wavy underline under the located text (the whole line when there is no column)."""
        block = self.edit.document().findBlockByNumber((error.line or 0) - 1)
        if error.line is None or not block.isValid():
            return []
        length = len(block.text())
        if error.col is None:
            start, end = 0, length
        else:
            start = min(error.col - 1, length)
            end = min((error.end_col or 0) - 1, length)
            if end <= start:  # a point error: mark one character, the last one at end of line
                start, end = (start, start + 1) if start < length else (max(length - 1, 0), length)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        selection.format.setUnderlineColor(QColor(COLOURS["error"]))
        selection.format.setBackground(QColor(COLOURS["error"]).lighter(190))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        return [selection]


def _importing_elsewhere(name: str) -> bool:
    """Whether a module is half-imported (by another thread): importing it would wait."""
    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None)
    return spec is not None and bool(getattr(spec, "_initializing", False))
