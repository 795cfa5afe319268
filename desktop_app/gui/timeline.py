"""The timeline: a step slider under the plots, to go back to any step of a run and look again.

Why in the model: the selected step is `LessonModel.selection`; moving the slider (or ←/→)
asks for a new selection, and every view (point and tangent on the curve, derivative tab and
its update arithmetic, graph values, steps-table row, regression line) draws that step because
it draws the model. The slider is enabled for a finished or paused run, not while one runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from desktop_app.core.lesson_model import LessonModel
from desktop_app.gui.run_list import RecordedRun, RunList


def timeline_run(model: LessonModel, runs: RunList) -> RecordedRun | None:
    """The run the timeline scrubs: the selected one, else the newest."""
    key = model.selection.run if model.selection is not None else None
    chosen = next((r for r in runs if r.key == key), None)
    return chosen if chosen is not None else runs.latest()


class Timeline(QWidget):
    """Slider, step buttons and "step k of n" for one run; reports `step_chosen(run, step)`."""

    step_chosen = Signal(object, int)  # RecordedRun, row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: RecordedRun | None = None
        self._showing = False
        self.back = QToolButton()
        self.back.setText("◀")
        self.back.setToolTip(self.tr("One step back (←)"))
        self.forward = QToolButton()
        self.forward.setText("▶")
        self.forward.setToolTip(self.tr("One step on (→)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(self.tr("Go to any step of the run: every view shows that step"))
        self.slider.setPageStep(10)
        self.label = QLabel()
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("step 10,000,000 of 10,000,000") )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(QLabel(self.tr("Step")))
        layout.addWidget(self.back)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.forward)
        layout.addWidget(self.label)
        self.slider.valueChanged.connect(self._on_value)
        self.back.clicked.connect(lambda: self.move_by(-1))
        self.forward.clicked.connect(lambda: self.move_by(1))
        self.show_step(None, -1, False)

    def show_step(self, run: RecordedRun | None, row: int, enabled: bool) -> None:
        """Show `row` of `run` (-1: none selected), without reporting it as a choice."""
        self.run = run
        rows = len(run.buffer) if run is not None else 0
        self._showing = True
        try:
            self.slider.setRange(0, max(0, rows - 1))
            self.slider.setValue(max(0, row))
        finally:
            self._showing = False
        on = enabled and rows > 1
        for widget in (self.slider, self.back, self.forward):
            widget.setEnabled(on)
        if run is None or rows == 0:
            self.label.setText(self.tr("no run yet"))
        elif row < 0:
            self.label.setText(self.tr("{n} steps").format(n=f"{rows:,}"))
        else:
            self.label.setText(self.tr("step {k} of {n}").format(k=f"{int(run.buffer.data[row]['step']):,}",
                                                                 n=f"{rows - 1:,}"))

    def move_by(self, steps: int) -> None:
        """←/→: one step back or on (only while the slider is enabled)."""
        if self.slider.isEnabled():
            self.slider.setValue(self.slider.value() + steps)

    def _on_value(self, value: int) -> None:
        if not self._showing and self.run is not None:
            self.step_chosen.emit(self.run, value)
