"""`python -m desktop_app mnist`: one small real run in a subprocess, and the error path."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.mnist_subset import subset_dir

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # trains for real in a subprocess: left out of `make test-fast`
def test_small_run_prints_one_json_object_and_writes_files(tmp_path: Path):
    csv_path, weights = tmp_path / "history.csv", tmp_path / "w.pt"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "mnist", "--data", str(subset_dir()),
         "--limit-train", "2000", "--epochs", "1", "--hidden", "64", "--optimizer", "adam",
         "--csv", str(csv_path), "--save-weights", str(weights), "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["epochs"] == 1 and result["optimizer"] == "adam" and result["train_images"] == 2000
    assert result["test_accuracy"] > 0.5 and 0 < result["train_accuracy"] <= 1
    assert result["seconds_per_epoch"] > 0
    assert "epoch 1/1:" in done.stderr
    assert sum(1 for row in csv.DictReader(csv_path.open()) if row["kind"] == "batch") == 16
    assert weights.stat().st_size > 0


def test_errors_are_one_line_and_json(tmp_path: Path, capsys):
    assert main(["mnist", "--data", str(tmp_path / "none"), "--json"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out) == {"error": f"{tmp_path / 'none'}: no such folder"}
    assert err.startswith("error: ")

    junk = tmp_path / "junk.pt"
    junk.write_text("not weights")
    assert main(["mnist", "--data", str(subset_dir()), "--limit-train", "10", "--hidden", "8",
                 "--load-weights", str(junk), "--json"]) == 1
    assert "junk.pt: not a weights file this app can load safely" in json.loads(capsys.readouterr()[0])["error"]
