"""Tensor losses fill the centre: small multiples per element, a heat map of a matrix parameter."""

from __future__ import annotations

import numpy as np

from desktop_app.core.runs import Run, RunSpec
from desktop_app.gui.parameter_views import (
    MAX_MULTIPLES,
    MatrixHeatMap,
    ParameterMultiples,
    matrix_at,
    matrix_elements,
)
from desktop_app.gui.run_list import RecordedRun


def _dense_run() -> RecordedRun:
    spec = RunSpec("sum((W @ x + b - y)**2)", init={"W": [[0.5, -0.3], [0.8, 0.1]], "b": [0.0, 0.0]},
                   data={"x": [1.0, 2.0], "y": [1.0, -1.0]}, hyper={"lr": 0.05}, steps=20, dtype="float64")
    run = RecordedRun("gd", {"dtype": "float64"}, "#0072B2")
    for batch in Run(spec):
        run.append(batch)
    return run


def test_matrix_elements_and_values() -> None:
    run = _dense_run()
    elements = matrix_elements(run.parameter_columns)
    assert set(elements) == {"W"} and set(elements["W"]) == {(0, 0), (0, 1), (1, 0), (1, 1)}
    first = matrix_at(run.buffer.data[0], elements["W"])
    assert np.array_equal(first, [[0.5, -0.3], [0.8, 0.1]])


def test_small_multiples_draw_every_element(qtbot) -> None:
    run = _dense_run()
    view = ParameterMultiples()
    qtbot.addWidget(view)
    view.set_columns(list(run.parameter_columns))
    view.refresh([run])
    for column in run.parameter_columns:
        (curve,) = view.plot_of(column).listDataItems()
        assert np.array_equal(curve.getData()[1], run.buffer.column(column))
    assert view.note == ""
    view.set_columns([f"w[{i}]" for i in range(30)])
    assert "12 of 30" in view.note and len(view.ci.items) == MAX_MULTIPLES


def test_heat_map_follows_the_step(qtbot) -> None:
    run = _dense_run()
    view = MatrixHeatMap()
    qtbot.addWidget(view)
    elements = matrix_elements(run.parameter_columns)["W"]
    view.show_matrix("W", matrix_at(run.buffer.data[5], elements), 5)
    assert np.array_equal(view.matrix, matrix_at(run.buffer.data[5], elements))
    assert view.image.image.shape == (2, 2)
