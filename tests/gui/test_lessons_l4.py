"""The L4.1-L4.3 pages driven as a teacher does (pytest-qt, offscreen) on the shared MNIST subset."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop_app.core.tensor_slices import LESSON_SLICES, lesson_tensors
from desktop_app.gui.lessons_l4 import LessonFourPages
from desktop_app.gui.lessons_l4.predictions_page import PredictionsPage
from desktop_app.gui.lessons_l4.race_page import RacePage
from desktop_app.gui.lessons_l4.tensor_page import TensorPage
from tests.mnist_subset import subset_data, subset_dir


@pytest.fixture(scope="module")
def tensors():
    return lesson_tensors(subset_data())


@pytest.fixture
def tensor_page(qtbot, tensors):
    page = TensorPage()
    qtbot.addWidget(page)
    page.resize(1400, 850)
    page.show()
    page.set_tensors(tensors)
    return page


def test_every_lesson_example_is_one_click_and_gives_the_lessons_shape(tensor_page, qtbot, tensors):
    count = len(tensors["train_images"])
    for example in LESSON_SLICES:
        qtbot.mouseClick(tensor_page.example_buttons[example.text], Qt.MouseButton.LeftButton)
        assert tensor_page.field.text() == example.text
        assert tensor_page.problem.isHidden()
        shape = example.expected_shape(count)
        assert tensor_page.selection.info.shape == shape
        assert str(shape[0] if shape else "") .replace("22699", "22,699") in tensor_page.result.text()
        if tensor_page.selection.kind == "images":
            assert tensor_page.grid.count() == min(shape[0], 100)


def test_train_images_4_shows_a_nine_with_pixel_values_on_hover(tensor_page, qtbot, shoot):
    tensor_page.set_text("train_images[4]")
    assert "label is 9" in tensor_page.image_title.text()
    pixels = tensor_page.pixels
    assert np.array_equal(pixels.pixels, tensor_page.tensors["train_images"][4])
    rect = pixels.image_rect()
    size = rect.width() / 28
    pixels.hover_at(rect.left() + 14.5 * size, rect.top() + 14.5 * size)  # row 14, column 14
    value = int(tensor_page.tensors["train_images"][4, 14, 14])
    assert f"row 14, column 14: {value}" in tensor_page.readout.text()
    assert "train_images[4, 14, 14]" in tensor_page.readout.text()
    shoot(tensor_page, "l4-tensor-nine")


def test_crops_remember_where_their_pixels_came_from(tensor_page):
    tensor_page.set_text("[:, 7:-7, 7:-7]")
    assert tensor_page.selection.info.shape[1:] == (14, 14)
    tensor_page.show_image(4)
    pixels = tensor_page.pixels
    rect = pixels.image_rect()
    size = rect.width() / 14
    pixels.hover_at(rect.left() + 0.5 * size, rect.top() + 0.5 * size)
    assert "train_images[4, 7, 7]" in tensor_page.readout.text()
    assert "label is 9" in tensor_page.image_title.text()


@pytest.mark.parametrize(("text", "where"), [
    ("__import__('os')", "column 1:"),
    ("train_images[99999]", "column 14:"),
    ("train_images[:, 3:40, 99]", "column 23:"),
    ("train_images[4] + 1", "column 1:"),
])
def test_hostile_text_is_refused_in_one_located_line(tensor_page, text, where):
    tensor_page.set_text("train_images[10:100]")
    shown = tensor_page.selection
    tensor_page.set_text(text)
    assert tensor_page.problem.isVisible() and tensor_page.problem.text().startswith(where)
    assert "\n" not in tensor_page.problem.text()
    assert tensor_page.selection is shown  # the last valid selection stays on screen


_pieces = st.sampled_from(["train_images", "test_images", "train_labels", "[", "]", ":", ",", "-", "4",
                           "10", "100", "7", "28", "99999", " ", "(", ")", "+", "'", "__", "x", ".T", "**"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from([e.text for e in LESSON_SLICES]), st.lists(_pieces, max_size=12)
                          .map("".join)), min_size=1, max_size=6))
def test_any_sequence_of_typed_texts_leaves_the_page_consistent(tensor_page, texts):
    for text in texts:
        tensor_page.set_text(text)
        if tensor_page.problem.isHidden():
            assert tensor_page.selection is not None
            assert str(tensor_page.selection.info.rank) in tensor_page.result.text()
        else:
            assert tensor_page.problem.text()


def test_the_race_runs_off_the_gui_thread_with_live_progress(qtbot, shoot):
    page = RacePage()
    qtbot.addWidget(page)
    page.resize(1500, 850)
    page.show()
    assert "186×" in page.ratio.text()  # the lesson's ratio before anything runs
    page.repetitions.setValue(40)
    page.start()
    assert page.is_running() and page.stop_button.isEnabled() and not page.start_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60_000)
    for key in page.contenders:
        assert page.progress[key].value() == 40
        assert page.seconds[key] == page.race.result_of(key).seconds > 0
    assert "faster" in page.ratio.text() and "same z" in page.same.text()
    labels = [row[0] for row in page.bars.rows]
    assert len(labels) == 2 + len(page.contenders) and page.bars.rows[0][1] == 1.86
    shoot(page, "l4-race")


def test_stopping_the_race_is_prompt(qtbot):
    page = RacePage()
    qtbot.addWidget(page)
    page.repetitions.setValue(100_000)
    page.start()
    qtbot.waitUntil(lambda: page.progress["numpy-naive"].value() > 0, timeout=30_000)
    page.stop()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=5_000)
    assert page.race.cancelled and "Stopped" in page.same.text()
    assert page.start_button.isEnabled()


def test_broadcasting_view_shows_equal_sums_and_aligned_shapes(qtbot):
    page = RacePage()
    qtbot.addWidget(page)
    view = page.broadcast
    assert "<b>equal</b>" in view.sums.text() and "320" in view.sums.text()
    assert "64" in view.maximum_label.text() and "yes" in view.maximum_label.text()
    assert "(3, 4)" in view.products.text() and "[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]" in view.products.text()


@pytest.fixture
def predictions_page(qtbot):
    page = PredictionsPage()
    qtbot.addWidget(page)
    page.resize(1500, 850)
    page.show()
    yield page
    page.shutdown()


def test_predictions_after_training_sum_to_one_with_the_argmax_marked(predictions_page, qtbot, shoot):
    page = predictions_page
    assert not page.train_button.isEnabled()  # no data yet
    page.set_data(subset_data().limit_train(2000))
    assert page.train_button.isEnabled()
    page.train()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=120_000)
    p = page.predictions
    assert p is not None and p.probabilities.shape == (10, 10)
    np.testing.assert_allclose(p.sums, 1.0, atol=1e-5)
    for index, digit in enumerate(page.digits):
        assert digit.probabilities is not None
        assert f"argmax {int(np.argmax(digit.probabilities))}" in digit.texts[0]
        assert digit.texts[1].startswith("sum = ") and abs(float(digit.texts[1].split("=")[1]) - 1) < 1e-5
        assert digit.label == p.labels[index]
    assert f"predictions[0].argmax() = <b>{p.predicted[0]}</b>" in page.summary.text()
    assert "test accuracy" in page.status.text()
    shoot(page, "l4-predictions")


def test_predictions_from_a_weights_file_and_a_broken_one(predictions_page, qtbot, tmp_path):
    import torch

    from desktop_app.core.mnist.lesson_predictions import lesson_predictions
    from desktop_app.core.mnist.models import keras_mlp
    from desktop_app.core.mnist.weights import save_weights

    page = predictions_page
    data = subset_data()
    page.set_data(data)
    model = keras_mlp(generator=torch.Generator().manual_seed(3))
    save_weights(model, tmp_path / "w.pt")
    page.load_weights(tmp_path / "w.pt")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    np.testing.assert_array_equal(page.predictions.probabilities, lesson_predictions(model, data).probabilities)
    assert "w.pt" in page.status.text()
    (tmp_path / "bad.pt").write_bytes(b"junk")
    page.load_weights(tmp_path / "bad.pt")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert page.status.text().startswith("Could not get predictions") and "bad.pt" in page.status.text()


def test_the_pages_find_the_mnist_files_and_open_each_lesson(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIENT_LAB_MNIST_DIR", str(subset_dir()))
    pages = LessonFourPages(cache_dir=tmp_path / "cache")
    qtbot.addWidget(pages)
    pages.show()
    pages.show_page("vectorise")
    assert pages.current_page() == "vectorise" and pages.data_panel.data is None  # the race needs no data
    pages.show_page("tensors")
    qtbot.waitUntil(lambda: bool(pages.tensors.tensors), timeout=60_000)
    assert pages.tensors.tensors["train_images"].shape == (22_699, 28, 28)
    assert pages.predictions.data is pages.data_panel.data
    with pytest.raises(ValueError):
        pages.show_page("gallery")
    pages.shutdown()


def test_the_window_opens_each_page_from_its_preset_and_menu(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIENT_LAB_MNIST_DIR", str(subset_dir()))
    window = make_window()
    entries = [a.text() for a in window.presets_menu.actions() if a.text()]
    for lesson in ("L4.1", "L4.2", "L4.3"):
        assert any(text.startswith(lesson + " ") for text in entries)
    assert {"l4-predictions", "l4-tensors", "l4-vectorise"} <= set(window.gallery.visible_names())
    expression = window.editor.text()
    for name, kind in (("l4-tensors", "tensors"), ("l4-vectorise", "vectorise"), ("l4-predictions", "predictions")):
        window.load_preset(name)
        pages = window.findChild(LessonFourPages)
        assert pages is not None and window.centre.currentWidget() is pages and pages.current_page() == kind
    assert window.editor.text() == expression  # a page preset leaves the loss alone
    qtbot.waitUntil(lambda: bool(pages.tensors.tensors), timeout=60_000)
    window.load_preset("l3-homework")  # back to a loss lesson
    assert window.editor.text() == "(x - 1)**2" and window.centre.currentWidget() is not pages
