"""Save trained weights with `torch.save` and load them back refusing anything but tensors.

A weights file may come from anywhere (a classmate, the internet): loading with
`weights_only=True` never runs pickled code, and every mismatch with the model is reported in
plain words instead of a torch traceback.
"""

from __future__ import annotations

import io
from pathlib import Path

import torch

from desktop_app.core import limits
from desktop_app.core.export import atomic_write
from desktop_app.core.files import read_bounded
from desktop_app.core.mnist.train import is_naive

__all__ = ["WeightsError", "load_state", "load_weights", "model_state", "read_state", "save_weights"]


class WeightsError(ValueError):
    """A weights file that cannot be loaded into this model; the message says why."""


def model_state(model: object) -> dict[str, torch.Tensor]:
    """The model's tensors by name: its state_dict, or `layers.i.W` / `layers.i.b` for the naive one."""
    if not is_naive(model):
        return model.state_dict()
    state = {}
    for i, layer in enumerate(model.layers):
        state[f"layers.{i}.W"] = layer.W
        state[f"layers.{i}.b"] = layer.b
    return state


def save_weights(model: object, path: str | Path) -> None:
    """Write the model's tensors to `path` atomically (a temporary file, then a rename)."""
    path = Path(path)
    state = {name: tensor.detach().cpu() for name, tensor in model_state(model).items()}
    with atomic_write(path, "wb") as handle:
        torch.save(state, handle)


#: How a file written by torch.save begins: a zip archive, or the legacy format's pickle.
_TORCH_STARTS = (b"PK\x03\x04", b"\x80")


def _names(names: list[object]) -> str:
    """At most five names, each cut to 60 characters, for a one-line message."""
    shown = ", ".join(str(name)[:60] for name in names[:5])
    return shown + (f" and {len(names) - 5} more" if len(names) > 5 else "")


def read_state(path: str | Path) -> dict[str, torch.Tensor]:
    """The named tensors saved in `path` (a regular file of at most limits.MAX_WEIGHTS_BYTES,
    read once, loaded with weights_only); WeightsError or FileRefusedError saying why not."""
    path = Path(path)
    raw = read_bounded(path, limits.MAX_WEIGHTS_BYTES)  # a FIFO or a huge file: refused unread
    if not raw.startswith(_TORCH_STARTS):  # a text file: torch's unpickler says "pop from empty list"
        raise WeightsError(f"{path.name}: not a weights file this app can load safely "
                           "(it is not a file saved by torch.save)")
    try:
        state = torch.load(io.BytesIO(raw), map_location="cpu", weights_only=True)
    except Exception as error:  # noqa: BLE001 - torch's unpickler raises anything on junk (IndexError...)
        first_line = str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
        raise WeightsError(
            f"{path.name}: not a weights file this app can load safely (only saved tensors are "
            f"accepted): {first_line}"
        ) from None
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise WeightsError(f"{path.name}: expected a dictionary of named tensors (a state dict)")
    odd = [name for name, tensor in state.items()
           if not (tensor.is_floating_point() and tensor.layout == torch.strided)]
    if odd:
        raise WeightsError(f"{path.name}: `{str(odd[0])[:60]}` is not a tensor of real numbers")
    return state


def load_weights(model: object, path: str | Path) -> None:
    """Copy the tensors saved in `path` into `model`; raise WeightsError if they do not fit."""
    load_state(model, read_state(path), Path(path).name)


def load_state(model: object, state: dict[str, torch.Tensor], name: str) -> None:
    """Copy `state` (from read_state) into `model`; WeightsError naming the file `name` if it
    does not fit (names and shapes checked before anything is copied)."""
    path = Path(name)
    target = model_state(model)
    missing = [name for name in target if name not in state]
    extra = [name for name in state if name not in target]
    if missing or extra:
        raise WeightsError(
            f"{path.name}: its tensors do not match this model"
            + (f"; missing {_names(missing)}" if missing else "")
            + (f"; unexpected {_names(extra)}" if extra else "")
            + " (saved from the other model type?)"
        )
    for name, tensor in target.items():
        if tuple(state[name].shape) != tuple(tensor.shape):
            raise WeightsError(
                f"{path.name}: `{name}` has shape {tuple(state[name].shape)}, this model needs "
                f"{tuple(tensor.shape)} (a different hidden width?)"
            )
    with torch.no_grad():
        for name, tensor in target.items():
            tensor.copy_(state[name].to(tensor.device, tensor.dtype))
