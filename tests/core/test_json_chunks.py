"""core.json_chunks.loads reads exactly what json.loads reads, and fails where it fails."""

from __future__ import annotations

import json
import threading
from concurrent.futures import CancelledError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.json_chunks import gc_paused, loads

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
documents = st.recursive(scalars, lambda inner: st.lists(inner, max_size=8)
                         | st.dictionaries(st.text(max_size=10), inner, max_size=8), max_leaves=60)


@pytest.mark.slow  # 300 generated documents: 10-30 s, in the full suite only
@settings(max_examples=300, deadline=None)
@given(documents, st.sampled_from([None, 2, 0]))
def test_same_result_as_json_loads(document, indent):
    text = json.dumps(document, indent=indent)
    assert loads(text) == json.loads(text)


def test_big_containers_are_walked_and_equal():
    document = {"runs": [{"rows": [[i, i * 0.5, None] for i in range(5000)], "label": "x" * 3000}] * 3}
    text = json.dumps(document)
    assert loads(text) == document


def test_nan_and_infinity_as_python_writes_them():
    text = json.dumps({"rows": [[float("nan"), float("inf"), -float("inf")]] * 300})
    rows = loads(text)["rows"]
    assert rows[299][1] == float("inf") and rows[0][0] != rows[0][0]


@pytest.mark.parametrize("text", ["", "[1, 2", '{"a": 1,}', "[1] x", '{"a" 1}', "[1 2]", '{1: 2}', "nul"])
def test_broken_json_fails_like_json_loads(text):
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    with pytest.raises(json.JSONDecodeError):
        loads(text)


def test_broken_json_inside_a_big_container_names_the_place():
    text = "[" + ",\n".join(["[1, 2]"] * 20_000) + ",\n[1 2]]"
    with pytest.raises(json.JSONDecodeError) as ours:
        loads(text)
    with pytest.raises(json.JSONDecodeError) as theirs:
        json.loads(text)
    assert (ours.value.lineno, ours.value.colno) == (theirs.value.lineno, theirs.value.colno) == (20_001, 4)


def test_cancel_stops_reading():
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CancelledError):
        loads("[" + ", ".join(["[1]"] * 100_000) + "]", cancel)  # too big for one C call


def test_gc_paused_nests_and_restores():
    import gc

    was = gc.isenabled()  # off for good where a GUI test of this process started gui.collection
    for before in (True, False):
        (gc.enable if before else gc.disable)()
        with gc_paused():
            with gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() == before
    (gc.enable if was else gc.disable)()
