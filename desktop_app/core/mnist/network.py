"""A trained network from a weights file, and its ten probabilities for any images (no Qt).

This is the small API other pages use (e.g. lesson L4.1's predictions):

    kind, model = load_network("mnist-weights.pt")      # "keras" or "naive"
    probabilities(model, images)                        # (N, 10), rows sum to 1
    probabilities_from_file("mnist-weights.pt", images)

The file's tensors decide which of the lesson's two networks it is and how wide its hidden layer
is; core.mnist.weights then loads it (tensors only, `weights_only=True`, names and shapes
checked) and raises WeightsError with the reason for anything else.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from desktop_app.core.mnist.models import INPUTS, keras_mlp, naive_mlp
from desktop_app.core.mnist.results import predict_probabilities
from desktop_app.core.mnist.weights import load_weights

__all__ = ["load_network", "probabilities", "probabilities_from_file"]

DEFAULT_HIDDEN = 512


def _saved_shape(path: Path) -> tuple[str, int]:
    """(kind, hidden) guessed from the file's first-layer tensor; the lesson's default when unsure.

    Only a guess to build the right model: load_weights reads the file again and checks it all.
    """
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception:  # noqa: BLE001 - load_weights below reports the file's fault in words
        return "keras", DEFAULT_HIDDEN
    if not isinstance(state, dict):
        return "keras", DEFAULT_HIDDEN
    first = state.get("0.weight")
    if isinstance(first, torch.Tensor) and first.ndim == 2 and first.shape[1] == INPUTS:
        return "keras", int(first.shape[0])
    first = state.get("layers.0.W")
    if isinstance(first, torch.Tensor) and first.ndim == 2 and first.shape[0] == INPUTS:
        return "naive", int(first.shape[1])
    return "keras", DEFAULT_HIDDEN


def load_network(path: str | Path) -> tuple[str, object]:
    """("keras" | "naive", model on the CPU) from a file saved by the app; WeightsError if unusable."""
    path = Path(path)
    kind, hidden = _saved_shape(path)
    model = keras_mlp(hidden) if kind == "keras" else naive_mlp(hidden)
    load_weights(model, path)
    if kind == "keras":
        model.eval().requires_grad_(False)
    return kind, model


def probabilities(model: object, images: np.ndarray) -> np.ndarray:
    """(N, 10) float32 probabilities for images (N, 784) or (N, 28, 28), pixels in [0, 1]."""
    return predict_probabilities(model, images)


def probabilities_from_file(path: str | Path, images: np.ndarray) -> np.ndarray:
    """The same, for the network saved in `path`."""
    return probabilities(load_network(path)[1], images)
