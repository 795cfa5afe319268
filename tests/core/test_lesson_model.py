"""The lesson model without Qt: value semantics, presets, loss edits, problems, run spec, sessions."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import numpy as np
import pytest

from desktop_app.core import lesson_model
from desktop_app.core.lesson_model import (
    DATA,
    DEFAULT_H,
    DEFAULT_SPEED,
    PARAMETER,
    AxisRange,
    LessonModel,
    NumericSettings,
    Selection,
    check_loss,
)
from desktop_app.core.presets import PRESETS, get_preset
from desktop_app.core.sessions import SavedRun, Session, load_session, save_session

LOSS_PRESETS = [name for name, p in PRESETS.items() if not p.page]


def test_models_are_values():
    a = LessonModel.from_preset(get_preset("l3-cafe-gradient"))
    b = LessonModel.from_preset(get_preset("l3-cafe-gradient"))
    assert a == b and hash(a) == hash(b)
    assert a.with_value("b0", "8") != a
    assert a.with_value("b0", "8").with_value("b0", "9") == a
    with pytest.raises(FrozenInstanceError):
        a.loss = "x"  # type: ignore[misc]
    value = a.variable("x").value
    assert value is not None and not value.flags.writeable


@pytest.mark.parametrize("name", LOSS_PRESETS)
def test_every_preset_is_ready_to_run(name):
    model = LessonModel.from_preset(get_preset(name))
    assert model.problem() is None
    spec = model.run_spec()
    assert spec["expression"] == get_preset(name).expression
    assert spec["optimizer"] == get_preset(name).optimizer
    assert "lr" in spec["hyper"] or spec["optimizer"] == "sign"


def test_a_preset_takes_the_defaults_for_what_it_does_not_name():
    """L2.2 sets forward h=1e-5; the next preset does not inherit them (or anything else)."""
    forward = LessonModel.from_preset(get_preset("l2-mean-of-tensor"))
    assert forward.numeric == NumericSettings("forward", 1e-5)
    cafe = LessonModel.from_preset(get_preset("l3-cafe-gradient"))
    assert cafe.numeric == NumericSettings("central", DEFAULT_H)
    assert cafe.speed == DEFAULT_SPEED and cafe.runs == () and cafe.selection is None
    assert LessonModel.from_preset(get_preset("l3-cafe-gradient")) == cafe


def test_the_loss_is_checked_once_per_text():
    check_loss.cache_clear()
    model = LessonModel.from_preset(get_preset("l5-one-sample"))
    for _ in range(5):
        assert model.program is not None
        model.problem()
        model.with_value("W", "0.5").program  # noqa: B018 - another model, the same text
    assert check_loss.cache_info().misses == 1


def test_editing_the_loss_keeps_the_values_of_names_that_stay():
    model = LessonModel.from_preset(get_preset("l3-cafe-gradient")).with_value("b0", "7")
    edited = model.with_loss("mean((y - b0 - b1*x)**2)")
    assert edited.variable("b0").text == "7"
    assert edited.variable("x").kind == DATA
    assert np.array_equal(edited.variable("y").value, model.variable("y").value)
    new = model.with_loss("sum((y - b0 - b1*x - b2*x**2)**2)")
    assert new.variable("b2").missing and new.variable("b2").kind == PARAMETER
    assert new.problem().kind == "missing_value" and new.problem().data == {"name": "b2"}
    assert new.with_value("b2", "0").problem() is None


def test_a_different_problem_takes_no_old_values():
    """After the café, Rosenbrock's x and y are new names without values, not the café's data."""
    cafe = LessonModel.from_preset(get_preset("l3-cafe-gradient"))
    rosen = cafe.with_loss("(1-x)**2 + 100*(y-x**2)**2")
    assert [v.name for v in rosen.variables] == ["x", "y"]
    assert all(v.missing and v.kind == PARAMETER for v in rosen.variables)
    assert rosen.problem().kind == "missing_value"


def test_a_typo_is_called_a_typo():
    model = LessonModel.from_preset(get_preset("l3-grid-search")).with_loss("bata**2 + beta")
    assert model.problem().kind == "unknown_name"
    assert model.problem().data == {"name": "bata", "suggestion": "beta"}
    assert model.with_value("bata", "1").problem() is None
    far = LessonModel.from_preset(get_preset("l3-grid-search")).with_loss("gamma + beta")
    assert far.problem().kind == "missing_value"


def test_problems_as_data():
    assert LessonModel.empty().problem().kind == "no_loss"
    bad = LessonModel.empty().with_loss("x +")
    assert bad.problem().kind == "expression" and bad.problem().data["error"].kind
    wrong = LessonModel.from_preset(get_preset("l1-cube")).with_value("x", "ones(")
    assert wrong.problem().kind == "bad_value" and wrong.problem().data["name"] == "x"
    with pytest.raises(ValueError):
        wrong.run_spec()


def test_edits_return_new_models_and_clear_the_selection():
    model, _ = LessonModel.from_preset(get_preset("l3-gradient-descent")).with_run(1, "gd lr=0.1")
    model = model.select(1, 3)
    assert model.selection == Selection(1, 3)
    for edited in (model.with_value("beta", "2"), model.with_kind("beta", DATA),
                   model.with_trained("beta", False), model.with_lr(0.5)):
        assert edited.selection is None and edited.runs == model.runs
    assert model.with_numeric("forward", 1e-4).selection == Selection(1, 3)
    assert model.with_lr(0.5).run_spec()["hyper"]["lr"] == 0.5
    assert model.with_trained("beta", False).run_spec()["trained"] == []
    assert model.with_kind("beta", DATA).run_spec()["data"] == {"beta": -10.0}


def test_run_labels_are_unique_and_follow_a_live_change():
    model = LessonModel.empty()
    model, first = model.with_run(1, "adagrad lr=0.01")
    model, second = model.with_run(2, "adagrad lr=0.01")
    assert (first, second) == ("adagrad lr=0.01", "adagrad lr=0.01 (2)")
    model, relabelled = model.with_run_label(1, "adagrad lr=0.1")
    assert relabelled == "adagrad lr=0.1" and model.run(1).label == relabelled
    assert model.without_run(2).runs == (model.run(1),)


def test_click_to_start_moves_the_start_and_clears_the_runs():
    model = LessonModel.empty().with_loss("(1-x)**2 + 100*(y-x**2)**2").with_value("x", "0").with_value("y", "0")
    model, _ = model.with_run(1, "gd")
    moved = model.with_start({"x": -1.5, "y": 2.0})
    assert moved.runs == () and moved.variable("x").value == -1.5
    assert moved.run_spec()["init"] == {"x": -1.5, "y": 2.0}


def test_a_session_holds_the_model(tmp_path):
    model = (LessonModel.from_preset(get_preset("l2-mean-of-tensor"))
             .with_numeric("forward", 1e-4).with_speed(3).with_trained("x", True)
             .with_ranges(AxisRange("x", -2.5, 4.0, (0.0, 9.5)), AxisRange("w", -1.0, 1.0)))
    path = tmp_path / "s.gradlab.json"
    records = np.zeros(2, dtype=[("step", "i8"), ("loss", "f8"), ("lr", "f8")])
    save_session(Session(**model.session_parts(), runs=[
        SavedRun("gd", "#0072B2", "finished", "", True, model.run_spec(), records)]), path)
    loaded = load_session(path)
    assert LessonModel.from_session(loaded) == model
    assert len(loaded.runs) == 1


def test_the_pictures_spans_belong_to_the_loss():
    """A value edit keeps the drawn span (the picture does not jump); a new loss starts without."""
    model = LessonModel.empty().with_loss("(x - 3)**2").with_value("x", "1")
    model = model.with_ranges(AxisRange("x", -5.0, 7.0, (0.0, 64.0)))
    assert model.with_value("x", "6").picture_range("x") == AxisRange("x", -5.0, 7.0, (0.0, 64.0))
    assert model.with_ranges(AxisRange("x", -9.0, 9.0)).ranges == (AxisRange("x", -9.0, 9.0),)
    assert model.with_loss("(x - 4)**2").ranges == ()
    assert model.with_loss("(x - 4)**2 +").ranges == ()


def test_an_older_session_file_takes_the_defaults(tmp_path):
    """A file written before numeric settings were saved still opens."""
    import json

    path = tmp_path / "old.gradlab.json"
    path.write_text(json.dumps({
        "format": "gradient-lab-session", "version": 1, "expression": "(w - 3)**2",
        "variables": {"w": {"role": "parameter", "text": "1", "trained": True}},
        "optimizer": {"optimizer": "gd", "hyper": {"lr": 0.1}, "steps": 10}, "device": {}}))
    model = LessonModel.from_session(load_session(path))
    assert model.numeric == NumericSettings() and model.variable("w").value == 1.0
    assert model.run_spec()["steps"] == 10


def test_the_model_imports_no_torch():
    import subprocess
    import sys

    code = ("import sys; from desktop_app.core import lesson_model as m, presets; "
            "m.LessonModel.from_preset(presets.get_preset('l1-cube')).problem(); "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_public_names():
    assert set(lesson_model.__all__) <= set(dir(lesson_model))


def test_cached_errors_hold_no_traceback():
    """A cached error's traceback would keep the frames that asked (a window) alive for good."""
    from desktop_app.core.lesson_model import check_loss, parse_cached

    for error in (check_loss("bata ** "), check_loss(""), parse_cached("[1, 2")):
        assert isinstance(error, ValueError)
        link = error
        while link is not None:
            assert link.__traceback__ is None, repr(link)
            link = link.__cause__ or link.__context__
