"""Train lesson L4's networks on MNIST as a generator of records (no threads, no Qt).

The same generator feeds the window's worker thread, the command line and the benchmark, so
they cannot disagree. Data and model move to the device once; per batch the loop only does
the work a bare PyTorch loop does, plus writing the batch loss and correct count into
device buffers that are copied to the host in one transfer every `flush_seconds`.

With `TrainSpec.pictures` the loop also yields `Predictions` (test digits, confusion matrix,
first-layer weights) after every epoch, made from the test pass the epoch's evaluation does
anyway, and mid-epoch whenever `request_pictures()` was called.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import torch
from torch.nn import functional

from desktop_app.core.devices import resolve_device
from desktop_app.core.mnist.data import MnistData
from desktop_app.core.mnist.keras_rmsprop import KerasRMSprop
from desktop_app.core.mnist.models import (
    BatchGenerator,
    is_naive,
    keras_mlp,
    naive_mlp,
    one_training_step,
    sparse_categorical_crossentropy,
)
from desktop_app.core.mnist.results import Predictions, make_predictions
from desktop_app.core.optimizers import OPTIMIZERS, make_optimizer

__all__ = [
    "BATCH_DTYPE",
    "KERAS_RMSPROP",
    "LESSON_RMSPROP",
    "MODELS",
    "DeviceData",
    "EpochRecord",
    "TrainSpec",
    "Training",
    "evaluate",
    "is_naive",
    "lesson_epochs",
]

MODELS = ("keras", "naive")

# Keras's RMSprop defaults, which the lesson uses (torch's own defaults differ)
LESSON_RMSPROP: dict[str, float] = {"lr": 1e-3, "rho": 0.9, "eps": 1e-7}
#: The keras model's default optimizer: RMSprop with Keras's update rule (eps inside the root).
KERAS_RMSPROP = "keras-rmsprop"

# one row per training batch; epoch and batch count from 1, step is the update count so far
BATCH_DTYPE = np.dtype(
    [("epoch", np.int64), ("batch", np.int64), ("step", np.int64), ("loss", np.float64), ("accuracy", np.float64)]
)


@dataclass
class TrainSpec:
    """What to train and how; None means the lesson's choice for the model."""

    model: str = "keras"
    optimizer: str | None = None  # keras: KERAS_RMSPROP; naive: its own `w -= lr * grad`
    lr: float | None = None
    hyper: dict[str, float] = field(default_factory=dict)  # other optimizer hyper-parameters
    epochs: int | None = None  # keras 5, naive 10 (as in the lesson)
    batch_size: int = 128
    hidden: int = 512
    device: str = "cpu"
    seed: int = 0
    flush_seconds: float = 0.05  # batch records are handed over at least this often
    pictures: bool = False  # also yield Predictions after each epoch and on request


@dataclass(frozen=True)
class EpochRecord:
    """One epoch's summary. Train figures average the epoch's batches (as Keras reports them);
    `seconds` is the epoch's own work, without the time its records waited to be taken."""

    epoch: int
    train_loss: float
    train_accuracy: float
    test_loss: float
    test_accuracy: float
    seconds: float


def lesson_epochs(model: str) -> int:
    """The lesson's epochs: 5 for the Keras network, 10 for the slower one from scratch."""
    return 5 if model == "keras" else 10


@dataclass(frozen=True)
class DeviceData:
    """The data as tensors on one device, moved there once and shared by every run on it."""

    host: MnistData
    device: torch.device
    train_x: torch.Tensor
    train_y: torch.Tensor
    test_x: torch.Tensor
    test_y: torch.Tensor

    @classmethod
    def move(cls, data: MnistData, device: torch.device) -> DeviceData:
        tensors = (torch.from_numpy(a).to(device) for a in (data.train_x, data.train_y, data.test_x, data.test_y))
        return cls(data, device, *tensors)


def _loss(model: object, output: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy: the keras model outputs logits, the naive one probabilities."""
    if is_naive(model):
        return sparse_categorical_crossentropy(labels, output).mean()
    return functional.cross_entropy(output, labels)


@torch.no_grad()
def _test_pass(model: object, x: torch.Tensor, y: torch.Tensor, keep: bool, chunk: int = 4096):
    """(mean loss, accuracy, probabilities as numpy or None) on tensors already on the device."""
    loss_sum = torch.zeros((), device=x.device)
    correct = torch.zeros((), device=x.device, dtype=torch.int64)
    kept = []
    for start in range(0, len(x), chunk):
        xb, yb = x[start : start + chunk], y[start : start + chunk]
        output = model(xb)
        loss_sum += _loss(model, output, yb) * len(xb)
        correct += (output.argmax(1) == yb).sum()
        if keep:
            kept.append(output if is_naive(model) else torch.softmax(output, 1))
    probabilities = torch.cat(kept).cpu().numpy() if keep else None
    return float(loss_sum) / len(x), int(correct) / len(x), probabilities


def evaluate(model: object, x: torch.Tensor, y: torch.Tensor, chunk: int = 4096) -> tuple[float, float]:
    """(mean loss, accuracy) of `model` on tensors already on its device."""
    loss, accuracy, _ = _test_pass(model, x, y, keep=False, chunk=chunk)
    return loss, accuracy


def _check(spec: TrainSpec) -> None:
    if spec.model not in MODELS:
        raise ValueError(f"unknown model `{spec.model}`: choose {' or '.join(MODELS)}")
    if spec.model == "naive" and spec.optimizer not in (None, "gd"):
        raise ValueError(
            "the naive model trains with the lesson's own update `w -= learning_rate * grad`; "
            "choose the keras model to try other optimizers"
        )
    if spec.optimizer not in (None, KERAS_RMSPROP) and spec.optimizer not in OPTIMIZERS:
        raise ValueError(
            f"unknown optimizer `{spec.optimizer}`: choose {KERAS_RMSPROP} or one of {', '.join(OPTIMIZERS)}"
        )
    for name in ("batch_size", "hidden"):
        if getattr(spec, name) < 1:
            raise ValueError(f"{name.replace('_', ' ')} must be at least 1, not {getattr(spec, name)}")
    if spec.epochs is not None and spec.epochs < 1:
        raise ValueError(f"epochs must be at least 1, not {spec.epochs}")
    if spec.lr is not None and not spec.lr > 0:
        raise ValueError(f"the learning rate must be positive, not {spec.lr}")


class Training:
    """One training run; iterate it to get BATCH_DTYPE arrays and EpochRecords.

    Raises ValueError (or DeviceError) at construction for a bad spec. `cancel()` and
    `request_pictures()` may be called from any thread; cancel stops the run before the next
    batch. `data` may be DeviceData already on the spec's device, to share it between runs.
    """

    def __init__(self, spec: TrainSpec, data: MnistData | DeviceData) -> None:
        _check(spec)
        self.spec = spec
        self.device = resolve_device(spec.device)
        self.epochs = spec.epochs if spec.epochs is not None else lesson_epochs(spec.model)
        self.optimizer_name = spec.optimizer or (KERAS_RMSPROP if spec.model == "keras" else "gd")
        init = torch.Generator().manual_seed(spec.seed)
        if spec.model == "keras":
            self.model: object = keras_mlp(spec.hidden, init).to(self.device)
            hyper = dict(LESSON_RMSPROP) if self.optimizer_name in ("rmsprop", KERAS_RMSPROP) else {}
            hyper.update(spec.hyper)
            if spec.lr is not None:
                hyper["lr"] = spec.lr
            self.optimizer: torch.optim.Optimizer | None = (
                KerasRMSprop(self.model.parameters(), **hyper) if self.optimizer_name == KERAS_RMSPROP
                else make_optimizer(self.optimizer_name, self.model.parameters(), **hyper)
            )
            self.lr = float(self.optimizer.param_groups[0]["lr"])
        else:
            self.model = naive_mlp(spec.hidden, generator=init, device=self.device)
            self.optimizer = None
            self.lr = spec.lr if spec.lr is not None else 1e-3
        self._shuffle = init  # one seeded stream for weights, then shuffles (as Keras seeds one)
        if not (isinstance(data, DeviceData) and data.device == self.device):
            data = DeviceData.move(data.host if isinstance(data, DeviceData) else data, self.device)
        self.data = data.host
        self.train_x, self.train_y, self.test_x, self.test_y = data.train_x, data.train_y, data.test_x, data.test_y
        self.batches_per_epoch = -(-len(self.train_y) // spec.batch_size)
        self.total_batches = self.batches_per_epoch * self.epochs
        self.flush_seconds = spec.flush_seconds  # the GUI worker may lower it
        self.status = "ready"  # ready | running | finished | stopped
        self.batch_history: list[np.ndarray] = []
        self.epoch_history: list[EpochRecord] = []
        self._cancel = threading.Event()
        self._pictures_wanted = threading.Event()
        self._away = 0.0  # seconds this epoch spent handed over to the consumer

    def cancel(self) -> None:
        self._cancel.set()

    def request_pictures(self) -> None:
        """Ask for Predictions after the batch in flight (only with `spec.pictures`)."""
        self._pictures_wanted.set()

    def _pictures_now(self, epoch: int, step: int) -> Predictions:
        training = not is_naive(self.model) and self.model.training
        if training:
            self.model.eval()
        _, _, probabilities = _test_pass(self.model, self.test_x, self.test_y, keep=True)
        if training:
            self.model.train()
        return make_predictions(self.model, self.data, probabilities, epoch, step)

    def batch_records(self) -> np.ndarray:
        """Every batch record so far, in one array."""
        return np.concatenate(self.batch_history) if self.batch_history else np.zeros(0, BATCH_DTYPE)

    def _batches(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """One epoch's batches: the naive model walks the data in order, as in the lesson."""
        if is_naive(self.model):
            batch_generator = BatchGenerator(self.train_x, self.train_y, self.spec.batch_size)
            for _ in range(batch_generator.num_batches):
                yield batch_generator.next()
            return
        order = torch.randperm(len(self.train_y), generator=self._shuffle).to(self.device)
        for start in range(0, len(order), self.spec.batch_size):
            index = order[start : start + self.spec.batch_size]
            yield self.train_x[index], self.train_y[index]

    def _step(self, xb: torch.Tensor, yb: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if self.optimizer is None:
            return one_training_step(self.model, xb, yb, self.lr)
        output = self.model(xb)
        loss = functional.cross_entropy(output, yb)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        return loss, output

    def _flush(self, epoch: int, first: int, last: int, losses, correct, sizes) -> np.ndarray:
        rows = np.zeros(last - first, BATCH_DTYPE)
        rows["epoch"] = epoch
        rows["batch"] = np.arange(first + 1, last + 1)
        rows["step"] = (epoch - 1) * self.batches_per_epoch + rows["batch"]
        rows["loss"] = losses[first:last].cpu().numpy()
        rows["accuracy"] = correct[first:last].cpu().numpy() / sizes[first:last]
        self.batch_history.append(rows)
        return rows

    def _hand_over(self, item: object) -> Iterator[object]:
        """Yield `item`, not counting the time until the consumer asks for more as training time
        (in a comparison the other network trains meanwhile; the window draws)."""
        paused = time.perf_counter()
        yield item
        self._away += time.perf_counter() - paused

    def __iter__(self) -> Iterator[np.ndarray | EpochRecord | Predictions]:
        if self.status != "ready":
            raise RuntimeError("a Training runs once; make a new one to train again")
        self.status = "running"
        n = len(self.train_y)
        sizes = np.full(self.batches_per_epoch, self.spec.batch_size, dtype=np.float64)
        sizes[-1] = n - self.spec.batch_size * (self.batches_per_epoch - 1)
        if self.spec.pictures:
            yield self._pictures_now(0, 0)  # the untrained network: a tenth right, by chance
        for epoch in range(1, self.epochs + 1):
            start, self._away = time.perf_counter(), 0.0
            losses = torch.zeros(self.batches_per_epoch, device=self.device)
            correct = torch.zeros(self.batches_per_epoch, device=self.device, dtype=torch.int64)
            flushed, last_flush = 0, start
            if not is_naive(self.model):
                self.model.train()
            for b, (xb, yb) in enumerate(self._batches()):
                if self._cancel.is_set():
                    if b > flushed:
                        yield self._flush(epoch, flushed, b, losses, correct, sizes)
                    self.status = "stopped"
                    return
                loss, output = self._step(xb, yb)
                with torch.no_grad():
                    losses[b] = loss.detach()
                    correct[b] = (output.argmax(1) == yb).sum()
                now = time.perf_counter()
                if now - last_flush >= self.flush_seconds:
                    yield from self._hand_over(self._flush(epoch, flushed, b + 1, losses, correct, sizes))
                    flushed, last_flush = b + 1, now
                # On an epoch's last batch the epoch's own pictures (below) answer the request.
                if self.spec.pictures and self._pictures_wanted.is_set() and b + 1 < self.batches_per_epoch:
                    self._pictures_wanted.clear()
                    if flushed < b + 1:
                        yield from self._hand_over(self._flush(epoch, flushed, b + 1, losses, correct, sizes))
                        flushed = b + 1
                    yield from self._hand_over(
                        self._pictures_now(epoch - 1, (epoch - 1) * self.batches_per_epoch + b + 1))
                    last_flush = time.perf_counter()
            if flushed < self.batches_per_epoch:
                yield from self._hand_over(self._flush(epoch, flushed, self.batches_per_epoch, losses, correct, sizes))
            train_loss = float((losses.double().cpu().numpy() * sizes).sum() / n)
            train_accuracy = int(correct.sum()) / n
            if not is_naive(self.model):
                self.model.eval()
            test_loss, test_accuracy, probabilities = _test_pass(
                self.model, self.test_x, self.test_y, keep=self.spec.pictures
            )
            record = EpochRecord(
                epoch, train_loss, train_accuracy, test_loss, test_accuracy, time.perf_counter() - start - self._away
            )
            self.epoch_history.append(record)
            yield record
            if self.spec.pictures:
                self._pictures_wanted.clear()  # this epoch's pictures answer any pending request
                yield make_predictions(self.model, self.data, probabilities, epoch, epoch * self.batches_per_epoch)
        self.status = "finished"
