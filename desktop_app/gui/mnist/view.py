"""The MNIST view (lesson L4): both networks trained side by side, live pictures, a drawing pad.

Assembly only: the data panel finds or downloads the files, the networks panel gives one core
TrainSpec per network, a TrainingJob runs them in gui.worker's thread (together or in turn) and
its `(network, record)` items arrive by signal. Curves are redrawn by a ~30 Hz timer; the
pictures (test digits, confusion matrix, first-layer weights) follow the `Predictions` the
training yields after every epoch and on request; the drawing pad asks the shown network's
CPU copy. A saved network is loaded by a LoadJob in the same worker and shown without training.
Nothing here blocks the GUI thread for longer than a repaint.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.devices import cuda_unavailable_reason, device_label, resolve_device
from desktop_app.core.mnist.data import MnistData
from desktop_app.core.mnist.history import write_history_csv
from desktop_app.core.mnist.results import Predictions, predict_probabilities
from desktop_app.core.mnist.train import MODELS, EpochRecord
from desktop_app.core.mnist.weights import save_weights
from desktop_app.gui.mnist.data_panel import DataPanel
from desktop_app.gui.mnist.draw_pad import DigitPreview, DrawPad, ProbabilityBars
from desktop_app.gui.mnist.job import LoadJob, TrainingJob
from desktop_app.gui.mnist.networks_panel import COLOURS, NetworksPanel
from desktop_app.gui.mnist.pictures import ConfusionView, DigitGrid, WeightGrid
from desktop_app.gui.mnist.plots import LivePlots
from desktop_app.gui.worker import WorkerThread

REFRESH_MS = 33


def _stopped(job: TrainingJob) -> bool:
    """Whether the training was stopped before its end (by the user)."""
    return any(t.status == "stopped" for t in job.trainings.values())


class MnistView(QWidget):
    """Self-contained MNIST view; the window shows it in place of its panes and calls `shutdown()`."""

    def __init__(self, parent: QWidget | None = None, cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._thread: WorkerThread | None = None
        self._job: TrainingJob | LoadJob | None = None  # the worker's job now
        self._training: TrainingJob | None = None  # the last training, kept for its history
        self._data: MnistData | None = None
        self._predictions: dict[str, Predictions] = {}
        self._initial: dict[str, np.ndarray] = {}  # first-layer weights before training
        self._loaded_from: dict[str, str] = {}  # network -> the file it was loaded from (not trained here)
        self._progress: dict[str, str] = {}
        self._batches: dict[str, tuple[int, int]] = {}  # network -> (batches per epoch, epochs)
        self._done: dict[str, int] = {}
        self._started = 0.0
        self._took = 0.0  # seconds the last training took
        self._base_point_size = QApplication.font().pointSizeF()
        self.titles = {"keras": self.tr("Keras network"), "naive": self.tr("From scratch")}

        self.data_panel = DataPanel(cache_dir)
        self.networks = NetworksPanel()
        self.train_button = QPushButton(self.tr("Train"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.refresh_button = QPushButton(self.tr("Update pictures now"))
        self.refresh_button.setToolTip(self.tr("The pictures follow every epoch; this shows the network as it is now"))
        for button in (self.train_button, self.stop_button):
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setMinimumHeight(round(button.sizeHint().height() * 1.3))
        self.save_button = QPushButton(self.tr("Save weights…"))
        self.load_button = QPushButton(self.tr("Load weights…"))
        self.load_button.setToolTip(self.tr("Show a network saved by this app, without training"))
        self.export_button = QPushButton(self.tr("Export history (CSV)…"))
        self.settings_toggle = QPushButton(self.tr("Hide settings"))
        self.settings_toggle.setCheckable(True)
        self.settings_toggle.setToolTip(self.tr("Give the curves and pictures the whole width"))
        self.settings_toggle.toggled.connect(self._toggle_settings)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress_label = QLabel(self.tr("Not started"))
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(self.tr("Press Train to fit the lesson's networks to the digits."))
        self.status.setWordWrap(True)
        self.device_note = QLabel()
        self.device_note.setWordWrap(True)
        self.plots = LivePlots()
        self.plots.setMinimumHeight(200)  # the curves stay readable when fonts grow (presentation mode)
        self._describe_networks()

        self.shown = QComboBox()
        for name in MODELS:
            self.shown.addItem(self.titles[name], name)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.digits = DigitGrid()
        self.mistakes_only = QCheckBox(self.tr("Only the mistakes"))
        self.digits_summary = QLabel()
        self.digits_summary.setWordWrap(True)
        self.confusion = ConfusionView()
        self.confusion_summary = QLabel()
        self.confusion_summary.setWordWrap(True)
        self.weights = WeightGrid()
        self.weights_note = QLabel(self.tr(
            "Each picture is one hidden unit's 784 input weights: red where ink raises the unit, "
            "blue where it lowers it."))
        self.weights_note.setWordWrap(True)
        self.weights_change = QCheckBox(self.tr("Change since the start"))
        self.weights_change.setToolTip(self.tr(
            "Show what training added to the random starting weights: the strokes each unit learned to look for"))

        self.pad = DrawPad()
        self.preview = DigitPreview()
        self.bars = ProbabilityBars()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.test_index = QSpinBox()
        self.test_index.setRange(0, 9999)
        self.test_index.setToolTip(self.tr("Any test digit by its number (or click a digit under Test digits)"))
        self.pick_button = QPushButton(self.tr("Put on the pad"))
        self.pad_answer = QLabel()
        self.pad_answer.setWordWrap(True)
        font = self.pad_answer.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.pad_answer.setFont(font)

        self.pictures = QTabWidget()
        self.pictures.addTab(self._column(self._stack(self.digits_summary, self.mistakes_only), self.digits),
                             self.tr("Test digits"))
        self.pictures.addTab(self._column(self.confusion_summary, self.confusion), self.tr("Confusion matrix"))
        self.pictures.addTab(self._column(self._stack(self.weights_note, self.weights_change), self.weights),
                             self.tr("First-layer weights"))
        self.pictures.addTab(self._draw_page(), self.tr("Draw a digit"))

        self._build_layout()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.plots.refresh)

        self.data_panel.data_changed.connect(self._on_data)
        self.networks.changed.connect(self._describe_networks)
        self.networks.device.currentIndexChanged.connect(self._show_device)
        self.train_button.clicked.connect(self.train)
        self.stop_button.clicked.connect(self.stop)
        self.refresh_button.clicked.connect(self.request_pictures)
        self.save_button.clicked.connect(lambda: self.save_weights())
        self.load_button.clicked.connect(lambda: self.load_weights())
        self.export_button.clicked.connect(lambda: self.export_history())
        self.mistakes_only.toggled.connect(self.digits.set_mistakes_only)
        self.weights_change.toggled.connect(self._show_pictures)
        self.shown.currentIndexChanged.connect(self._show_pictures)
        self.pad.changed.connect(self._classify_pad)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pick_button.clicked.connect(lambda: self.show_test_digit(self.test_index.value()))
        self.digits.digit_clicked.connect(self._on_digit_clicked)
        self._data = self.data_panel.data
        self._show_device()
        self._show_pictures()
        self._update_buttons()
        self._follow_font()

    # --- layout ------------------------------------------------------------------------------

    @staticmethod
    def _stack(*widgets: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        for widget in widgets:
            column.addWidget(widget)
        return column

    @staticmethod
    def _column(top, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        if isinstance(top, QWidget):
            layout.addWidget(top)
        else:
            layout.addLayout(top)
        layout.addWidget(widget, 1)
        return box

    def _draw_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(self.pad, 3)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("What the network sees (28×28, centred as MNIST):")))
        middle.addWidget(self.preview, 1)
        middle.addWidget(self.clear_button)
        pick = QGridLayout()
        pick.addWidget(QLabel(self.tr("Test digit")), 0, 0)
        pick.addWidget(self.test_index, 0, 1)
        pick.addWidget(self.pick_button, 1, 0, 1, 2)
        middle.addLayout(pick)
        middle.addStretch(1)
        layout.addLayout(middle, 2)
        right = QVBoxLayout()
        right.addWidget(self.pad_answer)
        right.addWidget(self.bars, 1)
        layout.addLayout(right, 4)
        return page

    def _build_layout(self) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.data_panel)
        side_layout.addWidget(self.networks)
        files = QGridLayout()
        files.addWidget(self.save_button, 0, 0)
        files.addWidget(self.load_button, 0, 1)
        files.addWidget(self.export_button, 1, 0, 1, 2)
        side_layout.addLayout(files)
        side_layout.addWidget(self.device_note)
        side_layout.addStretch(1)
        self.side_scroll = scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        for button in (self.train_button, self.stop_button, self.refresh_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.settings_toggle)
        content_layout.addLayout(top)
        content_layout.addWidget(self.progress_label)
        content_layout.addWidget(self.progress)
        content_layout.addWidget(self.status)
        shown = QHBoxLayout()
        shown.addWidget(QLabel(self.tr("Pictures of")))
        shown.addWidget(self.shown)
        shown.addWidget(self.caption, 1)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addLayout(shown)
        below_layout.addWidget(self.pictures, 1)
        self.views = QSplitter(Qt.Orientation.Vertical)
        self.views.addWidget(self.plots)
        self.views.addWidget(below)
        self.views.setSizes([4000, 5000])  # the pictures need room to be read from afar
        content_layout.addWidget(self.views, 1)

        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.addWidget(scroll)
        self.sides.addWidget(content)
        self.sides.setStretchFactor(0, 0)
        self.sides.setStretchFactor(1, 1)
        self.sides.setSizes([side.sizeHint().width(), 4 * side.sizeHint().width()])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sides)

    def _toggle_settings(self, hidden: bool) -> None:
        self.side_scroll.setVisible(not hidden)
        self.settings_toggle.setText(self.tr("Show settings") if hidden else self.tr("Hide settings"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.data_panel.ensure_loaded()

    def _follow_font(self) -> None:
        """Plots and the settings column follow the font the window sets for zoom and presentation."""
        if self._base_point_size > 0:
            self.plots.apply_scale(self.font().pointSizeF() / self._base_point_size)
        scroll = self.side_scroll
        scroll.setMinimumWidth(
            scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ParentChange):
            self._follow_font()
        super().changeEvent(event)

    # --- state -------------------------------------------------------------------------------

    def is_training(self) -> bool:
        return isinstance(self._job, TrainingJob) and self._thread is not None

    def is_busy(self) -> bool:
        """Training or loading a weights file."""
        return self._thread is not None

    def predictions(self, name: str | None = None) -> Predictions | None:
        """The latest pictures of network `name` (the one shown when None)."""
        return self._predictions.get(name or self.shown.currentData())

    def trained(self, name: str):
        """The Training of network `name` in the last training job, if any."""
        return self._training.trainings.get(name) if self._training is not None else None

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.train_button.setEnabled(not busy and self._data is not None)
        self.stop_button.setEnabled(self.is_training())
        self.refresh_button.setEnabled(self.is_training())
        self.networks.setEnabled(not busy)
        self.data_panel.setEnabled(not busy)
        self.load_button.setEnabled(not busy and self._data is not None)
        shown = self.shown.currentData()
        self.save_button.setEnabled(not busy and self.predictions(shown) is not None)
        training = self.trained(shown)
        self.export_button.setEnabled(not busy and training is not None and bool(training.batch_history))

    def _describe_networks(self) -> None:
        for name in MODELS:
            self.plots.network(name, self.titles[name], COLOURS[name], self.networks.describe(name))

    def _on_data(self, data: MnistData | None) -> None:
        self._data = data
        self._update_buttons()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #C62828; font-weight: bold;" if error else "")

    def _show_device(self) -> None:
        try:
            device = resolve_device(self.networks.device.currentData())
        except ValueError as error:
            self.device_note.setText(str(error))
            return
        if device.type == "cuda":
            self.device_note.setText(self.tr("Trains on {device}.").format(device=device_label(device)))
        elif cuda_unavailable_reason() is None:
            self.device_note.setText(self.tr("Trains on the CPU."))
        else:
            self.device_note.setText(self.tr("Trains on the CPU (no CUDA GPU here)."))

    # --- training ----------------------------------------------------------------------------

    def train(self) -> None:
        """Start training the ticked networks on the loaded data."""
        if self.is_busy() or self._data is None:
            return
        try:
            specs = self.networks.specs()
        except ValueError as error:
            self._say(str(error), error=True)
            return
        data = self._data.limit_train(self.networks.limit_train())
        per_epoch = -(-len(data.train_y) // self.networks.batch_size.value())
        self._batches = {name: (per_epoch, spec.epochs) for name, spec in specs.items()}
        self._done = dict.fromkeys(specs, 0)
        self._progress = {name: self.tr("waiting") for name in specs}
        self._started = time.monotonic()
        self.plots.clear(list(specs))
        for name in specs:
            self._predictions.pop(name, None)
            self._initial.pop(name, None)
            self._loaded_from.pop(name, None)
        if self.shown.currentData() not in specs:
            self.shown.setCurrentIndex(self.shown.findData(next(iter(specs))))
        self._show_pictures()
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Preparing…"))
        self._say(self._training_text(len(data.train_y)))
        self._training = TrainingJob(specs, data, self.networks.order_name())
        self._start(self._training)

    def _start(self, job: TrainingJob | LoadJob) -> None:
        self._job = job
        self._thread = WorkerThread(job, flush_seconds=1 / 30)
        self._thread.worker.batch.connect(self._on_item)
        self._thread.worker.finished.connect(self._on_finished)
        self._thread.worker.failed.connect(self._on_failed)
        self._thread.start()
        self.timer.start()
        self._update_buttons()

    def stop(self) -> None:
        """Ask the training to stop; it ends before its next batch."""
        if self.is_training():
            self._thread.worker.stop()
            self.stop_button.setEnabled(False)
            self._say(self.tr("Stopping…"))

    def request_pictures(self) -> None:
        """Pictures of the networks as they are now, without waiting for the end of the epoch."""
        if self.is_training():
            self._job.request_pictures()

    def _on_item(self, tagged: object) -> None:
        name, item = tagged
        if isinstance(self._job, LoadJob):
            self._on_loaded(name, item)
        elif isinstance(item, np.ndarray):
            self.plots.add_batches(name, item)
            self._show_progress(name, item[-1])
        elif isinstance(item, EpochRecord):
            self.plots.add_epoch(name, item)
            self._on_epoch(name, item)
        elif isinstance(item, Predictions):
            if item.step == 0:
                self._initial[name] = item.first_layer
            self._predictions[name] = item
            if name == self.shown.currentData():
                self._show_pictures()

    def _on_epoch(self, name: str, record: EpochRecord) -> None:
        images = len(self._training.data.train_y)
        device = device_label(self._training.trainings[name].device)
        self._progress[name] = self.tr(
            "epoch {epoch}/{epochs} · test accuracy {test:.1%} · {seconds:.2f} s/epoch, "
            "{speed:,.0f} images/s on {device}"
        ).format(epoch=record.epoch, epochs=self._batches[name][1], test=record.test_accuracy,
                 seconds=record.seconds, speed=images / max(record.seconds, 1e-9), device=device)
        self._show_progress_label()

    def _show_progress(self, name: str, last_row: np.void) -> None:
        self._done[name] = int(last_row["step"])
        per_epoch, epochs = self._batches[name]
        if not self.plots.epoch_records(name):
            self._progress[name] = self.tr("epoch {epoch}/{epochs} · batch {batch}/{batches}").format(
                epoch=int(last_row["epoch"]), epochs=epochs, batch=int(last_row["batch"]), batches=per_epoch)
            self._show_progress_label()
        total = sum(p * e for p, e in self._batches.values())
        self.progress.setValue(round(1000 * sum(self._done.values()) / max(total, 1)))

    def _show_progress_label(self) -> None:
        lines = [f"<b style='color:{COLOURS[name]}'>{self.titles[name]}</b>: {text}"
                 for name, text in self._progress.items()]
        self.progress_label.setText("<br>".join(lines))

    def _duration(self, seconds: float) -> str:
        seconds = round(seconds)
        if seconds < 60:
            return self.tr("{s} s").format(s=seconds)
        return self.tr("{m} min {s:02d} s").format(m=seconds // 60, s=seconds % 60)

    def _end(self) -> bool:
        """Tidy up after the worker's last signal; False for a late signal after shutdown()."""
        thread, self._thread = self._thread, None
        if thread is None:
            return False
        thread.thread.wait(2000)  # it has emitted its last signal and is quitting: never destroy it running
        self.timer.stop()
        self.plots.refresh()
        self._update_buttons()
        return True

    def _on_finished(self, _result: object) -> None:
        job = self._job
        if not self._end() or not isinstance(job, TrainingJob):
            return
        if not _stopped(job):
            self.progress.setValue(1000)
        self._took = time.monotonic() - self._started
        self._say(self._finished_text(job))

    def _finished_text(self, job: TrainingJob) -> str:
        parts = []
        for name, training in job.trainings.items():
            if training.epoch_history:
                parts.append(self.tr("{name} {accuracy:.1%}").format(
                    name=self.titles[name], accuracy=training.epoch_history[-1].test_accuracy))
        summary = ", ".join(parts)
        if _stopped(job):
            return self.tr("Stopped. The pictures show what the networks had learned by then. {summary}").format(
                summary=summary)
        return self.tr("Finished in {time}: test accuracy {summary}.").format(
            time=self._duration(self._took), summary=summary)

    def _on_failed(self, message: str, _details: str) -> None:
        job = self._job
        if not self._end():
            return
        if isinstance(job, LoadJob):
            self._say(self.tr("Could not load {name}: {message}").format(name=job.path.name, message=message),
                      error=True)
            return
        self.progress_label.setText(self.tr("Failed"))
        self._say(self.tr("Training failed: {message}").format(message=message), error=True)

    # --- pictures ----------------------------------------------------------------------------

    def _show_pictures(self) -> None:
        name = self.shown.currentData()
        p = self._predictions.get(name)
        self.digits.set_predictions(p)
        self.confusion.set_counts(None if p is None else p.confusion)
        initial = self._initial.get(name)
        if p is None:
            self.weights.set_weights(None)
        elif self.weights_change.isChecked() and initial is not None and initial.shape == p.first_layer.shape:
            self.weights.set_weights(p.first_layer - initial)
        else:
            self.weights.set_weights(p.first_layer)
        self._classify_pad()
        self._update_buttons()
        if p is None:
            self.caption.setText(self.tr("Not trained yet."))
            self.digits_summary.setText(
                self.tr("Under each digit: prediction (true label). Mistakes are framed in red."))
            self.confusion_summary.setText(self.tr("Rows: the true digit; columns: the network's answer."))
            return
        self.caption.setText(self.tr("{name}, {when}: test accuracy {accuracy:.2%}").format(
            name=self.titles[name], when=self._when(name, p), accuracy=p.accuracy))
        errors = p.confusion.copy()
        np.fill_diagonal(errors, 0)
        true, guess = np.unravel_index(int(errors.argmax()), errors.shape)
        self.confusion_summary.setText(self.tr(
            "Rows: the true digit; columns: the network's answer. Most frequent mistake: "
            "{true} taken for {guess} ({count:,} times)."
        ).format(true=true, guess=guess, count=int(errors[true, guess])))
        mistakes = int((p.predicted != p.labels).sum())
        self.digits_summary.setText(self.tr(
            "{mistakes:,} mistakes in {count:,} test digits. Under each digit: prediction (true label); "
            "mistakes framed in red. Click a digit to put it on the drawing pad."
        ).format(mistakes=mistakes, count=len(p.labels)))

    def _when(self, name: str, p: Predictions) -> str:
        """When the pictures were taken, in words."""
        if name in self._loaded_from:
            return self.tr("loaded from {file}").format(file=self._loaded_from[name])
        if p.step == 0:
            return self.tr("before training")
        per_epoch = self._batches.get(name, (1, 0))[0]
        if p.step == p.epoch * per_epoch:
            return self.tr("after epoch {epoch}").format(epoch=p.epoch)
        return self.tr("during epoch {epoch} (batch {batch})").format(
            epoch=p.epoch + 1, batch=p.step - p.epoch * per_epoch)

    # --- drawing pad -------------------------------------------------------------------------

    def pad_probabilities(self) -> np.ndarray | None:
        """The shown network's ten probabilities for what is on the pad (None without a network)."""
        p = self.predictions()
        if p is None or p.network is None or self.pad.is_blank():
            return None
        return predict_probabilities(p.network, self.pad.image()[None])[0]

    def _classify_pad(self) -> None:
        self.preview.set_image(self.pad.image())
        probabilities = self.pad_probabilities()
        self.bars.set_probabilities(probabilities)
        if probabilities is None:
            self.pad_answer.setText(self.tr("Draw a digit on the pad, or put a test digit on it.")
                                    if self.predictions() is not None else
                                    self.tr("Train or load a network first."))
            return
        best = int(probabilities.argmax())
        self.pad_answer.setText(self.tr("{name} says {digit} ({p:.0%} sure)").format(
            name=self.titles[self.shown.currentData()], digit=best, p=float(probabilities[best])))

    def show_test_digit(self, index: int) -> None:
        """Put test digit `index` on the pad, with the shown network's answer for it."""
        if self._data is None or not 0 <= index < len(self._data.test_y):
            return
        self.test_index.setValue(index)
        self.pad.show_digit(self._data.test_x[index])
        label = int(self._data.test_y[index])
        self.pad_answer.setText(self.pad_answer.text() + "  " + self.tr("(test digit {index}: a {label})").format(
            index=index, label=label))

    def _on_digit_clicked(self, index: int) -> None:
        self.show_test_digit(index)
        self.pictures.setCurrentIndex(self.pictures.count() - 1)

    # --- weights and history -----------------------------------------------------------------

    def _save_path(self, title: str, name: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filters)
        return path or None

    def save_weights(self, path: str | Path | None = None) -> bool:
        """Save the shown network's weights (tensors only; asks for a file when `path` is None)."""
        name = self.shown.currentData()
        p = self.predictions(name)
        if p is None or p.network is None or self.is_busy():
            return False
        path = path or self._save_path(self.tr("Save weights"), f"mnist-{name}.pt", self.tr("PyTorch weights (*.pt)"))
        if not path:
            return False
        try:
            save_weights(p.network, path)
        except OSError as error:
            self._say(self.tr("Could not write {path}: {error}").format(path=path, error=error), error=True)
            return False
        self._say(self.tr("Weights of the {name} saved to {path}").format(name=self.titles[name], path=path))
        return True

    def load_weights(self, path: str | Path | None = None) -> bool:
        """Load a saved network and show it (pictures, accuracy) without training.

        Runs in the worker; a file that cannot be used leaves everything as it was and says why.
        """
        if self.is_busy() or self._data is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Load weights"), str(Path.home()),
                                                  self.tr("PyTorch weights (*.pt *.pth);;All files (*)"))
            if not path:
                return False
        self._say(self._loading_text(Path(path).name))
        self._start(LoadJob(path, self._data))
        return True

    def _on_loaded(self, name: str, predictions: Predictions) -> None:
        self._loaded_from[name] = self._job.path.name
        self._predictions[name] = predictions
        self._initial.pop(name, None)
        self.shown.setCurrentIndex(self.shown.findData(name))
        self._show_pictures()
        self._say(self._loaded_text(self._job.path.name, name))

    def _training_text(self, images: int) -> str:
        return self.tr("Training on {count:,} images…").format(count=images)

    def _loading_text(self, file: str) -> str:
        return self.tr("Loading {name}…").format(name=file)

    def _loaded_text(self, file: str, name: str) -> str:
        return self.tr("Loaded {file}: the {name}, test accuracy {accuracy:.2%}.").format(
            file=file, name=self.titles[name], accuracy=self._predictions[name].accuracy)

    def export_history(self, path: str | Path | None = None) -> bool:
        """Write the shown network's per-batch and per-epoch history as CSV."""
        name = self.shown.currentData()
        training = self.trained(name)
        if training is None or not training.batch_history or self.is_busy():
            return False
        path = path or self._save_path(self.tr("Export training history"), f"mnist-{name}-history.csv",
                                       self.tr("CSV files (*.csv)"))
        if not path:
            return False
        try:
            write_history_csv(path, training.batch_records(), training.epoch_history)
        except OSError as error:
            self._say(self.tr("Could not write {path}: {error}").format(path=path, error=error), error=True)
            return False
        self._say(self.tr("History written to {path}").format(path=path))
        return True

    # --- a new language ----------------------------------------------------------------------

    def hand_over(self, heir: MnistView) -> None:
        """Give what this view shows to `heir`, the same view of a new window in another
        language: the data, the settings, the curves, the pictures and the pad, and a training
        or load going on, whose worker goes on there. Items the worker queued here before are
        handled here first, so none is lost; this view is then idle, to be closed."""
        thread = self._thread
        if thread is not None:
            worker = thread.worker
            for signal, slot in ((worker.batch, "_on_item"), (worker.finished, "_on_finished"),
                                 (worker.failed, "_on_failed")):
                signal.disconnect(getattr(self, slot))
                signal.connect(getattr(heir, slot))
            QCoreApplication.sendPostedEvents(self)  # what was queued here, handled here
            thread = self._thread  # None if that was its last item
        self.data_panel.hand_over(heir.data_panel)
        self.networks.copy_to(heir.networks)
        for name in ("_job", "_training", "_data", "_predictions", "_initial", "_loaded_from", "_batches",
                     "_done", "_started", "_took"):
            setattr(heir, name, getattr(self, name))
        heir.plots.take_curves(self.plots)
        heir.pad.copy_from(self.pad)
        for mine, theirs in ((self.mistakes_only, heir.mistakes_only), (self.weights_change, heir.weights_change),
                             (self.settings_toggle, heir.settings_toggle)):
            theirs.setChecked(mine.isChecked())
        heir.shown.setCurrentIndex(self.shown.currentIndex())
        heir.pictures.setCurrentIndex(self.pictures.currentIndex())
        heir.test_index.setValue(self.test_index.value())
        heir.progress.setValue(self.progress.value())
        heir.views.setSizes(self.views.sizes())
        heir.sides.setSizes(self.sides.sizes())
        self._thread, self._job = None, None
        self.timer.stop()
        if thread is not None:
            heir._thread = thread
            heir.timer.start()
        heir._reword()

    def _reword(self) -> None:
        """The progress lines and the status line from the state, in this view's language."""
        self._progress = {}
        for name in self._batches:
            records, rows = self.plots.epoch_records(name), self.plots.batch_rows(name)
            if records:
                self._on_epoch(name, records[-1])
            elif len(rows):
                self._show_progress(name, rows[-1])
            else:
                self._progress[name] = self.tr("waiting")
        if self._progress:
            self._show_progress_label()
        job = self._job
        if self.is_training():
            self._say(self._training_text(len(job.data.train_y)))
        elif isinstance(job, LoadJob):
            loaded = next((n for n, file in self._loaded_from.items() if file == job.path.name), None)
            if self.is_busy():
                self._say(self._loading_text(job.path.name))
            elif loaded is not None:
                self._say(self._loaded_text(job.path.name, loaded))
        elif isinstance(job, TrainingJob):
            self._say(self._finished_text(job))
        self._show_pictures()

    # --- closing -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop training and any download, and wait for their threads (the window is closing)."""
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None
            self.timer.stop()
        self.data_panel.shutdown()
