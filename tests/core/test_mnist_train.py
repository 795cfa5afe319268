"""Training on the shared subset: it learns, it stops when asked, the naive model does the maths
by hand exactly as the lesson writes it, and results/weights/history come out right."""

from __future__ import annotations

import csv
import math
import pickle

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.devices import DeviceError, cuda_unavailable_reason, resolve_device
from desktop_app.core.mnist.data import MnistData
from desktop_app.core.mnist.history import HISTORY_COLUMNS, write_history_csv
from desktop_app.core.mnist.keras_rmsprop import KerasRMSprop
from desktop_app.core.mnist.models import NaiveDense, NaiveSequential, keras_mlp, naive_mlp, one_training_step, softmax
from desktop_app.core.mnist.results import Predictions, confusion_matrix, first_layer_images, predict_probabilities
from desktop_app.core.mnist.train import BATCH_DTYPE, KERAS_RMSPROP, DeviceData, EpochRecord, Training, TrainSpec
from desktop_app.core.mnist.weights import WeightsError, load_weights, save_weights
from tests.mnist_subset import subset_data


def small(count: int):
    return subset_data().limit_train(count)


@pytest.fixture(scope="module")
def trained() -> Training:
    """The lesson's network, one epoch on 3,000 images."""
    training = Training(TrainSpec(epochs=1, seed=1), small(3000))
    records = list(training)
    assert training.status == "finished"
    assert isinstance(records[-1], EpochRecord)
    return training


@pytest.mark.slow  # a real epoch on 3,000 images (its fixture): left out of `make test-fast`
def test_one_epoch_on_a_few_thousand_images_learns(trained: Training):
    (epoch,) = trained.epoch_history
    assert epoch.test_accuracy > 0.7 and epoch.train_accuracy > 0.6  # chance is 0.1
    batches = trained.batch_records()
    assert batches.dtype == BATCH_DTYPE
    assert batches["step"].tolist() == list(range(1, trained.batches_per_epoch + 1))
    assert batches["loss"][-10:].mean() < batches["loss"][:10].mean() / 2


@pytest.mark.slow
def test_results_for_the_window(trained: Training):
    data = small(3000)
    probabilities = predict_probabilities(trained.model, data.test_x[:500])
    assert probabilities.shape == (500, 10)
    np.testing.assert_allclose(probabilities.sum(1), 1, rtol=1e-5)
    counts = confusion_matrix(data.test_y[:500], probabilities.argmax(1))
    assert counts.sum() == 500 and np.trace(counts) > 400
    assert counts.sum(1).tolist() == np.bincount(data.test_y[:500], minlength=10).tolist()
    assert first_layer_images(trained.model).shape == (512, 28, 28)


def test_same_seed_same_run_and_any_optimizer():
    def losses(**kw):
        training = Training(TrainSpec(epochs=1, hidden=32, batch_size=64, **kw), small(640))
        list(training)
        return training.batch_records()["loss"]

    np.testing.assert_array_equal(losses(seed=3), losses(seed=3))
    assert not np.array_equal(losses(seed=3), losses(seed=4))
    adam = losses(optimizer="adam", lr=1e-3)
    assert adam[-3:].mean() < adam[:3].mean()


def test_cancel_stops_before_the_next_batch():
    training = Training(TrainSpec(epochs=2, hidden=32, flush_seconds=0.0), small(2000))
    seen = []
    for item in training:
        seen.append(item)
        training.cancel()
    assert training.status == "stopped"
    assert len(seen) == 1 and len(seen[0]) == 1  # the batch in flight, then nothing


def test_bad_specs_are_refused():
    with pytest.raises(ValueError, match="naive model trains with the lesson's own update"):
        Training(TrainSpec(model="naive", optimizer="adam"), small(10))
    with pytest.raises(ValueError, match="unknown optimizer `adamm`"):
        Training(TrainSpec(optimizer="adamm"), small(10))
    with pytest.raises(ValueError, match="batch size must be at least 1"):
        Training(TrainSpec(batch_size=0), small(10))


@pytest.mark.skipif(cuda_unavailable_reason() is None, reason="this machine has CUDA")
def test_cuda_without_a_gpu_says_why():
    with pytest.raises(DeviceError, match="cannot use device `cuda`"):
        Training(TrainSpec(device="cuda"), small(10))


def test_keras_init_is_glorot_uniform_with_zero_biases():
    model = keras_mlp(512, torch.Generator().manual_seed(0))
    limit = math.sqrt(6 / (784 + 512))
    assert model[0].weight.abs().max() <= limit and model[0].weight.abs().max() > 0.95 * limit
    assert model[0].bias.abs().sum() == 0 and model[2].bias.abs().sum() == 0


def test_naive_init_matches_the_lesson():
    model = naive_mlp(generator=torch.Generator().manual_seed(0))
    first, second = model.layers
    assert first.W.shape == (784, 512) and second.W.shape == (512, 10)
    assert float(first.W.detach().min()) >= 0 and float(first.W.detach().max()) <= 0.1
    assert all(not layer.b.detach().any() for layer in model.layers)
    assert len(model.weights) == 4


def test_naive_forward_and_update_by_hand():
    """Two inputs, 3 -> 2 relu -> 3 softmax, gradients written out as in a textbook."""
    x = np.array([[1.0, 2.0, -1.0], [0.5, -1.0, 2.0]])
    y = np.array([2, 0])
    W1 = np.array([[0.1, -0.2], [0.3, 0.05], [-0.1, 0.2]])
    b1 = np.array([0.01, -0.02])
    W2 = np.array([[0.2, -0.1, 0.4], [-0.3, 0.5, 0.1]])
    b2 = np.array([0.0, 0.1, -0.1])
    lr = 0.5

    layer1 = NaiveDense(3, 2, torch.relu)
    layer2 = NaiveDense(2, 3, softmax)
    for layer, W, b in ((layer1, W1, b1), (layer2, W2, b2)):
        layer.W = torch.tensor(W, requires_grad=True)
        layer.b = torch.tensor(b, requires_grad=True)
    model = NaiveSequential([layer1, layer2])

    z1 = x @ W1 + b1
    h = np.maximum(z1, 0)
    z2 = h @ W2 + b2
    p = np.exp(z2) / np.exp(z2).sum(1, keepdims=True)
    np.testing.assert_allclose(model(torch.tensor(x)).detach().numpy(), p, rtol=1e-12)
    expected_loss = -np.log(p[np.arange(2), y]).mean()

    dz2 = (p - np.eye(3)[y]) / 2
    dW2, db2 = h.T @ dz2, dz2.sum(0)
    dz1 = (dz2 @ W2.T) * (z1 > 0)
    dW1, db1 = x.T @ dz1, dz1.sum(0)
    assert (z1 < 0).any()  # the relu really cuts something

    loss, _predictions = one_training_step(model, torch.tensor(x), torch.tensor(y), learning_rate=lr)
    assert float(loss) == pytest.approx(expected_loss, rel=1e-12)
    for got, before, grad in zip(model.weights, (W1, b1, W2, b2), (dW1, db1, dW2, db2)):
        np.testing.assert_allclose(got.detach().numpy(), before - lr * grad, rtol=1e-12)


def test_naive_training_walks_the_data_in_order():
    training = Training(TrainSpec(model="naive", epochs=1, hidden=16), small(300))
    list(training)
    assert training.optimizer_name == "gd" and training.lr == 1e-3
    assert len(training.batch_records()) == 3  # 128 + 128 + 44


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
def test_weights_round_trip_and_refusals(trained: Training, tmp_path):
    path = tmp_path / "w.pt"
    save_weights(trained.model, path)
    fresh = keras_mlp(512)
    load_weights(fresh, path)
    assert torch.equal(fresh[0].weight, trained.model[0].weight.cpu())

    with pytest.raises(WeightsError, match="a different hidden width"):
        load_weights(keras_mlp(64), path)
    with pytest.raises(WeightsError, match="saved from the other model type"):
        load_weights(naive_mlp(512), path)
    evil = tmp_path / "evil.pt"
    torch.save({"0.weight": torch.zeros(1), "note": print}, evil)
    with pytest.raises(WeightsError, match=r"evil\.pt: not a weights file this app can load safely"):
        load_weights(fresh, evil)
    junk = tmp_path / "junk.pt"
    junk.write_bytes(pickle.dumps("hello"))
    with pytest.raises(WeightsError, match=r"junk\.pt"):
        load_weights(fresh, junk)


def test_history_csv(trained: Training, tmp_path):
    path = tmp_path / "history.csv"
    write_history_csv(path, trained.batch_records(), trained.epoch_history)
    rows = list(csv.DictReader(path.open()))
    assert tuple(rows[0]) == HISTORY_COLUMNS
    kinds = [row["kind"] for row in rows]
    assert kinds.count("batch") == trained.batches_per_epoch and kinds[-1] == "epoch"
    assert float(rows[-1]["test_accuracy"]) == trained.epoch_history[0].test_accuracy
    assert [p.name for p in tmp_path.iterdir()] == ["history.csv"]


def test_keras_rmsprop_puts_eps_inside_the_root_unlike_torch():
    """Keras: w -= lr g / sqrt(v + eps); torch: w -= lr g / (sqrt(v) + eps). Two steps by hand."""
    grads = [torch.tensor([1e-4, -2.0, 0.0]), torch.tensor([3e-5, 0.5, -1e-6])]
    lr, rho, eps = 1e-3, 0.9, 1e-7
    w = torch.zeros(3, requires_grad=True)
    torch_w = torch.zeros(3, requires_grad=True)
    ours = KerasRMSprop([w], lr=lr, rho=rho, eps=eps)
    theirs = torch.optim.RMSprop([torch_w], lr=lr, alpha=rho, eps=eps)
    v = np.zeros(3)
    expected = np.zeros(3)
    for g in grads:
        for param, optimizer in ((w, ours), (torch_w, theirs)):
            param.grad = g.clone()
            optimizer.step()
        v = rho * v + (1 - rho) * g.double().numpy() ** 2
        expected -= lr * g.double().numpy() / np.sqrt(v + eps)
    np.testing.assert_allclose(w.detach().numpy(), expected, rtol=1e-5, atol=1e-12)
    # torch's rule takes a much larger step for the tiny gradient: the difference is real
    assert abs(float(torch_w.detach()[0])) > 3 * abs(float(w.detach()[0]))


def test_the_lesson_default_is_keras_rmsprop_with_one_seeded_stream():
    training = Training(TrainSpec(epochs=1, hidden=16), small(256))
    assert training.optimizer_name == KERAS_RMSPROP and isinstance(training.optimizer, KerasRMSprop)
    assert training.optimizer.defaults == {"lr": 1e-3, "rho": 0.9, "eps": 1e-7}
    explicit = Training(TrainSpec(epochs=1, hidden=16, optimizer="rmsprop"), small(256))
    assert isinstance(explicit.optimizer, torch.optim.RMSprop)  # the app's rmsprop is torch's


def test_each_epoch_reshuffles():
    training = Training(TrainSpec(epochs=1, hidden=8, batch_size=64), small(512))
    first = [yb.clone() for _, yb in training._batches()]
    second = [yb.clone() for _, yb in training._batches()]
    assert sorted(torch.cat(first).tolist()) == sorted(torch.cat(second).tolist())
    assert not torch.equal(torch.cat(first), torch.cat(second))


def tiny_data():
    data = subset_data()
    return MnistData(data.train_x[:256], data.train_y[:256], data.test_x[:300], data.test_y[:300])


def test_pictures_come_before_training_after_each_epoch_and_match_the_epochs_test_pass():
    training = Training(TrainSpec(epochs=2, hidden=16, batch_size=64, pictures=True), tiny_data())
    items = list(training)
    pictures = [item for item in items if isinstance(item, Predictions)]
    assert [(p.epoch, p.step) for p in pictures] == [(0, 0), (1, 4), (2, 8)]
    for record, p in zip(training.epoch_history, pictures[1:]):
        assert p.accuracy == record.test_accuracy and p.confusion.sum() == 300
        assert p.first_layer.shape == (16, 28, 28)
    np.testing.assert_allclose(predict_probabilities(pictures[-1].network, tiny_data().test_x),
                               pictures[-1].probabilities, rtol=1e-5, atol=1e-6)
    assert pictures[0].accuracy < 0.5  # untrained


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["next", "pictures", "cancel"]), max_size=25))
def test_any_sequence_of_picture_requests_and_cancels_keeps_the_records_coherent(actions):
    training = Training(TrainSpec(epochs=2, hidden=8, batch_size=64, flush_seconds=0.0, pictures=True), tiny_data())
    iterator = iter(training)
    items, cancelled = [], False
    for action in actions:
        if action == "next":
            item = next(iterator, None)
            if item is None:
                break
            items.append(item)
        elif action == "pictures":
            training.request_pictures()
        else:
            training.cancel()
            cancelled = True
    items.extend(iterator)
    steps = [item.step for item in items if isinstance(item, Predictions)]
    assert steps == sorted(steps) and len(set(steps)) == len(steps)
    rows = training.batch_records()
    assert rows["step"].tolist() == list(range(1, len(rows) + 1))
    assert all(step <= len(rows) for step in steps)
    assert len(training.epoch_history) == len(rows) // 4
    if not cancelled:
        assert training.status == "finished" and len(rows) == 8 and steps[-1] == 8
    else:
        assert training.status in ("stopped", "finished")


def test_data_moves_to_the_device_once_and_is_shared_by_both_networks():
    data = tiny_data()
    shared = DeviceData.move(data, resolve_device("auto"))  # CUDA when present, else the CPU
    keras = Training(TrainSpec(epochs=1, hidden=8, device="auto"), shared)
    naive = Training(TrainSpec(model="naive", epochs=1, hidden=8, device="auto"), shared)
    for training in (keras, naive):
        assert training.train_x.data_ptr() == shared.train_x.data_ptr()
        assert training.test_x.device == shared.device == training.device
    list(keras)
    assert keras.epoch_history[0].seconds > 0
