"""Turn a digit drawn by hand into an MNIST image, the way the dataset was made.

MNIST's digits were scaled (keeping their aspect ratio, anti-aliased) to fit a 20x20 box, then
placed in a 28x28 field so that their centre of mass sits at the field's centre. A network
trained on them expects exactly that: a digit drawn in a corner, or filling the whole pad, is
recognised only after the same normalisation. Plain numpy, so it can be tested without Qt.
"""

from __future__ import annotations

import numpy as np

from desktop_app.core.mnist.data import IMAGE_SIDE

__all__ = ["BOX_SIDE", "area_resize", "centre_of_mass", "to_mnist"]

BOX_SIDE = 20  # the digit's longer side after scaling, in pixels


def _area_weights(source: int, target: int) -> np.ndarray:
    """(target, source) matrix averaging the source pixels each target pixel covers."""
    edges = np.arange(target + 1) * (source / target)
    starts, ends = edges[:-1, None], edges[1:, None]
    pixels = np.arange(source)[None, :]
    overlap = np.clip(np.minimum(ends, pixels + 1) - np.maximum(starts, pixels), 0, None)
    return overlap / (source / target)


def area_resize(image: np.ndarray, height: int, width: int) -> np.ndarray:
    """Resize by averaging the covered area (anti-aliased, like MNIST's normalisation)."""
    rows = _area_weights(image.shape[0], height)
    cols = _area_weights(image.shape[1], width)
    return rows @ image @ cols.T


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) of the ink's centre of mass, in pixel-centre coordinates."""
    total = float(image.sum())
    rows, cols = np.indices(image.shape)
    return float((rows * image).sum() / total), float((cols * image).sum() / total)


def to_mnist(ink: np.ndarray) -> np.ndarray:
    """A drawing (H, W) of ink in [0, 1], any size, as one flattened MNIST image (784,) float32.

    A blank drawing gives a blank image. The digit's bounding box is scaled so its longer side
    is 20 pixels, then shifted by whole pixels to put its centre of mass nearest the centre of
    the 28x28 field (row and column 14, as in MNIST itself), without cutting anything off.
    """
    ink = np.clip(np.asarray(ink, dtype=np.float64), 0.0, 1.0)
    if ink.ndim != 2:
        raise ValueError(f"a drawing must be a 2-D array, not {ink.ndim}-D")
    rows = np.flatnonzero(ink.max(1) > 0)
    cols = np.flatnonzero(ink.max(0) > 0)
    out = np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.float64)
    if rows.size == 0:
        return out.reshape(-1).astype(np.float32)
    crop = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    scale = BOX_SIDE / max(crop.shape)
    height = max(1, min(BOX_SIDE, round(crop.shape[0] * scale)))
    width = max(1, min(BOX_SIDE, round(crop.shape[1] * scale)))
    digit = area_resize(crop, height, width)
    peak = digit.max()
    if peak > 0:
        digit = digit / peak  # a thin pen still gives full-strength ink, as in MNIST
    cy, cx = centre_of_mass(digit)
    centre = IMAGE_SIDE / 2  # where MNIST's own digits have their centre of mass (rows and columns ~14)
    top = int(np.clip(round(centre - cy), 0, IMAGE_SIDE - height))
    left = int(np.clip(round(centre - cx), 0, IMAGE_SIDE - width))
    out[top : top + height, left : left + width] = digit
    return out.reshape(-1).astype(np.float32)
