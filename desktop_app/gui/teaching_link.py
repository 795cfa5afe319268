"""Keeps the derivative and graph views on the point the class is looking at.

Why throttled: both views re-evaluate the loss through the core (autograd, numeric, sympy, the
traced graph); that is instant for one point but must not run per step of a fast run. So they
follow the start values while editing, every step in slow motion or when paused, the last step
when a run ends, and any row picked in the steps table; only the view on screen is updated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from desktop_app.gui.run_controller import PAUSED, make_run_spec
from desktop_app.gui.run_list import RecordedRun

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

#: Slowest step delay (seconds) at which the views still follow every step of a running run.
FOLLOW_DELAY = 0.2
THROTTLE_MS = 150


class TeachingLink(QObject):
    """Feeds `window.derivative` and `window.graph` from the start point or a run's row."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._target: tuple[str, Any, Any] | None = None  # ("start", None, None) | ("row", run, row)
        self._shown: dict[QObject, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self._update)
        window.controller.rows_added.connect(self._on_rows)
        window.controller.run_finished.connect(lambda run: self.follow_row(run, len(run.buffer) - 1))
        window.runs.selected.connect(lambda run, row: self.follow_row(run, row) if row >= 0 else None)
        window.side.currentChanged.connect(lambda _i: self._timer.start())

    def follow_start(self) -> None:
        """The start values in the panels (while editing, or after a preset loads)."""
        self._target = ("start", None, None)
        self._timer.start()

    def follow_row(self, run: RecordedRun, row: int) -> None:
        if 0 <= row < len(run.buffer):
            self._target = ("row", run, row)
            self._timer.start()

    def _on_rows(self, run: RecordedRun) -> None:
        delay = self.window.optimizer.speed_delay()
        if self.window.controller.state == PAUSED or delay is None or delay >= FOLLOW_DELAY:
            self.follow_row(run, len(run.buffer) - 1)

    def _update(self) -> None:
        window = self.window
        if self._target is None or not window.ready:
            return
        view = window.side_widget()
        if view not in (window.derivative, window.graph) or self._shown.get(view) == self._key():
            return
        try:
            if self._target[0] == "start":
                if window.input_problem():
                    return
                spec = make_run_spec(window.spec())
                point = None
            else:
                _, run, row = self._target
                record = run.buffer.data[row]
                spec = make_run_spec(dict(run.spec, hyper=dict(run.spec["hyper"], lr=float(record["lr"]))))
                point = {c: float(record[c]) for c in run.parameter_columns}
            if view is window.derivative:
                if point is None:
                    view.show_point(spec.expression, spec.init, spec.data, spec.dtype,
                                    optimizer=spec.optimizer, hyper=spec.hyper, trained=spec.trained)
                else:
                    view.set_point(spec, point)
            else:
                self._show_graph(spec, point)
        except Exception as error:  # noqa: BLE001 - a view that cannot show a point says why, no crash
            if view is window.graph:
                view.clear(str(error))
        self._shown[view] = self._key()

    def _show_graph(self, spec, point: dict[str, float] | None) -> None:
        from desktop_app.core.graph import build_graph
        from desktop_app.gui.panels.run_point import params_at

        params = spec.init if point is None else params_at(spec.init, point)
        graph = build_graph(spec.expression, params, spec.data, dtype=spec.dtype)
        self.window.graph.show_graph(graph.to_dict())

    def _key(self) -> Any:
        kind, run, row = self._target
        if kind == "start":
            return ("start", self.window.editor.text(), id(self._target))
        return ("row", id(run), row, run.version)
