"""The runs shown in the window: the current one and earlier ones kept for comparison.

Why: plots, the legend, the steps table, export and the session file all look at the same runs;
keeping them in one observable list means each view follows additions, removals and toggles
without knowing about the others. Data growth is not signalled per batch: views poll `version`
on their repaint timer, which keeps the signal traffic independent of the step rate.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from desktop_app.core.sessions import RUN_STATUSES
from desktop_app.gui.buffers import RecordBuffer

#: Colours distinguishable on a projector and by colour-blind students (Okabe-Ito, then tab10).
PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
    "#000000", "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF", "#9467BD",
)

#: The statuses a run can end with (core.runs.RunResult.status) plus "running".
STATUSES = RUN_STATUSES
_KEYS = itertools.count(1)


@dataclass(eq=False)
class RecordedRun:
    """One run's records and what is known about it."""

    label: str
    spec: dict[str, Any]
    color: str
    buffer: RecordBuffer = field(default_factory=RecordBuffer)
    status: str = "running"
    reason: str = ""
    stop: Any = None  # the core's structured reason (core.runs.Stop), worded by gui.texts
    final: dict[str, Any] = field(default_factory=dict)
    visible: bool = True
    version: int = 0
    key: int = field(default_factory=lambda: next(_KEYS))  # the lesson model's RunRef.key

    @property
    def parameter_columns(self) -> tuple[str, ...]:
        """Columns holding parameter values: those with a matching `grad_` column."""
        names = self.buffer.names
        return tuple(n for n in names if f"grad_{n}" in names)

    def append(self, batch: np.ndarray) -> None:
        self.buffer.append(batch)
        self.version += 1


class RunList(QObject):
    """An ordered, observable list of RecordedRun."""

    added = Signal(object)
    removed = Signal(object)
    changed = Signal(object)  # label, visibility or status changed
    selected = Signal(object, int)  # run, row index (-1: none), e.g. a steps-table row

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runs: list[RecordedRun] = []

    def __iter__(self):
        return iter(list(self._runs))

    def __len__(self) -> int:
        return len(self._runs)

    def __getitem__(self, index: int) -> RecordedRun:
        return self._runs[index]

    def next_colours(self, count: int = 1) -> list[str]:
        """Colours for `count` new runs: the palette's colours that the listed runs use least,
        in palette order. Why from the list and not a counter: the list is what the plots show,
        so a new run never takes a colour already on screen while a free one exists, whether
        the list was cleared, brought back by undo, or carried into a new window (language)."""
        used = Counter(run.color for run in self._runs)
        colours = []
        for _ in range(count):
            colour = min(PALETTE, key=lambda c: used[c])  # the first of the least used
            used[colour] += 1
            colours.append(colour)
        return colours

    def add(self, run: RecordedRun) -> RecordedRun:
        self._runs.append(run)
        self.added.emit(run)
        return run

    def remove(self, run: RecordedRun) -> None:
        if run in self._runs:
            self._runs.remove(run)
            self.removed.emit(run)

    def clear(self) -> None:
        for run in list(self._runs):
            self.remove(run)

    def set_visible(self, run: RecordedRun, visible: bool) -> None:
        run.visible = visible
        self.changed.emit(run)

    def mark(self, run: RecordedRun, status: str, reason: str = "",
             final: dict[str, Any] | None = None, stop: Any = None) -> None:
        run.status, run.reason, run.stop = status, reason, stop
        if final is not None:
            run.final = dict(final)
        self.changed.emit(run)

    def show(self, keys_and_labels: Iterable[tuple[int, str]], store: Mapping[int, RecordedRun]) -> None:
        """Show exactly these runs of `store` (the lesson model's RunRefs), in this order, with
        these labels: runs the model dropped are removed, runs it brought back (undo) are added."""
        wanted = [(store[key], label) for key, label in keys_and_labels if key in store]
        keep = {run.key for run, _ in wanted}
        for run in list(self._runs):
            if run.key not in keep:
                self.remove(run)
        for run, label in wanted:
            if run.label != label:
                run.label = label
                self.changed.emit(run)
            if run not in self._runs:
                self.add(run)
        order = [run.key for run, _ in wanted]
        self._runs.sort(key=lambda run: order.index(run.key))

    def latest(self) -> RecordedRun | None:
        return self._runs[-1] if self._runs else None
