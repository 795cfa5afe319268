"""Lesson L4.3's broadcasting, tensor product and reshape examples, as numbers to draw.

The lesson says adding a (10,) vector to a (32, 10) matrix is the same as first giving the vector
an axis, (1, 10), and repeating it 32 times, (32, 10); it takes ``np.maximum`` of a (64, 3, 32, 10)
and a (32, 10) tensor; it writes ``dot`` as loops; it reshapes a (3, 2) matrix. Each example here
computes both sides so a view can show they agree, and aligns shapes as the broadcasting rule does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "Alignment",
    "BroadcastSum",
    "DotExample",
    "MaximumExample",
    "ReshapeExample",
    "align_shapes",
    "broadcast_sum",
    "dot_examples",
    "maximum_example",
    "reshape_examples",
]


@dataclass(frozen=True)
class Alignment:
    """Two shapes right-aligned, padded with 1s on the left, and the broadcast result.

    `stretched[k]` names which operand (0 or 1) is repeated along axis k, or -1 when neither is.
    """

    left: tuple[int, ...]
    right: tuple[int, ...]
    padded_left: tuple[int, ...]
    padded_right: tuple[int, ...]
    result: tuple[int, ...]
    stretched: tuple[int, ...]


def align_shapes(left: tuple[int, ...], right: tuple[int, ...]) -> Alignment:
    """Apply NumPy's broadcasting rule step by step; ValueError when sizes differ and neither is 1."""
    rank = max(len(left), len(right))
    a = (1,) * (rank - len(left)) + tuple(left)
    b = (1,) * (rank - len(right)) + tuple(right)
    result, stretched = [], []
    for axis, (m, n) in enumerate(zip(a, b)):
        if m != n and 1 not in (m, n):
            raise ValueError(f"shapes {tuple(left)} and {tuple(right)} do not broadcast: "
                             f"axis {axis} has sizes {m} and {n}")
        result.append(max(m, n) if 0 not in (m, n) else 0)
        stretched.append(-1 if m == n else (0 if m == 1 else 1))
    return Alignment(tuple(left), tuple(right), a, b, tuple(result), tuple(stretched))


@dataclass(frozen=True)
class BroadcastSum:
    """``x + y`` with y (10,) broadcast, against y expanded to (1, 10) and repeated to (32, 10)."""

    x: np.ndarray  # (32, 10)
    y: np.ndarray  # (10,)
    expanded: np.ndarray  # (1, 10): np.expand_dims(y, axis=0)
    repeated: np.ndarray  # (32, 10): np.concatenate([expanded] * 32, axis=0)
    broadcast: np.ndarray  # x + y
    explicit: np.ndarray  # x + repeated
    alignment: Alignment

    @property
    def equal(self) -> bool:
        return bool(np.array_equal(self.broadcast, self.explicit))


def broadcast_sum(seed: int = 0, rows: int = 32, cols: int = 10) -> BroadcastSum:
    """The lesson's ``x = np.random.random((32, 10))``, ``y = np.random.random((10,))`` both ways."""
    rng = np.random.default_rng(seed)
    x, y = rng.random((rows, cols)), rng.random((cols,))
    expanded = np.expand_dims(y, axis=0)
    repeated = np.concatenate([expanded] * rows, axis=0)
    return BroadcastSum(x, y, expanded, repeated, x + y, x + repeated,
                        align_shapes(x.shape, y.shape))


@dataclass(frozen=True)
class MaximumExample:
    """``np.maximum`` of a (64, 3, 32, 10) and a (32, 10) tensor, checked against explicit loops."""

    alignment: Alignment
    result_shape: tuple[int, ...]
    equal_to_loops: bool


def maximum_example(seed: int = 0) -> MaximumExample:
    """The lesson's ``z = np.maximum(x, y)`` with x (64, 3, 32, 10) and y (32, 10)."""
    rng = np.random.default_rng(seed)
    x, y = rng.random((64, 3, 32, 10)), rng.random((32, 10))
    z = np.maximum(x, y)
    loops = np.empty_like(x)
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            loops[i, j] = np.maximum(x[i, j], y)  # y is reused for every (i, j): that is broadcasting
    return MaximumExample(align_shapes(x.shape, y.shape), z.shape, bool(np.array_equal(z, loops)))


@dataclass(frozen=True)
class DotExample:
    """``np.dot(a, b)`` for two shapes, and whether the lesson's naive loops give the same."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    result: tuple[int, ...]
    equal_to_loops: bool


def _naive_dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The lesson's naive_vector_dot / naive_matrix_vector_dot / naive_matrix_dot in one."""
    if a.ndim == 1 and b.ndim == 1:
        z = 0.
        for i in range(a.shape[0]):
            z += a[i] * b[i]
        return np.asarray(z)
    if b.ndim == 1:
        return np.array([_naive_dot(a[i], b) for i in range(a.shape[0])])
    return np.array([[_naive_dot(a[i], b[:, j]) for j in range(b.shape[1])] for i in range(a.shape[0])])


def dot_examples(seed: int = 0) -> tuple[DotExample, ...]:
    """Vector·vector (32,)·(32,), matrix·vector (3, 2)·(2,), matrix·matrix (3, 2)·(2, 4)."""
    rng = np.random.default_rng(seed)
    examples = []
    for left, right in (((32,), (32,)), ((3, 2), (2,)), ((3, 2), (2, 4))):
        a, b = rng.random(left), rng.random(right)
        z = np.dot(a, b)
        examples.append(DotExample(left, right, z.shape, bool(np.allclose(z, _naive_dot(a, b), rtol=1e-12))))
    return tuple(examples)


@dataclass(frozen=True)
class ReshapeExample:
    """``x.reshape(shape)`` of the lesson's (3, 2) matrix [[0, 1], [2, 3], [4, 5]] (or its transpose)."""

    operation: str  # "reshape" or "transpose"
    result: np.ndarray


def reshape_examples() -> tuple[np.ndarray, tuple[ReshapeExample, ...]]:
    """The lesson's x and ``x.reshape((6, 1))``, ``x.reshape((2, 3))``, ``np.transpose(x)``."""
    x = np.array([[0., 1.], [2., 3.], [4., 5.]])
    return x, (ReshapeExample("reshape", x.reshape((6, 1))), ReshapeExample("reshape", x.reshape((2, 3))),
               ReshapeExample("transpose", np.transpose(x)))
