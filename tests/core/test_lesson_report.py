"""The lesson report: every preset's result as typed data, computed (not copied from its card)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

import numpy as np
import pytest

from desktop_app.core.lesson_report import LessonReport, Quantity, lesson_report, quantity
from desktop_app.core.lessons import data_values, run_preset, start_values
from desktop_app.core.presets import get_preset, preset_names

KIND = re.compile(r"^[a-z0-9_]+$")


@cache
def report(name: str) -> LessonReport:
    return lesson_report(get_preset(name))


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_reports_kinds_and_the_checks_of_core_lessons(name: str) -> None:
    preset, found = get_preset(name), report(name)
    assert found.preset == name and found.page == preset.page
    checks = run_preset(preset).checks
    assert [(c.expected, c.ok) for c in found.checks] == [(tuple(c.expected) if isinstance(c.expected, tuple)
                                                           else c.expected, c.ok) for c in checks]
    assert all(c.ok for c in found.checks)
    for section in found.sections:  # kinds are identifiers a front end words; never sentences
        assert KIND.match(section.kind) and all(KIND.match(c.kind) for c in section.columns)
        assert all(KIND.match(r.kind) and len(r.cells) == len(section.columns) for r in section.rows)
        assert all(not isinstance(v, str) or KIND.match(v) or v in preset.init or "*" in v or "+" in v
                   for v in section.facts.values())
    assert all(c.quantity.kind != "key" or c.quantity.subject.startswith(("broadcast.", "maximum."))
               for c in found.checks)


def test_grid_search_points_best_index_and_beta() -> None:
    grid = report("l3-grid-search").section("grid")
    assert grid.facts["index"] == 59 and grid.facts["best"] == pytest.approx(1.91919, abs=5e-6)
    points, losses = np.array(grid.curves["points"]), np.array(grid.curves["losses"])
    np.testing.assert_allclose(points, np.linspace(-10, 10, 100))
    np.testing.assert_allclose(losses, (points / 2 - 1) ** 2, rtol=1e-5)  # float32, as the preset
    assert int(np.argmin(losses)) == 59 and grid.facts["loss"] == losses[59]


def test_a_finer_grid_gives_another_best_point() -> None:
    """Computed at load from the preset's data, not the card's text."""
    finer = dataclasses.replace(get_preset("l3-grid-search"), grid=(-10.0, 10.0, 201))
    grid = lesson_report(finer).section("grid")
    assert grid.facts["index"] == 120 and grid.facts["best"] == pytest.approx(2.0)
    assert len(grid.curves["points"]) == 201


def test_probe_losses_and_the_chosen_direction() -> None:
    probe = report("l3-probe-step").section("probe")
    (left_at, left), (right_at, right) = (row.cells for row in probe.rows)
    assert (left_at, right_at) == pytest.approx((-5.01, -4.99))
    assert left == pytest.approx(12.285025, abs=5e-7) and right == pytest.approx(12.215025, abs=5e-7)
    assert probe.facts["direction"] == 1 and probe.facts["next"] == pytest.approx(-4.99)
    reverse = lesson_report(dataclasses.replace(get_preset("l3-probe-step"), init={"beta": "7"})).section("probe")
    assert reverse.facts["direction"] == -1 and reverse.facts["next"] == pytest.approx(6.99)


def test_least_squares_optimum_has_zero_gradient_and_the_true_beta_does_not() -> None:
    section = report("l3-least-squares").section("least_squares")
    rows = {row.subject: row.cells for row in section.rows}
    assert list(rows) == ["start", "beta_hat", "true"]
    data = data_values(get_preset("l3-least-squares"))
    X, y = data["X"], data["y"]
    np.testing.assert_allclose(rows["beta_hat"][0], np.linalg.solve(X.T @ X, X.T @ y), rtol=1e-10)
    assert rows["beta_hat"][2] < 1e-9 < 1.0 < rows["true"][2] < rows["start"][2]
    np.testing.assert_allclose(rows["true"][0], (10.2, 2.2))


def test_matrix_form_by_hand_gradient_beside_autograd() -> None:
    preset = get_preset("l3-cafe-matrix")
    section = report("l3-cafe-matrix").section("by_hand")
    (row,) = section.rows
    data, beta = data_values(preset), start_values(preset)["beta"]
    X, y = data["X"], data["y"]
    np.testing.assert_allclose(row.cells[0], -2 * X.T @ y + 2 * X.T @ X @ beta, rtol=1e-5)
    np.testing.assert_allclose(row.cells[0], row.cells[1], rtol=1e-5)
    (formula,) = section.formulas
    assert formula.latex[0].startswith(r"\frac{\partial L}{\partial \beta}") and r"X^{\top}" in formula.latex[0]
    assert "bmatrix" in formula.latex[-1] and "−126.78" in formula.text.replace("-", "−")


def test_one_sample_by_hand_line_puts_the_numbers_in() -> None:
    formulas = {f.parameter: f for f in report("l5-one-sample").section("by_hand").formulas}
    w, b = formulas["W"], formulas["b"]
    assert len(w.latex) == 3 and "mean" not in w.latex[0]  # one sample: the lesson's bare 2(Wx + b − y)·x
    assert "0.21318328" in w.latex[1] and "3.3" in w.latex[1] and "0.78609025" in w.latex[1]
    assert w.latex[2] == "= {-1.388673}" and b.latex[2] == "= {-0.42080998}"
    assert w.text.startswith("dL/dW = 2·(W·X + b − Y)·X") or w.text.startswith("dL/dW = 2 · (W · X + b − Y) · X")
    assert "0.21318328" in w.text and w.text.endswith("= −1.388673")
    two = {f.parameter: f for f in report("l5-two-samples").section("by_hand").formulas}
    assert len(two["W"].latex) == 2 and "mean" in two["W"].latex[0]  # two samples: formula, then its value


def test_accuracy_is_a_staircase_beside_a_smooth_loss() -> None:
    section = report("l2-accuracy-vs-loss").section("accuracy")
    weights, accuracy, loss = (np.array(section.curves[k]) for k in ("weights", "accuracy", "loss"))
    assert len(weights) == len(accuracy) == len(loss) == 121
    assert 2 <= len(set(accuracy)) == section.facts["levels"] <= 9  # multiples of 1/8
    assert np.mean(np.diff(accuracy) == 0) > 0.9 and np.all(np.diff(loss) != 0)
    assert section.facts["at"] == -2.0


def test_page_presets_report_their_checks() -> None:
    assert report("l4-predictions").sections == () and report("l4-predictions").checks == ()
    assert report("l4-tensors").section("slices").facts["ndim"] == 3
    assert len(report("l4-vectorise").checks) == 5


@pytest.mark.parametrize(("key", "expected"), [
    ("value", Quantity("value")), ("grad.b0", Quantity("gradient", "b0")),
    ("table.w[500]", Quantity("after_step", "w", 500)), ("table.loss[0]", Quantity("loss_before", "", 0)),
    ("beta_after[100]", Quantity("after_steps", "beta", 100)), ("grid.index", Quantity("grid_index")),
    ("grid.beta", Quantity("grid_best", "beta")), ("probe.left", Quantity("probe_left")),
    ("numeric.x", Quantity("numeric", "x")), ("shape[train_images[10:100]]", Quantity("shape", "train_images[10:100]")),
    ("beta_hat.grad", Quantity("gradient_at", "beta_hat")), ("broadcast.equal", Quantity("key", "broadcast.equal")),
])
def test_quantity_names_what_a_key_is(key: str, expected: Quantity) -> None:
    assert quantity(key) == expected
