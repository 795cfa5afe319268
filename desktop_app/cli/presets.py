"""`python -m desktop_app presets` lists the lessons; `preset NAME` replays one.

`preset` runs exactly what the window's preset button loads (core.lessons.run_preset) and prints
the numbers the lesson printed, with a check against the lesson's values.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import emit_json, fmt, format_table


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("presets", help="list the lesson presets",
                                    description="List the lesson presets (name, lesson, title in English and Korean).")
    listing.add_argument("--json", action="store_true", help="print exactly one JSON object on stdout")
    listing.set_defaults(handler=list_presets)

    one = subparsers.add_parser("preset", help="replay one lesson preset",
                                description="Run a lesson preset and print the numbers the lesson printed.")
    one.add_argument("name", metavar="NAME", help="a preset name (see `presets`)")
    one.add_argument("--steps", type=int, help="number of updates instead of the lesson's")
    one.add_argument("--csv", metavar="FILE",
                     help="write the run's records to FILE (learning-rate comparisons: one file per "
                          "run, FILE's name + .lr=0.1 before the suffix)")
    one.add_argument("--device", default="cpu", metavar="DEVICE", help="cpu, cuda, cuda:N or auto (default cpu)")
    one.add_argument("--json", action="store_true", help="print exactly one JSON object on stdout")
    one.set_defaults(handler=run_one)


def list_presets(args: argparse.Namespace) -> int:
    from desktop_app.core.presets import PRESETS

    entries = [{"name": p.name, "lesson": p.lesson, "title": p.title, "title_ko": p.title_ko,
                "optimizer": p.optimizer if p.steps else None, "steps": p.steps, "page": p.page}
               for p in PRESETS.values()]
    if args.json:
        emit_json({"presets": entries})
    else:
        print(format_table(("name", "lesson", "title"), [[e["name"], e["lesson"], e["title"]] for e in entries]))
    return 0


def run_one(args: argparse.Namespace) -> int:
    from desktop_app.core.export import CsvWriter
    from desktop_app.core.lessons import run_preset
    from desktop_app.core.presets import get_preset

    preset = get_preset(args.name)
    if preset.page and (args.steps is not None or args.csv):
        raise ValueError(f"preset `{preset.name}` is a lesson page ({preset.page}): it has no steps to run or write")
    if args.steps is not None and args.steps < 1:
        raise ValueError(f"--steps must be at least 1, not {args.steps}")
    if args.csv and not preset.steps and args.steps is None:
        raise ValueError(f"preset `{preset.name}` computes without training; give --steps N to write a CSV")
    writers: dict[int, CsvWriter] = {}

    def target(index: int) -> Path:
        path = Path(args.csv)
        if preset.lrs:
            path = path.with_name(f"{path.stem}.lr={preset.lrs[index]:g}{path.suffix or '.csv'}")
        return path

    if args.csv:  # a folder, a device or a FIFO is refused before the run, not after it
        from desktop_app.core.files import write_target

        for index in range(max(1, len(preset.lrs or ()))):
            write_target(target(index))

    def write(index: int, batch: Any) -> None:
        if index not in writers:
            writers[index] = CsvWriter(target(index), batch.dtype.names)
        writers[index].write(batch)

    try:
        outcome = run_preset(preset, args.steps, args.device, on_batch=write if args.csv else None)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.close()
    files = {index: str(writer.path) for index, writer in writers.items()}
    payload = preset_payload(preset, outcome, files)
    if args.json:
        emit_json(payload)
    else:
        print_text(payload)
    return 0


def preset_payload(preset: Any, outcome: Any, csv_files: dict[int, str]) -> dict[str, Any]:
    """status/steps/final of the (first) run, every run of a comparison, and the lesson output."""
    runs = []
    for i, result in enumerate(outcome.results):
        entry = {"status": result.status, "steps": result.steps, "final": result.final,
                 "reason": result.reason, "diverged_at": result.diverged_at,
                 "stop": result.stop.to_json() if result.stop is not None else None,
                 "lr": preset.lrs[i] if preset.lrs else preset.hyper.get("lr")}
        if outcome.labels[i]:
            entry["label"] = outcome.labels[i]
        if i in csv_files:
            entry["csv"] = csv_files[i]
        runs.append(entry)
    if runs:
        head = {k: runs[0][k] for k in ("status", "steps", "final", "reason", "diverged_at", "stop")}
    elif preset.page:
        head = {"status": "finished", "steps": 0, "final": {},
                "reason": f"this lesson is played on the window's {preset.page} page; "
                          "here: the numbers it checks", "diverged_at": None, "stop": None}
    else:
        head = {"status": "finished", "steps": 0, "final": computed_final(preset),
                "reason": "this lesson computes without training (give --steps N to train)",
                "diverged_at": None, "stop": None}
    payload: dict[str, Any] = {
        "preset": preset.name, "lesson": preset.lesson, "title": preset.title, "title_ko": preset.title_ko,
        **head,
        "lesson_output": outcome.output.to_json(),
        "checks": [c.to_json() for c in outcome.checks],
        "checks_ok": all(c.ok for c in outcome.checks),
    }
    if len(runs) > 1:
        payload["runs"] = runs
    if csv_files:
        payload["csv"] = list(csv_files.values()) if preset.lrs else csv_files[0]
    return payload


def computed_final(preset: Any) -> dict[str, Any]:
    """A preset that trains nothing ends where it starts: its start values and the loss there."""
    import numpy as np

    from desktop_app.core.derivatives import gradient
    from desktop_app.core.lessons import data_values, start_values

    start = start_values(preset)
    value = gradient(preset.expression, start, data_values(preset), dtype=preset.dtype).value
    return {**{name: v.tolist() for name, v in start.items()}, "loss": float(np.sum(value))}


def print_text(payload: dict[str, Any]) -> None:
    print(f"{payload['preset']} ({payload['lesson']}): {payload['title']}")
    print(f"{payload['title_ko']}\n")
    for table in payload["lesson_output"]["tables"]:
        print(table["title"])
        print(format_table(table["columns"], table["rows"]))
        print()
    print(f"{payload['status']}: {payload['reason']}")
    print("final: " + ", ".join(f"{k} = {fmt(v)}" for k, v in payload["final"].items()))
    if payload["checks"]:
        print("\nlesson's numbers:")
        rows = [[c["key"], c["expected"], c["actual"], "ok" if c["ok"] else "DIFFERS"] for c in payload["checks"]]
        print(format_table(("value", "lesson", "app", "check"), rows, digits=10))
