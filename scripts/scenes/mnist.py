"""Screenshot scenes of the MNIST view (lesson L4), for scripts/screenshots.py.

Each scene takes (window, wait) and leaves the MainWindow showing the MNIST view in the state
to photograph: both networks training side by side; both finished, with the pictures; and a
digit drawn on the pad. The data is the shared subset ($GRADIENT_LAB_MNIST_DIR or
../shared/mnist-subset); without it the view is photographed as it opens.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from scenes._support import Wait, settle, wait_until

REPO = Path(__file__).resolve().parents[2]
TRAINING_S = 300  # both networks, the lesson's epochs, on a busy machine
#: A quick class demo: 6,000 training images; the lesson's epochs (5 and 10).
IMAGES = 6000


def _view(window):
    """The window's MNIST view, brought forward (the window's own call when it has one)."""
    from desktop_app.gui.mnist import MnistView

    window.show_mnist(True)  # the view is built when its tab is first shown
    view = window.findChild(MnistView)
    if view is None:
        raise SystemExit("the window has no MNIST view")
    return view


def _ready(window, wait: Wait):
    view = _view(window)
    folder = Path(os.environ.get("GRADIENT_LAB_MNIST_DIR") or REPO.parent / "shared" / "mnist-subset")
    if not (folder / "t10k-labels-idx1-ubyte.gz").is_file():
        return view, False
    if view.data_panel.data is None:
        view.data_panel.load_folder(folder)
    wait_until(lambda: view.train_button.isEnabled(), wait, "loading MNIST")
    view.networks.limit.setValue(IMAGES)
    for box in view.networks.enabled.values():
        box.setChecked(True)
    return view, True


def training(window, wait: Wait) -> None:
    """Both networks at once, caught in the Keras network's third epoch."""
    view, ok = _ready(window, wait)
    if not ok:
        return
    view.train()
    wait_until(lambda: len(view.plots.epoch_records("keras")) >= 2 or not view.is_busy(), wait, "two epochs",
               TRAINING_S)
    view.pictures.setCurrentIndex(0)
    settle(wait, 300)


def finished(window, wait: Wait) -> None:
    """Both networks trained for the lesson's epochs; the confusion matrix of the Keras network."""
    view, ok = _ready(window, wait)
    if not ok:
        return
    view.train()
    wait_until(lambda: not view.is_busy(), wait, "training both networks", TRAINING_S)
    view.pictures.setCurrentIndex(1)
    settle(wait)


def drawing(window, wait: Wait) -> None:
    """A 7 drawn on the pad after training, with the ten probabilities."""
    view, ok = _ready(window, wait)
    if not ok:
        return
    view.train()
    wait_until(lambda: not view.is_busy(), wait, "training both networks", TRAINING_S)
    view.shown.setCurrentIndex(view.shown.findData("keras"))
    view.pictures.setCurrentIndex(3)
    view.pad.stroke([(60, 60), (220, 60), (150, 170), (110, 250)])
    settle(wait)


def presentation(window, wait: Wait) -> None:
    """The finished view in presentation mode (larger fonts and lines), the settings put away."""
    finished(window, wait)
    if not window.presentation_action.isChecked():
        window.presentation_action.trigger()
    view = _view(window)
    view.settings_toggle.setChecked(True)
    view.pictures.setCurrentIndex(0)
    settle(wait)


def scenes() -> dict[str, Callable]:
    return {"training": training, "finished": finished, "drawing": drawing, "presentation": presentation}
