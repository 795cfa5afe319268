"""One training as a source for the GUI worker: build, train, then predict, all off the GUI thread.

Why not hand the worker a Training directly: building it moves data and model to the device
(starting CUDA can take seconds), and predicting the whole test set afterwards takes a moment;
both belong in the worker thread. The job yields the Training's records unchanged, then one
`Predictions`, also after Stop, so the window can show what the network learned so far.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np

from desktop_app.core.mnist.data import MnistData
from desktop_app.core.mnist.results import Predictions, first_layer_images, predict_test_set
from desktop_app.core.mnist.train import EpochRecord, Training, TrainSpec


class TrainingJob:
    """Iterable for gui.worker.WorkerThread; `cancel()` is thread-safe and acts within one batch."""

    def __init__(self, spec: TrainSpec, data: MnistData) -> None:
        self.spec = spec
        self.data = data
        self.training: Training | None = None
        self.initial_first_layer: np.ndarray | None = None  # to show what training changed
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()
        if self.training is not None:
            self.training.cancel()

    def __iter__(self) -> Iterator[np.ndarray | EpochRecord | Predictions]:
        self.training = Training(self.spec, self.data)
        self.initial_first_layer = first_layer_images(self.training.model)
        if self._cancelled.is_set():
            self.training.cancel()
        yield from self.training
        if self.training.batch_history:
            yield predict_test_set(self.training.model, self.data)
