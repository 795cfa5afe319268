"""Between tests, the GUI thread's collector gets its turn (gui.collection): once a window or a
worker has started it, automatic collection is off for the rest of the process, and a core test
that runs no event loop would otherwise leave its garbage cycles to the next GUI test."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture(autouse=True)
def _collect_between_tests():
    yield
    collection = sys.modules.get("desktop_app.gui.collection")
    if collection is not None:
        collection.collect_due()
