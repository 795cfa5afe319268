"""Write a training's per-batch and per-epoch history as one CSV file, atomically.

One file with a `kind` column (batch | epoch) opens in any spreadsheet and in pandas
(`df[df.kind == "epoch"]`). It is written through core.export.atomic_write (core.export's
CsvWriter takes numeric record batches only, not this text column), so a crash never leaves a
half-written CSV where the previous one was.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from desktop_app.core.export import atomic_write
from desktop_app.core.mnist.train import EpochRecord

__all__ = ["HISTORY_COLUMNS", "write_history_csv"]

HISTORY_COLUMNS = (
    "kind", "epoch", "batch", "step", "loss", "accuracy", "test_loss", "test_accuracy", "seconds",
)


def write_history_csv(path: str | Path, batches: np.ndarray, epochs: Sequence[EpochRecord]) -> None:
    """Batch rows (loss, accuracy of each batch) then epoch rows (train loss/accuracy, test, time)."""
    with atomic_write(path, newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HISTORY_COLUMNS)
        for row in batches:
            writer.writerow(
                ("batch", int(row["epoch"]), int(row["batch"]), int(row["step"]),
                 repr(float(row["loss"])), repr(float(row["accuracy"])), "", "", "")
            )
        for e in epochs:
            writer.writerow(
                ("epoch", e.epoch, "", "", repr(e.train_loss), repr(e.train_accuracy),
                 repr(e.test_loss), repr(e.test_accuracy), f"{e.seconds:.4f}")
            )
