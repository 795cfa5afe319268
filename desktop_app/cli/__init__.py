"""The command line: `python -m desktop_app <command> ... [--json]`.

Each command lives in its own module with `add_parser(subparsers)` and `run(args) -> int`.
The contract (names, options, JSON keys) is documented in README.md: extend it, never rename.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from desktop_app import APP_NAME, __version__

COMMAND_MODULES = ("grad", "run", "presets", "mnist")


class CliError(Exception):
    """A user mistake the command line reports in one line (and as {"error": ...} with --json)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app",
        description=f"{APP_NAME}: automatic differentiation and gradient descent, from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").add_parser(sub)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except (CliError, ValueError, OSError) as error:  # ExpressionError, DeviceError are ValueErrors
        message = str(error)
        if getattr(args, "json", False):
            print(json.dumps({"error": message}))
        print(f"error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
