"""Regenerate the README's screenshots of the main views (off screen, no display needed):

    .venv/bin/python scripts/screenshots.py            # writes docs/screenshots/*.png

Each picture is the real window driven the way a teacher drives it (a preset chosen, Run
pressed, the worker thread streaming the steps), so the README shows the program as it is.
Settings go to a throwaway folder; the user's own are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.launch.selftest import RUN_TIMEOUT_S, TORCH_TIMEOUT_S, wait_for  # noqa: E402

WINDOW_SIZE = (1920, 1080)  # a full-HD projector
#: A two-parameter loss that is not a lesson, to show the contour view with a momentum path.
CONTOUR_EXPRESSION = "x**2 + 3*y**2 + x*y"


def _window(language: str, scratch: Path):
    from PySide6.QtCore import QSettings

    from desktop_app.gui.i18n import install_language
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.panels.optimizer_panel import SPEEDS

    install_language(language)
    settings = QSettings(str(scratch / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, language=language, state_dir=scratch)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.start_loading()
    wait_for(lambda: window.ready, TORCH_TIMEOUT_S, "loading PyTorch")
    window.optimizer.speed.setValue(SPEEDS.index(0.0))
    return window


def _run_to_end(window) -> None:
    window.editor.validate_now()
    problem = window.input_problem()
    if problem:
        raise SystemExit(f"cannot run: {problem}")
    window.run_action.trigger()
    _wait_until_idle(window)


def _wait_until_idle(window) -> None:
    wait_for(lambda: not window.controller.is_busy(), RUN_TIMEOUT_S, "the run finishing")
    _settle(window)


def _settle(window, ms: int = 600) -> None:
    """Let the plots' repaint timer and any debounced views catch up."""
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    wait_for(lambda: clock.elapsed() >= ms, ms / 1000 + 5, "settling")


def _show_tab(tabs, widget) -> None:
    """Bring forward the tab holding `widget` (tabs may wrap their page in a scroll area)."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            tabs.setCurrentIndex(index)
            return
    raise SystemExit(f"no tab holds {type(widget).__name__}")


def _step(window, times: int) -> None:
    """Press Step (F10) `times` times, waiting for each step to arrive."""
    for done in range(1, times + 1):
        window.step_action.trigger()
        wait_for(lambda done=done: window.runs.latest() is not None and len(window.runs.latest().buffer) >= done,
                 RUN_TIMEOUT_S, "a step")
    _settle(window)


def _shots(window, save: Callable[[str], None]) -> None:
    _show_tab(window.centre, window.gallery)
    _settle(window)
    save("start-page")

    window.load_preset("l3-gradient-descent")
    _step(window, 3)
    _show_tab(window.side, window.derivative)
    _settle(window)
    save("lesson-gradient-descent")

    window.load_preset("l1-linear-regression")
    _run_to_end(window)
    _show_tab(window.side, window.steps)
    _settle(window)
    save("linear-regression")

    window.load_preset("l5-two-samples")
    _step(window, 1)
    _show_tab(window.side, window.graph)
    _settle(window)
    window.graph.fit()
    _settle(window)
    save("computation-graph")

    window.load_preset("l3-learning-rates")
    window.compare()
    _wait_until_idle(window)
    _show_tab(window.side, window.runs_panel)
    _settle(window)
    save("learning-rates")

    window.reset()
    window.editor.set_text(CONTOUR_EXPRESSION)
    window.variables.set_values({"x": "-4", "y": "2.5"}, {})
    window.optimizer.set_state({"optimizer": "momentum", "hyper": {"lr": 0.05, "momentum": 0.8}, "steps": 60})
    _run_to_end(window)
    _show_tab(window.side, window.steps)
    _settle(window)
    save("contour-momentum")

    from desktop_app.gui.mnist import MnistTab

    mnist = window.centre.findChild(MnistTab)
    if mnist is not None:  # the MNIST tab is optional
        _show_tab(window.centre, mnist)
        _train_mnist_if_files_exist(mnist)
        _settle(window)
        save("mnist")


def _train_mnist_if_files_exist(mnist) -> None:
    """Train briefly on a local MNIST folder ($GRADIENT_LAB_MNIST_DIR or ../shared/mnist-subset),
    so the picture shows curves, predictions and mistakes; without one the tab stays as it opens."""
    folder = Path(os.environ.get("GRADIENT_LAB_MNIST_DIR", REPO.parent / "shared" / "mnist-subset"))
    if not (folder / "t10k-labels-idx1-ubyte.gz").is_file():
        return
    mnist.data_panel.load_folder(folder)
    wait_for(lambda: mnist.train_button.isEnabled(), RUN_TIMEOUT_S, "loading MNIST")
    mnist.settings.limit.setValue(6000)
    mnist.settings.epochs.setValue(3)
    mnist.train()
    wait_for(lambda: not mnist.is_training(), RUN_TIMEOUT_S, "training on MNIST")


def _korean_shot(window, save: Callable[[str], None]) -> None:
    window.load_preset("l3-gradient-descent")
    _step(window, 3)
    _show_tab(window.side, window.derivative)
    _settle(window)
    save("korean")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from desktop_app.launch.fonts import install_korean_font_if_needed

    app = QApplication(sys.argv[:1])
    install_korean_font_if_needed()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gradient-lab-shots-") as scratch:
        window = _window("en", Path(scratch))

        def save(name: str) -> None:
            path = args.out / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")

        _shots(window, save)
        window.close()
        window = _window("ko", Path(scratch))
        _korean_shot(window, save)
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
