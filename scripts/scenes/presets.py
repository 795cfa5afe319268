"""Every lesson preset just after it loads: the Lesson tab with its result and check list.

One scene per preset (`presets.l3-grid-search`, ...), named by the preset, so a teacher's walk
through the presets in lesson order can be looked at picture by picture.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from scenes._support import Wait, settle, wait_until


def load(name: str, window, wait: Wait) -> None:
    window.load_preset(name)
    wait_until(window.lesson.is_current, wait, f"the lesson result of {name}")
    settle(wait)


def scenes() -> dict[str, Callable]:
    from desktop_app.core.presets import preset_names

    return {name: partial(load, name) for name in preset_names()}
