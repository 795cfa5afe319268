"""A trained network from a weights file, and its ten probabilities for any images (no Qt).

This is the small API other pages use (e.g. lesson L4.1's predictions):

    kind, model = load_network("mnist-weights.pt")      # "keras" or "naive"
    probabilities(model, images)                        # (N, 10), rows sum to 1
    probabilities_from_file("mnist-weights.pt", images)

The file's tensors decide which of the lesson's two networks it is and how wide its hidden layer
is; core.mnist.weights reads it once (a regular file within limits.MAX_WEIGHTS_BYTES, tensors
only, `weights_only=True`, names and shapes checked) and raises WeightsError with the reason for
anything else.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from desktop_app.core import limits
from desktop_app.core.mnist.models import INPUTS, keras_mlp, naive_mlp
from desktop_app.core.mnist.results import predict_probabilities
from desktop_app.core.mnist.weights import WeightsError, load_state, read_state

__all__ = ["load_network", "probabilities", "probabilities_from_file"]

DEFAULT_HIDDEN = 512


def _saved_shape(state: dict[str, torch.Tensor]) -> tuple[str, int]:
    """(kind, hidden) from the file's first-layer tensor; the lesson's default when unsure
    (load_state then says what does not fit)."""
    first = state.get("0.weight")
    if isinstance(first, torch.Tensor) and first.ndim == 2 and first.shape[1] == INPUTS:
        return "keras", int(first.shape[0])
    first = state.get("layers.0.W")
    if isinstance(first, torch.Tensor) and first.ndim == 2 and first.shape[0] == INPUTS:
        return "naive", int(first.shape[1])
    return "keras", DEFAULT_HIDDEN


def load_network(path: str | Path) -> tuple[str, object]:
    """("keras" | "naive", model on the CPU) from a file saved by the app; WeightsError if unusable.

    The file is read once, bounded and checked (core.mnist.weights.read_state): a FIFO, a huge
    file or a hidden layer wider than limits.MAX_MNIST_HIDDEN is refused before any model is built."""
    path = Path(path)
    state = read_state(path)
    kind, hidden = _saved_shape(state)
    if not 1 <= hidden <= limits.MAX_MNIST_HIDDEN:
        raise WeightsError(f"{path.name}: a hidden layer of {hidden:,} units "
                           f"(this app builds at most {limits.MAX_MNIST_HIDDEN:,})")
    model = keras_mlp(hidden) if kind == "keras" else naive_mlp(hidden)
    load_state(model, state, path.name)
    if kind == "keras":
        model.eval().requires_grad_(False)
    return kind, model


def probabilities(model: object, images: np.ndarray) -> np.ndarray:
    """(N, 10) float32 probabilities for images (N, 784) or (N, 28, 28), pixels in [0, 1]."""
    return predict_probabilities(model, images)


def probabilities_from_file(path: str | Path, images: np.ndarray) -> np.ndarray:
    """The same, for the network saved in `path`."""
    return probabilities(load_network(path)[1], images)
