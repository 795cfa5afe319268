"""Lesson L4.1-L4.3's pages: the tensor page with a batch and the 9's pixels, the vectorising race
after a run, and the first ten predictions after a short training.

The tensor and predictions pages need MNIST files ($GRADIENT_LAB_MNIST_DIR, the download cache,
or a folder chosen in the page); without them they show what to do instead.
"""

from __future__ import annotations

from collections.abc import Callable

from scenes._support import Wait, settle, wait_until


def _pages(window, preset: str):
    from desktop_app.gui.lessons_l4 import LessonFourPages

    window.load_preset(preset)
    pages = window.findChild(LessonFourPages)
    if pages is None:
        raise SystemExit(f"loading {preset} showed no lesson-4 page")
    return pages


def _data_or_nothing(pages, wait: Wait) -> bool:
    """Wait for the MNIST files the data panel found; False when there are none."""
    panel = pages.data_panel
    wait_until(lambda: not panel.busy(), wait, "the MNIST files loading")
    return panel.data is not None


def tensors(window, wait: Wait) -> None:
    pages = _pages(window, "l4-tensors")
    if _data_or_nothing(pages, wait):
        wait_until(lambda: bool(pages.tensors.tensors), wait, "the image tensor")
        page = pages.tensors
        page.set_text("train_images[:128]")
        page.show_image(4)  # train_images[4], the lesson's 9
        settle(wait)
        rect = page.pixels.image_rect()
        size = rect.width() / 28
        page.pixels.hover_at(rect.left() + 15.5 * size, rect.top() + 9.5 * size)
    settle(wait)


def vectorise(window, wait: Wait) -> None:
    pages = _pages(window, "l4-vectorise")
    pages.race.start()
    wait_until(lambda: not pages.race.is_running(), wait, "the race finishing")
    settle(wait)


def predictions(window, wait: Wait) -> None:
    pages = _pages(window, "l4-predictions")
    if _data_or_nothing(pages, wait):
        pages.predictions.epochs.setValue(1)
        pages.predictions.train()
        wait_until(lambda: not pages.predictions.is_busy(), wait, "the training finishing")
    settle(wait)


def scenes() -> dict[str, Callable]:
    return {"l4-tensors": tensors, "l4-vectorise": vectorise, "l4-predictions": predictions}
