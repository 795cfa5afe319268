"""Work for the GUI worker thread: train one or both networks, or show a saved one.

Why not hand the worker a Training directly: building it moves data and model to the device
(starting CUDA can take seconds), and the two networks of the comparison share one worker and
one copy of the data on the device. Every item is tagged `(run name, item)`, where an item is a
Training record (batch rows, EpochRecord, Predictions) or a run's final status string.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from desktop_app.core.devices import resolve_device
from desktop_app.core.mnist.data import MnistData
from desktop_app.core.mnist.network import load_network
from desktop_app.core.mnist.results import Predictions, predict_test_set
from desktop_app.core.mnist.train import DeviceData, Training, TrainSpec

#: together: the runs take turns at each hand-over (both curves grow at once);
#: in turn: the first run trains to its end, then the next.
ORDERS = ("together", "in_turn")


class TrainingJob:
    """Iterable for gui.worker.WorkerThread; `cancel()` and `request_pictures()` are thread-safe."""

    def __init__(self, specs: dict[str, TrainSpec], data: MnistData, order: str = "together") -> None:
        if order not in ORDERS:
            raise ValueError(f"unknown order `{order}`: choose {' or '.join(ORDERS)}")
        self.specs = specs
        self.data = data
        self.order = order
        self.trainings: dict[str, Training] = {}
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()
        for training in list(self.trainings.values()):
            training.cancel()

    def request_pictures(self) -> None:
        for training in list(self.trainings.values()):
            if training.status == "running":
                training.request_pictures()

    def __iter__(self) -> Iterator[tuple[str, object]]:
        shared: dict[str, DeviceData] = {}
        for name, spec in self.specs.items():
            device = resolve_device(spec.device)
            data = shared.setdefault(str(device), DeviceData.move(self.data, device))
            self.trainings[name] = Training(spec, data)
            if self._cancelled.is_set():
                self.trainings[name].cancel()
        if self.order == "in_turn":
            for name, training in self.trainings.items():
                yield from self._run(name, training)
            return
        runs = {name: self._run(name, training) for name, training in self.trainings.items()}
        while runs:
            for name in list(runs):
                try:
                    yield name, next(runs[name])[1]
                except StopIteration:
                    del runs[name]

    def _run(self, name: str, training: Training) -> Iterator[tuple[str, object]]:
        if self._cancelled.is_set():
            training.cancel()
        last = None
        for item in training:
            last = item
            yield name, item
        if training.batch_history and not isinstance(last, Predictions):  # stopped mid-epoch
            yield name, predict_test_set(training.model, self.data, len(training.epoch_history),
                                         int(training.batch_records()["step"][-1]))
        yield name, training.status


class LoadJob:
    """Load a weights file and predict the test set with it, off the GUI thread."""

    def __init__(self, path: str | Path, data: MnistData) -> None:
        self.path = Path(path)
        self.data = data

    def cancel(self) -> None:
        """Loading takes a moment; there is nothing to stop half-way."""

    def __iter__(self) -> Iterator[tuple[str, Predictions]]:
        kind, model = load_network(self.path)
        yield kind, predict_test_set(model, self.data)
