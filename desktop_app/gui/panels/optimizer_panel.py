"""Optimizer, its hyper-parameters, steps, tolerances, speed, and "compare learning rates".

Why a form built from data: every optimizer of `core.optimizers.OPTIMIZERS` appears with its own
hyper-parameters, defaults, bounds and help (as tooltips), so a new optimizer in the core shows up
here without GUI changes. The registry imports torch, so the form is filled by `populate()` once
torch has loaded; until then it says so.

Signals: `changed()` (a field the user edited; `show_settings` emits nothing), `lr_changed(float)`
(a valid learning rate was typed; the window forwards it to a running run), `speed_changed(object)`
(seconds between steps, or None for "one step at a time"), `compare_requested(list)` (learning
rates to run side by side). `show_settings(settings, speed)` shows the lesson model's optimizer.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import limits
from desktop_app.core.lesson_model import DEFAULT_SPEED, SPEEDS, OptimizerSettings
from desktop_app.gui.library_texts import hyper_name
from desktop_app.gui.texts import core_text, optimizer_title
from desktop_app.gui.value_slider import ValueSlider, learning_rate_slider

DEFAULT_SPEED_INDEX = DEFAULT_SPEED


def parse_number(text: str) -> float | None:
    """A finite float from a field, or None (empty or not a number)."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class OptimizerPanel(QGroupBox):
    """The optimizer form; `state()`/`set_state()` exchange it with the session."""

    changed = Signal()
    lr_changed = Signal(float)
    speed_changed = Signal(object)
    compare_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Optimizer"), parent)
        self._infos: dict[str, Any] = {}
        self._fields: dict[str, QLineEdit | QCheckBox] = {}
        # name -> (shown text, exact value): a preset's 0.01/6 shows as 0.00166667 but runs exactly
        self._exact: dict[str, tuple[str, float]] = {}
        self.lr_slider: ValueSlider | None = None  # under the learning rate's field, when the method has one
        self._pending_hyper: dict[str, Any] = {}

        self.optimizer = QComboBox()
        self.optimizer.setEnabled(False)
        self.optimizer.addItem(self.tr("loading PyTorch…"))
        self.optimizer.currentIndexChanged.connect(self._on_optimizer_changed)
        self.hyper_form = QFormLayout()
        self.steps = QSpinBox()
        self.steps.setRange(1, limits.MAX_RUN_STEPS)
        self.steps.setValue(100)
        self.steps.setGroupSeparatorShown(True)
        self.steps.setToolTip(self.tr("How many updates the run makes at most."))
        self.grad_tol = self._number_field(
            self.tr("Stop (converged) when the gradient norm is at most this. Empty: never."))
        self.loss_tol = self._number_field(
            self.tr("Stop (converged) when the loss changes by at most this in one step. Empty: never."))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(DEFAULT_SPEED_INDEX)
        self.speed.setPageStep(1)
        self.speed.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed.setToolTip(self.tr("From one step at a time (each Step or Run press moves once) "
                                      "to as fast as possible."))
        self.speed_label = QLabel()
        self.speed.valueChanged.connect(self._on_speed)
        self.compare_lrs = QLineEdit("0.1, 1, 2, 3.5, 4.2")
        self.compare_lrs.setToolTip(self.tr("Learning rates to run side by side, separated by commas."))
        self.compare_button = QPushButton(self.tr("Compare learning rates"))
        self.compare_button.clicked.connect(self._on_compare)

        form = QFormLayout()
        form.addRow(self.tr("Method"), self.optimizer)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("Gradient tolerance"), self.grad_tol)
        form.addRow(self.tr("Loss-change tolerance"), self.loss_tol)
        speed_row = QVBoxLayout()
        speed_row.addWidget(self.speed)
        speed_row.addWidget(self.speed_label)
        form.addRow(self.tr("Speed"), speed_row)
        compare = QHBoxLayout()
        compare.addWidget(self.compare_lrs, 1)
        compare.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.hyper_form)
        layout.addLayout(compare)
        self.steps.valueChanged.connect(lambda _v: self.changed.emit())
        self._on_speed(self.speed.value())

    def _number_field(self, tip: str) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(self.tr("none"))
        field.setToolTip(tip)
        field.textChanged.connect(lambda _t: (self._mark(field), self.changed.emit()))
        return field

    # --- registry ------------------------------------------------------------------------------

    def populate(self, optimizers: dict[str, Any]) -> None:
        """Fill the method list from core.optimizers.OPTIMIZERS (after torch has loaded)."""
        wanted = self._pending_hyper.get("optimizer", "gd")
        self._infos = dict(optimizers)
        self.optimizer.blockSignals(True)
        self.optimizer.clear()
        for name, info in optimizers.items():
            self.optimizer.addItem(optimizer_title(name, info.title), name)
            self.optimizer.setItemData(self.optimizer.count() - 1, core_text(info.help),
                                       Qt.ItemDataRole.ToolTipRole)
        index = max(0, self.optimizer.findData(wanted))
        self.optimizer.setCurrentIndex(index)
        self.optimizer.blockSignals(False)
        self.optimizer.setEnabled(True)
        self._on_optimizer_changed(index)

    def _on_optimizer_changed(self, _index: int) -> None:
        info = self._infos.get(self.optimizer.currentData())
        if info is None:
            return
        while self.hyper_form.rowCount():
            self.hyper_form.removeRow(0)
        self.lr_slider = None
        self._fields = {}
        self._exact = {}
        given = self._pending_hyper.get("hyper", {}) if self._pending_hyper.get("optimizer") == info.name else {}
        for h in info.hyper:
            value = given.get(h.name, h.default)
            if h.kind == "bool":
                field: QLineEdit | QCheckBox = QCheckBox()
                field.setChecked(bool(value))
                field.toggled.connect(lambda _c: self.changed.emit())
            else:
                field = QLineEdit(f"{value:.6g}")
                self._exact[h.name] = (field.text(), float(value))
                field.setValidator(QDoubleValidator(h.minimum, h.maximum, 12))
                field.textChanged.connect(lambda _t, f=field, n=h.name: self._on_hyper_text(f, n))
            field.setToolTip(self.tr("{help}\ndefault: {default}   range: [{low}, {high}]").format(
                help=core_text(h.help), default=f"{h.default:g}", low=f"{h.minimum:g}", high=f"{h.maximum:g}"))
            label = QLabel(hyper_name(h.name))
            label.setToolTip(core_text(h.help))
            self.hyper_form.addRow(label, field)
            self._fields[h.name] = field
            if h.name == "lr":  # decades matter: a logarithmic slider under the field
                self.lr_slider = learning_rate_slider()
                self.lr_slider.setAccessibleName(self.tr("learning rate slider"))
                self.lr_slider.set_number(float(value))
                self.lr_slider.value_changed.connect(lambda v, f=field: f.setText(f"{v:.3g}"))
                field.textChanged.connect(self._follow_lr_text)
                self.hyper_form.addRow("", self.lr_slider)
        self.optimizer.setToolTip(core_text(info.help))
        self._pending_hyper = {}
        self.changed.emit()

    def _follow_lr_text(self, text: str) -> None:
        number = parse_number(text)
        if number is not None and number > 0 and self.lr_slider is not None and not self.lr_slider.isSliderDown():
            self.lr_slider.set_number(number)

    def _on_hyper_text(self, field: QLineEdit, name: str) -> None:
        ok = self._mark(field)
        if ok and name == "lr":
            self.lr_changed.emit(self.hyper()["lr"])
        self.changed.emit()

    def _mark(self, field: QLineEdit) -> bool:
        text = field.text().strip()
        ok = (not text and field in (self.grad_tol, self.loss_tol)) or (
            parse_number(text) is not None and (field.validator() is None or field.hasAcceptableInput()))
        field.setStyleSheet("" if ok else "background: #FFE0E0;")
        return ok

    # --- values --------------------------------------------------------------------------------

    def errors(self) -> list[str]:
        """What keeps the form from making a run (empty when it is ready)."""
        if not self._infos:
            return [self.tr("PyTorch is still loading")]
        out = []
        for name, field in self._fields.items():
            if isinstance(field, QLineEdit) and not self._mark(field):
                out.append(self.tr("{name} must be a number in its range").format(name=name))
        for label, field in ((self.tr("gradient tolerance"), self.grad_tol),
                             (self.tr("loss-change tolerance"), self.loss_tol)):
            if not self._mark(field):
                out.append(self.tr("{name} must be a number or empty").format(name=label))
        return out

    def hyper(self) -> dict[str, float | bool]:
        out: dict[str, float | bool] = {}
        for name, field in self._fields.items():
            if isinstance(field, QCheckBox):
                out[name] = field.isChecked()
            elif name in self._exact and self._exact[name][0] == field.text():
                out[name] = self._exact[name][1]
            elif parse_number(field.text()) is not None:
                out[name] = float(field.text())
        return out

    def speed_delay(self) -> float | None:
        return SPEEDS[self.speed.value()]

    def compare_learning_rates(self) -> list[float]:
        """The typed learning rates; raises ValueError naming the first bad one."""
        values = []
        for part in self.compare_lrs.text().replace(";", ",").split(","):
            if not part.strip():
                continue
            value = parse_number(part)
            if value is None or value <= 0:
                raise ValueError(self.tr("`{text}` is not a positive learning rate").format(text=part.strip()))
            values.append(value)
        if not values:
            raise ValueError(self.tr("type at least one learning rate"))
        if len(values) > limits.MAX_SWEEP_RUNS:
            raise ValueError(self.tr("at most {n} learning rates at once").format(n=limits.MAX_SWEEP_RUNS))
        return values

    def state(self) -> dict[str, Any]:
        return {
            "optimizer": self.optimizer.currentData() or self._pending_hyper.get("optimizer", "gd"),
            "hyper": self.hyper() if self._infos else dict(self._pending_hyper.get("hyper", {})),
            "steps": self.steps.value(),
            "grad_tol": parse_number(self.grad_tol.text()),
            "loss_tol": parse_number(self.loss_tol.text()),
            "speed": self.speed.value(),
            "compare_lrs": self.compare_lrs.text(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        """Show a saved or preset state (unknown hyper-parameters are ignored)."""
        self._pending_hyper = {"optimizer": state.get("optimizer", "gd"), "hyper": dict(state.get("hyper", {}))}
        if "steps" in state:
            self.steps.setValue(max(1, int(state["steps"])))
        for field, key in ((self.grad_tol, "grad_tol"), (self.loss_tol, "loss_tol")):
            if key in state:
                field.setText("" if state[key] is None else f"{state[key]:g}")
        if "speed" in state:
            self.speed.setValue(int(state["speed"]))
        if "compare_lrs" in state:
            self.compare_lrs.setText(str(state["compare_lrs"]))
        if self._infos:
            index = max(0, self.optimizer.findData(self._pending_hyper["optimizer"]))
            self.optimizer.blockSignals(True)
            self.optimizer.setCurrentIndex(index)
            self.optimizer.blockSignals(False)
            self._on_optimizer_changed(index)

    def show_settings(self, settings: OptimizerSettings, speed: int) -> None:
        """Show the lesson model's optimizer settings without reporting them back as edits."""
        wanted = {"optimizer": settings.name, "hyper": settings.hyper_dict, "steps": settings.steps,
                  "grad_tol": settings.grad_tol, "loss_tol": settings.loss_tol, "speed": speed,
                  "compare_lrs": settings.compare_lrs}
        if self._shows(wanted):
            return
        self.blockSignals(True)
        try:
            self.set_state(wanted)
        finally:
            self.blockSignals(False)

    def _shows(self, wanted: dict[str, Any]) -> bool:
        """True when the form already shows these settings (the optimizer's defaults aside)."""
        if not self._infos:
            return False
        state = self.state()
        shown = {k: state[k] for k in ("optimizer", "steps", "grad_tol", "loss_tol", "speed", "compare_lrs")}
        if shown != {k: wanted[k] for k in shown}:
            return False
        info = self._infos.get(wanted["optimizer"])
        defaults = {h.name: h.default for h in info.hyper} if info is not None else {}
        return state["hyper"] == {**defaults, **wanted["hyper"]}

    def set_running(self, running: bool) -> None:
        """While a run goes, only the learning rate and the speed stay editable."""
        for widget in (self.optimizer, self.steps, self.grad_tol, self.loss_tol, self.compare_lrs,
                       self.compare_button):
            widget.setEnabled(not running and (widget is not self.optimizer or bool(self._infos)))
        for name, field in self._fields.items():
            field.setEnabled(not running or name == "lr")

    # --- speed / compare -----------------------------------------------------------------------

    def _on_speed(self, index: int) -> None:
        delay = SPEEDS[index]
        if delay is None:
            text = self.tr("one step at a time")
        elif delay == 0:
            text = self.tr("as fast as possible")
        else:
            text = self.tr("{n:g} steps per second").format(n=1 / delay)
        self.speed_label.setText(text)
        self.speed_changed.emit(delay)

    def _on_compare(self) -> None:
        try:
            lrs = self.compare_learning_rates()
        except ValueError as error:
            self.compare_lrs.setStyleSheet("background: #FFE0E0;")
            self.compare_lrs.setToolTip(str(error))
            return
        self.compare_lrs.setStyleSheet("")
        self.compare_requested.emit(lrs)
