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
"""

from __future__ import annotations

from dataclasses import replace as replaced
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.core.lesson_model import LessonModel

#: Commands with this id merge with the previous one of the same id (typing a loss).
LOSS_EDIT_ID = 1


class _Swap(QUndoCommand):
    """Sets the fields an edit changed to their values after (redo) or before (undo)."""

    def __init__(self, adapter: LessonAdapter, before: LessonModel, after: LessonModel, text: str,
                 merge_id: int) -> None:
        super().__init__(text)
        self.adapter = adapter
        names = before.changed_aspects(after)
        self.before: dict[str, Any] = {n: getattr(before, n) for n in names}
        self.after: dict[str, Any] = {n: getattr(after, n) for n in names}
        self._id = merge_id

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
        self.adapter._set(replaced(self.adapter.model, **self.after))

    def undo(self) -> None:
        self.adapter._set(replaced(self.adapter.model, **self.before))


class LessonAdapter(QObject):
    """The current lesson model and its changes, with undo."""

    changed = Signal(object, object)  # the new LessonModel, frozenset of changed field names

    def __init__(self, model: LessonModel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model if model is not None else LessonModel.empty()
        self.undo_stack = QUndoStack(self)

    @property
    def model(self) -> LessonModel:
        return self._model

    def edit(self, model: LessonModel, text: str, merge_id: int = -1) -> None:
        """An edit the user can undo (values, kinds, trained, optimizer, start, clearing runs)."""
        if model != self._model:
            self.undo_stack.push(_Swap(self, self._model, model, text, merge_id))

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
