"""The thin Qt side of the lesson model: holds the current `LessonModel` and says what changed.

Why one adapter: panels write every edit here (never to each other or to the window), and views
draw from the model it hands out, so the screen is a function of one value. `changed(model,
aspects)` names the model's fields that differ (`LessonModel.changed_aspects`), so a view that
shows the optimizer does not redraw for a new selected step.

Undo: `edit(new, text)` goes through a QUndoStack whose commands swap only the fields the edit
changed, applied to whatever the model is then. A run that was added meanwhile (not an edit)
therefore survives an undo of an earlier value edit, and clearing the runs is undone by putting
their keys back. `replace(new)` changes the model without an undo step (runs arriving, the
selected step following a run, a preset or session replacing the whole lesson).

An edit's undo text is a function that words it in the language installed when called (a
`tr` of the panel that made the edit), so that the same history, taken over by a window in
another language (`adopt_history`), reads in that language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace as replaced
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.core.lesson_model import LessonModel

#: Commands with this id merge with the previous one of the same id (typing a loss).
LOSS_EDIT_ID = 1
#: An undo step's text, worded in the language installed when it is called.
Wording = Callable[[], str]


class _Swap(QUndoCommand):
    """Sets the fields an edit changed to their values after (redo) or before (undo)."""

    def __init__(self, adapter: LessonAdapter, before: dict[str, Any], after: dict[str, Any], wording: Wording,
                 merge_id: int) -> None:
        super().__init__(wording())
        self.adapter = adapter
        self.before, self.after = before, after
        self.wording = wording
        self._id = merge_id

    @classmethod
    def between(cls, adapter: LessonAdapter, before: LessonModel, after: LessonModel, wording: Wording,
                merge_id: int) -> _Swap:
        """The step from `before` to `after`: only the fields that differ."""
        names = before.changed_aspects(after)
        return cls(adapter, {n: getattr(before, n) for n in names}, {n: getattr(after, n) for n in names},
                   wording, merge_id)

    def id(self) -> int:  # Qt API
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, _Swap) or other.id() != self.id() or self.id() < 0:
            return False
        for name, value in other.before.items():
            self.before.setdefault(name, value)
        self.after.update(other.after)
        return True

    def redo(self) -> None:
        if not self.adapter._adopting:
            self.adapter._set(replaced(self.adapter.model, **self.after))

    def undo(self) -> None:
        if not self.adapter._adopting:
            self.adapter._set(replaced(self.adapter.model, **self.before))


class LessonAdapter(QObject):
    """The current lesson model and its changes, with undo."""

    changed = Signal(object, object)  # the new LessonModel, frozenset of changed field names

    def __init__(self, model: LessonModel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model if model is not None else LessonModel.empty()
        self.undo_stack = QUndoStack(self)
        self._adopting = False  # steps pushed by adopt_history leave the model as it is

    @property
    def model(self) -> LessonModel:
        return self._model

    def edit(self, model: LessonModel, wording: Wording, merge_id: int = -1) -> None:
        """An edit the user can undo (values, kinds, trained, optimizer, start, clearing runs);
        `wording()` gives its text in the language then installed."""
        if model != self._model:
            self.undo_stack.push(_Swap.between(self, self._model, model, wording, merge_id))

    def adopt_history(self, other: LessonAdapter) -> None:
        """Take `other`'s undo history, worded again in the language installed now, standing
        where `other` stands (a language switch: this adapter already shows `other`'s model,
        which adopting leaves as it is). Adopted steps never merge with a later edit."""
        self.undo_stack.clear()
        self._adopting = True
        try:
            steps = other.undo_stack
            for index in range(steps.count()):
                step = steps.command(index)
                self.undo_stack.push(_Swap(self, dict(step.before), dict(step.after), step.wording, -1))
            self.undo_stack.setIndex(steps.index())
        finally:
            self._adopting = False

    def replace(self, model: LessonModel) -> None:
        """A change that is not an undo step (runs arriving, the selection following a run)."""
        self._set(model)

    def reset(self, model: LessonModel) -> None:
        """A new lesson (preset, session, File → New): the whole model, a fresh undo history."""
        self.undo_stack.clear()
        self._set(model)

    def _set(self, model: LessonModel) -> None:
        old, self._model = self._model, model
        aspects = old.changed_aspects(model)
        if aspects:
            self.changed.emit(model, aspects)
