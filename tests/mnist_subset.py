"""The shared MNIST subset for tests: where it is, loaded once, and served by a local mirror.

The files are never copied into the repository; download tests fetch them from an HTTP server
on 127.0.0.1, never from the internet.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ENV = "GRADIENT_LAB_MNIST_DIR"
DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "mnist-subset"


def subset_dir() -> Path:
    """The subset folder ($GRADIENT_LAB_MNIST_DIR or ../shared/mnist-subset); skip the test if absent."""
    folder = Path(os.environ.get(ENV) or DEFAULT).resolve()
    if not (folder / "t10k-labels-idx1-ubyte.gz").is_file():
        pytest.skip(f"MNIST subset not found at {folder} (set {ENV} to a folder with the four MNIST files)")
    return folder


@lru_cache(maxsize=1)
def _load(folder: Path):
    from desktop_app.core.mnist.data import load_mnist

    return load_mnist(folder)


def subset_data():
    """The subset loaded once per test session (loading takes about half a second)."""
    return _load(subset_dir())


def subset_checksums() -> dict[str, str]:
    """MD5 per file of the subset (the t10k files equal the official ones, the train files do not)."""
    from desktop_app.core.mnist.data import FILES
    from desktop_app.core.mnist.download import file_md5

    return {name: file_md5(subset_dir() / name) for name in FILES.values()}


class _Mirror(BaseHTTPRequestHandler):
    """`/<mode>/<file>`: good, corrupt (one byte flipped), truncated (half, then hang up),
    missing (404) or slow (64 KiB every 50 ms)."""

    folder: Path
    hits: Counter

    def do_GET(self) -> None:
        _, mode, name = self.path.split("/", 2)
        self.hits[mode] += 1
        path = self.folder / name
        if mode == "missing" or not path.is_file():
            self.send_error(404)
            return
        body = bytearray(path.read_bytes())
        if mode == "corrupt":
            body[len(body) // 2] ^= 0xFF
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if mode == "truncated":
            self.wfile.write(body[: len(body) // 2])
            return
        step = 64 * 1024 if mode == "slow" else len(body)
        for start in range(0, len(body), step):
            if mode == "slow":
                time.sleep(0.05)
            try:
                self.wfile.write(body[start : start + step])
            except (BrokenPipeError, ConnectionResetError):  # the client cancelled
                return

    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve_subset() -> Iterator[tuple[str, Counter]]:
    """A mirror of the subset on 127.0.0.1 (ephemeral port): yields its URL and hits per mode."""
    handler = type("SubsetMirror", (_Mirror,), {"folder": subset_dir(), "hits": Counter()})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler.hits
    finally:
        httpd.shutdown()
        httpd.server_close()
