"""The one screenshot driver: every scene of scripts/scenes/*.py, at three screen sizes, in
English and Korean, off screen (no display needed).

    .venv/bin/python scripts/screenshots.py                       # all scenes, sizes, languages
    .venv/bin/python scripts/screenshots.py --only main.start-page --sizes 1920x1080 --lang ko
    .venv/bin/python scripts/screenshots.py --only 'main.*' --only mnist --list

A scene module `scripts/scenes/<area>.py` defines `scenes() -> dict[str, Callable]`; each
callable takes (window, wait) and brings a fresh, shown MainWindow with PyTorch loaded into the
state to photograph; `wait(ms)` keeps Qt's events flowing like qtbot.wait (helpers in
scenes/_support.py). Each scene gets a new window per language; the driver then resizes it to
each size, lets the layout settle and saves `<area>.<scene>.<lang>.<W>x<H>.png`.

Pictures go to $GRADIENT_LAB_SHOTS (or --out), else to a new temporary folder that is printed;
settings and sessions go to a throwaway folder, so the user's own are never touched. The README's
images in docs/screenshots/ are copied from here by hand, deliberately.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
REPO = SCRIPTS.parent
SCENES_DIR = SCRIPTS / "scenes"
SIZES = ((1366, 768), (1600, 900), (1920, 1080))  # a laptop, a classroom projector, full HD
LANGUAGES = ("en", "ko")
SHOTS_ENV = "GRADIENT_LAB_SHOTS"
TORCH_TIMEOUT_S = 120.0
RESIZE_SETTLE_MS = 400
SETTLE_S = 20.0


def discover() -> Iterator[tuple[str, str, Callable]]:
    """(area, scene name, callable) for every scene module, in file-name order."""
    for sys_path in (str(SCRIPTS), str(REPO)):
        if sys_path not in sys.path:
            sys.path.insert(0, sys_path)
    for path in sorted(SCENES_DIR.glob("*.py")):
        if path.name.startswith("_"):
            continue
        module = importlib.import_module(f"scenes.{path.stem}")
        for name, scene in module.scenes().items():
            yield path.stem, name, scene


def selected(area: str, name: str, patterns: list[str]) -> bool:
    full = f"{area}.{name}"
    return not patterns or any(p == area or fnmatch.fnmatchcase(full, p) for p in patterns)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"`{text}` is not a size such as 1600x900") from None
    return width, height


def split_list(values: list[str] | None) -> list[str]:
    return [item for value in values or () for item in value.split(",") if item]


def wait(ms: int) -> None:
    """Run Qt's event loop for `ms` milliseconds (what qtbot.wait does)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def new_window(language: str, scratch: Path, size: tuple[int, int]):
    """A shown MainWindow in `language` with throwaway settings, once PyTorch has loaded."""
    from PySide6.QtCore import QSettings

    from desktop_app.gui.i18n import install_language
    from desktop_app.gui.main_window import MainWindow

    install_language(language)
    folder = Path(tempfile.mkdtemp(dir=scratch))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, language, folder)
    window.resize(*size)
    window.show()
    window.start_loading()
    deadline = time.monotonic() + TORCH_TIMEOUT_S
    while not window.ready:
        if time.monotonic() > deadline:
            raise SystemExit("PyTorch did not load")
        wait(20)
    return window


def photograph(window, out: Path, stem: str, sizes: list[tuple[int, int]], palette: bool = False) -> list[Path]:
    """The window at each size. Off screen there is one 800 × 800 screen: a window in full screen
    (presentation mode) leaves that state, keeping presentation mode, to take the size of the
    screen it stands for."""
    from PySide6.QtCore import Qt

    if window.isFullScreen():
        window.setWindowState(Qt.WindowState.WindowNoState)
    paths = []
    for width, height in sizes:
        window.resize(width, height)
        wait(RESIZE_SETTLE_MS)
        settled(window)
        path = out / f"{stem}.{width}x{height}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        if palette:
            shrink(path)
        paths.append(path)
    return paths


def settled(window) -> None:
    """Wait (at most SETTLE_S) until no view has a redraw pending and every formula is typeset:
    a formula refits to its pane's new width, drawn as plain text for a moment meanwhile."""
    from desktop_app.gui.formula import FormulaView

    def done() -> bool:
        if not window.views_built:
            return True
        report = window.derivative.report
        symbolic = report is not None and report.symbolic_pending and window.derivative.isVisible()
        return (window.views_settled() and not symbolic
                and not any(view.pending() for view in window.findChildren(FormulaView)))

    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline and not done():
        wait(50)
    wait(100)


def shrink(path: Path) -> None:
    """Rewrite `path` with at most 256 colours, undithered (flat UI colours, crisp text): about a
    third of the bytes, for pictures kept in the repository."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="PATTERN",
                        help="an area (main) or area.scene glob (main.start-*); repeat or comma-separate")
    parser.add_argument("--sizes", action="append", metavar="WxH",
                        help="sizes, e.g. 1366x768,1920x1080 (default: all three)")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="a language (default: en and ko)")
    parser.add_argument("--out", type=Path,
                        help=f"folder for the pictures (default: ${SHOTS_ENV} or a new temp folder)")
    parser.add_argument("--list", action="store_true", help="print the scenes and stop")
    parser.add_argument("--palette", action="store_true",
                        help="write 256-colour PNGs (Pillow): for docs/screenshots/, a third of the size")
    args = parser.parse_args(argv)
    try:
        sizes = [parse_size(s) for s in split_list(args.sizes)] or list(SIZES)
    except argparse.ArgumentTypeError as error:
        parser.error(str(error))
    languages = args.lang or list(LANGUAGES)
    patterns = split_list(args.only)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = [(area, name, scene) for area, name, scene in discover() if selected(area, name, patterns)]
    if args.list or not chosen:
        for area, name, _ in chosen:
            print(f"{area}.{name}")
        if not chosen:
            print(f"no scene matches {patterns}", file=sys.stderr)
        return 0 if chosen else 2

    from PySide6.QtWidgets import QApplication

    from desktop_app.launch.fonts import install_korean_font_if_needed

    app = QApplication(sys.argv[:1])
    install_korean_font_if_needed()
    out = args.out or (Path(os.environ[SHOTS_ENV]) if os.environ.get(SHOTS_ENV) else None)
    out = out or Path(tempfile.mkdtemp(prefix="gradient-lab-shots-"))
    out.mkdir(parents=True, exist_ok=True)
    failures = []
    with tempfile.TemporaryDirectory(prefix="gradient-lab-shots-state-") as scratch:
        for language in languages:
            for area, name, scene in chosen:
                window = new_window(language, Path(scratch), sizes[-1])
                try:
                    scene(window, wait)
                    for path in photograph(window, out, f"{area}.{name}.{language}", sizes, args.palette):
                        print(f"wrote {path}")
                except (Exception, SystemExit) as error:  # noqa: BLE001 - one broken scene must not stop the rest
                    failures.append(f"{area}.{name} ({language})")
                    print(f"scene {area}.{name} ({language}) failed: {error}", file=sys.stderr)
                    traceback.print_exc()
                finally:
                    window.close()
                    app.processEvents()
    print(f"screenshots in {out}")
    if failures:
        print(f"{len(failures)} scene(s) failed: {', '.join(failures)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
