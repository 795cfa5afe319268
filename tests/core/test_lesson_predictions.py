"""Lesson L4.1: the first ten test digits, ten probabilities each that sum to 1, and the argmax."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.core.mnist.lesson_predictions import lesson_predictions, model_from_weights
from desktop_app.core.mnist.models import keras_mlp, naive_mlp
from desktop_app.core.mnist.train import Training, TrainSpec
from desktop_app.core.mnist.weights import WeightsError, save_weights
from tests.mnist_subset import subset_data


@pytest.fixture(scope="module")
def trained():
    data = subset_data().limit_train(3000)
    training = Training(TrainSpec(epochs=1, seed=0), data)
    for _ in training:
        pass
    return training.model, data


def test_predictions_of_the_first_ten_digits(trained) -> None:
    model, data = trained
    p = lesson_predictions(model, data)
    assert p.images.shape == (10, 28, 28) and p.probabilities.shape == (10, 10)
    assert p.labels.tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]  # the official first test digits
    np.testing.assert_allclose(p.sums, 1.0, atol=1e-5)
    assert np.all(p.probabilities >= 0)
    assert p.predicted.tolist() == [int(np.argmax(row)) for row in p.probabilities]
    assert np.array_equal(p.largest, p.probabilities[np.arange(10), p.predicted])
    assert p.predicted[0] == 7 and p.correct.sum() >= 8  # even one short epoch learns most digits


def test_a_saved_model_predicts_the_same_after_loading(trained, tmp_path) -> None:
    model, data = trained
    path = tmp_path / "weights.pt"
    save_weights(model, path)
    loaded = model_from_weights(path)
    np.testing.assert_array_equal(lesson_predictions(loaded, data).probabilities,
                                  lesson_predictions(model, data).probabilities)


def test_the_from_scratch_model_loads_too(tmp_path) -> None:
    import torch

    naive = naive_mlp(generator=torch.Generator().manual_seed(1))
    path = tmp_path / "naive.pt"
    save_weights(naive, path)
    loaded = model_from_weights(path)
    assert not isinstance(loaded, torch.nn.Module)
    assert torch.equal(loaded.layers[0].W, naive.layers[0].W)


def test_a_weights_file_that_fits_neither_model_says_why(tmp_path) -> None:
    path = tmp_path / "wide.pt"
    save_weights(keras_mlp(hidden=64), path)
    with pytest.raises(WeightsError, match="shape"):
        model_from_weights(path)
    junk = tmp_path / "junk.pt"
    for content in (b"not a weights file", b"junk", b"", b"PK\x03\x04junk"):
        junk.write_bytes(content)
        with pytest.raises(WeightsError, match=r"junk\.pt"):
            model_from_weights(junk)
