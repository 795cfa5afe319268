"""Chooses and fills the main picture for the current loss: landscape, contour or regression.

Why separate: deciding what to draw (from the preset's plot hint, or from how many scalar
parameters are trained) and asking the core for the numbers (`core.baselines.grid_search`
evaluates the loss, or a model line, over a grid) is neither plotting nor window assembly.
A function of the lesson model (loss, variables, trained boxes, dtype, preset, and the picture's
spans `LessonModel.ranges`, which this class chooses when a loss is first drawn and widens when a
finished run walked off them): recomputed ~250 ms after the model settles.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop_app.core.lesson_model import AxisRange, LessonModel
from desktop_app.core.plot_ranges import around
from desktop_app.gui.lesson_adapter import LessonAdapter
from desktop_app.gui.run_list import RecordedRun

if TYPE_CHECKING:
    from desktop_app.gui.plots.board import PlotBoard

_log = logging.getLogger(__name__)

CURVE_POINTS = 200
#: Points of the scans that find a 1-D range's wells (core.plot_ranges).
SCAN_POINTS = 801
GRID_POINTS = 80
#: Most loss evaluations × data elements for one picture (it is computed in the GUI thread);
#: large data sets get a coarser grid, and no picture below MIN_POINTS points per axis.
MAX_PICTURE_WORK = 20_000_000
MIN_POINTS = 20
#: Elements per parameter named for the small multiples (a big tensor is recorded as summaries).
MAX_ELEMENT_PLOTS = 400
#: Margin added around a run's path when the range is widened to contain it.
MARGIN = 0.15
#: A path much wider than the drawn range is left to run off it rather than squash the picture.
MAX_WIDENING = 20.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("PictureMaker", text)


def _find_minimum(expression: str, starts: list[dict[str, float]], fixed: dict[str, np.ndarray],
                  bounds: dict[str, tuple[float, float]]):
    """core.minimum.find_minimum in a job (which never collects cycles: gui.collection); None
    when the core refuses."""
    from desktop_app.core.minimum import find_minimum

    try:
        return find_minimum(expression, starts, fixed, bounds)
    except (ValueError, RuntimeError):
        return None


def _picture_kind(spec: dict[str, Any], hint, trained: list[str], scalars: list[str]) -> str:
    """regression (the preset's scatter and line, its data there), landscape (one trained
    scalar), contour (two) or parameters (tensors, or more than two)."""
    if (hint is not None and hint.kind == "regression" and hint.scatter and hint.line
            and all(name in spec["data"] for name in hint.scatter)):
        return "regression"
    if len(trained) == len(scalars) == 1:
        return "landscape"
    if len(trained) == len(scalars) == 2:
        return "contour"
    return "parameters"


#: The model's fields a picture depends on.
ASPECTS = frozenset({"loss", "variables", "dtype", "preset", "ranges"})


class PictureMaker(QObject):
    """Fills `board`'s picture from the lesson model."""

    def __init__(self, board: PlotBoard, adapter: LessonAdapter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.adapter = adapter
        self._ready = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._update)
        self._key: Any = None
        self._minimum_key: Any = None
        self._minimum_found = None
        self._minimum_job = None  # core.minimum in a gui.jobs.Job: its first call takes seconds
        self._last: LessonModel | None = None  # the model of the last change seen
        adapter.changed.connect(self._on_changed)

    def _on_changed(self, model: LessonModel, aspects: frozenset[str]) -> None:
        last, self._last = self._last, model
        if not aspects & ASPECTS:
            return
        self.schedule()  # the whole picture once the changes pause (typing a loss redraws once)
        if aspects == {"variables"} and last is not None:
            self._follow_start(last, model)

    def _follow_start(self, last: LessonModel, model: LessonModel) -> None:
        """When only the drawn parameter's start moved (a slider dragged), its marks follow at
        once: the debounced redraw would wait for the drag to pause."""
        kind = self.board.picture_kind()
        column = self.board.landscape.column if kind == "landscape" else None
        if (not self._ready or kind not in ("landscape", "regression") or model.problem() is not None
                or [v.name for v in last.variables] != [v.name for v in model.variables]):
            return
        pairs = list(zip(last.variables, model.variables))
        if any(old.kind != new.kind or old.trained != new.trained for old, new in pairs):
            return  # a parameter became data, or untrained: the picture itself changes
        changed = {old.name for old, new in pairs if old != new}
        if kind == "landscape" and changed != {column}:
            return
        if kind == "regression" and not changed <= set(model.trained):
            return
        try:
            spec = model.run_spec()
            if kind == "landscape":
                self._start_mark(spec, column)
            else:
                self._regression_start(spec)
        except (ValueError, RuntimeError):
            return  # the debounced redraw says why

    def start(self) -> None:
        """torch has loaded: draw from now on."""
        self._ready = True
        self.schedule(now=True)

    def schedule(self, now: bool = False) -> None:
        if now:
            self._update()
        else:
            self._timer.start()

    def pending(self) -> bool:
        """A redraw is due, or the contour map's true minimum is still being searched for."""
        return self._timer.isActive() or (self._minimum_job is not None and self._minimum_job.is_running())

    def extend_to(self, run: RecordedRun) -> None:
        """Widen the model's spans when a finished run's path left them (the picture follows)."""
        kind = self.board.picture_kind()
        if kind == "landscape":
            names = [self.board.landscape.column]
        elif kind == "contour":
            names = list(self.board.contour.columns or ())
        else:
            return
        if run.status not in ("finished", "converged", "stopped"):
            return  # a diverged run's path says "too large a step", not "draw a wider map"
        model: LessonModel = self.adapter.model
        try:
            spec = model.run_spec()
        except ValueError:
            return
        wider = []
        for name in names:
            now = model.picture_range(name)
            if name not in run.buffer.names or now is None:
                continue
            values = run.buffer.column(name)
            finite = values[np.isfinite(values)]
            if finite.size == 0 or (now.low <= finite.min() and finite.max() <= now.high):
                continue
            if kind == "landscape":  # the range is found again, this path included (core.plot_ranges)
                wider.append(self._landscape_range(spec, name, None, finite))
            else:
                new_low, new_high = min(now.low, finite.min()), max(now.high, finite.max())
                if new_high - new_low <= MAX_WIDENING * (now.high - now.low):
                    span = new_high - new_low
                    wider.append(AxisRange(name, float(new_low - MARGIN * span), float(new_high + MARGIN * span)))
        if wider:
            self.adapter.replace(model.with_ranges(*wider))
            self.schedule(now=True)

    def _update(self) -> None:
        if not self._ready:
            return
        self._timer.stop()
        model: LessonModel = self.adapter.model
        if model.problem() is not None:
            self._key = None
            self.board.set_placeholder_text(_tr("Type a loss and press Run:\nits picture appears here.")
                                            if not model.loss.strip() else
                                            _tr("The picture follows once the loss and every value are complete."))
            self.board.show_picture("none")
            return
        try:
            spec = model.run_spec()
        except ValueError:
            return
        preset = model.lesson_preset()
        hint = preset.plot if preset is not None else None
        trained = list(model.trained)
        scalars = [n for n in trained if np.ndim(spec["init"][n]) == 0]
        kind = _picture_kind(spec, hint, trained, scalars)
        try:
            if kind in ("landscape", "contour"):
                model = self._ensure_ranges(model, spec, scalars, hint)
            key = (model.loss, model.variables, model.dtype, model.ranges, hint)
            if key == self._key:
                return
            self._key = key
            if kind == "regression":
                self._regression(spec, hint, preset)
            elif kind == "landscape":
                self._landscape(spec, scalars[0], hint)
            elif kind == "contour":
                self._contour(spec, scalars)
            else:
                self._parameters(spec, trained)
        except (ValueError, RuntimeError) as error:  # the core refused (NaN everywhere, shapes): say so
            # Not remembered as drawn: the next change draws again (a refusal cached under the
            # model's key would keep "no picture" on screen for a model a fresh window draws).
            self._key = None
            _log.info("no picture for %r: %s", model.loss, error)
            self.board.set_placeholder_text(_tr("No picture for this loss: {error}").format(error=error))
            self.board.show_picture("none")

    def _points(self, spec: dict[str, Any], wanted: int, axes: int) -> int:
        """Points per axis that keep the picture's work bounded; ValueError when even a coarse
        grid would freeze the window for this much data."""
        elements = max(1, sum(int(np.size(v)) for v in spec["data"].values()))
        points = min(wanted, int((MAX_PICTURE_WORK / elements) ** (1 / axes)))
        if points < MIN_POINTS:
            raise ValueError(_tr("too much data to draw the loss over a grid quickly"))
        return points

    def _fixed(self, spec: dict[str, Any], exclude: list[str]) -> dict[str, np.ndarray]:
        values = {**spec["data"], **spec["init"]}
        return {k: np.asarray(v, dtype=np.float64) for k, v in values.items() if k not in exclude}

    def _ensure_ranges(self, model: LessonModel, spec: dict[str, Any], scalars: list[str],
                       hint) -> LessonModel:
        """The model, with spans for the landscape's or contour map's axes it lacks chosen and
        written back (not an undo step): the range is then part of the lesson, not of this
        window's history."""
        missing = [n for n in scalars if model.picture_range(n) is None or (
            len(scalars) == 1 and model.picture_range(n).loss is None)]
        if not missing:
            return model
        if len(scalars) == 1:
            chosen = [self._landscape_range(spec, scalars[0], hint, None)]
        else:
            chosen = [AxisRange(n, *around(float(spec["init"][n]))) for n in missing]
        model = model.with_ranges(*chosen)
        self.adapter.replace(model)
        return model

    def _loss_along(self, spec: dict[str, Any], name: str):
        from desktop_app.core.baselines import grid_search

        fixed = self._fixed(spec, [name])

        def loss(xs: np.ndarray) -> np.ndarray:
            return grid_search(spec["expression"], {name: xs}, fixed, dtype="float64", keep_nan=True).losses

        return loss

    def _landscape_range(self, spec: dict[str, Any], name: str, hint, path: np.ndarray | None) -> AxisRange:
        """The 1-D span where the start, the wells (and a finished path) show (core.plot_ranges);
        the lesson's own span when it shows all that and the movement is not tiny in it."""
        from desktop_app.core.plot_ranges import curve_range, y_range

        loss = self._loss_along(spec, name)
        self._points(spec, SCAN_POINTS, 1)  # the range is found on scans of this many points
        start = float(spec["init"][name])
        found = curve_range(loss, start, path)
        x_range, y_shown = found.x, found.y
        if path is None and hint is not None and hint.linspace and hint.param == name:
            low, high = hint.linspace[0], hint.linspace[1]
            must = [start, *found.minima]
            if low <= min(must) and max(must) <= high and (found.x[1] - found.x[0]) * 4 >= high - low:
                x_range, y_shown = (low, high), y_range(loss, (low, high), must)
        return AxisRange(name, float(x_range[0]), float(x_range[1]),
                         None if y_shown is None else (float(y_shown[0]), float(y_shown[1])))

    def _landscape(self, spec: dict[str, Any], name: str, hint) -> None:
        shown = self.adapter.model.picture_range(name)
        loss = self._loss_along(spec, name)
        xs = np.linspace(shown.low, shown.high, self._points(spec, CURVE_POINTS, 1))
        self.board.landscape.set_curve(name, xs, loss(xs), y_range=shown.loss)
        self._start_mark(spec, name)
        self.board.show_picture("landscape")

    def _start_mark(self, spec: dict[str, Any], name: str) -> None:
        """The start on the curve with its tangent (autograd's slope there, float64): where the
        first step begins, before any run."""
        from desktop_app.core.derivatives import gradient

        fixed = self._fixed(spec, [name])
        start = float(spec["init"][name])
        result = gradient(spec["expression"], {name: start}, fixed, dtype="float64")
        loss = float(np.sum(result.value))
        self.board.landscape.set_start(start, loss, float(result.grads[name]))

    def _contour(self, spec: dict[str, Any], names: list[str]) -> None:
        from desktop_app.core.baselines import grid_search

        model = self.adapter.model
        points = self._points(spec, GRID_POINTS, 2)
        fixed = self._fixed(spec, names)
        axes = {n: np.linspace(model.picture_range(n).low, model.picture_range(n).high, points) for n in names}
        result = grid_search(spec["expression"], axes, fixed, dtype="float64", keep_nan=True)
        start = (float(spec["init"][names[0]]), float(spec["init"][names[1]]))
        point, valley = self._minimum(spec, names, fixed, result, start)
        self.board.contour.set_grid((names[0], names[1]), axes[names[0]], axes[names[1]],
                                    result.losses, minimum=point, start=start, valley=valley)
        self.board.show_picture("contour")

    def _minimum(self, spec: dict[str, Any], names: list[str], fixed: dict[str, np.ndarray], result,
                 start: tuple[float, float]) -> tuple[tuple[float, float] | None, np.ndarray | None]:
        """The true minimum (core.minimum, from the grid's best point and the start), searched
        once per loss, data and map in a background job (its first call imports and warms
        torch's autograd for seconds: never in the GUI thread); the star, or the line of minima
        across the map, follows when it is found (gui.plots.contour.set_minimum's arguments)."""
        spans = [self.adapter.model.picture_range(n) for n in names]
        bounds = {n: (r.low, r.high) for n, r in zip(names, spans) if r is not None}
        key = (spec["expression"], tuple(names), tuple(sorted(bounds.items())),
               tuple(sorted((k, v.shape, v.tobytes()) for k, v in fixed.items())))
        if key != self._minimum_key:
            self._minimum_key, self._minimum_found = key, None
            starts = [dict(zip(names, start))]
            if np.isfinite(result.loss):
                starts.insert(0, {n: result.best[n] for n in names})
            self._search_minimum(key, spec["expression"], starts, fixed, bounds)
        return self._on_map(self._minimum_found, names)

    def _search_minimum(self, key: Any, expression: str, starts: list[dict[str, float]],
                        fixed: dict[str, np.ndarray], bounds: dict[str, tuple[float, float]]) -> None:
        from desktop_app.gui.jobs import Job

        if self._minimum_job is not None:
            self._minimum_job.cancel()  # its answer is for another loss: dropped
        job = self._minimum_job = Job(lambda _cancel: _find_minimum(expression, starts, fixed, bounds), self,
                                      name="contour-minimum")
        job.succeeded.connect(lambda found: self._found_minimum(key, found))
        job.failed.connect(lambda _error: self._found_minimum(key, None))
        job.start()

    def _found_minimum(self, key: Any, found) -> None:
        if key != self._minimum_key:
            return
        self._minimum_found = found
        columns = self.board.contour.columns
        if self.board.picture_kind() == "contour" and columns is not None:
            self.board.contour.set_minimum(*self._on_map(found, list(columns)))

    def _on_map(self, found, names: list[str]) -> tuple[tuple[float, float] | None, np.ndarray | None]:
        """(the star's point, None) for an isolated minimum on the map; (None, the valley's
        points in the map's column order) for a line of minima; (None, None) otherwise."""
        if found is None or any(n not in found.point for n in names):
            return None, None
        order = [list(found.point).index(n) for n in names]
        if found.valley is not None:
            return None, found.valley[:, order]
        point = (found.point[names[0]], found.point[names[1]])
        spans = [self.adapter.model.picture_range(n) for n in names]
        inside = all(r is not None and r.low <= v <= r.high for r, v in zip(spans, point))
        return (point if inside else None), None

    def _parameters(self, spec: dict[str, Any], trained: list[str]) -> None:
        """Tensor or many-parameter losses: a small plot per parameter element (and a heat map of
        a matrix parameter) instead of a loss picture."""
        from desktop_app.core.runs import element_columns

        start: dict[str, float] = {}
        columns = []
        for name in trained:
            value = np.asarray(spec["init"][name], dtype=np.float64)
            named = element_columns(name, value.shape)[:MAX_ELEMENT_PLOTS]
            columns += named
            start.update(zip(named, value.ravel()[:len(named)].tolist()))
        self.board.show_parameters(columns, start)

    def _regression(self, spec: dict[str, Any], hint, preset) -> None:
        from desktop_app.core.baselines import grid_search

        x_name, y_name = hint.scatter
        data = {k: np.asarray(v, dtype=np.float64) for k, v in spec["data"].items()}
        others = {k: v for k, v in data.items() if k not in (x_name, y_name)}
        line_text = hint.line

        def line(params: dict[str, float], xs: np.ndarray) -> np.ndarray:
            values = {**others, **{k: np.float64(v) for k, v in params.items()}}
            return grid_search(line_text, {x_name: xs}, values, dtype=spec["dtype"]).losses

        x_test = truth = None
        if preset is not None and preset.predict is not None:
            x_test = np.asarray(preset.predict.x_test, dtype=np.float64)
            truth = grid_search(preset.predict.truth, {preset.predict.x_name: x_test}, {},
                                dtype="float64").losses
        self.board.regression.set_data(x_name, y_name, data[x_name], data[y_name], line, x_test, truth)
        self._regression_start(spec)
        self.board.show_picture("regression")

    def _regression_start(self, spec: dict[str, Any]) -> None:
        self.board.regression.set_start({n: float(v) for n, v in spec["init"].items() if np.ndim(v) == 0})
