"""The window fits a 1366 × 768 laptop screen whatever is in front or was shown before.

A tab widget used to ask for the largest page's room: the MNIST view, never shown, kept the
window 1767 px wide. Measured as Qt lays it out (minimum size hints), not from a picture.
"""

from __future__ import annotations

import pytest

from desktop_app.core.presets import PRESETS

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768
#: The window frame and the task bar take some of the screen.
FRAME = 40


def _fits(window) -> bool:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    return hint.width() <= LAPTOP_WIDTH - FRAME and hint.height() <= LAPTOP_HEIGHT - FRAME


@pytest.mark.slow
def test_every_preset_fits_a_laptop(window, qtbot):
    assert _fits(window), window.minimumSizeHint()
    for name in PRESETS:
        window.load_preset(name)
        qtbot.wait(20)
        assert _fits(window), (name, window.minimumSizeHint())


def test_mnist_and_back_fits_a_laptop(window, qtbot):
    window.load_preset("l1-cube")
    window.show_mnist(True)
    qtbot.wait(20)
    window.show_mnist(False)
    qtbot.wait(20)
    assert _fits(window), window.minimumSizeHint()
    window.resize(LAPTOP_WIDTH - FRAME, LAPTOP_HEIGHT - FRAME)
    qtbot.wait(20)
    assert window.width() <= LAPTOP_WIDTH - FRAME
