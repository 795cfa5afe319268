"""The tests' one screenshot helper: pictures go to pytest's tmp_path, copies to $GRADIENT_LAB_SHOTS.

Nothing is written to a fixed folder, so parallel runs and other users never collide; set
GRADIENT_LAB_SHOTS to look at the pictures after a run. (The README's pictures come from
scripts/screenshots.py.)
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SHOTS_ENV = "GRADIENT_LAB_SHOTS"


def save_shot(widget, folder: Path, name: str) -> Path:
    """Save `widget` as folder/name.png (and a copy in $GRADIENT_LAB_SHOTS when set); the path."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # layouts settle over a few rounds (wrapped labels resize their cards)
        QApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    target = os.environ.get(SHOTS_ENV)
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)
    return path
