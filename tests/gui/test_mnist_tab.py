"""The MNIST view driven with pytest-qt on a small part of the shared subset: both networks side
by side, pictures every epoch and on demand, the drawing pad, weights saved and loaded, stop."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from desktop_app.core.mnist.results import Predictions
from desktop_app.gui.mnist import MnistView
from tests.mnist_subset import serve_subset, subset_checksums, subset_dir


def open_view(qtbot, tmp_path) -> MnistView:
    widget = MnistView(cache_dir=tmp_path / "cache")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.train_button.isEnabled(), timeout=20_000)
    return widget


@pytest.fixture
def view(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIENT_LAB_MNIST_DIR", str(subset_dir()))
    widget = open_view(qtbot, tmp_path)
    yield widget
    widget.shutdown()
    assert not widget.is_busy()


def small_run(view: MnistView, images: int, epochs: dict[str, int], hidden: int = 64) -> None:
    """Tick exactly the networks in `epochs`, each with its epochs, on the first `images` images."""
    panel = view.networks
    panel.limit.setValue(images)
    panel.hidden.setValue(hidden)
    for name, box in panel.enabled.items():
        box.setChecked(name in epochs)
        if name in epochs:
            panel.epochs[name].setValue(epochs[name])


def train_to_end(view: MnistView, qtbot, timeout: int = 60_000) -> None:
    view.train()
    assert view.is_training()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=timeout)


def test_each_network_shows_the_lessons_defaults_and_keeps_them(view):
    panel = view.networks
    assert panel.epochs["keras"].value() == 5 and panel.epochs["naive"].value() == 10
    assert panel.lr["keras"].text() == panel.lr["naive"].text() == "0.001"
    assert panel.optimizer.currentText() == "RMSprop (Keras)" and "grad" in panel.rule.text()
    panel.enabled["keras"].setChecked(False)
    panel.enabled["keras"].setChecked(True)
    assert panel.epochs["keras"].value() == 5 and panel.epochs["naive"].value() == 10  # no silent change
    specs = panel.specs()
    assert specs["keras"].epochs == 5 and specs["naive"].epochs == 10
    assert specs["keras"].optimizer == "keras-rmsprop" and specs["naive"].optimizer is None


def test_both_networks_side_by_side_with_curves_and_pictures_after_each_epoch(view, qtbot, shoot, monkeypatch):
    shown = []
    original = view.digits.set_predictions
    monkeypatch.setattr(view.digits, "set_predictions",
                        lambda p: (shown.append(None if p is None else (p.epoch, p.step)), original(p)))
    order = []
    small_run(view, 1000, {"keras": 2, "naive": 2})
    view.train()
    view._thread.worker.batch.connect(lambda item: order.append(item[0]))
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=60_000)

    per_epoch = 8  # ceil(1000 / 128)
    for name in ("keras", "naive"):
        assert view.plots.batch_count(name) == 2 * per_epoch
        assert [e.epoch for e in view.plots.epoch_records(name)] == [1, 2]
        x, y = view.plots.curves[name].loss_smooth.getData()
        assert len(x) == 2 * per_epoch and np.isfinite(y).all()
        assert len(view.plots.curves[name].test_accuracy.getData()[0]) == 2
    key = view.plots.key_text()
    assert "Keras network (RMSprop as Keras, lr 0.001, 2 epochs)" in key
    assert "From scratch (w -= lr × grad, lr 0.001, 2 epochs)" in key and "train" in key and "test" in key
    assert shown[-3:] == [(0, 0), (1, per_epoch), (2, 2 * per_epoch)]  # before training, after each epoch
    assert "keras" in order and "naive" in order
    assert order.index("naive") < len(order) - 1 - order[::-1].index("keras")  # interleaved: together
    assert view.predictions("keras").confusion.sum() == 10_000
    assert "Finished" in view.status.text() and "Keras network" in view.status.text()
    assert view.weights.unit_count() == 64
    view.weights_change.setChecked(True)
    shoot(view, "mnist_view")


def test_one_after_the_other(view, qtbot):
    small_run(view, 500, {"keras": 1, "naive": 1})
    view.networks.in_turn.setChecked(True)
    order = []
    view.train()
    view._thread.worker.batch.connect(lambda item: order.append(item[0]))
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=60_000)
    first_naive = order.index("naive")
    assert "keras" not in order[first_naive:]


def test_pictures_on_demand_during_an_epoch(view, qtbot):
    small_run(view, 20_000, {"keras": 1}, hidden=512)
    view.train()
    qtbot.waitUntil(lambda: view.plots.batch_count("keras") > 3, timeout=30_000)
    view.refresh_button.click()
    per_epoch = -(-20_000 // 128)
    qtbot.waitUntil(lambda: view.predictions("keras") is not None and 0 < view.predictions("keras").step < per_epoch,
                    timeout=30_000)
    assert "during epoch 1" in view.caption.text()
    view.stop()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=30_000)


def test_drawing_pad_and_test_digits(view, qtbot):
    small_run(view, 2000, {"keras": 1})
    assert "Train or load a network first" in view.pad_answer.text()
    train_to_end(view, qtbot)
    view.pictures.setCurrentIndex(3)
    view.pad.stroke([(140, 40), (150, 120), (150, 240)])  # a "1"
    p = view.bars.probabilities()
    assert p is not None and p.shape == (10,) and p.sum() == pytest.approx(1, abs=1e-5)
    assert view.preview._image is not None and view.pad.image().max() == pytest.approx(1.0)
    predictions = view.predictions("keras")
    for index in (0, 7, 42):
        view.show_test_digit(index)
        np.testing.assert_allclose(view.bars.probabilities(), predictions.probabilities[index], rtol=1e-5, atol=1e-6)
        assert f"says {predictions.predicted[index]}" in view.pad_answer.text()
    view.clear_button.click()
    assert view.pad.is_blank() and view.bars.probabilities() is None
    index = view.digits.shown_indices()[3]
    cell = view.digits.width() / view.digits._columns()
    view.digits.digit_clicked.emit(view.digits.index_at(3.5 * cell, 0.5 * cell))
    assert view.test_index.value() == index and view.pictures.currentIndex() == 3


def test_weights_saved_and_loaded_give_the_same_accuracy(view, qtbot, tmp_path):
    small_run(view, 2000, {"keras": 1, "naive": 1})
    train_to_end(view, qtbot)
    accuracy = {name: view.predictions(name).accuracy for name in ("keras", "naive")}
    assert view.save_weights(tmp_path / "keras.pt")
    view.shown.setCurrentIndex(view.shown.findData("naive"))
    assert view.save_weights(tmp_path / "naive.pt")

    other = open_view(qtbot, tmp_path)
    try:
        for name in ("keras", "naive"):
            assert other.load_weights(tmp_path / f"{name}.pt")
            qtbot.waitUntil(lambda: not other.is_busy(), timeout=30_000)
            assert other.shown.currentData() == name
            assert other.predictions(name).accuracy == accuracy[name]
            assert f"loaded from {name}.pt" in other.caption.text()
        assert other.weights.unit_count() == 64 and other.save_button.isEnabled()
    finally:
        other.shutdown()


def test_a_broken_weights_file_is_explained_and_changes_nothing(view, qtbot, tmp_path):
    small_run(view, 1000, {"keras": 1})
    train_to_end(view, qtbot)
    before = view.predictions("keras")
    broken = tmp_path / "broken.pt"
    broken.write_bytes(b"PK\x03\x04 this is not a weights file")
    assert view.load_weights(broken)
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=30_000)
    assert view.status.text().startswith("Could not load broken.pt: broken.pt:")
    assert "\n" not in view.status.text() and "Traceback" not in view.status.text()
    assert view.predictions("keras") is before and isinstance(before, Predictions)
    assert view.train_button.isEnabled() and view.export_button.isEnabled()


def test_stop_acts_within_a_batch_and_still_shows_pictures(view, qtbot, tmp_path):
    small_run(view, 20_000, {"keras": 3}, hidden=512)
    view.train()
    qtbot.waitUntil(lambda: view.plots.batch_count("keras") > 0, timeout=30_000)
    view.stop()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=30_000)  # one batch, then predicting the test set
    assert view.plots.batch_count("keras") < -(-20_000 // 128)  # stopped in the first epoch
    assert view.predictions("keras").step == view.plots.batch_count("keras")
    assert "Stopped" in view.status.text()
    history = tmp_path / "history.csv"
    assert view.export_history(history)
    rows = list(csv.DictReader(history.open()))
    assert [r["kind"] for r in rows].count("batch") == view.plots.batch_count("keras")


def test_a_broken_folder_is_explained(view, qtbot, tmp_path):
    view.data_panel.load_folder(tmp_path)
    qtbot.waitUntil(lambda: not view.data_panel.busy(), timeout=10_000)
    assert "lacks train-images-idx3-ubyte.gz" in view.data_panel.status.text()
    assert not view.train_button.isEnabled() and not view.load_button.isEnabled()


def test_bad_settings_are_refused(view):
    view.networks.lr["naive"].setText("fast")
    view.train()
    assert not view.is_busy() and "learning rate" in view.status.text()
    for box in view.networks.enabled.values():
        box.setChecked(False)
    view.train()
    assert not view.is_busy() and "Tick at least one network" in view.status.text()


def test_the_device_is_labelled(view):
    text = view.device_note.text()
    assert "CPU" in text or "CUDA" in text


def test_download_shows_progress_cancels_and_completes(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("GRADIENT_LAB_MNIST_DIR", raising=False)
    widget = MnistView(cache_dir=tmp_path / "cache")
    qtbot.addWidget(widget)
    panel = widget.data_panel
    assert "No MNIST files yet" in panel.status.text() and not widget.train_button.isEnabled()
    panel.checksums = subset_checksums()
    with serve_subset() as (url, _):
        panel.mirrors = [f"{url}/slow/"]
        panel.start_download()
        assert panel.cancel_button.isVisibleTo(widget) and not panel.download_button.isEnabled()
        qtbot.waitUntil(lambda: "MB/s" in panel.progress_label.text(), timeout=10_000)
        panel.cancel_button.click()
        qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)
        assert panel.status.text() == "Download cancelled."
        assert not any((tmp_path / "cache").iterdir())

        panel.mirrors = [f"{url}/missing/", f"{url}/good/"]
        panel.start_download()
        qtbot.waitUntil(lambda: widget.train_button.isEnabled(), timeout=30_000)
    assert "22,699 training" in panel.status.text()
    widget.shutdown()


def test_shutdown_while_training_ends_the_thread(view, qtbot):
    small_run(view, 20_000, {"keras": 3, "naive": 3})
    view.train()
    qtbot.waitUntil(lambda: view.plots.batch_count("keras") > 0, timeout=30_000)
    thread = view._thread.thread
    view.shutdown()
    assert not view.is_busy() and thread.isFinished()


def test_the_view_takes_the_whole_window_and_the_panes_come_back(make_window, qtbot):
    window = make_window()
    left, side = window.left_panel, window.side
    assert left.isVisible() and side.isVisible() and window.findChild(MnistView) is None
    window.show_mnist()
    view = window.findChild(MnistView)
    assert view.isVisible() and not left.isVisible() and not side.isVisible()
    qtbot.waitUntil(lambda: view.width() > 0.9 * window.width())
    window.show_mnist(False)
    assert left.isVisible() and side.isVisible()
    side.hide()  # the teacher closed the details pane: it stays closed after MNIST
    window.show_mnist()
    window.show_mnist(False)
    assert left.isVisible() and not side.isVisible()


def test_the_view_reads_in_korean(qtbot, tmp_path, monkeypatch):
    from desktop_app.gui import i18n

    monkeypatch.setenv("GRADIENT_LAB_MNIST_DIR", str(subset_dir()))
    i18n.install_language("ko")
    try:
        widget = MnistView(cache_dir=tmp_path / "cache")
        qtbot.addWidget(widget)
        assert widget.train_button.text() == "학습" and widget.networks.title() == "신경망"
        assert "수업" in widget.networks.defaults.text() and "에포크" in widget.plots.key_text()
    finally:
        i18n.install_language("en")


def test_any_sequence_of_strokes_clears_and_test_digits_keeps_the_bars_right(view, qtbot):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    small_run(view, 1000, {"keras": 1})
    train_to_end(view, qtbot)
    predictions = view.predictions("keras")
    point = st.tuples(st.floats(0, 280), st.floats(0, 280))
    action = st.one_of(
        st.tuples(st.just("stroke"), st.lists(point, min_size=1, max_size=5)),
        st.tuples(st.just("clear"), st.none()),
        st.tuples(st.just("digit"), st.integers(0, 9999)),
    )

    @settings(max_examples=30, deadline=None)
    @given(st.lists(action, max_size=8))
    def check(actions):
        view.pad.clear()
        last = None
        for kind, argument in actions:
            if kind == "stroke":
                view.pad.stroke(argument)
            elif kind == "clear":
                view.pad.clear()
            else:
                view.show_test_digit(argument)
            last = (kind, argument)
        bars = view.bars.probabilities()
        if last is None or last[0] == "clear":
            assert bars is None and view.pad.is_blank()
            return
        assert bars is not None and bars.sum() == pytest.approx(1, abs=1e-5) and (bars >= 0).all()
        assert f"says {int(bars.argmax())}" in view.pad_answer.text()
        if last[0] == "digit":
            np.testing.assert_allclose(bars, predictions.probabilities[last[1]], rtol=1e-5, atol=1e-6)

    check()
