"""Layouts that fit: the first window fits the screen; formulas in a side pane never clip it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.core.latex import update_latex
from desktop_app.gui.formula import FormulaView
from desktop_app.gui.screen_fit import fitted_geometry
from tests.screen.layout import clipped


def test_first_window_fits_a_small_laptop_screen() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366 × 768 less a 40-pixel task bar
    geometry = fitted_geometry(laptop, QSize(1600, 900))
    assert laptop.contains(geometry)
    assert geometry.width() <= 1366 and geometry.height() <= 728
    assert fitted_geometry(QRect(0, 0, 2560, 1400), QSize(1600, 900)).size() == QSize(1600, 900)
    offset = fitted_geometry(QRect(1920, 0, 1920, 1040), QSize(1600, 900))
    assert offset.left() >= 1920  # a second monitor: placed on it


def test_formulas_in_a_narrow_side_pane_do_not_scroll_sideways(qtbot) -> None:
    content = QWidget()
    layout = QVBoxLayout(content)
    for name in ("beta", "w", "x[0,1]"):
        view = FormulaView()
        view.set_formula(update_latex(name, 10.19, 0.01, 0.08027, 10.19 - 0.01 * 0.08027), name)
        layout.addWidget(view)
    layout.addWidget(QLabel("Symbolic derivative"))
    pane = QScrollArea()
    pane.setWidgetResizable(True)
    pane.setWidget(content)
    qtbot.addWidget(pane)
    pane.resize(330, 600)  # the side pane of a 1600 × 900 window
    pane.show()
    qtbot.waitExposed(pane)
    assert clipped(pane) == []


def test_the_checker_finds_cut_text(qtbot) -> None:
    page = QWidget()
    label = QLabel("Reset scores and start again", page)
    label.resize(60, 20)
    qtbot.addWidget(page)
    page.show()
    assert clipped(page) and "Reset scores" in clipped(page)[0]


def test_the_checker_finds_cut_fields_headers_and_scrolled_text(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QTableWidget

    page = QWidget()
    layout = QVBoxLayout(page)
    edit = QLineEdit("a long value that the field cannot show")
    edit.setFixedWidth(60)
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["A header far wider than its column"])
    table.setColumnWidth(0, 40)
    wide = QLabel("a label wider than the scroll area it sits in, never wrapped")
    area = QScrollArea()
    area.setWidget(wide)
    area.setFixedWidth(120)
    for widget in (edit, table, area):
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(area.horizontalScrollBar().isVisible)
    found = "\n".join(clipped(page))
    assert "QLineEdit" in found and 'header "A header' in found
    assert "past the edge" in found and "scrolls sideways" in found
