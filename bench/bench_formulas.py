"""Time to typeset each preset's formulas, and what of it the GUI thread pays (a benchmark, not a test).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_formulas.py [repeats]
For every preset: the loss as typed, each symbolic derivative and the update line, each made
into LaTeX by the core. Three numbers a formula:
  ziamath   the bare renderer on the LaTeX as the core writes it (what a view drawing in the GUI
            thread would cost: the design this replaced),
  typeset   gui.formula.render_svg, as its background thread runs it (plain delimiters where
            nothing is tall, the SVG cached per LaTeX, size and colour),
  GUI       what the GUI thread pays once the SVG is cached: a new FormulaView, set_formula and
            one paint of it at the derivative pane's width (QtSvg parse + layout + paint).
The 20 ms target is the GUI column: the window never waits for ziamath. Also the ratio to
painting the same formula's plain text with QPainter.drawText (the bare loop a label costs).
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from desktop_app.core.expression import parse_program
from desktop_app.core.latex import derivative_latex, program_latex, update_latex
from desktop_app.core.presets import get_preset, preset_names
from desktop_app.core.symbolic import symbolic_derivatives
from desktop_app.core.values import parse_value
from desktop_app.gui import formula

TARGET_MS = 20.0
SIZE_PX = 21.0  # the formula view's size at the default 16 px font
PANE_WIDTH = 420  # the derivative pane at 1600 × 900


def formulas(name: str) -> list[tuple[tuple[str, ...], str]]:
    """(LaTeX parts, plain text) of every formula the preset shows."""
    preset = get_preset(name)
    program = parse_program(preset.expression)
    init = {k: parse_value(v) for k, v in preset.init.items()}
    data = {k: parse_value(v) for k, v in preset.data.items()}
    shown = [((line,), text) for line, text in zip(program_latex(program), preset.expression.splitlines())]
    for derivative in symbolic_derivatives(program, init, data):
        if derivative.available:
            shown.append(((derivative_latex(derivative.expression),), derivative.text))
    for parameter, value in init.items():
        if value.ndim == 0:
            old = float(value)
            shown.append((update_latex(parameter, old, 0.01, 0.08027, old - 0.01 * 0.08027), f"{parameter} update"))
    return shown


def ms(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def bare_ziamath(latex: str) -> None:
    import ziamath

    renderer = QSvgRenderer(QByteArray(ziamath.Latex(latex, size=SIZE_PX).svg().encode()))
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()


def typeset(parts: tuple[str, ...]) -> None:
    """What the background thread does for one formula (every piece the view asks for)."""
    for part in parts:
        for number, term in enumerate(formula.split_terms(part)):
            formula.render_svg("{}" + term if number else term, SIZE_PX, "#000000")


def wait_typeset(app: QApplication, view: formula.FormulaView) -> None:
    while view.pending():
        app.processEvents()
        time.sleep(0.001)


def gui_thread(app: QApplication, parts: tuple[str, ...], text: str) -> float:
    """Milliseconds of the GUI thread for a formula whose SVG is cached: new view, set, paint."""
    warm = formula.FormulaView()
    warm.set_formula(parts, text)
    wait_typeset(app, warm)

    def show() -> None:
        view = formula.FormulaView()
        view.resize(PANE_WIDTH, max(20, view.heightForWidth(PANE_WIDTH)))
        view.set_formula(parts, text)
        view.resize(PANE_WIDTH, max(20, view.heightForWidth(PANE_WIDTH)))
        assert not view.pending()
        view.grab()

    return ms(show)


def plain(text: str) -> None:
    image = QImage(600, 40, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = QApplication.instance() or QApplication([])
    import ziamath

    ziamath.config.svg2 = False
    first = ms(lambda: bare_ziamath("x^{2}"))  # font loading, once per process
    print(f"first formula (loads the math font): {first:.0f} ms")
    worst = {"ziamath": 0.0, "typeset": 0.0, "GUI": 0.0}
    medians: dict[str, list[float]] = {key: [] for key in worst}
    for name in preset_names():
        if get_preset(name).page:  # a lesson page (L4.1-L4.3) has no loss to typeset
            continue
        shown = formulas(name)
        times: dict[str, list[float]] = {key: [] for key in worst}
        bare = []
        for parts, text in shown:
            times["ziamath"].append(min(ms(lambda parts=parts: bare_ziamath(" ".join(parts))) for _ in range(repeats)))
            cold = []
            for _ in range(repeats):
                formula._svgs.clear()
                cold.append(ms(lambda parts=parts: typeset(parts)))
            times["typeset"].append(min(cold))
            formula._svgs.clear()
            times["GUI"].append(min(gui_thread(app, parts, text) for _ in range(repeats)))
            bare.append(min(ms(lambda text=text: plain(text)) for _ in range(repeats)))
        row = []
        for key, values in times.items():
            worst[key] = max(worst[key], max(values))
            medians[key].append(statistics.median(values))
            row.append(f"{key} {statistics.median(values):5.1f}/{max(values):5.1f}")
        ratio = statistics.median(times["GUI"]) / max(statistics.median(bare), 1e-3)
        print(f"{name[:28]:28s} {len(shown):2d} formulas, ms median/worst: {'  '.join(row)}  "
              f"GUI {ratio:4.0f}x a plain label")
    for key in worst:
        print(f"all presets, {key:8s}: median {statistics.median(medians[key]):6.1f} ms, "
              f"worst {worst[key]:6.1f} ms a formula")
    verdict = "meets" if worst["GUI"] <= TARGET_MS else "misses"
    print(f"GUI thread: worst {worst['GUI']:.1f} ms a formula ({verdict} the {TARGET_MS:.0f} ms target); "
          f"the typesetting ({worst['typeset']:.0f} ms at worst) runs in the background thread")


if __name__ == "__main__":
    main()
