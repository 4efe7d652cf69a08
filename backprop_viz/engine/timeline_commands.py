"""The engine loop's timeline commands: rewind to any step, branch from it, describe the timeline.

:class:`~.protocol.Rewind` pauses, puts the run into its exact state after the step (the
run's :class:`~backprop_viz.core.timeline.Timeline` restores the nearest checkpoint and
replays the same minibatches; the step itself is replayed captured, so its full trace is
recomputed, not a stored summary) and emits a snapshot under a new run id, so every view
redraws that step and the curves rebuild from the run's history up to it.
:class:`~.protocol.Branch` changes live settings at the current step; a rewound run becomes
a branch whose parent the timeline keeps. The :class:`TimelineInfo` request answers what the
GUI's timeline bar and the comparison need: the steps one can go to, the current line and
every parent line's losses and evaluations. While paused, ``_tidy`` spends idle slices evening
the timeline's thinned checkpoints out (:mod:`backprop_viz.core.respace`). A mixin of
:class:`~.loop.EngineLoop`.
"""

from __future__ import annotations

import logging
import traceback
import weakref
from dataclasses import dataclass

import numpy as np

from backprop_viz.core.messages import Message
from backprop_viz.core.timeline import BRANCH_SETTINGS
from backprop_viz.engine import protocol as p
from backprop_viz.engine.protocol import EngineRefusal, Request
from backprop_viz.engine.workbench import handles

log = logging.getLogger(__name__)

#: seconds of timeline work (evening out checkpoints) between looks at the command queue while paused
IDLE_SLICE = 0.008


class TimelineCommands:
    """Timeline handlers of :class:`~.loop.EngineLoop` (which provides ``run``, ``_emit``, …)."""

    def _tidy(self) -> bool:
        """One slice (``IDLE_SLICE``) of evening out the timeline's checkpoints while paused
        (:mod:`backprop_viz.core.respace`); True while more remains. A failure here is logged
        and ends the evening out for this run: it is never the user's business."""
        run = self.run
        if self._tidying is not None and (run is None or self._tidying is not run.timeline):
            self._stop_tidying()           # (a run replaced mid-pass: its evening out lets go too)
        if run is None or self._untidy() is run:
            return False
        try:
            more = run.timeline.even_out(run, IDLE_SLICE)
        except Exception:  # noqa: BLE001 - background tidying must never stop the engine
            log.error("evening out the timeline failed:\n%s", traceback.format_exc())
            self._untidy, more = weakref.ref(run), False
        self._tidying = run.timeline if more else None
        return more

    def _stop_tidying(self) -> None:
        """Training goes on (or the run was replaced): the evening out under way lets go of its shadow."""
        self._tidying.stop_evening()
        self._tidying = None

    def _rewind(self, command: p.Rewind) -> None:
        run = self.run
        self._set_state("paused")
        if run.trainer.phase not in (None, "update"):
            raise EngineRefusal("timeline.mid_step")
        timeline, step = run.timeline, int(command.step)
        start = timeline.checkpoints[0].step
        if not start <= step <= timeline.end:
            raise EngineRefusal("timeline.out_of_range", step, start, timeline.end)
        if step > start:   # the step before, then the step itself captured: its full trace
            run.rewind(step - 1)
            run.trainer.capture = "full"
            try:
                run.step()
            finally:
                run.trainer.capture = "off"
            self._last_trace = run.trainer.trace
        else:
            run.rewind(step)
            self._last_trace = None
        points = {pt[0]: pt for pt in self._eval_points if pt[0] <= step}
        points.update({r.step: (r.step, r.eval_loss, r.eval_accuracy) for r in run.history.epochs})
        self._eval_points = sorted(points.values())
        self._subset_points = [pt for pt in self._subset_points if pt[0] <= step]
        # a new run id: views clear their history and rebuild it from the run's, up to this step
        self._last_run_id += 1
        self._run_id, self._sent_losses = self._last_run_id, 0
        self._target_epoch = run.epoch
        self._emit(message=Message("timeline.rewound", (step, timeline.end)))

    def _branch(self, command: p.Branch) -> None:
        changes = dict(command.changes)
        unknown = sorted(set(changes) - set(BRANCH_SETTINGS))
        if unknown:
            raise EngineRefusal("timeline.not_live", tuple(unknown))
        run = self.run
        self._stop_in_full()
        if run.trainer.phase not in (None, "update"):
            raise EngineRefusal("timeline.mid_step")
        run.branch(**changes)
        words = tuple(f"{k} = {v}" for k, v in sorted(changes.items()))
        self._emit(message=Message("timeline.branched", (run.global_step, words)))


# -- what the timeline bar and the comparison ask ---------------------------------------------------
@dataclass(frozen=True)
class TimelineInfo(Request):
    """The running run's timeline: answered with a :class:`TimelineAnswer`."""


@dataclass(frozen=True)
class LineInfo:
    id: int
    parent: int | None
    branch_step: int
    changes: dict
    losses: np.ndarray        # (n,) float32, step k's loss at index k - 1
    eval_points: tuple        # ((step, loss, accuracy), ...)


@dataclass(frozen=True)
class TimelineAnswer:
    start: int                # the first step one can go to
    end: int                  # the last
    step: int                 # where the run is
    steps_per_epoch: int
    line: int                 # the current line's id ...
    parent: int | None        # ... the line it branched from ...
    branch_step: int          # ... and where
    changes: dict
    lines: tuple              # LineInfo of every parent line, oldest first
    checkpoints: int
    nbytes: int               # the bytes the timeline holds (within its budget) ...
    in_memory: int            # ... of which in the engine's memory (the rest in its file, .spill)


@handles(TimelineInfo)
def _timeline_info(request: TimelineInfo, bench, progress, cancelled) -> TimelineAnswer:
    run = bench.engine.run
    if run is None:
        raise EngineRefusal("engine.no_data")
    tl = run.timeline
    checkpoints = list(tl.checkpoints)
    lines = tuple(LineInfo(line.id, line.parent, line.branch_step, dict(line.changes), line.losses,
                           tuple((r.step, r.eval_loss, r.eval_accuracy) for r in line.epochs))
                  for line in list(tl.lines))
    return TimelineAnswer(checkpoints[0].step, max(tl.end, run.global_step), run.global_step, run.steps_per_epoch,
                          tl.line, tl.parent, tl.branch_step, dict(tl.changes), lines, len(checkpoints),
                          tl.held_bytes, tl.bytes_in_memory)
