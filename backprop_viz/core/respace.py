"""Evening out the timeline's checkpoints while the run is paused.

Thinning (:mod:`.checkpoints`) can only remove checkpoints, so over a long run the gaps it
leaves range up to about 1.5× their mean, and a rewind into the widest gap replays that many
steps. While the run is paused the engine has time to spare: an :class:`Evener` replays the run
on a *shadow* copy (its own network and optimizer over the run's data; the live run is never
touched) and moves every movable checkpoint — not pinned, not the first or the last, not among
the newest ``RECENT`` steps — to evenly spaced steps between the fixed ones: as many checkpoints
as before, so the same memory (fewer only if new epoch orders leave no room), within the budget
at every moment. It works in slices of a few milliseconds (:meth:`Evener.work`, one step at a
time; the engine runs a slice only when no command waits), so commands still come first. The
checkpoints it takes are the run's states at those steps bit for bit (the same replay as a
rewind), so rewinding to them and training on stays exact. A change to the checkpoint list from
elsewhere (training on, a branch, a file) makes the next slice plan afresh. NumPy only.
"""

from __future__ import annotations

import heapq
import time
import weakref

import numpy as np

from .checkpoints import RECENT
from .run import Run
from .timeline import restore_state, state_arrays

#: a pass is made only if it shortens the widest gap by at least this fraction
WORTH = 0.1


def plan(checkpoints, end: int) -> list[int] | None:
    """Evenly spaced steps for the movable checkpoints, every gap between fixed checkpoints
    shared out so that the widest is as short as it can be; None when that would not shorten
    today's widest gap by :data:`WORTH`."""
    n, boundary = len(checkpoints), end - RECENT
    steps = [c.step for c in checkpoints]
    fixed = [i for i, c in enumerate(checkpoints) if i in (0, n - 1) or c.pinned or c.step >= boundary]
    movable = n - len(fixed)
    spans = [(steps[a], steps[b]) for a, b in zip(fixed, fixed[1:]) if steps[a] < boundary]
    if movable <= 0 or not spans:
        return None
    widest = max(steps[i + 1] - steps[i] for i in range(n - 1) if steps[i] < boundary)
    shares = [0] * len(spans)
    heap = [(-(b - a), j) for j, (a, b) in enumerate(spans)]
    heapq.heapify(heap)
    for _ in range(movable):               # one more checkpoint where the gaps are widest
        _, j = heapq.heappop(heap)
        shares[j] += 1
        a, b = spans[j]
        heapq.heappush(heap, (-(b - a) / (shares[j] + 1), j))
    if -heap[0][0] > (1 - WORTH) * widest:
        return None
    targets = set()
    for (a, b), k in zip(spans, shares):
        targets.update(t for t in (a + round(i * (b - a) / (k + 1)) for i in range(1, k + 1)) if a < t < b)
    return sorted(targets)


class _Quiet:
    """The timeline of a shadow run: it takes no checkpoints, and its epochs end as they did
    (no evaluation: the live run has the records, and nothing the shadow computes is shown)."""

    def before_step(self, run) -> None:
        pass

    def after_step(self, run) -> None:
        pass

    def recorded_epoch(self, epoch: int):
        return epoch


class Evener:
    """Moves one timeline's movable checkpoints to evenly spaced steps (see the module docstring)."""

    def __init__(self, timeline):
        self._timeline = weakref.ref(timeline)   # (no cycle: a dropped run's timeline file goes at once)
        self.shadow = None
        self._key = None           # the timeline's key (see _key_now) the plan was made for
        self._settled = None       # the key of a timeline found even: nothing to do
        self._todo: list[int] = []
        self._targets: set[int] = set()
        self._valid = False        # the shadow holds a state of the current line
        self._short = False        # a target of this pass found no room

    @property
    def timeline(self):
        return self._timeline()

    def _key_now(self) -> tuple:
        """What identifies the checkpoint list and the line's end, without holding the list
        (a kept list would keep the buffers of every checkpoint thinned after it alive)."""
        tl = self.timeline
        return tl.version, id(tl.checkpoints), len(tl.checkpoints), tl.end

    @property
    def settled(self) -> bool:
        """Whether the checkpoints as they are now were found even (nothing left to do)."""
        return self._settled == self._key_now()

    def rest(self) -> None:
        """Training goes on: let go of the shadow (a later pass plans afresh)."""
        self.shadow, self._valid, self._key, self._todo = None, False, None, []

    def work(self, run, seconds: float) -> bool:
        """Even out for about ``seconds``; True while work remains. ``run`` is the live run
        (read only: its data and its configuration seed the shadow)."""
        tl = self.timeline
        if self.settled:
            return False
        if self._key != self._key_now():
            targets = plan(tl.checkpoints, tl.end)
            if not targets:
                return self._finish()
            have = {c.step for c in tl.checkpoints}
            self._targets, self._todo = set(targets), [t for t in targets if t not in have]
            self._key, self._valid, self._short = self._key_now(), False, False   # (the line may have changed)
        if self.shadow is None:            # building it is this slice's work
            self.shadow = Run(tl.checkpoints[0].config, run.data)
            self.shadow.timeline = _Quiet()
            return True
        deadline = time.perf_counter() + seconds
        while self._todo:
            if not self._reach(self._todo[0], deadline):
                return True
            self._short |= not self._place(self._todo.pop(0))
            self._key = self._key_now()
            if time.perf_counter() >= deadline:
                break
        if self._todo:
            return True
        self._drop_behind(None)            # (old ones after the last target, if any)
        if self._short:                    # a target found no room (new epoch orders took it):
            self._key = None               # plan again for the checkpoints there are
            return True
        return self._finish()

    def _finish(self) -> bool:
        self.rest()
        self._settled = self._key_now()
        return False

    def _movable(self, c) -> bool:
        tl = self.timeline
        return not (c.pinned or c is tl.checkpoints[0] or c is tl.checkpoints[-1] or c.step >= tl.end - RECENT
                    or c.step in self._targets)

    def _reach(self, step: int, deadline: float) -> bool:
        """Bring the shadow to ``step`` (from the nearest checkpoint, or on from where it is);
        False if the time ran out first."""
        ck, sh = self.timeline.nearest(step), self.shadow
        if not (self._valid and ck.step <= sh.global_step <= step):
            restore_state(sh, ck)
            sh.history.epochs = [None] * ck.n_epochs
            self._valid = True
        while sh.global_step < step:
            sh._whole_steps(1)
            if sh.global_step < step and time.perf_counter() >= deadline:
                return False
        return True

    def _drop_behind(self, step: int | None) -> None:
        """Old movable checkpoints before ``step`` (all when None): the shadow is past them."""
        tl = self.timeline
        gone = [c for c in tl.checkpoints if (step is None or c.step < step) and self._movable(c)]
        tl._drop(gone)

    def _place(self, step: int) -> bool:
        """A checkpoint of the shadow (now at ``step``), old ones it replaces dropped first, and
        old ones further on too while the budget would not hold it; False if it still would not."""
        tl, sh = self.timeline, self.shadow
        self._drop_behind(step)
        order = sh._order
        if order is not None and not any(c.order is order for c in tl.checkpoints):
            # the epoch's order as the other checkpoints of the epoch hold it: shared, counted once
            sh._order = order = next((c.order for c in tl.checkpoints if c.order is not None
                                      and c.counters[0] == sh.epoch and np.array_equal(c.order, order)), order)
        size = sum(a.nbytes for a in state_arrays(sh))
        tl._spare[:] = [b for b in tl._spare if b.nbytes == size]   # (one of another shape is no use here)

        def room_needed() -> int:
            spare = any(b.nbytes == size for b in tl._spare)
            shared = order is None or any(c.order is order for c in tl.checkpoints)
            return (0 if spare else size) + (0 if shared else order.nbytes)

        while tl.held_bytes + room_needed() > tl.budget:
            cks = tl.checkpoints
            ahead = [i for i, c in enumerate(cks) if c.step > step and self._movable(c)]
            if not ahead:
                return False
            i = min(ahead, key=lambda i: cks[min(i + 1, len(cks) - 1)].step - cks[i - 1].step)
            tl._drop([cks[i]])
        ck = tl.take(sh)
        tl._set_checkpoints(sorted(tl.checkpoints + [ck], key=lambda c: c.step), added=[ck])
        tl._cool()                         # (an old step: to the timeline's file)
        return True
