"""A hand-drawn digit becomes an MNIST image as the dataset's were made: 20x20 box, centred by mass."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.mnist.drawing import area_resize, centre_of_mass, to_mnist
from tests.mnist_subset import subset_data


def test_a_small_stroke_in_a_corner_is_scaled_to_the_box_and_centred():
    canvas = np.zeros((280, 280))
    canvas[10:70, 20:35] = 1.0  # a "1" 60 px tall, 15 wide, top left
    image = to_mnist(canvas).reshape(28, 28)
    rows = np.flatnonzero(image.max(1) > 0)
    cols = np.flatnonzero(image.max(0) > 0)
    assert rows[-1] - rows[0] + 1 == 20 and cols[-1] - cols[0] + 1 == 5  # aspect ratio kept
    cy, cx = centre_of_mass(image)
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5
    assert image.max() == pytest.approx(1.0) and image.dtype == np.float32


def test_blank_gives_blank():
    assert not to_mnist(np.zeros((50, 50))).any()


def test_area_resize_keeps_the_mean():
    image = np.random.default_rng(0).random((37, 23))
    small = area_resize(image, 20, 12)
    assert small.shape == (20, 12)
    assert small.mean() == pytest.approx(image.mean(), rel=1e-9)


def test_a_real_mnist_digit_upscaled_comes_back_nearly_unchanged():
    for digit in subset_data().test_x[:20].reshape(-1, 28, 28):
        big = np.kron(digit, np.ones((10, 10)))  # as drawn back onto a 280x280 pad
        again = to_mnist(big).reshape(28, 28)
        assert np.abs(again - digit).mean() < 0.02


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 60), st.integers(1, 60), st.integers(0, 40), st.integers(0, 40))
def test_any_rectangle_fits_inside_the_field(h, w, top, left):
    canvas = np.zeros((100, 100))
    canvas[top : top + h, left : left + w] = 1.0
    image = to_mnist(canvas).reshape(28, 28)
    rows = np.flatnonzero(image.max(1) > 0)
    cols = np.flatnonzero(image.max(0) > 0)
    assert max(rows[-1] - rows[0], cols[-1] - cols[0]) + 1 == 20
    assert image.min() >= 0 and image.max() <= 1
