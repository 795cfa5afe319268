"""Build the sdist and the wheel the way a packager does, check what they hold, install the wheel
in a new virtual environment and run it there (CI runs this: .ci/run).

    .venv/bin/python packaging/check_install.py [--keep DIR]

1. The sdist is built from a clean copy of the source tree, the wheel from the unpacked sdist
   (as pip and `python -m build` do), so a file missing from the sdist breaks the wheel here
   first. Both builds must print no warnings.
2. The sdist holds every test, the docs and the licences; the wheel holds every module, the
   resources (without the .ts translation sources) and the licences.
3. A new venv gets torch's CPU build (as scripts/bootstrap.sh installs it: a local wheel, else
   PyTorch's CPU index), then the wheel with `pip install -c constraints/test.txt` (the pip cache
   and local wheels make this fast), then runs `gradient-lab --version`,
   `gradient-lab --self-test` and `gradient-lab-cli presets --json` from outside the checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: Never copied into the clean source tree: build outputs, environments, caches.
NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".pytest_cache",
              ".hypothesis", ".import_linter_cache", "shots")
#: MANIFEST.in's global-exclude finding no __pycache__ to leave out (a fresh clone has none).
BENIGN = "no previously-included files matching"
TORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"
BUILD_TIMEOUT_S = 300
INSTALL_TIMEOUT_S = 900


def run(command: list[str], cwd: Path, timeout: float, env: dict | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{output}")
    return output


def build(hook: str, source: Path, out: Path) -> tuple[Path, str]:
    """Call setuptools' PEP 517 hook `hook` in `source`; the built file and everything printed."""
    code = f"import sys; from setuptools import build_meta; print('built:', build_meta.{hook}(sys.argv[1]))"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # else "byte-compiling is disabled"
    output = run([sys.executable, "-c", code, str(out)], source, BUILD_TIMEOUT_S, env)
    warnings = [line for line in output.splitlines() if "warning" in line.lower() and BENIGN not in line]
    if warnings:
        raise SystemExit(f"{hook} printed warnings:\n" + "\n".join(warnings))
    built = next(line.split(" ", 1)[1] for line in output.splitlines() if line.startswith("built: "))
    return out / built, output


def source_files(root: Path, suffixes: tuple[str, ...]) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and p.suffix in suffixes and "__pycache__" not in p.parts}


def check_sdist(sdist: Path) -> Path:
    with tarfile.open(sdist) as archive:
        top = archive.getnames()[0].split("/")[0]
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
        archive.extractall(sdist.parent, filter="data")
    wanted = {f"tests/{p}" for p in source_files(REPO / "tests", (".py",))}
    wanted |= {f"docs/{p}" for p in source_files(REPO / "docs", (".md", ".png", ".svg"))}
    wanted |= {"LICENSE", "README.md", "resources/fonts/OFL.txt", "constraints/test.txt"}
    wanted |= {f"resources/i18n/{p.name}" for p in (REPO / "resources" / "i18n").glob("*.ts")}
    missing = sorted(wanted - names)
    if missing:
        raise SystemExit(f"the sdist lacks {len(missing)} files: {missing[:10]}")
    return sdist.parent / top


def check_wheel(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
    modules = {f"desktop_app/{p}" for p in source_files(REPO / "desktop_app", (".py",))}
    resources = {f"desktop_app/resources/{p}" for p in source_files(REPO / "resources", (".qm", ".ttf", ".png",
                                                                                         ".svg", ".desktop"))}
    missing = sorted((modules | resources) - names)
    if missing:
        raise SystemExit(f"the wheel lacks {len(missing)} files: {missing[:10]}")
    unwanted = sorted(n for n in names if n.endswith(".ts") or n.startswith(("tests/", "docs/")))
    if unwanted:
        raise SystemExit(f"the wheel holds sources it should not: {unwanted[:10]}")
    for line in ("License-Expression: MIT", "Requires-Python: >=3.11", "License-File: LICENSE"):
        if line not in metadata:
            raise SystemExit(f"the wheel's METADATA lacks {line!r}")


def install_and_run(wheel: Path, work: Path) -> None:
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    started = time.monotonic()
    constraints = REPO / "constraints" / "test.txt"
    torch_pin = next(line for line in constraints.read_text().splitlines() if line.startswith("torch=="))
    try:  # the CPU build first, as scripts/bootstrap.sh does: a local wheel, else PyTorch's CPU index
        run([str(python), "-m", "pip", "install", "-q", "--no-index", torch_pin], work, INSTALL_TIMEOUT_S)
    except SystemExit:
        run([str(python), "-m", "pip", "install", "-q", "--index-url", TORCH_CPU_INDEX, torch_pin], work,
            INSTALL_TIMEOUT_S)
    run([str(python), "-m", "pip", "install", "-q", "-c", str(constraints), str(wheel)], work, INSTALL_TIMEOUT_S)
    print(f"installed the wheel and its dependencies in {time.monotonic() - started:.0f} s")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data"),
           "XDG_CACHE_HOME": str(work / "cache"), "XDG_STATE_HOME": str(work / "state")}
    env.pop("PYTHONPATH", None)
    version = run([str(bindir / "gradient-lab"), "--version"], work, 60, env).strip()
    print(f"gradient-lab --version: {version}")
    print(run([str(bindir / "gradient-lab"), "--self-test"], work, 300, env).strip().splitlines()[-1])
    presets = json.loads(run([str(bindir / "gradient-lab-cli"), "presets", "--json"], work, 120, env))
    print(f"gradient-lab-cli presets --json: {len(presets['presets'])} presets")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build and install here (kept) instead of a temporary folder")
    parser.add_argument("--no-install", action="store_true", help="only build and check the sdist and wheel")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gradient-lab-install-") as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        source = work / "source"
        shutil.rmtree(source, ignore_errors=True)
        shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_SOURCE), symlinks=True)
        (work / "sdist").mkdir(exist_ok=True)
        sdist, _ = build("build_sdist", source, work / "sdist")
        unpacked = check_sdist(sdist)
        (work / "wheel").mkdir(exist_ok=True)
        wheel, _ = build("build_wheel", unpacked, work / "wheel")
        check_wheel(wheel)
        print(f"sdist {sdist.name}: {sdist.stat().st_size / 1e6:.1f} MB; wheel {wheel.name}: "
              f"{wheel.stat().st_size / 1e6:.1f} MB")
        if not args.no_install:
            install_and_run(wheel, work)
    print("install check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
