"""Device and dtype choice for runs: "cpu", "cuda", "cuda:N" or "auto".

A student who picks "cuda" on a laptop without a GPU must learn *why* it is not
available (a CPU-only torch build is a different fix from a missing driver), so
the error says which of the two it is. "auto" never fails: it falls back to CPU.
"""

from __future__ import annotations

import torch

__all__ = [
    "DTYPES",
    "DeviceError",
    "cuda_unavailable_kind",
    "cuda_unavailable_reason",
    "device_label",
    "resolve_device",
    "resolve_dtype",
]

DTYPES: dict[str, torch.dtype] = {"float32": torch.float32, "float64": torch.float64}


class DeviceError(ValueError):
    """A device or dtype that cannot be used, with the reason in plain words."""


#: Why CUDA cannot be used, by kind (the window words each kind in its language: gui.texts).
CUDA_REASONS = {
    "cpu_build": "this PyTorch was built without CUDA support (a CPU-only build); "
                 "install a CUDA build of PyTorch to use an NVIDIA GPU",
    "no_gpu": "PyTorch has CUDA support but found no usable NVIDIA GPU "
              "(no GPU, or its driver is missing or too old)",
}


def cuda_unavailable_kind() -> str | None:
    """Why CUDA cannot be used here, as a kind of CUDA_REASONS; None when it can."""
    if torch.version.cuda is None:
        return "cpu_build"
    if not torch.cuda.is_available() or torch.cuda.device_count() == 0:
        return "no_gpu"
    return None


def cuda_unavailable_reason() -> str | None:
    """Why CUDA cannot be used here, in words, or None when it can."""
    kind = cuda_unavailable_kind()
    return None if kind is None else CUDA_REASONS[kind]


def resolve_device(choice: str) -> torch.device:
    """Turn the user's choice into a torch.device, raising DeviceError with the reason."""
    text = str(choice).strip().lower()
    if text == "cpu":
        return torch.device("cpu")
    if text == "auto":
        return torch.device("cuda", 0) if cuda_unavailable_reason() is None else torch.device("cpu")
    if text == "cuda" or text.startswith("cuda:"):
        index = 0
        if text != "cuda":
            suffix = text[len("cuda:"):]
            if not suffix.isdigit():
                raise DeviceError(f"device `{choice}`: the GPU number after `cuda:` must be 0, 1, ...")
            index = int(suffix)
        reason = cuda_unavailable_reason()
        if reason is not None:
            raise DeviceError(f"cannot use device `{choice}`: {reason}")
        count = torch.cuda.device_count()
        if index >= count:
            raise DeviceError(
                f"cannot use device `{choice}`: only {count} GPU(s) found (cuda:0 to cuda:{count - 1})"
            )
        return torch.device("cuda", index)
    raise DeviceError(f"unknown device `{choice}`: choose cpu, cuda, cuda:N or auto")


def device_label(device: torch.device) -> str:
    """A short label for the status bar, e.g. "CPU" or "CUDA 0: NVIDIA H100"."""
    device = torch.device(device)
    if device.type != "cuda":
        return device.type.upper()
    index = device.index if device.index is not None else 0
    return f"CUDA {index}: {torch.cuda.get_device_name(index)}"


def resolve_dtype(name: str) -> torch.dtype:
    """Map "float32" / "float64" to the torch dtype, raising DeviceError otherwise."""
    try:
        return DTYPES[str(name).strip().lower()]
    except KeyError:
        raise DeviceError(
            f"unknown dtype `{name}`: choose one of {', '.join(DTYPES)}"
        ) from None
