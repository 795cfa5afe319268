"""Read the four MNIST IDX files from a folder, checking their structure.

A teacher may point the app at any folder (a subset, a copy from a USB stick), so files are
accepted on structure alone: magic number, counts, 28x28 shape, matching image and label counts,
labels 0-9, no missing bytes. Each error names the file and says exactly what is wrong, because
"cannot load MNIST" leaves a student stuck. Official checksums are the downloader's business.
"""

from __future__ import annotations

import gzip
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn

import numpy as np

from desktop_app.core import limits
from desktop_app.core.files import open_regular

__all__ = [
    "FILES",
    "IMAGE_SIDE",
    "MnistData",
    "MnistFormatError",
    "find_file",
    "load_mnist",
    "missing_files",
    "read_idx_images",
    "read_idx_labels",
]

IMAGE_SIDE = 28
IMAGES_MAGIC = 2051  # 0x00000803: unsigned bytes, 3 dimensions
LABELS_MAGIC = 2049  # 0x00000801: unsigned bytes, 1 dimension

# role -> standard file name (gzip-compressed, as published)
FILES: dict[str, str] = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}


class MnistFormatError(ValueError):
    """A file that is not a valid MNIST IDX file; the message names the file and the problem."""


@dataclass(frozen=True)
class MnistData:
    """Pixels as float32 in [0, 1], one flattened 784-vector per row; labels as int64 0-9."""

    train_x: np.ndarray
    train_y: np.ndarray
    test_x: np.ndarray
    test_y: np.ndarray

    def limit_train(self, count: int | None) -> MnistData:
        """The first `count` training images (all when None), e.g. for a quick demo."""
        if count is None or count >= len(self.train_y):
            return self
        if count < 1:
            raise ValueError(f"the number of training images must be at least 1, not {count}")
        return MnistData(self.train_x[:count], self.train_y[:count], self.test_x, self.test_y)


def find_file(folder: Path, name: str) -> Path | None:
    """The file `name` in `folder`, or its un-gzipped twin (name without .gz), or None.

    Anything by that name counts (a folder, a FIFO): reading it then says what it is."""
    for candidate in (folder / name, folder / name.removesuffix(".gz")):
        if os.path.lexists(candidate):
            return candidate
    return None


def missing_files(folder: str | Path) -> list[str]:
    """Standard file names not present in `folder` (gzipped or not)."""
    folder = Path(folder)
    return [name for name in FILES.values() if find_file(folder, name) is None]


#: Bytes read past the claimed body, to say how many extra bytes a file has (up to this many).
_SLACK = 4096


def _read_exactly(handle: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes (fewer only at the end of the file)."""
    parts, left = [], size
    while left > 0:
        part = handle.read(left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _read_idx(path: Path, magic: int, fields: int,
              body_size: Callable[[tuple[int, ...]], int]) -> tuple[tuple[int, ...], bytes]:
    """The header fields and the body of an IDX file, reading the header first and then at most
    the body size it claims (and a few bytes to notice extra data): a gzip bomb or a huge sparse file
    costs no more than a real file of the size its header says."""
    try:
        with open_regular(path) as raw:
            on_disk = os.fstat(raw.fileno()).st_size
            gzipped = path.suffix == ".gz"
            handle: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if gzipped else raw
            with handle:
                head = _read_exactly(handle, 4 * (1 + fields))
                header = _header(path, head, magic, fields)
                expected = body_size(header)
                if not gzipped and on_disk - len(head) != expected:
                    _wrong_size(path, header, expected, on_disk - len(head))
                body = _read_exactly(handle, expected + _SLACK)
    except EOFError:
        raise MnistFormatError(f"{path.name}: the file is cut short (incomplete download?)") from None
    except (gzip.BadGzipFile, zlib.error) as error:
        raise MnistFormatError(f"{path.name}: not a valid gzip file ({error})") from None
    if len(body) != expected:
        _wrong_size(path, header, expected, len(body))
    return header, body


def _wrong_size(path: Path, header: tuple[int, ...], expected: int, found: int) -> NoReturn:
    what = "images" if len(header) == 3 else "labels"
    if found < expected:
        raise MnistFormatError(
            f"{path.name}: the header says {header[0]} {what} ({expected} bytes) "
            f"but the file holds only {found} bytes (truncated?)"
        )
    extra = "at least " if found == expected + _SLACK else ""
    raise MnistFormatError(f"{path.name}: {extra}{found - expected} unexpected bytes after the {header[0]} {what}")


def _header(path: Path, raw: bytes, magic: int, fields: int) -> tuple[int, ...]:
    size = 4 * (1 + fields)
    if len(raw) < size:
        raise MnistFormatError(
            f"{path.name}: only {len(raw)} bytes, too short for an IDX header ({size} bytes)"
        )
    found, *rest = struct.unpack(f">{1 + fields}i", raw[:size])
    if found != magic:
        kind = "images" if magic == IMAGES_MAGIC else "labels"
        raise MnistFormatError(
            f"{path.name}: magic number {found}, expected {magic} for an MNIST {kind} file"
            + (" (images and labels swapped?)" if found in (IMAGES_MAGIC, LABELS_MAGIC) else "")
        )
    count = rest[0]
    what = "images" if magic == IMAGES_MAGIC else "labels"
    if count < 1:
        raise MnistFormatError(f"{path.name}: the header says {count} {what}")
    if count > limits.MAX_MNIST_IMAGES:
        raise MnistFormatError(
            f"{path.name}: the header says {count:,} {what}; at most {limits.MAX_MNIST_IMAGES:,} are read"
        )
    if magic == IMAGES_MAGIC and (rest[1], rest[2]) != (IMAGE_SIDE, IMAGE_SIDE):
        raise MnistFormatError(f"{path.name}: images are {rest[1]}x{rest[2]}, expected 28x28")
    return tuple(rest)


def read_idx_images(path: str | Path) -> np.ndarray:
    """Images as uint8 of shape (count, 28, 28)."""
    path = Path(path)
    (count, rows, cols), body = _read_idx(path, IMAGES_MAGIC, 3, lambda h: h[0] * h[1] * h[2])
    return np.frombuffer(body, dtype=np.uint8).reshape(count, rows, cols)


def read_idx_labels(path: str | Path) -> np.ndarray:
    """Labels as uint8 of shape (count,), each 0-9."""
    path = Path(path)
    _, body = _read_idx(path, LABELS_MAGIC, 1, lambda h: h[0])
    labels = np.frombuffer(body, dtype=np.uint8)
    bad = np.flatnonzero(labels > 9)
    if bad.size:
        raise MnistFormatError(
            f"{path.name}: label {int(labels[bad[0]])} at position {int(bad[0])} is not a digit 0-9"
        )
    return labels


def _pair(folder: Path, images_name: str, labels_name: str) -> tuple[np.ndarray, np.ndarray]:
    paths = []
    for name in (images_name, labels_name):
        path = find_file(folder, name)
        if path is None:
            raise MnistFormatError(f"{name}: not found in {folder}")
        paths.append(path)
    images = read_idx_images(paths[0])
    labels = read_idx_labels(paths[1])
    if len(images) != len(labels):
        raise MnistFormatError(
            f"{paths[0].name} holds {len(images)} images but {paths[1].name} "
            f"holds {len(labels)} labels: they must match"
        )
    x = images.reshape(len(images), IMAGE_SIDE * IMAGE_SIDE).astype(np.float32) / np.float32(255)
    return x, labels.astype(np.int64)


def load_mnist(folder: str | Path) -> MnistData:
    """Load and check the four standard files in `folder`; raise MnistFormatError naming the culprit."""
    folder = Path(folder)
    if not folder.is_dir():
        raise MnistFormatError(f"{folder}: no such folder")
    missing = missing_files(folder)
    if missing:
        raise MnistFormatError(f"{folder} lacks {', '.join(missing)}")
    train_x, train_y = _pair(folder, FILES["train_images"], FILES["train_labels"])
    test_x, test_y = _pair(folder, FILES["test_images"], FILES["test_labels"])
    return MnistData(train_x, train_y, test_x, test_y)
