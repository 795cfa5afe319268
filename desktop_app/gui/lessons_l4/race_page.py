"""Lesson L4.3's page: the naive loops race the vectorised line, live, beside the lesson's numbers.

The race (`core.vectorise_race.Race`) runs in a worker thread (`gui.worker.WorkerThread`); each
progress report moves its contender's bar and time. The times are drawn as bars on a log scale
(0.002 s and 1 s side by side on a linear scale would hide the fast bar), next to the 1.86 s and
0.01 s the lesson printed, and the ratio is written out: that ratio is the lesson. The
broadcasting view sits beside it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
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

from desktop_app.core.vectorise_race import CONTENDERS, LESSON_SECONDS, Race, RaceProgress, available_contenders
from desktop_app.gui.lessons_l4.broadcast_view import BroadcastView
from desktop_app.gui.panels.fonts import scaled
from desktop_app.gui.worker import WorkerThread

NAIVE_COLOUR = QColor("#C62828")
FAST_COLOUR = QColor("#1f4fbf")
LESSON_COLOUR = QColor("#9e9e9e")
#: Narrower than this, the broadcasting view goes below the race instead of beside it.
SIDE_BY_SIDE_WIDTH = 1000
#: The log axis of the bars, in seconds.
AXIS = (1e-4, 10.0)

NAIVE_CODE = """for _ in range(1000):
    z = naive_add(x, y)
    z = naive_relu(z)"""
VECTOR_CODE = """for _ in range(1000):
    z = x + y
    z = np.maximum(z, 0.)"""


def seconds_text(seconds: float) -> str:
    """1.86 s, 23 ms, 450 µs: three significant digits at most."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


class RaceBars(QWidget):
    """Horizontal bars on a log time axis: the lesson's two times (grey) and each measured one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.rows: list[tuple[str, float | None, QColor, bool]] = []  # label, seconds, colour, running

    def set_rows(self, rows: list[tuple[str, float | None, QColor, bool]]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(QFontMetrics(self.font()).height() * 1.9)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, self._row_height() * (len(self.rows) + 1) + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, self.sizeHint().height())

    def x_of(self, seconds: float, left: float, right: float) -> float:
        lo, hi = (math.log10(v) for v in AXIS)
        t = (math.log10(min(max(seconds, AXIS[0]), AXIS[1])) - lo) / (hi - lo)
        return left + t * (right - left)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = max([metrics.horizontalAdvance(label) for label, *_ in self.rows] + [80]) + 12
        left, right = label_width, self.width() - metrics.horizontalAdvance("00.00 ms (…)") - 10
        row_height = self._row_height()
        for index, (label, seconds, colour, running) in enumerate(self.rows):
            top = 4 + index * row_height
            painter.setPen(QColor("#202020"))
            painter.drawText(QRectF(0, top, label_width - 8, row_height), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
            if seconds is None:
                continue
            end = self.x_of(seconds, left, right)
            bar = QRectF(left, top + row_height * 0.18, max(2.0, end - left), row_height * 0.64)
            painter.fillRect(bar, colour.lighter(135) if running else colour)
            painter.setPen(QColor("#202020"))
            text = seconds_text(seconds) + (" …" if running else "")
            painter.drawText(QRectF(bar.right() + 6, top, 200, row_height), Qt.AlignmentFlag.AlignVCenter, text)
        axis_top = 4 + len(self.rows) * row_height
        painter.setPen(QPen(QColor("#707070"), 1))
        painter.drawLine(int(left), axis_top, int(right), axis_top)
        exponent = round(math.log10(AXIS[0]))
        while 10.0 ** exponent <= AXIS[1] * 1.0001:
            x = self.x_of(10.0 ** exponent, left, right)
            painter.drawLine(int(x), axis_top, int(x), axis_top + 5)
            tick = f"{10.0 ** exponent:g} s" if exponent >= 0 else seconds_text(10.0 ** exponent)
            width = metrics.horizontalAdvance(tick)
            painter.drawText(QRectF(x - width / 2 - 2, axis_top + 5, width + 4, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, tick)
            exponent += 1


class RacePage(QWidget):
    """Start/Stop, a progress bar per contender, the time bars and the ratio; broadcasting beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.race: Race | None = None
        self._thread: WorkerThread | None = None
        self.seconds: dict[str, float] = {}
        self.running: str | None = None
        self.contenders = available_contenders()
        self.heading = QLabel(self.tr("L4.3  Element-wise operations: naive loops against vectorised code"))
        self.heading.setWordWrap(True)
        self.setup = QLabel(self.tr("x = np.random.random((20, 100)) and y the same; relu(x + y) computed "
                                    "1,000 times each way:"))
        self.setup.setWordWrap(True)
        self.naive_code = self._code_box(NAIVE_CODE, NAIVE_COLOUR)
        self.vector_code = self._code_box(VECTOR_CODE, FAST_COLOUR)
        codes = QHBoxLayout()
        codes.addWidget(self.naive_code)
        codes.addWidget(self.vector_code)

        self.start_button = QPushButton(self.tr("Start the race"))
        self.start_button.setObjectName("StartRace")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.repetitions = QSpinBox()
        self.repetitions.setRange(10, 100_000)
        self.repetitions.setSingleStep(100)
        self.repetitions.setValue(1000)
        self.repetitions.setSuffix(self.tr(" repetitions"))
        controls = QHBoxLayout()
        controls.addWidget(self.start_button)
        controls.addWidget(self.stop_button)
        controls.addWidget(self.repetitions)
        controls.addStretch(1)

        self.progress: dict[str, QProgressBar] = {}
        self.names: dict[str, QLabel] = {}
        progress = QGridLayout()
        for row, key in enumerate(self.contenders):
            self.names[key] = QLabel(self.contender_name(key))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setFormat("%v / %m")
            self.progress[key] = bar
            progress.addWidget(self.names[key], row, 0)
            progress.addWidget(bar, row, 1)
        self.missing_gpu = QLabel()
        self.missing_gpu.setStyleSheet("color: #707070;")
        if "torch-cuda" not in self.contenders:
            self.missing_gpu.setText(self.tr("No CUDA GPU here: the torch CUDA contender sits this race out."))
        self.bars = RaceBars()
        self.ratio = QLabel()
        self.ratio.setObjectName("RaceRatio")
        self.ratio.setWordWrap(True)
        self.ratio.setTextFormat(Qt.TextFormat.RichText)
        self.same = QLabel()
        self.same.setWordWrap(True)

        race = QWidget()
        race_layout = QVBoxLayout(race)
        race_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.setup):
            race_layout.addWidget(widget)
        race_layout.addLayout(codes)
        race_layout.addLayout(controls)
        race_layout.addLayout(progress)
        race_layout.addWidget(self.missing_gpu)
        race_layout.addWidget(self.bars)
        race_layout.addWidget(self.ratio)
        race_layout.addWidget(self.same)
        race_layout.addStretch(1)
        self.broadcast = BroadcastView()
        self.sides = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.sides.addWidget(race, 1)
        self.sides.addWidget(self.broadcast, 1)

        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self._apply_fonts()
        self._show()

    def _code_box(self, code: str, colour: QColor) -> QLabel:
        box = QLabel(code)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet(f"QLabel {{ border-left: 5px solid {colour.name()}; padding: 6px; background: #f7f7f7; }}")
        return box

    def contender_name(self, key: str) -> str:
        return {
            "numpy-naive": self.tr("naive loops (Python)"),
            "numpy": self.tr("NumPy vectorised"),
            "torch-cpu": self.tr("torch vectorised, CPU"),
            "torch-cuda": self.tr("torch vectorised, CUDA"),
        }[key]

    # ---- running ----------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Run the race in a worker thread; progress arrives as signals."""
        if self.is_running():
            return
        self.race = Race(self.contenders, repetitions=self.repetitions.value())
        self.seconds.clear()
        for bar in self.progress.values():
            bar.setRange(0, self.race.repetitions)
            bar.setValue(0)
        self._thread = WorkerThread(self.race)
        self._thread.worker.batch.connect(self._on_progress)
        self._thread.worker.finished.connect(self._on_finished)
        self._thread.worker.failed.connect(self._on_failed)
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.repetitions.setEnabled(False)
        self.same.clear()
        self._thread.start()
        self._show()

    def stop(self) -> None:
        if self._thread is not None:
            self._thread.worker.stop()

    def shutdown(self) -> None:
        """Stop and wait (the window closes)."""
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None

    def _on_progress(self, progress: RaceProgress) -> None:
        self.progress[progress.contender].setValue(progress.done)
        self.seconds[progress.contender] = progress.seconds
        self.running = None if progress.finished else progress.contender
        self._show()

    def _end(self) -> bool:
        """Tidy up after the worker's last signal; False for a late signal after shutdown()."""
        thread, self._thread = self._thread, None
        if thread is None:
            return False
        thread.thread.wait(2000)  # it has emitted its last signal and is quitting: never destroy it running
        self.running = None
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.repetitions.setEnabled(True)
        return True

    def _on_finished(self, _results: object) -> None:
        if not self._end():
            return
        race = self.race
        if race is not None and race.cancelled:
            self.same.setText(self.tr("Stopped: the times shown are for the repetitions done so far."))
        elif race is not None:
            if all(result.same_result for result in race.results):
                self.same.setText(self.tr("Every contender computed the same z (np.array_equal): "
                                          "only the speed differs."))
            else:
                wrong = [self.contender_name(r.contender) for r in race.results if not r.same_result]
                self.same.setText(self.tr("Different results from: {names}").format(names=", ".join(wrong)))
        self._show()

    def _on_failed(self, message: str, _details: str) -> None:
        if not self._end():
            return
        self.same.setText(self.tr("The race failed: {message}").format(message=message))

    # ---- the model -> the view ------------------------------------------------------------------

    def _show(self) -> None:
        naive = self.tr("naive loops")
        vectorised = "np.maximum(x + y, 0.)"
        rows: list[tuple[str, float | None, QColor, bool]] = [
            (self.tr("the lesson: {what}").format(what=naive), LESSON_SECONDS["naive"], LESSON_COLOUR, False),
            (self.tr("the lesson: {what}").format(what=vectorised), LESSON_SECONDS["vectorised"], LESSON_COLOUR, False),
        ]
        for key in self.contenders:
            colour = NAIVE_COLOUR if CONTENDERS[key].side == "naive" else FAST_COLOUR
            rows.append((self.tr("here: {what}").format(what=self.contender_name(key)), self.seconds.get(key),
                         colour, key == self.running))
        self.bars.set_rows(rows)
        self.ratio.setText(self.ratio_text())

    def ratio_text(self) -> str:
        lesson = LESSON_SECONDS["naive"] / LESSON_SECONDS["vectorised"]
        race = self.race
        if race is None or race.result_of("numpy-naive") is None:
            return self.tr("The lesson measured the vectorised line <b>{ratio:.0f}×</b> faster. Press Start "
                           "to measure it here.").format(ratio=lesson)
        lines = []
        for result in race.results:
            if result.contender == "numpy-naive":
                continue
            lines.append(self.tr("<b>{name}: {ratio:,.0f}× faster</b> than the naive loops").format(
                name=self.contender_name(result.contender), ratio=race.speedup(result.contender)))
        lines.append(self.tr("(the lesson: {ratio:.0f}×)").format(ratio=lesson))
        return "<br>".join(lines)

    # ---- fonts ----------------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        base = self.font()
        self.heading.setFont(scaled(base, 1.5, bold=True))
        for label in (self.setup, self.same, self.missing_gpu, *self.names.values()):
            label.setFont(scaled(base, 1.15))
        for box in (self.naive_code, self.vector_code):
            box.setFont(scaled(base, 1.05, mono=True))
        for widget in (self.start_button, self.stop_button, self.repetitions):
            widget.setFont(scaled(base, 1.2))
        self.bars.setFont(scaled(base, 1.1))
        self.ratio.setFont(scaled(base, 1.45))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Race and broadcasting side by side on a wide screen, one above the other otherwise."""
        super().resizeEvent(event)
        wide = self.width() >= SIDE_BY_SIDE_WIDTH
        self.sides.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
