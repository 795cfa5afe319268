"""The one architectural rule: desktop_app.core never imports Qt (or the GUI)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop_app.core

QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "desktop_app.gui")
REPO = Path(__file__).resolve().parents[1]


def core_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(desktop_app.core.__path__, prefix="desktop_app.core.")
    )


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = core_modules()
    assert {"desktop_app.core.expression", "desktop_app.core.runs"} <= set(modules)
    probe = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r} "
        f"or m.startswith('desktop_app.gui'))\n"
        "print('\\n'.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"core imported Qt modules: {result.stdout}"


def test_import_linter_contract_keeps_qt_out_of_core() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The core never imports Qt KEPT" in result.stdout
    assert "Views and helpers never import the window KEPT" in result.stdout
