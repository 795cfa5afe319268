"""Help pages: they read the language, limits and shortcuts from the program, so they stay true."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop_app import __version__
from desktop_app.core import limits
from desktop_app.core.expression import FUNCTIONS
from desktop_app.gui import help as help_pages


def test_expression_page_lists_every_function_and_limit() -> None:
    page = help_pages.expression_help_html()
    for function in FUNCTIONS.values():
        assert f"<code>{function.signature}</code>" in page, function.name
    assert f"{limits.MAX_EXPRESSION_CHARS:,}" in page and f"{limits.MAX_ELEMENTS:,}" in page


def test_every_error_example_is_refused_with_its_location() -> None:
    for text in help_pages.ERROR_EXAMPLES:
        message = help_pages._example_error(text)
        assert message.startswith("line 1, col "), (text, message)
    assert "did you mean `beta`" in help_pages._example_error("bata**2")


def test_shortcuts_page_reads_the_window_actions(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    run = QAction("&Run", window)
    run.setShortcut(QKeySequence("F5"))
    window.addAction(run)
    window.addAction(QAction("No shortcut", window))
    page = help_pages.shortcuts_html(window)
    assert "<td>Run</td><td><b>F5</b></td>" in page
    assert "No shortcut" not in page
    dialog = help_pages.show_shortcuts(window)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()


def test_about_box_names_every_version_and_the_device(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    box = help_pages.show_about(window, "CPU")
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    for version in (__version__, platform.python_version(), pyside_version, "CPU"):
        assert version in text
    box.close()


def test_function_descriptions_listed_for_translation_match_the_core() -> None:
    assert set(help_pages.FUNCTION_DOCS) == {f.doc for f in FUNCTIONS.values()}
