"""The MNIST tab driven with pytest-qt on the shared subset: train, stop, predictions, export."""

from __future__ import annotations

import csv

import pytest

from desktop_app.gui.mnist import MnistTab
from tests.mnist_subset import serve_subset, subset_checksums, subset_dir


@pytest.fixture
def tab(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIENT_LAB_MNIST_DIR", str(subset_dir()))
    widget = MnistTab(cache_dir=tmp_path / "cache")
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.train_button.isEnabled(), timeout=20_000)
    yield widget
    widget.shutdown()
    assert not widget.is_training()


def small_run(tab: MnistTab, images: int, epochs: int, hidden: int = 64) -> None:
    tab.settings.limit.setValue(images)
    tab.settings.epochs.setValue(epochs)
    tab.settings.hidden.setValue(hidden)


def test_train_shows_curves_predictions_and_exports(tab, qtbot, tmp_path, shoot):
    assert "22,699 training" in tab.data_panel.status.text()
    small_run(tab, 1000, 1)
    tab.train()
    assert tab.is_training() and not tab.train_button.isEnabled() and tab.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=60_000)

    assert len(tab.plots.batches) == 8 and len(tab.plots.epochs) == 1  # ceil(1000 / 128) batches
    assert tab.plots.loss_smooth.getData()[0] is not None
    predictions = tab.predictions
    assert predictions is not None and predictions.confusion.sum() == 10_000
    assert predictions.accuracy > 0.5
    assert len(tab.digits.shown_indices()) > 0 and tab.weights.unit_count() == 64
    assert "Finished" in tab.status.text()
    tab.mistakes_only.setChecked(True)
    shown = tab.digits.shown_indices()
    assert (predictions.predicted[shown] != predictions.labels[shown]).all()
    tab.weights_change.setChecked(True)
    shoot(tab, "mnist_tab")

    history = tmp_path / "history.csv"
    assert tab.export_history(history)
    rows = list(csv.DictReader(history.open()))
    assert [r["kind"] for r in rows].count("batch") == 8 and rows[-1]["kind"] == "epoch"
    assert tab.export_weights(tmp_path / "weights.pt") and (tmp_path / "weights.pt").stat().st_size > 0


def test_stop_acts_within_a_batch_and_still_shows_predictions(tab, qtbot):
    small_run(tab, 20_000, 3, hidden=512)
    tab.train()
    qtbot.waitUntil(lambda: len(tab.plots.batches) > 0, timeout=30_000)
    tab.stop()
    qtbot.waitUntil(lambda: not tab.is_training(), timeout=30_000)  # one batch, then predicting the test set
    total = 3 * -(-20_000 // 128)
    assert len(tab.plots.batches) < total / 3  # stopped in the first epoch
    assert tab.predictions is not None
    assert "Stopped" in tab.progress_label.text()
    assert tab.train_button.isEnabled() and tab.export_button.isEnabled()


def test_a_broken_folder_is_explained(tab, qtbot, tmp_path):
    tab.data_panel.load_folder(tmp_path)
    qtbot.waitUntil(lambda: not tab.data_panel.busy(), timeout=10_000)
    assert "lacks train-images-idx3-ubyte.gz" in tab.data_panel.status.text()
    assert not tab.train_button.isEnabled()


def test_bad_learning_rate_is_refused(tab):
    tab.settings.lr.setText("fast")
    tab.train()
    assert not tab.is_training() and "learning rate" in tab.status.text()


def test_download_shows_progress_cancels_and_completes(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("GRADIENT_LAB_MNIST_DIR", raising=False)
    widget = MnistTab(cache_dir=tmp_path / "cache")
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


def test_narrow_tab_puts_settings_and_curves_in_tabs(tab, qtbot):
    tab.resize(700, 800)
    qtbot.waitUntil(lambda: tab.results.count() == 5)
    assert tab.results.tabText(0) == "Settings" and tab.results.widget(1) is tab.plots
    tab.resize(1600, 900)
    qtbot.waitUntil(lambda: tab.results.count() == 3)
    assert tab.side_scroll.isVisible() and tab.plots.isVisible()


def test_shutdown_while_training_ends_the_thread(tab, qtbot):
    small_run(tab, 20_000, 3)
    tab.train()
    qtbot.waitUntil(lambda: len(tab.plots.batches) > 0, timeout=30_000)
    thread = tab._thread.thread
    tab.shutdown()
    assert not tab.is_training() and thread.isFinished()
