"""Lesson L4.2's index expressions give the lesson's shapes on real MNIST; hostile text is refused."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.tensor_slices import (
    LESSON_SLICES,
    SliceError,
    lesson_tensors,
    parse_slice,
    select,
    tensor_info,
)
from tests.mnist_subset import subset_data


@pytest.fixture(scope="module")
def tensors():
    return lesson_tensors(subset_data())


def small_tensors(count: int = 30) -> dict[str, np.ndarray]:
    images = np.arange(count * 28 * 28, dtype=np.uint32).reshape(count, 28, 28).astype(np.uint8)
    return {"train_images": images, "train_labels": np.arange(count, dtype=np.uint8) % 10,
            "test_images": images[:10], "test_labels": np.zeros(10, np.uint8)}


def test_the_image_tensor_is_what_keras_loads(tensors) -> None:
    info = tensor_info(tensors["train_images"])
    assert (info.rank, info.shape[1:], info.dtype) == (3, (28, 28), "uint8")
    assert info.shape[0] == len(tensors["train_labels"]) == 22_699
    assert tensor_info(tensors["test_images"]).shape == (10_000, 28, 28)


@pytest.mark.parametrize("example", LESSON_SLICES, ids=lambda e: e.text)
def test_every_lesson_slice_gives_the_lessons_shape(tensors, example) -> None:
    selection = select(parse_slice(example.text), tensors)
    assert selection.info.shape == example.expected_shape(len(tensors["train_images"]))
    assert selection.info.dtype == "uint8"


def test_train_images_4_is_a_nine(tensors) -> None:
    nine = select(parse_slice("train_images[4]"), tensors)
    assert nine.kind == "image" and nine.array.shape == (28, 28)
    assert int(select(parse_slice("train_labels[4]"), tensors).array) == 9
    assert nine.array.max() == 255  # the stroke, not an empty picture
    # the first ten test digits are the official ones (7 2 1 0 4 1 4 9 5 9)
    assert tensors["test_labels"][:10].tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]


def test_the_lessons_spellings_select_the_same_pixels(tensors) -> None:
    same = [select(parse_slice(t), tensors).array for t in
            ("train_images[10:100]", "train_images[10:100, :, :]", "train_images[10:100, 0:28, 0:28]")]
    assert all(np.array_equal(same[0], other) for other in same[1:])
    corner = select(parse_slice("[:, 14:, 14:]"), tensors)  # a bare [...] indexes train_images
    assert np.array_equal(corner.array, tensors["train_images"][:, 14:, 14:])
    centre = select(parse_slice("train_images[:, 7:-7, 7:-7]"), tensors)
    assert np.shares_memory(centre.array, tensors["train_images"])  # a view, never a copy


def test_selection_knows_where_each_image_came_from() -> None:
    tensors = small_tensors()
    batch = select(parse_slice("train_images[0:20:2][3:5]"), tensors)
    assert batch.kind == "images" and batch.image_samples().tolist() == [6, 8]
    crop = select(parse_slice("train_images[-1, 7:-7, 7:]"), tensors)
    assert crop.kind == "image" and crop.array.shape == (14, 21)
    assert (int(crop.samples[0, 0]), int(crop.rows[0, 0]), int(crop.cols[0, 0])) == (29, 7, 7)
    assert select(parse_slice("train_images[:, 3]"), tensors).kind == "matrix"
    assert select(parse_slice("train_images[2, 3]"), tensors).kind == "vector"
    assert select(parse_slice("train_labels[-1]"), tensors).kind == "scalar"


@pytest.mark.parametrize(("text", "kind", "col"), [
    ("", "empty", 1),
    ("__import__('os').system('ls')", "syntax", 1),
    ("open('/etc/passwd')[0]", "syntax", 1),
    ("train_images[4] + 1", "not_indexing", 1),
    ("train_images.T[0]", "not_indexing", 1),
    ("sum(train_images)[0]", "not_indexing", 1),
    ("train_images[0]\ntrain_images[1]", "not_indexing", 1),
    ("weights[3]", "unknown_tensor", 1),
    ("train_images['a']", "syntax", 14),
    ("train_images[2**3]", "syntax", 14),
    ("train_images[[1, 2]]", "syntax", 14),
    ("train_images[...]", "syntax", 14),
    ("train_images[None]", "syntax", 14),
    ("train_images[1e3]", "syntax", 14),
    ("train_images[::-1]", "syntax", 16),
    ("[::0]", "syntax", 4),
    ("train_images[1:2", "syntax", 13),
    ("train_images[1:2]; import os", "syntax", 20),
    ("train_images[99999]", "index_out_of_range", 14),
    ("  [:, -29]", "index_out_of_range", 7),
    ("train_images[0, 0, 0, 0]", "too_many_indices", 14),
    ("train_labels[3][0]", "too_many_indices", 17),
    ("train_images[" + "0:1, " * 3000 + "]", "syntax", None),
])
def test_hostile_slices_are_refused_with_a_located_error(text, kind, col) -> None:
    with pytest.raises(SliceError) as caught:
        select(parse_slice(text), small_tensors())
    error = caught.value
    assert error.kind == kind, str(error)
    assert "\n" not in str(error)
    if col is not None:
        assert (error.line, error.col) == (1, col) or (kind == "not_indexing" and error.line == 2)
        assert str(error).startswith(f"line {error.line}, col {error.col}: ")


def test_out_of_range_error_carries_its_numbers_as_data() -> None:
    with pytest.raises(SliceError) as caught:
        select(parse_slice("train_images[:, 28]"), small_tensors())
    assert caught.value.params == {"index": 28, "axis": 1, "size": 28}
    assert caught.value.to_json()["kind"] == "index_out_of_range"


_index = st.one_of(st.none(), st.integers(-40, 40))


@st.composite
def slice_texts(draw) -> tuple[str, tuple]:
    parts, key = [], []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            i = draw(st.integers(-28, 27))
            parts.append(str(i))
            key.append(i)
        else:
            start, stop = draw(_index), draw(_index)
            step = draw(st.one_of(st.none(), st.integers(1, 5)))
            text = f"{'' if start is None else start}:{'' if stop is None else stop}"
            parts.append(text + ("" if step is None else f":{step}"))
            key.append(slice(start, stop, step))
    return "[" + ", ".join(parts) + "]", tuple(key)


@settings(max_examples=150, deadline=None)
@given(slice_texts())
def test_any_slice_selects_what_numpy_selects(case) -> None:
    text, key = case
    tensors = small_tensors()
    selection = select(parse_slice(text), tensors)
    assert np.array_equal(selection.array, tensors["train_images"][key])
    assert selection.samples.shape == selection.array.shape
