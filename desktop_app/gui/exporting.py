"""Export: run trajectories as CSV (through core.export, atomic) and plots as PNG or SVG.

Why here: the window offers the exports, the core writes the CSV format the CLI also writes;
this module only lays several runs side by side (a leading `run` column holding each run's
label, as in the Runs list), says when every number is float32 (so the CSV prints ``32.49``,
not ``32.48999786376953``) and drives the plot exporters.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

from desktop_app.gui.figure_export import FigureSpec, export_figure
from desktop_app.gui.run_list import RecordedRun


def runs_table(runs: Sequence[RecordedRun]) -> np.ndarray:
    """One run's records as they are, or several stacked with a leading `run` column of labels."""
    if len(runs) == 1:
        return runs[0].buffer.data
    columns: list[str] = []
    for run in runs:
        columns += [c for c in run.buffer.names if c not in columns]
    dtype = np.dtype([("run", object)] + [(c, np.int64 if c == "step" else np.float64) for c in columns])
    parts = []
    for run in runs:
        part = np.empty(len(run.buffer), dtype=dtype)
        for column in columns:
            if column != "step":
                part[column] = np.nan
        part["run"] = run.label
        for column in run.buffer.names:
            part[column] = run.buffer.column(column)
        parts.append(part)
    return np.concatenate(parts)


def all_float32(runs: Sequence[RecordedRun]) -> bool:
    """Whether every run computed in float32 (its CSV then prints float32's shortest digits)."""
    return bool(runs) and all(str(run.spec.get("dtype", "")) == "float32" for run in runs)


def write_runs_csv(path: str | os.PathLike[str], runs: Sequence[RecordedRun]) -> None:
    from desktop_app.core.export import write_csv

    table = runs_table(runs)
    write_csv(path, table, table.dtype.names, float32=all_float32(runs))


def export_plot(plot: pg.PlotWidget, path: str | os.PathLike[str], fmt: str, scale: float = 1.0,
                spec: FigureSpec | None = None) -> None:
    """Write the plot as a slide-sized figure (gui.figure_export): PNG at 2× or SVG whose axes
    and data line up; 1920 × 1080 unless `spec` says otherwise. `scale` (the window's font
    scale) does not matter: the figure's fonts follow its own size."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown plot format `{fmt}`: choose png or svg")
    path = os.fspath(path)
    if not path.lower().endswith(f".{fmt}"):
        path = f"{path}.{fmt}"
    export_figure(plot.getPlotItem(), path, spec or FigureSpec())
