"""Download the MNIST files for the user, the way torchvision does, safely.

Each file goes to a temporary file beside its destination, its MD5 is checked against the
official one, and only then is it renamed into place: a cut transfer or a corrupted mirror can
never leave a half-written file that later looks valid. Any failure (network, HTTP error, short
transfer, wrong checksum) moves on to the next mirror, and so does a mirror that stalls, drips,
or sends more than the official file's size. The network waits happen in a helper thread, so
Cancel acts within a tenth of a second whatever the mirror does. Offline, the message says so plainly and
points at the alternative: choosing a folder that already holds the files.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import http.client
import os
import queue
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import limits
from desktop_app.core.files import create_temp_beside, sweep_stale_temps
from desktop_app.core.mnist.data import FILES
from desktop_app.paths import cache_dir

__all__ = [
    "MIRRORS",
    "OFFICIAL_MD5",
    "OFFICIAL_SIZES",
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

# The official files' sizes in bytes: no mirror is allowed to send more than this for a file.
OFFICIAL_SIZES: dict[str, int] = {
    "train-images-idx3-ubyte.gz": 9_912_422,
    "train-labels-idx1-ubyte.gz": 28_881,
    "t10k-images-idx3-ubyte.gz": 1_648_877,
    "t10k-labels-idx1-ubyte.gz": 4_542,
}
#: The cap for a file whose size is not known in advance.
_UNKNOWN_SIZE_CAP = 64 * 2**20

_CHUNK = 64 * 1024
_PROGRESS_SECONDS = 0.1
_REDIRECTS = 5


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
    """The host answered but the file it sent was wrong (short, too long, bad checksum, stalled)."""


class _UnreachableError(OSError):
    """The host could not be reached at all (no DNS, refused, unreachable, timed out)."""


def _is_offline_error(error: BaseException) -> bool:
    return isinstance(error, _UnreachableError)


class _Transfer(threading.Thread):
    """The blocking half of one request: connect, send, read whatever has arrived (`read1`),
    and hand it over through a queue. The caller decides about stalls and Cancel and can always
    walk away: `stop()` shuts the socket, which wakes any blocked read at once."""

    def __init__(self, url: str, timeout: float) -> None:
        super().__init__(daemon=True, name="mnist-download")
        self.url, self.timeout = url, timeout
        self.items: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=256)
        self._stopped = threading.Event()
        self._conn: http.client.HTTPConnection | None = None

    def stop(self) -> None:
        self._stopped.set()
        conn = self._conn
        sock = conn.sock if conn is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def _put(self, kind: str, value: object) -> None:
        while not self._stopped.is_set():
            try:
                self.items.put((kind, value), timeout=0.1)
                return
            except queue.Full:
                continue

    def _open(self, url: str, redirects: int) -> http.client.HTTPResponse:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme == "https":
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                parts.hostname or "", parts.port, timeout=self.timeout, context=ssl.create_default_context())
        elif parts.scheme == "http":
            conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=self.timeout)
        else:
            raise _TransferError(f"not an http(s) address: {url}")
        self._conn = conn
        try:
            conn.connect()
        except OSError as error:
            raise _UnreachableError(error.errno, error.strerror or str(error)) from None
        if self._stopped.is_set():
            raise DownloadCancelled("download cancelled")
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request("GET", path or "/", headers={"User-Agent": "gradient-lab", "Accept-Encoding": "identity"})
        response = conn.getresponse()
        location = response.getheader("Location")
        if response.status in (301, 302, 303, 307, 308) and location and redirects > 0:
            response.close()
            conn.close()
            return self._open(urllib.parse.urljoin(url, location), redirects - 1)
        if response.status != 200:
            raise urllib.error.HTTPError(url, response.status, response.reason, response.headers, None)
        return response

    def run(self) -> None:
        try:
            response = self._open(self.url, _REDIRECTS)
            length = response.getheader("Content-Length")
            self._put("headers", int(length) if length and length.isdigit() else None)
            while not self._stopped.is_set():
                data = response.read1(_CHUNK)  # what has arrived, never waiting for a full chunk
                if not data:
                    self._put("end", None)
                    return
                self._put("data", data)
        except BaseException as error:  # noqa: BLE001 - every failure is handed to the caller
            self._put("error", error)


def _fetch(
    url: str,
    target: Path,
    expected_md5: str,
    cap: int,
    report: Callable[[int, int | None, float], None],
    cancel: threading.Event | None,
    timeout: float,
) -> None:
    """Stream `url` into a temporary file beside `target`, check it, then rename it to `target`.

    Leaves the mirror when it sends nothing for `limits.DOWNLOAD_STALL_SECONDS` (or `timeout`,
    if shorter), drips slower than `limits.DOWNLOAD_MIN_BYTES_PER_SECOND`, or offers or sends
    more than `cap` bytes. Cancel is looked at every `limits.DOWNLOAD_POLL_SECONDS`."""
    stall = min(timeout, limits.DOWNLOAD_STALL_SECONDS)
    transfer = _Transfer(url, timeout)
    fd, temp = create_temp_beside(target)
    try:
        transfer.start()
        with os.fdopen(fd, "wb") as handle:
            digest = hashlib.md5()
            total: int | None = None
            done = 0
            start = last_data = last_report = time.monotonic()
            pace = _Pace(start)
            while True:
                if cancel is not None and cancel.is_set():
                    raise DownloadCancelled("download cancelled")
                try:
                    kind, value = transfer.items.get(timeout=limits.DOWNLOAD_POLL_SECONDS)
                except queue.Empty:
                    kind, value = "wait", None
                now = time.monotonic()
                if kind == "error":
                    raise value  # type: ignore[misc]
                if kind == "end":
                    break
                if kind == "headers":
                    total = value  # type: ignore[assignment]
                    if total is not None and total > cap:
                        raise _TransferError(f"the mirror offers {total:,} bytes, more than the {cap:,} expected")
                    report(0, total, 0.0)
                elif kind == "data":
                    done += len(value)  # type: ignore[arg-type]
                    if done > cap:
                        raise _TransferError(f"the mirror sent more than the {cap:,} bytes expected")
                    handle.write(value)  # type: ignore[arg-type]
                    digest.update(value)  # type: ignore[arg-type]
                    last_data = now
                if now - last_data > stall:
                    raise _TransferError(f"the mirror stalled (nothing for {stall:g} s)")
                if pace.too_slow(now, done):
                    raise _TransferError(
                        f"the mirror is too slow (under {limits.DOWNLOAD_MIN_BYTES_PER_SECOND:,} bytes/s "
                        f"for {limits.DOWNLOAD_RATE_WINDOW_SECONDS:g} s)")
                if kind == "data" and now - last_report >= _PROGRESS_SECONDS:
                    last_report = now
                    report(done, total, done / max(now - start, 1e-9))
            report(done, total, done / max(time.monotonic() - start, 1e-9))
            handle.flush()
            os.fsync(handle.fileno())
        if total is not None and done != total:
            raise _TransferError(f"transfer cut short: got {done} of {total} bytes")
        if digest.hexdigest() != expected_md5:
            raise _TransferError(
                f"checksum mismatch (MD5 {digest.hexdigest()}, expected {expected_md5})"
            )
        os.replace(temp, target)
    finally:
        transfer.stop()
        temp.unlink(missing_ok=True)


class _Pace:
    """Bytes received over the last `limits.DOWNLOAD_RATE_WINDOW_SECONDS`, to spot a drip."""

    def __init__(self, start: float) -> None:
        self.start = start
        self.samples: collections.deque[tuple[float, int]] = collections.deque()
        self.reference = (start, 0)

    def too_slow(self, now: float, done: int) -> bool:
        window = limits.DOWNLOAD_RATE_WINDOW_SECONDS
        self.samples.append((now, done))
        while self.samples and self.samples[0][0] <= now - window:
            self.reference = self.samples.popleft()
        if now - self.start < window:
            return False
        return done - self.reference[1] < limits.DOWNLOAD_MIN_BYTES_PER_SECOND * window


def download_mnist(
    folder: str | Path | None = None,
    *,
    mirrors: Sequence[str] = MIRRORS,
    checksums: Mapping[str, str] = OFFICIAL_MD5,
    sizes: Mapping[str, int] = OFFICIAL_SIZES,
    progress: Callable[[DownloadProgress], None] | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
) -> Path:
    """Make sure `folder` (default: the cache) holds the four files with the right checksums.

    Files already there with the right MD5 are kept; no mirror may send more bytes for a file
    than `sizes` says (64 MB when it does not say). Leftovers of a killed earlier download are
    swept first. Returns the folder. Raises DownloadError
    (an OSError) when a file cannot be had from any mirror, DownloadCancelled on cancel.
    """
    folder = Path(folder) if folder is not None else default_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    sweep_stale_temps(folder)
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
                _fetch(url, folder / name, checksums[name], sizes.get(name, _UNKNOWN_SIZE_CAP), report,
                       cancel, timeout)
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
