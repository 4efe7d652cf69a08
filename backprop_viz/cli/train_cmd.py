"""``backprop-viz train``: headless training with a progress bar, JSON lines and --save.

Loads the bundled MNIST (or ``--data PATH``), builds the configuration from a preset
plus overrides, and trains with the engine's :class:`~backprop_viz.core.run.Run`,
printing one line per epoch (train loss, evaluation loss and accuracy, samples/s).
``--json`` prints one JSON object per epoch on stdout instead. A run that diverges
stops with a clear message and exit code 3, keeping the last finite parameters.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from backprop_viz.cli.options import add_config_arguments, capped_threads, config_from_args
from backprop_viz.cli.progress import ProgressBar
from backprop_viz.core.errors import ConfigError, DivergenceError
from backprop_viz.core.run import Run, TrainingData
from backprop_viz.core.threads import blas_threads, recommended_blas_threads, system_load


def register(subparsers) -> None:
    p = subparsers.add_parser("train", help="train a network without the GUI",
                              description="Train a network on MNIST without the GUI.")
    add_config_arguments(p)
    p.add_argument("--data", metavar="PATH", help="dataset file or folder (default: the bundled MNIST)")
    p.add_argument("--json", action="store_true", help="print one JSON object per epoch on stdout")
    p.add_argument("--save", metavar="MODEL.npz", help="save the trained network here")
    p.add_argument("--save-run", metavar="RUN.npz",
                   help="save the whole run (network, optimizer state, position, history) to resume later")
    p.add_argument("--resume", metavar="RUN.npz",
                   help="continue a run saved with --save-run, for --epochs more epochs (same data)")
    p.add_argument("--threads", type=int, help="BLAS threads (default: chosen from the network size)")
    p.add_argument("--target-accuracy", type=float, metavar="PCT",
                   help="stop after the first epoch whose evaluation accuracy reaches PCT %%")
    p.set_defaults(func=run)


def load_training_data(args, config) -> TrainingData:
    from backprop_viz import data

    if getattr(args, "data", None):
        splits = data.load_path(args.data)
        if config.validation:
            train, val = data.split_validation(splits.train, config.validation, seed=config.seed)
            splits = data.Splits(train=train, test=splits.test, validation=val)
    else:
        splits = data.load_bundled_mnist(validation=config.validation, seed=config.seed)
    return TrainingData.from_splits(splits, config)


def _check_save_path(path) -> None:
    """Refuse an unusable ``--save`` destination before training, not after."""
    target = Path(path)
    if target.is_dir():
        raise ConfigError("save", f"{path} is a folder; give a file name such as {Path(path) / 'model.npz'}")
    folder = next((p for p in target.absolute().parents if p.exists()), None)
    if folder is None or not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise ConfigError("save", f"cannot write to {target.parent} (no such folder or no permission)")


def _check_fits(config, training, data_path) -> None:
    from backprop_viz.core.modelfile import check_fits

    check_fits(config, training.x_train.shape[1], training.t_train.shape[1], data_path or "the bundled MNIST")


def run(args) -> int:
    config = config_from_args(args)
    args.threads = capped_threads(args.threads)
    for path in (args.save, args.save_run):
        if path:
            _check_save_path(path)
    started = time.perf_counter()
    if args.resume:
        from backprop_viz.core.runfile import load_run, read_run_config

        saved = read_run_config(args.resume)
        epochs = args.epochs or saved.epochs
        config = saved.replace(epochs=epochs)
        training = load_training_data(args, config)
        _check_fits(config, training, args.data)
        the_run = load_run(args.resume, training)
        the_run.config = config
    else:
        training = load_training_data(args, config)
        _check_fits(config, training, args.data)
        the_run = Run(config, training, capture="off")
    first = the_run.epoch + 1
    threads = args.threads or recommended_blas_threads(config.sizes, config.batch_size, load=system_load())
    out = sys.stdout
    if not args.json:
        print(f"{args.preset}: {config.architecture} {config.activation}/{config.output} {config.loss}, "
              f"{config.optimizer} lr {config.lr:g}, batch {config.batch_size}, {config.epochs} epochs, "
              f"{len(training.x_train):,} training / {len(training.y_eval):,} {training.eval_name} samples, "
              f"{threads} BLAS thread(s)", file=out)
    bar = ProgressBar(the_run.steps_per_epoch, enabled=not args.json)
    status = 0
    # overflow is caught as a DivergenceError with a clear message: no NumPy warnings on top
    with blas_threads(threads), np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for epoch in range(first, first + config.epochs):
            bar.start(f"epoch {epoch}/{first + config.epochs - 1}")
            try:
                record = the_run.run_epoch(on_step=lambda r: bar.update(r.step_in_epoch, r.trainer.loss))
            except DivergenceError as exc:
                bar.finish()
                print(f"backprop-viz train: {exc}", file=sys.stderr)
                status = 3
                break
            bar.finish()
            line = {"epoch": record.epoch, "step": record.step, "train_loss": record.train_loss,
                    f"{training.eval_name}_loss": record.eval_loss,
                    f"{training.eval_name}_accuracy": record.eval_accuracy,
                    "epoch_seconds": record.seconds, "samples_per_s": record.samples_per_s,
                    "elapsed_seconds": time.perf_counter() - started}
            if args.json:
                print(json.dumps(line), file=out, flush=True)
            else:
                print(f"epoch {record.epoch}/{first + config.epochs - 1}  loss {record.train_loss:.4f}  "
                      f"{training.eval_name} loss {record.eval_loss:.4f}  accuracy {100 * record.eval_accuracy:.2f} %  "
                      f"{record.samples_per_s:,.0f} samples/s  {record.seconds:.1f} s", file=out, flush=True)
            if args.target_accuracy is not None and 100 * record.eval_accuracy >= args.target_accuracy:
                break
    from backprop_viz.core.modelfile import save_model
    from backprop_viz.core.runfile import save_run

    for target, write in ((args.save, lambda p: save_model(p, the_run.network, config,
                                                             {"epochs": the_run.epoch, "steps": the_run.global_step})),
                          (args.save_run, lambda p: save_run(p, the_run))):
        if not target:
            continue
        try:
            path = write(target)
        except OSError as exc:
            print(f"backprop-viz train: error: cannot save {target}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        if not args.json:
            print(f"saved {path}", file=out)
    return status
