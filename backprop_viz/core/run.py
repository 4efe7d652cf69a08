"""A training run: config + network + optimizer + data + schedule + history.

:class:`Run` is what the CLI and the GUI's worker drive. It owns the minibatch order
(seeded, reshuffled every epoch), advances one phase, one minibatch or one epoch at a
time, evaluates at each epoch end (then multiplies the learning rate by
``config.lr_decay``) and records the history (every minibatch's loss, and per epoch the
train/eval loss and accuracy, wall time and samples/s). Everything is reproducible from
``config.seed``; :meth:`Run.reset` re-initialises. :meth:`Run.rewind`/:meth:`~Run.branch`: :mod:`.timeline`.

Whole steps go through :meth:`Trainer.step`, which with capture "off" takes the lean
:meth:`Trainer.train_step` (identical numbers); :meth:`Run.step_phase` advances one phase.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .batches import batches_per_epoch, order_array
from .config import Config, check_batch_size
from .history import LossHistory
from .network import Network
from .optimizers import make_optimizer
from .timeline import DEFAULT_BUDGET, Timeline, apply_settings
from .trainer import Trainer
from .training_data import TrainingData   # (also imported from here, as before it had a module)


@dataclass(frozen=True)
class EpochRecord:
    epoch: int             # 1-based number of the completed epoch
    step: int              # global step at its end
    train_loss: float      # mean minibatch loss over the epoch
    eval_loss: float
    eval_accuracy: float
    seconds: float         # training time of this epoch (evaluation excluded)
    samples_per_s: float


@dataclass
class History:
    step_losses: LossHistory = field(default_factory=LossHistory)   # float32, in chunks (core/history.py)
    epochs: list = field(default_factory=list)


class Run:
    #: bytes of inputs gathered per fancy-indexing call when training whole steps (see _whole_steps)
    GATHER_BYTES = 1 << 16
    timeline_budget = DEFAULT_BUDGET   #: bytes the timeline's checkpoints may take (set before reset)

    def __init__(self, config: Config, data: TrainingData, capture: str = "off"):
        check_batch_size(config, len(data.x_train))
        self.data = data
        self.capture = capture
        self.reset(config)

    def reset(self, config: Config | None = None) -> None:
        """Re-initialise network, optimizer, order and history from ``config`` (default: same)."""
        if config is not None:
            check_batch_size(config, len(self.data.x_train))
            self.config = config
        c = self.config
        self.network = Network.from_config(c)
        self.optimizer = make_optimizer(c, self.network.param_triples())
        self.trainer = Trainer(self.network, self.optimizer, self.capture)
        self.history = History()
        self._order_rng = np.random.default_rng([c.seed, 2])
        self._order = None
        self._pos = 0
        self.epoch = 0              # completed epochs
        self._epoch_loss_sum = 0.0
        self._epoch_samples = 0
        self._epoch_seconds = 0.0
        self.train_seconds = 0.0
        self.timeline = Timeline(self, self.timeline_budget)

    def rewind(self, step: int) -> None:
        """Exactly the state after ``step`` updates; training on reproduces the run bit for bit."""
        self.timeline.rewind(self, step)

    def branch(self, **changes) -> None:
        """Change live settings from here; a rewound run becomes a branch (its parent kept)."""
        apply_settings(self, changes)
        if self.global_step < self.timeline.end:
            self.timeline.fork(self, changes)

    @property
    def steps_per_epoch(self) -> int:
        return batches_per_epoch(len(self.data.x_train), self.config.batch_size)

    @property
    def step_in_epoch(self) -> int:
        """Minibatches completed in the current epoch."""
        return -(-self._pos // self.config.batch_size) if self._order is not None else 0

    @property
    def next_step_ends_epoch(self) -> bool:
        """Will the next :meth:`step` (the rest of the step under way, if any) end the epoch?"""
        if self.trainer.phase not in (None, "update"):
            return self._pos >= len(self.data.x_train)
        done = self._pos if self._order is not None else 0
        return len(self.data.x_train) - done <= self.config.batch_size

    @property
    def global_step(self) -> int:
        return self.trainer.step_count

    def set_lr(self, lr: float) -> None:
        """Change the learning rate from the next update on (``lr_decay`` goes on from it)."""
        self.config = self.config.replace(lr=lr)
        self.optimizer.lr = lr

    # -- stepping --------------------------------------------------------------------------
    def _new_order(self, n_train: int) -> None:
        """The epoch's minibatch order: a permutation of the training set, kept as int32 (the
        same draw as int64; the timeline keeps one per epoch, so half the bytes count)."""
        self._order = order_array(self._order_rng.permutation(n_train))
        self._pos = 0

    def _next_batch(self) -> np.ndarray:
        if self._order is None:
            self._new_order(len(self.data.x_train))
        idx = self._order[self._pos:self._pos + self.config.batch_size]
        self._pos += len(idx)
        return idx

    def step_phase(self) -> tuple[str, EpochRecord | None]:
        """Advance one phase (forward → backward → update). Returns the phase done and,
        when an update finished an epoch, its record."""
        tr = self.trainer
        start = time.perf_counter()
        record = None
        if tr.phase in (None, "update"):
            self.timeline.before_step(self)
            idx = self._next_batch()
            d = self.data
            tr.epoch = self.epoch
            tr.forward(d.train_inputs(idx), d.t_train[idx], d.y_train[idx], idx)
        elif tr.phase == "forward":
            tr.backward()
        else:
            tr.update()
            n = tr.batch_size
            self.history.step_losses.append(tr.loss)
            self._epoch_loss_sum += tr.loss * n
            self._epoch_samples += n
        elapsed = time.perf_counter() - start
        self._epoch_seconds += elapsed
        self.train_seconds += elapsed
        if tr.phase == "update" and self._pos >= len(self.data.x_train):
            record = self._finish_epoch()
        if tr.phase == "update":
            self.timeline.after_step(self)
        return tr.phase, record

    def step(self) -> tuple[float, EpochRecord | None]:
        """Finish the current minibatch step (all of it if none is under way)."""
        if self.trainer.phase in (None, "update"):
            record = self._whole_steps(1)
            return self.trainer.loss, record
        record = None
        while True:
            phase, rec = self.step_phase()
            record = rec or record
            if phase == "update":
                return self.trainer.loss, record

    def _whole_steps(self, max_steps: int, on_step=None) -> EpochRecord | None:
        """Up to ``max_steps`` whole steps (:meth:`step_phase`'s, without its per-phase bookkeeping;
        lean with capture "off"), stopping early when the epoch ends (its record is returned).
        The next minibatches (about ``GATHER_BYTES`` of inputs) are gathered in one go."""
        tr, d = self.trainer, self.data
        x_train, t_train, y_train, losses = d.x_train, d.t_train, d.y_train, self.history.step_losses
        n_train, batch_size = len(x_train), self.config.batch_size
        row_bytes = x_train.shape[1] * (d.x_lut.itemsize if d.x_lut is not None else x_train.itemsize)
        per_gather = max(1, self.GATHER_BYTES // max(batch_size * row_bytes, 1))
        tr.epoch, timeline = self.epoch, self.timeline
        clock = time.perf_counter
        done = 0
        while done < max_steps:
            start = clock()
            if self._order is None:
                self._new_order(n_train)
            idx = self._order[self._pos:self._pos + batch_size * min(per_gather, max_steps - done)]
            xs, ts, ys = d.train_inputs(idx), t_train[idx], y_train[idx]
            for lo in range(0, len(idx), batch_size):
                hi = lo + batch_size
                batch = idx[lo:hi]
                n = len(batch)
                timeline.before_step(self)
                self._pos += n
                if tr.capture == "off":
                    loss = tr.train_step(xs[lo:hi], ts[lo:hi])
                else:
                    loss = tr.step(xs[lo:hi], ts[lo:hi], ys[lo:hi], batch)
                now = clock()
                self._epoch_seconds += now - start
                self.train_seconds += now - start
                done += 1
                losses.append(loss)
                self._epoch_loss_sum += loss * n
                self._epoch_samples += n
                record = self._finish_epoch() if self._pos >= n_train else None
                timeline.after_step(self)
                if record is not None:
                    if on_step is not None:
                        on_step(self)
                    return record
                if on_step is not None:
                    on_step(self)        # time spent here is not training time
                start = clock()
        return None

    def run_epoch(self, on_step=None) -> EpochRecord:
        """Train until the current epoch ends; ``on_step(run)`` after every update (it may
        change ``trainer.capture`` between steps)."""
        if self.trainer.phase not in (None, "update"):   # finish the step under way
            _, record = self.step()
            if on_step is not None:
                on_step(self)
            if record is not None:
                return record
        # at most one epoch's worth of steps remains: this returns at the epoch's end
        return self._whole_steps(self.steps_per_epoch, on_step)

    def fit(self, epochs: int | None = None, on_epoch=None, on_step=None) -> list[EpochRecord]:
        """Train ``epochs`` (default ``config.epochs``) whole epochs."""
        records = []
        for _ in range(self.config.epochs if epochs is None else epochs):
            rec = self.run_epoch(on_step)
            records.append(rec)
            if on_epoch is not None:
                on_epoch(rec)
        return records

    def evaluate(self) -> tuple[float, float]:
        """``(loss, accuracy)`` on the evaluation split (test or validation)."""
        d = self.data
        return self.network.evaluate(d.x_eval, d.t_eval, d.y_eval)

    def _finish_epoch(self) -> EpochRecord:
        self.epoch += 1
        self._order = None
        record = self.timeline.recorded_epoch(self.epoch)   # replaying: as evaluated the first time
        if record is None:
            eval_loss, eval_acc = self.evaluate()
            seconds = self._epoch_seconds
            record = EpochRecord(self.epoch, self.global_step, self._epoch_loss_sum / max(self._epoch_samples, 1),
                                 eval_loss, eval_acc, seconds, self._epoch_samples / seconds if seconds else 0.0)
        self.history.epochs.append(record)
        self._epoch_loss_sum, self._epoch_samples, self._epoch_seconds = 0.0, 0, 0.0
        if self.config.lr_decay != 1.0:
            # step decay: epoch e (0-based) trains with lr · lr_decay^e
            self.optimizer.lr *= self.config.lr_decay
        return record
