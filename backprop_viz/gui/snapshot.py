"""The immutable message the training worker sends to the GUI.

A :class:`Snapshot` holds copies only (read-only arrays, frozen dataclasses), so the
GUI thread may keep and read it while the worker trains on. It carries the latest
step's trace (full arrays on displayed steps), the probe sample's forward/backward
pass, every minibatch loss since the previous snapshot (so curves miss none), the
epoch records, and the counters the status bar shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from backprop_viz.core.config import Config
from backprop_viz.core.probe import ProbeTrace
from backprop_viz.core.run import EpochRecord
from backprop_viz.core.trace import StepTrace


@dataclass(frozen=True)
class Snapshot:
    serial: int                       # increases with every snapshot of a worker
    run_id: int                       # changes on every reset: views clear their history
    state: str                        # "paused" | "playing" | "stepping"
    config: Config
    global_step: int                  # completed updates
    epoch: int                        # completed epochs
    step_in_epoch: int
    steps_per_epoch: int
    phase: str | None                 # last completed phase of the current step
    lr: float
    samples_per_s: float
    train_seconds: float
    eta_seconds: float | None
    trace: StepTrace | None           # latest step (None before the first step)
    probe: ProbeTrace | None
    probe_index: int
    new_losses: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))  # (k, 2): step, loss
    eval_points: tuple = ()           # ((step, loss, accuracy), ...) all evaluations so far
    epochs: tuple[EpochRecord, ...] = ()
    eval_name: str = "test"
    message: str = ""                 # a one-line note for the status bar
