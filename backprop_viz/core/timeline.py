"""The run's timeline: checkpoints as it trains, rewind to any step, branches from any step.

A :class:`Timeline` belongs to one :class:`~backprop_viz.core.run.Run`. On new ground it copies
everything a resumed run needs — parameters, batch-norm running statistics, optimizer state, into
one flat buffer (reused from thinned checkpoints) — plus the counters, the epoch's minibatch order
(shared by reference within an epoch) and both random generators' states (:class:`Checkpoint`):
at least ``every`` steps apart, and only once the training since the last one took ``COST_RATIO``
times as long as copying it (≤ 2 % overhead), but never more than ``RECENT`` steps apart, so any
of the latest 50 steps is at most 50 steps of replay away — unless those steps trained in under
``UNNOTICED`` seconds (one-sample steps: replaying them is as quick, and checkpoints every 50 of
them would cost the lecture's run an eighth of its speed). Their bytes stay within ``budget``
bytes: when it is full, older checkpoints (before the newest ``RECENT`` steps) are thinned, the
one with the closest neighbours first, so they stay evenly spread over the run (see :mod:`.checkpoints`).
:meth:`Timeline.rewind` restores the nearest checkpoint at or before a step and replays the
same minibatches (epoch ends reuse their recorded evaluation), so training on reproduces the
original run bit for bit. A change made outside the run's own stepping (a live setting, a
one-sample step) pins a checkpoint where it happened; a setting changed while rewound makes a
**branch**: the parent's curve is kept as a :class:`Line` (branch point marked) and the
checkpoints after the branch point are dropped. NumPy only.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .checkpoints import RECENT, CheckpointMemory
from .history import LossHistory
from .optimizers import make_optimizer
from .spill import SpillFile

#: default budget of a run's checkpoints (bytes, in memory and the timeline's file together)
DEFAULT_BUDGET = 200 * 2 ** 20
#: default spacing of new checkpoints, in steps (at least)
EVERY = 10
#: training time between checkpoints, in units of one checkpoint's copying time (≤ 2 % overhead)
COST_RATIO = 50
#: training time below which RECENT steps go without a checkpoint (their replay goes unnoticed)
UNNOTICED = 0.02
#: settings a branch may change
BRANCH_SETTINGS = ("lr", "optimizer", "momentum", "weight_decay", "batch_size", "dropout")


@dataclass
class Checkpoint:
    step: int
    buffer: object                     # parameters | batch-norm statistics | optimizer state (array or .spill)
    config: object                     # the Config in force from here on
    optimizer_t: int
    lr: float
    counters: tuple                    # epoch, pos, epoch_loss_sum, epoch_samples, epoch_seconds, train_seconds
    order: np.ndarray | None           # the epoch's minibatch order (shared, never written)
    order_rng: dict
    dropout_rng: dict
    n_epochs: int                      # epoch records so far
    pinned: bool = False               # a change happened here: never thinned


@dataclass
class Line:
    """One finished line of the timeline (a parent a branch left): for comparison."""

    id: int
    parent: int | None                 # the line it branched from (None: the original run)
    branch_step: int                   # where it left its parent (0 for the original)
    changes: dict                      # settings changed at the branch point
    losses: np.ndarray                 # every minibatch loss from step 1 on (float32)
    epochs: list = field(default_factory=list)   # EpochRecords


def state_arrays(run) -> list[np.ndarray]:
    """The arrays a checkpoint copies, in order: the flat parameters, batch-norm running
    statistics, the optimizer's state buffers."""
    net = run.network
    arrays = [net.layers[0].W.base if net.layers[0].W.base is not None else net.layers[0].W]
    if arrays[0].ndim != 1:   # (parameters not packed: one array each)
        arrays = [p for _, p, _ in net.param_triples()]
    for layer in net.layers:
        if layer.bn is not None:
            arrays += [layer.bn.running_mean, layer.bn.running_var]
    return arrays + run.optimizer.state_buffers()


def apply_settings(run, changes: dict) -> None:
    """Apply live settings (:data:`BRANCH_SETTINGS`) to ``run`` from its next step on."""
    from .config import check_batch_size

    unknown = set(changes) - set(BRANCH_SETTINGS)
    if unknown:
        raise ValueError(f"not a live setting: {', '.join(sorted(unknown))}")
    new = run.config.replace(**changes)
    check_batch_size(new, len(run.data.x_train))
    _adopt_config(run, new, new.lr if "lr" in changes else run.optimizer.lr)


def _adopt_config(run, config, lr: float) -> None:
    if config.optimizer != run.optimizer.name:
        run.optimizer = make_optimizer(config, run.network.param_triples())
        run.trainer.optimizer = run.optimizer
    opt = run.optimizer
    opt.lr, opt.weight_decay = float(lr), config.weight_decay
    for name in ("momentum", "beta1", "beta2", "eps"):
        if hasattr(opt, name):
            setattr(opt, name, getattr(config, name))
    for layer in run.network.layers[:-1]:
        layer.p_drop = config.dropout
    run.config = config


class Timeline(CheckpointMemory):
    """Checkpoints of one run and the lines it branched from (see the module docstring)."""

    def __init__(self, run, budget: int = DEFAULT_BUDGET, every: int = EVERY, spill: bool = True):
        self.budget, self.every = int(budget), max(int(every), 1)
        self.spill = SpillFile(use_file=spill)           # where checkpoint buffers go (.spill)
        self.checkpoints: list[Checkpoint] = []
        self.lines: list[Line] = []            # lines branched from (parents), oldest first
        self.line, self.parent, self.branch_step, self.changes = 0, None, 0, {}
        self.end = 0                           # the furthest step known on the current line
        self._future = None                    # (losses, epochs) of the line beyond a rewound run
        self._spare: list = []                 # buffers of removed checkpoints, for reuse
        self._cost, self._trained = 0.0, 0.0   # seconds the last capture took; training time then
        self._counted = (None, 0, {})          # (the list counted, its bytes, orders: id -> [bytes, users])
        self._seen = (run.config, run.optimizer, run.trainer.step_count)
        self._evener = None                    # evens the checkpoints out in idle time (.respace)
        self.capture(run, pinned=True)

    # -- taking checkpoints ----------------------------------------------------------------
    def before_step(self, run) -> None:
        """Called before each of the run's own steps: notices changes made outside them."""
        config, opt, step = self._seen
        if run.trainer.step_count != step or run.optimizer is not opt or run.config is not config:
            self._changed(run)

    def after_step(self, run) -> None:
        """Called after each of the run's own updates: a checkpoint every ``every`` new steps."""
        step = run.trainer.step_count
        self._seen = (run.config, run.optimizer, step)
        if step > self.end:                    # new ground
            gap, trained = step - self.checkpoints[-1].step, run.train_seconds - self._trained
            if gap >= self.every and (trained >= COST_RATIO * self._cost                      # worth copying
                                      or gap >= RECENT and not 0 <= trained < UNNOTICED):  # overdue
                self.capture(run)
            else:
                self.end = step
        if self._future is not None and step >= len(self._future[0]):
            self._future = None                # caught up with the line: nothing ahead any more

    def _changed(self, run) -> None:
        config, _, step = self._seen
        here = run.trainer.step_count
        same = run.config.replace(epochs=1) == config.replace(epochs=1) and here == step
        if not same and step < self.end:
            self.fork(run, {k: getattr(run.config, k) for k in BRANCH_SETTINGS
                            if getattr(run.config, k) != getattr(config, k)})
        elif not same:
            self.capture(run, pinned=True)
        self._seen = (run.config, run.optimizer, here)

    def mark(self, run, changes: dict | None = None) -> None:
        """The run was changed here outside its own steps (weights loaded or edited): a branch
        when rewound, else a pinned checkpoint of the run as it is now."""
        if run.trainer.step_count < self.end:
            self.fork(run, changes)
        else:
            self.capture(run, pinned=True)

    def fork(self, run, changes: dict | None = None) -> None:
        """The run (at a step before the line's end, settings changed) becomes a branch."""
        here = run.trainer.step_count
        losses, epochs = self._future or (run.history.step_losses, run.history.epochs)
        self.lines = self.lines + [Line(self.line, self.parent, self.branch_step, dict(self.changes),
                                        np.asarray(losses, np.float32).copy(), list(epochs))]
        self.parent, self.branch_step = self.line, here
        self.line = max(line.id for line in self.lines) + 1
        self.changes = dict(changes or {})
        self._future = None
        self._drop([c for c in self.checkpoints if c.step > here])
        self.end = here
        self.capture(run, pinned=True)

    def capture(self, run, pinned: bool = False) -> Checkpoint:
        """A checkpoint of ``run`` as it is now (between steps)."""
        started = time.perf_counter()
        ck = self.take(run, pinned)
        tr = run.trainer
        cks = self.checkpoints
        if not cks or cks[-1].step < ck.step:           # new ground: the usual case, no search
            self._set_checkpoints(cks + [ck], added=[ck])
        else:
            old = [c for c in cks if c.step == ck.step]
            self._drop(old)
            ck.pinned = pinned or any(c.pinned for c in old)
            self._set_checkpoints(sorted(self.checkpoints + [ck], key=lambda c: c.step), added=[ck])
        self.end = max(self.end, ck.step)
        self._seen = (run.config, run.optimizer, tr.step_count)
        self._thin()
        self._cool()
        self._cost, self._trained = time.perf_counter() - started, run.train_seconds
        return ck

    def take(self, run, pinned: bool = False) -> Checkpoint:
        """A :class:`Checkpoint` of ``run`` as it is now, in memory (in a spare buffer if one
        fits; not listed)."""
        arrays = state_arrays(run)
        size = sum(a.size for a in arrays)
        dtype = run.network.dtype
        k = next((k for k, b in enumerate(self._spare) if b.size == size and b.dtype == dtype), None)
        buffer = np.empty(size, dtype) if k is None else self._spare.pop(k)
        np.concatenate([a.reshape(-1) for a in arrays], out=buffer)
        tr, opt = run.trainer, run.optimizer
        return Checkpoint(tr.step_count, buffer, run.config, opt.t, opt.lr,
                          (run.epoch, run._pos, run._epoch_loss_sum, run._epoch_samples, run._epoch_seconds,
                           run.train_seconds),
                          run._order, run._order_rng.bit_generator.state, run.network.rng.bit_generator.state,
                          len(run.history.epochs), pinned)

    def even_out(self, run, seconds: float) -> bool:
        """Move thinned checkpoints to even spacing for about ``seconds`` of idle time (the
        live ``run`` is only read; see :mod:`.respace`). True while work remains."""
        if self._evener is None:
            from .respace import Evener
            self._evener = Evener(self)
        return self._evener.work(run, seconds)

    @property
    def evened(self) -> bool:
        """Whether :meth:`even_out` has nothing (more) to do with the checkpoints as they are."""
        return self._evener is not None and self._evener.settled

    def stop_evening(self) -> None:
        """Training goes on: :meth:`even_out` lets go of its shadow run until the next pause."""
        if self._evener is not None:
            self._evener.rest()

    # -- going back ------------------------------------------------------------------------
    def nearest(self, step: int) -> Checkpoint:
        return max((c for c in self.checkpoints if c.step <= step), key=lambda c: c.step)

    def recorded_epoch(self, epoch: int):
        """The record of ``epoch`` on this line when the run replays ground it covered."""
        epochs = self._future[1] if self._future is not None else ()
        return epochs[epoch - 1] if 0 < epoch <= len(epochs) else None

    def rewind(self, run, step: int) -> None:
        """Put ``run`` into exactly its state after ``step`` updates on this line."""
        if run.trainer.phase not in (None, "update"):
            raise ValueError("a step is under way; finish it before rewinding")
        if run.trainer.step_count != self._seen[2]:
            self.capture(run, pinned=True)      # one-sample steps are part of the line
        step, start = int(step), self.checkpoints[0].step
        if not start <= step <= self.end:
            raise ValueError(f"step {step} is not on the timeline ({start} to {self.end})")
        if self._future is None or len(run.history.step_losses) > len(self._future[0]):
            self._future = (run.history.step_losses, list(run.history.epochs))
        ck, here = self.nearest(step), run.trainer.step_count
        untouched = (run.config, run.optimizer, here) == self._seen and run.config is self._seen[0]
        if not (untouched and ck.step <= here <= step):   # (else on from here: nearer, same steps)
            self.restore(run, ck)
        capture, run.trainer.capture = run.trainer.capture, "off"
        try:
            while run.trainer.step_count < step:
                run._whole_steps(step - run.trainer.step_count)
        finally:
            run.trainer.capture = capture

    def restore(self, run, ck: Checkpoint) -> None:
        """``run`` exactly as it was at checkpoint ``ck``."""
        restore_state(run, ck)
        losses, epochs = self._future
        run.history.step_losses = LossHistory(np.asarray(losses, np.float32)[:ck.step])
        run.history.epochs = list(epochs[:ck.n_epochs])
        self._seen = (run.config, run.optimizer, ck.step)
        self._trained = run.train_seconds       # (the clock went back with the run)


def restore_state(run, ck: Checkpoint) -> None:
    """``run``'s parameters, optimizer, counters, order and random generators as at ``ck``
    (its history is the caller's business)."""
    flat = np.asarray(ck.buffer)   # (from the timeline's file: all read before anything changes)
    _adopt_config(run, ck.config, ck.lr)
    run.optimizer.t = ck.optimizer_t
    lo = 0
    for a in state_arrays(run):
        a.reshape(-1)[...] = flat[lo:lo + a.size]
        lo += a.size
    tr = run.trainer
    tr.step_count, tr.phase = ck.step, None
    (run.epoch, run._pos, run._epoch_loss_sum, run._epoch_samples, run._epoch_seconds,
     run.train_seconds) = ck.counters
    run._order = ck.order
    run._order_rng.bit_generator.state = ck.order_rng
    run.network.rng.bit_generator.state = ck.dropout_rng
