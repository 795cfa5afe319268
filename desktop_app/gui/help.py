"""Help menu pages: the expression language, the keyboard shortcuts, and the About box.

Everything shown is read from where it is defined, so the help cannot drift from the program:
functions from `core.expression.FUNCTIONS`, bounds from `core.limits`, error examples produced
by the real parser, shortcuts from the window's own actions. The core is imported only when a
page opens (it loads torch). The main window wires these into its Help menu.
"""

from __future__ import annotations

import html
import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.launch.logs import log_dir

#: Texts a student might type, each refused with a message the help page shows verbatim.
ERROR_EXAMPLES = (
    "import os",
    "(w - 3)**2 +",
    "bata**2",
    "w.__class__",
    "9**9**9",
    "[w for w in x]",
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
        f"<tr><td>{_code(f.signature)}</td><td>{html.escape(f.doc)}</td></tr>"
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
    limit_rows = "".join(f"<tr><td>{html.escape(name)}</td><td align='right'>{value}</td></tr>" for name, value in bounds)
    errors = "".join(
        f"<tr><td>{_code(text)}</td><td>{html.escape(_example_error(text))}</td></tr>" for text in ERROR_EXAMPLES
    )
    c = _code
    return f"""
<h2>{_tr("The expression language")}</h2>
<p>{_tr("Type a loss the way you would write it in Python or NumPy, for example {example}. Nothing you type is ever run as Python: the text is checked against a short list of allowed forms first.").format(example=c("mean((w*x + b - y)**2)"))}</p>
<h3>{_tr("Lines and names")}</h3>
<ul>
<li>{_tr("Several lines: a line {assign} defines a helper, e.g. {example}; the last line is the loss. {hash} starts a comment.").format(assign=c("name = expression"), example=c("pred = w*x + b"), hash=c("#"))}</li>
<li>{_tr("Every other name is either a <b>parameter</b> (it has a start value, a number or a tensor such as {tensor}, and is trained) or <b>data</b> (a given array, typed, pasted or imported from CSV). Set which is which in the table under the editor.").format(tensor=c("ones(4,4)"))}</li>
<li>{_tr("A name that is neither is an error that lists the names that are defined.")}</li>
</ul>
<h3>{_tr("Operators")}</h3>
<p>{_tr("{operators} ({matmul} is the matrix product), unary minus, parentheses, indexing and slices such as {index}, and the transpose {transpose}.").format(operators=c("+  -  *  /  **  @"), matmul=c("@"), index=", ".join(map(c, ("x[0]", "x[1:3]", "X[:, 0]"))), transpose=c("X.T"))}
{_tr("Operations are elementwise and broadcast as in NumPy. A loss that is not a single number is summed before it is differentiated (as TensorFlow's tape.gradient does).")}</p>
<h3>{_tr("Functions")}</h3>
<table cellspacing="0" cellpadding="3">{functions}</table>
<h3>{_tr("Limits")}</h3>
<p>{_tr("Bounds that keep a typo from freezing the classroom computer:")}</p>
<table cellspacing="0" cellpadding="3">{limit_rows}</table>
<h3>{_tr("Error messages")}</h3>
<p>{_tr("Errors say what is wrong and where (line and column); the editor underlines the spot. Some examples:")}</p>
<table cellspacing="0" cellpadding="3">{errors}</table>
"""


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
    if not body:
        return f"<h2>{_tr('Keyboard shortcuts')}</h2><p>{_tr('No shortcuts are defined.')}</p>"
    return f"<h2>{_tr('Keyboard shortcuts')}</h2><table cellspacing='0' cellpadding='4'>{body}</table>"


def about_html(device_label: str) -> str:
    """The About box text: what the program is and every version a bug report needs."""
    torch_module = sys.modules.get("torch")
    torch_version = torch_module.__version__ if torch_module is not None else _tr("not loaded yet")
    rows = (
        (APP_NAME, __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("PyTorch", torch_version),
        (_tr("Device"), device_label),
        (_tr("System"), platform.platform()),
        (_tr("Log files"), str(log_dir())),
    )
    table = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        f"<p>{_tr('Watch automatic differentiation and gradient descent at work: type a loss, press Run, and follow every step.')}</p>"
        f"<table cellspacing='0' cellpadding='2'>{table}</table>"
        f"<p>{_tr('The Korean font NanumGothic is used under the SIL Open Font License 1.1.')}</p>"
    )


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
