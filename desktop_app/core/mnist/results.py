"""What a network gets right and wrong: predictions, confusion matrix, first-layer weights.

These feed the window's digit grid, confusion matrix, weight images and drawing pad; they work
on both the keras model (outputs logits) and the lesson's naive one (outputs probabilities).
`Predictions` are made during training from the test pass the epoch's evaluation does anyway,
so live pictures cost almost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from desktop_app.core.mnist.data import IMAGE_SIDE, MnistData
from desktop_app.core.mnist.models import copy_to_cpu, is_naive, model_device

__all__ = [
    "Predictions",
    "confusion_matrix",
    "first_layer_images",
    "make_predictions",
    "predict_probabilities",
    "predict_test_set",
]


@torch.no_grad()
def predict_probabilities(model: object, images: np.ndarray, chunk: int = 4096) -> np.ndarray:
    """Class probabilities (N, 10) as float32 numpy for flattened images (N, 784) in [0, 1]."""
    device = model_device(model)
    images = np.asarray(images, dtype=np.float32).reshape(-1, IMAGE_SIDE * IMAGE_SIDE)
    out = []
    for start in range(0, len(images), chunk):
        xb = torch.from_numpy(np.ascontiguousarray(images[start : start + chunk])).to(device)
        output = model(xb)
        out.append((output if is_naive(model) else torch.softmax(output, 1)).cpu().numpy())
    return np.concatenate(out) if out else np.zeros((0, 10), np.float32)


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, classes: int = 10) -> np.ndarray:
    """counts[t, p]: how many digits of true class t were predicted as p."""
    true = np.asarray(true, dtype=np.int64)
    predicted = np.asarray(predicted, dtype=np.int64)
    return np.bincount(true * classes + predicted, minlength=classes * classes).reshape(classes, classes)


@torch.no_grad()
def first_layer_images(model: object) -> np.ndarray:
    """The first layer's weights as one 28x28 image per hidden unit: (hidden, 28, 28) float32."""
    weight = model.layers[0].W.T if is_naive(model) else model[0].weight  # (hidden, 784)
    return weight.detach().cpu().numpy().reshape(-1, IMAGE_SIDE, IMAGE_SIDE).astype(np.float32)


@dataclass(frozen=True)
class Predictions:
    """One picture of the network: its answers on the test set and what its first layer holds.

    `network` is a CPU copy of the model at that moment (for the drawing pad), `epoch` the
    epochs completed and `step` the updates done when it was taken (0 for a loaded network).
    """

    images: np.ndarray  # (N, 784) float32, the test images
    labels: np.ndarray  # (N,) true digits
    probabilities: np.ndarray  # (N, 10)
    predicted: np.ndarray  # (N,) argmax of probabilities
    confusion: np.ndarray  # (10, 10) counts[true, predicted]
    first_layer: np.ndarray  # (hidden, 28, 28)
    network: object = None
    epoch: int = 0
    step: int = 0

    @property
    def accuracy(self) -> float:
        return float((self.predicted == self.labels).mean())


def make_predictions(model: object, data: MnistData, probabilities: np.ndarray, epoch: int = 0,
                     step: int = 0) -> Predictions:
    """Gather the pictures from test-set probabilities already computed for `model`."""
    predicted = probabilities.argmax(1)
    return Predictions(
        data.test_x, data.test_y, probabilities, predicted, confusion_matrix(data.test_y, predicted),
        first_layer_images(model), copy_to_cpu(model), epoch, step,
    )


def predict_test_set(model: object, data: MnistData, epoch: int = 0, step: int = 0) -> Predictions:
    """Predict the whole test set and gather the pictures of what the network learned."""
    return make_predictions(model, data, predict_probabilities(model, data.test_x), epoch, step)
