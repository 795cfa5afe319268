"""Session files (core.sessions): type-, range- and encoding-checked before anything changes."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.lib.recfunctions

from desktop_app.core import limits
from desktop_app.core.sessions import SavedRun, Session, SessionError, load_session, save_session
from tests.hostile.common import fifo, refused, snapshot, sparse
from tests.hostile.harness import case

HEAD = '{"format": "gradient-lab-session", "version": 1'


def _rows_run(rows: str, columns: str = '["step", "loss", "lr"]', extra: str = "") -> str:
    return HEAD + f', "runs": [{{"columns": {columns}, "rows": {rows}{extra}}}]}}'


def _refused(tmp: Path, content: str | bytes | None, pattern: str, name: str = "s.gradlab.json") -> str:
    path = tmp / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    before = snapshot(tmp)
    message = refused(SessionError, pattern, lambda: load_session(path))
    assert snapshot(tmp) == before
    return message


def _loads(tmp: Path, content: str) -> Session:
    path = tmp / "s.gradlab.json"
    path.write_text(content, encoding="utf-8")
    return load_session(path)


# --- the file itself ---------------------------------------------------------------------------

@case
def case_fifo(tmp: Path) -> None:
    fifo(tmp / "s.gradlab.json")
    _refused(tmp, None, r"named pipe \(FIFO\)")


@case
def case_folder(tmp: Path) -> None:
    (tmp / "s.gradlab.json").mkdir()
    _refused(tmp, None, "is a folder")


@case
def case_dev_zero_link(tmp: Path) -> None:
    (tmp / "s.gradlab.json").symlink_to("/dev/zero")
    _refused(tmp, None, "is a device")


@case
def case_sparse_65_mb(tmp: Path) -> None:
    sparse(tmp / "s.gradlab.json", limits.MAX_SESSION_BYTES + 1)
    _refused(tmp, None, "too large")


@case
def case_missing(tmp: Path) -> None:
    _refused(tmp, None, "no such file")


@case
def case_empty(tmp: Path) -> None:
    _refused(tmp, "", "not valid JSON")


@case
def case_not_utf8(tmp: Path) -> None:
    _refused(tmp, b'{"expression": "caf\xe9"}', "not UTF-8")


@case
def case_byte_order_mark(tmp: Path) -> None:
    _refused(tmp, b"\xef\xbb\xbf" + HEAD.encode() + b"}", "not valid JSON")


@case
def case_not_json(tmp: Path) -> None:
    _refused(tmp, "this is { not json", r"not valid JSON \(line 1, column 1\)")


@case
def case_nested_100k_deep(tmp: Path) -> None:
    _refused(tmp, "[" * 100_000 + "]" * 100_000, "nested too deeply")


@case
def case_nested_deep_inside_a_run(tmp: Path) -> None:
    _refused(tmp, _rows_run("[" * 5000 + "]" * 5000), "nested too deeply|not a number|wrong length")


@case
def case_top_level_list(tmp: Path) -> None:
    _refused(tmp, "[1, 2, 3]", "not a Gradient Lab session")


@case
def case_top_level_nan(tmp: Path) -> None:
    _refused(tmp, "NaN", "not a Gradient Lab session")


@case
def case_wrong_format(tmp: Path) -> None:
    _refused(tmp, '{"format": "something-else", "version": 1}', "not a Gradient Lab session file")


@case
def case_future_version(tmp: Path) -> None:
    _refused(tmp, '{"format": "gradient-lab-session", "version": 2}', "another version")


@case
def case_version_as_text(tmp: Path) -> None:
    _refused(tmp, '{"format": "gradient-lab-session", "version": "1"}', "another version")


@case
def case_trailing_garbage(tmp: Path) -> None:
    _refused(tmp, HEAD + "} trailing", "not valid JSON")


# --- numbers -----------------------------------------------------------------------------------

@case
def case_step_ten_to_the_30(tmp: Path) -> None:
    _refused(tmp, _rows_run(f"[[{10**30}, 1.5, 0.1]]"), "bad step number")


@case
def case_row_value_ten_to_the_400(tmp: Path) -> None:
    _refused(tmp, _rows_run(f"[[0, {10**400}, 0.1]]"), "out of range")


@case
def case_five_thousand_digit_integer(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, " + "9" * 5000 + ", 0.1]]"), "too many digits")


@case
def case_final_loss_ten_to_the_400(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=f', "final": {{"loss": {10**400}}}'), "final loss")


@case
def case_final_loss_big(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "final": {"loss": "big"}'), "final loss must be a number")


@case
def case_final_parameter_text(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "final": {"x": ["a"]}'), "final `x` must be numbers")


@case
def case_final_loss_infinite_is_kept(tmp: Path) -> None:
    session = _loads(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "final": {"loss": Infinity, "x": [1, 2]}'))
    assert session.runs[0].final == {"loss": float("inf"), "x": [1, 2]}


@case
def case_negative_step(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[-1, 1.5, 0.1]]"), "bad step number")


@case
def case_fractional_step(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[1.5, 1.5, 0.1]]"), "not a whole number")


@case
def case_nan_step(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[NaN, 1.5, 0.1]]"), "not a whole number")


@case
def case_bool_in_row(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, true, 0.1]]"), "not a number")


@case
def case_code_in_row(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, \"__import__('os')\", 0.1]]"), "not a number")


@case
def case_row_of_wrong_length(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5]]"), "row 0 has the wrong length")


@case
def case_rows_not_a_list(tmp: Path) -> None:
    _refused(tmp, _rows_run('{"0": 1}'), "rows must be a list")


@case
def case_too_many_rows(tmp: Path) -> None:
    _refused(tmp, _rows_run("[" + ", ".join(["[0, 1, 0.1]"] * 100_001) + "]"), "too many rows")


@case
def case_nan_and_null_in_rows_are_kept(tmp: Path) -> None:
    session = _loads(tmp, _rows_run("[[0, NaN, 0.1], [1, null, Infinity]]"))
    records = session.runs[0].records
    assert np.isnan(records["loss"]).all() and records["lr"][1] == float("inf")


@case
def case_steps_ten_to_the_30(tmp: Path) -> None:
    _refused(tmp, HEAD + f', "optimizer": {{"steps": {10**30}}}}}', "whole number from 1")


@case
def case_steps_zero_and_true(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "optimizer": {"steps": 0}}', "whole number from 1")
    _refused(tmp, HEAD + ', "optimizer": {"steps": true}}', "whole number from 1")


@case
def case_hyper_ten_to_the_400(tmp: Path) -> None:
    _refused(tmp, HEAD + f', "optimizer": {{"hyper": {{"lr": {10**400}}}}}}}', "must be a number")


@case
def case_hyper_code(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "optimizer": {"hyper": {"lr": "9**9**9"}}}', "must be a number")


@case
def case_hyper_infinite(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "optimizer": {"hyper": {"lr": Infinity}}}', "must be a number")


@case
def case_speed_huge(tmp: Path) -> None:
    _refused(tmp, HEAD + f', "optimizer": {{"speed": {10**400}}}}}', "speed")


@case
def case_tolerance_text(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "optimizer": {"grad_tol": "small"}}', "grad_tol")


@case
def case_spec_steps_huge(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=f', "spec": {{"steps": {10**30}}}'), "steps must be")


@case
def case_spec_init_text(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "spec": {"init": {"x": "os.system"}}'), "must be numbers")


@case
def case_spec_data_nested_too_deep(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "spec": {"data": {"x": ' + "[" * 40 + "1" + "]" * 40 + "}}"),
             "nested too deeply")


@case
def case_spec_data_over_the_element_bound(tmp: Path) -> None:
    big = "[" + ",".join(["0"] * (limits.MAX_ELEMENTS + 1)) + "]"
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "spec": {"data": {"x": ' + big + "}}"), "more than 1,000,000")


@case
def case_spec_trained_bad_names(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "spec": {"trained": ["__class__"]}'), "trained")


# --- texts, names and encodings -----------------------------------------------------------------

@case
def case_lone_surrogate_in_label(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "label": "run \\ud800"'), "label holds a character")


@case
def case_lone_surrogate_in_expression(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "expression": "x\\udfff**2"}', "expression holds a character")


@case
def case_lone_surrogate_in_variable_text(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "variables": {"x": {"text": "\\ud800"}}}', "value of `x` holds a character")


@case
def case_lone_surrogate_in_preset(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "preset": "\\udc00"}', "preset name holds a character")


@case
def case_paired_surrogates_are_text(tmp: Path) -> None:
    assert _loads(tmp, HEAD + ', "expression": "x # \\ud83d\\ude00"}').expression == "x # \U0001f600"


@case
def case_dunder_variable(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "variables": {"__class__": {"text": "1"}}}', "not a valid variable name")


@case
def case_too_many_variables(tmp: Path) -> None:
    body = ", ".join(f'"v{i}": {{"text": "1"}}' for i in range(201))
    _refused(tmp, HEAD + ', "variables": {' + body + "}}", "too many variables")


@case
def case_variable_text_too_long(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "variables": {"x": {"text": "' + "1," * 100_001 + '"}}}', "too long")


@case
def case_variable_texts_too_long_together(tmp: Path) -> None:
    body = ", ".join(f'"v{i}": {{"text": "{"1" * 150_000}"}}' for i in range(14))
    _refused(tmp, HEAD + ', "variables": {' + body + "}}", "too long together")


@case
def case_variable_role_code(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "variables": {"x": {"role": "code"}}}', "role must be")


@case
def case_expression_too_long(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "expression": "' + "x+" * 5000 + 'x"}', "expression is too long")


@case
def case_label_too_long(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "label": "' + "a" * 201 + '"'), "label is too long")


@case
def case_column_injection(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", columns='["step", "loss", "lr; rm -rf"]'), "bad column name")


@case
def case_columns_without_step(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", columns='["x", "loss", "lr"]'), "first column must be `step`")


@case
def case_repeated_columns(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1, 1]]", columns='["step", "loss", "lr", "lr"]'), "repeated column")


@case
def case_bad_colour_status_visible(tmp: Path) -> None:
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "color": "red"'), "bad colour")
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "status": "hacked"'), "unknown status")
    _refused(tmp, _rows_run("[[0, 1.5, 0.1]]", extra=', "visible": "yes"'), "`visible` must be")


@case
def case_device_and_precision(tmp: Path) -> None:
    _refused(tmp, HEAD + ', "device": {"device": "tpu"}}', "device must be")
    _refused(tmp, HEAD + ', "device": {"dtype": "float16"}}', "precision must be")


@case
def case_too_many_runs(tmp: Path) -> None:
    run = '{"columns": ["step", "loss", "lr"], "rows": []}'
    _refused(tmp, HEAD + ', "runs": [' + ", ".join([run] * 65) + "]}", "too many runs")


@case
def case_unknown_keys_are_ignored(tmp: Path) -> None:
    session = _loads(tmp, HEAD + ', "expression": "x**2", "__proto__": {"a": 1}, "optimizer": {"evil": 1}}')
    assert session.expression == "x**2" and session.optimizer == {}


# --- big but valid, and saving ---------------------------------------------------------------------

def _big_session(runs: int = 12, rows: int = 100_000) -> Session:
    rng = np.random.default_rng(0)
    dtype = np.dtype([("step", np.int64), ("loss", np.float64), ("lr", np.float64), ("x", np.float64)])
    saved = []
    for i in range(runs):  # about 50 bytes a row, like the 63 MB file of 12 x 100k rows
        records = np.zeros(rows, dtype=dtype)
        records["step"] = np.arange(rows)
        records["loss"] = rng.standard_normal(rows) ** 2
        records["lr"] = 0.1
        records["x"] = rng.standard_normal(rows).round(6)
        saved.append(SavedRun(label=f"lr={i}", color="#0072B2", status="finished", reason="", visible=True,
                              spec={"expression": "x**2", "steps": rows}, records=records,
                              final={"loss": 0.5, "x": 1.0}))
    return Session(expression="x**2", variables={"x": {"role": "parameter", "text": "3", "trained": True}},
                   runs=saved)


@case
def case_sixty_megabyte_session_round_trip(tmp: Path) -> None:
    session = _big_session()
    path = tmp / "big.gradlab.json"
    save_session(session, path)
    assert 50 * 2**20 < path.stat().st_size < limits.MAX_SESSION_BYTES
    start = time.process_time()  # CPU time: the machine is shared
    again = load_session(path)
    seconds = time.process_time() - start
    assert len(again.runs) == 12 and np.array_equal(again.runs[5].records, session.runs[5].records)
    assert seconds < 30, seconds


@case
def case_saved_file_is_standard_json(tmp: Path) -> None:
    session = _big_session(runs=2, rows=5000)
    session.runs[0].records["loss"][3] = np.nan
    path = tmp / "s.gradlab.json"
    save_session(session, path)
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "gradient-lab-session" and len(data["runs"][1]["rows"]) == 5000


@case
def case_lone_surrogate_is_saved_as_replacement(tmp: Path) -> None:
    session = _big_session(runs=1, rows=3)
    session.runs[0].label = "run \ud800"
    path = tmp / "s.gradlab.json"
    save_session(session, path)
    assert load_session(path).runs[0].label == "run \ufffd"


@case
def case_save_into_a_folder_target_is_refused(tmp: Path) -> None:
    (tmp / "s.gradlab.json").mkdir()
    before = snapshot(tmp)
    refused(OSError, "is a folder", lambda: save_session(_big_session(1, 3), tmp / "s.gradlab.json"))
    assert snapshot(tmp) == before


@case
def case_cancelled_save_keeps_the_old_file(tmp: Path) -> None:
    import threading
    from concurrent.futures import CancelledError

    path = tmp / "s.gradlab.json"
    path.write_text("old", encoding="utf-8")
    cancel = threading.Event()
    cancel.set()
    before = snapshot(tmp)
    refused(CancelledError, "cancelled", lambda: save_session(_big_session(1, 10), path, cancel))
    assert snapshot(tmp) == before


@case
def case_session_too_big_for_one_file_is_thinned_to_open_again(tmp: Path) -> None:
    session = _big_session()
    for run in session.runs:  # wider rows: about 100 MB unthinned
        run.records = np.lib.recfunctions.append_fields(
            run.records, ["grad_x", "grad_norm"], [run.records["x"] * 2.000001, run.records["loss"] * 1.1],
            usemask=False, asrecarray=False)
    path = tmp / "wide.gradlab.json"
    save_session(session, path)
    assert path.stat().st_size <= limits.MAX_SESSION_BYTES
    again = load_session(path)
    rows = len(again.runs[0].records)
    assert 50_000 < rows < 100_000 and again.runs[0].records["step"][-1] == 99_999


# --- variables held as numbers (an imported CSV column) ---------------------------------------------

def _imported(rows: int = limits.MAX_ELEMENTS // 2, runs: int = 12) -> tuple[Session, np.ndarray, np.ndarray]:
    """The largest CSV import (limits.MAX_ELEMENTS numbers in two columns) and runs on it whose
    specs hold the same data, as the window keeps them."""
    x = np.linspace(0, 10, rows).round(6)
    y = (3 * x + 1 + np.sin(np.arange(rows))).round(6)
    session = _big_session(runs=runs, rows=1000)
    session.variables = {"w": {"role": "parameter", "text": "0.5", "trained": True},
                         "x": {"role": "data", "text": "", "trained": True, "values": x},
                         "y": {"role": "data", "text": "", "trained": True, "values": y}}
    for run in session.runs:
        run.spec = {"expression": "mean((w*x - y)**2)", "steps": 1000, "init": {"w": 0.5},
                    "data": {"x": x.tolist(), "y": y}}
    return session, x, y


@case
def case_largest_csv_import_saved_with_twelve_runs_opens_again(tmp: Path) -> None:
    session, x, y = _imported()
    path = tmp / "imported.gradlab.json"
    save_session(session, path)
    assert path.stat().st_size < limits.MAX_SESSION_BYTES / 2, path.stat().st_size  # the data once, not 13 times
    again = load_session(path)
    assert np.array_equal(again.variables["x"]["values"], x) and np.array_equal(again.variables["y"]["values"], y)
    assert again.variables["w"] == {"role": "parameter", "text": "0.5", "trained": True}
    for run in again.runs:  # each run's data is the variable's array itself, not a copy
        assert run.spec["data"]["x"] is again.variables["x"]["values"]
    assert json.loads(path.read_text(encoding="utf-8"))["runs"][0]["spec"]["data"]["x"] == {"variable": "x"}


@case
def case_a_run_on_other_data_keeps_its_own_numbers(tmp: Path) -> None:
    session, x, _ = _imported(rows=5000, runs=2)
    session.runs[1].spec["data"]["x"] = (x + 1).tolist()  # the data changed between the runs
    path = tmp / "s.gradlab.json"
    save_session(session, path)
    again = load_session(path)
    assert again.runs[0].spec["data"]["x"] is again.variables["x"]["values"]
    assert np.array_equal(again.runs[1].spec["data"]["x"], x + 1)


def _values_session(entry: str, extra: str = "") -> str:
    return HEAD + ', "variables": {"x": {"role": "data", "text": "", ' + entry + "}}" + extra + "}"


@case
def case_values_beyond_the_import_bound(tmp: Path) -> None:
    n = limits.MAX_ELEMENTS // 2 + 1
    numbers = ", ".join(["1"] * n)
    entry = f'{{"role": "data", "shape": [{n}], "values": [{numbers}]}}'
    text = HEAD + f', "variables": {{"x": {entry}, "y": {entry}}}}}'
    _refused(tmp, text, "more than 1,000,000 numbers")


@case
def case_values_that_do_not_fill_their_shape(tmp: Path) -> None:
    _refused(tmp, _values_session('"shape": [2, 3], "values": [1, 2, 3]'), "do not fill the shape")


@case
def case_values_with_a_bad_shape(tmp: Path) -> None:
    _refused(tmp, _values_session('"shape": [-1], "values": []'), "bad shape")
    _refused(tmp, _values_session('"shape": "3", "values": [1, 2, 3]'), "bad shape")
    _refused(tmp, _values_session(f'"shape": [{10**30}], "values": [1]'), "bad shape")


@case
def case_values_holding_text_or_lists(tmp: Path) -> None:
    _refused(tmp, _values_session('"shape": [2], "values": [1, "2"]'), "not a number")
    _refused(tmp, _values_session('"shape": [2], "values": [1, [2]]'), "not a number")
    _refused(tmp, _values_session('"shape": [2], "values": "1, 2"'), "must be a list of numbers")


@case
def case_values_out_of_range(tmp: Path) -> None:
    _refused(tmp, _values_session(f'"shape": [2], "values": [1, {10**400}]'), "out of range")


@case
def case_a_run_refers_to_a_missing_variable(tmp: Path) -> None:
    run = (', "runs": [{"columns": ["step", "loss", "lr"], "rows": [[0, 1, 0.1]], '
           '"spec": {"data": {"x": {"variable": "nope"}}}}]')
    _refused(tmp, _values_session('"shape": [1], "values": [1]', run), "refers to no variable")
    run = run.replace('{"variable": "nope"}', '{"variable": "x", "eval": "1"}')
    _refused(tmp, _values_session('"shape": [1], "values": [1]', run), "refers to no variable")
