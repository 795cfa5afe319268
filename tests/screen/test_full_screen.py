"""Presentation mode is real full screen: on a real X server (Xvfb) with a window manager
(openbox), F11 makes the window cover the whole screen, the plots take most of it, and F11 again
gives back the window it was. The offscreen platform the rest of the suite uses has no window
manager to ask, so this runs the window in a child process on the xcb platform.

Needs Xvfb and openbox (scripts/bootstrap.sh installs both where apt-get is there, as in CI)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.screen.xvfb import HAVE_XVFB, x_display

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("full_screen_child.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (HAVE_XVFB and shutil.which("openbox")),
                       reason="needs Xvfb and openbox (scripts/bootstrap.sh installs them)"),
]


@pytest.mark.parametrize("width, height", [(1366, 768), (1600, 900), (1920, 1080)])
def test_f11_covers_the_screen_and_gives_the_plots_most_of_it(width: int, height: int) -> None:
    with x_display(width, height, window_manager=True) as env:
        done = subprocess.run([sys.executable, str(CHILD)], env=dict(env, PYTHONPATH=str(ROOT)),
                              capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["platform"] == "xcb" and shown["screen"] == [width, height]
    assert shown["full_screen"] and shown["shown"] == [0, 0, width, height], shown
    left, centre, side = shown["panes"]
    assert left == 0 and centre > 0.6 * width and side > 0, shown  # the details pane stays
    assert shown["back"] and shown["after"] == shown["before"], shown
    assert shown["before"][0] <= width and shown["before"][1] <= height  # the first window fits
