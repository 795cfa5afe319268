"""Lesson L4.1's page: ``model.predict(test_images[0:10])`` drawn as ten bar charts.

A model comes from training the lesson's network here (in a worker thread, with progress and
Stop) or from a weights file; then each of the first ten test digits shows its ten
probabilities, the largest marked, with the true label, the argmax and the row's sum (1, as a
softmax must give). The page is a view of the MnistData it is given and of its LessonPredictions.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.mnist.data import MnistData
from desktop_app.core.mnist.lesson_predictions import (
    LESSON_FIRST_PREDICTION,
    LessonPredictions,
    lesson_predictions,
    model_from_weights,
)
from desktop_app.core.mnist.train import EpochRecord, Training, TrainSpec
from desktop_app.gui.lessons_l4.images import ink_image
from desktop_app.gui.panels.fonts import scaled
from desktop_app.gui.worker import WorkerThread

RIGHT = QColor("#1B7F3B")
WRONG = QColor("#C62828")
BAR = QColor("#9fb3dc")
COLUMNS = 5


class PredictionJob:
    """Train the lesson's network (or load weights), then yield the LessonPredictions.

    Runs in the worker thread; yields the Training's batch records and EpochRecords unchanged,
    then one LessonPredictions, also after Stop (what the network learned so far).
    """

    def __init__(self, data: MnistData, epochs: int | None = None, weights: Path | None = None,
                 device: str = "cpu") -> None:
        self.data = data
        self.epochs = epochs
        self.weights = weights
        self.device = device
        self.training: Training | None = None
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True
        if self.training is not None:
            self.training.cancel()

    def __iter__(self):
        if self.weights is not None:
            model = model_from_weights(self.weights)
        else:
            self.training = Training(TrainSpec(epochs=self.epochs, device=self.device), self.data)
            if self._cancelled:
                self.training.cancel()
            yield from self.training
            if not self.training.batch_history:
                return
            model = self.training.model
        yield lesson_predictions(model, self.data)


class DigitPrediction(QWidget):
    """One test digit: its image, true label, the ten probabilities as bars, the largest marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image = None
        self.label = -1
        self.probabilities: np.ndarray | None = None
        self.texts = ("", "", "")  # title, probability sum, placeholder

    def set_digit(self, pixels: np.ndarray, label: int, probabilities: np.ndarray | None,
                  texts: tuple[str, str, str]) -> None:
        self.image = ink_image(np.rint(np.asarray(pixels) * 255).astype(np.uint8))
        self.label = label
        self.probabilities = probabilities
        self.texts = texts
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        line = QFontMetrics(self.font()).height()
        return QSize(110, 7 * line + 60)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        side = min(self.width() * 0.32, self.height() * 0.32)
        if self.image is not None:
            painter.drawImage(QRectF(6, 6, side, side), self.image)
        painter.setPen(QColor("#202020"))
        text_left = side + 14
        title, total, placeholder = self.texts
        text_width = self.width() - text_left - 4
        for row, text in enumerate(title.splitlines()):  # each line elided: narrow cards stay tidy
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(text_width))
            painter.drawText(QRectF(text_left, 6 + row * line, text_width, line), Qt.AlignmentFlag.AlignLeft, elided)
        chart = QRectF(8, side + 14, self.width() - 16, self.height() - side - 20 - 2 * line)
        if self.probabilities is None:
            painter.setPen(QColor("#707070"))
            painter.drawText(chart, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, placeholder)
            return
        best = int(np.argmax(self.probabilities))
        width = chart.width() / 10
        for digit, p in enumerate(self.probabilities):
            height = max(1.0, float(p) * (chart.height() - line))
            bar = QRectF(chart.left() + digit * width + 2, chart.bottom() - height, width - 4, height)
            colour = (RIGHT if best == self.label else WRONG) if digit == best else BAR
            painter.fillRect(bar, colour)
            painter.setPen(QColor("#202020"))
            painter.drawText(QRectF(chart.left() + digit * width, chart.bottom() + 2, width, line),
                             Qt.AlignmentFlag.AlignHCenter, str(digit))
            if digit == best:
                value = f"{float(p):.4f}"
                text_width = metrics.horizontalAdvance(value)
                x = min(max(bar.center().x() - text_width / 2, chart.left()), chart.right() - text_width)
                painter.drawText(QRectF(x, bar.top() - line, text_width + 2, line), Qt.AlignmentFlag.AlignLeft, value)
        painter.setPen(QColor("#505050"))
        painter.drawText(QRectF(8, self.height() - line - 4, self.width() - 16, line),
                         Qt.AlignmentFlag.AlignLeft, total)


class PredictionsPage(QWidget):
    """Train or load weights; then ten digits with their probabilities and a summary line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: MnistData | None = None
        self.predictions: LessonPredictions | None = None
        self._job: PredictionJob | None = None
        self._thread: WorkerThread | None = None
        self.heading = QLabel(self.tr("L4.1  Using the model: predictions = model.predict(test_images[0:10])"))
        self.heading.setWordWrap(True)
        self.train_button = QPushButton(self.tr("Train the lesson's network"))
        self.train_button.setObjectName("TrainForPredictions")
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 5)
        self.epochs.setValue(1)
        self.epochs.setSuffix(self.tr(" epoch(s)"))
        self.epochs.setToolTip(self.tr("The lesson trains 5 epochs; one already gets most digits right."))
        self.load_button = QPushButton(self.tr("Load weights…"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Train the network (or load a weights file) to see its predictions."))
        self.status.setWordWrap(True)
        controls = QHBoxLayout()
        for widget in (self.train_button, self.epochs, self.load_button, self.stop_button):
            controls.addWidget(widget)
        controls.addWidget(self.progress, 1)
        self.digits = [DigitPrediction() for _ in range(10)]
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, digit in enumerate(self.digits):
            grid.addWidget(digit, *divmod(index, COLUMNS))
        self.summary = QLabel()
        self.summary.setObjectName("PredictionSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        layout.addWidget(self.summary)
        self.train_button.clicked.connect(self.train)
        self.load_button.clicked.connect(self.choose_weights)
        self.stop_button.clicked.connect(self.stop)
        self._apply_fonts()
        self._show()

    # ---- inputs ---------------------------------------------------------------------------------

    def set_data(self, data: MnistData | None) -> None:
        self.data = data
        self.predictions = None
        self._show()

    def is_busy(self) -> bool:
        return self._thread is not None

    def train(self) -> None:
        """Train the lesson's network for the chosen epochs in a worker thread."""
        if self.data is not None and not self.is_busy():
            self._run(PredictionJob(self.data, epochs=self.epochs.value()))

    def choose_weights(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Weights file"), str(Path.home()),
                                              self.tr("PyTorch weights (*.pt *.pth);;All files (*)"))
        if path:
            self.load_weights(path)

    def load_weights(self, path: str | Path) -> None:
        """Predict with the weights saved in `path` (e.g. by the MNIST tab's Save weights)."""
        if self.data is not None and not self.is_busy():
            self._run(PredictionJob(self.data, weights=Path(path)))

    def stop(self) -> None:
        if self._thread is not None:
            self._thread.worker.stop()

    def shutdown(self) -> None:
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None

    def _run(self, job: PredictionJob) -> None:
        self._job = job
        self._thread = WorkerThread(job)
        self._thread.worker.batch.connect(self._on_item)
        self._thread.worker.finished.connect(self._on_finished)
        self._thread.worker.failed.connect(self._on_failed)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Training…") if job.weights is None else self.tr("Loading the weights…"))
        self._thread.start()
        self._update_buttons()

    def _on_item(self, item: object) -> None:
        training = self._job.training if self._job is not None else None
        if isinstance(item, LessonPredictions):
            self.predictions = item
            self._show()
        elif isinstance(item, EpochRecord):
            self.status.setText(self.tr("Epoch {epoch}: test accuracy {accuracy:.1%}").format(
                epoch=item.epoch, accuracy=item.test_accuracy))
        elif training is not None and len(item):
            self.progress.setRange(0, training.total_batches)
            self.progress.setValue(int(item["step"][-1]))

    def _end(self) -> bool:
        """Tidy up after the worker's last signal; False for a late signal after shutdown()."""
        thread, self._thread = self._thread, None
        if thread is None:
            return False
        thread.thread.wait(2000)  # it has emitted its last signal and is quitting: never destroy it running
        return True

    def _on_finished(self, _result: object) -> None:
        if not self._end():
            return
        job = self._job
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if self.predictions is not None else 0)
        if job is not None and job.training is not None and job.training.epoch_history:
            last = job.training.epoch_history[-1]
            self.status.setText(self.tr("Trained {epochs} epoch(s) on {count:,} images: test accuracy {accuracy:.1%}")
                                .format(epochs=last.epoch, count=len(self.data.train_y), accuracy=last.test_accuracy))
        elif job is not None and job.weights is not None and self.predictions is not None:
            self.status.setText(self.tr("Predictions of the weights in {name}").format(name=job.weights.name))
        elif job is not None and job.training is not None and job.training.status == "stopped":
            self.status.setText(self.tr("Stopped during the first epoch: the predictions are those of "
                                        "the network so far."))
        self._update_buttons()

    def _on_failed(self, message: str, _details: str) -> None:
        if not self._end():
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Could not get predictions: {message}").format(message=message))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy, ready = self.is_busy(), self.data is not None
        self.train_button.setEnabled(ready and not busy)
        self.load_button.setEnabled(ready and not busy)
        self.epochs.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    # ---- the model -> the view ------------------------------------------------------------------

    def _show(self) -> None:
        self._update_buttons()
        p = self.predictions
        if self.data is None:
            self.summary.setText(self.tr("Load the MNIST files above first."))
            for digit in self.digits:
                digit.set_digit(np.zeros((28, 28)), -1, None, ("", "", ""))
            return
        for index, digit in enumerate(self.digits):
            label = int(self.data.test_y[index])
            pixels = self.data.test_x[index].reshape(28, 28)
            if p is None:
                title = self.tr("test_labels[{i}] = {label}").format(i=index, label=label)
                digit.set_digit(pixels, label, None, (title, "", self.tr("no model yet")))
                continue
            predicted = int(p.predicted[index])
            mark = "✓" if predicted == label else "✗"
            title = self.tr("predictions[{i}]\ntrue {label}\nargmax {predicted} {mark}").format(
                i=index, label=label, predicted=predicted, mark=mark)
            total = self.tr("sum = {total:.6f}").format(total=float(p.sums[index]))
            digit.set_digit(pixels, label, p.probabilities[index], (title, total, ""))
        if p is None:
            self.summary.setText(self.tr("The lesson: predictions[0] is ten probabilities whose largest, "
                                         "{value} at index {index}, matches test_labels[0] = 7.").format(
                value=LESSON_FIRST_PREDICTION[1], index=LESSON_FIRST_PREDICTION[0]))
            return
        self.summary.setText(self.tr(
            "predictions[0].argmax() = <b>{predicted}</b>, predictions[0][{predicted}] = <b>{value:.7f}</b>; "
            "test_labels[0] = {label}. {right} of 10 right. (The lesson, after 5 epochs on 60,000 images: "
            "{lesson} at index {index}.)").format(
            predicted=int(p.predicted[0]), value=float(p.largest[0]), label=int(p.labels[0]),
            right=int(p.correct.sum()), lesson=LESSON_FIRST_PREDICTION[1], index=LESSON_FIRST_PREDICTION[0]))

    # ---- fonts ----------------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        base = self.font()
        self.heading.setFont(scaled(base, 1.5, bold=True))
        for widget in (self.train_button, self.epochs, self.load_button, self.stop_button, self.status):
            widget.setFont(scaled(base, 1.15))
        self.summary.setFont(scaled(base, 1.3))
        for digit in self.digits:
            digit.setFont(scaled(base, 1.0))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
