"""The timeline's checkpoint memory: shared orders counted once, thinning below the budget in
one go, pinned and recent checkpoints kept, a list set from outside recounted."""

import numpy as np

from backprop_viz.core.checkpoints import RECENT, SLACK, CheckpointMemory
from backprop_viz.core.timeline import Checkpoint


class Store(CheckpointMemory):
    def __init__(self, budget: int):
        self.budget, self.checkpoints, self._spare, self._counted = budget, [], [], (None, 0, {})


def checkpoint(step: int, order=None, pinned: bool = False, size: int = 100) -> Checkpoint:
    return Checkpoint(step, np.zeros(size, np.float32), None, step, 0.1, (0,) * 6, order, {}, {}, 0, pinned)


def test_orders_shared_by_checkpoints_count_once_and_go_with_their_last_user():
    store, order = Store(10 ** 9), np.arange(1000)          # 8,000 B of order, 400 B per buffer
    a, b = checkpoint(0, order), checkpoint(10, order)
    store._set_checkpoints([a], added=[a])
    store._set_checkpoints([a, b], added=[b])
    assert store.nbytes == 2 * 400 + 8000
    store._set_checkpoints([b], removed=[a])
    assert store.nbytes == 400 + 8000
    store._set_checkpoints([], removed=[b])
    assert store.nbytes == 0


def test_a_list_set_from_outside_is_recounted():
    store, order = Store(10 ** 9), np.arange(10)
    store.checkpoints = [checkpoint(0, order), checkpoint(5, order), checkpoint(9)]
    assert store.nbytes == 3 * 400 + 80


def test_thinning_goes_below_the_budget_keeping_the_start_pins_and_the_recent_steps():
    store = Store(budget=60 * 400)
    cks = [checkpoint(s, pinned=s == 300) for s in range(0, 1000, 10)]   # 100 checkpoints
    store._set_checkpoints(cks, added=cks)
    store._thin()
    steps = [c.step for c in store.checkpoints]
    assert store.nbytes <= store.budget - store.budget // SLACK < store.held_bytes <= store.budget
    assert len(store._spare) == 1           # a freed buffer kept for the next checkpoint: it fits
    assert len(steps) < 60 and steps[0] == 0 and 300 in steps
    assert [s for s in range(1000 - RECENT, 1000, 10)] == steps[-len(range(1000 - RECENT, 1000, 10)):]
    old = np.diff([s for s in steps if s < 1000 - RECENT])
    assert old.max() <= 2 * old.min() + 10                                 # evenly spread
    assert store.nbytes == sum(c.buffer.nbytes for c in store.checkpoints)


def test_asking_the_size_never_writes_the_running_count():
    """The engine's workbench thread asks ``nbytes`` while the loop's thread captures: only the
    loop's thread may write the count, or an answer could mix one list's total with another's."""
    store, order = Store(10 ** 9), np.arange(10)
    a = checkpoint(0, order)
    store._set_checkpoints([a], added=[a])
    counted = store._counted
    store.checkpoints = [a, checkpoint(5, order)]        # replaced, the count not yet updated
    assert store.nbytes == 2 * 400 + 80 and store._counted is counted
    b = checkpoint(9)
    store._set_checkpoints(store.checkpoints + [b], added=[b])   # the loop's thread recounts first
    assert store.nbytes == 3 * 400 + 80 and store._counted[0] is store.checkpoints
