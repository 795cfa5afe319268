"""Where Gradient Lab's resources (icons, launcher, translations, font) live.

They are the package `desktop_app.resources` everywhere: pyproject.toml maps the top-level
`resources/` folder to it, so an editable install, a wheel and a frozen build all find them with
importlib.resources.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable


def resource_root() -> Traversable:
    return importlib.resources.files("desktop_app.resources")


def resource(*parts: str) -> Traversable:
    """A file under the resources root, e.g. resource("icons", "gradient-lab.svg")."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node
