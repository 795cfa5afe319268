"""Downloads (core.mnist.download) against hostile mirrors on 127.0.0.1: drip, silent, oversize.

The stall and drip bounds of core.limits are shortened here (the same code paths, in seconds
instead of half a minute); Cancel must act within one second whatever the mirror does, and no
temporary file may stay behind.
"""

from __future__ import annotations

import contextlib
import os
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.core import limits
from desktop_app.core.files import TEMP_SUFFIX
from desktop_app.core.mnist.data import FILES
from desktop_app.core.mnist.download import DownloadCancelled, DownloadError, download_mnist, file_md5
from tests.hostile.common import refused
from tests.hostile.harness import case
from tests.mnist_subset import subset_checksums, subset_dir

FIRST = FILES["train_images"]


class _Hostile(socketserver.BaseRequestHandler):
    """`/<mode>/<file>` over a raw socket, so a mirror can misbehave in ways http.server won't."""

    def handle(self) -> None:
        sock = self.request
        request = b""
        while b"\r\n\r\n" not in request:
            part = sock.recv(4096)
            if not part:
                return
            request += part
        _, mode, name = request.split(b" ", 2)[1].decode().split("/", 2)
        body = (subset_dir() / name).read_bytes() if (subset_dir() / name).is_file() else b""
        with contextlib.suppress(OSError):  # the client went away: that is the point of most modes
            getattr(self, f"mode_{mode}")(sock, body)

    @staticmethod
    def _head(sock, status: str = "200 OK", length: int | None = None, extra: str = "") -> None:
        head = f"HTTP/1.1 {status}\r\nConnection: close\r\n{extra}"
        if length is not None:
            head += f"Content-Length: {length}\r\n"
        sock.sendall((head + "\r\n").encode())

    def mode_good(self, sock, body: bytes) -> None:
        self._head(sock, length=len(body))
        sock.sendall(body)

    def mode_drip(self, sock, body: bytes) -> None:
        self._head(sock, length=len(body))
        for byte in body[:2000]:
            sock.sendall(bytes([byte]))
            time.sleep(0.02)

    def mode_silent(self, sock, body: bytes) -> None:
        time.sleep(20)

    def mode_headers_drip(self, sock, body: bytes) -> None:
        for char in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 1000:
            sock.sendall(bytes([char]))
            time.sleep(0.05)

    def mode_oversize_length(self, sock, body: bytes) -> None:
        self._head(sock, length=10**12)
        sock.sendall(bytes(100_000))

    def mode_endless(self, sock, body: bytes) -> None:
        self._head(sock)
        chunk = bytes(64 * 1024)
        for _ in range(10_000):
            sock.sendall(chunk)

    def mode_loop(self, sock, body: bytes) -> None:
        self._head(sock, "302 Found", 0, extra="Location: /loop/x\r\n")

    def mode_error(self, sock, body: bytes) -> None:
        self._head(sock, "500 Internal Server Error", 0)

    def mode_reset(self, sock, body: bytes) -> None:
        self._head(sock, length=len(body))
        sock.sendall(body[:1000])
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
        sock.close()

    def mode_huge_header(self, sock, body: bytes) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nX-Huge: " + b"a" * 200_000 + b"\r\n\r\n")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@contextmanager
def mirror() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    old = (limits.DOWNLOAD_STALL_SECONDS, limits.DOWNLOAD_RATE_WINDOW_SECONDS)
    limits.DOWNLOAD_STALL_SECONDS, limits.DOWNLOAD_RATE_WINDOW_SECONDS = 0.6, 1.0
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        limits.DOWNLOAD_STALL_SECONDS, limits.DOWNLOAD_RATE_WINDOW_SECONDS = old
        server.shutdown()
        server.server_close()


def _nothing_left(folder: Path) -> None:
    left = [p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX) or p.name.endswith(".part")]
    assert left == [], left


def _fails(tmp: Path, modes: list[str], pattern: str, seconds: float) -> str:
    with mirror() as url:
        start = time.perf_counter()
        message = refused(DownloadError, pattern, lambda: download_mnist(
            tmp, mirrors=[f"{url}/{m}/" for m in modes], checksums=subset_checksums(), timeout=5))
        took = time.perf_counter() - start
    assert took < seconds, f"took {took:.1f} s"
    assert FIRST in message
    _nothing_left(tmp)
    assert not (tmp / FIRST).exists()
    return message


def _falls_back(tmp: Path, mode: str, seconds: float) -> None:
    with mirror() as url:
        start = time.perf_counter()
        used = {}
        download_mnist(tmp, mirrors=[f"{url}/{mode}/", f"{url}/good/"], checksums=subset_checksums(), timeout=5,
                       progress=lambda p: used.__setitem__(p.name, p.mirror))
        took = time.perf_counter() - start
    assert took < seconds, f"took {took:.1f} s"
    assert set(used.values()) == {f"{url}/good/"}
    assert all(file_md5(tmp / name) == subset_checksums()[name] for name in FILES.values())
    _nothing_left(tmp)


def _cancel_within_a_second(tmp: Path, mode: str, after: float = 0.3) -> None:
    cancel = threading.Event()
    with mirror() as url:
        timer = threading.Timer(after, cancel.set)
        timer.start()
        start = time.perf_counter()
        refused(DownloadCancelled, "cancelled", lambda: download_mnist(
            tmp, mirrors=[f"{url}/{mode}/"], checksums=subset_checksums(), cancel=cancel, timeout=30))
        latency = time.perf_counter() - start - after
        timer.cancel()
    assert latency < 1.0, f"Cancel took {latency:.2f} s"
    _nothing_left(tmp)


@case
def case_drip_mirror_is_left(tmp: Path) -> None:
    _fails(tmp, ["drip"], "too slow", 10)


@case
def case_drip_mirror_falls_back(tmp: Path) -> None:
    _falls_back(tmp, "drip", 20)


@case
def case_silent_mirror_is_left(tmp: Path) -> None:
    _fails(tmp, ["silent"], "stalled", 10)


@case
def case_silent_mirror_falls_back(tmp: Path) -> None:
    _falls_back(tmp, "silent", 20)


@case
def case_cancel_during_silence(tmp: Path) -> None:
    _cancel_within_a_second(tmp, "silent")


@case
def case_cancel_during_drip(tmp: Path) -> None:
    _cancel_within_a_second(tmp, "drip")


@case
def case_cancel_during_dripped_headers(tmp: Path) -> None:
    _cancel_within_a_second(tmp, "headers_drip")


@case
def case_cancel_during_an_endless_body(tmp: Path) -> None:
    # Cancel from the first progress report: over loopback a timer can lose the race against the
    # size cap (9.9 MB arrive in well under 50 ms on a quiet machine), so the body is mid-stream here.
    cancel = threading.Event()
    with mirror() as url:
        refused(DownloadCancelled, "cancelled", lambda: download_mnist(
            tmp, mirrors=[f"{url}/endless/"], checksums=subset_checksums(), cancel=cancel, timeout=30,
            progress=lambda report: cancel.set()))
    _nothing_left(tmp)


@case
def case_oversize_length_is_refused_at_once(tmp: Path) -> None:
    _fails(tmp, ["oversize_length"], "offers 1,000,000,000,000 bytes", 5)


@case
def case_endless_body_stops_at_the_size_cap(tmp: Path) -> None:
    _fails(tmp, ["endless"], "sent more than the 9,912,422 bytes", 20)


@case
def case_redirect_loop(tmp: Path) -> None:
    _fails(tmp, ["loop"], "HTTP 302", 5)


@case
def case_server_error(tmp: Path) -> None:
    _fails(tmp, ["error"], "HTTP 500", 5)


@case
def case_connection_reset_falls_back(tmp: Path) -> None:
    _falls_back(tmp, "reset", 20)


@case
def case_huge_header_line(tmp: Path) -> None:
    _fails(tmp, ["huge_header"], "line|header", 5)


@case
def case_not_an_http_address(tmp: Path) -> None:
    refused(DownloadError, "not an http", lambda: download_mnist(tmp, mirrors=["ftp://127.0.0.1/x/"],
                                                                checksums=subset_checksums()))
    _nothing_left(tmp)


@case
def case_stale_temp_of_a_dead_process_is_swept(tmp: Path) -> None:
    dead = 2**22 + 12345  # above pid_max's default: no such process
    stale = tmp / f".{FIRST}.{dead}.beef{TEMP_SUFFIX}"
    stale.write_bytes(b"half a download")
    with mirror() as url:
        download_mnist(tmp, mirrors=[f"{url}/good/"], checksums=subset_checksums())
    assert not stale.exists()
    _nothing_left(tmp)
    assert sorted(os.listdir(tmp)) == sorted(FILES.values())
