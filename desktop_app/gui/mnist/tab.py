"""The MNIST tab: lesson L4's network trained live, then what it gets right and wrong.

Assembly only: the data panel finds or downloads the files, the settings panel gives a core
TrainSpec, a TrainingJob runs in gui.worker's thread and its records arrive by signal; plots are
redrawn by a ~30 Hz timer from buffers, and the pictures show the final predictions. Stop acts
within one batch; nothing here blocks the GUI thread for longer than a repaint.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.mnist.data import MnistData
from desktop_app.core.mnist.history import write_history_csv
from desktop_app.core.mnist.results import Predictions
from desktop_app.core.mnist.train import EpochRecord
from desktop_app.core.mnist.weights import save_weights
from desktop_app.gui.mnist.data_panel import DataPanel
from desktop_app.gui.mnist.job import TrainingJob
from desktop_app.gui.mnist.pictures import ConfusionView, DigitGrid, WeightGrid
from desktop_app.gui.mnist.plots import LivePlots
from desktop_app.gui.mnist.settings_panel import SettingsPanel
from desktop_app.gui.worker import WorkerThread

REFRESH_MS = 33
#: Tab width, in font points, from which settings, curves and pictures are all shown at once.
WIDE_POINTS = 110


class MnistTab(QWidget):
    """Self-contained tab; the window adds it and calls `shutdown()` when closing."""

    def __init__(self, parent: QWidget | None = None, cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._job: TrainingJob | None = None
        self._thread: WorkerThread | None = None
        self._data: MnistData | None = None
        self._predictions: Predictions | None = None
        self._total_batches = 0
        self._batches_per_epoch = 0
        self._epochs = 0
        self._done = 0
        self._started = 0.0
        self._base_point_size = QApplication.font().pointSizeF()

        self.data_panel = DataPanel(cache_dir)
        self.settings = SettingsPanel()
        self.train_button = QPushButton(self.tr("Train"))
        self.stop_button = QPushButton(self.tr("Stop"))
        for button in (self.train_button, self.stop_button):
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setMinimumHeight(button.sizeHint().height() * 1.3)
        self.settings_toggle = QPushButton(self.tr("Hide settings"))
        self.settings_toggle.setCheckable(True)
        self.settings_toggle.setToolTip(self.tr("Give the curves and pictures the whole width"))
        self.export_button = QPushButton(self.tr("Export history (CSV)…"))
        self.weights_button = QPushButton(self.tr("Save weights…"))

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self.tr("Not started"))
        self.progress_label.setWordWrap(True)
        font = self.progress_label.font()
        font.setBold(True)
        self.progress_label.setFont(font)
        self.status = QLabel(self.tr("Press Train to fit the lesson's network to the digits."))
        self.status.setWordWrap(True)
        self.plots = LivePlots()

        self.digits = DigitGrid()
        self.mistakes_only = QCheckBox(self.tr("Only the mistakes"))
        self.digits_summary = QLabel(self.tr("Under each digit: prediction (true label). Mistakes are framed in red."))
        self.digits_summary.setWordWrap(True)
        self.confusion = ConfusionView()
        self.confusion_summary = QLabel(self.tr("Rows: the true digit; columns: the network's answer."))
        self.confusion_summary.setWordWrap(True)
        self.weights = WeightGrid()
        self.weights_note = QLabel(self.tr(
            "Each picture is one hidden unit's 784 input weights: red where ink raises the unit, "
            "blue where it lowers it."))
        self.weights_note.setWordWrap(True)
        self.weights_change = QCheckBox(self.tr("Change since the start"))
        self.weights_change.setToolTip(self.tr(
            "Show what training added to the random starting weights: the strokes each unit learned to look for"))
        self.results = QTabWidget()
        self.results.addTab(self._column(self._stack(self.digits_summary, self.mistakes_only), self.digits),
                            self.tr("Test digits"))
        self.results.addTab(self._column(self.confusion_summary, self.confusion), self.tr("Confusion matrix"))
        self.results.addTab(self._column(self._stack(self.weights_note, self.weights_change), self.weights),
                            self.tr("First-layer weights"))

        self._build_layout()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.plots.refresh)

        self.data_panel.data_changed.connect(self._on_data)
        self.train_button.clicked.connect(self.train)
        self.stop_button.clicked.connect(self.stop)
        self.export_button.clicked.connect(lambda: self.export_history())
        self.weights_button.clicked.connect(lambda: self.export_weights())
        self.mistakes_only.toggled.connect(self.digits.set_mistakes_only)
        self.weights_change.toggled.connect(self._show_weights)
        self.settings_toggle.toggled.connect(self._toggle_settings)
        self._data = self.data_panel.data
        self._update_buttons()
        self._follow_font()

    # --- layout ------------------------------------------------------------------------------

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        return row

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

    def _build_layout(self) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.data_panel)
        side_layout.addWidget(self.settings)
        side_layout.addWidget(self.export_button)
        side_layout.addWidget(self.weights_button)
        side_layout.addStretch(1)
        self.side_scroll = scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        top = self._row(self.train_button, self.stop_button)
        top.addStretch(1)
        top.addWidget(self.settings_toggle)
        content_layout.addLayout(top)
        content_layout.addWidget(self.progress_label)
        content_layout.addWidget(self.progress)
        content_layout.addWidget(self.status)
        self.views = QSplitter(Qt.Orientation.Vertical)
        self.views.addWidget(self.plots)
        self.views.addWidget(self.results)
        self.views.setSizes([4000, 5000])  # proportions: the pictures need room to be read from afar
        content_layout.addWidget(self.views, 1)
        self._wide = True

        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.addWidget(scroll)
        self.sides.addWidget(self.content)
        self.sides.setCollapsible(0, False)
        self.sides.setStretchFactor(0, 0)
        self.sides.setStretchFactor(1, 1)
        self.sides.setSizes([side.sizeHint().width(), 4 * side.sizeHint().width()])
        layout = QHBoxLayout(self)
        layout.addWidget(self.sides)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.data_panel.ensure_loaded()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Wide: settings left, curves above pictures. Narrow (e.g. between the window's side
        panels): settings, curves and pictures become tabs under the Train/Stop bar."""
        wide = self.width() >= WIDE_POINTS * self.font().pointSizeF()
        if wide == self._wide:
            return
        self._wide = wide
        if wide:
            for widget in (self.side_scroll, self.plots):
                self.results.removeTab(self.results.indexOf(widget))
            self.sides.insertWidget(0, self.side_scroll)
            self.views.insertWidget(0, self.plots)
            self.views.setSizes([4000, 5000])
            self.side_scroll.setVisible(not self.settings_toggle.isChecked())
        else:
            self.results.insertTab(0, self.side_scroll, self.tr("Settings"))
            self.results.insertTab(1, self.plots, self.tr("Training curves"))
            self.results.setCurrentIndex(1 if self.is_training() else 0)
            self.side_scroll.show()
        self.settings_toggle.setVisible(wide)
        self.plots.show()

    def _toggle_settings(self, hidden: bool) -> None:
        self.side_scroll.setVisible(not hidden)
        self.settings_toggle.setText(self.tr("Show settings") if hidden else self.tr("Hide settings"))

    def _follow_font(self) -> None:
        """Plots and the settings column follow the font the window sets for zoom and presentation."""
        if self._base_point_size > 0:
            self.plots.apply_scale(self.font().pointSizeF() / self._base_point_size)
        scroll = self.side_scroll
        bar_width = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(scroll.widget().minimumSizeHint().width() + bar_width + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ParentChange):
            self._follow_font()
        super().changeEvent(event)

    # --- state -------------------------------------------------------------------------------

    def is_training(self) -> bool:
        return self._thread is not None

    @property
    def predictions(self) -> Predictions | None:
        """The last training's predictions on the test set (shown in the pictures), if any."""
        return self._predictions

    def _update_buttons(self) -> None:
        training = self.is_training()
        self.train_button.setEnabled(not training and self._data is not None)
        self.stop_button.setEnabled(training)
        self.settings.setEnabled(not training)
        self.data_panel.setEnabled(not training)
        has_run = not training and self._job is not None and self._job.training is not None
        self.export_button.setEnabled(has_run and bool(self._job.training.batch_history))
        self.weights_button.setEnabled(has_run)

    def _on_data(self, data: MnistData | None) -> None:
        self._data = data
        self._update_buttons()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #C62828; font-weight: bold;" if error else "")

    # --- training ----------------------------------------------------------------------------

    def train(self) -> None:
        """Start training with the current settings on the loaded data."""
        if self.is_training() or self._data is None:
            return
        try:
            spec = self.settings.spec()
        except ValueError as error:
            self._say(str(error), error=True)
            return
        data = self._data.limit_train(self.settings.limit_train())
        self._batches_per_epoch = -(-len(data.train_y) // spec.batch_size)
        self._epochs = spec.epochs
        self._total_batches = self._batches_per_epoch * spec.epochs
        self._done = 0
        self._started = time.monotonic()
        self.plots.clear()
        self._show_predictions(None)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Preparing…"))
        self._say(self.tr("Training on {count:,} images…").format(count=len(data.train_y)))
        self._job = TrainingJob(spec, data)
        self._thread = WorkerThread(self._job, flush_seconds=1 / 30)
        self._thread.worker.batch.connect(self._on_item)
        self._thread.worker.finished.connect(self._on_finished)
        self._thread.worker.failed.connect(self._on_failed)
        self._thread.start()
        self.timer.start()
        if not self._wide:
            self.results.setCurrentWidget(self.plots)
        self._update_buttons()

    def stop(self) -> None:
        """Ask the training to stop; it ends before its next batch."""
        if self._thread is not None:
            self._thread.worker.stop()
            self.stop_button.setEnabled(False)
            self._say(self.tr("Stopping…"))

    def _on_item(self, item: object) -> None:
        if isinstance(item, np.ndarray):
            self.plots.add_batches(item)
            self._show_progress(item[-1])
        elif isinstance(item, EpochRecord):
            self.plots.add_epoch(item)
            self._say(self.tr(
                "Epoch {epoch}: train accuracy {train:.1%}, test accuracy {test:.1%} ({seconds:.1f} s)"
            ).format(epoch=item.epoch, train=item.train_accuracy, test=item.test_accuracy, seconds=item.seconds))
        elif isinstance(item, Predictions):
            self._show_predictions(item)

    def _show_progress(self, last_row: np.void) -> None:
        self._done = int(last_row["step"])
        elapsed = time.monotonic() - self._started
        left = elapsed / self._done * (self._total_batches - self._done)
        self.progress.setValue(round(1000 * self._done / max(self._total_batches, 1)))
        self.progress_label.setText(self.tr("Epoch {epoch}/{epochs} · batch {batch}/{batches} · {left} left").format(
            epoch=int(last_row["epoch"]), epochs=self._epochs, batch=int(last_row["batch"]),
            batches=self._batches_per_epoch, left=self._duration(left)))

    def _duration(self, seconds: float) -> str:
        seconds = round(seconds)
        if seconds < 60:
            return self.tr("{s} s").format(s=seconds)
        return self.tr("{m} min {s:02d} s").format(m=seconds // 60, s=seconds % 60)

    def _show_predictions(self, predictions: Predictions | None) -> None:
        self._predictions = predictions
        self.digits.set_predictions(predictions)
        self.confusion.set_counts(None if predictions is None else predictions.confusion)
        self._show_weights()
        if predictions is None:
            self.digits_summary.setText(
                self.tr("Under each digit: prediction (true label). Mistakes are framed in red.")
            )
            self.confusion_summary.setText(self.tr("Rows: the true digit; columns: the network's answer."))
            return
        errors = predictions.confusion.copy()
        np.fill_diagonal(errors, 0)
        true, guess = np.unravel_index(int(errors.argmax()), errors.shape)
        self.confusion_summary.setText(self.tr(
            "Rows: the true digit; columns: the network's answer. Most frequent mistake: "
            "{true} taken for {guess} ({count:,} times)."
        ).format(true=true, guess=guess, count=int(errors[true, guess])))
        mistakes = int((predictions.predicted != predictions.labels).sum())
        self.digits_summary.setText(self.tr(
            "Test accuracy {accuracy:.2%}: {mistakes:,} mistakes in {count:,} test digits. "
            "Under each digit: prediction (true label); mistakes framed in red."
        ).format(accuracy=predictions.accuracy, mistakes=mistakes, count=len(predictions.labels)))

    def _show_weights(self) -> None:
        p = self._predictions
        if p is None:
            self.weights.set_weights(None)
        elif self.weights_change.isChecked() and self._job.initial_first_layer is not None:
            self.weights.set_weights(p.first_layer - self._job.initial_first_layer)
        else:
            self.weights.set_weights(p.first_layer)

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
        if not self._end():
            return
        training = self._job.training
        history = training.epoch_history
        if training.status == "stopped":
            self.progress_label.setText(self.tr("Stopped after {done} of {total} batches").format(
                done=self._done, total=self._total_batches))
            self._say(self.tr("Stopped. The pictures show what the network had learned by then.")
                      if training.batch_history else self.tr("Stopped before the first batch."))
        elif history:
            self.progress.setValue(1000)
            self.progress_label.setText(self.tr("Done: epoch {epoch}/{epochs} in {time}").format(
                epoch=len(history), epochs=self._epochs, time=self._duration(time.monotonic() - self._started)))
            self._say(self.tr("Finished: train accuracy {train:.1%}, test accuracy {test:.1%}.").format(
                train=history[-1].train_accuracy, test=history[-1].test_accuracy))

    def _on_failed(self, message: str, _details: str) -> None:
        if not self._end():
            return
        self.progress_label.setText(self.tr("Failed"))
        self._say(self.tr("Training failed: {message}").format(message=message), error=True)

    # --- export ------------------------------------------------------------------------------

    def _save_path(self, title: str, name: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filters)
        return path or None

    def export_history(self, path: str | Path | None = None) -> bool:
        """Write the per-batch and per-epoch history as CSV (asks for a file when `path` is None)."""
        if self._job is None or self._job.training is None:
            return False
        path = path or self._save_path(self.tr("Export training history"), "mnist-history.csv",
                                       self.tr("CSV files (*.csv)"))
        if not path:
            return False
        training = self._job.training
        try:
            write_history_csv(path, training.batch_records(), training.epoch_history)
        except OSError as error:
            self._say(self.tr("Could not write {path}: {error}").format(path=path, error=error), error=True)
            return False
        self._say(self.tr("History written to {path}").format(path=path))
        return True

    def export_weights(self, path: str | Path | None = None) -> bool:
        """Save the trained weights with torch.save (asks for a file when `path` is None)."""
        if self._job is None or self._job.training is None:
            return False
        path = path or self._save_path(self.tr("Save weights"), "mnist-weights.pt",
                                       self.tr("PyTorch weights (*.pt)"))
        if not path:
            return False
        try:
            save_weights(self._job.training.model, path)
        except OSError as error:
            self._say(self.tr("Could not write {path}: {error}").format(path=path, error=error), error=True)
            return False
        self._say(self.tr("Weights saved to {path}").format(path=path))
        return True

    # --- closing -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop training and any download, and wait for their threads (the window is closing)."""
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None
            self.timer.stop()
        self.data_panel.shutdown()
