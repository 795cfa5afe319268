"""IDX loading: the real subset loads, and every kind of broken file is named and explained."""

from __future__ import annotations

import gzip
import struct
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core.mnist.data import FILES, MnistFormatError, load_mnist, missing_files
from tests.mnist_subset import subset_data


def images_bytes(count: int, rows: int = 28, cols: int = 28, magic: int = 2051, extra: int = 0) -> bytes:
    pixels = (np.arange(count * rows * cols + extra) % 256).astype(np.uint8).tobytes()
    return struct.pack(">4i", magic, count, rows, cols) + pixels


def labels_bytes(labels, magic: int = 2049, count: int | None = None) -> bytes:
    labels = bytes(labels)
    return struct.pack(">2i", magic, len(labels) if count is None else count) + labels


def write(folder: Path, role: str, raw: bytes) -> Path:
    path = folder / FILES[role]
    path.write_bytes(gzip.compress(raw))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A valid miniature MNIST folder: 3 training and 2 test images."""
    write(tmp_path, "train_images", images_bytes(3))
    write(tmp_path, "train_labels", labels_bytes([5, 0, 4]))
    write(tmp_path, "test_images", images_bytes(2))
    write(tmp_path, "test_labels", labels_bytes([7, 2]))
    return tmp_path


def test_subset_loads_as_flat_float32_in_unit_range():
    data = subset_data()
    assert data.train_x.shape == (22_699, 784) and data.test_x.shape == (10_000, 784)
    assert data.train_x.dtype == np.float32 and data.train_y.dtype == np.int64
    assert data.train_x.min() == 0.0 and data.train_x.max() == 1.0
    assert data.train_y[:5].tolist() == [5, 0, 4, 1, 9]  # the well-known first training labels
    assert data.test_y[:3].tolist() == [7, 2, 1]
    assert data.limit_train(100).train_x.shape == (100, 784)


def test_small_folder_loads_pixels_scaled(folder: Path):
    data = load_mnist(folder)
    assert data.train_y.tolist() == [5, 0, 4]
    assert data.train_x[0, 255] == pytest.approx(255 / 255) and data.train_x[0, 1] == pytest.approx(1 / 255)


def test_uncompressed_files_are_accepted(folder: Path):
    path = folder / FILES["test_labels"]
    path.with_suffix("").write_bytes(gzip.decompress(path.read_bytes()))
    path.unlink()
    assert load_mnist(folder).test_y.tolist() == [7, 2]


def test_missing_folder_and_files(tmp_path: Path, folder: Path):
    with pytest.raises(MnistFormatError, match="no such folder"):
        load_mnist(tmp_path / "nowhere")
    (folder / FILES["test_images"]).unlink()
    assert missing_files(folder) == [FILES["test_images"]]
    with pytest.raises(MnistFormatError, match=r"lacks t10k-images-idx3-ubyte\.gz"):
        load_mnist(folder)


@pytest.mark.parametrize(
    ("role", "raw", "message"),
    [
        ("train_images", images_bytes(3, magic=2049),
         r"train-images-idx3-ubyte.gz: magic number 2049, expected 2051 .*swapped"),
        ("train_labels", labels_bytes([1, 2, 3], magic=1234),
         r"train-labels-idx1-ubyte.gz: magic number 1234, expected 2049"),
        ("test_images", images_bytes(2, rows=27), r"t10k-images-idx3-ubyte.gz: images are 27x28, expected 28x28"),
        ("test_images", images_bytes(2)[:-100],
         r"t10k-images-idx3-ubyte.gz: the header says 2 images .* only 1468 bytes .*truncated"),
        ("test_images", images_bytes(2, extra=5), r"t10k-images-idx3-ubyte.gz: 5 unexpected bytes"),
        ("test_labels", labels_bytes([1], count=2), r"t10k-labels-idx1-ubyte.gz: the header says 2 labels .* only 1"),
        ("test_labels", labels_bytes([1, 12]), r"t10k-labels-idx1-ubyte.gz: label 12 at position 1 is not a digit"),
        ("test_labels", b"\x00\x00", r"t10k-labels-idx1-ubyte.gz: only 2 bytes, too short for an IDX header"),
        ("train_labels", labels_bytes([1, 2]),
         r"train-images-idx3-ubyte.gz holds 3 images but train-labels-idx1-ubyte.gz holds 2 labels"),
    ],
)
def test_broken_files_are_explained(folder: Path, role: str, raw: bytes, message: str):
    write(folder, role, raw)
    with pytest.raises(MnistFormatError, match=message):
        load_mnist(folder)


def test_cut_and_non_gzip_files(folder: Path):
    path = folder / FILES["train_images"]
    path.write_bytes(path.read_bytes()[:40])
    with pytest.raises(MnistFormatError, match=r"train-images-idx3-ubyte\.gz: the file is cut short"):
        load_mnist(folder)
    path.write_bytes(b"<html>Not Found</html>")
    with pytest.raises(MnistFormatError, match=r"train-images-idx3-ubyte\.gz: not a valid gzip file"):
        load_mnist(folder)
