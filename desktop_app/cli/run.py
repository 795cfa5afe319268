"""`python -m desktop_app run EXPR --init NAME=VALUE ... --optimizer NAME --steps N`: optimise a loss.

The same `core.runs.Run` the window drives; records stream to a CSV file while the run goes
(atomically renamed into place at the end), and --compare runs several learning rates or
optimizers side by side.
"""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path
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

#: Hyper-parameter options (core.optimizers names); booleans are flags.
FLOAT_HYPER = ("lr", "momentum", "dampening", "weight_decay", "rho", "eps", "beta1", "beta2",
               "lr_decay", "initial_accumulator_value")
BOOL_HYPER = ("amsgrad", "centered")
#: Rows shown in the text summary of a single run (the CSV has every row).
SUMMARY_ROWS = 10


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="minimise an expression with an optimizer (one run or a comparison)",
        description="Optimise the parameters given with --init. Records (step, loss, parameters, "
                    "gradients, grad_norm, lr, optimizer state) can be streamed to --csv.",
    )
    parser.add_argument("expression", metavar="EXPR", help="the loss (separate lines with a newline or ;)")
    parser.add_argument("--init", action="append", default=[], metavar="NAME=VALUE",
                        help="a parameter and its start value: w=4, x=ones(4,4), x=[[1,2],[3,4]] (repeatable)")
    add_data_options(parser)
    parser.add_argument("--optimizer", default="gd", metavar="NAME",
                        help="gd (default), sign, sgd, momentum, nesterov, rmsprop, adam, adamw, adagrad")
    for name in FLOAT_HYPER:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, type=float, metavar="X",
                            help=f"hyper-parameter {name} (default: the optimizer's)")
    for name in BOOL_HYPER:
        parser.add_argument(f"--{name}", dest=name, action="store_true", default=None,
                            help=f"turn on {name} (adam/adamw: amsgrad; rmsprop: centered)")
    parser.add_argument("--steps", type=int, default=100, help="maximum number of updates (default 100)")
    parser.add_argument("--tol", type=float, metavar="T",
                        help="stop (converged) when the gradient norm is at most T")
    parser.add_argument("--loss-tol", type=float, metavar="T",
                        help="stop (converged) when the loss changes by at most T in one step")
    parser.add_argument("--time-limit", type=float, metavar="S", help="stop after S seconds")
    parser.add_argument("--train", metavar="NAMES",
                        help="comma-separated parameters to train (default: all); the others stay fixed")
    parser.add_argument("--compare", metavar="KEY=V1,V2,...",
                        help="several runs side by side: lr=0.001,0.01,0.1 or optimizer=sgd,adam")
    parser.add_argument("--csv", metavar="FILE",
                        help="write every record to FILE (with --compare: one file per run, "
                             "FILE's name + .lr=0.01 or .adam before the suffix)")
    add_common_options(parser)
    parser.set_defaults(handler=run)


def parse_compare(text: str) -> tuple[str, list[Any]]:
    """`lr=0.001,0.01` -> ("lr", [0.001, 0.01]); `optimizer=sgd,adam` -> ("optimizer", [...])."""
    key, sep, values = text.partition("=")
    key = key.strip()
    items = [v.strip() for v in values.split(",") if v.strip()]
    if not sep or key not in ("lr", "optimizer") or not items:
        raise CliError(f"--compare expects lr=V1,V2,... or optimizer=NAME1,NAME2,..., not `{text}`")
    if key == "optimizer":
        return key, items
    try:
        return key, [float(v) for v in items]
    except ValueError:
        raise CliError(f"--compare lr=...: `{values}` is not a list of numbers") from None


def check_optimizer(name: str) -> None:
    from desktop_app.core.optimizers import OPTIMIZERS

    if name not in OPTIMIZERS:
        close = difflib.get_close_matches(name, OPTIMIZERS, n=1)
        hint = f" (did you mean `{close[0]}`?)" if close else ""
        raise CliError(f"unknown optimizer `{name}`{hint}: choose one of {', '.join(OPTIMIZERS)}")


def given_hyper(args: argparse.Namespace) -> dict[str, Any]:
    return {name: getattr(args, name) for name in (*FLOAT_HYPER, *BOOL_HYPER)
            if getattr(args, name) is not None}


def csv_path(base: str, label: str | None) -> Path:
    path = Path(base)
    return path if label is None else path.with_name(f"{path.stem}.{label}{path.suffix or '.csv'}")


def result_payload(result: Any) -> dict[str, Any]:
    return {"status": result.status, "steps": result.steps, "final": result.final,
            "reason": result.reason, "diverged_at": result.diverged_at,
            "stop": result.stop.to_json() if result.stop is not None else None}


def execute(spec: Any, csv_file: Path | None, summary_every: int
            ) -> tuple[Any, list[list[Any]], tuple[str, ...], bool]:
    """Run a spec to its end, streaming to `csv_file`; keep a few rows for the text summary.

    Returns the result, the rows shown, their parameter columns, and whether the records are
    per-tensor summaries (a large tensor) rather than every element."""
    from desktop_app.core.export import CsvWriter
    from desktop_app.core.runs import Run

    run = Run(spec)
    shown: list[list[Any]] = []
    params = tuple(c for c in run.columns if f"grad_{c}" in run.columns or c.startswith("mean("))
    writer = CsvWriter(csv_file, run.columns) if csv_file is not None else None
    try:
        for batch in run:
            if writer is not None:
                writer.write(batch)
            for row in batch[batch["step"] % summary_every == 0]:
                shown.append([int(row["step"]), float(row["loss"]), *(float(row[p]) for p in params),
                              float(row["grad_norm"])])
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    if writer is not None:
        writer.close()
    return run.result, shown, params, run.summary


def execute_sweep(spec: Any, key: str, values: list[Any], csv_base: str | None) -> list[dict[str, Any]]:
    """A batched comparison (core.sweeps); with `csv_base` one CSV file per run."""
    from dataclasses import replace

    from desktop_app.core.export import CsvWriter
    from desktop_app.core.runs import prepare
    from desktop_app.core.sweeps import Sweep

    sweep = Sweep(spec, lrs=values) if key == "lr" else Sweep(spec, optimizers=values)
    writers: list[CsvWriter] = []
    if csv_base is not None:
        for i, label in enumerate(sweep.labels):
            columns = (sweep.record_dtype.names if key == "lr"
                       else prepare(replace(spec, optimizer=values[i], hyper=sweep_hyper(spec, values[i]))).columns)
            writers.append(CsvWriter(csv_path(csv_base, label), columns))
    try:
        for index, batch in sweep:
            if writers:
                writers[index].write(batch)
    except BaseException:
        for writer in writers:
            writer.abort()
        raise
    for writer in writers:
        writer.close()
    runs = []
    for i, (label, result) in enumerate(zip(sweep.labels, sweep.results)):
        optimizer = values[i] if key == "optimizer" else spec.optimizer
        hyper = sweep_hyper(spec, optimizer) if key == "optimizer" else {**spec.hyper, "lr": sweep.lrs[i]}
        entry = {"label": label, "optimizer": optimizer, "hyper": hyper, "lr": sweep.lrs[i],
                 **result_payload(result)}
        if writers:
            entry["csv"] = str(writers[i].path)
        runs.append(entry)
    return runs


def sweep_hyper(spec: Any, optimizer: str) -> dict[str, Any]:
    """In an optimizer comparison each optimizer takes the given hyper-parameters it has."""
    from desktop_app.core.optimizers import OPTIMIZERS

    known = {h.name for h in OPTIMIZERS[optimizer].hyper}
    return {k: v for k, v in spec.hyper.items() if k in known}


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.expression import parse_program
    from desktop_app.core.runs import RunSpec

    program = parse_program(args.expression)
    init = parse_assignments(args.init, "--init")
    data = load_data(args)
    if not init:
        names = ", ".join(f"`{n}`" for n in program.free_names) or "none"
        raise CliError(f"give at least one parameter with --init NAME=VALUE (names in the expression: {names})")
    key, values = parse_compare(args.compare) if args.compare else (None, [])
    for name in values if key == "optimizer" else [args.optimizer]:
        check_optimizer(name)
    trained = [n.strip() for n in args.train.split(",") if n.strip()] if args.train else None
    spec = RunSpec(expression=program.text, init=init, data=data, optimizer=args.optimizer,
                   hyper=given_hyper(args), steps=args.steps, trained=trained, grad_tol=args.tol,
                   loss_tol=args.loss_tol, time_limit=args.time_limit, dtype=args.dtype, device=args.device)
    if key is None:
        target = Path(args.csv) if args.csv else None
        result, shown, params, summary = execute(spec, target, max(1, args.steps // SUMMARY_ROWS))
        payload = {"optimizer": spec.optimizer, "hyper": spec.hyper, **result_payload(result),
                   "records": "summary" if summary else "elements"}
        if target is not None:
            payload["csv"] = str(target)
        payload["expression"] = program.text
        if args.json:
            emit_json(payload)
        else:
            print_single(payload, shown, params)
        return 0
    if key == "optimizer" and args.optimizer != "gd":
        raise CliError("give either --optimizer or --compare optimizer=..., not both")
    runs = execute_sweep(spec, key, values, args.csv)
    payload = {**best_of(runs), "expression": program.text, "compare": key, "runs": runs}
    if args.json:
        emit_json(payload)
    else:
        print_comparison(payload, runs, key)
    return 0


def best_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """A comparison's top-level status/steps/final are those of the run with the lowest final loss."""
    def final_loss(entry: dict[str, Any]) -> float:
        loss = entry["final"].get("loss")
        return loss if isinstance(loss, float) and loss == loss and abs(loss) != float("inf") else float("inf")

    best = min(range(len(runs)), key=lambda i: final_loss(runs[i]))
    keys = ("status", "steps", "final", "reason", "diverged_at", "stop")
    return {"best": best, **{k: runs[best][k] for k in keys}}


def print_single(payload: dict[str, Any], shown: list[list[Any]], params: tuple[str, ...]) -> None:
    print(f"expression: {payload['expression']}")
    if shown:
        print(format_table(("step", "loss", *params, "grad_norm"), shown))
    print(f"\n{payload['status']} after {payload['steps']} steps: {payload['reason']}")
    print("final: " + ", ".join(f"{k} = {fmt(v)}" for k, v in payload["final"].items()))
    if "csv" in payload:
        print(f"records written to {payload['csv']}")


def print_comparison(payload: dict[str, Any], runs: list[dict[str, Any]], key: str) -> None:
    print(f"expression: {payload['expression']}")
    names = [k for k in runs[0]["final"] if k != "loss"]
    rows = [[r["label"], r["status"], r["steps"], *(r["final"][n] for n in names), r["final"]["loss"]]
            for r in runs]
    print(format_table((key, "status", "steps", *names, "final loss"), rows))
    print(f"\nlowest final loss: {runs[payload['best']]['label']}")
    for r in runs:
        if "csv" in r:
            print(f"records of {r['label']} written to {r['csv']}")
