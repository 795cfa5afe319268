"""How much the app's MNIST training loop costs over a bare PyTorch loop (target: at most 1.1x).

Both train the lesson's network (784 -> 512 relu -> 10, Keras's RMSprop rule and defaults, batch 128,
shuffled each epoch, test accuracy measured after each epoch) on the same data, in the same
process, from the same initial weights and shuffling seed, so they also reach the same accuracy.
The two runs advance epoch by epoch in turn (the order swapping each epoch), so load from other
processes hits both alike; the figures per loop are the median wall and CPU seconds per epoch.

    .venv/bin/python bench/bench_mnist.py [--data DIR] [--epochs 5] [--repeats 2] [--device cpu] [--threads N] [--naive]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import torch
from torch.nn import functional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.core.devices import device_label, resolve_device  # noqa: E402
from desktop_app.core.mnist.data import MnistData, load_mnist  # noqa: E402
from desktop_app.core.mnist.keras_rmsprop import KerasRMSprop  # noqa: E402
from desktop_app.core.mnist.models import keras_mlp  # noqa: E402
from desktop_app.core.mnist.train import EpochRecord, Training, TrainSpec, evaluate  # noqa: E402

DEFAULT_DATA = os.environ.get("GRADIENT_LAB_MNIST_DIR") or str(REPO / ".." / "shared" / "mnist-subset")
BATCH = 128
SEED = 0


def bare_loop(data: MnistData, epochs: int, device: torch.device) -> Iterator[float]:
    """A plain PyTorch loop doing the app's work; yields each epoch's test accuracy."""
    shuffle = torch.Generator().manual_seed(SEED)  # weights first, then the shuffles, as the app
    model = keras_mlp(512, shuffle).to(device)
    optimizer = KerasRMSprop(model.parameters(), lr=1e-3, rho=0.9, eps=1e-7)
    x, y = torch.from_numpy(data.train_x).to(device), torch.from_numpy(data.train_y).to(device)
    test_x, test_y = torch.from_numpy(data.test_x).to(device), torch.from_numpy(data.test_y).to(device)
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(y), generator=shuffle).to(device)
        for i in range(0, len(y), BATCH):
            index = order[i : i + BATCH]
            loss = functional.cross_entropy(model(x[index]), y[index])
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
        model.eval()
        yield evaluate(model, test_x, test_y)[1]  # the app reports test accuracy every epoch


def app_loop(data: MnistData, epochs: int, device: str, model: str = "keras") -> Iterator[EpochRecord]:
    """The app's Training generator, consumed as the CLI does; yields each epoch's record."""
    training = Training(TrainSpec(model=model, epochs=epochs, batch_size=BATCH, device=device, seed=SEED), data)
    return (record for record in training if isinstance(record, EpochRecord))


def timed(epochs: Iterator) -> tuple[tuple[float, float], object]:
    """(wall, CPU) seconds to get the next epoch's result, and the result.

    CPU time is the steadier figure on a shared machine: time spent waiting for a core that
    another process holds does not count. With --threads 1 it is the loop's own work.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    result = next(epochs)
    return (time.perf_counter() - wall, time.process_time() - cpu), result


def medians(times: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA, help="MNIST folder (default: the shared subset)")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=2, help="runs of each loop, advancing in turn")
    parser.add_argument("--device", default="cpu", help="cpu, cuda or auto")
    parser.add_argument("--threads", type=int,
                        help="torch CPU threads (default: torch's own; 1 is steadier on a busy machine)")
    parser.add_argument("--naive", action="store_true", help="also train the lesson's from-scratch model (10 epochs)")
    args = parser.parse_args()

    if args.threads:
        torch.set_num_threads(args.threads)
    device = resolve_device(args.device)
    data = load_mnist(args.data)
    print(
        f"MNIST bench: {len(data.train_y)} training / {len(data.test_y)} test images, batch {BATCH}, "
        f"{args.epochs} epochs x {args.repeats} runs each, {device_label(device)}, "
        f"torch {torch.__version__}, {torch.get_num_threads()} threads"
    )
    keras_mlp(8)(torch.zeros(1, 784))  # warm up torch's kernels before any timing
    bare_times, app_times = [], []
    for _ in range(args.repeats):
        bare_run, app_run = bare_loop(data, args.epochs, device), app_loop(data, args.epochs, str(device))
        for epoch in range(args.epochs):  # epoch by epoch, alternating which loop goes first
            if epoch % 2:
                seconds, app_record = timed(app_run)
                app_times.append(seconds)
            seconds, bare_test = timed(bare_run)
            bare_times.append(seconds)
            if not epoch % 2:
                seconds, app_record = timed(app_run)
                app_times.append(seconds)
    (bare_wall, bare_cpu), (app_wall, app_cpu) = medians(bare_times), medians(app_times)
    print(
        f"bare PyTorch loop: {bare_wall:.3f} s/epoch wall, {bare_cpu:.3f} s CPU (medians of {len(bare_times)}), "
        f"test accuracy {bare_test:.4f}"
    )
    print(
        f"app training loop: {app_wall:.3f} s/epoch wall, {app_cpu:.3f} s CPU (medians of {len(app_times)}), "
        f"train accuracy {app_record.train_accuracy:.4f}, test accuracy {app_record.test_accuracy:.4f}"
    )
    print(f"ratio app / bare: {app_wall / bare_wall:.3f}x wall, {app_cpu / bare_cpu:.3f}x CPU (target <= 1.10x)")
    if args.naive:
        runs = app_loop(data, 10, str(device), model="naive")
        naive_times, record = [], None
        for _ in range(10):
            seconds, record = timed(runs)
            naive_times.append(seconds)
        wall, cpu = medians(naive_times)
        print(
            f"naive model (from scratch, w -= 1e-3 * grad, 10 epochs): {wall:.3f} s/epoch wall, {cpu:.3f} s CPU, "
            f"train accuracy {record.train_accuracy:.4f}, test accuracy {record.test_accuracy:.4f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
