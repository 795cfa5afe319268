"""Download the MNIST files for the user, the way torchvision does, safely.

Each file goes to a temporary file beside its destination, its MD5 is checked against the
official one, and only then is it renamed into place: a cut transfer or a corrupted mirror can
never leave a half-written file that later looks valid. Any failure (network, HTTP error, short
transfer, wrong checksum) moves on to the next mirror. Offline, the message says so plainly and
points at the alternative: choosing a folder that already holds the files.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.mnist.data import FILES
from desktop_app.paths import cache_dir

__all__ = [
    "MIRRORS",
    "OFFICIAL_MD5",
    "OFFLINE_MESSAGE",
    "DownloadCancelled",
    "DownloadError",
    "DownloadProgress",
    "default_cache_dir",
    "download_mnist",
    "file_md5",
]

# torchvision.datasets.MNIST.mirrors, in its order (the S3 mirror first)
MIRRORS: tuple[str, ...] = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
)

# torchvision.datasets.MNIST.resources: the official files' MD5 sums
OFFICIAL_MD5: dict[str, str] = {
    "train-images-idx3-ubyte.gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
    "train-labels-idx1-ubyte.gz": "d53e105ee54ea40749a09fcbcd1e9432",
    "t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
    "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c",
}

OFFLINE_MESSAGE = (
    "could not reach any MNIST mirror: you seem to be offline; "
    "choose a folder with the MNIST files instead"
)

_CHUNK = 64 * 1024
_PROGRESS_SECONDS = 0.1


class DownloadError(OSError):
    """No mirror delivered a file with the right checksum; the message says what each one did."""


class DownloadCancelled(Exception):
    """The user pressed Cancel; nothing half-written is left behind."""


@dataclass(frozen=True)
class DownloadProgress:
    """Where one file's transfer stands; `total` is None when the server does not say."""

    name: str
    index: int  # 0-based position of this file among the files to fetch
    count: int
    bytes_done: int
    total: int | None
    speed: float  # bytes per second since this file's transfer began
    mirror: str


def default_cache_dir() -> Path:
    """Where downloaded MNIST files are kept: the user's cache folder for Gradient Lab."""
    return cache_dir() / "mnist"


def file_md5(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _TransferError(OSError):
    """The host answered but the file it sent was wrong (short, bad checksum)."""


def _is_offline_error(error: BaseException) -> bool:
    """True when the host could not be reached at all (no DNS, refused, unreachable, timed out)."""
    if isinstance(error, (urllib.error.HTTPError, _TransferError)):
        return False
    return isinstance(error, (urllib.error.URLError, TimeoutError, ConnectionError))


def _fetch(
    url: str,
    target: Path,
    expected_md5: str,
    report: Callable[[int, int | None, float], None],
    cancel: threading.Event | None,
    timeout: float,
) -> None:
    """Stream `url` into a temporary file, check it, then rename it to `target`."""
    request = urllib.request.Request(url, headers={"User-Agent": "gradient-lab"})
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by the `with` below, kept for its name
        dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
    )
    temp = Path(handle.name)
    try:
        with handle, urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            digest = hashlib.md5()
            done = 0
            start = last = time.monotonic()
            report(0, total, 0.0)
            while True:
                if cancel is not None and cancel.is_set():
                    raise DownloadCancelled("download cancelled")
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                handle.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                now = time.monotonic()
                if now - last >= _PROGRESS_SECONDS:
                    last = now
                    report(done, total, done / max(now - start, 1e-9))
            report(done, total, done / max(time.monotonic() - start, 1e-9))
        if total is not None and done != total:
            raise _TransferError(f"transfer cut short: got {done} of {total} bytes")
        if digest.hexdigest() != expected_md5:
            raise _TransferError(
                f"checksum mismatch (MD5 {digest.hexdigest()}, expected {expected_md5})"
            )
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def download_mnist(
    folder: str | Path | None = None,
    *,
    mirrors: Sequence[str] = MIRRORS,
    checksums: Mapping[str, str] = OFFICIAL_MD5,
    progress: Callable[[DownloadProgress], None] | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
) -> Path:
    """Make sure `folder` (default: the cache) holds the four files with the right checksums.

    Files already there with the right MD5 are kept. Returns the folder. Raises DownloadError
    (an OSError) when a file cannot be had from any mirror, DownloadCancelled on cancel.
    """
    folder = Path(folder) if folder is not None else default_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    names = list(FILES.values())
    todo = [n for n in names if not ((folder / n).is_file() and file_md5(folder / n) == checksums[n])]
    for index, name in enumerate(todo):
        failures: list[tuple[str, BaseException]] = []
        for mirror in mirrors:
            url = mirror.rstrip("/") + "/" + name

            def report(
                done: int, total: int | None, speed: float,
                _mirror: str = mirror, _name: str = name, _index: int = index,
            ) -> None:
                if progress is not None:
                    progress(DownloadProgress(_name, _index, len(todo), done, total, speed, _mirror))

            try:
                _fetch(url, folder / name, checksums[name], report, cancel, timeout)
                break
            except DownloadCancelled:
                raise
            except (OSError, ValueError, http.client.HTTPException) as error:  # any failure: next mirror
                failures.append((url, error))
        else:
            if failures and all(_is_offline_error(error) for _, error in failures):
                raise DownloadError(OFFLINE_MESSAGE)
            details = "; ".join(f"{url}: {_describe(error)}" for url, error in failures)
            raise DownloadError(f"could not download {name} from any mirror ({details})")
    return folder


def _describe(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code} {error.reason}"
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    return str(error)
