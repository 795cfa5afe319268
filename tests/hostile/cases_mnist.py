"""MNIST IDX files (core.mnist.data): the header first, then at most the size it claims."""

from __future__ import annotations

import gzip
import os
import shutil
import struct
import zlib
from pathlib import Path

import numpy as np

from desktop_app.core import limits
from desktop_app.core.files import FileRefusedError
from desktop_app.core.mnist.data import (
    FILES,
    MnistFormatError,
    load_mnist,
    read_idx_images,
    read_idx_labels,
)
from tests.hostile.common import fifo, refused, snapshot, sparse
from tests.hostile.harness import case
from tests.mnist_subset import subset_dir

BAD = (MnistFormatError, FileRefusedError)


def _images_header(count: int, rows: int = 28, cols: int = 28, magic: int = 2051) -> bytes:
    return struct.pack(">4i", magic, count, rows, cols)


def _labels_header(count: int, magic: int = 2049) -> bytes:
    return struct.pack(">2i", magic, count)


def _refused_images(tmp: Path, content: bytes | None, pattern: str, name: str = "images-idx3-ubyte.gz") -> str:
    path = tmp / name
    if content is not None:
        path.write_bytes(content)
    before = snapshot(tmp)
    message = refused(BAD, pattern, lambda: read_idx_images(path))
    assert snapshot(tmp) == before
    return message


def _bomb_member() -> bytes:
    """One gzip member of 16 MiB of zeros (about 16 KB compressed)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    return compressor.compress(bytes(16 * 2**20)) + compressor.flush()


@case
def case_gzip_bomb_claiming_512_images(tmp: Path) -> None:
    # 512 images claimed (401 KB), 2 GiB of zeros behind the header: refused after reading 401 KB + a bit
    path = tmp / "bomb-idx3-ubyte.gz"
    with open(path, "wb") as handle:
        handle.write(gzip.compress(_images_header(512)))
        member = _bomb_member()
        for _ in range(128):
            handle.write(member)
    assert path.stat().st_size < 4 * 2**20
    _refused_images(tmp, None, "at least 4096 unexpected bytes after the 512 images", name=path.name)


@case
def case_gzip_header_claiming_a_billion_images(tmp: Path) -> None:
    _refused_images(tmp, gzip.compress(_images_header(10**9)), "at most 100,000 are read")


@case
def case_sparse_8_gb_raw_file(tmp: Path) -> None:
    sparse(tmp / "images-idx3-ubyte", 8 * 2**30, _images_header(512))
    _refused_images(tmp, None, "unexpected bytes after the 512 images", name="images-idx3-ubyte")


@case
def case_sparse_8_gb_gz_file(tmp: Path) -> None:
    sparse(tmp / "images-idx3-ubyte.gz", 8 * 2**30)
    _refused_images(tmp, None, "not a valid gzip file|cut short", name="images-idx3-ubyte.gz")


@case
def case_header_claims_zero_and_negative(tmp: Path) -> None:
    _refused_images(tmp, gzip.compress(_images_header(0)), "says 0 images")
    _refused_images(tmp, gzip.compress(_images_header(-5)), "says -5 images")


@case
def case_wrong_image_shape(tmp: Path) -> None:
    _refused_images(tmp, gzip.compress(_images_header(2, 27, 28) + bytes(2 * 27 * 28)), "27x28, expected 28x28")


@case
def case_huge_image_shape(tmp: Path) -> None:
    _refused_images(tmp, gzip.compress(_images_header(2, 2**30, 2**30)), "expected 28x28")


@case
def case_labels_as_images(tmp: Path) -> None:
    _refused_images(tmp, gzip.compress(_labels_header(20) + bytes(20)), "images and labels swapped")


@case
def case_short_header(tmp: Path) -> None:
    _refused_images(tmp, gzip.compress(b"\x00\x00\x08"), "too short for an IDX header")


@case
def case_truncated_body(tmp: Path) -> None:
    _refused_images(tmp, gzip.compress(_images_header(3) + bytes(784)), "truncated")


@case
def case_cut_gzip_stream(tmp: Path) -> None:
    data = gzip.compress(_images_header(3) + bytes(3 * 784))
    _refused_images(tmp, data[: len(data) // 2], "cut short|truncated")


@case
def case_bad_gzip_checksum(tmp: Path) -> None:
    data = bytearray(gzip.compress(_images_header(1) + bytes(784)))
    data[-8] ^= 0xFF  # CRC32 of the member
    _refused_images(tmp, bytes(data), "not a valid gzip file")


@case
def case_random_bytes(tmp: Path) -> None:
    _refused_images(tmp, np.random.default_rng(0).bytes(10_000), "not a valid gzip file")


@case
def case_empty_file(tmp: Path) -> None:
    _refused_images(tmp, b"", "too short|not a valid gzip")


@case
def case_fifo(tmp: Path) -> None:
    fifo(tmp / "images-idx3-ubyte.gz")
    _refused_images(tmp, None, "FIFO")


@case
def case_folder_in_place_of_a_file(tmp: Path) -> None:
    folder = tmp / "mnist"
    folder.mkdir()
    for name in FILES.values():
        shutil.copy(subset_dir() / name, folder / name)
    (folder / FILES["test_labels"]).unlink()
    (folder / FILES["test_labels"]).mkdir()
    before = snapshot(tmp)
    refused(BAD, "is a folder", lambda: load_mnist(folder))
    assert snapshot(tmp) == before


@case
def case_label_out_of_range(tmp: Path) -> None:
    path = tmp / "labels-idx1-ubyte.gz"
    path.write_bytes(gzip.compress(_labels_header(3) + bytes([1, 2, 10])))
    refused(BAD, "label 10 at position 2", lambda: read_idx_labels(path))


@case
def case_label_count_over_the_bound(tmp: Path) -> None:
    path = tmp / "labels-idx1-ubyte"
    sparse(path, 8 + limits.MAX_MNIST_IMAGES + 1, _labels_header(limits.MAX_MNIST_IMAGES + 1))
    refused(BAD, "at most 100,000", lambda: read_idx_labels(path))


@case
def case_images_and_labels_disagree(tmp: Path) -> None:
    folder = tmp / "mnist"
    folder.mkdir()
    for name in FILES.values():
        shutil.copy(subset_dir() / name, folder / name)
    (folder / FILES["test_labels"]).write_bytes(gzip.compress(_labels_header(2) + b"\x01\x02"))
    refused(BAD, "must match", lambda: load_mnist(folder))


@case
def case_the_real_subset_loads(tmp: Path) -> None:
    data = load_mnist(subset_dir())
    assert data.test_x.shape == (10_000, 784) and data.test_y.max() <= 9
    assert os.path.getsize(subset_dir() / FILES["test_images"]) == 1_648_877
