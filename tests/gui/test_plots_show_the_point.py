"""Plots that show the point: ranges that hold the start, the wells and the path; the true minimum;
a colour bar; NaN regions drawn with the valid region; legends that never cover the data."""

from __future__ import annotations

import itertools

import numpy as np
import pyqtgraph as pg
import pytest
from hypothesis import given
from hypothesis import strategies as st


def _load(qtbot, window, expression: str, values: dict[str, str], kind: str) -> None:
    window.editor.set_text(expression)
    window.editor.validate_now()
    qtbot.waitUntil(lambda: set(window.variables.names()) == set(values), timeout=5000)
    window.variables.set_values(values, {})
    window.pictures.schedule(now=True)
    qtbot.waitUntil(lambda: window.board.picture_kind() == kind, timeout=10_000)
    qtbot.waitUntil(window.views_settled, timeout=20_000)  # the true minimum is searched off the GUI thread


def _run(qtbot, window, optimizer: dict) -> None:
    window.optimizer.set_state(optimizer)
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run()
    qtbot.waitUntil(lambda: len(window.runs) > 0 and all(r.status != "running" for r in window.runs)
                    and not window.controller.is_busy(), timeout=30_000)
    window.board.refresh_all()


def _outside_data(plot) -> None:
    """The legend's box does not meet the box the data is drawn in."""
    item = plot.getPlotItem()
    legend, data = item.legend.sceneBoundingRect(), item.vb.sceneBoundingRect()
    assert item.legend.items, "the legend names something"
    assert not legend.intersects(data), (legend, data)


def test_double_well_shows_both_wells_and_the_start(window, qtbot) -> None:
    _load(qtbot, window, "x**4 - 3*x**2 + x", {"x": "2"}, "landscape")
    (x0, x1), (y0, y1) = window.board.landscape.getPlotItem().vb.viewRange()
    for well in (-1.3008, 1.1309):  # the two minima of x⁴ − 3x² + x
        assert x0 < well < x1
    assert x0 < 2 < x1 and y0 < -3.51 and 6 < y1 < 30  # the start's loss (6), not a 0–2300 axis
    _run(qtbot, window, {"optimizer": "gd", "hyper": {"lr": 0.01}, "steps": 40})
    for plot in (window.board.landscape, window.board.loss):
        _outside_data(plot)
    window.board.tabs.setCurrentIndex(1)
    _outside_data(window.board.parameters)


def test_homework_path_is_not_tiny(window, qtbot) -> None:
    window.load_preset("l3-homework")
    qtbot.waitUntil(lambda: window.board.picture_kind() == "landscape", timeout=10_000)
    _run(qtbot, window, window.optimizer.state())
    run = window.runs[0]
    path = run.buffer.column("x")
    (x0, x1), _ = window.board.landscape.getPlotItem().vb.viewRange()
    assert x0 <= path.min() and path.max() <= x1 and x0 < 1 < x1  # the path and the minimum
    assert (path.max() - path.min()) > 0.25 * (x1 - x0)  # not lost in a (−20, 22) axis


def test_rosenbrock_contour_marks_the_true_minimum_and_the_start(window, qtbot) -> None:
    _load(qtbot, window, "(1-x)**2 + 100*(y-x**2)**2", {"x": "-1.5", "y": "2"}, "contour")
    contour = window.board.contour
    (mx,), (my,) = contour.minimum.getData()
    assert mx == pytest.approx(1.0, abs=1e-4) and my == pytest.approx(1.0, abs=1e-4)
    (sx,), (sy,) = contour.start.getData()  # before any run
    assert (sx, sy) == (-1.5, 2.0) and len(window.runs) == 0
    assert contour.bar.isVisible() and contour.bar.scene() is contour.scene()
    assert contour.bar.axis.isVisible() and contour.bar.levels()[1] > contour.bar.levels()[0]
    names = {label.text for _sample, label in contour.getPlotItem().legend.items}
    assert {"minimum", "start"} <= names
    _low, high = contour.bar.levels()
    window.board.log_colours.setChecked(False)  # the loss itself, not its logarithm
    assert contour.bar.levels()[1] > high
    _run(qtbot, window, {"optimizer": "adam", "hyper": {"lr": 0.05}, "steps": 50})
    _outside_data(contour)


def test_the_minimum_is_searched_off_the_gui_thread(window, qtbot, monkeypatch) -> None:
    """Its first call takes seconds (torch's autograd warming up): the window must not wait."""
    import threading

    from desktop_app.core import minimum

    threads, real = [], minimum.find_minimum
    monkeypatch.setattr(minimum, "find_minimum",
                        lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k))[1])
    _load(qtbot, window, "(x - 2)**2 + (y + 1)**2 + 0.5*x*y", {"x": "0", "y": "0"}, "contour")
    assert threads and threading.main_thread() not in threads
    (mx,), (my,) = window.board.contour.minimum.getData()
    assert 2 * (mx - 2) + 0.5 * my == pytest.approx(0, abs=1e-5)  # ∂/∂x = 0 at the star
    assert 2 * (my + 1) + 0.5 * mx == pytest.approx(0, abs=1e-5)


def test_no_star_without_a_minimum(window, qtbot) -> None:
    _load(qtbot, window, "x*y", {"x": "1", "y": "2"}, "contour")
    assert len(window.board.contour.minimum.getData()[0]) == 0
    names = {label.text for _sample, label in window.board.contour.getPlotItem().legend.items}
    assert "minimum" not in names


def test_nan_region_is_drawn_beside_the_valid_one(window, qtbot) -> None:
    _load(qtbot, window, "log(x) + (y - 1)**2", {"x": "2", "y": "-1"}, "contour")
    contour = window.board.contour
    xs, _, losses = contour._grid
    assert np.isnan(losses[xs < 0]).all() and np.isfinite(losses[xs > 0]).all()
    assert contour.bad.isVisible()
    rgba = contour.bad.image
    assert (rgba[xs < 0][..., 3] == 255).all() and (rgba[xs > 0][..., 3] == 0).all()
    assert np.isfinite(contour.image.image[xs > 0]).all()  # the valid half keeps its colours
    names = {label.text for _sample, label in contour.getPlotItem().legend.items}
    assert "loss is NaN" in names


def test_nan_band_on_a_curve(window, qtbot) -> None:
    _load(qtbot, window, "sqrt(x + 1) + (x - 1)**2", {"x": "-0.9"}, "landscape")
    landscape = window.board.landscape
    (x0, x1), _ = landscape.getPlotItem().vb.viewRange()
    assert x0 < -1 < -0.9 < 0.8 < x1  # the NaN side, the start and the minimum
    (band,) = landscape._bands
    assert band.getRegion()[0] <= landscape.curve.xData[0] and -1.05 <= band.getRegion()[1] <= -0.95
    names = {label.text for _sample, label in landscape.getPlotItem().legend.items}
    assert "loss is NaN" in names


def _load_with_data(qtbot, window, expression: str, init: dict[str, str], data: dict[str, str], kind: str) -> None:
    window.editor.set_text(expression)
    window.editor.validate_now()
    qtbot.waitUntil(lambda: set(window.variables.names()) == set(init) | set(data), timeout=5000)
    window.variables.set_values(init, data)
    window.pictures.schedule(now=True)
    qtbot.waitUntil(lambda: window.board.picture_kind() == kind, timeout=10_000)


def test_tensor_loss_fills_the_centre_with_parameter_views(window, qtbot) -> None:
    _load_with_data(qtbot, window, "sum((W @ x + b - y)**2)", {"W": "[[0.5, -0.3], [0.8, 0.1]]", "b": "0, 0"},
                    {"x": "1, 2", "y": "1, -1"}, "parameters")
    board = window.board
    window.centre.setCurrentWidget(window.plots_page)  # the Plots tab (the board above the timeline)
    assert board.parameters_page.isVisible() and not board._placeholder.isVisible()
    assert board.multiples.columns() == ["W[0,0]", "W[0,1]", "W[1,0]", "W[1,1]", "b[0]", "b[1]"]
    assert board.heat_map.isVisible()
    # before a run: the start values, at step 0 and as the matrix
    assert np.array_equal(board.heat_map.matrix, [[0.5, -0.3], [0.8, 0.1]])
    assert board.multiples.start_of("W[0,1]") == -0.3 and board.multiples.start_of("b[1]") == 0.0
    _run(qtbot, window, {"optimizer": "gd", "hyper": {"lr": 0.05}, "steps": 20})
    run = window.runs[0]
    for column in board.multiples.columns():
        (curve,) = [item for item in board.multiples.plot_of(column).listDataItems()
                    if isinstance(item, pg.PlotDataItem)]
        assert np.array_equal(curve.getData()[1], run.buffer.column(column))
    last = run.buffer.data[-1]
    assert np.array_equal(board.heat_map.matrix, [[last["W[0,0]"], last["W[0,1]"]], [last["W[1,0]"], last["W[1,1]"]]])
    window.runs.selected.emit(run, 3)  # a step picked in the steps table: the heat map shows it
    assert board.heat_map.matrix[0, 0] == run.buffer.data[3]["W[0,0]"]


def test_three_scalars_get_small_multiples(window, qtbot) -> None:
    _load(qtbot, window, "(a - 1)**2 + (b - 2)**2 + (c - 3)**2", {"a": "0", "b": "0", "c": "0"}, "parameters")
    assert window.board.multiples.columns() == ["a", "b", "c"] and not window.board.heat_map.isVisible()


def test_two_parameters_have_a_3d_tab(window, qtbot) -> None:
    _load(qtbot, window, "(a - 1)**2 + 3*(b + 2)**2", {"a": "-4", "b": "3"}, "contour")
    tabs = window.board.contour_tabs
    window.centre.setCurrentWidget(window.plots_page)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Contour map", "3-D surface"]
    tabs.setCurrentIndex(1)
    surface = window.board.surface
    assert surface is not None
    qtbot.waitUntil(surface.isVisible, timeout=2000)
    if surface.available:
        assert surface.columns == ("a", "b")
    else:  # offscreen, no OpenGL: it says why, and the map still works
        assert "No 3-D view" in surface.message.text()
    tabs.setCurrentIndex(0)
    assert window.board.contour.isVisible()


def test_derivative_formulas_are_typeset_with_their_text(qtbot) -> None:
    from desktop_app.gui.formula import FormulaView
    from desktop_app.gui.panels.derivative_view import DerivativeView

    view = DerivativeView()
    qtbot.addWidget(view)
    view.resize(260, 800)  # a narrow side pane
    view.show()
    view.show_point("0.5*(w - 10)**2", {"w": 10.19}, {}, dtype="float64", lr=0.01)
    qtbot.waitUntil(lambda: not view.busy and view.report is not None and not view.report.symbolic_pending,
                    timeout=20_000)
    formulas = view.findChildren(FormulaView)
    qtbot.waitUntil(lambda: not any(f.pending() for f in formulas), timeout=20_000)
    (update,) = view.update_label.views()
    assert "= 10.19 − 0.01·0.19 = 10.1881" in update.accessibleName()  # the step is not rounded away
    assert "10.1881" in update.latex() and not update.failed()
    (symbolic,) = view.symbolic.views()
    assert symbolic.accessibleName().startswith("∂L/∂w = ") and r"\partial w" in symbolic.latex()
    assert not symbolic.failed()
    for formula in (update, symbolic):  # never wider than the pane: stacked or scaled
        # (the layout gives a typeset formula its height on its next pass, not at once)
        qtbot.waitUntil(lambda f=formula: f.height() >= f.heightForWidth(f.width()), timeout=5000)
        assert formula.width() <= view.width()


def test_a_picture_the_core_refused_once_is_drawn_at_the_next_try(window, qtbot, monkeypatch) -> None:
    """A refusal is not remembered as the model's picture: after a failed draw (here a refusal
    on the first try), the next draw of the same model tries again, as a fresh window would (the
    property test once saw "no picture" against a fresh window's plots)."""
    from desktop_app.gui.pictures import PictureMaker

    parameters = PictureMaker._parameters
    refusals = []

    def refuse_once(self, spec, trained):
        if not refusals:
            refusals.append(trained)
            raise ValueError("refused once")
        return parameters(self, spec, trained)

    monkeypatch.setattr(PictureMaker, "_parameters", refuse_once)
    _load(qtbot, window, "sum((w - 1)**2)", {"w": "ones(3)"}, "none")
    assert refusals and "refused once" in window.board._placeholder.text()
    window.pictures.schedule(now=True)  # the same model, drawn again
    assert window.board.picture_kind() == "parameters"


def test_the_start_and_its_tangent_show_before_a_run_and_follow_the_start_slider(window, qtbot) -> None:
    window.load_preset("l3-homework")  # (x − 1)² from x = −3
    qtbot.waitUntil(lambda: window.board.picture_kind() == "landscape" and window.views_settled(), timeout=10_000)
    landscape = window.board.landscape
    assert landscape.start_mark() == pytest.approx((-3.0, 16.0, -8.0))  # on the curve, slope 2(x − 1)
    starts = window.variables.starts
    assert starts.names() == ["x"] and starts.isVisibleTo(window)
    slider = starts.slider("x")
    step = (slider.value_at(1) - slider.value_at(0)) * 1.01  # one position of the knob

    def start() -> float:
        return float(window.model.variable("x").text)

    slider.setSliderDown(True)  # a drag: the marks follow each move, not only once it pauses
    slider.setValue(slider.position_of(-1.0))
    x = start()
    assert abs(x + 1) < step and landscape.start_mark() == pytest.approx((x, (x - 1) ** 2, 2 * (x - 1)), abs=1e-3)
    slider.setValue(slider.position_of(0.0))  # on to x = 0
    slider.setSliderDown(False)
    qtbot.waitUntil(lambda: abs(start()) < step and window.views_settled(), timeout=10_000)
    x = start()
    assert landscape.start_mark() == pytest.approx((x, (x - 1) ** 2, 2 * (x - 1)), abs=1e-3)
    slider.setValue(slider.position_of(0.5))
    qtbot.waitUntil(lambda: abs(start() - 0.5) < step, timeout=10_000)
    window.undo_action.trigger()  # the drag's moves are one undo step: back to −3
    assert window.model.variable("x").text == "-3" and slider.number() == pytest.approx(-3.0, abs=0.05)
    assert "start" in _legend_names(landscape)
    _run(qtbot, window, window.optimizer.state())
    qtbot.waitUntil(lambda: landscape.start_mark() is None)  # the run's point stands for it now
    assert "start" not in _legend_names(landscape)


def test_the_learning_rate_slider_is_logarithmic_and_writes_the_field(window, qtbot) -> None:
    window.load_preset("l3-gradient-descent")
    qtbot.waitUntil(lambda: window.optimizer.lr_slider is not None)
    slider = window.optimizer.lr_slider
    assert slider.number() == pytest.approx(window.optimizer.hyper()["lr"], rel=0.02)
    slider.setValue(slider.position_of(0.1))
    qtbot.waitUntil(lambda: dict(window.model.optimizer.hyper).get("lr") == pytest.approx(0.1, rel=0.01))
    window.optimizer._fields["lr"].setText("0.001")  # typed: the knob follows
    assert slider.number() == pytest.approx(0.001, rel=0.02)


def test_the_regression_line_of_the_start_shows_before_a_run_and_follows_a_drag(window, qtbot) -> None:
    window.load_preset("l3-cafe-gradient")  # b0 = 9, b1 = 2 over the café's temperatures
    qtbot.waitUntil(lambda: window.board.picture_kind() == "regression" and window.views_settled(), timeout=10_000)
    regression = window.board.regression
    qtbot.waitUntil(lambda: regression.line.xData is not None and len(regression.line.xData) > 0)
    xs, ys = regression.line.getData()
    assert ys == pytest.approx(9 + 2 * xs) and regression.readout.text().startswith("start:")
    slider = window.variables.starts.slider("b1")
    slider.setSliderDown(True)
    slider.setValue(slider.position_of(2.1))  # mid-drag: the line follows at once
    b1 = float(window.model.variable("b1").text)
    assert regression.line.getData()[1] == pytest.approx(9 + b1 * regression.line.getData()[0])
    slider.setValue(slider.position_of(2.2))
    slider.setSliderDown(False)
    qtbot.waitUntil(lambda: abs(float(window.model.variable("b1").text) - 2.2) < 0.05 and window.views_settled(),
                    timeout=10_000)
    b1 = float(window.model.variable("b1").text)
    qtbot.waitUntil(lambda: regression.line.getData()[1] == pytest.approx(9 + b1 * regression.line.getData()[0]))


def _legend_names(plot) -> list[str]:
    return [label.text for _sample, label in plot.getPlotItem().legend.items]


@given(low=st.floats(-1e6, 1e6), span=st.floats(1e-6, 1e9), scale=st.floats(1e-6, 1e6))
def test_colour_bar_labels_never_crowd_each_other(qapp, low, span, scale) -> None:
    from desktop_app.gui.plots.contour import MIN_TICK_GAP, _loss_ticks

    ticks = _loss_ticks(low, low + span, scale)
    height = np.log10(1.0 + span / scale)
    positions = [position for position, _ in ticks]
    assert positions[0] == 0.0 and positions == sorted(positions) and positions[-1] <= height + 1e-9
    assert all(b - a >= MIN_TICK_GAP * height * (1 - 1e-9) for a, b in itertools.pairwise(positions))


def test_one_samples_line_of_minima_is_drawn_not_one_star(window, qtbot) -> None:
    """L5.1: (W·3.3 + b − 1.7)² is 0 on the line 3.3·W + b = 1.7; the map draws that line
    across itself and marks no single point as the minimum."""
    window.load_preset("l5-one-sample")
    qtbot.waitUntil(lambda: window.board.picture_kind() == "contour", timeout=20_000)
    contour = window.board.contour
    qtbot.waitUntil(lambda: len(contour.valley.getData()[0] if contour.valley.getData()[0] is not None else []) > 1,
                    timeout=20_000)
    w, b = contour.valley.getData()
    assert contour.columns == ("W", "b")
    np.testing.assert_allclose(3.3 * w + b, 1.7, atol=1e-8)
    assert len(contour.minimum.getData()[0]) == 0
    (x0, x1), (y0, y1) = contour.getPlotItem().vb.viewRange()
    assert w.min() <= x0 + 0.05 * (x1 - x0) or b.min() <= y0 + 0.05 * (y1 - y0)  # from one edge
    assert w.max() >= x1 - 0.05 * (x1 - x0) or b.max() >= y1 - 0.05 * (y1 - y0)  # to another
    names = {label.text for _sample, label in contour.getPlotItem().legend.items}
    assert "minima (a whole line)" in names and "minimum" not in names
    window.load_preset("l5-two-samples")  # two samples: one minimum again, and the line is gone
    qtbot.waitUntil(lambda: len(contour.minimum.getData()[0]) == 1, timeout=20_000)
    assert contour.valley.getData()[0] is None or len(contour.valley.getData()[0]) == 0


def test_the_drawn_parameter_made_data_redraws_the_picture_without_an_error(window, qtbot) -> None:
    """Only a start that moved is followed at once; a kind switched (the drawn parameter made
    data) waits for the whole picture, instead of asking for a start that no longer exists
    (a KeyError in the event loop, found by the property test)."""
    from desktop_app.gui.panels.variables_table import KIND

    window.load_preset("l1-cube")
    qtbot.waitUntil(lambda: window.board.picture_kind() == "landscape" and window.views_settled(), timeout=20_000)
    column = window.board.landscape.column
    box = window.variables.table.cellWidget(window.variables.names().index(column), KIND)
    box.setCurrentIndex(1 - box.currentIndex())  # pytest-qt fails the test on an error in the event loop
    qtbot.waitUntil(window.views_settled, timeout=20_000)
    assert window.model.variable(column).kind == "data"
    assert window.board.picture_kind() != "landscape" or window.board.landscape.column != column
