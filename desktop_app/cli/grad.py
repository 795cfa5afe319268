"""`python -m desktop_app grad EXPR --at NAME=VALUE ...`: a loss's value and derivative, three ways.

Autograd always; a forward or central difference with --numeric; the symbolic derivative with
--symbolic; the computation graph with --graph. torch and sympy are imported only when the
command runs.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli import CliError
from desktop_app.cli.common import (
    add_common_options,
    add_data_options,
    emit_json,
    fmt,
    format_table,
    load_data,
    parse_assignments,
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "grad",
        help="value and gradient of an expression (autograd, numeric, symbolic, graph)",
        description="Evaluate EXPR at the given parameter values and differentiate it. "
                    "A non-scalar result is summed first, as TensorFlow's tape.gradient does.",
    )
    parser.add_argument("expression", metavar="EXPR",
                        help="the loss, e.g. 'x**3' or 'pred = w*x + b; mean((pred - y)**2)' "
                             "(separate lines with a newline or ;)")
    parser.add_argument("--at", action="append", default=[], metavar="NAME=VALUE",
                        help="a parameter and its value: x=4, x=ones(4,4), x=[[1,2],[3,4]] (repeatable)")
    add_data_options(parser)
    parser.add_argument("--numeric", choices=("forward", "central"),
                        help="also estimate the gradient by finite differences")
    parser.add_argument("--h", type=float, default=1e-3, help="finite-difference step (default 1e-3)")
    parser.add_argument("--symbolic", action="store_true",
                        help="also give the symbolic derivative (plain text and LaTeX)")
    parser.add_argument("--graph", action="store_true",
                        help="also give the computation graph with forward values and gradients")
    add_common_options(parser)
    parser.set_defaults(handler=run)


def compute(args: argparse.Namespace) -> dict[str, Any]:
    """The JSON payload of `grad`: value, grad, summed, and what was asked besides.

    One `core.binding.Binding` (checked and compiled once) gives every view."""
    from desktop_app.core.binding import Binding
    from desktop_app.core.devices import device_label
    from desktop_app.core.expression import parse_program

    program = parse_program(args.expression)
    params = parse_assignments(args.at, "--at")
    data = load_data(args)
    clash = sorted(set(params) & set(data))
    if clash:
        raise CliError(f"`{clash[0]}` is given both as a parameter (--at) and as data")
    program.check_names([*params, *data])
    if not params:
        names = ", ".join(f"`{n}`" for n in program.free_names) or "none"
        raise CliError(f"give at least one parameter with --at NAME=VALUE (names in the expression: {names})")
    binding = Binding(program, params, data, dtype=args.dtype, device=args.device)
    result = binding.gradient()
    payload: dict[str, Any] = {
        "expression": program.text,
        "value": result.value,
        "summed": result.summed,
        "grad": {name: g for name, g in result.grads.items()},
        "at": params,
        "dtype": args.dtype,
        "device": device_label(binding.device),
    }
    if args.numeric:
        checks = binding.compare(args.numeric, args.h)
        payload["numeric"] = {
            name: {"method": args.numeric, "h": args.h, "estimate": c.numeric,
                   "abs_error": c.abs_error, "rel_error": c.rel_error}
            for name, c in checks.items()
        }
    if args.symbolic:
        payload.update(symbolic_payload(binding))
    if args.graph:
        graph = binding.graph()
        payload["graph"] = graph.to_dict()
        payload["graph_text"] = graph.to_text()
    return payload


def symbolic_payload(binding: Any) -> dict[str, Any]:
    """`derivative` and `latex` (element -> formula, null where unavailable), `symbolic_reasons`."""
    found = binding.symbolic()
    return {
        "derivative": {d.parameter: d.text if d.available else None for d in found},
        "latex": {d.parameter: d.latex if d.available else None for d in found},
        "derivative_value": {d.parameter: d.value for d in found if d.available},
        "symbolic_reasons": {d.parameter: d.reason for d in found if not d.available},
    }


def print_text(payload: dict[str, Any]) -> None:
    print(f"expression: {payload['expression']}")
    summed = "  (not a scalar: its sum is differentiated)" if payload["summed"] else ""
    print(f"value: {fmt(payload['value'])}{summed}")
    rows = [[name, payload["at"][name], grad] for name, grad in payload["grad"].items()]
    print(format_table(("parameter", "at", "gradient (autograd)"), rows))
    if "numeric" in payload:
        print()
        rows = [[name, n["estimate"], n["abs_error"], n["rel_error"]] for name, n in payload["numeric"].items()]
        first = next(iter(payload["numeric"].values()))
        print(f"{first['method']} difference, h = {first['h']:g}:")
        print(format_table(("parameter", "estimate", "abs error", "rel error"), rows, digits=6))
    if "derivative" in payload:
        print()
        for name, text in payload["derivative"].items():
            if text is None:
                print(f"d/d{name}: not available ({payload['symbolic_reasons'][name]})")
            else:
                value = payload["derivative_value"].get(name)
                here = "not a finite number here" if value is None else f"= {fmt(value)} here"
                print(f"d/d{name} = {text}   ({here})")
    if "graph" in payload:
        print("\ncomputation graph (from the loss down to the inputs):")
        print(payload["graph_text"])


def run(args: argparse.Namespace) -> int:
    payload = compute(args)
    if args.json:
        emit_json(payload)
    else:
        print_text(payload)
    return 0
