"""The session file: what the panels edit (expression, variables, optimizer, device) plus the kept
runs, as JSON (docs/sessions.md describes the format).

Why strict loading: a session file may come from a colleague's USB stick or the internet. It is
read completely, size-checked and type-, range- and encoding-checked into a new Session before
anything in the window changes, so a broken or hostile file gives one clear error and changes
nothing. No value in it is ever evaluated: texts go back into the editors, where the core's
checked parsers read them.

Why in pieces: reading and writing run in a worker thread while the window stays live, so no
step may hold the interpreter for long (core.json_chunks); both can be cancelled.

Qt-free: the window maps its models to and from a Session (gui/session.py); this module only
reads, checks and writes.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import threading
from collections.abc import Iterator
from concurrent.futures import CancelledError
from dataclasses import dataclass, field, replace
from json import JSONDecodeError, dumps
from typing import Any

import numpy as np

from desktop_app.core import limits
from desktop_app.core.export import atomic_write
from desktop_app.core.files import FileRefusedError, read_bounded
from desktop_app.core.json_chunks import gc_paused, loads

__all__ = [
    "FORMAT",
    "MAX_TEXT_ELEMENTS",
    "RUN_STATUSES",
    "VERSION",
    "SavedRun",
    "Session",
    "SessionError",
    "load_session",
    "save_session",
    "session_from_dict",
    "session_to_dict",
]

FORMAT = "gradient-lab-session"
VERSION = 1
#: The statuses a run can end with (core.runs.RunResult.status) plus "running".
RUN_STATUSES = ("running", "finished", "converged", "diverged", "stopped", "failed")
#: Largest session file read (bytes).
MAX_FILE_BYTES = limits.MAX_SESSION_BYTES
#: Most rows saved per run; longer runs are thinned evenly (first and last rows kept).
MAX_SAVED_ROWS = 100_000
MAX_RUNS = limits.MAX_SWEEP_RUNS
MAX_VARIABLES = 200
#: All the variables' texts together (each is at most limits.MAX_VALUE_CHARS).
MAX_VARIABLE_CHARS = 2_000_000
MAX_COLUMNS = 1_000
MAX_LABEL_CHARS = 200
_NAME = re.compile(r"^(?!__)[A-Za-z_][A-Za-z0-9_]*$")
_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_\[\],]*$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_ROLES = ("parameter", "data")
_SURROGATE = re.compile("[\ud800-\udfff]")  # in a Python str, every surrogate stands alone
_ROWS_PER_PIECE = 2000
#: Numbers of a variable's array written per piece.
_NUMBERS_PER_PIECE = 20_000
#: A variable's array of more elements is saved as numbers (`values`), not as text, and a run's
#: start value or data equal to it as a reference to it ({"variable": name}), not once per run.
MAX_TEXT_ELEMENTS = 1000
_SAMPLE_ROWS = 1000
#: The share of MAX_FILE_BYTES the rows may fill (texts and headers take the rest).
_FILL = 0.85


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
    numeric: dict[str, Any] = field(default_factory=dict)  # method, h (absent in older files)
    #: The step every view showed: {"run": index into runs, "step": the record's step number}
    #: (a number, not a row: a long run's rows are thinned when saved). Empty: none, or older files.
    selection: dict[str, int] = field(default_factory=dict)
    #: The picture's spans: [name, low, high] or [name, low, high, loss low, loss high] (absent
    #: in older files: the picture then chooses them as for a new lesson).
    ranges: list[list[Any]] = field(default_factory=list)


# --- writing -----------------------------------------------------------------------------------


def _clean_text(text: str) -> str:
    """Text that UTF-8 can hold: a lone surrogate (from a paste, say) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _json_value(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, dict):
        return {_clean_text(str(k)): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return value


def _thinned(records: np.ndarray, most: int = MAX_SAVED_ROWS) -> np.ndarray:
    """At most `most` rows, evenly spread, the first and last kept."""
    if len(records) <= most:
        return records
    keep = np.unique(np.linspace(0, len(records) - 1, max(2, most)).round().astype(np.int64))
    return records[keep]


def _fitting(runs: list[SavedRun], taken: int = 0) -> list[np.ndarray]:
    """Each run's records, thinned further when the file would be larger than the reader accepts
    (a session saved must always open again): bytes per row are measured on a sample of each run;
    `taken` bytes of the file are the variables' arrays."""
    records = [_thinned(run.records) for run in runs]
    per_row = [len(dumps(r[: _SAMPLE_ROWS].tolist(), allow_nan=True)) / max(1, min(len(r), _SAMPLE_ROWS)) + 2
               for r in records]
    projected = sum(len(r) * size for r, size in zip(records, per_row))
    budget = _FILL * MAX_FILE_BYTES - taken
    if budget <= 0:
        raise SessionError("the variables' arrays are too large to save in a session file")
    if projected <= budget:
        return records
    factor = budget / projected
    return [_thinned(r, int(len(r) * factor)) for r in records]


def _run_header(run: SavedRun, columns: list[str]) -> dict[str, Any]:
    return {
        "label": _clean_text(run.label), "color": run.color, "status": run.status,
        "reason": _clean_text(run.reason), "visible": run.visible, "spec": _json_value(run.spec),
        "final": _json_value(run.final), "columns": columns,
    }


def _session_header(session: Session) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": VERSION, "expression": _clean_text(session.expression),
        "optimizer": _json_value(session.optimizer), "device": _json_value(session.device),
        "numeric": _json_value(session.numeric), "selection": _json_value(session.selection),
        "ranges": _json_value(session.ranges),
        "preset": None if session.preset is None else _clean_text(session.preset),
    }


def _variable_arrays(session: Session) -> dict[str, np.ndarray]:
    """The variables given as arrays (an imported CSV column), by name, as float64."""
    return {name: np.asarray(entry["values"], dtype=np.float64)
            for name, entry in session.variables.items() if entry.get("values") is not None}


def _variable_header(entry: dict[str, Any], array: np.ndarray | None) -> dict[str, Any]:
    head = {"role": entry.get("role", "parameter"), "text": _clean_text(str(entry.get("text", ""))),
            "trained": bool(entry.get("trained", True))}
    if array is not None:
        head["shape"] = list(array.shape)
    return head


def _referenced(spec: dict[str, Any], arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    """`spec` with each large start value or data array that equals a variable's array written
    as {"variable": name} (twelve runs on an imported column hold it once in the file)."""
    out = dict(spec)
    for key in ("init", "data"):
        values = spec.get(key)
        if not isinstance(values, dict):
            continue
        out[key] = dict(values)
        for name, value in values.items():
            array = arrays.get(name)
            if array is None or np.size(value) <= MAX_TEXT_ELEMENTS or np.size(value) != array.size:
                continue
            if np.array_equal(np.asarray(value, dtype=np.float64).reshape(array.shape), array, equal_nan=True):
                out[key][name] = {"variable": name}
    return out


def session_to_dict(session: Session) -> dict[str, Any]:
    """The session as the JSON file holds it (runs longer than MAX_SAVED_ROWS thinned)."""
    arrays = _variable_arrays(session)
    variables = {}
    for name, entry in session.variables.items():
        variables[_clean_text(name)] = _variable_header(entry, arrays.get(name))
        if name in arrays:
            variables[name]["values"] = arrays[name].ravel().tolist()
    runs = []
    for run, records in zip(session.runs, _fitting(session.runs, _array_bytes(arrays))):
        head = _run_header(replace(run, spec=_referenced(run.spec, arrays)),
                           list(records.dtype.names or ()))
        runs.append({**head, "rows": records.tolist()})
    return {**_session_header(session), "variables": variables, "runs": runs}


def _array_bytes(arrays: dict[str, np.ndarray]) -> int:
    """About what the variables' arrays take in the file (measured on a sample)."""
    total = 0
    for array in arrays.values():
        flat = array.ravel()
        sample = flat[:_SAMPLE_ROWS]
        total += int(len(dumps(sample.tolist(), allow_nan=True)) / max(1, len(sample)) * flat.size) + 64
    return total


def _variable_pieces(session: Session, arrays: dict[str, np.ndarray],
                     cancel: threading.Event | None) -> Iterator[str]:
    """The `variables` table, its arrays in pieces of _NUMBERS_PER_PIECE numbers."""
    yield '"variables": {'
    for index, (name, entry) in enumerate(session.variables.items()):
        array = arrays.get(name)
        head = dumps(_variable_header(entry, array), ensure_ascii=False)
        yield (", " if index else "") + dumps(_clean_text(name), ensure_ascii=False) + ": "
        if array is None:
            yield head
            continue
        yield head[:-1] + ', "values": ['
        flat = array.ravel()
        for start in range(0, flat.size, _NUMBERS_PER_PIECE):
            if cancel is not None and cancel.is_set():
                raise CancelledError("saving cancelled")
            yield ("" if start == 0 else ", ") + dumps(flat[start : start + _NUMBERS_PER_PIECE].tolist(),
                                                      allow_nan=True)[1:-1]
        yield "]}"
    yield "}"


def _pieces(session: Session, cancel: threading.Event | None) -> Iterator[str]:
    """The file's text in pieces of a few thousand rows (json.dumps of a whole 100,000-row run
    would hold the interpreter for a second)."""
    arrays = _variable_arrays(session)
    fitted = _fitting(session.runs, _array_bytes(arrays))
    header = dumps(_session_header(session), ensure_ascii=False, allow_nan=True)
    yield header[:-1] + ", "
    yield from _variable_pieces(session, arrays, cancel)
    yield ', "runs": ['
    for index, (run, records) in enumerate(zip(session.runs, fitted)):
        run = replace(run, spec=_referenced(run.spec, arrays))
        head = dumps(_run_header(run, list(records.dtype.names or ())), ensure_ascii=False, allow_nan=True)
        yield (", " if index else "") + head[:-1] + ', "rows": '
        for start in range(0, len(records), _ROWS_PER_PIECE):
            if cancel is not None and cancel.is_set():
                raise CancelledError("saving cancelled")
            rows = records[start : start + _ROWS_PER_PIECE].tolist()
            piece = dumps(rows, allow_nan=True)
            yield ("[" if start == 0 else ", ") + piece[1:-1]
        yield ("[]" if len(records) == 0 else "]") + "}"
    yield "]}"


def save_session(session: Session, path: str | os.PathLike[str], cancel: threading.Event | None = None) -> None:
    """Write atomically (temporary file, then rename), so a crash never leaves half a file; a
    cancelled save leaves the old file as it was. Runs are thinned evenly so that the file stays
    under MAX_FILE_BYTES and opens again."""
    with atomic_write(path, encoding="utf-8") as handle:
        for piece in _pieces(session, cancel):
            handle.write(piece)


# --- reading -----------------------------------------------------------------------------------


def _need(condition: bool, message: str) -> None:
    if not condition:
        raise SessionError(message)


def _text(value: Any, what: str, limit: int) -> str:
    _need(isinstance(value, str), f"{what} must be text")
    _need(len(value) <= limit, f"{what} is too long ({len(value):,} characters; at most {limit:,})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise SessionError(f"{what} holds a character that is not valid text (a lone surrogate)") from None
    return value


def _real(value: Any) -> bool:
    """An int or float (not a bool) that a float64 can hold; NaN and infinities count."""
    if isinstance(value, float):
        return True
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            float(value)
        except OverflowError:
            return False
        return True
    return False


def _number(value: Any, what: str, optional: bool = False) -> float | None:
    if value is None and optional:
        return None
    _need(_real(value) and math.isfinite(value), f"{what} must be a number")
    return float(value)


def _numbers(value: Any, what: str, depth: int = 0, budget: list[int] | None = None) -> Any:
    """A number or nested lists of numbers (at most limits.MAX_ELEMENTS in all), as given."""
    budget = [limits.MAX_ELEMENTS] if budget is None else budget
    _need(depth <= limits.MAX_VALUE_DEPTH, f"{what} is nested too deeply")
    if isinstance(value, list):
        budget[0] -= len(value)
        _need(budget[0] >= 0, f"{what} has more than {limits.MAX_ELEMENTS:,} numbers")
        if all(type(v) is float or (type(v) is int and _real(v)) for v in value):
            return value
        return [_numbers(v, what, depth + 1, budget) for v in value]
    _need(_real(value), f"{what} must be numbers")
    return value


def _variables(value: Any) -> dict[str, dict[str, Any]]:
    _need(isinstance(value, dict), "`variables` must be a table of names")
    _need(len(value) <= MAX_VARIABLES, f"too many variables (at most {MAX_VARIABLES})")
    out: dict[str, dict[str, Any]] = {}
    total = 0
    budget = [limits.MAX_ELEMENTS]
    for name, entry in value.items():
        _need(isinstance(name, str) and bool(_NAME.match(name)) and len(name) <= limits.MAX_NAME_CHARS,
              f"`{_shown(name)}` is not a valid variable name")
        _need(isinstance(entry, dict), f"variable `{name}` must be a table")
        role = entry.get("role", "parameter")
        _need(role in _ROLES, f"variable `{name}`: role must be parameter or data")
        text = _text(entry.get("text", ""), f"the value of `{name}`", limits.MAX_VALUE_CHARS)
        total += len(text)
        _need(total <= MAX_VARIABLE_CHARS,
              f"the variables' values are too long together (at most {MAX_VARIABLE_CHARS:,} characters)")
        trained = entry.get("trained", True)
        _need(isinstance(trained, bool), f"variable `{name}`: `trained` must be true or false")
        out[name] = {"role": role, "text": text, "trained": trained}
        if "values" in entry:
            out[name]["values"] = _array(entry, name, budget)
    return out


def _array(entry: dict[str, Any], name: str, budget: list[int]) -> np.ndarray:
    """A variable given as numbers (an imported CSV column): `values` flat, `shape` its shape;
    all variables' numbers together at most limits.MAX_ELEMENTS, as the CSV importer accepts."""
    values, shape = entry.pop("values"), entry.get("shape")
    what = f"the values of `{name}`"
    _need(isinstance(values, list), f"{what} must be a list of numbers")
    _need(isinstance(shape, list) and len(shape) <= limits.MAX_VALUE_DEPTH
          and all(type(n) is int and 0 <= n <= limits.MAX_ELEMENTS for n in shape),
          f"{what}: bad shape")
    budget[0] -= len(values)
    _need(budget[0] >= 0, f"the variables hold more than {limits.MAX_ELEMENTS:,} numbers")
    _need(math.prod(shape) == len(values), f"{what}: {len(values):,} numbers do not fill the shape {shape}")
    _need(set(map(type, values)) <= {float, int}, f"{what}: something that is not a number")
    try:
        return np.array(values, dtype=np.float64).reshape(shape)
    except OverflowError:
        raise SessionError(f"{what}: a number is out of range (beyond ±1.8e308)") from None


def _shown(value: Any) -> str:
    """A value quoted in a message: printable, at most 40 characters."""
    text = value if isinstance(value, str) else repr(value)
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = "".join(ch if ch.isprintable() else "?" for ch in text[:40])
    return text + ("…" if len(value if isinstance(value, str) else repr(value)) > 40 else "")


def _columns(columns: Any, where: str) -> list[str]:
    _need(isinstance(columns, list) and 0 < len(columns) <= MAX_COLUMNS, f"{where}: bad column list")
    for name in columns:
        _need(isinstance(name, str) and bool(_COLUMN.match(name)) and len(name) <= 100,
              f"{where}: bad column name `{_shown(name)}`")
    _need(len(set(columns)) == len(columns), f"{where}: repeated column names")
    _need(columns[0] == "step", f"{where}: the first column must be `step`")
    _need("loss" in columns and "lr" in columns, f"{where}: the `loss` and `lr` columns are missing")
    return columns


def _records(columns: Any, rows: Any, where: str) -> np.ndarray:
    """The rows as a record array, checked with whole-array operations (a 100,000-row run is
    checked in milliseconds, never holding the interpreter long)."""
    columns = _columns(columns, where)
    _need(isinstance(rows, list), f"{where}: the rows must be a list")
    _need(len(rows) <= MAX_SAVED_ROWS, f"{where}: too many rows ({len(rows):,}; at most {MAX_SAVED_ROWS:,})")
    width = len(columns)
    for i, row in enumerate(rows):
        _need(type(row) is list and len(row) == width, f"{where}: row {i} has the wrong length")
    kinds = set(map(type, itertools.chain.from_iterable(rows)))
    _need(kinds <= {int, float, type(None)}, f"{where}: a row holds something that is not a number")
    steps = [row[0] for row in rows]
    _need(set(map(type, steps)) <= {int}, f"{where}: a step number is not a whole number")
    try:
        table = np.array(rows, dtype=np.float64).reshape(len(rows), width)
    except OverflowError:
        raise SessionError(f"{where}: a number is out of range (beyond ±1.8e308)") from None
    step_column = table[:, 0]
    bad = np.flatnonzero((step_column < 0) | (step_column > limits.MAX_RUN_STEPS))
    _need(bad.size == 0, f"{where}: row {int(bad[0]) if bad.size else 0} has a bad step number "
                         f"(0 to {limits.MAX_RUN_STEPS:,})")
    dtype = np.dtype([("step", np.int64)] + [(c, np.float64) for c in columns[1:]])
    out = np.empty(len(rows), dtype=dtype)
    out["step"] = step_column.astype(np.int64)
    for j, name in enumerate(columns[1:], start=1):
        out[name] = table[:, j]
    return out


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


def _numeric(value: Any) -> dict[str, Any]:
    """The numeric derivative's settings (method, h); absent in files written before them."""
    _need(isinstance(value, dict), "the numeric-derivative settings must be a table")
    out: dict[str, Any] = {}
    if "method" in value:
        _need(value["method"] in ("central", "forward"), "the numeric method must be central or forward")
        out["method"] = value["method"]
    if "h" in value:
        h = _number(value["h"], "the numeric step h")
        _need(h is not None and 0 < h <= 1e3, "the numeric step h must be a positive number up to 1000")
        out["h"] = h
    return out


def _selection(value: Any, runs: int) -> dict[str, int]:
    """The selected step: a run of this file and a step number (absent in older files)."""
    _need(isinstance(value, dict), "the selected step must be a table")
    if not value:
        return {}
    run, step = value.get("run"), value.get("step")
    _need(isinstance(run, int) and not isinstance(run, bool) and 0 <= run < runs,
          f"the selected step names run {_shown(run)}, which is not in the file")
    _need(isinstance(step, int) and not isinstance(step, bool) and 0 <= step <= limits.MAX_RUN_STEPS,
          f"the selected step number must be a whole number from 0 to {limits.MAX_RUN_STEPS:,}")
    return {"run": run, "step": step}


def _ranges(value: Any) -> list[list[Any]]:
    """The picture's spans: a name and low ≤ high, and for the landscape the loss's low ≤ high."""
    _need(isinstance(value, list) and len(value) <= MAX_VARIABLES,
          f"the picture's ranges must be a list of at most {MAX_VARIABLES}")
    out = []
    for entry in value:
        _need(isinstance(entry, list) and len(entry) in (3, 5), "a picture range must be [name, low, high]"
              " or [name, low, high, loss low, loss high]")
        name = entry[0]
        _need(isinstance(name, str) and bool(_NAME.match(name)) and len(name) <= limits.MAX_NAME_CHARS,
              f"a picture range names `{_shown(name)}`, which is not a valid name")
        spans = [_number(v, f"the picture range of `{name}`") for v in entry[1:]]
        _need(all(low <= high for low, high in zip(spans[::2], spans[1::2])),
              f"the picture range of `{name}` must go from low to high")
        out.append([name, *spans])
    return out


def _arrays(value: Any, what: str, variables: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Named numbers or arrays (a run's start values or data); {"variable": name} stands for
    that variable's array (the same array object, not a copy)."""
    _need(isinstance(value, dict) and len(value) <= MAX_VARIABLES, f"{what} must be a table of names")
    budget = [limits.MAX_ELEMENTS]
    out = {}
    for name, array in value.items():
        _need(isinstance(name, str) and bool(_NAME.match(name)) and len(name) <= limits.MAX_NAME_CHARS,
              f"{what}: `{_shown(name)}` is not a valid name")
        if isinstance(array, dict):
            source = array.get("variable")
            _need(len(array) == 1 and isinstance(source, str) and "values" in variables.get(source, {}),
                  f"{what}: `{name}` refers to no variable's values")
            out[name] = variables[source]["values"]
            continue
        budget[0] -= 1
        out[name] = _numbers(array, f"{what}: `{name}`", budget=budget)
    return out


def _spec(value: Any, where: str, variables: dict[str, dict[str, Any]]) -> dict[str, Any]:
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
        out[key] = _arrays(value.get(key, {}), f"{where}: {key}", variables)
    trained = value.get("trained")
    _need(trained is None or (isinstance(trained, list) and len(trained) <= MAX_VARIABLES
                              and all(isinstance(n, str) and _NAME.match(n) and len(n) <= limits.MAX_NAME_CHARS
                                      for n in trained)),
          f"{where}: `trained` must be a list of names")
    out["trained"] = trained
    return out


def _final(value: Any, where: str) -> dict[str, Any]:
    """Where a run stopped: the loss (a number, possibly inf or NaN, or null) and the parameters."""
    _need(isinstance(value, dict) and len(value) <= MAX_VARIABLES + 1, f"{where}: final values must be a table")
    out: dict[str, Any] = {}
    budget = [limits.MAX_ELEMENTS]
    for name, number in value.items():
        _need(isinstance(name, str) and bool(_NAME.match(name)) and len(name) <= limits.MAX_NAME_CHARS,
              f"{where}: final values: `{_shown(name)}` is not a valid name")
        if name == "loss":
            _need(number is None or _real(number), f"{where}: the final loss must be a number")
            out[name] = None if number is None else float(number)
        else:
            out[name] = _numbers(number, f"{where}: final `{name}`", budget=budget)
    return out


def _run(value: Any, index: int, variables: dict[str, dict[str, Any]]) -> SavedRun:
    where = f"run {index + 1}"
    _need(isinstance(value, dict), f"{where} must be a table")
    colour = value.get("color", "#0072B2")
    _need(isinstance(colour, str) and bool(_COLOUR.match(colour)), f"{where}: bad colour")
    status = value.get("status", "finished")
    _need(isinstance(status, str) and status in RUN_STATUSES, f"{where}: unknown status")
    visible = value.get("visible", True)
    _need(isinstance(visible, bool), f"{where}: `visible` must be true or false")
    return SavedRun(
        label=_text(value.get("label", ""), f"{where}: label", MAX_LABEL_CHARS),
        color=colour, status=status,
        reason=_text(value.get("reason", ""), f"{where}: reason", 1000),
        visible=visible, spec=_spec(value.get("spec", {}), where, variables),
        final=_final(value.get("final", {}), where),
        records=_records(value.get("columns"), value.pop("rows", None), where),
    )


def session_from_dict(data: Any, cancel: threading.Event | None = None) -> Session:
    """Check a parsed session file completely; raise SessionError saying what is wrong.

    Pops each run's rows out of `data` once they are checked, so the parsed lists are freed run
    by run rather than in one long deallocation at the end."""
    _need(isinstance(data, dict), "this is not a Gradient Lab session (no session table)")
    _need(data.get("format") == FORMAT, "this is not a Gradient Lab session file")
    _need(data.get("version") == VERSION,
          f"this session was written by another version of Gradient Lab (format {_shown(data.get('version'))})")
    runs = data.get("runs", [])
    _need(isinstance(runs, list) and len(runs) <= MAX_RUNS, f"too many runs (at most {MAX_RUNS})")
    preset = data.get("preset")
    _need(preset is None or (isinstance(preset, str) and len(preset) <= 100), "bad preset name")
    if preset is not None:
        _text(preset, "the preset name", 100)
    optimizer = _optimizer(data.get("optimizer", {}))
    device = _device(data.get("device", {}))
    numeric = _numeric(data.get("numeric", {}))
    expression = _text(data.get("expression", ""), "the expression", limits.MAX_EXPRESSION_CHARS)
    variables = _variables(data.get("variables", {}))
    saved = []
    for i, run in enumerate(runs):
        if cancel is not None and cancel.is_set():
            raise CancelledError("reading cancelled")
        saved.append(_run(run, i, variables))
    selection = _selection(data.get("selection", {}), len(saved))
    ranges = _ranges(data.get("ranges", []))
    return Session(expression=expression, variables=variables, optimizer=optimizer, device=device,
                   preset=preset, runs=saved, numeric=numeric, selection=selection, ranges=ranges)


def load_session(path: str | os.PathLike[str], cancel: threading.Event | None = None) -> Session:
    """Read and check a session file completely; raises SessionError saying what is wrong, or
    CancelledError when `cancel` is set meanwhile. Only regular files are opened."""
    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except FileRefusedError as error:
        raise SessionError(str(error)) from None
    except OSError as error:
        raise SessionError(f"cannot read the file: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SessionError(f"the file is not UTF-8 text (line {line})") from None
    del raw
    with gc_paused():
        try:
            data = loads(text, cancel)
        except JSONDecodeError as error:
            raise SessionError(f"the file is not valid JSON (line {error.lineno}, column {error.colno})") from None
        except ValueError:  # int() refuses more than 4300 digits
            raise SessionError("the file holds a number with too many digits") from None
        except RecursionError:
            raise SessionError("the file is nested too deeply") from None
        del text
        return session_from_dict(data, cancel)
