"""Where the MNIST files come from: the cache, a download (with progress and Cancel), or a folder.

Downloading and loading run in a background thread, so the window never freezes; the panel
says in plain words what it has (how many images, from where) or what went wrong (offline, a
broken file and why), and emits `data_changed` with the loaded data.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.mnist.data import MnistData, load_mnist, missing_files
from desktop_app.core.mnist.download import (
    MIRRORS,
    OFFICIAL_MD5,
    DownloadCancelled,
    DownloadProgress,
    default_cache_dir,
    download_mnist,
)
from desktop_app.gui.collection import start_collector, worker_section

ENV_DATA_DIR = "GRADIENT_LAB_MNIST_DIR"


class BackgroundTask(QThread):
    """Runs `function(report)` in its own thread; `report(x)` emits `progress(x)`."""

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, function: Callable[[Callable[[object], None]], object], parent=None) -> None:
        super().__init__(parent)
        start_collector()
        self._function = function

    def run(self) -> None:
        with worker_section():  # cycles are collected by the GUI thread (gui.collection)
            self._run()

    def _run(self) -> None:
        try:
            result = self._function(self.progress.emit)
        except Exception as error:  # noqa: BLE001 - every failure is shown to the user in the panel
            self.failed.emit(str(error) or type(error).__name__)
            return
        self.succeeded.emit(result)


class DataPanel(QGroupBox):
    """Data status, Download / Cancel, Choose a folder; emits the loaded MnistData."""

    data_changed = Signal(object)  # MnistData or None

    def __init__(self, cache_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data"))
        self.cache_dir = cache_dir or default_cache_dir()
        self.mirrors: list[str] = list(MIRRORS)  # replaceable, e.g. by a local mirror in tests
        self.checksums: dict[str, str] = dict(OFFICIAL_MD5)
        self.data: MnistData | None = None
        self.folder: Path | None = None
        self._task: BackgroundTask | None = None
        self._handlers = ("", "")  # the task's success and failure methods
        self._downloading = False
        self._cancel = threading.Event()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Download MNIST"))
        self.download_button.setToolTip(
            self.tr("About 11 MB from the mirrors torchvision uses; each file's official checksum is verified")
        )
        self.folder_button = QPushButton(self.tr("Choose a folder…"))
        self.folder_button.setToolTip(self.tr("A folder holding the four MNIST .gz files (a subset is fine)"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.folder_button)
        downloading = QHBoxLayout()
        downloading.addWidget(self.progress, 1)
        downloading.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addLayout(downloading)
        layout.addWidget(self.progress_label)

        self.download_button.clicked.connect(self.start_download)
        self.folder_button.clicked.connect(self.choose_folder)
        self.cancel_button.clicked.connect(lambda: self._cancel.set())  # the event a handed-over download uses
        self._show_downloading(False)
        self._found = self._find_existing()

    # --- state -------------------------------------------------------------------------------

    def busy(self) -> bool:
        """True from the start of a download or load until its result has been handled."""
        return self._task is not None

    def _show_downloading(self, on: bool) -> None:
        self._downloading = on
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(on)
        self.download_button.setEnabled(not on)
        self.folder_button.setEnabled(not on)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #C62828; font-weight: bold;" if error else "")

    def _find_existing(self) -> Path | None:
        """A folder that already holds the files ($GRADIENT_LAB_MNIST_DIR, then the cache)."""
        for folder in (os.environ.get(ENV_DATA_DIR), self.cache_dir):
            if folder and Path(folder).is_dir() and not missing_files(folder):
                self._say(self.tr("MNIST files found in {folder}").format(folder=folder))
                return Path(folder)
        self._say(self.tr("No MNIST files yet: download them or choose a folder that holds them."))
        return None

    def ensure_loaded(self) -> None:
        """Load the files found at start-up, once: called when the tab is first shown, so that
        opening the window does not spend time and memory on MNIST."""
        if self._found is not None and self.data is None and not self.busy():
            folder, self._found = self._found, None
            self.load_folder(folder)

    def _run(self, function, on_success, on_failure) -> None:
        task = BackgroundTask(function, self)
        task.finished.connect(task.deleteLater)
        self._follow(task, on_success.__name__, on_failure.__name__)
        task.start()

    def _follow(self, task: BackgroundTask, on_success: str, on_failure: str) -> None:
        """Handle `task`'s signals here, with the methods of these names."""
        for signal, handler in ((task.succeeded, on_success), (task.failed, on_failure)):
            signal.connect(self._forget_task)  # connected first, so it runs before the handler
            signal.connect(getattr(self, handler))
        task.progress.connect(self._on_progress)
        self._task, self._handlers = task, (on_success, on_failure)

    def _forget_task(self, *_result) -> None:
        self._task = None

    # --- loading -----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with the MNIST files"), str(self.folder or Path.home())
        )
        if folder:
            self.load_folder(folder)

    def load_folder(self, folder: str | Path) -> None:
        """Check and load the four files in `folder` in the background."""
        if self.busy():
            return
        self.folder = folder = Path(folder)
        self._say(self._loading_text())
        self._run(lambda report: load_mnist(folder), self._on_loaded, self._on_load_failed)

    def _on_loaded(self, data: MnistData) -> None:
        self.data = data
        self._say(self.tr("Ready: {train:,} training and {test:,} test images from {folder}").format(
            train=len(data.train_y), test=len(data.test_y), folder=self.folder))
        self.data_changed.emit(data)

    def _on_load_failed(self, message: str) -> None:
        self.data = None
        self._say(self.tr("These files cannot be used: {reason}").format(reason=message), error=True)
        self.data_changed.emit(None)

    # --- downloading -------------------------------------------------------------------------

    def start_download(self) -> None:
        if self.busy():
            return
        self._cancel.clear()
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Connecting…"))
        self._show_downloading(True)
        self._say(self._downloading_text())
        cache, cancel, mirrors, checksums = self.cache_dir, self._cancel, self.mirrors, self.checksums

        def work(report):
            try:
                return download_mnist(cache, mirrors=mirrors, checksums=checksums, progress=report, cancel=cancel)
            except DownloadCancelled:
                return None

        self._run(work, self._on_downloaded, self._on_download_failed)

    def _on_progress(self, p: DownloadProgress) -> None:
        if p.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(1000 * p.bytes_done / p.total))
            size = self.tr("{done:.1f} of {total:.1f} MB").format(done=p.bytes_done / 1e6, total=p.total / 1e6)
        else:
            self.progress.setRange(0, 0)  # unknown size: a busy bar
            size = self.tr("{done:.1f} MB").format(done=p.bytes_done / 1e6)
        self.progress_label.setText(self.tr("File {index} of {count}: {name}, {size} at {speed:.1f} MB/s").format(
            index=p.index + 1, count=p.count, name=p.name, size=size, speed=p.speed / 1e6))

    def _on_downloaded(self, folder: Path | None) -> None:
        self._show_downloading(False)
        if folder is None:
            self._say(self.tr("Download cancelled."))
            return
        self.load_folder(folder)

    def _on_download_failed(self, message: str) -> None:
        self._show_downloading(False)
        self._say(message, error=True)

    def hand_over(self, heir: DataPanel) -> None:
        """Give `heir` (this panel in a new window, another language) the data, the folder and
        a download or load going on, which then reports there; its status in its words."""
        QCoreApplication.sendPostedEvents(self)  # a result already sent is handled here first
        heir.cache_dir, heir.mirrors, heir.checksums = self.cache_dir, self.mirrors, self.checksums
        heir.data, heir.folder, heir._found, heir._cancel = self.data, self.folder, self._found, self._cancel
        task, self._task = self._task, None
        if task is not None:
            for signal in (task.succeeded, task.failed, task.progress):
                signal.disconnect()
            task.setParent(heir)  # this panel is deleted with its window; the thread must not be
            heir._follow(task, *self._handlers)
        heir._show_downloading(self._downloading)
        heir._reword(task is not None)

    def _loading_text(self) -> str:
        return self.tr("Loading the MNIST files from {folder}…").format(folder=self.folder)

    def _downloading_text(self) -> str:
        return self.tr("Downloading MNIST into {folder}…").format(folder=self.cache_dir)

    def _reword(self, busy: bool) -> None:
        """The status line from the state, in this panel's language."""
        if self._downloading:
            self._say(self._downloading_text())
        elif busy:
            self._say(self._loading_text())
        elif self.data is not None:
            self._on_loaded(self.data)  # says "Ready" and hands the data to the view

    def shutdown(self) -> None:
        """Cancel a download and wait for the background thread."""
        self._cancel.set()
        for task in self.findChildren(BackgroundTask):
            task.wait(10_000)
