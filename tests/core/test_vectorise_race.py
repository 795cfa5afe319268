"""Lesson L4.3's race: every contender computes the naive loops' z, reports progress and can stop;
the broadcasting, dot and reshape examples agree with their explicit forms. (Speed: bench/.)"""

from __future__ import annotations

import itertools
import threading

import numpy as np
import pytest

from desktop_app.core.broadcasting import (
    align_shapes,
    broadcast_sum,
    dot_examples,
    maximum_example,
    reshape_examples,
)
from desktop_app.core.vectorise_race import (
    CONTENDERS,
    Race,
    available_contenders,
    lesson_arrays,
    naive_add,
    naive_relu,
)


def test_the_naive_loops_compute_the_vectorised_line() -> None:
    x, y = lesson_arrays()
    assert x.shape == y.shape == (20, 100)
    x[0, 0] = -5.0  # relu must clip something
    z = naive_relu(naive_add(x, y))
    assert np.array_equal(z, np.maximum(x + y, 0.))
    assert z[0, 0] == 0.0 and x[0, 0] == -5.0  # the naive functions copy, as the book's do


def test_race_reports_progress_then_a_result_per_contender() -> None:
    race = Race(contenders=("numpy-naive", "numpy", "torch-cpu"), repetitions=30)
    progress = list(race)
    for key in race.contenders:
        mine = [p for p in progress if p.contender == key]
        assert [p.done for p in mine] == sorted({p.done for p in mine}) and mine[-1].finished
        assert all(b.seconds >= a.seconds for a, b in itertools.pairwise(mine))
        assert mine[-1].seconds == race.result_of(key).seconds > 0
    assert [r.contender for r in race.results] == list(race.contenders)
    assert all(r.same_result and r.repetitions == 30 for r in race.results)
    assert race.speedup() == race.result_of("numpy-naive").seconds / race.result_of("numpy").seconds
    naive_chunks = [p.done for p in progress if p.contender == "numpy-naive"]
    assert naive_chunks == [10, 20, 30]


def test_cuda_is_offered_only_with_a_gpu() -> None:
    import torch

    keys = available_contenders()
    assert keys[:3] == ("numpy-naive", "numpy", "torch-cpu")
    assert ("torch-cuda" in keys) == torch.cuda.is_available()


def test_cancel_from_another_thread_stops_within_a_chunk() -> None:
    race = Race(contenders=("numpy-naive", "numpy"), repetitions=1_000_000)
    seen = []
    for progress in race:
        seen.append(progress)
        if len(seen) == 3:
            threading.Thread(target=race.cancel).start()
        if len(seen) > 50:
            pytest.fail("the race did not stop")
    assert race.cancelled and race.results == []
    assert seen[-1].done < 1_000_000


@pytest.mark.parametrize("kwargs", [{"contenders": ("numpy", "fortran")}, {"repetitions": 0},
                                    {"repetitions": 10**9}, {"shape": (20, 100, 3)}, {"shape": (0, 5)}])
def test_bad_race_settings_are_refused_before_any_work(kwargs) -> None:
    with pytest.raises(ValueError):
        Race(**kwargs)


def test_race_contenders_name_their_side() -> None:
    assert {c.side for c in CONTENDERS.values()} == {"naive", "vectorised"}
    assert CONTENDERS["numpy-naive"].side == "naive"


def test_a_vector_broadcast_over_a_matrix_equals_its_repeated_form() -> None:
    example = broadcast_sum()
    assert example.y.shape == (10,) and example.expanded.shape == (1, 10)
    assert example.repeated.shape == example.x.shape == (32, 10)
    assert all(np.array_equal(row, example.y) for row in example.repeated)
    assert example.equal and np.array_equal(example.broadcast.sum(), example.explicit.sum())
    assert example.alignment.padded_right == (1, 10) and example.alignment.stretched == (1, -1)


def test_maximum_of_a_4d_and_a_2d_tensor() -> None:
    example = maximum_example()
    assert example.result_shape == (64, 3, 32, 10) and example.equal_to_loops
    assert example.alignment.padded_right == (1, 1, 32, 10)
    assert example.alignment.stretched == (1, 1, -1, -1)


def test_alignment_refuses_shapes_that_do_not_broadcast() -> None:
    with pytest.raises(ValueError, match="axis 1 has sizes 10 and 3"):
        align_shapes((32, 10), (3,))
    assert align_shapes((3, 1), (1, 4)).result == (3, 4)
    assert align_shapes((3, 1), (1, 4)).stretched == (1, 0)


def test_dot_and_reshape_examples() -> None:
    shapes = [(d.left, d.right, d.result) for d in dot_examples()]
    assert shapes == [((32,), (32,), ()), ((3, 2), (2,), (3,)), ((3, 2), (2, 4), (3, 4))]
    assert all(d.equal_to_loops for d in dot_examples())
    x, examples = reshape_examples()
    assert x.shape == (3, 2)
    assert [e.result.shape for e in examples] == [(6, 1), (2, 3), (2, 3)]
    assert examples[1].result.tolist() == [[0, 1, 2], [3, 4, 5]]
    assert examples[2].result.tolist() == [[0, 2, 4], [1, 3, 5]]
