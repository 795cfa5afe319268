"""Where the tests find the shared MNIST subset (never copied into the repository)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest

ENV = "GRADIENT_LAB_MNIST_DIR"
DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "mnist-subset"


def subset_dir() -> Path:
    """The subset folder ($GRADIENT_LAB_MNIST_DIR or ../shared/mnist-subset); skip the test if absent."""
    folder = Path(os.environ.get(ENV) or DEFAULT).resolve()
    if not (folder / "t10k-labels-idx1-ubyte.gz").is_file():
        pytest.skip(f"MNIST subset not found at {folder} (set {ENV} to a folder with the four MNIST files)")
    return folder


@lru_cache(maxsize=1)
def _load(folder: Path):
    from desktop_app.core.mnist.data import load_mnist

    return load_mnist(folder)


def subset_data():
    """The subset loaded once per test session (loading takes about half a second)."""
    return _load(subset_dir())
