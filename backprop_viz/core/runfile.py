"""Run files: a whole training run saved so that resuming continues exactly where it stopped.

Beside the network (as in a model file) a run file keeps the optimizer's state (momentum
or Adam moments and step count), the step and epoch counters, the position in the
current epoch's shuffled order, both random generators' states (minibatch order and
dropout masks) and the history (every minibatch loss, the epoch records). Loading
checks all of it against the configuration and the training data, so a resumed run
takes the same next minibatch and reaches the same losses as one never interrupted.
Every field is validated before it is used — counters are whole numbers in range, the
learning rate obeys the same rule as the CLI's and the panel's, arrays are named, shaped
and typed as the configuration says (from their headers, before any is read) — so a
damaged or hostile run file is refused with one line, never resumed half-valid.
Same container as model files: one ``.npz`` with a JSON description, written atomically.
Version 2 adds the run's timeline (:mod:`.timeline`): its checkpoints, the lines it branched
from and what a rewound run had ahead of it, each validated the same way; version 1 files load.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np

from .batches import order_array
from .errors import ConfigError
from .history import LossHistory
from .memory import param_shapes
from .modelfile import ModelFileError, config_of, network_from, param_arrays, read_archive, write_archive
from .optimizers import make_optimizer
from .run import EpochRecord, Run, TrainingData
from .timeline import Timeline
from .timeline_file import load_timeline
from .timeline_file import timeline_arrays as _timeline_arrays
from .trainer import Trainer

FORMAT = "backprop-viz-run"
VERSION = 2
READS = (2, 1)


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
    arrays["history/step_losses"] = run.history.step_losses.array()   # float32, as kept
    if run._order is not None:
        arrays["order"] = np.asarray(run._order, dtype=np.int64)
    arrays.update(_timeline_arrays(run, meta))
    return write_archive(path, meta, arrays)


def _read(path):
    """``read_archive`` for any version this one reads (:data:`READS`)."""
    for version in READS:
        try:
            return read_archive(path, FORMAT, version, RunFileError)
        except RunFileError as exc:
            if "format version" not in str(exc) or version == READS[-1]:
                raise


def read_run_config(path):
    """Only the configuration of a run file (to prepare matching data before :func:`load_run`)."""
    meta, files, fail = _read(path)
    files.close()
    return config_of(meta, fail)


def run_extra(path) -> dict:
    """The ``extra`` dictionary saved with the run (e.g. the dataset's name)."""
    meta, files, _ = _read(path)
    files.close()
    extra = meta.get("extra", {})
    return extra if isinstance(extra, dict) else {}


_LIMIT = 1 << 62
#: counter -> (kind, allow the value 0): "int" whole numbers, "num" finite numbers
_COUNTERS = {"step": "int", "epoch": "int", "pos": "int", "epoch_samples": "int", "optimizer_t": "int",
             "epoch_loss_sum": "num", "epoch_seconds": "num", "train_seconds": "num"}


def _counters(meta: dict, config, n_train: int, fail) -> dict:
    counters = meta.get("counters")
    if not isinstance(counters, dict):
        fail("incomplete description (no counters)")
    for name, kind in _COUNTERS.items():
        if name not in counters:
            fail(f"incomplete description (counter {name!r} is missing)")
        value = counters[name]
        ok = isinstance(value, int) if kind == "int" else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok or not (math.isfinite(value) and 0 <= value < _LIMIT):
            wanted = "a whole number" if kind == "int" else "a number"
            fail(f"counter {name!r} must be {wanted} ≥ 0, got {str(value)[:40]!r}")
    if counters["pos"] > n_train:
        fail(f"counter 'pos' is {counters['pos']}, beyond the {n_train} training samples")
    if not isinstance(counters.get("optimizer"), str):
        fail("incomplete description (the optimizer's name is missing)")
    lr = counters.get("lr", config.lr)
    try:
        config.replace(lr=lr)   # the same rule as the CLI's and the panel's
    except ConfigError as exc:
        fail(f"invalid learning rate: {exc}")
    return counters


def _records(meta: dict, fail) -> list:
    names = [f.name for f in dataclasses.fields(EpochRecord)]
    epochs = meta.get("epochs", [])
    if not isinstance(epochs, list):
        fail("the epoch history is not a list")
    records = []
    for r in epochs:
        if not isinstance(r, dict) or sorted(r) != sorted(names) or not all(
                isinstance(r[n], (int, float)) and not isinstance(r[n], bool) for n in names):
            fail(f"epoch record {len(records) + 1} is not a record of {', '.join(names)}")
        records.append(EpochRecord(**r))
    return records


def _check_arrays(files, config, n_train: int, fail) -> None:
    """Names, shapes and dtypes of the non-parameter arrays, from their headers."""
    known = set(param_shapes(config)) | {"history/step_losses", "order"}
    known |= {k for k in files if k.startswith("optimizer/") and k[10:].isdigit()}
    known |= {k for k in files if k.split("/")[:2] in (["timeline", "checkpoint"], ["timeline", "order"],
                                                        ["timeline", "line"]) and k.split("/")[-1].isdigit()}
    known |= {"timeline/future"} & set(files)
    unexpected = sorted(set(files) - known)
    if unexpected:   # refused before anything is read (an extra member may be huge)
        fail(f"unexpected arrays: {', '.join(unexpected)[:200]}")
    if "order" in files and files.declared("order") != ((n_train,), np.dtype(np.int64)):
        fail("the saved minibatch order is not a permutation of the training set")
    if "history/step_losses" not in files or len(files.declared("history/step_losses")[0]) != 1 \
            or files.declared("history/step_losses")[1].kind != "f":
        fail("missing loss history")


def load_run(path, data: TrainingData, capture: str = "off") -> Run:
    """Resume the run saved in ``path`` on ``data`` (the same training set it was saved with)."""
    meta, files, fail = _read(path)
    try:
        return _load(meta, files, fail, data, capture)
    finally:
        files.close()


def _load(meta, files, fail, data: TrainingData, capture: str) -> Run:
    config = config_of(meta, fail)
    n_train = len(data.x_train)
    if meta.get("n_train") != n_train:
        fail(f"saved for {str(meta.get('n_train'))[:20]} training samples, but the data has {n_train}")
    counters = _counters(meta, config, n_train, fail)
    records = _records(meta, fail)
    rng = meta.get("rng")
    if not isinstance(rng, dict) or not isinstance(rng.get("order"), dict) or not isinstance(rng.get("dropout"), dict):
        fail("incomplete description (the random generators' states are missing)")
    _check_arrays(files, config, n_train, fail)
    network, config = network_from(meta, files, fail)
    run = Run(config, data, capture)
    run.network = network
    run.optimizer = make_optimizer(config, network.param_triples())
    run.optimizer.lr = float(counters.get("lr", config.lr))
    if counters["optimizer"] != run.optimizer.name:
        fail(f"optimizer state is for {counters['optimizer'][:20]!r}, the configuration says {run.optimizer.name!r}")
    buffers = run.optimizer.state_buffers()
    saved = []
    for i, ref in enumerate(buffers):
        key = f"optimizer/{i}"
        if key not in files or files.declared(key) != (ref.shape, ref.dtype):
            fail(f"optimizer state array {i} is missing or has the wrong shape/dtype")
        value = files.pop(key)
        if not np.all(np.isfinite(value)):
            fail(f"optimizer state array {i} contains NaN or infinite values")
        saved.append(value)
    if files and any(k.startswith("optimizer/") for k in files):
        fail(f"unexpected arrays: {', '.join(sorted(k for k in files if k.startswith('optimizer/')))[:200]}")
    run.optimizer.load_state({"t": counters["optimizer_t"], "buffers": saved})
    run.trainer = Trainer(network, run.optimizer, capture)
    run.trainer.step_count = counters["step"]
    run.epoch, run._pos = counters["epoch"], counters["pos"]
    run._epoch_loss_sum, run._epoch_samples = float(counters["epoch_loss_sum"]), counters["epoch_samples"]
    run._epoch_seconds, run.train_seconds = float(counters["epoch_seconds"]), float(counters["train_seconds"])
    try:
        run._order_rng.bit_generator.state = rng["order"]
        network.rng.bit_generator.state = rng["dropout"]
    except Exception as exc:  # noqa: BLE001 - NumPy reports a bad state in many ways
        fail(f"invalid random generator state ({type(exc).__name__}: {str(exc)[:80]})")
    order = files.pop("order", None)
    if order is not None:
        if not np.array_equal(np.sort(order), np.arange(n_train)):
            fail("the saved minibatch order is not a permutation of the training set")
        run._order = order_array(order)
    losses = files.pop("history/step_losses")
    run.history.step_losses = LossHistory(losses)
    run.history.epochs = records
    run.timeline = Timeline(run, run.timeline_budget)
    if "timeline" in meta:
        load_timeline(run, meta["timeline"], files, fail, _records)
    return run
