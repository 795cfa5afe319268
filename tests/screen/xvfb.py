"""A real X server for the few checks the offscreen platform cannot make: a window manager's
full screen, an OpenGL context (Mesa's software renderer). Each test starts its own Xvfb."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator

__all__ = ["HAVE_XVFB", "x_display"]

HAVE_XVFB = shutil.which("Xvfb") is not None


@contextlib.contextmanager
def x_display(width: int, height: int, window_manager: bool = False) -> Iterator[dict[str, str]]:
    """A new Xvfb of that size (and openbox on it, when asked); yields the environment of a
    child that runs on it with Qt's xcb platform."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()  # Xvfb picks a free display and writes its number
    children = [server]
    try:
        assert number, "Xvfb did not start"
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        if window_manager:
            children.append(subprocess.Popen(["openbox", "--sm-disable"], env=env,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            time.sleep(0.5)  # the window manager takes the screen
        yield env
    finally:
        for child in reversed(children):
            child.terminate()
            child.wait(10)
