"""The release files stay consistent with the package (the PyInstaller build itself is not run here)."""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from desktop_app.launch.desktop_entry import PNG_SIZES

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_contents", REPO / "packaging" / "bundle_contents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CONTENTS = _contents()


def test_entry_script_calls_the_same_main_as_the_installed_scripts() -> None:
    tree = ast.parse((REPO / CONTENTS.ENTRY_SCRIPT).read_text(encoding="utf-8"))
    imports = {(n.module, a.name) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert ("desktop_app.__main__", "main") in imports
    assert PYPROJECT["project"]["gui-scripts"]["gradient-lab"] == "desktop_app.__main__:main"
    assert PYPROJECT["project"]["scripts"]["gradient-lab-cli"] == "desktop_app.__main__:main"


def test_spec_builds_the_executables_named_like_the_scripts() -> None:
    spec = (REPO / "packaging" / "gradient-lab.spec").read_text(encoding="utf-8")
    assert "import bundle_contents" in spec
    assert 'name="gradient-lab", console=False' in spec
    assert 'name="gradient-lab-cli", console=True' in spec  # Windows only
    assert 'os.symlink("gradient-lab", link)' in spec  # elsewhere one executable and a link


def test_bundled_data_and_required_resources_exist() -> None:
    for source, _target in CONTENTS.DATA:
        assert (REPO / source).exists(), source
    for path in (*CONTENTS.REQUIRED_RESOURCES, CONTENTS.WINDOWS_ICON, CONTENTS.MACOS_ICON):
        assert (REPO / path).is_file(), path
    # the bundle puts resources/ where a wheel puts it
    assert ("resources", "desktop_app/resources") in CONTENTS.DATA
    assert PYPROJECT["tool"]["setuptools"]["package-dir"]["desktop_app.resources"] == "resources"


def test_hidden_imports_are_importable() -> None:
    for name in (*CONTENTS.HIDDEN_IMPORTS, *CONTENTS.COLLECT_SUBMODULES):
        assert importlib.util.find_spec(name) is not None, name


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_the_app_imports_nothing_the_bundle_excludes() -> None:
    used = set().union(*(_imported_modules(p) for p in (REPO / "desktop_app").rglob("*.py")))
    for excluded in CONTENTS.EXCLUDES:
        clashes = sorted(m for m in used if m == excluded or m.startswith(excluded + "."))
        assert not clashes, f"the app imports {clashes}, which packaging/bundle_contents.py excludes"
    assert not CONTENTS.is_dropped("desktop_app.core.runs")
    assert CONTENTS.is_dropped_file("torch/test/Dict_test")
    assert CONTENTS.is_dropped_file("torch/lib/libtorchbind_test.so")
    assert not CONTENTS.is_dropped_file("torch/bin/torch_shm_manager")
    assert not CONTENTS.is_dropped_file("torch/lib/libtorch_cpu.so")
    assert CONTENTS.is_dropped_file("PySide6/Qt/translations/qtbase_de.qm")
    assert not CONTENTS.is_dropped_file("PySide6/Qt/translations/qtbase_ko.qm")
    assert CONTENTS.is_dropped("sympy.core.tests") and CONTENTS.is_dropped("numpy._core.tests.test_x")


def test_the_bundle_leaves_theme_plugins_and_desktop_system_libraries_to_the_system() -> None:
    plugins = "PySide6/Qt/plugins/"
    assert CONTENTS.is_dropped_file(plugins + "platformthemes/libqgtk3.so")
    assert CONTENTS.is_dropped_file(plugins + "platforms/libqeglfs.so")
    for kept in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                 "platforminputcontexts/libibusplatforminputcontextplugin.so", "imageformats/libqsvg.so",
                 "iconengines/libqsvgicon.so", "xcbglintegrations/libqxcb-glx-integration.so"):
        assert not CONTENTS.is_dropped_file(plugins + kept), kept
    for system in ("libX11.so.6", "libfontconfig.so.1", "libsystemd.so.0", "libkrb5.so.3", "libcairo.so.2",
                   "libglib-2.0.so.0", "libdbus-1.so.3"):
        assert CONTENTS.is_dropped_file(system), system
    for kept in ("libxcb-cursor.so.0", "libxcb-render-util.so.0", "libxkbcommon-x11.so.0", "libstdc++.so.6",
                 "libssl.so.3", "libpython3.11.so.1.0", "libQt6Gui.so.6", "torch/lib/libtorch_cpu.so"):
        assert not CONTENTS.is_dropped_file(kept), kept


def test_the_running_app_loads_nothing_the_bundle_excludes(tmp_path: Path) -> None:
    """Third-party imports count too (pyqtgraph imports QtTest, for one)."""
    probe = (
        "import sys\n"
        "import desktop_app.gui.app, desktop_app.gui.main_window, desktop_app.cli, desktop_app.launch.crash\n"
        "import desktop_app.gui.mnist, desktop_app.core.lessons, desktop_app.core.symbolic\n"
        f"excluded = {CONTENTS.EXCLUDES!r}\n"
        "print(sorted(m for m in sys.modules if any(m == e or m.startswith(e + '.') for e in excluded)))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_icon_files_have_every_size() -> None:
    icons = REPO / "resources" / "icons"
    for size in PNG_SIZES:
        assert _png_size(icons / f"gradient-lab-{size}.png") == (size, size)
    ico = (icons / "gradient-lab.ico").read_bytes()
    count = struct.unpack("<HHH", ico[:6])[2]
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert (icons / "gradient-lab.icns").read_bytes()[:4] == b"icns"


def test_desktop_file_template() -> None:
    lines = (REPO / "resources" / "gradient-lab.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entries = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert entries["Type"] == "Application" and entries["Terminal"] == "false"
    assert entries["Exec"] == "gradient-lab" and entries["Icon"] == "gradient-lab"
    assert entries["Categories"].endswith(";")


def test_pyproject_lists_every_package() -> None:
    """pyproject.toml lists the packages (no setup.py, no discovery): a new folder must be added."""
    found = {".".join(p.relative_to(REPO).parent.parts) for p in (REPO / "desktop_app").rglob("*.py")
             if "__pycache__" not in p.parts}
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == {"desktop_app.resources"}
    assert not (REPO / "setup.py").exists()


def test_metadata_says_what_is_tested_and_licensed() -> None:
    project = PYPROJECT["project"]
    assert project["requires-python"] == ">=3.11"  # CI runs 3.11; 3.10 lacks importlib.resources.abc
    assert project["license"] == "MIT" and (REPO / "LICENSE").is_file()
    assert all((REPO / name).is_file() for name in project["license-files"])
    assert "Programming Language :: Python :: 3.11" in project["classifiers"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils (CI has it)")
def test_desktop_files_pass_desktop_file_validate(tmp_path: Path) -> None:
    from desktop_app.launch.desktop_entry import desktop_file_text

    installed = tmp_path / "gradient-lab.desktop"
    installed.write_text(desktop_file_text(["/opt/Gradient Lab/gradient-lab", "--flag"]), encoding="utf-8")
    for path in (REPO / "resources" / "gradient-lab.desktop", installed):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=30)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
