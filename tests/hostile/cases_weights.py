"""Weights files (core.mnist.weights): tensors only, the right names and shapes, nothing else."""

from __future__ import annotations

import pickle
from pathlib import Path

import torch

from desktop_app.core import limits
from desktop_app.core.files import FileRefusedError
from desktop_app.core.mnist.models import keras_mlp
from desktop_app.core.mnist.weights import WeightsError, load_weights, model_state, save_weights
from tests.hostile.common import fifo, refused, snapshot, sparse
from tests.hostile.harness import case

BAD = (WeightsError, FileRefusedError)
HIDDEN = 16


def _model():
    return keras_mlp(HIDDEN)


def _unchanged_after(tmp: Path, path: Path, pattern: str) -> str:
    model = _model()
    before = {k: v.clone() for k, v in model_state(model).items()}
    files = snapshot(tmp)
    message = refused(BAD, pattern, lambda: load_weights(model, path))
    assert all(torch.equal(before[k], v) for k, v in model_state(model).items()), "the model changed"
    assert snapshot(tmp) == files
    return message


def _saved(tmp: Path, state: object, name: str = "w.pt") -> Path:
    path = tmp / name
    torch.save(state, path)
    return path



def warm_up() -> None:
    import torch  # noqa: F401 - the first import of torch takes seconds on a busy machine

    from desktop_app.core import runs  # noqa: F401

@case
def case_text_file(tmp: Path) -> None:
    path = tmp / "notes.pt"
    path.write_text("these are not weights\n" * 100)
    message = _unchanged_after(tmp, path, "not a weights file this app can load safely")
    assert "torch.save" in message and "pop from" not in message, message


@case
def case_empty_file(tmp: Path) -> None:
    path = tmp / "w.pt"
    path.write_bytes(b"")
    _unchanged_after(tmp, path, "not a weights file")


@case
def case_fifo(tmp: Path) -> None:
    _unchanged_after(tmp, fifo(tmp / "w.pt"), "FIFO")


@case
def case_folder(tmp: Path) -> None:
    (tmp / "w.pt").mkdir()
    _unchanged_after(tmp, tmp / "w.pt", "is a folder")


@case
def case_sparse_file_over_the_bound(tmp: Path) -> None:
    _unchanged_after(tmp, sparse(tmp / "w.pt", limits.MAX_WEIGHTS_BYTES + 1), "too large")


@case
def case_pickle_that_runs_code(tmp: Path) -> None:
    class Evil:
        def __reduce__(self):
            return (print, ("hacked",))

    path = tmp / "evil.pt"
    path.write_bytes(pickle.dumps({"layers.0.weight": Evil()}))
    _unchanged_after(tmp, path, "not a weights file")


@case
def case_torch_saved_code(tmp: Path) -> None:
    class Evil:
        def __reduce__(self):
            return (print, ("hacked",))

    _unchanged_after(tmp, _saved(tmp, {"x": Evil()}), "not a weights file")


@case
def case_list_instead_of_dict(tmp: Path) -> None:
    _unchanged_after(tmp, _saved(tmp, [torch.zeros(2)]), "dictionary of named tensors")


@case
def case_integer_tensor(tmp: Path) -> None:
    state = {k: v.to(torch.int64) for k, v in model_state(_model()).items()}
    _unchanged_after(tmp, _saved(tmp, state), "not a tensor of real numbers")


@case
def case_wrong_shapes(tmp: Path) -> None:
    path = tmp / "w.pt"
    save_weights(keras_mlp(HIDDEN * 2), path)
    _unchanged_after(tmp, path, "a different hidden width")


@case
def case_ten_thousand_unexpected_names(tmp: Path) -> None:
    state = dict(model_state(_model()))
    state.update({f"extra_{i}_" + "x" * 200: torch.zeros(1) for i in range(10_000)})
    message = _unchanged_after(tmp, _saved(tmp, state), "unexpected .* and 9995 more")
    assert len(message) < 600


@case
def case_missing_names(tmp: Path) -> None:
    _unchanged_after(tmp, _saved(tmp, {"layers.0.weight": torch.zeros(1)}), "do not match this model")


@case
def case_good_weights_load(tmp: Path) -> None:
    source, target = _model(), _model()
    path = tmp / "w.pt"
    save_weights(source, path)
    load_weights(target, path)
    assert all(torch.equal(a, b) for a, b in zip(model_state(source).values(), model_state(target).values()))


# --- load_network (File → Load weights, lesson L4.1): the file is read once, bounded and checked ---

def _network_refused(tmp: Path, path: Path, pattern: str) -> str:
    from desktop_app.core.mnist.network import load_network

    files = snapshot(tmp)
    message = refused(BAD, pattern, lambda: load_network(path))
    assert snapshot(tmp) == files
    return message


@case
def case_network_from_a_fifo(tmp: Path) -> None:  # hung in torch.load before it was checked
    _network_refused(tmp, fifo(tmp / "w.pt"), r"named pipe \(FIFO\)")


@case
def case_network_from_a_sparse_file_over_the_bound(tmp: Path) -> None:  # was read whole
    _network_refused(tmp, sparse(tmp / "w.pt", limits.MAX_WEIGHTS_BYTES + 1), "too large")


@case
def case_network_from_a_text_file(tmp: Path) -> None:
    (tmp / "notes.pt").write_text("not weights\n" * 100)
    message = _network_refused(tmp, tmp / "notes.pt", "torch.save")
    assert "pop from" not in message


@case
def case_network_wider_than_the_app_builds(tmp: Path) -> None:
    wide = limits.MAX_MNIST_HIDDEN + 1
    path = _saved(tmp, {"0.weight": torch.zeros(wide, 784), "0.bias": torch.zeros(wide)})
    _network_refused(tmp, path, f"hidden layer of {wide:,} units")


@case
def case_network_at_the_widest_loads(tmp: Path) -> None:
    from desktop_app.core.mnist.network import load_network

    path = tmp / "w.pt"
    save_weights(keras_mlp(limits.MAX_MNIST_HIDDEN), path)
    kind, model = load_network(path)
    assert kind == "keras" and model_state(model)["0.weight"].shape == (limits.MAX_MNIST_HIDDEN, 784)
