"""Classroom "guess the next step" mode.

Before each step the class guesses which way the parameter(s) will move and roughly where they
land; then the app takes the step, writes out the arithmetic and scores the guess, keeping a
tally across steps. Three layers, so the logic is testable without plots or widgets:

``GuessGame`` (plain Python)
    ``start_round(point)``, ``guess_direction(vector)``, ``guess_point(point)``,
    ``reveal(step, old, grad, lr, new) -> GuessScore``; ``tally`` (a ``Tally``).

``GuessController(QObject)`` — what the main window connects to.
    Signals:
      ``requestStep()``          the class has guessed: take exactly one step now.
      ``questionAsked(object)``  a round started at this point {name: value} (mark it on the plot).
      ``guessChanged(object)``   the guessed landing point (float for one parameter, tuple for
                                 two) or None; draw it as a ghost marker.
      ``revealed(object)``       a ``GuessScore`` after the step.
      ``tallyChanged(object)``   the class ``Tally``.
    Slots:
      ``set_parameters(names)``  the one or two record columns the class guesses (e.g. ``["beta"]``).
      ``start_round(values)``    ask about the step from ``values`` ({name: value}); with no
                                 argument, from where the last step landed.
      ``set_direction(vector)``  ``(-1,)``/``(1,)``/``(0,)`` or ``(dx, dy)``; ``(0, 0)`` = "stays".
      ``set_guess(value)``       a landing guess, e.g. from a click on the plot.
      ``ask_reveal()``           emits ``requestStep`` (the panel's Reveal button).
      ``reveal(record, new_values=None)``  the record row of the step just taken (a numpy
                                 structured row or a mapping with the parameter columns,
                                 ``grad_<col>``, ``lr``, ``step``) and the parameters after it.
                                 ``new_values`` may be left out only for plain gradient descent
                                 (then new = old − lr·grad); pass the next row's values or
                                 ``RunResult.final`` for any other optimizer.
      ``reset_tally()``

``GuessPanel(QWidget)`` — the question, direction buttons (← stays → for one parameter, a
compass for two), landing fields, Reveal / Next buttons, the revealed arithmetic, the score of
the guess, why the step went that way (against the gradient), and the class tally.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.panels.fonts import scaled
from desktop_app.gui.panels.formatting import (
    derivation,
    display_name,
    fmt,
    plain_step,
    step_line,
    update_line,
)
from desktop_app.gui.panels.reflow import ReflowRow

#: A guessed direction within this angle of the true step counts as "the right way".
DIRECTION_TOLERANCE_DEG = 45.0
#: Landing guesses within this fraction of the step length are a bull's-eye, within CLOSE close.
BULLSEYE = 0.1
CLOSE = 0.5


@dataclass(frozen=True)
class GuessScore:
    """One revealed step and how the class's guess compares with it."""

    step: int
    names: tuple[str, ...]
    old: tuple[float, ...]
    grad: tuple[float, ...]
    lr: float
    new: tuple[float, ...]
    plain_step: bool                   # new == old − lr·grad (write the lesson's formula)
    guessed_direction: tuple[float, ...] | None
    guessed_point: tuple[float, ...] | None
    direction_right: bool | None       # None: no direction was guessed
    distance: float | None             # |guess − new|, None: no landing guess
    step_length: float                 # |new − old|
    landing: str | None                # "bullseye" | "close" | "far" | None
    points: int


@dataclass
class Tally:
    """The class's running score."""

    rounds: int = 0
    directions_asked: int = 0
    directions_right: int = 0
    landings_asked: int = 0
    bullseyes: int = 0
    points: int = 0
    history: list[GuessScore] = field(default_factory=list)


def _norm(vector: Sequence[float]) -> float:
    return math.sqrt(sum(v * v for v in vector))


class GuessGame:
    """Rules of the guessing game, free of Qt so they are easy to test and to reason about."""

    def __init__(self, names: Sequence[str] = ()) -> None:
        self.names: tuple[str, ...] = tuple(names)
        self.tally = Tally()
        self.point: tuple[float, ...] | None = None
        self.direction: tuple[float, ...] | None = None
        self.guess: tuple[float, ...] | None = None

    def start_round(self, point: Mapping[str, float]) -> None:
        self.point = tuple(float(point[n]) for n in self.names)
        self.direction = None
        self.guess = None

    def guess_direction(self, direction: Sequence[float]) -> None:
        if len(direction) != len(self.names):
            raise ValueError(f"a direction needs {len(self.names)} components")
        self.direction = tuple(float(d) for d in direction)

    def guess_point(self, point: Sequence[float]) -> None:
        """A landing guess; it also sets the direction when none was chosen."""
        if len(point) != len(self.names):
            raise ValueError(f"a guess needs {len(self.names)} numbers")
        self.guess = tuple(float(p) for p in point)

    def _effective_direction(self) -> tuple[float, ...] | None:
        if self.direction is not None:
            return self.direction
        if self.guess is not None and self.point is not None:
            return tuple(g - p for g, p in zip(self.guess, self.point))
        return None

    def reveal(self, step: int, old: Sequence[float], grad: Sequence[float], lr: float,
               new: Sequence[float]) -> GuessScore:
        """Score the current guesses against the step actually taken and add it to the tally."""
        old_t, new_t = tuple(map(float, old)), tuple(map(float, new))
        grad_t = tuple(map(float, grad))
        move = tuple(n - o for n, o in zip(new_t, old_t))
        scale = max(1.0, _norm(old_t))
        step_length = _norm(move)
        stays = step_length <= 1e-9 * scale
        plain = all(plain_step(o, g, lr, n) for o, g, n in zip(old_t, grad_t, new_t))

        direction = self._effective_direction()
        direction_right = None
        if direction is not None:
            guessed_stay = _norm(direction) <= 1e-12 * scale
            if stays or guessed_stay:
                direction_right = stays and guessed_stay
            else:
                cos = sum(d * m for d, m in zip(direction, move)) / (_norm(direction) * step_length)
                direction_right = cos >= math.cos(math.radians(DIRECTION_TOLERANCE_DEG))

        distance = landing = None
        if self.guess is not None:
            distance = _norm(tuple(g - n for g, n in zip(self.guess, new_t)))
            ratio = (0.0 if distance <= 1e-6 * scale else math.inf) if stays else distance / step_length
            landing = "bullseye" if ratio <= BULLSEYE else "close" if ratio <= CLOSE else "far"

        points = (1 if direction_right else 0) + {"bullseye": 2, "close": 1}.get(landing or "", 0)
        score = GuessScore(step, self.names, old_t, grad_t, float(lr), new_t, plain, direction,
                           self.guess, direction_right, distance, step_length, landing, points)
        tally = self.tally
        tally.rounds += 1
        tally.directions_asked += direction_right is not None
        tally.directions_right += bool(direction_right)
        tally.landings_asked += landing is not None
        tally.bullseyes += landing == "bullseye"
        tally.points += points
        tally.history.append(score)
        self.point, self.direction, self.guess = new_t, None, None
        return score


class GuessController(QObject):
    """Connects the game to the window's run controls (see the module docstring)."""

    requestStep = Signal()
    questionAsked = Signal(object)
    guessChanged = Signal(object)
    revealed = Signal(object)
    tallyChanged = Signal(object)
    parametersChanged = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.game = GuessGame()
        self.last_score: GuessScore | None = None
        self.waiting = False

    @property
    def names(self) -> tuple[str, ...]:
        return self.game.names

    @Slot(list)
    def set_parameters(self, names: Sequence[str]) -> None:
        if not 1 <= len(names) <= 2:
            raise ValueError("the guessing game follows one or two parameters")
        tally = self.game.tally
        self.game = GuessGame(names)
        self.game.tally = tally
        self.waiting = False
        self.parametersChanged.emit(list(names))

    @Slot()
    @Slot(object)
    def start_round(self, values: Mapping[str, float] | None = None) -> None:
        if values is None:
            if self.last_score is None:
                return
            values = dict(zip(self.last_score.names, self.last_score.new))
        self.game.start_round(values)
        self.waiting = False
        self.questionAsked.emit({n: v for n, v in zip(self.names, self.game.point)})
        self.guessChanged.emit(None)

    @Slot(object)
    def set_direction(self, direction: Sequence[float]) -> None:
        self.game.guess_direction(direction)

    @Slot(object)
    def set_guess(self, value: float | Sequence[float] | None) -> None:
        """A landing guess (a number for one parameter, a pair for two); None clears it."""
        if value is None:
            self.game.guess = None
            self.guessChanged.emit(None)
            return
        point = (float(value),) if isinstance(value, (int, float)) else tuple(map(float, value))
        self.game.guess_point(point)
        self.guessChanged.emit(point[0] if len(point) == 1 else tuple(point))

    @Slot()
    def ask_reveal(self) -> None:
        if self.game.point is None or self.waiting:
            return
        self.waiting = True
        self.requestStep.emit()

    @Slot(object)
    @Slot(object, object)
    def reveal(self, record, new_values: Mapping[str, float] | None = None) -> GuessScore:
        old = [float(record[n]) for n in self.names]
        grad = [float(record[f"grad_{n}"]) for n in self.names]
        lr = float(record["lr"])
        if new_values is None:
            new = [o - lr * g for o, g in zip(old, grad)]
        else:
            new = [float(new_values[n]) for n in self.names]
        if self.game.point is None:
            self.game.start_round(dict(zip(self.names, old)))
        score = self.game.reveal(int(record["step"]), old, grad, lr, new)
        self.last_score = score
        self.waiting = False
        self.revealed.emit(score)
        self.tallyChanged.emit(self.game.tally)
        return score

    @Slot()
    def reset_tally(self) -> None:
        self.game.tally = Tally()
        self.tallyChanged.emit(self.game.tally)


#: The chosen direction stays clearly marked after the buttons are disabled for the reveal.
_CHECKED_STYLE = ("QPushButton:checked { background-color: #ffd54f; color: #000;"
                  " border: 3px solid #b38f00; border-radius: 4px; padding: 4px 10px; }")

_ARROWS_2D = (  # (row, col, label, direction)
    (0, 0, "↖", (-1, 1)), (0, 1, "↑", (0, 1)), (0, 2, "↗", (1, 1)),
    (1, 0, "←", (-1, 0)), (1, 1, "•", (0, 0)), (1, 2, "→", (1, 0)),
    (2, 0, "↙", (-1, -1)), (2, 1, "↓", (0, -1)), (2, 2, "↘", (1, -1)),
)


class GuessPanel(QWidget):
    """The guessing game on screen; it owns a ``GuessController`` (``panel.controller``)."""

    def __init__(self, controller: GuessController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller or GuessController(self)
        self._direction_buttons: list[QPushButton] = []
        self._guess_edits: list[QLineEdit] = []
        self._updating = False

        self.title = QLabel(self.tr("Guess the next step"))
        self.title.setWordWrap(True)  # at twice the pane's type it is wider than the pane
        self.tally_label = QLabel()
        self.question = QLabel()
        self.question.setWordWrap(True)

        self.direction_box = QWidget()
        self.direction_layout = QGridLayout(self.direction_box)
        self.direction_layout.setContentsMargins(0, 0, 0, 0)
        self.direction_row = ReflowRow([])  # 1-D: ← smaller, stays, larger → (stacked when narrow)
        self.direction_layout.addWidget(self.direction_row, 0, 0, 1, 3)
        self.guess_box = QWidget()
        self.guess_layout = QHBoxLayout(self.guess_box)
        self.guess_layout.setContentsMargins(0, 0, 0, 0)

        self.reveal_button = QPushButton(self.tr("Reveal the step"))
        self.reveal_button.setDefault(True)
        self.reveal_button.clicked.connect(self.controller.ask_reveal)
        self.next_button = QPushButton(self.tr("Next question"))
        self.next_button.clicked.connect(lambda: self.controller.start_round())
        self.reset_button = QPushButton(self.tr("Reset score"))
        self.reset_button.clicked.connect(self.controller.reset_tally)

        self.arithmetic = QLabel()
        self.arithmetic.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.arithmetic.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        result = QFrame()
        result.setFrameShape(QFrame.Shape.StyledPanel)
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(self.arithmetic)
        result_layout.addWidget(self.verdict)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #444;")
        result_layout.addWidget(self.why)

        # Stacked rather than side by side: the panel lives in the window's narrow side dock.
        self.tally_label.setWordWrap(True)
        # Captions above their fields and rows of buttons that stack: nothing cut in a narrow pane.
        header = ReflowRow([self.tally_label, self.reset_button])
        buttons = ReflowRow([self.reveal_button, self.next_button])
        self.direction_caption = QLabel(self.tr("Which way?"))
        self.guess_caption = QLabel(self.tr("Lands near:"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(header)
        layout.addWidget(self.question)
        for widget in (self.direction_caption, self.direction_box, self.guess_caption, self.guess_box, buttons):
            layout.addWidget(widget)
        layout.addWidget(result)
        layout.addStretch(1)

        c = self.controller
        c.parametersChanged.connect(self._rebuild)
        c.questionAsked.connect(self._on_question)
        c.guessChanged.connect(self._on_guess)
        c.revealed.connect(self._on_revealed)
        c.tallyChanged.connect(self._show_tally)
        c.requestStep.connect(self._on_waiting)
        self._rebuild(list(c.names))
        self._show_tally(c.game.tally)
        self._set_phase("idle")

    # --- building -------------------------------------------------------------------------------

    def _rebuild(self, names: list[str]) -> None:
        for button in self._direction_buttons:
            button.hide()
            button.deleteLater()
        while self.guess_layout.count():
            item = self.guess_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self._direction_buttons, self._guess_edits = [], []
        if len(names) == 1:
            specs = [(0, 0, self.tr("← smaller"), (-1,)), (0, 1, self.tr("stays"), (0,)),
                     (0, 2, self.tr("larger →"), (1,))]
        else:
            specs = list(_ARROWS_2D)
        self.direction_row.setVisible(len(names) == 1)
        for row, col, label, direction in specs:
            button = QPushButton(label)
            button.setCheckable(True)
            button.setStyleSheet(_CHECKED_STYLE)
            button.setAutoExclusive(True)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            if len(names) == 2:
                button.setFixedWidth(button.sizeHint().height() * 2)
                button.setToolTip(self.tr("{x} {dx}, {y} {dy}").format(
                    x=display_name(names[0]), y=display_name(names[1]),
                    dx=self._word(direction[0]), dy=self._word(direction[1])))
            button.clicked.connect(lambda _=False, d=direction: self.controller.set_direction(d))
            if len(names) == 1:
                self.direction_row.add(button)
            else:
                self.direction_layout.addWidget(button, row, col)
            self._direction_buttons.append(button)
        for name in names:
            if len(names) > 1:
                self.guess_layout.addWidget(QLabel(display_name(name) + " ="))
            edit = QLineEdit()
            edit.setValidator(QDoubleValidator(edit))
            edit.setPlaceholderText(self.tr("or click the plot"))
            edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            edit.textEdited.connect(self._on_guess_typed)
            edit.returnPressed.connect(self.controller.ask_reveal)
            self.guess_layout.addWidget(edit)
            self._guess_edits.append(edit)
        self.guess_layout.addStretch(1)
        self._apply_fonts()
        self.direction_caption.setText(self.tr("Which way?") if len(names) < 2
                                       else self.tr("Which way?\n(→ first, ↑ second)"))

    def _apply_fonts(self) -> None:
        """Everything readable from the back row, relative to the window's (presentation) font.

        Set on each child: the chosen-direction style sheet stops font inheritance.
        """
        base = self.font()
        body = scaled(base, 1.55)
        for widget in self.findChildren(QWidget):
            widget.setFont(body)
        self.title.setFont(scaled(base, 2.0, bold=True))
        self.arithmetic.setFont(scaled(base, 1.8, mono=True))
        for edit in self._guess_edits:
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("-0.0000") + 16)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()

    def _word(self, sign: int) -> str:
        return {-1: self.tr("smaller"), 0: self.tr("same"), 1: self.tr("larger")}[sign]

    # --- reacting to the controller -------------------------------------------------------------

    def _set_phase(self, phase: str) -> None:
        asking = phase == "asking"
        for widget in self._direction_buttons + self._guess_edits:
            widget.setEnabled(asking)
        self.reveal_button.setEnabled(asking)
        self.next_button.setEnabled(phase == "revealed")

    def _on_question(self, point: Mapping[str, float]) -> None:
        for button in self._direction_buttons:
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(True)
        self._updating = True
        for edit in self._guess_edits:
            edit.clear()
        self._updating = False
        where = ", ".join(f"{display_name(n)} = {fmt(v)}" for n, v in point.items())
        if len(point) == 1:
            text = self.tr("Now {where}. After the next step, which way will {name} move, "
                           "and where will it land?")
        else:
            text = self.tr("Now {where}. After the next step, which way will the point move, "
                           "and where will it land?")
        self.question.setText(text.format(where=where,
                                          name=display_name(next(iter(point), ""))))
        self.arithmetic.clear()
        self.verdict.clear()
        self.why.clear()
        self._set_phase("asking")

    def _on_guess_typed(self) -> None:
        if self._updating:
            return
        texts = [e.text().strip() for e in self._guess_edits]
        try:
            values = [float(t) for t in texts]
        except ValueError:
            return
        self.controller.set_guess(values[0] if len(values) == 1 else tuple(values))

    def _on_guess(self, value) -> None:
        if value is None:
            return
        values = (value,) if isinstance(value, (int, float)) else tuple(value)
        self._updating = True
        for edit, v in zip(self._guess_edits, values):
            if not edit.hasFocus():
                edit.setText(fmt(v, 6))
        self._updating = False

    def _on_waiting(self) -> None:
        self._set_phase("waiting")
        self.verdict.setText(self.tr("Taking the step…"))

    def _on_revealed(self, score: GuessScore) -> None:
        lines = []
        for name, old, grad, new in zip(score.names, score.old, score.grad, score.new):
            lines.append(update_line(name, old, score.lr, grad, new) if score.plain_step
                         else step_line(name, old, new))
        self.arithmetic.setText("\n".join(derivation(line) for line in lines))
        self.verdict.setText(self._verdict(score))
        self.why.setText(self._why(score))
        self._set_phase("revealed")

    def _why(self, score: GuessScore) -> str:
        """The reason for the direction, the point of the lesson: the step goes against the slope."""
        if not score.plain_step:
            return self.tr("This optimizer does not step by α·grad: its own rule (momentum, "
                           "running averages) decides the step.")
        reasons = []
        for name, grad in zip(score.names, score.grad):
            shown, value = display_name(name), fmt(grad)
            if grad < 0:
                reasons.append(self.tr("{name} grows because its gradient {grad} is negative")
                               .format(name=shown, grad=value))
            elif grad > 0:
                reasons.append(self.tr("{name} shrinks because its gradient {grad} is positive")
                               .format(name=shown, grad=value))
            else:
                reasons.append(self.tr("{name} stays because its gradient is 0").format(name=shown))
        return self.tr("Why: the step is −α·grad, downhill against the slope: {reasons}.").format(
            reasons="; ".join(reasons))

    def _verdict(self, score: GuessScore) -> str:
        parts = [self.tr("<b>Step {step}</b>").format(step=score.step)]
        if score.direction_right is None:
            parts.append(self.tr("No direction guessed."))
        elif score.direction_right:
            parts.append(self.tr("<span style='color:#1b7f3b'>✔ Right direction.</span>"))
        else:
            parts.append(self.tr("<span style='color:#c0392b'>✘ Wrong direction.</span>"))
        if score.distance is not None:
            guess = ", ".join(fmt(g) for g in score.guessed_point)
            landed = ", ".join(fmt(n) for n in score.new)
            verdict = {"bullseye": self.tr("bull's-eye!"), "close": self.tr("close."),
                       "far": self.tr("far off.")}[score.landing]
            parts.append(self.tr("Your guess {guess} is {distance} from where it landed "
                                 "({landed}); the step was {length} long: {verdict}").format(
                guess=guess, distance=fmt(score.distance), landed=landed,
                length=fmt(score.step_length), verdict=verdict))
        parts.append(self.tr("+{points} points").format(points=score.points))
        return " ".join(parts)

    def _show_tally(self, tally: Tally) -> None:
        self.tally_label.setText(self.tr(
            "Round {rounds} · direction right {right}/{asked} · bull's-eyes {bulls} · "
            "score {points}").format(rounds=tally.rounds, right=tally.directions_right,
                                     asked=tally.directions_asked, bulls=tally.bullseyes,
                                     points=tally.points))
