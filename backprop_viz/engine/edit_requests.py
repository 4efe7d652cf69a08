"""Editing one weight of the engine's real run, and undoing it: the gradient's prediction tested.

:class:`EditWeight` sets ``W[i, j]`` of a layer of the run the engine owns and answers what
the edit did: the change of ``E`` the gradient predicted (``dW[i, j]·Δw``) against the real one
on the last minibatch (training mode, the step's dropout masks) and on the probe (evaluation
mode), the probe's output before and after, and the evaluation samples whose answer flipped
(:func:`backprop_viz.core.analyses.weight_edit_effect` on copies). The run changes only while
the engine is paused between two steps, and by that one value written last, after everything
else has been computed on copies: the write is an :class:`~.protocol.ApplyEdit` command done by
the engine loop's own thread, which then sends a snapshot showing it (the request waits for it).
:class:`UndoEdit` writes the stored old value back the same way, so the parameters are exactly
what they were. Registered by :mod:`.analysis_requests`.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

import numpy as np

from backprop_viz.core.analyses import weight_edit_effect
from backprop_viz.engine.analysis_requests import _check_index, _masks
from backprop_viz.engine.protocol import ApplyEdit, EngineRefusal, Request
from backprop_viz.engine.requests import _network_of
from backprop_viz.engine.workbench import handles

#: most evaluation samples an edit lists as flipped
MAX_FLIPS = 20
#: the edits of each run still to undo (a run that is gone takes its edits with it)
_EDITS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


# -- editing a weight of the real run ----------------------------------------------------------
@dataclass(frozen=True)
class EditWeight(Request):
    """Set ``W[i, j]`` of ``layer`` (1-based) of the engine's run to ``value`` (only while paused)."""

    layer: int = 1
    i: int = 0
    j: int = 0
    value: float = 0.0


@dataclass(frozen=True)
class EditAnswer:
    layer: int
    i: int
    j: int
    old: float                                  # W[i, j] before, as stored
    new: float                                  # after (in the network's dtype)
    minibatch: tuple[float, float] | None       # (predicted, actual) ΔE on the last minibatch (training mode)
    probe: tuple[float, float] | None           # the same on the probe (evaluation mode); None: no label
    probe_before: np.ndarray                    # the probe's a_L before and after
    probe_after: np.ndarray
    flips: np.ndarray                           # up to MAX_FLIPS positions in the split whose answer changed
    flips_before: np.ndarray                    # their answers before and after
    flips_after: np.ndarray
    n_flips: int                                # how many changed in all
    split: str
    edits: int                                  # edits UndoEdit can take back
    run_id: int
    global_step: int


@dataclass(frozen=True)
class UndoEdit(Request):
    """Write back the old value of the last :class:`EditWeight` (only while paused)."""


@dataclass(frozen=True)
class Undone:
    layer: int
    i: int
    j: int
    value: float     # W[i, j] again, exactly as before the edit
    edits: int       # edits still to undo


def _paused_run(bench):
    """The engine's run, if it is paused between two steps (else a coded refusal)."""
    engine = bench.engine
    if engine.run is None:
        raise RuntimeError("no network yet: the engine is still starting")
    if engine._state != "paused":
        raise EngineRefusal("analysis.edit_needs_pause")
    if engine.run.trainer.phase not in (None, "update"):
        raise EngineRefusal("analysis.edit_mid_step")
    return engine.run


def _apply(bench, layer: int, i: int, j: int, value: float, expect: float, timeout: float = 10.0) -> None:
    """Have the engine loop write ``W[i, j] = value`` (where it still holds ``expect``) on its own
    thread, and wait until it has (it then sends a snapshot showing the edit)."""
    done, outcome = threading.Event(), []

    def finished(error) -> None:
        outcome.append(error)
        done.set()

    bench.engine.send(ApplyEdit(layer, i, j, value, expect, done=finished))
    if not done.wait(timeout):
        raise EngineRefusal("analysis.edit_needs_pause")
    if outcome[0] is not None:
        raise outcome[0]


@handles(EditWeight)
def _edit_weight(request: EditWeight, bench, progress, cancelled) -> EditAnswer:
    snap = _network_of(bench, request)
    run = _paused_run(bench)
    net, config = run.network, run.config
    layer, i, j = int(request.layer), int(request.i), int(request.j)
    _check_index(config.sizes, layer, i, j)
    W = net.layers[layer - 1].W
    try:
        value = float(request.value)
    except (TypeError, ValueError):
        value = float("nan")
    old, new = W[i, j].item(), np.asarray(value, dtype=W.dtype).item() if abs(value) < 1e30 else value
    if not np.isfinite(new):
        raise ValueError(f"the new weight must be a finite number below 1e30, not {request.value!r}")
    delta_w = new - old
    minibatch = None
    if snap.trace is not None and snap.trace.x is not None:
        x, t = snap.trace.x, snap.trace.targets
        minibatch = weight_edit_effect(net, x, t, layer, i, j, delta_w, masks=_masks(snap.trace, len(x)))
    edited = net.frozen()
    edited.layers[layer - 1].W[i, j] = new
    probe = snap.probe
    x_probe = np.asarray(probe.x).reshape(1, -1)
    probe_effect = None if probe.targets is None else weight_edit_effect(
        net, x_probe, probe.targets, layer, i, j, delta_w, training=False)
    probe_before, probe_after = (np.asarray(n.infer(x_probe)[0], np.float64) for n in (net, edited))
    data = run.data
    before, after = net.predict(data.x_eval), edited.predict(data.x_eval)
    flipped = np.flatnonzero(before != after)
    shown = flipped[:MAX_FLIPS]
    _apply(bench, layer, i, j, new, old)   # the one change to the run, after everything else has worked
    edits = _EDITS.setdefault(run, [])
    edits.append((layer, i, j, old, new, run.global_step))
    return EditAnswer(layer, i, j, old, new, minibatch, probe_effect, probe_before, probe_after, shown,
                      before[shown], after[shown], len(flipped), data.eval_name, len(edits), snap.run_id,
                      run.global_step)


@handles(UndoEdit)
def _undo_edit(request: UndoEdit, bench, progress, cancelled) -> Undone:
    run = _paused_run(bench)
    edits = _EDITS.get(run)
    if not edits:
        raise EngineRefusal("analysis.nothing_to_undo")
    layer, i, j, old, new, step = edits[-1]
    W = run.network.layers[layer - 1].W
    if step != run.global_step or W[i, j].item() != new:
        edits.clear()      # trained (or changed) since: the old values no longer restore anything
        raise EngineRefusal("analysis.edit_outdated")
    _apply(bench, layer, i, j, old, new)
    edits.pop()
    return Undone(layer, i, j, W[i, j].item(), len(edits))
