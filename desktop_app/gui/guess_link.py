"""Wires the classroom "guess the next step" game (gui.guess_mode) to the run and the plots.

Why a link: the game needs the point before a step and the point after it, which come from two
consecutive record rows (row k holds θ_k, its gradient and lr; row k+1 holds θ_{k+1}, or the run's
final values after the last step). The link keeps the run one row ahead of the question: it
asks about step k once row k is shown, and on "Reveal" takes one step and reveals with row k+1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.lesson_model import SPEEDS
from desktop_app.gui.guess_mode import GuessPanel
from desktop_app.gui.lesson_adapter import LessonAdapter
from desktop_app.gui.run_controller import IDLE, RunController
from desktop_app.gui.run_list import RecordedRun

if TYPE_CHECKING:
    from desktop_app.gui.plots.board import PlotBoard


class GuessLink(QObject):
    """Turns guess mode on and off and feeds the game from the run's rows.

    `step` starts a run paused at its first row (the window's Step); `enabled_changed(bool)`
    and `refused(str)` tell the window what to show (the action's check mark, why not)."""

    enabled_changed = Signal(bool)
    refused = Signal(str)

    def __init__(self, adapter: LessonAdapter, controller: RunController, board: PlotBoard,
                 host: QWidget, step: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.adapter, self.controller, self.board = adapter, controller, board
        self._step = step
        self._speed_before: int | None = None
        self.panel = GuessPanel()
        layout = QVBoxLayout(host)
        layout.addWidget(self.panel)
        self.game = self.panel.controller
        self.enabled = False
        self._run: RecordedRun | None = None
        self._asked_row = -1       # the row the current question is about
        self._reveal_pending = False
        self.game.requestStep.connect(self._on_request_step)
        self.game.guessChanged.connect(self._on_guess_changed)
        controller.rows_added.connect(self._on_rows)
        controller.run_finished.connect(self._on_finished)
        board.landscape.point_picked.connect(self._on_pick)
        board.contour.start_requested.connect(lambda x, y: self._on_pick((x, y)))
        self.panel.setEnabled(False)

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        if on:
            names = self._names()
            if names is None:
                self.enabled_changed.emit(False)
                self.refused.emit(self.tr(
                    "Guessing needs a loss with one or two scalar parameters that can run."))
                return
            self.enabled = True
            self.game.set_parameters(names)
            model = self.adapter.model
            self._speed_before = model.speed
            self.adapter.replace(model.with_speed(SPEEDS.index(None)))  # one step at a time
            self.enabled_changed.emit(True)
            self.panel.setEnabled(True)
            self._run, self._asked_row, self._reveal_pending = None, -1, False
            if self.controller.state == IDLE:
                self._step()  # starts the run paused at row 0: the first question
            else:
                self._run = self.controller.active_runs[0]
                self._ask(len(self._run.buffer) - 1)
        else:
            self.enabled = False
            self.panel.setEnabled(False)
            self.board.landscape.set_guess(None)
            if self._speed_before is not None:  # leaving the game gives the speed back
                self.adapter.replace(self.adapter.model.with_speed(self._speed_before))
                self._speed_before = None
            self.enabled_changed.emit(False)

    def _names(self) -> list[str] | None:
        if self.controller.active_runs:
            spec = self.controller.active_runs[0].spec
            trained = spec["trained"] if spec["trained"] is not None else list(spec["init"])
            if any(np.ndim(spec["init"][n]) > 0 for n in trained):
                return None
        else:
            model = self.adapter.model
            if model.problem() is not None:
                return None
            trained = list(model.trained)
            if any(model.variable(n).value.ndim for n in trained):
                return None
        return list(trained) if 1 <= len(trained) <= 2 else None

    def _ask(self, row: int) -> None:
        if self._run is None or row < 0:
            return
        record = self._run.buffer.data[row]
        self._asked_row = row
        self.game.start_round({n: float(record[n]) for n in self.game.names})

    def _on_rows(self, run: RecordedRun) -> None:
        if not self.enabled:
            return
        if self._run is None:
            self._run = run
            self._ask(len(run.buffer) - 1)
            return
        if run is not self._run or not self._reveal_pending:
            return
        if len(run.buffer) > self._asked_row + 1:
            self._reveal_pending = False
            data = run.buffer.data
            after = data[self._asked_row + 1]
            self.game.reveal(data[self._asked_row], {n: float(after[n]) for n in self.game.names})
            self._asked_row += 1

    def _on_finished(self, run: RecordedRun) -> None:
        if self.enabled and run is self._run and self._reveal_pending and self._asked_row >= 0:
            self._reveal_pending = False
            final = {n: float(run.final[n]) for n in self.game.names if n in run.final}
            if len(final) == len(self.game.names):
                self.game.reveal(run.buffer.data[self._asked_row], final)
        if self.enabled and run is self._run:
            self.set_enabled(False)

    def _on_request_step(self) -> None:
        if not self.enabled:
            return
        self._reveal_pending = True
        self.controller.step()

    def _on_guess_changed(self, value) -> None:
        self.board.landscape.set_guess(value if isinstance(value, float) else None)

    def _on_pick(self, value) -> None:
        if self.enabled and self.game.game.point is not None:
            self.game.set_guess(value)
