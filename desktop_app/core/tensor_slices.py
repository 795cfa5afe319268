"""Lesson L4.2's index expressions (``train_images[10:100]``, ``[:, 7:-7, 7:-7]``) on the MNIST tensors.

A student types the slice; it is checked by the loss's own parser (`core.expression`: ast
whitelist, literal whole numbers only, nothing evaluated as Python), then only subscripts of a
known tensor name are accepted here. Indexing is plain NumPy basic indexing, so every selection
is a view: no slice, however large, copies the 47 MB image tensor.

Errors are `SliceError`s located at the offending characters, with a `kind` and its `params` as
data so each front end can word them in its own language.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop_app.core.expression import ExpressionError, parse_program, subscript_key
from desktop_app.core.mnist.data import IMAGE_SIDE, MnistData

__all__ = [
    "DEFAULT_TENSOR",
    "LESSON_SLICES",
    "TENSOR_NAMES",
    "LessonSlice",
    "Selection",
    "SliceError",
    "SliceProgram",
    "TensorInfo",
    "lesson_tensors",
    "parse_slice",
    "select",
    "tensor_info",
]

#: The names Keras's ``mnist.load_data()`` gives the four arrays, as the lesson writes them.
TENSOR_NAMES = ("train_images", "train_labels", "test_images", "test_labels")
#: What a bare ``[...]`` indexes, as the lesson's ``[:, 14:, 14:]`` does.
DEFAULT_TENSOR = "train_images"


class SliceError(ExpressionError):
    """A slice that cannot be used; `kind` and `params` say why as data (the message in English).

    kinds: ``syntax`` (the shared parser refused it; `params["reason"]` says why, in English),
    ``empty``, ``not_indexing`` (anything but ``name[...]``), ``unknown_tensor`` (`name`,
    `known`), ``too_many_indices`` (`count`, `rank`), ``index_out_of_range`` (`index`, `axis`,
    `size`).
    """

    def __init__(self, kind: str, message: str, line: int | None = None, col: int | None = None,
                 end_col: int | None = None, **params: Any) -> None:
        super().__init__(message, line, col, end_col, kind=kind, **params)

    @property
    def params(self) -> dict[str, Any]:
        """The numbers and names of the wording (ExpressionError's `data`)."""
        return self.data


@dataclass(frozen=True)
class LessonSlice:
    """One index expression of the lesson and the shape it gives (None: the number of images)."""

    text: str
    shape: tuple[int | None, ...]
    from_lesson: bool = True

    def expected_shape(self, count: int) -> tuple[int, ...]:
        """The shape on a tensor of `count` images (the lesson's full set: 60,000)."""
        return tuple(count if n is None else n for n in self.shape)


LESSON_SLICES: tuple[LessonSlice, ...] = (
    LessonSlice("train_images", (None, 28, 28)),
    LessonSlice("train_images[4]", (28, 28)),
    LessonSlice("train_labels[4]", ()),
    LessonSlice("train_images[10:100]", (90, 28, 28)),
    LessonSlice("train_images[10:100, :, :]", (90, 28, 28)),
    LessonSlice("train_images[10:100, 0:28, 0:28]", (90, 28, 28)),
    LessonSlice("train_images[:, 14:, 14:]", (None, 14, 14)),
    LessonSlice("train_images[:, 7:-7, 7:-7]", (None, 14, 14)),
    LessonSlice("train_images[:128]", (128, 28, 28)),
    LessonSlice("train_images[128:256]", (128, 28, 28)),
    LessonSlice("test_images[0:10]", (10, 28, 28)),
    LessonSlice("train_images[-1]", (28, 28), from_lesson=False),
    LessonSlice("train_images[0:20:2]", (10, 28, 28), from_lesson=False),
)


@dataclass(frozen=True)
class _Part:
    """One index of a subscript and where it was typed."""

    key: int | slice
    span: tuple[int, int, int]


@dataclass(frozen=True)
class _Step:
    parts: tuple[_Part, ...]
    span: tuple[int, int, int]


@dataclass(frozen=True)
class SliceProgram:
    """A checked index expression: a tensor name and one key per ``[...]``. Make it with parse_slice."""

    text: str
    name: str
    steps: tuple[_Step, ...] = field(repr=False)

    @property
    def keys(self) -> tuple[tuple[int | slice, ...], ...]:
        """The NumPy key of each ``[...]`` in order, e.g. ``((slice(10, 100, None),),)``."""
        return tuple(tuple(part.key for part in step.parts) for step in self.steps)


def parse_slice(text: str, default: str = DEFAULT_TENSOR) -> SliceProgram:
    """Check an index expression; a bare ``[...]`` indexes `default`. Raise a located SliceError."""
    if not isinstance(text, str) or not text.strip():
        raise SliceError("empty", "type an index expression such as train_images[10:100]", 1, 1)
    stripped = text.lstrip()
    prefix = default if stripped.startswith("[") else ""
    shift = len(prefix) - (len(text) - len(stripped))
    source = prefix + stripped

    def located(line: int | None, col: int | None, end: int | None) -> tuple:
        if col is None:
            return line, None, None
        start = max(1, col - shift)
        return line, start, None if end is None else max(start + 1, end - shift)

    try:
        program = parse_program(source)
    except ExpressionError as error:
        raise SliceError("syntax", error.message, *located(error.line, error.col, error.end_col),
                         reason=error.message, parser_kind=error.kind) from None
    node = program.loss
    if len(program.statements) != 1:
        raise SliceError("not_indexing", _NOT_INDEXING, *located(*program.span(program.statements[1].expr)))
    steps: list[_Step] = []
    while isinstance(node, ast.Subscript):
        slice_node = node.slice
        part_nodes = slice_node.elts if isinstance(slice_node, ast.Tuple) else [slice_node]
        parts = tuple(_Part(key, located(*program.span(part)))
                      for key, part in zip(subscript_key(node), part_nodes))
        steps.insert(0, _Step(parts, located(*program.span(slice_node))))
        node = node.value
    if not isinstance(node, ast.Name):
        raise SliceError("not_indexing", _NOT_INDEXING, *located(*program.span(node)))
    if node.id not in TENSOR_NAMES:
        raise SliceError("unknown_tensor", f"unknown tensor `{node.id}`; use one of {', '.join(TENSOR_NAMES)}",
                         *located(*program.span(node)), name=node.id, known=TENSOR_NAMES)
    return SliceProgram(text=text, name=node.id, steps=tuple(steps))


_NOT_INDEXING = "only indexing is allowed here, e.g. train_images[10:100] or [:, 7:-7, 7:-7]"


@dataclass(frozen=True)
class TensorInfo:
    """What the lesson prints about a tensor: ``ndim``, ``shape`` and ``dtype``."""

    rank: int
    shape: tuple[int, ...]
    dtype: str


def tensor_info(array: np.ndarray) -> TensorInfo:
    """Rank, shape and dtype name of an array (e.g. 3, (60000, 28, 28), "uint8")."""
    return TensorInfo(array.ndim, tuple(int(n) for n in array.shape), str(array.dtype))


@dataclass(frozen=True)
class Selection:
    """The result of an index expression and where its elements came from.

    `array` is a view of the tensor. `samples`, `rows` and `cols` are same-shaped (zero-memory)
    views holding each element's original sample, row and column, for labels and hover readouts;
    `rows`/`cols` are None for a label tensor.
    """

    name: str
    array: np.ndarray
    samples: np.ndarray
    rows: np.ndarray | None
    cols: np.ndarray | None

    @property
    def info(self) -> TensorInfo:
        return tensor_info(self.array)

    @property
    def kind(self) -> str:
        """How to show it: "images" (k, h, w), "image" (one sample's h×w), "matrix", "vector", "scalar"."""
        ndim = self.array.ndim
        if ndim <= 1:
            return ("scalar", "vector")[ndim]
        if ndim == 3:
            return "images"
        single = self.samples.size == 0 or np.all(self.samples == self.samples.flat[0])
        return "image" if single and self.array.size else "matrix"

    def image_samples(self) -> np.ndarray:
        """For "images": the original sample number of each image (empty images give -1)."""
        if self.array.ndim != 3 or self.array.shape[1] * self.array.shape[2] == 0:
            return np.full(self.array.shape[0] if self.array.ndim else 0, -1, np.int64)
        return np.asarray(self.samples[:, 0, 0], dtype=np.int64)


def select(program: SliceProgram, tensors: Mapping[str, np.ndarray]) -> Selection:
    """Apply a checked index expression; out-of-range indices raise a located SliceError."""
    array = tensors[program.name]
    grids = _origin_grids(array.shape)
    for step in program.steps:
        key = _checked_key(step, array.shape)
        array = array[key]
        grids = tuple(None if grid is None else grid[key] for grid in grids)
    samples, rows, cols = grids
    return Selection(program.name, array, samples, rows, cols)


def _origin_grids(shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
    """Broadcast views (no memory) giving each element's original (sample, row, col)."""
    grids = []
    for axis in range(3):
        if axis >= len(shape):
            grids.append(None)
            continue
        index_shape = [1] * len(shape)
        index_shape[axis] = shape[axis]
        grids.append(np.broadcast_to(np.arange(shape[axis]).reshape(index_shape), shape))
    return grids[0], grids[1], grids[2]


def _checked_key(step: _Step, shape: tuple[int, ...]) -> tuple[int | slice, ...]:
    if len(step.parts) > len(shape):
        raise SliceError("too_many_indices",
                         f"too many indices: {len(step.parts)} for a tensor of rank {len(shape)} "
                         f"(shape {tuple(shape)})", *step.span, count=len(step.parts), rank=len(shape))
    for axis, (part, size) in enumerate(zip(step.parts, shape)):
        if isinstance(part.key, int) and not -size <= part.key < size:
            raise SliceError("index_out_of_range",
                             f"index {part.key} is out of range for axis {axis} of size {size}",
                             *part.span, index=part.key, axis=axis, size=size)
    return tuple(part.key for part in step.parts)


def lesson_tensors(data: MnistData) -> dict[str, np.ndarray]:
    """The four arrays as Keras's ``mnist.load_data()`` gives them: uint8 images (N, 28, 28), labels.

    The app keeps pixels scaled to [0, 1] for training; ×255 and rounding restores the files'
    bytes exactly, since each pixel was stored as byte/255 in float32.
    """
    def images(x: np.ndarray) -> np.ndarray:
        return np.rint(x * np.float32(255)).astype(np.uint8).reshape(-1, IMAGE_SIDE, IMAGE_SIDE)

    return {
        "train_images": images(data.train_x), "train_labels": data.train_y.astype(np.uint8),
        "test_images": images(data.test_x), "test_labels": data.test_y.astype(np.uint8),
    }
