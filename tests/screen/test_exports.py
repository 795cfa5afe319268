"""Slides to take away: figures whose SVG and PNG agree, float32 CSV that round-trips, GIFs."""

from __future__ import annotations

import csv

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from desktop_app.core.runs import Run, RunSpec
from desktop_app.gui.animation_export import export_run_animation, frame_steps
from desktop_app.gui.exporting import write_runs_csv
from desktop_app.gui.figure_export import FigureSpec, export_figure
from desktop_app.gui.run_list import RecordedRun

DATA_COLOUR = "#D55E00"


def recorded(label: str, dtype: str = "float32", lr: float = 0.1, steps: int = 30) -> RecordedRun:
    spec = RunSpec("x**4 - 3*x**2 + x", init={"x": 2.0}, hyper={"lr": lr}, steps=steps, dtype=dtype)
    run = RecordedRun(label=label, spec={"dtype": dtype}, color=DATA_COLOUR)
    for batch in Run(spec):
        run.append(batch)
    return run


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 900)  # a tall side-by-side plot: the figure must still come out 16:9
    widget.show()
    item = widget.getPlotItem()
    item.addLegend()
    xs = np.linspace(-2.5, 2.5, 300)
    item.addItem(pg.PlotDataItem(xs, xs**4 - 3 * xs**2 + xs, pen=pg.mkPen("#404040", width=3), name="loss"))
    item.addItem(pg.PlotDataItem([-2, -1, 0, 1, 2], [5, -1, 0, -1, 5], pen=pg.mkPen(DATA_COLOUR, width=4),
                                 symbol="o", symbolBrush=DATA_COLOUR, name="gd lr=0.01"))
    item.setLabel("bottom", "x")
    item.setLabel("left", "loss")
    item.vb.setRange(xRange=(-2.5, 2.5), yRange=(-4, 8), padding=0)
    yield item  # (the widget stays alive while the test runs)


def _mask(image: QImage, colour: str, tolerance: int = 40) -> np.ndarray:
    """Where `image` shows `colour` (a boolean array, height × width)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), np.uint8, stride * height).reshape(height, stride)[:, : width * 3]
    rgb = raw.reshape(height, width, 3).astype(int)
    target = QColor(colour)
    return (np.abs(rgb - [target.red(), target.green(), target.blue()]).sum(axis=2) < tolerance)


def _box(mask: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask)
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def _svg_image(path, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert (renderer.defaultSize().width(), renderer.defaultSize().height()) == (width, height)
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def test_svg_axes_and_data_line_up_with_the_png(plot, tmp_path) -> None:
    spec = FigureSpec(1600, 900, "Double well")
    export_figure(plot, tmp_path / "figure.png", spec)
    export_figure(plot, tmp_path / "figure.svg", spec)
    png = QImage(str(tmp_path / "figure.png"))
    assert (png.width(), png.height()) == (3200, 1800)  # 2× for sharpness, 16:9 as asked
    png = png.scaled(1600, 900)
    svg = _svg_image(tmp_path / "figure.svg", 1600, 900)
    plot_area = slice(0, 1600)  # the whole figure, legend included: one layout for both files
    for colour in (DATA_COLOUR, "#000000"):  # the data, then the axes with their ticks and labels
        png_box, svg_box = _box(_mask(png, colour)[:, plot_area]), _box(_mask(svg, colour)[:, plot_area])
        assert np.allclose(png_box, svg_box, atol=6), (colour, png_box, svg_box)
    data_png, data_svg = _mask(png, DATA_COLOUR)[:, plot_area], _mask(svg, DATA_COLOUR)[:, plot_area]
    overlap = (data_png & data_svg).sum() / max(1, data_svg.sum())
    assert overlap > 0.6  # the same pixels, not just the same bounding box


def test_legend_sits_beside_the_data(plot, tmp_path) -> None:
    export_figure(plot, tmp_path / "figure.png", FigureSpec(1920, 1080, ""))
    image = QImage(str(tmp_path / "figure.png")).scaled(1920, 1080)
    data = _mask(image, DATA_COLOUR)
    _, _, right, _ = _box(data[:, :1700])  # the data in the plot area
    legend_marks = np.nonzero(data[:, right + 20:].any(axis=0))[0]
    assert legend_marks.size, "the legend sample of the run is drawn to the right of the data"


def test_figure_sizes_are_checked(plot, tmp_path) -> None:
    with pytest.raises(ValueError, match="320"):
        export_figure(plot, tmp_path / "f.png", FigureSpec(100, 100))
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        export_figure(plot, tmp_path / "f.pdf", FigureSpec())


def test_csv_float32_round_trips_exactly_with_run_labels(tmp_path) -> None:
    runs = [recorded("gd lr=0.1"), recorded("gd lr=0.01", lr=0.01)]
    path = tmp_path / "runs.csv"
    write_runs_csv(path, runs)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["run"] for r in rows[:1] + rows[-1:]] == ["gd lr=0.1", "gd lr=0.01"]
    values = np.concatenate([run.buffer.column("x") for run in runs])
    written = [r["x"] for r in rows]
    assert np.array_equal(np.array(written, dtype=np.float32), values.astype(np.float32))
    assert max(len(text) for text in written) <= 16  # float32 digits, not float64 noise
    assert rows[0]["lr"] == "0.1"


def test_csv_float64_keeps_every_digit(tmp_path) -> None:
    run = recorded("gd", dtype="float64")
    path = tmp_path / "run.csv"
    write_runs_csv(path, [run])
    loaded = np.loadtxt(path, delimiter=",", skiprows=1, usecols=2)
    assert np.array_equal(loaded, run.buffer.column("x"))


def test_gif_of_a_run(plot, tmp_path) -> None:
    from PIL import Image

    run = recorded("gd lr=0.01", lr=0.01, steps=40)
    count = export_run_animation(plot, run, ["x"], tmp_path / "run.gif", FigureSpec(640, 360, "gd"),
                                 labels=["gd lr=0.01"], frames=20)
    with Image.open(tmp_path / "run.gif") as gif:
        assert gif.size == (640, 360) and gif.n_frames == count
        gif.seek(0)
        first = np.asarray(gif.convert("RGB")).copy()
        gif.seek(gif.n_frames - 1)
        last = np.asarray(gif.convert("RGB")).copy()
    assert (first != last).any()  # the point moved


def test_frame_steps() -> None:
    assert frame_steps(5, 10) == [0, 1, 2, 3, 4]
    steps = frame_steps(1000, 90)
    assert steps[0] == 0 and steps[-1] == 999 and len(steps) == 90
    assert frame_steps(0) == []
