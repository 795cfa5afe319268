"""Sliders beside the start-value and learning-rate fields: drag, and the views follow live.

Why sliders: dragging the start point or the learning rate and watching the point, the tangent
and the update arithmetic move (as Desmos or Distill's momentum article let readers do) shows
what a number means before anything is run. A learning rate spans decades, so its slider is
logarithmic; a start value moves over the range the picture shows (`core.plot_ranges`).
The sliders only report values; the field beside each stays the one place a value is typed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QSlider, QWidget

from desktop_app.core.plot_ranges import around

#: Positions of a slider: fine enough that a drag looks continuous.
STEPS = 1000
#: Start sliders shown at most (a loss with more scalar parameters is driven by the table).
MAX_START_SLIDERS = 3


class ValueSlider(QSlider):
    """A horizontal slider over [low, high] (linear, or logarithmic for positive ranges)."""

    value_changed = Signal(float)  # while dragging, and on clicks and keys

    def __init__(self, low: float, high: float, logarithmic: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, STEPS)
        self.setSingleStep(STEPS // 100)
        self.setPageStep(STEPS // 10)
        self._logarithmic = logarithmic
        self._low = self._high = 0.0
        self.set_range(low, high)
        self.valueChanged.connect(lambda position: self.value_changed.emit(self.value_at(position)))

    def set_range(self, low: float, high: float) -> None:
        """The values at the two ends (a log slider needs 0 < low < high)."""
        if not (math.isfinite(low) and math.isfinite(high) and low < high):
            raise ValueError(f"a slider needs a finite range low < high, not ({low}, {high})")
        if self._logarithmic and low <= 0:
            raise ValueError("a logarithmic slider needs a positive range")
        self._low, self._high = (math.log10(low), math.log10(high)) if self._logarithmic else (low, high)

    def value_at(self, position: int) -> float:
        value = self._low + (self._high - self._low) * position / STEPS
        return 10.0 ** value if self._logarithmic else value

    def position_of(self, value: float) -> int:
        if self._logarithmic:
            value = math.log10(value) if value > 0 else self._low
        fraction = (value - self._low) / (self._high - self._low)
        return round(min(1.0, max(0.0, fraction)) * STEPS)

    def set_number(self, value: float) -> None:
        """Move the knob to `value` (clamped to the ends) without reporting it back."""
        blocked = self.blockSignals(True)
        try:
            self.setValue(self.position_of(value))
        finally:
            self.blockSignals(blocked)

    def number(self) -> float:
        return self.value_at(self.value())


def learning_rate_slider(parent: QWidget | None = None) -> ValueSlider:
    """A logarithmic slider from 1e-5 to 10, the learning rates the lessons use and misuse."""
    return ValueSlider(1e-5, 10.0, logarithmic=True, parent=parent)


def start_span(value: float, shown: tuple[float, float] | None = None) -> tuple[float, float]:
    """The values a start slider spans: the picture's range when there is one (the point moves
    where the class can see it), else the span a picture would get around the value
    (core.plot_ranges.around); always holding the value."""
    low, high = shown if shown is not None else around(value)
    low, high = min(low, value), max(high, value)
    return (low, high) if low < high else (low - 1.0, high + 1.0)


class StartSliders(QWidget):
    """One slider per trained scalar parameter (at most MAX_START_SLIDERS), named beside it.

    `dragged(name, value)` while a knob moves; `show_starts` moves the knobs to the model's
    values without reporting them back.
    """

    dragged = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._sliders: dict[str, ValueSlider] = {}

    def names(self) -> list[str]:
        return list(self._sliders)

    def slider(self, name: str) -> ValueSlider:
        return self._sliders[name]

    def show_starts(self, starts: list[tuple[str, float, tuple[float, float]]]) -> None:
        """(name, value, span) of each parameter to slide; the others' sliders go."""
        starts = starts[:MAX_START_SLIDERS]
        if [name for name, _, _ in starts] != list(self._sliders):
            while self._layout.rowCount():
                self._layout.removeRow(0)
            self._sliders = {}
            for name, _, _ in starts:
                slider = ValueSlider(0.0, 1.0)
                slider.setAccessibleName(self.tr("start value of {name}").format(name=name))
                slider.value_changed.connect(lambda value, name=name: self.dragged.emit(name, value))
                self._layout.addRow(self.tr("start {name}").format(name=name), slider)
                self._sliders[name] = slider
        for name, value, span in starts:
            slider = self._sliders[name]
            if not slider.isSliderDown():  # a span that followed the dragged value would run away
                slider.set_range(*span)
                slider.set_number(value)
        self.setVisible(bool(starts))
