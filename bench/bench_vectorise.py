"""Lesson L4.3's race measured: the vectorised side against the naive loops, and the race against
the lesson's own bare timing loops (a benchmark, not a test).

Usage: .venv/bin/python bench/bench_vectorise.py [repetitions]   (default 1000, as in the lesson)
Prints, for core.vectorise_race.Race on the lesson's two 20x100 arrays, each contender's seconds
and how many times faster each vectorised contender ran than the naive loops (target: at least
50x; the lesson printed 1.86 s / 0.01 s, 186x). Then times the lesson's code exactly as the book
writes it (`for _ in range(1000): z = x + y; z = np.maximum(z, 0.)` and the naive pair) in the
same process, so the race's chunked, progress-reporting measurement can be compared with a bare
loop: the ratios race/bare should be close to 1. The best of three rounds is kept (shared machine).
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from desktop_app.core.vectorise_race import LESSON_SECONDS, Race, lesson_arrays, naive_add, naive_relu

TARGET = 50.0
ROUNDS = 3


def bare(repetitions: int, naive: bool) -> float:
    x, y = lesson_arrays()
    t0 = time.perf_counter()
    for _ in range(repetitions):
        if naive:
            z = naive_add(x, y)
            z = naive_relu(z)
        else:
            z = x + y
            z = np.maximum(z, 0.)
    return time.perf_counter() - t0


def main() -> int:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    best: dict[str, float] = {}
    for _ in range(ROUNDS):
        race = Race(repetitions=repetitions)
        for _progress in race:
            pass
        for result in race.results:
            assert result.same_result, f"{result.contender} computed another z"
            best[result.contender] = min(best.get(result.contender, float("inf")), result.seconds)
    bare_naive = min(bare(repetitions, True) for _ in range(ROUNDS))
    bare_vector = min(bare(repetitions, False) for _ in range(ROUNDS))
    naive = best["numpy-naive"]
    print(f"{repetitions} repetitions of relu(x + y) on two 20x100 arrays (best of {ROUNDS})")
    print(f"  lesson:  naive {LESSON_SECONDS['naive']:.2f} s, vectorised {LESSON_SECONDS['vectorised']:.2f} s "
          f"({LESSON_SECONDS['naive'] / LESSON_SECONDS['vectorised']:.0f}x)")
    ok = True
    for key, seconds in best.items():
        if key == "numpy-naive":
            print(f"  {key:12s} {seconds:9.4f} s")
            continue
        speedup = naive / seconds
        ok &= speedup >= TARGET
        print(f"  {key:12s} {seconds:9.4f} s  {speedup:7.0f}x faster than the naive loops "
              f"(target >= {TARGET:.0f}x: {'ok' if speedup >= TARGET else 'MISSED'})")
    print(f"  bare lesson loops: naive {bare_naive:.4f} s, vectorised {bare_vector:.4f} s "
          f"({bare_naive / bare_vector:.0f}x)")
    print(f"  race / bare: naive {naive / bare_naive:.2f}, vectorised {best['numpy'] / bare_vector:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
