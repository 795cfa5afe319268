"""The typeset formula: drawn (not blank), fits any width, readable by screen readers, copyable."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.expression import parse_program
from desktop_app.core.latex import program_latex, update_latex
from desktop_app.gui.formula import FormulaView, plain_delimiters, split_terms

DERIVATIVE = r"\frac{\partial L}{\partial w} = 4 w^{3} - 6 w + 1 + 12 x^{2} w - 17 \sin{\left(w \right)}"


def _inked_columns(widget: QWidget) -> tuple[int, int]:
    """First and last pixel columns with ink (dark pixels) in the widget's picture."""
    image: QImage = widget.grab().toImage()
    columns = [x for x in range(image.width())
               if any(image.pixelColor(x, y).lightness() < 128 for y in range(0, image.height(), 2))]
    return (columns[0], columns[-1]) if columns else (-1, -1)


def _formula(qtbot, parts, width: int) -> FormulaView:
    page = QWidget()
    page.setStyleSheet("background: white; color: black")
    qtbot.addWidget(page)
    view = FormulaView()
    view.set_formula(parts, "plain")
    layout = QVBoxLayout(page)
    layout.addWidget(view)
    layout.addStretch()
    page.resize(width, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not view.pending(), timeout=10_000)  # typeset in the background thread
    # The typeset picture asks for its height; the layout gives it on its next pass (a posted
    # event, later on a loaded machine): the view never keeps less than it asked for.
    qtbot.waitUntil(lambda: view.height() >= view.heightForWidth(view.width()), timeout=10_000)
    view.page = page  # keeps the page (and so the view) alive as long as the test holds the view
    return view


def test_plain_delimiters_where_nothing_is_tall() -> None:
    assert plain_delimiters(r"\sigma\left(w x + b\right)") == r"\sigma(w x + b)"
    assert plain_delimiters(r"{\left(\frac{b}{2} - 1\right)}^{2}") == r"{\left(\frac{b}{2} - 1\right)}^{2}"
    assert plain_delimiters(r"\beta \leftarrow \left|x\right| \left(a \left(b\right)\right)") == (
        r"\beta \leftarrow |x| (a (b))")
    assert plain_delimiters(r"\left\{a\right\}") == r"\left\{a\right\}"


def test_typesetting_runs_in_the_background_and_the_text_stands_in(qtbot) -> None:
    from desktop_app.gui import formula

    view = FormulaView()
    qtbot.addWidget(view)
    latex = r"\frac{\partial L}{\partial q} = 17 q^{3}"
    formula._svgs.pop((latex, view._font_px(), "#000000"), None)
    view.set_formula(latex, "∂L/∂q = 17·q^3")
    assert view.pending() and not view.failed() and view.sizeHint().width() > 0  # plain text meanwhile
    qtbot.waitUntil(lambda: not view.pending(), timeout=10_000)
    assert not view.failed() and view.accessibleName() == "∂L/∂q = 17·q^3"


def test_split_terms_at_top_level_only() -> None:
    assert split_terms("2 x - 6 + y") == ["2 x", "- 6", "+ y"]
    assert split_terms(r"\left(a - b\right) + {c - d}") == [r"\left(a - b\right)", "+ {c - d}"]
    assert split_terms("= -3 + x") == ["= -3", "+ x"]  # a sign after = is not a break


def test_formula_is_drawn_and_never_cut(qtbot) -> None:
    for width in (900, 320, 140):
        view = _formula(qtbot, DERIVATIVE, width)
        assert not view.failed()
        first, last = _inked_columns(view)
        assert first >= 0, "nothing was drawn"
        assert last < view.width() - 1, f"cut at width {width}"
        assert view.height() >= view.heightForWidth(view.width())


def test_narrow_pane_stacks_parts_taller_not_wider(qtbot) -> None:
    parts = update_latex("beta", 10.19, 0.01, 0.08027, 10.19 - 0.01 * 0.08027)
    wide = _formula(qtbot, parts, 900)
    narrow = _formula(qtbot, parts, 200)
    assert narrow.heightForWidth(180) > wide.heightForWidth(880)
    assert narrow.minimumSizeHint().width() <= 40  # a side pane never scrolls sideways for it


def test_accessible_name_and_copy_menu(qtbot) -> None:
    view = _formula(qtbot, program_latex(parse_program("(b/2 - 1)**2")), 500)
    view.set_formula(program_latex(parse_program("(b/2 - 1)**2")), "L = (b/2 − 1)²")
    assert view.accessibleName() == "L = (b/2 − 1)²"
    menu = view.copy_menu()
    as_latex, as_text = menu.actions()
    as_latex.trigger()
    assert QGuiApplication.clipboard().text() == r"L = {\left(\frac{b}{2} - 1\right)}^{2}"
    as_text.trigger()
    assert QGuiApplication.clipboard().text() == "L = (b/2 − 1)²"


def test_bad_latex_falls_back_to_the_plain_text(qtbot) -> None:
    view = _formula(qtbot, r"\frac{a}", 400)
    view.set_formula(r"\frac{a}", "a / ?")
    qtbot.waitUntil(lambda: not view.pending(), timeout=10_000)
    assert view.failed()
    assert view.sizeHint().width() > 0


def test_stack_of_formulas_and_names_the_font_lacks(qtbot) -> None:
    from desktop_app.gui.formula import FormulaStack

    stack = FormulaStack()
    qtbot.addWidget(stack)
    stack.set_formulas([(update_latex("w", 1.0, 0.1, 2.0, 0.8), "w: 1 → 0.8"),
                        (r"\mathrm{가중치} = 1", "가중치 = 1")])
    assert stack.text() == "w: 1 → 0.8\n가중치 = 1"
    first, korean = stack.views()
    qtbot.waitUntil(lambda: not first.pending(), timeout=10_000)
    assert not first.failed() and korean.failed()  # Hangul: plain text, not empty boxes
    stack.set_formulas([("x", "x")])
    assert len(stack.views()) == 1 and stack.text() == "x"
