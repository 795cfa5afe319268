"""Korean everywhere the user reads: help pages, the screen's own views (menus and panes of the
window are checked in the window test once they follow the lesson model)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from desktop_app.gui import help as help_pages
from desktop_app.gui import i18n
from tests.screen.korean import catalogue, english_in, visible_text


@pytest.fixture
def korean(qapp):
    assert i18n.install_language("ko") == "ko"
    yield
    i18n.install_language("en")


def test_every_screen_entry_is_translated() -> None:
    from xml.etree import ElementTree

    from desktop_app.assets import resource

    tree = ElementTree.fromstring(resource("i18n", "screen_ko.ts").read_text(encoding="utf-8"))
    unfinished = [m.find("source").text for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []


def test_help_pages_in_korean(korean, qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    pages = {
        "expression language": help_pages.expression_help_html(),
        "shortcuts": help_pages.shortcuts_html(window),
    }
    for name, page in pages.items():
        left = english_in(visible_text(page))
        assert left == [], (name, left)
    about = visible_text(help_pages.about_html("CPU"))
    assert catalogue()["The Korean font NanumGothic is used under the SIL Open Font License 1.1."] in about


def test_english_pages_stay_english(qtbot) -> None:
    i18n.install_language("en")
    assert "The expression language" in help_pages.expression_help_html()


def test_the_checker_finds_english(korean) -> None:
    assert english_in("Copy as text") == ["Copy as text", "Copy", "text"]
    assert english_in("텍스트로 복사 (sum, NumPy)") == []
