"""The kept runs: a colour-coded list to show/hide each on the plots, and to remove runs.

Why: overlaying earlier runs (other learning rates or optimizers) is how a class compares them;
the list is the legend that can be clicked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.run_list import RecordedRun, RunList
from desktop_app.gui.texts import reason_text, status_text


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RunsPanel(QWidget):
    """Check a run to show it, select and press Remove to drop it."""

    def __init__(self, runs: RunList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs = runs
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(self.tr("Remove selected runs"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.show_all = QPushButton(self.tr("Show all"))
        self.show_all.clicked.connect(lambda: [runs.set_visible(r, True) for r in runs])
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_all)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(self._on_item_changed)
        for signal in (runs.added, runs.removed, runs.changed):
            signal.connect(lambda _run: self._rebuild())
        self._busy: set[RecordedRun] = set()

    def set_busy_runs(self, busy) -> None:
        """Runs still going cannot be removed."""
        self._busy = set(busy)

    def _rebuild(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for run in self.runs:
            text = f"{run.label} — {status_text(run.status)}"
            if run.final.get("loss") is not None:
                text += self.tr(", final loss {loss}").format(loss=f"{run.final['loss']:.6g}")
            item = QListWidgetItem(_swatch(run.color), text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, id(run))
            item.setToolTip(reason_text(run.reason, run.stop))
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _run_of(self, item: QListWidgetItem) -> RecordedRun | None:
        key = item.data(Qt.ItemDataRole.UserRole)
        return next((run for run in self.runs if id(run) == key), None)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        run = self._run_of(item)
        if run is not None:
            self.runs.set_visible(run, item.checkState() == Qt.CheckState.Checked)

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            run = self._run_of(item)
            if run is not None and run not in self._busy:
                self.runs.remove(run)
