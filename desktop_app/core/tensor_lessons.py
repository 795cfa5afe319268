"""What the L4.2 and L4.3 presets compute, as `core.lessons` sections (no data, no timing).

`slices`: the shape of every index expression of lesson L4.2 on a stand-in of the lesson's full
(60000, 28, 28) uint8 tensor (a broadcast view: no memory), checked by the same parser as the
tensor page. `broadcasting`: lesson L4.3's broadcast sum, 4-D maximum, dot and reshape shapes.
The race's times are measured by its page and bench/bench_vectorise.py, never checked here.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop_app.core.broadcasting import broadcast_sum, dot_examples, maximum_example, reshape_examples
from desktop_app.core.tensor_slices import LESSON_SLICES, parse_slice, select

__all__ = ["LESSON_TEST_COUNT", "LESSON_TRAIN_COUNT", "broadcasting_section", "slices_section", "stand_in_tensors"]

LESSON_TRAIN_COUNT = 60_000
LESSON_TEST_COUNT = 10_000


def stand_in_tensors() -> dict[str, np.ndarray]:
    """Zero-filled tensors with the shapes and dtype of Keras's ``mnist.load_data()`` (views, no memory)."""
    zero = np.uint8(0)
    return {
        "train_images": np.broadcast_to(zero, (LESSON_TRAIN_COUNT, 28, 28)),
        "train_labels": np.broadcast_to(zero, (LESSON_TRAIN_COUNT,)),
        "test_images": np.broadcast_to(zero, (LESSON_TEST_COUNT, 28, 28)),
        "test_labels": np.broadcast_to(zero, (LESSON_TEST_COUNT,)),
    }


def slices_section(preset: Any, out: Any, results: Any, records: Any) -> None:
    """``shape[TEXT]`` for each lesson slice, and the image tensor's rank (``ndim``)."""
    tensors = stand_in_tensors()
    out.values["ndim"] = float(tensors["train_images"].ndim)
    out.values["shape"] = [float(n) for n in tensors["train_images"].shape]
    for example in LESSON_SLICES:
        shape = select(parse_slice(example.text), tensors).info.shape
        out.values[f"shape[{example.text}]"] = [float(n) for n in shape]


def broadcasting_section(preset: Any, out: Any, results: Any, records: Any) -> None:
    """The broadcast sum equals the repeated one; shapes of maximum, dot and reshape."""
    example = broadcast_sum()
    out.values["broadcast.equal"] = float(example.equal)
    out.values["broadcast.expanded_shape"] = [float(n) for n in example.expanded.shape]
    out.values["broadcast.repeated_shape"] = [float(n) for n in example.repeated.shape]
    maximum = maximum_example()
    out.values["maximum.shape"] = [float(n) for n in maximum.result_shape]
    out.values["maximum.equal_to_loops"] = float(maximum.equal_to_loops)
    for dot in dot_examples():
        out.values[f"dot.shape[{dot.left}·{dot.right}]"] = [float(n) for n in dot.result]
    _, reshapes = reshape_examples()
    out.values["reshape.shapes"] = [[float(n) for n in r.result.shape] for r in reshapes]
