"""Sliders beside the fields: log scale for the learning rate, live values, no echo on set."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop_app.gui.value_slider import STEPS, ValueSlider, learning_rate_slider


def test_learning_rate_slider_is_logarithmic(qtbot) -> None:
    slider = learning_rate_slider()
    qtbot.addWidget(slider)
    assert slider.value_at(0) == pytest.approx(1e-5)
    assert slider.value_at(STEPS) == pytest.approx(10.0)
    assert slider.value_at(STEPS // 2) == pytest.approx(10 ** -2)  # the middle is a decade, not 5
    slider.set_number(0.01)
    assert slider.number() == pytest.approx(0.01, rel=0.01)


def test_dragging_reports_values_and_setting_does_not(qtbot) -> None:
    slider = ValueSlider(-20, 22)
    qtbot.addWidget(slider)
    seen = []
    slider.value_changed.connect(seen.append)
    slider.set_number(-3)
    assert seen == []
    slider.show()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert len(seen) == 1 and seen[0] > -3


def test_bad_ranges_are_refused(qtbot) -> None:
    with pytest.raises(ValueError):
        ValueSlider(1, 1)
    with pytest.raises(ValueError):
        ValueSlider(0, 1, logarithmic=True)


@given(st.floats(-1e6, 1e6))
def test_round_trip_within_one_position(qapp, value: float) -> None:
    slider = ValueSlider(-1e6, 1e6)
    assert abs(slider.value_at(slider.position_of(value)) - value) <= 2e6 / STEPS


def test_a_start_slider_without_a_picture_spans_what_the_picture_will_show() -> None:
    """Before its picture has a range, a start slider spans what the contour map's axis will
    (core.plot_ranges.around), so the knob does not jump when the picture comes."""
    from desktop_app.core.plot_ranges import around
    from desktop_app.gui.value_slider import start_span

    assert start_span(0.3) == around(0.3)
    assert start_span(0.3, (-1.0, 2.0)) == (-1.0, 2.0)
    assert start_span(5.0, (-1.0, 2.0)) == (-1.0, 5.0)  # always holding the value
