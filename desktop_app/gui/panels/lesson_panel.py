"""The Lesson tab: the loaded preset's explanation, its result and a check against the lesson.

``LessonPanel(language="en")``

Methods
    ``show_preset(preset)``  show a `core.presets.Preset`: its title and explanation at once, its
                             numbers (`core.lesson_report.lesson_report`, computed off the GUI
                             thread) as soon as they are ready.
    ``is_current() -> bool`` whether what is shown belongs to the preset last given.
    ``report()``             the `LessonReport` on screen (None before the first one arrives).
    ``text() -> str``        every text on the panel, in reading order (tests, screen readers).

What it shows, top to bottom: the lesson and title; the explanation; "What the lesson printed",
one line per number of `Preset.expected` (✓ with the app's number, or ✗ with both); then each
section of the report as a small table, with L2.3's staircase and L3.4's grid drawn and the
by-hand gradients (L3.2, L4.4, L5.1/5.2) typeset with their numbers put in. A preset played on
a lesson-4 page says so; its checks are shown here too.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop_app.core.presets import Preset
from desktop_app.gui.formula import FormulaView
from desktop_app.gui.panels import lesson_words as words
from desktop_app.gui.panels.fonts import scaled
from desktop_app.gui.panels.lesson_plots import GridPlot, StaircasePlot
from desktop_app.gui.panels.lesson_table import LessonTable
from desktop_app.gui.panels.reflow import BREAK, breakable

#: One background thread computes reports, one after another (a report takes ~0.01-1 s).
_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gradient-lab-lesson-report")
POLL_MS = 25
OK_COLOUR = "#1B5E20"
MISS_COLOUR = "#B00020"


def _compute(preset: Preset):
    """The report, in a worker section: cycles are collected by the GUI thread, never here
    (gui.collection: a collection in a worker could free a closed window's Qt objects)."""
    from desktop_app.core.lesson_report import lesson_report
    from desktop_app.gui.collection import worker_section

    with worker_section():
        return lesson_report(preset)


class LessonPanel(QWidget):
    """See the module docstring."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LessonPanel")
        self.language = language
        self._preset: Preset | None = None
        self._report = None
        self._shown_for: Preset | None = None
        self._future: Future | None = None
        self._error = ""
        self.heading = QLabel(self.tr("Choose a lesson on the Lessons page: its result is shown here."))
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        for widget in (self.heading, self.explanation, self.note, self.body):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.formulas: list[FormulaView] = []
        self.staircase: StaircasePlot | None = None
        self.grid_plot: GridPlot | None = None
        self.check_labels: list[QLabel] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._apply_fonts()

    # --- the preset -> the view ------------------------------------------------------------

    def show_preset(self, preset: Preset) -> None:
        """Show `preset`'s title and explanation now and its numbers when they are computed."""
        self._preset = preset
        title = preset.title_ko if self.language == "ko" else preset.title
        self.heading.setText(f"{preset.lesson}  {title}")
        self.explanation.setText(breakable(preset.explanation_ko if self.language == "ko" else preset.explanation))
        self.note.setText(self.tr("Computing the lesson's numbers…"))
        self.note.show()
        self._clear_body()
        self._future = _EXECUTOR.submit(_compute, preset)
        self._timer.start()

    @property
    def preset(self) -> Preset | None:
        """The preset whose lesson result this tab shows."""
        return self._preset

    def title(self) -> str:
        """The label of the window's tab holding this panel."""
        return self.tr("Lesson")

    def is_current(self) -> bool:
        return self._preset is not None and self._shown_for is self._preset

    def report(self):
        return self._report if self.is_current() else None

    def _poll(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._timer.stop()
        self._future = None
        preset = self._preset
        try:
            report = future.result()
        except Exception as error:  # noqa: BLE001 - the core's message, shown; the window stays usable
            self._error = f"{type(error).__name__}: {error}"
            report = None
        if report is not None and report.preset != preset.name:  # a newer preset was given meanwhile
            self._future = _EXECUTOR.submit(_compute, preset)
            self._timer.start()
            return
        self._report = report
        self._shown_for = preset
        self._draw()

    # --- drawing ---------------------------------------------------------------------------

    def _clear_body(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone now: deleteLater waits for the event loop's turn
                item.widget().deleteLater()
        self.formulas, self.check_labels = [], []
        self.staircase = self.grid_plot = None

    def _draw(self) -> None:
        self._clear_body()
        report, preset = self._report, self._preset
        if report is None:
            self.note.setText(self.tr("The lesson's numbers could not be computed: {error}").format(error=self._error))
            return
        self.note.setText(self.tr("This lesson is played on the “Lesson 4 pages” tab in the centre.")
                          if preset.page else "")
        self.note.setVisible(bool(self.note.text()))
        if report.checks or not preset.page:
            self._add_title(self.tr("What the lesson printed"))
        if report.checks:
            for check in report.checks:
                label = self._label(words.check_line(check), mono=False)
                label.setStyleSheet(f"color: {OK_COLOUR if check.ok else MISS_COLOUR};")
                label.setObjectName("LessonCheckOk" if check.ok else "LessonCheckMiss")
                self.check_labels.append(label)
                self.body_layout.addWidget(label)
        elif not preset.page:
            self.body_layout.addWidget(self._label(
                self.tr("The lesson printed no number here; below is what the app computes."), mono=False))
        for section in report.sections:
            self._add_section(section)
        for index in range(self.body_layout.count()):  # on screen now, not at the layout's next pass
            self.body_layout.itemAt(index).widget().show()

    def _add_title(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setFont(scaled(self.font(), 1.15, bold=True))
        label.setObjectName("LessonSectionTitle")
        self.body_layout.addWidget(label)

    def _label(self, text: str, mono: bool = True, bold: bool = False, wrap: bool | None = None,
               size: float = 1.1) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(not mono if wrap is None else wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFont(scaled(self.font(), size, bold=bold, mono=mono))
        return label

    def _add_section(self, section) -> None:
        self._add_title(words.section_title(section))
        scale = self._plot_scale()
        if section.kind == "accuracy":
            self.staircase = StaircasePlot()
            self.staircase.set_section(section, scale)
            self.body_layout.addWidget(self.staircase)
        if section.kind == "grid":
            self.grid_plot = GridPlot()
            self.grid_plot.set_section(section, scale)
            self.body_layout.addWidget(self.grid_plot)
        for formula in section.formulas:
            view = FormulaView()
            view.setFont(scaled(self.font(), 1.05))
            view.set_formula(formula.latex, formula.text)
            self.formulas.append(view)
            self.body_layout.addWidget(view)
        summary = words.section_summary(section)
        if summary:
            self.body_layout.addWidget(self._label(summary, mono=False))
        if section.rows:
            self.body_layout.addWidget(self._table(section))

    def _table(self, section) -> LessonTable:
        headers = [words.row_header(section), *(words.column(c) for c in section.columns)]
        rows = [(words.row_label(row, section), words.row_cells(row, section)) for row in section.rows]
        return LessonTable(headers, rows, self.font())

    def _plot_scale(self) -> float:
        base = QApplication.font().pointSizeF()
        return max(1.0, self.font().pointSizeF() / base) if base > 0 else 1.0

    # --- reading ---------------------------------------------------------------------------

    def text(self) -> str:
        """Every text on the panel in reading order; formulas as their plain text."""
        parts = [self.heading.text(), self.explanation.text(), self.note.text()]
        for index in range(self.body_layout.count()):
            widget = self.body_layout.itemAt(index).widget()
            if isinstance(widget, (FormulaView, QLabel)):
                parts.append(widget.text())
            elif isinstance(widget, LessonTable):
                parts.extend(widget.lines())
        return "\n".join(p for p in parts if p).replace(BREAK, "")

    # --- fonts -----------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        base = self.font()
        self.heading.setFont(scaled(base, 1.35, bold=True))
        self.explanation.setFont(scaled(base, 1.1))
        self.note.setFont(scaled(base, 1.05))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
            if self.is_current():
                self._draw()
