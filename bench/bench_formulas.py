"""Time to typeset each preset's formulas (a benchmark, not a test).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_formulas.py [repeats]
For every preset: the loss as typed, each symbolic derivative and the update line, each made
into LaTeX by the core, drawn by ziamath into SVG and painted through QtSvg (what the formula
view does once per formula and font size). Prints the median and worst milliseconds a formula
against the target (20 ms), and the ratio to painting the same formula's plain text with
QPainter.drawText in the same run (the bare loop a label costs).
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

TARGET_MS = 20.0
SIZE_PX = 21.0  # the formula view's size at the default 16 px font


def formulas(name: str) -> list[tuple[str, str]]:
    """(latex, plain text) of every formula the preset shows."""
    preset = get_preset(name)
    program = parse_program(preset.expression)
    init = {k: parse_value(v) for k, v in preset.init.items()}
    data = {k: parse_value(v) for k, v in preset.data.items()}
    shown = [(line, text) for line, text in zip(program_latex(program), preset.expression.splitlines())]
    for derivative in symbolic_derivatives(program, init, data):
        if derivative.available:
            shown.append((derivative_latex(derivative.expression), derivative.text))
    for parameter, value in init.items():
        if value.ndim == 0:
            old = float(value)
            shown.append((" ".join(update_latex(parameter, old, 0.01, 0.08027, old - 0.01 * 0.08027)),
                          f"{parameter} update"))
    return shown


def ms(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def typeset(latex: str) -> None:
    import ziamath

    renderer = QSvgRenderer(QByteArray(ziamath.Latex(latex, size=SIZE_PX).svg().encode()))
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()


def plain(text: str) -> None:
    image = QImage(600, 40, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    QApplication.instance() or QApplication([])
    import ziamath

    ziamath.config.svg2 = False
    first = ms(lambda: typeset("x^{2}"))  # font loading, once per process
    print(f"first formula (loads the math font): {first:.0f} ms")
    worst_all, medians = 0.0, []
    for name in preset_names():
        if get_preset(name).page:  # a lesson page (L4.1-L4.3) has no loss to typeset
            continue
        shown = formulas(name)
        times, bare = [], []
        for latex, text in shown:
            times.append(min(ms(lambda latex=latex: typeset(latex)) for _ in range(repeats)))
            bare.append(min(ms(lambda text=text: plain(text)) for _ in range(repeats)))
        median, worst = statistics.median(times), max(times)
        worst_all = max(worst_all, worst)
        medians.append(median)
        print(f"{name[:40]:40s} {len(shown):2d} formulas: median {median:5.1f} ms, worst {worst:5.1f} ms, "
              f"{median / max(statistics.median(bare), 1e-3):5.0f}x a plain label")
    verdict = "meets" if worst_all <= TARGET_MS else "misses"
    print(f"all presets: median {statistics.median(medians):.1f} ms, worst {worst_all:.1f} ms a formula "
          f"({verdict} the {TARGET_MS:.0f} ms target)")


if __name__ == "__main__":
    main()
