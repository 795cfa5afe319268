"""Every lesson preset reproduces the numbers its lesson printed (to the printed precision, in the
preset's dtype), and the presets without printed numbers pass an independent check."""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pytest

from desktop_app.core.breakdown import per_sample_gradients
from desktop_app.core.lessons import PresetRun, data_values, run_preset, start_values
from desktop_app.core.presets import PRESETS, get_preset, preset_names

HANGUL = re.compile("[\uac00-\ud7a3]")


@cache
def outcome(name: str) -> PresetRun:
    return run_preset(get_preset(name))


def values(name: str) -> dict:
    return outcome(name).output.values


# --- independent checks for what the lessons show without printing a number ---------------------


def check_accuracy_vs_loss() -> None:
    v = values("l2-accuracy-vs-loss")
    assert v["accuracy.levels"] >= 2  # the staircase has steps ...
    assert v["accuracy.flat_fraction"] > 0.9  # ... and is flat almost everywhere
    assert v["loss.flat_fraction"] == 0.0
    assert all(abs(s) > 0 for s in v["sweep.loss_slope"])


def check_least_squares() -> None:
    v = values("l3-least-squares")
    data = data_values(get_preset("l3-least-squares"))
    X, y = data["X"], data["y"]
    expected = np.linalg.solve(X.T @ X, X.T @ y)
    np.testing.assert_allclose(v["beta_hat.beta"], expected, rtol=1e-10)
    scale = np.abs(2 * X.T @ y).max()
    assert v["beta_hat.grad_norm"] < 1e-12 * scale  # 0 up to rounding
    assert v["true.grad_norm"] > 1.0  # small compared with the start, but not 0
    assert v["true.grad_norm"] < v["start.grad_norm"] / 10
    np.testing.assert_allclose(v["start.grad"], v["start.by_hand"], rtol=1e-9)


def check_learning_rates() -> None:
    v = values("l3-learning-rates")
    assert v["final.beta[lr=2]"] == 2.0  # curvature 1/2: one step lands on the minimum
    assert abs(v["final.beta[lr=0.1]"] - 2.0) > 0.1  # crawls
    assert abs(v["final.beta[lr=3.5]"] - 2.0) < 1e-3  # oscillates, converges
    assert abs(v["final.beta[lr=4]"] - 2.0) == 12.0  # bounces between -10 and 14
    assert v["status[lr=6]"] == "diverged"


def check_homework() -> None:
    alpha = 0.01 / 3
    closed_form = 1 - 4 * (1 - 2 * alpha) ** 100
    assert values("l3-homework")["x_after[100]"] == pytest.approx(closed_form, abs=1e-5)


def check_dense() -> None:
    v = values("l4-tape-dense")
    x = data_values(get_preset("l4-tape-dense"))["x"]
    np.testing.assert_allclose(v["grad.W"], x.T @ np.ones((2, 2)), rtol=1e-6)
    np.testing.assert_allclose(v["grad.b"], [2.0, 2.0])


def check_by_hand(name: str) -> None:
    v = values(name)
    for param in get_preset(name).by_hand:
        np.testing.assert_allclose(v[f"by_hand.{param}"], v[f"grad.{param}"], rtol=2e-6)


def check_two_samples() -> None:
    preset = get_preset("l5-two-samples")
    start, data = start_values(preset), data_values(preset)
    W, b = float(start["W"]), float(start["b"])
    residual = W * data["X"] + b - data["Y"]
    v = values("l5-two-samples")
    np.testing.assert_allclose(v["per_sample.W"], 2 * residual * data["X"], rtol=1e-5)
    np.testing.assert_allclose(v["per_sample.b"], 2 * residual, rtol=1e-5)
    assert v["per_sample.combine"] == "mean"
    assert v["grad.W"] == pytest.approx(sum(v["per_sample.W"]) / 2, rel=1e-6)
    check_by_hand("l5-two-samples")


def check_numeric_noise() -> None:
    v = values("l2-mean-of-tensor")
    estimate = np.asarray(v["numeric.x"])
    assert np.all(np.abs(estimate - 1.8125) < 1e-2)  # close, but float32 rounding shows with h = 1e-5
    assert np.any(estimate != 1.8125)


def check_predictions_page() -> None:
    import torch

    from desktop_app.core.mnist.lesson_predictions import LESSON_FIRST_PREDICTION, lesson_predictions
    from desktop_app.core.mnist.models import keras_mlp
    from desktop_app.core.presets import PAGES
    from tests.mnist_subset import subset_data

    assert get_preset("l4-predictions").page in PAGES
    p = lesson_predictions(keras_mlp(generator=torch.Generator().manual_seed(0)), subset_data())
    assert p.labels[0] == LESSON_FIRST_PREDICTION[0] == 7  # the lesson's test_labels[0] = 7
    np.testing.assert_allclose(p.sums, 1.0, atol=1e-5)  # even untrained, softmax rows sum to 1


EXTRA_CHECKS = {
    "l2-mean-of-tensor": check_numeric_noise,
    "l2-accuracy-vs-loss": check_accuracy_vs_loss,
    "l3-cafe-matrix": lambda: np.testing.assert_allclose(
        values("l3-cafe-matrix")["by_hand.beta"], values("l3-cafe-matrix")["grad.beta"], rtol=1e-5),
    "l3-least-squares": check_least_squares,
    "l3-learning-rates": check_learning_rates,
    "l3-homework": check_homework,
    "l4-predictions": check_predictions_page,
    "l4-tape-tensor": lambda: check_by_hand("l4-tape-tensor"),
    "l4-tape-dense": check_dense,
    "l5-one-sample": lambda: check_by_hand("l5-one-sample"),
    "l5-two-samples": check_two_samples,
}


@pytest.mark.parametrize("name", preset_names())
def test_preset_reproduces_its_lesson(name: str) -> None:
    preset = get_preset(name)
    assert preset.expected or name in EXTRA_CHECKS, "every preset needs a check"
    run = outcome(name)
    failed = [c for c in run.checks if not c.ok]
    assert not failed, failed
    assert all(r.status in ("finished", "diverged") for r in run.results)
    if name in EXTRA_CHECKS:
        EXTRA_CHECKS[name]()


@pytest.mark.parametrize("name", preset_names())
def test_preset_is_bilingual(name: str) -> None:
    preset = PRESETS[name]
    assert re.fullmatch(r"l[1-5]-[a-z0-9-]+", preset.name)
    assert re.fullmatch(r"L[1-5]\.\d", preset.lesson)
    for text in (preset.title, preset.explanation):
        assert text.strip() and not HANGUL.search(text)
    for text in (preset.title_ko, preset.explanation_ko):
        assert HANGUL.search(text)
    assert len(preset.explanation) > 80 and len(preset.explanation_ko) > 40


def test_every_lesson_with_numbers_has_a_preset() -> None:
    lessons = {p.lesson for p in PRESETS.values()}
    wanted = {"L1.1", "L1.2", "L1.3", "L2.1", "L2.2", "L2.3", "L3.1", "L3.2", "L3.3", "L3.4", "L3.5",
              "L3.6", "L3.7", "L3.8", "L4.1", "L4.2", "L4.3", "L4.4", "L5.1", "L5.2"}
    assert wanted <= lessons


def test_l1_3_table_shows_parameters_after_and_loss_before_each_step() -> None:
    run = outcome("l1-linear-regression")
    records, v = run.records[0], values("l1-linear-regression")
    assert v["table.loss[50]"] == records["loss"][50]  # before step 50's update
    assert v["table.w[50]"] == records["w"][51]  # after it
    assert v["table.w[500]"] == run.results[0].final["w"]
    assert len(v["predictions"]) == 4
    np.testing.assert_allclose(v["truth"], [48, 98, 123, 143])
    np.testing.assert_allclose(v["predictions"], v["truth"], atol=1.5)


def test_page_presets_name_a_page_and_train_nothing() -> None:
    from desktop_app.core.presets import PAGES

    pages = {p.name: p.page for p in PRESETS.values() if p.page}
    assert pages == {"l4-predictions": "predictions", "l4-tensors": "tensors", "l4-vectorise": "vectorise"}
    assert set(pages.values()) == set(PAGES)
    assert all(PRESETS[n].steps == 0 and not PRESETS[n].init for n in pages)


def test_unknown_preset_suggests_names() -> None:
    with pytest.raises(ValueError, match="did you mean `l3-cafe-gradient`"):
        get_preset("l3-cafe-gradiant")


def test_breakdown_of_a_sum_is_the_sum_and_needs_samples() -> None:
    found = per_sample_gradients("sum((w*x - y)**2)", {"w": 1.0}, {"x": [1.0, 2.0, 3.0], "y": [2.0, 2.0, 2.0]},
                                 dtype="float64")
    assert found.combine == "sum" and found.samples == 3
    np.testing.assert_allclose(found.per_sample["w"], 2 * (np.array([1, 2, 3]) - 2) * np.array([1, 2, 3]))
    with pytest.raises(ValueError, match="sample axis"):
        per_sample_gradients("(w - c)**2", {"w": 1.0}, {"c": 2.0})
