"""The timeline's checkpoint memory: what the checkpoints hold, and thinning them to a budget.

:class:`CheckpointMemory` is the part of :class:`~.timeline.Timeline` that keeps its list of
checkpoints within ``budget`` bytes. The list is replaced, never changed in place (the
engine's workbench thread reads it), and every replacement goes through
``_set_checkpoints``, which keeps the byte count up to date — buffers, and each epoch order
counted once however many checkpoints share it — so a capture costs the same with ten
checkpoints or a thousand (a list set from outside, as a run file does, is recounted once).
When the budget is exceeded, ``_thin`` removes older checkpoints (unpinned, before the
newest ``RECENT`` steps), the one whose neighbours are closest first, down to ``1/SLACK``
below the budget in one go, so that thinning (linear in the checkpoints) runs once every
few captures instead of at each. Checkpoints older than the newest ``RECENT`` steps move to the
timeline's file (``_cool``, :mod:`.spill`: only a checkpoint's ``buffer`` changes, in the loop's
thread, which alone reads buffers); "memory" and "bytes" here count both. NumPy only.
"""

from __future__ import annotations

import numpy as np

from .spill import FileBuffer

#: steps at the head never thinned (the timeline's spacing keeps them few steps of replay away)
RECENT = 50
#: thinning frees down to ``budget − budget/SLACK`` in one go
SLACK = 64


def count_bytes(checkpoints) -> tuple[int, dict]:
    """``(bytes, orders)`` of ``checkpoints`` counted from scratch; ``orders``: id → [bytes, users]."""
    orders: dict[int, list] = {}
    for c in checkpoints:
        if c.order is not None:
            orders.setdefault(id(c.order), [c.order.nbytes, 0])[1] += 1
    return sum(c.buffer.nbytes for c in checkpoints) + sum(n for n, _ in orders.values()), orders


class CheckpointMemory:
    """The checkpoint list's memory accounting and thinning (a mixin of ``Timeline``, which sets
    ``checkpoints``, ``budget``, ``spill``, ``_spare`` and ``_counted``)."""

    version = 0      #: goes up with every replacement of the list made here

    @property
    def nbytes(self) -> int:
        """The checkpoints' memory: their buffers and the orders they share (each counted once).
        Read-only, so any thread may ask: the running count when it is the current list's,
        else a recount (a list set from outside, or one replaced between the two reads)."""
        listed, total, _ = self._counted
        cks = self.checkpoints
        return total if listed is cks else count_bytes(cks)[0]

    def _count(self) -> tuple[int, dict]:
        """The running count of the current list, recounted if it is not (the loop's thread only)."""
        listed, total, orders = self._counted
        cks = self.checkpoints
        return (total, orders) if listed is cks else count_bytes(cks)

    def _set_checkpoints(self, kept: list, added=(), removed=()) -> None:
        """Replace the list (never changed in place: the workbench thread reads it) and count
        the memory ``added`` and ``removed`` checkpoints bring or free (the loop's thread only:
        the one writer of ``_counted`` and the one reader of its orders)."""
        total, orders = self._count()
        for c, sign in [(c, 1) for c in added] + [(c, -1) for c in removed]:
            total += sign * c.buffer.nbytes
            if c.order is not None:
                entry = orders.setdefault(id(c.order), [c.order.nbytes, 0])
                entry[1] += sign
                if entry[1] == (1 if sign > 0 else 0):     # first user came, or last user went
                    total += sign * entry[0]
                if entry[1] == 0:
                    del orders[id(c.order)]
        self.checkpoints = kept
        self._counted = (kept, total, orders)
        self.version += 1

    @property
    def held_bytes(self) -> int:
        """All the memory the timeline holds: its checkpoints and a spare buffer (kept for reuse)."""
        return self.nbytes + sum(b.nbytes for b in tuple(self._spare))   # (the loop's thread changes it)

    @property
    def bytes_in_memory(self) -> int:
        """Of :attr:`held_bytes`, those in the process's memory: the epoch orders, and buffers
        not in the timeline's file (:mod:`.spill`)."""
        cks, spare = list(self.checkpoints), tuple(self._spare)
        _, orders = count_bytes(cks)
        return (sum(n for n, _ in orders.values())
                + sum(b.nbytes for b in [c.buffer for c in cks] + list(spare) if isinstance(b, np.ndarray)))

    def _cool(self) -> None:
        """Checkpoints older than the newest ``RECENT`` steps go to the timeline's file
        (:mod:`.spill`), where they wait for a rewind; the memory of one becomes the next
        capture's. The newest stay in memory (after a rewind or a branch, those already in the
        file stay there): most of them are thinned away within seconds, and writing each would
        keep the disk busy (every 10 steps) for nothing."""
        if not self.spill.in_use:
            return
        edge = self.end - RECENT
        for c in self.checkpoints:                 # (by step)
            if c.step >= edge:
                break
            if isinstance(c.buffer, np.ndarray):
                stored = self.spill.keep(c.buffer)
                if not isinstance(stored, FileBuffer):   # (the file failed: memory from now on)
                    return
                old, c.buffer = c.buffer, stored
                if not self._spare and self.held_bytes + old.nbytes <= self.budget:
                    self._spare.append(old)

    def _drop(self, gone) -> None:
        gone = list(gone)
        if not gone:
            return
        ids = {id(c) for c in gone}
        kept = [c for c in self.checkpoints if id(c) not in ids]
        self._set_checkpoints(kept, removed=gone)
        if not self._spare and isinstance(gone[0].buffer, np.ndarray):   # (a region of the file goes back by itself)
            self._spare.append(gone[0].buffer)   # (after: another thread's held_bytes never counts it twice)

    def _thin(self) -> None:
        """Within the budget: while over it, the older checkpoint (unpinned, before the newest
        ``RECENT`` steps) whose neighbours are closest goes, so the rest stay evenly spread; the
        spare buffer counts too (it is freed first)."""
        while self._spare and self.held_bytes > self.budget:
            self._spare.pop()
        if self.held_bytes <= self.budget:
            return
        # down to 1/64 below the budget at once: thinning (O(checkpoints)) then waits a few captures
        excess = self.held_bytes - (self.budget - self.budget // SLACK)
        cks = self.checkpoints
        steps = np.fromiter((c.step for c in cks), np.int64, len(cks))
        movable = np.fromiter((not c.pinned for c in cks), bool, len(cks)) & (steps < steps[-1] - RECENT)
        movable[[0, -1]] = False
        alive = np.arange(len(cks))                       # positions in cks still kept
        users = {k: n for k, (_, n) in self._count()[1].items()}
        gone = []
        while excess > 0:
            s, m = steps[alive], movable[alive]
            if not m[1:-1].any():
                break
            gaps = np.where(m[1:-1], s[2:] - s[:-2], np.iinfo(np.int64).max)
            j = int(np.argmin(gaps)) + 1
            c = cks[alive[j]]
            gone.append(c)
            alive = np.delete(alive, j)
            excess -= c.buffer.nbytes
            if c.order is not None:
                users[id(c.order)] -= 1
                excess -= c.order.nbytes if users[id(c.order)] == 0 else 0
        if gone:
            self._set_checkpoints([cks[k] for k in alive], removed=gone)
            if not self._spare and isinstance(gone[0].buffer, np.ndarray) \
                    and self.held_bytes + gone[0].buffer.nbytes <= self.budget:
                self._spare.append(gone[0].buffer)      # the next checkpoint's buffer, if it fits
