"""The immutable message the training engine sends to the GUI.

A :class:`Snapshot` holds copies only (read-only arrays, frozen dataclasses), so the
GUI may keep and read it while the engine trains on; it pickles compactly (each array
once), as in the app it crosses from the engine process to the GUI process. It carries the
latest step's trace (full arrays on displayed steps), the probe sample's forward/backward
pass, every minibatch loss since the previous snapshot (so curves miss none), the
epoch records, and the counters the status bar shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from backprop_viz.core.config import Config
from backprop_viz.core.network import Network
from backprop_viz.core.probe import probe
from backprop_viz.core.run import EpochRecord
from backprop_viz.core.trace import StepTrace, frozen_copy


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
    probe: StepTrace | None           # the probe sample's own passes (N = 1; its `source` says which)
    probe_index: int
    new_losses: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))  # (k, 2): step, loss
    eval_points: tuple = ()           # ((step, loss, accuracy), ...) all evaluations so far
    subset_points: tuple = ()         # the same, every K steps on a fixed evaluation subset
    epochs: tuple[EpochRecord, ...] = ()
    eval_name: str = "test"
    note: Any = None                  # a one-line note for the status bar: a Message (code, arguments)
    message: str = ""                 # ... and its words in the user's language, set by the GUI
    weights: tuple[np.ndarray, ...] | None = None  # current W of every layer (read-only)
    network: Network | None = None    # a frozen copy for inference in the GUI thread (never trained)
    probe_source: str = ""            # where the probe came from, e.g. "test sample #3", "your drawing"
    focus: str = "minibatch"          # what the per-sample views show: "minibatch" | "sample" (the probe)
    dataset: str = "mnist"            # the catalogue name of the data the run trains on
    loaded_from: str = ""             # the file the network was loaded from ("": initialised from the seed)
    stats_gap: bool = False           # training ran uncaptured for a while before this trace (GUI busy):
    #                                   charts over time break their line here


def build_snapshot(run, *, serial: int = 1, run_id: int = 1, state: str = "paused", trace: StepTrace | None = None,
                   probe_index: int = 0, first_new_loss: int = 0, eval_points=(), subset_points=(), samples_per_s: float = 0.0,
                   eta_seconds: float | None = None, message=None, probe_gradients: bool = False,
                   probe_input: tuple | None = None, dataset: str = "mnist", loaded_from: str = "",
                   stats_gap: bool = False) -> Snapshot:
    """A snapshot of ``run`` (a :class:`~backprop_viz.core.run.Run`) as it is now.

    ``trace`` defaults to the trainer's current trace; the probe is sample ``probe_index``
    of the evaluation split, with its single-sample backward pass, unless ``probe_input`` (a
    :class:`Sample`, or a tuple ``(x, t, label, source)``) gives another sample; the focus is
    ``"sample"`` while that sample is followed (``Sample.follow``); ``new_losses`` are the
    minibatch losses from index ``first_new_loss`` on.
    """
    losses = run.history.step_losses
    new = np.column_stack([np.arange(first_new_loss, len(losses), dtype=np.float64) + 1,
                           np.asarray(losses[first_new_loss:], dtype=np.float64)]).reshape(-1, 2)
    new.setflags(write=False)
    trace = trace if trace is not None else run.trainer.trace
    d = run.data
    i = probe_index
    weights = current_weights(run, trace)
    # the frozen copy's W are the read-only copies the trace and `weights` already hold:
    # the snapshot carries each matrix once
    frozen = run.network.frozen(share_weights=True, gradients=False)
    for layer, W in zip(frozen.layers, weights):
        layer.W, layer.b = W, layer.b.copy()
    if probe_input is not None:
        x, t, label, source = probe_input[:4]
    else:
        x, t, label, source = d.x_eval[i], d.t_eval[i], int(d.y_eval[i]), f"{d.eval_name} sample #{i}"
    probe_trace = probe(frozen, x, t, label, source=source, step=run.global_step, epoch=run.epoch,
                        lr=run.optimizer.lr, frozen=True)
    focus = "sample" if getattr(probe_input, "follow", False) else "minibatch"
    return Snapshot(
        serial=serial, run_id=run_id, state=state, config=run.config, global_step=run.global_step,
        epoch=run.epoch, step_in_epoch=run.step_in_epoch, steps_per_epoch=run.steps_per_epoch,
        phase=run.trainer.phase, lr=run.optimizer.lr, samples_per_s=samples_per_s,
        train_seconds=run.train_seconds, eta_seconds=eta_seconds,
        trace=trace, probe=probe_trace, probe_index=i,
        new_losses=new, eval_points=tuple(eval_points), subset_points=tuple(subset_points), epochs=tuple(run.history.epochs),
        eval_name=d.eval_name, note=message, weights=weights,
        network=frozen, probe_source=source, focus=focus, dataset=dataset, loaded_from=loaded_from,
        stats_gap=stats_gap)


class Sample(NamedTuple):
    """A probe sample the user chose: input ``x``, target ``t`` and ``label`` (both ``None``: forward
    pass only), where it came from, and ``follow``: whether the per-sample views show its passes
    (the snapshot's focus ``"sample"``) instead of the minibatch's."""

    x: np.ndarray
    t: np.ndarray | None
    label: int | None
    source: str
    follow: bool = True


def current_weights(run, trace: StepTrace | None) -> tuple[np.ndarray, ...]:
    """Read-only copies of every layer's current ``W``, shared with ``trace`` when it holds them
    (no extra copy on displayed steps): ``W_after`` of an updated step that is the latest one,
    ``W_before`` of a step still in its forward/backward phase."""
    layers = trace.layers if trace is not None else ()
    if layers and trace.phase == "update" and trace.step == run.global_step and layers[0].W_after is not None:
        return tuple(layer.W_after for layer in layers)
    if layers and trace.phase != "update" and trace.step == run.global_step + 1 and layers[0].W_before is not None:
        return tuple(layer.W_before for layer in layers)
    return tuple(frozen_copy(layer.W) for layer in run.network.layers)
