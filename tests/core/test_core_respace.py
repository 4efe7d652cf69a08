"""Evening out the timeline in idle time: the thinned checkpoints move to even spacing, stay
within the budget at every moment, and hold the run's exact states, so rewinding to them and
training on is still bit for bit; fixed checkpoints stay put and a short run is left alone."""

from __future__ import annotations

import types

import numpy as np
import pytest

from backprop_viz.core import timeline
from backprop_viz.core.respace import plan
from backprop_viz.core.run import Run
from backprop_viz.core.timeline import state_arrays

from test_core_timeline import assert_same_params, params, recount, small


def state(run) -> np.ndarray:
    return np.concatenate([a.reshape(-1) for a in state_arrays(run)])


CASES = [("mlp-dropout-relu-bn-he-adam", "float32"), ("mlp", "float64")]


@pytest.fixture(params=CASES, ids=lambda c: "-".join(c))
def thinned(request, make_blob_data, monkeypatch):
    """An 800-step run (Adam, dropout and batch norm in float32; plain SGD in float64; the
    learning rate decaying at each epoch's end) whose checkpoints were thinned to a budget,
    several of them in each epoch (sharing its order)."""
    preset, dtype = request.param
    data = make_blob_data(n_train=800, n_eval=50, dtype=np.dtype(dtype))
    config = small(preset, dtype).replace(batch_size=8, lr_decay=0.9)   # 100 steps an epoch
    one = Run(config, data).timeline.checkpoints[0].buffer.nbytes + 800 * 8
    monkeypatch.setattr(Run, "timeline_budget", 40 * one)
    monkeypatch.setattr(timeline, "COST_RATIO", 0)   # every 2 steps, however cheap the steps
    run = Run(config, data)
    run.timeline.every = 2
    run.fit(8)
    return run, config, data


def watch_budget(tl, monkeypatch) -> list:
    """The bytes held after every change of the checkpoint list (not only between slices)."""
    seen = []
    replace, drop = tl._set_checkpoints, tl._drop

    def set_checkpoints(*args, **kwargs):
        replace(*args, **kwargs)
        seen.append(tl.held_bytes)

    def drop_(gone):
        drop(gone)
        seen.append(tl.held_bytes)

    monkeypatch.setattr(tl, "_set_checkpoints", set_checkpoints)
    monkeypatch.setattr(tl, "_drop", drop_)
    return seen


def assert_states_of(cks, ref, until=None):
    """Every checkpoint in ``cks`` (step → Checkpoint) holds ``ref``'s exact state at its step
    (``ref`` stepped on from where it is, calling ``until(step)`` first if given)."""
    for step in sorted(cks):
        if until is not None:
            until(step)
        while ref.global_step < step:
            ref._whole_steps(step - ref.global_step)
        ck = cks[step]
        np.testing.assert_array_equal(ck.buffer, state(ref), err_msg=f"step {step}")
        assert ck.counters[:4] == (ref.epoch, ref._pos, ref._epoch_loss_sum, ref._epoch_samples)
        assert (ck.optimizer_t, ck.lr, ck.config) == (ref.optimizer.t, ref.optimizer.lr, ref.config)
        assert ck.n_epochs == len(ref.history.epochs) and ck.order_rng == ref._order_rng.bit_generator.state
        assert ck.dropout_rng == ref.network.rng.bit_generator.state
        assert (ck.order is None) == (ref._order is None)
        if ck.order is not None:
            np.testing.assert_array_equal(ck.order, ref._order)


def old_gaps(run) -> np.ndarray:
    steps = [c.step for c in run.timeline.checkpoints]
    return np.diff([s for s in steps if s < run.timeline.end - 50])


def test_evening_out_spaces_the_thinned_checkpoints_evenly_within_the_budget(thinned, monkeypatch):
    run, _, _ = thinned
    tl = run.timeline
    before = list(tl.checkpoints)
    head = [c.step for c in before if c.step >= tl.end - 50]
    assert old_gaps(run).max() >= 1.2 * old_gaps(run).mean()   # thinning left uneven gaps
    live = params(run)
    held = watch_budget(tl, monkeypatch)
    slices = 0
    while tl.even_out(run, 0.0):          # the smallest slices
        slices += 1
        assert tl.nbytes == recount(tl)
    assert slices > 5 and held and max(held) <= tl.budget          # at every change of the list
    after = [c.step for c in tl.checkpoints]
    assert len(after) == len(before)                              # as many: the same memory
    assert after[0] == before[0].step and [s for s in after if s >= tl.end - 50] == head
    gaps = old_gaps(run)
    assert gaps.max() - gaps.min() <= 1 and gaps.max() < np.diff([c.step for c in before]).max()
    assert_same_params(live, params(run))                         # the live run untouched
    assert tl.evened and not tl.even_out(run, 1.0) and tl._evener.shadow is None   # settled, shadow let go


def test_evened_checkpoints_hold_the_runs_exact_states(thinned):
    run, config, data = thinned
    tl = run.timeline
    moved_from = {c.step for c in tl.checkpoints}
    while tl.even_out(run, 0.01):
        pass
    cks = {c.step: c for c in tl.checkpoints}
    assert set(cks) - moved_from                                  # some are new
    assert_states_of(cks, Run(config, data))                      # the same run, stepped from scratch
    orders = {id(c.order) for c in tl.checkpoints if c.order is not None}
    epochs = {c.counters[0] for c in tl.checkpoints if c.order is not None}
    assert len(orders) == len(epochs) < sum(c.order is not None for c in tl.checkpoints)   # one an epoch, shared
    # rewinding onto an evened checkpoint and training on reproduces the run bit for bit
    final, losses = params(run), run.history.step_losses.array()
    new = sorted(set(cks) - moved_from)
    for target in (new[0], new[len(new) // 2] + 1):
        run.rewind(target)
        while run.epoch < 8:
            run.run_epoch()
        assert_same_params(final, params(run))
        np.testing.assert_array_equal(run.history.step_losses.array(), losses)


def test_a_branch_mid_pass_is_planned_afresh_and_stays_exact(thinned):
    run, config, data = thinned
    tl = run.timeline
    while tl._evener is None or tl._evener.shadow is None or tl._evener.shadow.global_step <= 420:
        assert tl.even_out(run, 0.0)       # the shadow goes past the branch point to be
    run.rewind(380)                        # a branch there: the later checkpoints go, the shadow is stale
    run.branch(lr=0.02)
    for _ in range(4):
        run.run_epoch()
    while tl.even_out(run, 0.01):
        pass
    assert tl.evened and tl.held_bytes <= tl.budget and all(c.step <= tl.end for c in tl.checkpoints)
    assert any(c.pinned and c.step == 380 for c in tl.checkpoints)   # the branch point stays
    ref = Run(config, data)                                           # the same two lines, from scratch

    def branch_at_380(step):
        if ref.global_step < 380 <= step:
            ref._whole_steps(380 - ref.global_step)
            ref.branch(lr=0.02)

    assert_states_of({c.step: c for c in tl.checkpoints}, ref, until=branch_at_380)


def test_a_short_run_is_left_alone(make_blob_data):
    run = Run(small("fast"), make_blob_data(n_train=200, n_eval=50))
    run.fit(2)
    cks = run.timeline.checkpoints
    assert not run.timeline.even_out(run, 1.0)
    assert run.timeline.checkpoints is cks


def test_plan_shares_the_movable_checkpoints_out_over_the_gaps():
    def cks(*steps, pinned=()):
        return [types.SimpleNamespace(step=s, pinned=s in pinned) for s in steps]

    # 0 and 1000 fixed (first, last), 4 movable bunched at the start: even steps instead
    assert plan(cks(0, 10, 20, 30, 40, 1000), end=2000) == [200, 400, 600, 800]
    # a pinned checkpoint splits the run: the longer span gets more of them
    assert plan(cks(0, 1, 2, 3, 300, 900, pinned=(300,)), end=5000) == [150, 500, 700]
    # already even (within WORTH): nothing to do
    assert plan(cks(0, 100, 200, 300, 400), end=1000) is None
    # all within the newest 50 steps: nothing movable
    assert plan(cks(0, 960, 980, 1000), end=1000) is None
