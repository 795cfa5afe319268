"""Help menu pages: the expression language, the keyboard shortcuts, and the About box.

Everything shown is read from where it is defined, so the help cannot drift from the program:
functions from `core.expression.FUNCTIONS`, bounds from `core.limits`, error examples produced
by the real parser, shortcuts from the window's own actions. The core is imported only when a
page opens (it loads torch). The main window wires these into its Help menu.

Every sentence is a translatable template (``tr("… {example} …").format(example=…)``): the
function descriptions the core writes in English are listed here for lupdate (a test keeps the
list equal to the core's), and each error example has a translated explanation beside the
message the parser prints (shown verbatim, as code).
"""

from __future__ import annotations

import html
import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

import desktop_app
from desktop_app import APP_NAME
from desktop_app.launch.logs import log_dir

#: Texts a student might type, each refused with a message the help page shows verbatim, and
#: what the refusal means, in words that are translated.
ERROR_EXPLANATIONS = {
    "import os": QT_TRANSLATE_NOOP("Help", "Nothing typed is run as Python: statements such as import are refused."),
    "(w - 3)**2 +": QT_TRANSLATE_NOOP("Help", "An unfinished expression: the column points at where it stops."),
    "bata**2": QT_TRANSLATE_NOOP("Help", "A typo in a name: the closest defined name is suggested."),
    "w.__class__": QT_TRANSLATE_NOOP("Help", "Attributes are refused; only the transpose .T is allowed."),
    "9**9**9": QT_TRANSLATE_NOOP("Help", "A power of a power could freeze the computer, so it is refused "
                                         "before any work."),
    "[w for w in x]": QT_TRANSLATE_NOOP("Help", "Loops and comprehensions are refused; use sum, mean and "
                                                "the other functions."),
}
ERROR_EXAMPLES = tuple(ERROR_EXPLANATIONS)

#: The core's English descriptions of its functions (`core.expression.FUNCTIONS[...].doc`), for
#: lupdate; tests/test_help.py keeps this list equal to the core's.
FUNCTION_DOCS = (
    QT_TRANSLATE_NOOP("CoreFunctions", "absolute value |x|; its derivative at 0 is 0"),
    QT_TRANSLATE_NOOP("CoreFunctions", "limit x to the range [lo, hi]"),
    QT_TRANSLATE_NOOP("CoreFunctions", "same as clip"),
    QT_TRANSLATE_NOOP("CoreFunctions", "cosine (radians)"),
    QT_TRANSLATE_NOOP("CoreFunctions", "dot product of vectors; matrix product otherwise"),
    QT_TRANSLATE_NOOP("CoreFunctions", "e to the power x"),
    QT_TRANSLATE_NOOP("CoreFunctions", "natural logarithm"),
    QT_TRANSLATE_NOOP("CoreFunctions", "largest element of x; elementwise larger of a, b"),
    QT_TRANSLATE_NOOP("CoreFunctions", "average of all elements (or along an axis)"),
    QT_TRANSLATE_NOOP("CoreFunctions", "smallest element of x; elementwise smaller of a, b"),
    QT_TRANSLATE_NOOP("CoreFunctions", "Euclidean length sqrt(sum(x**2))"),
    QT_TRANSLATE_NOOP("CoreFunctions", "x to the power y, same as x**y"),
    QT_TRANSLATE_NOOP("CoreFunctions", "product of all elements (or along an axis)"),
    QT_TRANSLATE_NOOP("CoreFunctions", "max(x, 0): negative values become 0"),
    QT_TRANSLATE_NOOP("CoreFunctions", "1 / (1 + exp(-x)), squashes into (0, 1)"),
    QT_TRANSLATE_NOOP("CoreFunctions", "sine (radians)"),
    QT_TRANSLATE_NOOP("CoreFunctions", "log(1 + exp(x)), a smooth relu"),
    QT_TRANSLATE_NOOP("CoreFunctions", "square root"),
    QT_TRANSLATE_NOOP("CoreFunctions", "x**2, elementwise"),
    QT_TRANSLATE_NOOP("CoreFunctions", "sum of all elements (or along an axis)"),
    QT_TRANSLATE_NOOP("CoreFunctions", "transpose, same as x.T"),
    QT_TRANSLATE_NOOP("CoreFunctions", "tangent (radians)"),
    QT_TRANSLATE_NOOP("CoreFunctions", "hyperbolic tangent, squashes into (-1, 1)"),
)
#: The names the error examples treat as defined (so `bata` gets its "did you mean").
EXAMPLE_DEFINED_NAMES = ("beta", "w", "x")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _code(text: str) -> str:
    return f"<code>{html.escape(text)}</code>"


def _example_error(text: str) -> str:
    from desktop_app.core.expression import ExpressionError, parse_program

    try:
        parse_program(text).check_names(EXAMPLE_DEFINED_NAMES)
    except ExpressionError as error:
        return str(error)
    return _tr("(accepted)")


def expression_help_html() -> str:
    """The "Expression language" page as HTML."""
    from desktop_app.core import limits
    from desktop_app.core.expression import FUNCTIONS

    functions = "".join(
        f"<tr><td>{_code(f.signature)}</td>"
        f"<td>{html.escape(QCoreApplication.translate('CoreFunctions', f.doc))}</td></tr>"
        for f in sorted(FUNCTIONS.values(), key=lambda f: f.name.lower())
    )
    bounds = (
        (_tr("characters of text"), f"{limits.MAX_EXPRESSION_CHARS:,}"),
        (_tr("lines"), f"{limits.MAX_EXPRESSION_LINES:,}"),
        (_tr("nesting depth"), f"{limits.MAX_EXPRESSION_DEPTH:,}"),
        (_tr("syntax-tree nodes"), f"{limits.MAX_EXPRESSION_NODES:,}"),
        (_tr("integer exponent |n| in x**n"), f"{limits.MAX_EXPONENT:,}"),
        (_tr("size of a number"), f"{limits.MAX_LITERAL_MAGNITUDE:g}"),
        (_tr("elements of any tensor (values, data, intermediate results)"), f"{limits.MAX_ELEMENTS:,}"),
        (_tr("elements of all intermediate results of one evaluation"), f"{limits.MAX_TOTAL_ELEMENTS:,}"),
        (_tr("steps of one run"), f"{limits.MAX_RUN_STEPS:,}"),
    )
    limit_rows = "".join(f"<tr><td>{html.escape(name)}</td><td align='right'>{value}</td></tr>"
                         for name, value in bounds)
    errors = "".join(
        f"<tr><td>{_code(text)}</td><td>{html.escape(_tr(ERROR_EXPLANATIONS[text]))}<br>"
        f"{_code(_example_error(text))}</td></tr>" for text in ERROR_EXAMPLES
    )
    c = _code
    intro = _tr("Type a loss the way you would write it in Python or NumPy, for example {example}. "
                "Nothing you type is ever run as Python: the text is checked against a short list of "
                "allowed forms first.").format(example=c("mean((w*x + b - y)**2)"))
    lines = _tr("Several lines: a line {assign} defines a helper, e.g. {example}; the last line is the "
                "loss. {hash} starts a comment.").format(assign=c("name = expression"),
                                                          example=c("pred = w*x + b"), hash=c("#"))
    kinds = _tr("Every other name is either a <b>parameter</b> (it has a start value, a number or a "
                "tensor such as {tensor}, and is trained) or <b>data</b> (a given array, typed, pasted "
                "or imported from CSV). Set which is which in the table under the editor.").format(
        tensor=c("ones(4,4)"))
    unknown = _tr("A name that is neither is an error that lists the names that are defined.")
    operators = _tr("{operators} ({matmul} is the matrix product), unary minus, parentheses, indexing "
                    "and slices such as {index}, and the transpose {transpose}.").format(
        operators=c("+  -  *  /  **  @"), matmul=c("@"), index=", ".join(map(c, ("x[0]", "x[1:3]", "X[:, 0]"))),
        transpose=c("X.T"))
    broadcast = _tr("Operations are elementwise and broadcast as in NumPy. A loss that is not a single "
                    "number is summed before it is differentiated (as TensorFlow's tape.gradient does).")
    sections = (
        ("h2", _tr("The expression language")), ("p", intro),
        ("h3", _tr("Lines and names")), ("ul", f"<li>{lines}</li><li>{kinds}</li><li>{unknown}</li>"),
        ("h3", _tr("Operators")), ("p", f"{operators} {broadcast}"),
        ("h3", _tr("Functions")), ("table", functions),
        ("h3", _tr("Limits")), ("p", _tr("Bounds that keep a typo from freezing the classroom computer:")),
        ("table", limit_rows),
        ("h3", _tr("Error messages")),
        ("p", _tr("Errors say what is wrong and where (line and column); the editor underlines the spot. "
                  "Some examples, each with the message as the program prints it:")),
        ("table", errors),
    )
    return "\n".join(_element(tag, body) for tag, body in sections)


def _element(tag: str, body: str) -> str:
    attributes = ' cellspacing="0" cellpadding="3"' if tag == "table" else ""
    return f"<{tag}{attributes}>{body}</{tag}>"


def shortcuts_html(window: QWidget | None) -> str:
    """The "Keyboard shortcuts" page as HTML, read from the actions of `window`."""
    rows = []
    actions = window.findChildren(QAction) if window is not None else []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if keys and text:
            rows.append((text, ", ".join(keys)))
    body = "".join(
        f"<tr><td>{html.escape(text)}</td><td><b>{html.escape(keys)}</b></td></tr>" for text, keys in sorted(set(rows))
    )
    title = _tr("Keyboard shortcuts")
    if not body:
        return _element("h2", title) + _element("p", _tr("No shortcuts are defined."))
    return _element("h2", title) + f"<table cellspacing='0' cellpadding='4'>{body}</table>"


def about_html(device_label: str) -> str:
    """The About box text: what the program is and every version a bug report needs."""
    torch_module = sys.modules.get("torch")
    torch_version = torch_module.__version__ if torch_module is not None else _tr("not loaded yet")
    rows = (
        (APP_NAME, desktop_app.__version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("PyTorch", torch_version),
        (_tr("Device"), device_label),
        (_tr("System"), platform.platform()),
        (_tr("Log files"), str(log_dir())),
    )
    table = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    summary = _tr("Watch automatic differentiation and gradient descent at work: type a loss, press Run, "
                  "and follow every step.")
    font = _tr("The Korean font NanumGothic is used under the SIL Open Font License 1.1.")
    return (f"<h3>{APP_NAME} {desktop_app.__version__}</h3>" + _element("p", summary)
            + f"<table cellspacing='0' cellpadding='2'>{table}</table>" + _element("p", font))


def _page(parent: QWidget | None, title: str, body: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    dialog.resize(720, 640)
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    browser.setHtml(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.show()
    return dialog


def show_expression_help(parent: QWidget | None) -> QDialog:
    """Open the "Expression language" page (not modal, so it can stay beside the editor)."""
    return _page(parent, _tr("Expression language"), expression_help_html())


def show_shortcuts(parent: QWidget | None) -> QDialog:
    """Open the "Keyboard shortcuts" page for the window that `parent` belongs to."""
    return _page(parent, _tr("Keyboard shortcuts"), shortcuts_html(parent.window() if parent is not None else None))


def show_about(parent: QWidget | None, device_label: str) -> QMessageBox:
    """Open the About box; `device_label` is the device runs use now (e.g. "CPU")."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(_tr("About Gradient Lab"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(device_label))
    if parent is not None and not parent.windowIcon().isNull():
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.open()
    return box
