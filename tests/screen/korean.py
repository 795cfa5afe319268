"""Finding English left on a Korean screen: texts checked against the Korean catalogue (the .ts).

A text is untranslated when it is the English source of a catalogue entry (with a Korean
translation that differs), or when it still contains English words that are not names a
teacher types (functions, products, units): see ALLOWED_WORDS.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import lru_cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QStackedWidget

from desktop_app.assets import resource

#: Words that stay in Latin letters in the Korean interface: product, library and format names,
#: the expression language's functions and keywords, torch's keyword names shown beside their
#: Korean (dampening), key names on the keyboard, units and abbreviations.
ALLOWED_WORDS = {
    "gradient", "lab", "python", "numpy", "pytorch", "torch", "tensorflow", "cuda", "cpu", "gpu", "csv",
    "png", "svg", "gif", "mp4", "latex", "mnist", "nanumgothic", "open", "font", "license", "sil", "pyside",
    "adam", "adamw", "adagrad", "rmsprop", "nesterov", "sgd", "relu", "sigmoid", "softplus", "softmax", "tanh",
    "sqrt", "clip", "clamp", "mean", "norm", "prod", "square", "transpose", "sum", "exp", "log", "max", "min",
    "pow", "dot", "abs", "sin", "cos", "tan", "import", "tape", "axis", "float", "opengl", "pyopengl",
    "imageio", "ffmpeg", "optim", "linspace", "ones", "zeros", "arange", "full", "nan", "inf", "lbfgs",
    "beta", "alpha", "gamma", "delta", "theta", "lambda", "sigma", "bata", "pred", "grad", "amsgrad",
    "english", "ctrl", "shift", "space", "esc", "del", "gradienttape", "dense", "naivedense", "keras",
    "glorot", "torchvision", "nvidia", "idx", "dampening", "rho", "eps", "mesa", "ziamath",
    "stix", "sympy", "pyqtgraph", "pillow", "svgz", "json", "utf", "ascii",
}
_WORD = re.compile(r"[A-Za-z]{3,}")
#: Program text and formulas shown as such, not read as words: a call or index (``sum(``,
#: ``x[0]``), an attribute (``np.maximum``), an assigned name (``pred = ``), a quoted name (`w`, ‘w’),
#: a token with a subscript, a math sign or a slash (``β_old``, ``loss′(β)``, ``α·grad``, ``x@W``,
#: ``dL/dbeta``, a path), a name with digits (``uint8``), a lesson's preset name (l3-grid-search).
_CODE = re.compile(r"`[^`]*`|‘[^’]*’|\bl\d-[a-z-]+|[A-Za-z_]\w*[(\[]|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+"
                   r"|^[A-Za-z_]\w* = |\S*[_′·∂@/]\S*|\b[A-Za-z]+\d\w*", re.M)


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """English source -> Korean translation, from resources/i18n/gradient_lab_ko.ts."""
    entries: dict[str, str] = {}
    for message in messages():
        source, translation = message.find("source").text, message.find("translation")
        if source and translation is not None and translation.text and translation.get("type") != "unfinished":
            entries[source] = translation.text
    return entries


def messages() -> list[ET.Element]:
    """Every <message> of the Korean catalogue."""
    text = resource("i18n", "gradient_lab_ko.ts").read_text(encoding="utf-8")
    return list(ET.fromstring(text).iter("message"))


def visible_text(markup: str) -> str:
    """Rich text without tags, code spans (program text stays as typed) and entities."""
    markup = re.sub(r"<code>.*?</code>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def english_in(text: str, words: bool = True) -> list[str]:
    """The English left in `text`: whole catalogue sources, then (with `words`) stray English
    words outside program text and formulas (see _CODE)."""
    found = []
    for source, translation in catalogue().items():
        phrase = " " in source.strip() or source == text
        if phrase and len(source) > 3 and source != translation and source in text and translation not in text:
            found.append(source)
    if not words:
        return found
    return found + [w for w in _WORD.findall(_CODE.sub(" ", text)) if w.lower() not in ALLOWED_WORDS]



def _item_view_texts(view) -> list[str]:
    """Headers and the first cells of a table, list or tree."""
    model = view.model()
    if model is None:
        return []
    rows = model.rowCount(QModelIndex())
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    texts = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(min(columns, 50))]
    texts += [model.headerData(i, Qt.Orientation.Vertical) for i in range(min(rows, 50))]
    texts += [model.data(model.index(row, column))
              for row in range(min(rows, 30)) for column in range(min(columns, 12))]
    return [str(text) for text in texts if text is not None]


def _plot_texts(plot) -> list[str]:
    """A pyqtgraph plot's title, visible axis labels, legend entries and text items."""
    import pyqtgraph as pg

    item = plot.getPlotItem()
    texts = [item.titleLabel.text]
    texts += [item.getAxis(name).labelText for name in ("left", "bottom", "right", "top")
              if item.getAxis(name).isVisible()]
    if item.legend is not None:
        texts += [label.text for _sample, label in item.legend.items]
    texts += [child.toPlainText() for child in item.items if isinstance(child, pg.TextItem)]
    return texts


def _scene_texts(view) -> list[str]:
    """The text items of a plain graphics view (the computation graph's boxes)."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

    texts = []
    for item in view.scene().items() if view.scene() is not None else ():
        if isinstance(item, QGraphicsSimpleTextItem):
            texts.append(item.text())
        elif isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
    return texts


def widget_texts(widget) -> list[str]:
    """What a user reads on one widget: its own text (by kind), tool tip and accessible name."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDockWidget,
        QGraphicsView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
    )

    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QDockWidget):  # its title bar
        texts.append(widget.windowTitle())
    elif isinstance(widget, QTabWidget):
        texts += [text for i in range(widget.count()) for text in (widget.tabText(i), widget.tabToolTip(i))]
    elif isinstance(widget, QComboBox):
        texts += [text for i in range(widget.count())
                  for text in (widget.itemText(i), str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""))]
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QAbstractItemView):
        texts += _item_view_texts(widget)
    elif isinstance(widget, pg.PlotWidget):
        texts += _plot_texts(widget)
    elif isinstance(widget, QGraphicsView) and not isinstance(widget, pg.GraphicsView):
        texts += _scene_texts(widget)
    return texts


def screen_texts(window) -> dict[str, str]:
    """Every text a user can read in `window` as it is on screen -> where it is: every action and
    menu (with tips), and each shown widget's texts (widget_texts), the status bar's included."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QWidget

    found: dict[str, str] = {}

    def add(texts: list[str], where: object) -> None:
        name = type(where).__name__ + (f"#{where.objectName()}" if getattr(where, "objectName", None)
                                       and where.objectName() else "")
        for text in texts:
            text = visible_text(text or "").replace("&", "").strip()
            if text and text not in found:
                found[text] = name

    for action in window.findChildren(QAction):
        add([action.text(), action.toolTip(), action.statusTip()], action)
    for menu in window.findChildren(QMenu):
        add([menu.title()], menu)
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            add(widget_texts(widget), widget)
    return found


def every_tab(window, settle) -> Iterator[str]:
    """Bring each page of every tab widget of `window` to the front in turn (its enclosing tabs
    first), calling `settle()` after each; yields the page's title."""
    from PySide6.QtWidgets import QTabWidget

    for tabs in window.findChildren(QTabWidget):
        outer = tabs.parentWidget()
        chain = []
        while outer is not None and outer is not window:
            parent = outer.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
                chain.append((parent.parentWidget(), outer))
            outer = parent
        for ancestor, page in reversed(chain):
            ancestor.setCurrentWidget(page)
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                settle()
                yield tabs.tabText(index)
