"""What the grad, run and preset commands share: NAME=VALUE options, data import, output.

Nothing here imports torch at module level, so building the parser stays instant.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop_app.cli import CliError

DTYPE_CHOICES = ("float32", "float64")


def add_data_options(parser: argparse.ArgumentParser) -> None:
    """--data NAME=VALUES (repeatable) and --data-csv FILE (one array per column)."""
    parser.add_argument("--data", action="append", default=[], metavar="NAME=VALUES",
                        help="a data array, e.g. x=1,2,3 or X=[[1,2],[3,4]] (repeatable)")
    parser.add_argument("--data-csv", metavar="FILE",
                        help="data arrays from a CSV file: a header row of names, one column per array")


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """--dtype, --device and --json, the same for every computing command."""
    parser.add_argument("--dtype", default="float32", choices=DTYPE_CHOICES,
                        help="floating-point precision (default float32, as in the lessons)")
    parser.add_argument("--device", default="cpu", metavar="DEVICE",
                        help="cpu, cuda, cuda:N or auto (default cpu; auto falls back to cpu)")
    parser.add_argument("--json", action="store_true", help="print exactly one JSON object on stdout")


def parse_assignments(items: Sequence[str], option: str) -> dict[str, Any]:
    """NAME=VALUE texts -> {name: float64 array}, values in core.values.parse_value syntax."""
    from desktop_app.core.values import parse_value

    values: dict[str, Any] = {}
    for item in items:
        name, sep, text = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise CliError(f"{option} expects NAME=VALUE, not `{item}`")
        if not name.isidentifier():
            raise CliError(f"{option} {item}: `{name}` is not a valid name")
        if name in values:
            raise CliError(f"{option}: `{name}` is given twice")
        try:
            values[name] = parse_value(text)
        except ValueError as error:
            raise CliError(f"{option} {name}: {error}") from None
    return values


def load_data(args: argparse.Namespace) -> dict[str, Any]:
    """Data arrays from --data-csv and --data (a name may come from one place only)."""
    data: dict[str, Any] = {}
    if args.data_csv:
        from desktop_app.core.export import read_data_csv
        from desktop_app.core.files import FileRefusedError

        try:
            data.update(read_data_csv(args.data_csv))
        except FileRefusedError as error:  # its message starts with the path
            raise CliError(f"--data-csv {error}") from None
        except OSError as error:
            raise CliError(f"--data-csv {args.data_csv}: {error.strerror or error}") from None
    for name, value in parse_assignments(args.data, "--data").items():
        if name in data:
            raise CliError(f"data `{name}` is given both in --data-csv and --data")
        data[name] = value
    return data


def jsonable(value: Any) -> Any:
    """numpy arrays and scalars to lists and floats; non-finite floats to null (strict JSON)."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        if len(value) > 64 and _finite_numbers(value):  # a large tensor's values: as they are
            return value
        return [jsonable(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return jsonable(value.tolist())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _finite_numbers(value: list | tuple) -> bool:
    import numpy as np

    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    return bool(np.isfinite(array).all()) and array.dtype == np.float64 and array.ndim >= 1


def emit_json(payload: Mapping[str, Any]) -> None:
    """Print one JSON object on stdout (ASCII with escapes: safe whatever the pipe's encoding)."""
    print(json.dumps(jsonable(payload), allow_nan=False))


def fmt(value: Any, digits: int = 8) -> str:
    """A number with `digits` significant digits, lists element by element."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(fmt(v, digits) for v in value) + "]"
    if hasattr(value, "tolist"):
        return fmt(value.tolist(), digits)
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}g}"


def format_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], digits: int = 8) -> str:
    """An aligned text table: text left-aligned, numbers right-aligned."""
    cells = [[fmt(v, digits) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def align(text: str, width: int) -> str:
        return text.ljust(width) if text[:1].isalpha() else text.rjust(width)

    lines = ["  ".join(align(c, w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(align(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def progress(message: str) -> None:
    """Progress for people goes to stderr, so stdout stays one JSON object."""
    print(message, file=sys.stderr, flush=True)
