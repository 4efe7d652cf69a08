"""Run files: a whole training run saved so that resuming continues exactly where it stopped.

Beside the network (as in a model file) a run file keeps the optimizer's state (momentum
or Adam moments and step count), the step and epoch counters, the position in the
current epoch's shuffled order, both random generators' states (minibatch order and
dropout masks) and the history (every minibatch loss, the epoch records). Loading
checks all of it against the configuration and the training data, so a resumed run
takes the same next minibatch and reaches the same losses as one never interrupted.
Same container as model files: one ``.npz`` with a JSON description, written atomically.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from .modelfile import ModelFileError, network_from, param_arrays, read_archive, write_archive
from .optimizers import make_optimizer
from .run import EpochRecord, Run, TrainingData
from .trainer import Trainer

FORMAT = "backprop-viz-run"
VERSION = 1


class RunFileError(ModelFileError):
    """A run file that cannot be resumed; the message names the file and the problem."""


def save_run(path, run: Run, extra: dict | None = None) -> Path:
    """Save ``run`` at a step boundary (finish a phase-stepped step first)."""
    if run.trainer.phase not in (None, "update"):
        raise RunFileError(f"{path}: a step is under way (phase {run.trainer.phase}); finish it before saving")
    opt = run.optimizer
    meta = {
        "format": FORMAT, "version": VERSION, "config": run.config.to_dict(), "extra": extra or {},
        "n_train": len(run.data.x_train), "eval_name": run.data.eval_name,
        "counters": {"step": run.trainer.step_count, "epoch": run.epoch, "pos": run._pos,
                     "epoch_loss_sum": run._epoch_loss_sum, "epoch_samples": run._epoch_samples,
                     "epoch_seconds": run._epoch_seconds, "train_seconds": run.train_seconds,
                     "optimizer": opt.name, "optimizer_t": opt.t, "lr": opt.lr},
        "rng": {"order": run._order_rng.bit_generator.state, "dropout": run.network.rng.bit_generator.state},
        "epochs": [dataclasses.asdict(r) for r in run.history.epochs],
    }
    arrays = param_arrays(run.network)
    for i, buf in enumerate(opt.state_buffers()):
        arrays[f"optimizer/{i}"] = buf
    arrays["history/step_losses"] = np.asarray(run.history.step_losses, dtype=np.float64)
    if run._order is not None:
        arrays["order"] = np.asarray(run._order, dtype=np.int64)
    return write_archive(path, meta, arrays)


def read_run_config(path):
    """Only the configuration of a run file (to prepare matching data before :func:`load_run`)."""
    from .config import Config
    from .errors import ConfigError

    meta, _, fail = read_archive(path, FORMAT, VERSION, RunFileError)
    try:
        return Config.from_dict(meta["config"])
    except (ConfigError, KeyError, TypeError, AttributeError) as exc:
        fail(f"invalid configuration: {exc}")


def run_extra(path) -> dict:
    """The ``extra`` dictionary saved with the run (e.g. the dataset's name)."""
    meta, _, _ = read_archive(path, FORMAT, VERSION, RunFileError)
    extra = meta.get("extra", {})
    return extra if isinstance(extra, dict) else {}


def load_run(path, data: TrainingData, capture: str = "off") -> Run:
    """Resume the run saved in ``path`` on ``data`` (the same training set it was saved with)."""
    meta, files, fail = read_archive(path, FORMAT, VERSION, RunFileError)
    network, config = network_from(meta, files, fail)
    n_train = len(data.x_train)
    if meta.get("n_train") != n_train:
        fail(f"saved for {meta.get('n_train')} training samples, but the data has {n_train}")
    try:
        counters, rng = meta["counters"], meta["rng"]
        records = [EpochRecord(**r) for r in meta.get("epochs", [])]
    except (KeyError, TypeError) as exc:
        fail(f"incomplete description ({exc})")
    run = Run(config, data, capture)
    run.network = network
    run.optimizer = make_optimizer(config, network.param_triples())
    run.optimizer.lr = float(counters.get("lr", config.lr))
    if counters.get("optimizer") != run.optimizer.name:
        fail(f"optimizer state is for {counters.get('optimizer')!r}, the configuration says {run.optimizer.name!r}")
    buffers = run.optimizer.state_buffers()
    saved = []
    for i, ref in enumerate(buffers):
        value = files.pop(f"optimizer/{i}", None)
        if value is None or value.shape != ref.shape or value.dtype != ref.dtype:
            fail(f"optimizer state array {i} is missing or has the wrong shape/dtype")
        if not np.all(np.isfinite(value)):
            fail(f"optimizer state array {i} contains NaN or infinite values")
        saved.append(value)
    run.optimizer.load_state({"t": int(counters["optimizer_t"]), "buffers": saved})
    run.trainer = Trainer(network, run.optimizer, capture)
    run.trainer.step_count = int(counters["step"])
    run.epoch, run._pos = int(counters["epoch"]), int(counters["pos"])
    run._epoch_loss_sum, run._epoch_samples = float(counters["epoch_loss_sum"]), int(counters["epoch_samples"])
    run._epoch_seconds, run.train_seconds = float(counters["epoch_seconds"]), float(counters["train_seconds"])
    try:
        run._order_rng.bit_generator.state = rng["order"]
        network.rng.bit_generator.state = rng["dropout"]
    except (TypeError, ValueError, KeyError) as exc:
        fail(f"invalid random generator state ({exc})")
    order = files.pop("order", None)
    if order is not None:
        if order.shape != (n_train,) or not np.array_equal(np.sort(order), np.arange(n_train)):
            fail("the saved minibatch order is not a permutation of the training set")
        run._order = order
    losses = files.pop("history/step_losses", None)
    if losses is None or losses.ndim != 1:
        fail("missing loss history")
    run.history.step_losses = [float(v) for v in losses]
    run.history.epochs = records
    if files:
        fail(f"unexpected arrays: {', '.join(sorted(files))}")
    return run
