"""Keeps the derivative and graph views on the lesson model's selected step.

Why throttled: both views re-evaluate the loss through the core (autograd, numeric, sympy, the
traced graph); that is instant for one point but must not run per step of a fast run. The link
draws what the model selects (`LessonModel.selection`: a run's row, or None for the start
values) ~150 ms after the model settles, and only into the view on screen; what a view shows is
cached on the part of the model it depends on, so an unchanged model never redraws and a changed
one always does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.core.lesson_model import LessonModel
from desktop_app.gui.lesson_adapter import LessonAdapter
from desktop_app.gui.panels.derivative_view import DerivativeView
from desktop_app.gui.panels.graph_view import GraphView
from desktop_app.gui.run_controller import make_run_spec
from desktop_app.gui.run_list import RecordedRun, RunList

THROTTLE_MS = 150


def selected_row(model: LessonModel, runs: RunList) -> tuple[RecordedRun, int] | None:
    """The run and row the model selects, when that row exists."""
    selection = model.selection
    if selection is None:
        return None
    run = next((r for r in runs if r.key == selection.run), None)
    if run is None or not len(run.buffer):
        return None
    return run, min(selection.step, len(run.buffer) - 1)


class TeachingLink(QObject):
    """Feeds `derivative` and `graph` from the model's start point or selected row."""

    def __init__(self, adapter: LessonAdapter, runs: RunList, derivative: DerivativeView,
                 graph: GraphView, view_on_screen: Callable[[], QWidget | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.adapter, self.runs = adapter, runs
        self.derivative, self.graph = derivative, graph
        self._on_screen = view_on_screen
        self._ready = False
        self._shown: dict[QObject, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self.update_now)
        adapter.changed.connect(lambda _model, _aspects: self._timer.start())

    def start(self) -> None:
        """torch has loaded: the views can evaluate from now on."""
        self._ready = True
        self._timer.start()

    def schedule(self) -> None:
        """Redraw soon (the view on screen changed, or a run got the selected row)."""
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def update_now(self) -> None:
        if not self._ready:
            return
        view = self._on_screen()
        if view not in (self.derivative, self.graph):
            return
        model = self.adapter.model
        target = selected_row(model, self.runs)
        key = self._key(model, target, view)
        if self._shown.get(view) == key:
            return
        self._shown[view] = key
        try:
            if target is None:
                if model.problem() is not None:  # nothing to evaluate: no stale numbers either
                    view.clear()
                    return
                spec = make_run_spec(model.run_spec())
                point = None
            else:
                run, row = target
                record = run.buffer.data[row]
                spec = make_run_spec(dict(run.spec, hyper=dict(run.spec["hyper"], lr=float(record["lr"]))))
                point = {c: float(record[c]) for c in run.parameter_columns}
            numeric = (model.numeric.method, model.numeric.h)
            if view is self.derivative:
                if point is None:
                    view.show_point(spec.expression, spec.init, spec.data, spec.dtype,
                                    optimizer=spec.optimizer, hyper=spec.hyper, trained=spec.trained,
                                    numeric=numeric)
                else:
                    view.set_point(spec, point, numeric=numeric)
            else:
                self._show_graph(spec, point)
        except Exception as error:  # noqa: BLE001 - a view that cannot show a point says why, no crash
            if view is self.graph:
                view.clear(str(error))
            else:
                view.clear()

    def _show_graph(self, spec, point: dict[str, float] | None) -> None:
        from desktop_app.core.graph import build_graph
        from desktop_app.gui.panels.run_point import params_at

        params = spec.init if point is None else params_at(spec.init, point)
        graph = build_graph(spec.expression, params, spec.data, dtype=spec.dtype)
        self.graph.show_graph(graph.to_dict())

    def _key(self, model: LessonModel, target: tuple[RecordedRun, int] | None, view: QObject) -> Any:
        """What the view's picture depends on: equal keys draw the same numbers."""
        numeric = model.numeric if view is self.derivative else None
        if target is None:
            return ("start", model.loss, model.variables, model.optimizer, model.dtype, numeric)
        run, row = target
        return ("row", run.key, row, numeric)
