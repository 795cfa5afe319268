"""The command line: `python -m desktop_app <command> ... [--json]`.

Each command lives in its own module with `add_parser(subparsers)` and `run(args) -> int`.
The contract (names, options, JSON keys) is documented in README.md: extend it, never rename.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from typing import NoReturn

from desktop_app import APP_NAME, __version__

COMMAND_MODULES = ("grad", "run", "presets", "mnist")


class CliError(Exception):
    """A user mistake the command line reports in one line (and as {"error": ...} with --json)."""


class _Parser(argparse.ArgumentParser):
    """argparse's usage errors become CliErrors, so they too are one line (and JSON with --json)."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{self.prog}: {message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m desktop_app",
        description=f"{APP_NAME}: automatic differentiation and gradient descent, from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").add_parser(sub)
    return parser


def _report(message: str, as_json: bool, error: BaseException | None = None) -> None:
    """One line on stderr, and {"error": ...} on stdout with --json.

    An expression error also gives ``error_detail``: its kind, place and data (docs/cli.md)."""
    message = " ".join(str(message).split()) or "unknown error"
    if as_json:
        payload: dict = {"error": message}
        detail = getattr(error, "to_json", None)
        if callable(detail):
            payload["error_detail"] = detail()
        print(json.dumps(payload, default=str))
    print(f"error: {message}", file=sys.stderr)


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):  # Korean titles on a console that cannot show them
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except CliError as error:
        _report(str(error), "--json" in argv)
        return 2
    if args.command is None:
        parser.print_help()
        return 2
    as_json = getattr(args, "json", False)
    try:
        return args.handler(args)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): nothing more to say to it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (CliError, ValueError, OSError) as error:  # ExpressionError, DeviceError are ValueErrors
        _report(str(error), as_json, error)
        return 1
    except KeyboardInterrupt:
        _report("interrupted", as_json)
        return 130
    except (RecursionError, MemoryError) as error:
        _report(f"the input is too large or too deeply nested to handle ({type(error).__name__})", as_json)
        return 1
    except Exception as error:  # noqa: BLE001 - a user never sees a traceback, even for our bugs
        _report(f"internal error ({type(error).__name__}): {error}; please report it", as_json)
        return 3
