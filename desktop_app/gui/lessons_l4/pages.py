"""The three lesson-L4 pages in one place: MNIST data once, then Predictions, Tensors, Vectorising.

``LessonFourPages(cache_dir=None)`` is what the window shows for a preset whose `page` is
"predictions" (L4.1), "tensors" (L4.2) or "vectorise" (L4.3): `show_page(kind)` brings that page
to the front. The MNIST files are found, downloaded or chosen with the MNIST tab's own data panel;
the uint8 tensors the lesson slices are made from them off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop_app.core.mnist.data import MnistData
from desktop_app.core.tensor_slices import lesson_tensors
from desktop_app.gui.lessons_l4.predictions_page import PredictionsPage
from desktop_app.gui.lessons_l4.race_page import RacePage
from desktop_app.gui.lessons_l4.tensor_page import TensorPage
from desktop_app.gui.mnist.data_panel import BackgroundTask, DataPanel

#: Preset `page` kinds, in tab order.
PAGES = ("predictions", "tensors", "vectorise")


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class LessonFourPages(QWidget):
    """Data panel above three tabs; see the module docstring."""

    def __init__(self, cache_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_panel = DataPanel(cache_dir)
        self.predictions = PredictionsPage()
        self.tensors = TensorPage()
        self.race = RacePage()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolled(self.predictions), self.tr("L4.1 Predictions"))
        self.tabs.addTab(_scrolled(self.tensors), self.tr("L4.2 Tensors"))
        self.tabs.addTab(_scrolled(self.race), self.tr("L4.3 Vectorising"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.data_panel)
        layout.addWidget(self.tabs, 1)
        self._task: BackgroundTask | None = None
        self.data_panel.data_changed.connect(self._on_data)
        self.tabs.currentChanged.connect(self._on_tab)

    def title(self) -> str:
        """The label of the window's tab holding these pages."""
        return self.tr("Lesson 4 pages")

    def show_page(self, kind: str) -> None:
        """Bring the page of a preset's `page` kind to the front (ValueError for another kind)."""
        if kind not in PAGES:
            raise ValueError(f"no lesson-4 page `{kind}`: choose one of {', '.join(PAGES)}")
        self.tabs.setCurrentIndex(PAGES.index(kind))
        self._on_tab(self.tabs.currentIndex())

    def current_page(self) -> str:
        return PAGES[self.tabs.currentIndex()]

    def _on_tab(self, index: int) -> None:
        if PAGES[index] != "vectorise":  # the race needs no data: don't spend memory on MNIST for it
            self.data_panel.ensure_loaded()

    def _on_data(self, data: MnistData | None) -> None:
        self.predictions.set_data(data)
        if data is None:
            self.tensors.set_tensors({})
            return
        task = BackgroundTask(lambda _report: lesson_tensors(data), self)
        task.succeeded.connect(self.tensors.set_tensors)
        task.finished.connect(self._forget_task)
        task.finished.connect(task.deleteLater)
        self._task = task
        task.start()

    def _forget_task(self) -> None:
        self._task = None

    def is_busy(self) -> bool:
        return self.race.is_running() or self.predictions.is_busy() or self.data_panel.busy()

    def shutdown(self) -> None:
        """Stop the race, a training and any file work, and wait for their threads."""
        self.race.shutdown()
        self.predictions.shutdown()
        self.data_panel.shutdown()
        if self._task is not None:
            self._task.wait(10_000)
