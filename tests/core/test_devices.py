"""Device and dtype choice: CPU always works, CUDA without CUDA says why, auto falls back."""

import pytest
import torch

from desktop_app.core import devices
from desktop_app.core.devices import DeviceError, device_label, resolve_device, resolve_dtype


def test_cpu_and_labels():
    assert resolve_device("cpu") == torch.device("cpu")
    assert resolve_device(" CPU ") == torch.device("cpu")
    assert device_label(torch.device("cpu")) == "CPU"


@pytest.mark.parametrize("choice", ["cuda", "cuda:0", "cuda:1"])
def test_cuda_without_cuda_build_says_so(monkeypatch, choice):
    monkeypatch.setattr(torch.version, "cuda", None)
    with pytest.raises(DeviceError, match="built without CUDA"):
        resolve_device(choice)
    assert resolve_device("auto") == torch.device("cpu")


def test_cuda_build_without_gpu_says_so(monkeypatch):
    monkeypatch.setattr(torch.version, "cuda", "12.4")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 0)
    reason = devices.cuda_unavailable_reason()
    assert reason is not None and "no usable NVIDIA GPU" in reason
    with pytest.raises(DeviceError, match="driver"):
        resolve_device("cuda")
    assert resolve_device("auto") == torch.device("cpu")


def test_cuda_index_out_of_range(monkeypatch):
    monkeypatch.setattr(torch.version, "cuda", "12.4")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    assert resolve_device("auto") == torch.device("cuda", 0)
    assert resolve_device("cuda") == torch.device("cuda", 0)
    with pytest.raises(DeviceError, match="only 1 GPU"):
        resolve_device("cuda:3")


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_real_gpu_label():
    label = device_label(resolve_device("cuda"))
    assert label.startswith("CUDA 0: ")


@pytest.mark.parametrize("choice", ["gpu", "cuda:x", "", "tpu"])
def test_unknown_device(choice):
    with pytest.raises(DeviceError):
        resolve_device(choice)


def test_dtypes():
    assert resolve_dtype("float32") is torch.float32
    assert resolve_dtype("float64") is torch.float64
    with pytest.raises(DeviceError, match="float32, float64"):
        resolve_dtype("float16")
    assert issubclass(DeviceError, ValueError)
