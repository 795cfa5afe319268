"""Lesson L4.1's ``predictions = model.predict(test_images[0:10])``, for a trained or loaded model.

The lesson prints ``predictions[0]``: ten probabilities whose largest, 0.9999987 at index 7,
matches ``test_labels[0]`` = 7. This gathers the same for the first `count` test digits, with
what a page needs to show them (the images, the true labels, the argmax), and gets a model
either by training the lesson's network or from a weights file.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desktop_app.core.mnist.data import IMAGE_SIDE, MnistData
from desktop_app.core.mnist.models import keras_mlp, naive_mlp
from desktop_app.core.mnist.results import predict_probabilities
from desktop_app.core.mnist.weights import WeightsError, load_weights

__all__ = ["LESSON_FIRST_PREDICTION", "LessonPredictions", "lesson_predictions", "model_from_weights"]

#: What the lesson printed for ``predictions[0]``: (index of the largest, its probability).
LESSON_FIRST_PREDICTION = (7, 0.9999987)


@dataclass(frozen=True)
class LessonPredictions:
    """The first test digits, their true labels and the model's ten probabilities each."""

    images: np.ndarray  # (n, 28, 28) float32 in [0, 1]
    labels: np.ndarray  # (n,) int64
    probabilities: np.ndarray  # (n, 10) float64 (the model's float32, widened for exact sums)

    @property
    def predicted(self) -> np.ndarray:
        """``predictions[i].argmax()`` for each digit."""
        return self.probabilities.argmax(axis=1)

    @property
    def largest(self) -> np.ndarray:
        """The largest probability of each digit (the one the argmax points at)."""
        return self.probabilities.max(axis=1)

    @property
    def sums(self) -> np.ndarray:
        """Each row's sum: 1 up to float32 rounding (softmax)."""
        return self.probabilities.sum(axis=1)

    @property
    def correct(self) -> np.ndarray:
        return self.predicted == self.labels


def lesson_predictions(model: object, data: MnistData, count: int = 10) -> LessonPredictions:
    """``model.predict(test_images[0:count])`` with the images and labels beside it."""
    count = max(1, min(count, len(data.test_y)))
    images = data.test_x[:count]
    probabilities = predict_probabilities(model, images).astype(np.float64)
    return LessonPredictions(images.reshape(-1, IMAGE_SIDE, IMAGE_SIDE), data.test_y[:count].astype(np.int64),
                             probabilities)


def model_from_weights(path: str | Path, hidden: int = 512) -> object:
    """The lesson's network (Keras-style, else the from-scratch one) with the weights in `path`.

    Raises WeightsError saying why when the file fits neither (the Keras model's reason).
    """
    keras = keras_mlp(hidden)
    try:
        load_weights(keras, path)
        keras.eval()
        return keras
    except struct.error as error:  # torch.load on a few junk bytes; load_weights lets it through
        raise WeightsError(f"{Path(path).name}: not a weights file this app can load ({error})") from None
    except WeightsError as keras_error:
        naive = naive_mlp(hidden)
        try:
            load_weights(naive, path)
        except WeightsError:
            raise keras_error from None
        return naive
