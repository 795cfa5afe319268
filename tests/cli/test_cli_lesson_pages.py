"""The L4.1-L4.3 page presets on the command line: listed with their page, their checked numbers
printed, and --steps/--csv refused in one line."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from tests.cli.test_cli import cli


def test_presets_lists_the_lesson_pages_and_preset_checks_their_numbers() -> None:
    listing, _ = cli("presets")
    pages = {p["name"]: p["page"] for p in listing["presets"]}
    assert pages["l4-predictions"] == "predictions" and pages["l4-tensors"] == "tensors"
    assert pages["l4-vectorise"] == "vectorise" and pages["l1-cube"] is None
    lessons = {p["lesson"] for p in listing["presets"]}
    assert {"L4.1", "L4.2", "L4.3"} <= lessons

    out, _ = cli("preset", "l4-tensors")
    assert out["checks_ok"] is True and out["final"] == {} and out["steps"] == 0
    values = out["lesson_output"]["values"]
    assert values["shape[train_images[10:100]]"] == [90, 28, 28]
    assert values["shape[train_images[:, 7:-7, 7:-7]]"] == [60000, 14, 14]


def test_a_page_preset_refuses_steps_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preset", "l4-vectorise", "--steps", "5", "--json"]) != 0
    captured = capsys.readouterr()
    assert "lesson page" in json.loads(captured.out)["error"]
    assert captured.err.count("\n") == 1
