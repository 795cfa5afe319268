"""Standard streams that are safe to write to.

A windowed executable (PyInstaller's GUI build, `pythonw.exe`, the gui-script launcher on
Windows) starts with `sys.stdout` and `sys.stderr` set to None; the first `print` or warning
would then raise. They are pointed at the null device instead, before anything else runs.
"""

from __future__ import annotations

import os
import sys


def ensure_standard_streams() -> None:
    """Replace a missing sys.stdout/sys.stderr with a writable null stream."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
