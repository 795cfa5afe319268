"""The session: what the panels edit (expression, variables, optimizer, device) plus the kept runs,
and its JSON file.

Why strict loading: a session file may come from a colleague's USB stick or the internet. It is
read completely, size-checked and type-checked into a new Session before anything in the window
changes, so a broken or hostile file gives one clear error and changes nothing. No value in it is
ever evaluated: texts go back into the editors, where the core's checked parsers read them.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.core import limits
from desktop_app.core.export import atomic_write
from desktop_app.gui.run_list import STATUSES

FORMAT = "gradient-lab-session"
VERSION = 1
#: Largest session file read (bytes).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Most rows saved per run; longer runs are thinned evenly (first and last rows kept).
MAX_SAVED_ROWS = 100_000
MAX_RUNS = limits.MAX_SWEEP_RUNS
MAX_VARIABLES = 200
MAX_COLUMNS = 1_000
MAX_LABEL_CHARS = 200
_NAME = re.compile(r"^(?!__)[A-Za-z_][A-Za-z0-9_]*$")
_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_\[\],]*$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_ROLES = ("parameter", "data")


class SessionError(ValueError):
    """Why a session file cannot be opened, in plain words."""


@dataclass
class SavedRun:
    label: str
    color: str
    status: str
    reason: str
    visible: bool
    spec: dict[str, Any]
    records: np.ndarray
    final: dict[str, Any] = field(default_factory=dict)


@dataclass
class Session:
    expression: str = ""
    variables: dict[str, dict[str, Any]] = field(default_factory=dict)
    optimizer: dict[str, Any] = field(default_factory=dict)
    device: dict[str, Any] = field(default_factory=dict)
    preset: str | None = None
    runs: list[SavedRun] = field(default_factory=list)


# --- writing -----------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return value


def _thinned(records: np.ndarray) -> np.ndarray:
    if len(records) <= MAX_SAVED_ROWS:
        return records
    keep = np.unique(np.linspace(0, len(records) - 1, MAX_SAVED_ROWS).round().astype(np.int64))
    return records[keep]


def session_to_dict(session: Session) -> dict[str, Any]:
    runs = []
    for run in session.runs:
        records = _thinned(run.records)
        names = list(records.dtype.names or ())
        runs.append({
            "label": run.label, "color": run.color, "status": run.status, "reason": run.reason,
            "visible": run.visible, "spec": _json_value(run.spec), "final": _json_value(run.final),
            "columns": names,
            "rows": [[_json_value(v) for v in row] for row in records.tolist()],
        })
    return {
        "format": FORMAT, "version": VERSION, "expression": session.expression,
        "variables": _json_value(session.variables), "optimizer": _json_value(session.optimizer),
        "device": _json_value(session.device), "preset": session.preset, "runs": runs,
    }


def save_session(session: Session, path: str | os.PathLike[str]) -> None:
    """Write atomically (temporary file, then rename), so a crash never leaves half a file."""
    text = json.dumps(session_to_dict(session), ensure_ascii=False, allow_nan=True)
    with atomic_write(path, encoding="utf-8") as handle:
        handle.write(text)


# --- reading -----------------------------------------------------------------------------------


def _need(condition: bool, message: str) -> None:
    if not condition:
        raise SessionError(message)


def _text(value: Any, what: str, limit: int) -> str:
    _need(isinstance(value, str), f"{what} must be text")
    _need(len(value) <= limit, f"{what} is too long ({len(value):,} characters; at most {limit:,})")
    return value


def _plain(value: Any, what: str, depth: int = 0) -> Any:
    """JSON scalars, lists and string-keyed dicts only, nested at most 8 deep."""
    _need(depth <= 8, f"{what} is nested too deeply")
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return _text(value, what, limits.MAX_VALUE_CHARS)
    if isinstance(value, list):
        _need(len(value) <= limits.MAX_ELEMENTS, f"{what} has too many elements")
        return [_plain(v, what, depth + 1) for v in value]
    if isinstance(value, dict):
        _need(len(value) <= MAX_COLUMNS, f"{what} has too many entries")
        return {_text(k, what, MAX_LABEL_CHARS): _plain(v, what, depth + 1) for k, v in value.items()}
    raise SessionError(f"{what} holds an unexpected value")


def _variables(value: Any) -> dict[str, dict[str, Any]]:
    _need(isinstance(value, dict), "`variables` must be a table of names")
    _need(len(value) <= MAX_VARIABLES, f"too many variables (at most {MAX_VARIABLES})")
    out = {}
    for name, entry in value.items():
        _need(isinstance(name, str) and bool(_NAME.match(name)) and len(name) <= 64,
              f"`{str(name)[:40]}` is not a valid variable name")
        _need(isinstance(entry, dict), f"variable `{name}` must be a table")
        role = entry.get("role", "parameter")
        _need(role in _ROLES, f"variable `{name}`: role must be parameter or data")
        text = _text(entry.get("text", ""), f"the value of `{name}`", limits.MAX_VALUE_CHARS)
        trained = entry.get("trained", True)
        _need(isinstance(trained, bool), f"variable `{name}`: `trained` must be true or false")
        out[name] = {"role": role, "text": text, "trained": trained}
    return out


def _records(columns: Any, rows: Any, where: str) -> np.ndarray:
    _need(isinstance(columns, list) and 0 < len(columns) <= MAX_COLUMNS, f"{where}: bad column list")
    for name in columns:
        _need(isinstance(name, str) and bool(_COLUMN.match(name)) and len(name) <= 100,
              f"{where}: bad column name")
    _need(len(set(columns)) == len(columns), f"{where}: repeated column names")
    _need(columns[0] == "step", f"{where}: the first column must be `step`")
    _need("loss" in columns and "lr" in columns, f"{where}: the `loss` and `lr` columns are missing")
    _need(isinstance(rows, list) and len(rows) <= MAX_SAVED_ROWS, f"{where}: too many rows")
    dtype = np.dtype([("step", np.int64)] + [(c, np.float64) for c in columns[1:]])
    out = np.empty(len(rows), dtype=dtype)
    for i, row in enumerate(rows):
        _need(isinstance(row, list) and len(row) == len(columns), f"{where}: row {i} has the wrong length")
        for value in row:
            _need(value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)),
                  f"{where}: row {i} holds something that is not a number")
        _need(isinstance(row[0], int) and row[0] >= 0, f"{where}: row {i} has a bad step number")
        out[i] = tuple(math.nan if v is None else v for v in row)
    return out


def _number(value: Any, what: str, optional: bool = False) -> float | None:
    if value is None and optional:
        return None
    _need(isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value),
          f"{what} must be a number")
    return float(value)


def _steps(value: Any, what: str) -> int:
    _need(isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= limits.MAX_RUN_STEPS,
          f"{what} must be a whole number from 1 to {limits.MAX_RUN_STEPS:,}")
    return value


def _hyper(value: Any, what: str) -> dict[str, float | bool]:
    _need(isinstance(value, dict) and len(value) <= 20, f"{what} must be a small table")
    out: dict[str, float | bool] = {}
    for name, number in value.items():
        _need(isinstance(name, str) and bool(_NAME.match(name)) and len(name) <= 40, f"{what}: bad name")
        out[name] = number if isinstance(number, bool) else _number(number, f"{what}: `{name}`")
    return out


def _optimizer(value: Any) -> dict[str, Any]:
    """The optimizer form's state, each field checked, unknown fields dropped."""
    _need(isinstance(value, dict), "the optimizer settings must be a table")
    out: dict[str, Any] = {}
    if "optimizer" in value:
        out["optimizer"] = _text(value["optimizer"], "the optimizer's name", 40)
    if "hyper" in value:
        out["hyper"] = _hyper(value["hyper"], "the hyper-parameters")
    if "steps" in value:
        out["steps"] = _steps(value["steps"], "the number of steps")
    for key in ("grad_tol", "loss_tol"):
        if key in value:
            out[key] = _number(value[key], f"`{key}`", optional=True)
    if "speed" in value:
        _need(isinstance(value["speed"], int) and not isinstance(value["speed"], bool)
              and 0 <= value["speed"] <= 100, "the speed must be a small whole number")
        out["speed"] = value["speed"]
    if "compare_lrs" in value:
        out["compare_lrs"] = _text(value["compare_lrs"], "the learning rates to compare", 1000)
    return out


def _device(value: Any) -> dict[str, str]:
    _need(isinstance(value, dict), "the device settings must be a table")
    out = {}
    if "device" in value:
        _need(value["device"] in ("cpu", "cuda", "auto"), "the device must be cpu, cuda or auto")
        out["device"] = value["device"]
    if "dtype" in value:
        _need(value["dtype"] in ("float32", "float64"), "the precision must be float32 or float64")
        out["dtype"] = value["dtype"]
    return out


def _spec(value: Any, where: str) -> dict[str, Any]:
    """A run's spec (core.runs.RunSpec's fields), shaped as the window writes it."""
    _need(isinstance(value, dict), f"{where}: the spec must be a table")
    out: dict[str, Any] = {
        "expression": _text(value.get("expression", ""), f"{where}: expression", limits.MAX_EXPRESSION_CHARS),
        "optimizer": _text(value.get("optimizer", "gd"), f"{where}: optimizer", 40),
        "hyper": _hyper(value.get("hyper", {}), f"{where}: hyper-parameters"),
        "steps": _steps(value.get("steps", 1), f"{where}: steps"),
        "grad_tol": _number(value.get("grad_tol"), f"{where}: grad_tol", optional=True),
        "loss_tol": _number(value.get("loss_tol"), f"{where}: loss_tol", optional=True),
        **_device({k: value[k] for k in ("device", "dtype") if k in value}),
    }
    for key in ("init", "data"):
        arrays = _plain(value.get(key, {}), f"{where}: {key}")
        _need(isinstance(arrays, dict), f"{where}: {key} must be a table")
        for name, array in arrays.items():
            _need(bool(_NAME.match(name)), f"{where}: bad name in {key}")
            _need(not isinstance(array, (str, dict)), f"{where}: `{name}` must be numbers")
        out[key] = arrays
    trained = value.get("trained")
    _need(trained is None or (isinstance(trained, list) and all(isinstance(n, str) and _NAME.match(n)
                                                                  for n in trained)),
          f"{where}: `trained` must be a list of names")
    out["trained"] = trained
    return out


def _run(value: Any, index: int) -> SavedRun:
    where = f"run {index + 1}"
    _need(isinstance(value, dict), f"{where} must be a table")
    colour = value.get("color", "#0072B2")
    _need(isinstance(colour, str) and bool(_COLOUR.match(colour)), f"{where}: bad colour")
    status = value.get("status", "finished")
    _need(status in STATUSES, f"{where}: unknown status")
    visible = value.get("visible", True)
    _need(isinstance(visible, bool), f"{where}: `visible` must be true or false")
    spec = _spec(value.get("spec", {}), where)
    final = _plain(value.get("final", {}), f"{where}: final values")
    _need(isinstance(final, dict), f"{where}: final values must be a table")
    return SavedRun(
        label=_text(value.get("label", ""), f"{where}: label", MAX_LABEL_CHARS),
        color=colour, status=status,
        reason=_text(value.get("reason", ""), f"{where}: reason", 1000),
        visible=visible, spec=spec, final=final,
        records=_records(value.get("columns"), value.get("rows"), where),
    )


def session_from_dict(data: Any) -> Session:
    _need(isinstance(data, dict), "this is not a Gradient Lab session (no session table)")
    _need(data.get("format") == FORMAT, "this is not a Gradient Lab session file")
    _need(data.get("version") == VERSION,
          f"this session was written by another version of Gradient Lab (format {data.get('version')!r})")
    runs = data.get("runs", [])
    _need(isinstance(runs, list) and len(runs) <= MAX_RUNS, f"too many runs (at most {MAX_RUNS})")
    preset = data.get("preset")
    _need(preset is None or (isinstance(preset, str) and len(preset) <= 100), "bad preset name")
    optimizer = _optimizer(data.get("optimizer", {}))
    device = _device(data.get("device", {}))
    return Session(
        expression=_text(data.get("expression", ""), "the expression", limits.MAX_EXPRESSION_CHARS),
        variables=_variables(data.get("variables", {})),
        optimizer=optimizer, device=device, preset=preset,
        runs=[_run(run, i) for i, run in enumerate(runs)],
    )


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read and check a session file completely; raises SessionError saying what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        _need(size <= MAX_FILE_BYTES,
              f"the file is too large ({size / 2**20:.0f} MB; at most {MAX_FILE_BYTES // 2**20} MB)")
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        _need(len(raw) <= MAX_FILE_BYTES, "the file is too large")
        data = json.loads(raw.decode("utf-8"))
    except SessionError:
        raise
    except OSError as error:
        raise SessionError(f"cannot read the file: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise SessionError("the file is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise SessionError(f"the file is not valid JSON (line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise SessionError("the file is nested too deeply") from None
    return session_from_dict(data)
