"""The downloader against mirrors on 127.0.0.1 serving the shared subset (never the internet)."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from desktop_app.core.mnist.data import FILES, load_mnist
from desktop_app.core.mnist.download import (
    OFFICIAL_MD5,
    OFFLINE_MESSAGE,
    DownloadCancelled,
    DownloadError,
    download_mnist,
    file_md5,
)
from tests.mnist_subset import serve_subset, subset_checksums, subset_dir


@pytest.fixture(scope="module")
def server():
    with serve_subset() as served:
        yield served


@pytest.fixture(scope="module")
def checksums() -> dict[str, str]:
    """Official MD5s for the t10k files (the subset's are byte-identical); the subset's own for
    its cut-down train files, which cannot match the official ones."""
    table = subset_checksums()
    for name in FILES.values():
        if name.startswith("t10k"):
            assert table[name] == OFFICIAL_MD5[name]
    return table


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_good_mirror_gives_verified_loadable_files(server, checksums, tmp_path: Path):
    url, _ = server
    seen = []
    folder = download_mnist(tmp_path, mirrors=[f"{url}/good/"], checksums=checksums, progress=seen.append)
    assert load_mnist(folder).test_x.shape == (10_000, 784)
    assert leftovers(tmp_path) == []
    finals = [p for p in seen if p.bytes_done == p.total]
    assert sorted(p.name for p in finals) == sorted(FILES.values())
    assert all(p.speed > 0 and p.count == 4 for p in finals)


def test_cached_files_are_not_fetched_again(server, checksums, tmp_path: Path):
    url, hits = server
    download_mnist(tmp_path, mirrors=[f"{url}/good/"], checksums=checksums)
    before = hits["good"]
    download_mnist(tmp_path, mirrors=[f"{url}/good/"], checksums=checksums)
    assert hits["good"] == before


@pytest.mark.parametrize("bad", ["corrupt", "truncated", "missing"])
def test_a_bad_mirror_falls_through_to_the_next(server, checksums, tmp_path: Path, bad: str):
    url, _ = server
    last_mirror = {}
    download_mnist(tmp_path, mirrors=[f"{url}/{bad}/", f"{url}/good/"], checksums=checksums,
                   progress=lambda p: last_mirror.__setitem__(p.name, p.mirror))
    assert set(last_mirror.values()) == {f"{url}/good/"}
    assert all(file_md5(tmp_path / name) == checksums[name] for name in FILES.values())
    assert leftovers(tmp_path) == []


def test_every_mirror_failing_says_what_each_did(server, checksums, tmp_path: Path):
    url, _ = server
    with pytest.raises(DownloadError) as info:
        download_mnist(tmp_path, mirrors=[f"{url}/missing/", f"{url}/corrupt/", f"{url}/truncated/"],
                       checksums=checksums)
    message = str(info.value)
    assert "HTTP 404" in message and "checksum mismatch" in message and "cut short" in message
    assert list(tmp_path.iterdir()) == []


def test_official_checksums_reject_the_cut_down_train_files(server, tmp_path: Path):
    url, _ = server
    with pytest.raises(DownloadError, match=r"train-images-idx3-ubyte\.gz.*checksum mismatch"):
        download_mnist(tmp_path, mirrors=[f"{url}/good/"])
    assert list(tmp_path.iterdir()) == []


def test_offline_is_said_plainly(tmp_path: Path):
    with pytest.raises(DownloadError) as info:
        download_mnist(tmp_path, mirrors=[closed_port_url(), closed_port_url()], timeout=5)
    assert str(info.value) == OFFLINE_MESSAGE


def test_cancel_mid_download_leaves_nothing(server, checksums, tmp_path: Path):
    url, _ = server
    cancel = threading.Event()
    seen = []

    def progress(p) -> None:
        seen.append(p.bytes_done)
        if p.bytes_done > 0:
            cancel.set()

    with pytest.raises(DownloadCancelled):
        download_mnist(tmp_path, mirrors=[f"{url}/slow/", f"{url}/good/"], checksums=checksums,
                       progress=progress, cancel=cancel)
    assert 0 < max(seen) < (subset_dir() / FILES["train_images"]).stat().st_size
    assert list(tmp_path.iterdir()) == []
