"""Where Gradient Lab's resources (icons, launcher, translations) live.

Installed (wheel or frozen build) they are the package `desktop_app.resources`, found with
importlib.resources; in a source checkout they are the top-level `resources/` folder beside the
package.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    try:
        return importlib.resources.files("desktop_app.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    """A file under the resources root, e.g. resource("icons", "gradient-lab.svg")."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node
