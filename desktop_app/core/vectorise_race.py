"""Lesson L4.3's race: the naive Python double loops against one vectorised ``np.maximum(x + y, 0.)``.

The lesson runs ``z = naive_relu(naive_add(x, y))`` and ``z = np.maximum(x + y, 0.)`` 1,000 times
each on two random 20×100 arrays and prints 1.86 s against 0.01 s. The race replays exactly that,
adds the same vectorised line in PyTorch (CPU and, where present, CUDA), and is an iterator of
`RaceProgress` with a `cancel()` so a worker thread can show live progress and stop it.

Each contender runs alone (a race of threads would measure the scheduler, not the code); one
untimed warm-up repetition goes first (CUDA starts its context then); only the repetitions are
timed, never the consumer's work between yields; GPU work is synchronised before the clock stops.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

__all__ = [
    "CONTENDERS",
    "LESSON_SECONDS",
    "Contender",
    "Race",
    "RaceProgress",
    "RaceResult",
    "available_contenders",
    "lesson_arrays",
    "naive_add",
    "naive_relu",
]

#: What the lesson printed for 1,000 repetitions (seconds).
LESSON_SECONDS = {"naive": 1.86, "vectorised": 0.01}
REPETITIONS = 1000
SHAPE = (20, 100)


# ---- the lesson's code, as the book writes it ----------------------------------------------------

def naive_relu(x):
    assert len(x.shape) == 2
    x = x.copy()
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            x[i, j] = max(x[i, j], 0)
    return x


def naive_add(x, y):
    assert len(x.shape) == 2
    assert x.shape == y.shape
    x = x.copy()
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            x[i, j] += y[i, j]
    return x


# ---- contenders -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Contender:
    """One way to compute ``relu(x + y)``: `key` names it, `side` is "naive" or "vectorised"."""

    key: str
    side: str
    library: str  # "numpy" or "torch"
    device: str  # "cpu" or "cuda"
    chunk: int  # repetitions between progress reports (about 20 ms of naive work)


CONTENDERS: dict[str, Contender] = {c.key: c for c in (
    Contender("numpy-naive", "naive", "numpy", "cpu", 10),
    Contender("numpy", "vectorised", "numpy", "cpu", 100),
    Contender("torch-cpu", "vectorised", "torch", "cpu", 100),
    Contender("torch-cuda", "vectorised", "torch", "cuda", 100),
)}


def available_contenders() -> tuple[str, ...]:
    """Every contender this machine can run (torch-cuda only with a usable GPU)."""
    from desktop_app.core.devices import cuda_unavailable_reason

    cuda = cuda_unavailable_reason() is None
    return tuple(key for key, c in CONTENDERS.items() if c.device != "cuda" or cuda)


def lesson_arrays(seed: int = 0, shape: tuple[int, int] = SHAPE) -> tuple[np.ndarray, np.ndarray]:
    """The lesson's ``x = np.random.random((20, 100))`` and ``y``, reproducibly."""
    rng = np.random.default_rng(seed)
    return rng.random(shape), rng.random(shape)


def _work(contender: Contender, x: np.ndarray, y: np.ndarray) -> tuple[Callable[[], object],
                                                                         Callable[[], None],
                                                                         Callable[[object], np.ndarray]]:
    """(one repetition, wait for the device, result as numpy) for a contender."""
    if contender.library == "numpy":
        if contender.side == "naive":
            def once():
                return naive_relu(naive_add(x, y))
        else:
            def once():
                return np.maximum(x + y, 0.)
        return once, lambda: None, np.asarray

    import torch

    from desktop_app.core.devices import resolve_device

    device = resolve_device(contender.device)
    tx, ty = torch.from_numpy(x).to(device), torch.from_numpy(y).to(device)
    zero = torch.zeros((), dtype=tx.dtype, device=device)

    def once_torch():
        return torch.maximum(tx + ty, zero)

    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    return once_torch, sync, lambda z: z.cpu().numpy()


# ---- the race -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RaceProgress:
    """After each chunk: `done` of `total` repetitions of `contender`, taking `seconds` so far."""

    contender: str
    done: int
    total: int
    seconds: float

    @property
    def finished(self) -> bool:
        return self.done == self.total


@dataclass(frozen=True)
class RaceResult:
    """A finished contender: its time for all repetitions, and whether its z equals the naive z."""

    contender: str
    repetitions: int
    seconds: float
    same_result: bool


class Race:
    """Iterate for progress; `results` fills as contenders finish; `cancel()` is thread-safe.

    ``Race(contenders=("numpy-naive", "numpy"), repetitions=1000)``; the arrays are the lesson's
    20×100 (`lesson_arrays(seed)`).
    """

    def __init__(self, contenders: tuple[str, ...] | None = None, repetitions: int = REPETITIONS,
                 seed: int = 0, shape: tuple[int, int] = SHAPE) -> None:
        keys = available_contenders() if contenders is None else tuple(contenders)
        unknown = [key for key in keys if key not in CONTENDERS]
        if unknown:
            raise ValueError(f"unknown contender `{unknown[0]}`: choose from {', '.join(CONTENDERS)}")
        if not 1 <= repetitions <= 1_000_000:
            raise ValueError(f"repetitions must be between 1 and 1,000,000, not {repetitions}")
        if len(shape) != 2 or not all(1 <= n <= 1000 for n in shape):
            raise ValueError(f"the arrays must be 2-D with sides 1 to 1000, not {shape}")
        self.contenders = keys
        self.repetitions = repetitions
        self.x, self.y = lesson_arrays(seed, shape)
        self.reference = np.maximum(self.x + self.y, 0.)
        self.results: list[RaceResult] = []
        self.cancelled = False
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the current chunk (at most about 20 ms of work)."""
        self._cancel.set()

    def __iter__(self) -> Iterator[RaceProgress]:
        for key in self.contenders:
            contender = CONTENDERS[key]
            once, sync, to_numpy = _work(contender, self.x, self.y)
            z = once()  # warm-up, untimed
            sync()
            seconds, done = 0.0, 0
            while done < self.repetitions:
                if self._cancel.is_set():
                    self.cancelled = True
                    return
                count = min(contender.chunk, self.repetitions - done)
                start = time.perf_counter()
                for _ in range(count):
                    z = once()
                sync()
                seconds += time.perf_counter() - start
                done += count
                yield RaceProgress(key, done, self.repetitions, seconds)
            same = bool(np.array_equal(to_numpy(z), self.reference))
            self.results.append(RaceResult(key, self.repetitions, seconds, same))

    def result_of(self, key: str) -> RaceResult | None:
        """The finished result of one contender, or None."""
        return next((r for r in self.results if r.contender == key), None)

    def speedup(self, fast: str = "numpy", slow: str = "numpy-naive") -> float | None:
        """How many times faster `fast` ran than `slow` (None until both finished)."""
        a, b = self.result_of(fast), self.result_of(slow)
        if a is None or b is None or a.seconds <= 0:
            return None
        return b.seconds / a.seconds
