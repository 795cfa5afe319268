"""`python -m desktop_app mnist`: train lesson L4's network on MNIST from the command line.

Progress goes to stderr, the result to stdout (one JSON object with --json), so scripts and
the window's tests can compare figures. torch is imported only when the command runs, so
`--help` stays instant.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop_app.cli import CliError
from desktop_app.cli.common import emit_json, progress

ENV_DATA_DIR = "GRADIENT_LAB_MNIST_DIR"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "mnist",
        help="train the lesson's MNIST network (L4)",
        description=(
            "Train lesson L4's dense network on MNIST. Without --data or --download the files "
            f"are taken from ${ENV_DATA_DIR} or from the download cache."
        ),
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--data", metavar="DIR", help="folder holding the four MNIST .gz files")
    source.add_argument("--download", action="store_true",
                        help="download the files (checked against the official MD5) into the cache")
    parser.add_argument("--model", choices=("keras", "naive"), default="keras",
                        help="keras: the lesson's Keras network; naive: its from-scratch version")
    parser.add_argument("--optimizer", metavar="NAME",
                        help="any optimizer of the app (gd, sgd, momentum, nesterov, rmsprop, adam, "
                             "adamw, adagrad, sign); default: the lesson's (keras: RMSprop with "
                             "Keras's defaults; naive: w -= lr * grad)")
    parser.add_argument("--lr", type=float, help="learning rate (default 1e-3 as in the lesson)")
    parser.add_argument("--epochs", type=int, help="epochs (default: keras 5, naive 10)")
    parser.add_argument("--batch-size", type=int, default=128, help="images per batch (default 128)")
    parser.add_argument("--hidden", type=int, default=512, help="hidden units (default 512)")
    parser.add_argument("--device", default="cpu", help="cpu, cuda, cuda:N or auto (default cpu)")
    parser.add_argument("--seed", type=int, default=0, help="seed for weights and shuffling")
    parser.add_argument("--limit-train", type=int, metavar="N",
                        help="train on the first N training images only")
    parser.add_argument("--csv", metavar="FILE", help="write the per-batch and per-epoch history")
    parser.add_argument("--load-weights", metavar="FILE",
                        help="start from weights saved by --save-weights or the window (tensors only)")
    parser.add_argument("--save-weights", metavar="FILE", help="save the trained weights (torch.save)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.set_defaults(handler=run)


def _data_folder(args: argparse.Namespace) -> Path:
    from desktop_app.core.mnist.data import missing_files
    from desktop_app.core.mnist.download import default_cache_dir, download_mnist

    if args.download:
        def report(p) -> None:
            if p.total is not None and p.bytes_done == p.total:
                progress(f"downloaded {p.name} ({p.total / 1e6:.1f} MB) from {p.mirror}")

        return download_mnist(progress=report)
    if args.data:
        return Path(args.data)
    for folder in (os.environ.get(ENV_DATA_DIR), default_cache_dir()):
        if folder and not missing_files(folder):
            return Path(folder)
    raise CliError("no MNIST files found: pass --data DIR (a folder with the four .gz files) or --download")


def _check_arguments(args: argparse.Namespace) -> None:
    """Bound every number before anything is allocated, and refuse unusable output files before
    the training starts (not after it)."""
    import math

    from desktop_app.core import limits
    from desktop_app.core.files import open_regular, write_target

    def whole(option: str, value: int | None, low: int, high: int) -> None:
        if value is not None and not low <= value <= high:
            raise CliError(f"{option} must be a whole number from {low:,} to {high:,}, not {value}")

    whole("--hidden", args.hidden, 1, limits.MAX_MNIST_HIDDEN)
    whole("--epochs", args.epochs, 1, limits.MAX_MNIST_EPOCHS)
    whole("--batch-size", args.batch_size, 1, limits.MAX_MNIST_BATCH)
    whole("--limit-train", args.limit_train, 1, limits.MAX_MNIST_IMAGES)
    whole("--seed", args.seed, 0, 2**63 - 1)
    if args.lr is not None and not (math.isfinite(args.lr) and 0 < args.lr <= 1e6):
        raise CliError(f"--lr must be a positive number up to 1e6, not {args.lr}")
    for path in (args.csv, args.save_weights):
        if path:
            write_target(path)
    if args.load_weights:
        open_regular(args.load_weights).close()


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.devices import device_label
    from desktop_app.core.mnist.data import load_mnist
    from desktop_app.core.mnist.history import write_history_csv
    from desktop_app.core.mnist.train import EpochRecord, Training, TrainSpec
    from desktop_app.core.mnist.weights import load_weights, save_weights

    _check_arguments(args)
    data = load_mnist(_data_folder(args)).limit_train(args.limit_train)
    spec = TrainSpec(
        model=args.model, optimizer=args.optimizer, lr=args.lr, epochs=args.epochs,
        batch_size=args.batch_size, hidden=args.hidden, device=args.device, seed=args.seed,
        flush_seconds=3600.0,  # nobody watches batches here: hand them over once per epoch
    )
    training = Training(spec, data)
    if args.load_weights:
        load_weights(training.model, args.load_weights)
    progress(
        f"training the {args.model} model on {len(data.train_y)} images, {training.optimizer_name} "
        f"lr {training.lr:g}, {training.epochs} epochs of batch {spec.batch_size}, "
        f"on {device_label(training.device)}"
    )
    for record in training:
        if isinstance(record, EpochRecord):
            progress(
                f"epoch {record.epoch}/{training.epochs}: loss {record.train_loss:.4f} "
                f"accuracy {record.train_accuracy:.4f}, test loss {record.test_loss:.4f} "
                f"accuracy {record.test_accuracy:.4f} ({record.seconds:.2f} s)"
            )
    if args.csv:
        write_history_csv(args.csv, training.batch_records(), training.epoch_history)
    if args.save_weights:
        save_weights(training.model, args.save_weights)
    history = training.epoch_history
    last = history[-1]
    result = {
        "model": args.model,
        "optimizer": training.optimizer_name,
        "lr": training.lr,
        "device": str(training.device),
        "epochs": len(history),
        "batch_size": spec.batch_size,
        "hidden": spec.hidden,
        "seed": spec.seed,
        "train_images": len(data.train_y),
        "test_images": len(data.test_y),
        "train_loss": last.train_loss,
        "train_accuracy": last.train_accuracy,
        "test_loss": last.test_loss,
        "test_accuracy": last.test_accuracy,
        "seconds_per_epoch": sum(e.seconds for e in history) / len(history),
        "history": [vars(e) for e in history],
    }
    if args.json:
        emit_json(result)
    else:
        print(
            f"train accuracy {last.train_accuracy:.4f}, test accuracy {last.test_accuracy:.4f} "
            f"after {len(history)} epoch{'s' if len(history) != 1 else ''} "
            f"({result['seconds_per_epoch']:.2f} s per epoch)"
        )
    return 0
