"""What the app's MNIST loop costs: against a bare PyTorch loop (target <= 1.10x) and with the
window's live pictures against without (target <= 1.05x).

Three loops train the lesson's network (784 -> 512 relu -> 10, Keras's RMSprop rule and
defaults, batch 128, a fresh shuffle each epoch, test accuracy measured after each epoch) on the
same data, in the same process, from the same initial weights and shuffling seed, so they also
reach the same accuracy:

- bare: a plain PyTorch loop doing that work and nothing else;
- app: the app's Training generator, consumed as the command line does;
- app + pictures: the same with `pictures=True`, consumed as the window does: each epoch's
  Predictions (and the untrained network's, before epoch 1) are painted into the window's own
  digit grid, confusion matrix and first-layer images (offscreen Qt), in the same thread, so
  the figure is the whole cost of the pictures, not only the core's part.

The loops advance epoch by epoch in turn (the order rotating each epoch), so load from other
processes hits them alike; the figures per loop are the median wall and CPU seconds per epoch.

    .venv/bin/python bench/bench_mnist.py [--data DIR] [--epochs 5] [--repeats 2] [--device cpu] [--threads N] [--naive]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import torch
from torch.nn import functional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.core.devices import device_label, resolve_device  # noqa: E402
from desktop_app.core.mnist.data import MnistData, load_mnist  # noqa: E402
from desktop_app.core.mnist.keras_rmsprop import KerasRMSprop  # noqa: E402
from desktop_app.core.mnist.models import keras_mlp  # noqa: E402
from desktop_app.core.mnist.results import Predictions, make_predictions  # noqa: E402
from desktop_app.core.mnist.train import EpochRecord, Training, TrainSpec, _test_pass, evaluate  # noqa: E402

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


def app_loop(data: MnistData, epochs: int, device: str, model: str = "keras",
             paint: Callable[[Predictions], None] | None = None) -> Iterator[EpochRecord | None]:
    """The app's Training generator; with `paint`, pictures on and each one painted.

    With pictures, the first item is None, once the untrained network's pictures (made before
    the first batch, once per run) are painted: `start_pictures` times that one-off apart.
    """
    spec = TrainSpec(model=model, epochs=epochs, batch_size=BATCH, device=device, seed=SEED,
                     pictures=paint is not None)
    for item in Training(spec, data):
        if isinstance(item, Predictions):
            paint(item)
            if item.step == 0:
                yield None
        elif isinstance(item, EpochRecord):
            yield item


def start_pictures(run: Iterator) -> float:
    """CPU seconds of the one-off pictures of the untrained network, before epoch 1."""
    cpu = time.process_time()
    assert next(run) is None
    return time.process_time() - cpu


def window_painter() -> Callable[[Predictions], None]:
    """Paint Predictions into the window's picture widgets, offscreen, as the window does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.mnist.pictures import ConfusionView, DigitGrid, WeightGrid

    app = QApplication.instance() or QApplication([])
    digits, confusion, weights = DigitGrid(), ConfusionView(), WeightGrid()
    for widget, size in ((digits, (860, 300)), (confusion, (400, 300)), (weights, (860, 300))):
        widget.resize(*size)

    def paint(p: Predictions) -> None:
        digits.set_predictions(p)
        confusion.set_counts(p.confusion)
        weights.set_weights(p.first_layer)
        for widget in (digits, confusion, weights):
            widget.grab()  # a full repaint, as on screen
        app.processEvents()

    return paint


def pictures_cost(data: MnistData, device: str, paint: Callable[[Predictions], None], times: int = 20) -> float:
    """CPU seconds the pictures add to one epoch, measured directly (steadier than the loop ratio
    on a busy machine): keeping the test pass's probabilities, gathering the Predictions and
    painting them, as `pictures=True` does after each epoch."""
    training = Training(TrainSpec(epochs=1, batch_size=BATCH, device=device, seed=SEED), data)
    list(training)
    model, x, y = training.model, training.test_x, training.test_y
    samples = []
    for _ in range(times):
        cpu = time.process_time()
        _test_pass(model, x, y, keep=False)
        bare = time.process_time() - cpu
        cpu = time.process_time()
        _, _, probabilities = _test_pass(model, x, y, keep=True)
        paint(make_predictions(model, data, probabilities, 1, training.batches_per_epoch))
        samples.append(time.process_time() - cpu - bare)
    return statistics.median(samples)


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
    paint = window_painter()
    print(
        f"MNIST bench: {len(data.train_y)} training / {len(data.test_y)} test images, batch {BATCH}, "
        f"{args.epochs} epochs x {args.repeats} runs each, {device_label(device)}, "
        f"torch {torch.__version__}, {torch.get_num_threads()} threads"
    )
    keras_mlp(8)(torch.zeros(1, 784))  # warm up torch's kernels before any timing
    names = ("bare", "app", "app + pictures")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    last: dict[str, object] = {}
    once: list[float] = []
    for _ in range(args.repeats):
        runs = {
            "bare": bare_loop(data, args.epochs, device),
            "app": app_loop(data, args.epochs, str(device)),
            "app + pictures": app_loop(data, args.epochs, str(device), paint=paint),
        }
        once.append(start_pictures(runs["app + pictures"]))
        for epoch in range(args.epochs):  # epoch by epoch, rotating which loop goes first
            for k in range(len(names)):
                name = names[(epoch + k) % len(names)]
                seconds, last[name] = timed(runs[name])
                times[name].append(seconds)
    figures = {name: medians(times[name]) for name in names}
    for name in names:
        wall, cpu = figures[name]
        result = last[name]
        accuracy = result if isinstance(result, float) else result.test_accuracy
        print(f"{name:>15}: {wall:.3f} s/epoch wall, {cpu:.3f} s CPU (medians of {len(times[name])}), "
              f"test accuracy {accuracy:.4f}")
    (bare_wall, bare_cpu), (app_wall, app_cpu), (pic_wall, pic_cpu) = (figures[n] for n in names)
    print(f"ratio app / bare: {app_wall / bare_wall:.3f}x wall, {app_cpu / bare_cpu:.3f}x CPU (target <= 1.10x)")
    print(f"ratio pictures / no pictures: {pic_wall / app_wall:.3f}x wall, {pic_cpu / app_cpu:.3f}x CPU "
          f"(target <= 1.05x)")
    print(f"ratio app + pictures / bare: {pic_wall / bare_wall:.3f}x wall, {pic_cpu / bare_cpu:.3f}x CPU")
    cost = pictures_cost(data, str(device), paint)
    print(f"pictures' own cost: {1000 * cost:.1f} ms CPU per epoch = {cost / app_cpu:.1%} of an epoch "
          f"(direct measure, median of 20)")
    print(f"once per run, before epoch 1: the untrained network's pictures, "
          f"{1000 * statistics.median(once):.0f} ms CPU (not in the per-epoch figures)")
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
