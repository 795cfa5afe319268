"""A session keeps what the views showed (the timeline's step, the picture's spans), checked like
every other field."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop_app.core.sessions import SavedRun, Session, SessionError, load_session, save_session


def _run(steps: int) -> SavedRun:
    records = np.zeros(steps, dtype=[("step", np.int64), ("loss", np.float64), ("lr", np.float64),
                                     ("x", np.float64), ("grad_x", np.float64)])
    records["lr"] = 0.1
    records["step"] = np.arange(steps)
    records["loss"] = np.linspace(5, 1, steps)
    return SavedRun(label="gd lr=0.1", color="#1f77b4", status="finished", reason="", visible=True,
                    spec={}, records=records)


def _refused_with(tmp_path, session: Session, field: str, value, message: str) -> None:
    """`session` saved, its `field` replaced by `value` in the file: refused in one line."""
    path = tmp_path / "s.gradlab.json"
    save_session(session, path)
    data = json.loads(path.read_text())
    data[field] = value
    path.write_text(json.dumps(data))
    with pytest.raises(SessionError, match=message) as caught:
        load_session(path)
    assert "\n" not in str(caught.value)


def test_the_selected_step_round_trips(tmp_path):
    path = tmp_path / "s.gradlab.json"
    save_session(Session(expression="x**2", runs=[_run(10), _run(50)], selection={"run": 1, "step": 3}), path)
    assert load_session(path).selection == {"run": 1, "step": 3}


def test_files_without_a_selection_open_with_none(tmp_path):
    path = tmp_path / "s.gradlab.json"
    save_session(Session(expression="x**2", runs=[_run(10)]), path)
    data = json.loads(path.read_text())
    del data["selection"]
    path.write_text(json.dumps(data))
    assert load_session(path).selection == {}


@pytest.mark.parametrize(("selection", "message"), [
    ({"run": 2, "step": 0}, "names run 2, which is not in the file"),
    ({"run": True, "step": 0}, "names run True"),
    ({"run": 0, "step": -1}, "step number must be a whole number"),
    ({"run": 0, "step": 10**30}, "step number must be a whole number"),
    ({"run": 0, "step": 1.5}, "step number must be a whole number"),
    ([0, 1], "must be a table"),
])
def test_a_bad_selection_is_refused_in_one_line(tmp_path, selection, message):
    _refused_with(tmp_path, Session(expression="x**2", runs=[_run(10), _run(5)]), "selection", selection, message)


def test_the_pictures_spans_round_trip(tmp_path):
    path = tmp_path / "s.gradlab.json"
    ranges = [["x", -2.5, 4.0, 0.0, 9.5], ["y", -1.0, 1.0]]
    save_session(Session(expression="x**2 + y**2", ranges=ranges), path)
    assert load_session(path).ranges == ranges


@pytest.mark.parametrize(("ranges", "message"), [
    ({"x": [0, 1]}, "must be a list"),
    ([["x", 0.0]], "must be \\[name, low, high\\]"),
    ([["__class__", 0.0, 1.0]], "not a valid name"),
    ([["x", 1.0, 0.0]], "must go from low to high"),
    ([["x", 0.0, 1.0, 5.0, 2.0]], "must go from low to high"),
    ([["x", 0.0, "1"]], "must be a number"),
    ([["x", 0.0, 10**400]], "must be a number"),
    ([["x", float("nan"), 1.0]], "must be a number"),
    ([["x", 0.0, 1.0]] * 201, "at most 200"),
])
def test_bad_spans_are_refused_in_one_line(tmp_path, ranges, message):
    _refused_with(tmp_path, Session(expression="x**2"), "ranges", ranges, message)
