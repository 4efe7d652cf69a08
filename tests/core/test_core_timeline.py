"""The run's timeline: rewind-then-train is bit for bit, branches leave their parent intact,
checkpoints stay within their memory budget, and run files keep timelines and branches."""

from __future__ import annotations

import types

import numpy as np
import pytest

from backprop_viz.core import run as run_module
from backprop_viz.core import timeline
from backprop_viz.core.config import Config
from backprop_viz.core.presets import PRESETS
from backprop_viz.core.run import Run
from backprop_viz.core.runfile import load_run, save_run


def params(run):
    return [{k: v.copy() for k, v in layer.items()} for layer in run.network.get_params()]


def assert_same_params(a, b):
    for la, lb in zip(a, b):
        assert la.keys() == lb.keys()
        for name in la:
            np.testing.assert_array_equal(la[name], lb[name], err_msg=name)


def small(preset: str, dtype: str = "float32") -> Config:
    """A preset shrunk to the blobs (20 inputs), keeping its optimizer, dropout and batch norm."""
    c = PRESETS[preset].config
    return c.replace(n_inputs=20, hidden=tuple(min(h, 24) for h in c.hidden), dtype=dtype,
                     batch_size=min(c.batch_size, 32), epochs=3)


CASES = [("mlp", "float32"), ("mlp-dropout", "float64"), ("mlp-dropout-relu-bn", "float32"),
         ("mlp-dropout-relu-bn-he-adam", "float64"), ("fast", "float32"), ("lecture-backprop", "float64")]


@pytest.mark.parametrize("preset, dtype", CASES)
def test_rewind_then_train_reproduces_the_run_bit_for_bit(make_blob_data, preset, dtype):
    data = make_blob_data(n_train=200, n_eval=50, dtype=np.dtype(dtype))
    config = small(preset, dtype)
    run = Run(config, data)
    run.timeline.every = 4
    run.fit(3)
    final, losses, epochs = params(run), run.history.step_losses.array(), list(run.history.epochs)
    total = run.global_step
    for target in sorted({0, 3, total // 3, total // 2 + 1, total - 2, total}):
        run.rewind(target)
        assert run.global_step == target and len(run.history.step_losses) == target
        assert all(r.step <= target for r in run.history.epochs)
        while run.epoch < 3:
            run.run_epoch()
        assert run.global_step == total
        assert_same_params(final, params(run))
        np.testing.assert_array_equal(run.history.step_losses.array(), losses)
        assert run.history.epochs == epochs


def test_a_rewound_state_equals_the_state_first_reached_there(make_blob_data):
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small("mlp-dropout-relu-bn-he-adam"), data)
    seen = {}
    for _ in range(30):
        run.step()
        seen[run.global_step] = params(run)
    for target in (29, 7, 18):
        run.rewind(target)
        assert_same_params(seen[target], params(run))


def test_a_branch_differs_from_its_parent_only_after_the_branch_point(make_blob_data):
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small("mlp-dropout-relu-bn-he-adam"), data)
    run.fit(3)
    parent = run.history.step_losses.array()
    run.rewind(10)
    run.branch(lr=0.05, dropout=0.1)
    assert run.timeline.branch_step == 10 and run.timeline.parent == 0 and run.timeline.line == 1
    while run.epoch < 3:
        run.run_epoch()
    mine = run.history.step_losses.array()
    assert len(mine) == len(parent)
    np.testing.assert_array_equal(mine[:10], parent[:10])
    assert not np.array_equal(mine[10:], parent[10:])
    (kept,) = run.timeline.lines
    np.testing.assert_array_equal(kept.losses, parent)   # the parent line, whole
    assert run.config.lr == 0.05 and all(layer.p_drop == 0.1 for layer in run.network.layers[:-1])
    # the branch itself is a timeline: rewinding in it and training on is bit for bit too
    final = params(run)
    run.rewind(12)
    while run.epoch < 3:
        run.run_epoch()
    assert_same_params(final, params(run))
    with pytest.raises(ValueError, match="not on the timeline"):
        run.rewind(run.timeline.end + 1)
    with pytest.raises(ValueError, match="not a live setting"):
        run.branch(hidden=(3,))


def test_a_setting_changed_while_rewound_makes_a_branch_too(make_blob_data):
    """The engine's live settings change the run's config directly: the timeline notices."""
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small("fast"), data)
    for _ in range(40):
        run.step()
    run.rewind(12)
    run.set_lr(0.02)
    run.step()
    assert run.timeline.branch_step == 12 and len(run.timeline.lines) == 1
    assert run.timeline.changes == {"lr": 0.02}
    assert all(c.step <= 13 for c in run.timeline.checkpoints)


def test_checkpoint_memory_stays_within_the_budget_over_a_long_run(make_blob_data, monkeypatch):
    data = make_blob_data(n_train=200, n_eval=50)
    config = small("mlp-dropout-relu-bn-he-adam").replace(batch_size=8)
    probe = Run(config, data)
    one = probe.timeline.checkpoints[0].buffer.nbytes + 200 * 8
    budget = 40 * one   # the newest 50 steps (every 2: 26 checkpoints) and 14 more
    monkeypatch.setattr(Run, "timeline_budget", budget)
    monkeypatch.setattr(timeline, "COST_RATIO", 0)   # every 2 steps, however cheap the steps
    run = Run(config, data)
    run.timeline.every = 2
    peak = 0
    for _ in range(30):   # 750 steps
        run.run_epoch()
        peak = max(peak, run.timeline.held_bytes)
        assert run.timeline.nbytes == recount(run.timeline)   # the running count is the true one
    assert peak <= budget
    steps = [c.step for c in run.timeline.checkpoints]
    assert steps[0] == 0 and len(steps) < run.global_step // 2            # thinned, the start kept
    old = np.diff([s for s in steps if s < run.global_step - 50])
    assert old.max() <= 2 * old.min() + 2                                 # evenly spread
    head = run.global_step
    recent = [s for s in steps if s >= head - 50]
    assert recent[-1] == head and max(np.diff(recent)) <= 2 and recent[0] <= head - 49   # the latest 50: dense
    final = params(run)
    run.rewind(333)
    while run.epoch < 30:
        run.run_epoch()
    assert_same_params(final, params(run))
    run.rewind(400)
    run.branch(lr=0.001)   # drops every checkpoint after step 400
    run.run_epoch()
    assert run.timeline.nbytes == recount(run.timeline)


def recount(tl) -> int:
    """The checkpoints' bytes counted from scratch: buffers, and each shared order once."""
    orders = {id(c.order): c.order.nbytes for c in tl.checkpoints if c.order is not None}
    return sum(c.buffer.nbytes for c in tl.checkpoints) + sum(orders.values())


def test_a_run_file_keeps_the_timeline_and_its_branches(tmp_path, make_blob_data):
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small("mlp-dropout-relu-bn-he-adam"), data)
    run.timeline.every = 5
    run.fit(2)
    run.rewind(9)
    run.branch(lr=0.03)
    run.fit(1)
    path = save_run(tmp_path / "run.npz", run)
    back = load_run(path, data)
    tl, bt = run.timeline, back.timeline
    assert [c.step for c in bt.checkpoints] == [c.step for c in tl.checkpoints]
    assert (bt.line, bt.parent, bt.branch_step, bt.changes, bt.end) == (tl.line, tl.parent, tl.branch_step,
                                                                       tl.changes, tl.end)
    assert len(bt.lines) == 1 and bt.lines[0].branch_step == 0
    np.testing.assert_array_equal(bt.lines[0].losses, tl.lines[0].losses)
    assert bt.lines[0].epochs == tl.lines[0].epochs
    # the loaded run rewinds like the saved one
    for r in (run, back):
        r.rewind(12)
        r.run_epoch()
    assert_same_params(params(run), params(back))


def test_a_timeline_saved_under_a_larger_budget_is_thinned_to_this_one(tmp_path, make_blob_data, monkeypatch):
    data = make_blob_data(n_train=200, n_eval=50)
    monkeypatch.setattr(timeline, "COST_RATIO", 0)
    run = Run(small("mlp"), data)
    run.timeline.every = 2
    run.fit(16)                                  # a checkpoint every 2 steps, well beyond the newest 50
    path = save_run(tmp_path / "run.npz", run)
    saved = run.timeline
    assert len(saved.checkpoints) >= 40
    monkeypatch.setattr(Run, "timeline_budget", saved.nbytes // 2)
    back = load_run(path, data).timeline
    assert back.held_bytes <= back.budget < saved.nbytes and len(back.checkpoints) < len(saved.checkpoints)
    assert back.checkpoints[0].step == 0 and back.checkpoints[-1].step == run.global_step


def test_an_older_run_file_without_a_timeline_still_loads(tmp_path, make_blob_data, monkeypatch):
    from backprop_viz.core import runfile

    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small("mlp"), data)
    for _ in range(9):
        run.step()
    monkeypatch.setattr(runfile, "VERSION", 1)
    monkeypatch.setattr(runfile, "_timeline_arrays", lambda run, meta: {})
    path = save_run(tmp_path / "old.npz", run)
    monkeypatch.undo()
    back = load_run(path, data)
    assert back.global_step == 9 and [c.step for c in back.timeline.checkpoints] == [9]
    run.step()
    back.step()
    assert_same_params(params(run), params(back))


def test_weights_changed_outside_the_steps_are_marked_on_the_timeline(make_blob_data):
    """A loaded model or an edited weight: pinned where it happened (a branch when rewound)."""
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small("mlp"), data)
    run.network.layers[0].W[0, 0] = 0.5       # e.g. the weights of a loaded model
    run.timeline.mark(run)
    for _ in range(15):
        run.step()
    final = params(run)
    run.rewind(0)
    assert run.network.layers[0].W[0, 0] == 0.5
    for _ in range(15):
        run.step()
    assert_same_params(final, params(run))
    run.rewind(4)
    run.network.layers[0].W[1, 1] += 1.0      # an edit while rewound
    run.timeline.mark(run, {"edit": [1, 1, 1]})
    assert run.timeline.branch_step == 4 and run.timeline.end == 4 and len(run.timeline.lines) == 1


def test_expensive_checkpoints_are_spaced_out_but_never_beyond_50_steps(make_blob_data, monkeypatch):
    """A checkpoint whose copying takes long next to the steps waits for COST_RATIO times as
    much training, but never more than RECENT steps (a fake clock: each capture costs 1 s;
    the steps' own training time counts as noticeable)."""
    ticks = iter(range(10 ** 6))
    monkeypatch.setattr(timeline, "time", types.SimpleNamespace(perf_counter=lambda: float(next(ticks))))
    monkeypatch.setattr(timeline, "UNNOTICED", 0.0)
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small("fast"), data)
    run.timeline.every = 1
    for _ in range(20):
        run.run_epoch()     # 140 steps
    assert [c.step for c in run.timeline.checkpoints] == [0, 50, 100]
    assert run.timeline.end == 140
    final = params(run)
    run.rewind(99)          # replayed from step 50
    while run.epoch < 20:
        run.run_epoch()
    assert_same_params(final, params(run))


def test_steps_too_quick_to_notice_in_a_replay_go_beyond_50_steps_without_a_checkpoint(make_blob_data, monkeypatch):
    """Steps that trained in under UNNOTICED seconds in all (one-sample steps) do not force a
    checkpoint every RECENT steps: their replay is as quick, and the checkpoints would slow the
    run (fake clocks: each capture costs 1 s, each step 0.2 ms)."""
    ticks = iter(range(10 ** 6))
    monkeypatch.setattr(timeline, "time", types.SimpleNamespace(perf_counter=lambda: float(next(ticks))))
    run_ticks = iter(range(10 ** 6))
    monkeypatch.setattr(run_module, "time", types.SimpleNamespace(perf_counter=lambda: next(run_ticks) * 2e-4))
    run = Run(small("fast"), make_blob_data(n_train=200, n_eval=50))
    run.timeline.every = 1
    for _ in range(20):
        run.run_epoch()     # 140 steps, 28 ms of training: one checkpoint, once 20 ms have passed
    steps = [c.step for c in run.timeline.checkpoints]
    assert steps[0] == 0 and len(steps) == 2 and 50 < steps[1] < 140, steps
    final = params(run)
    run.rewind(99)
    while run.epoch < 20:
        run.run_epoch()
    assert_same_params(final, params(run))


def test_after_a_rewind_new_ground_is_still_checkpointed_every_50_steps(make_blob_data, monkeypatch):
    """The run's training clock goes back with a rewind; spacing on new ground counts from there
    (fake clocks: each capture costs 1 s; steps take 10 ms, then 1 ms after the rewind)."""
    ticks = iter(range(10 ** 6))
    monkeypatch.setattr(timeline, "time", types.SimpleNamespace(perf_counter=lambda: float(next(ticks))))
    clock = {"now": 0.0, "step": 0.005}           # two clock readings a step

    def perf_counter():
        clock["now"] += clock["step"]
        return clock["now"]

    monkeypatch.setattr(run_module, "time", types.SimpleNamespace(perf_counter=perf_counter))
    run = Run(small("fast"), make_blob_data(n_train=200, n_eval=50))
    run.timeline.every = 1
    for _ in range(140):
        run.step()                                # 140 steps of 10 ms
    assert [c.step for c in run.timeline.checkpoints] == [0, 50, 100]
    run.rewind(10)
    clock["step"] = 0.0005
    for _ in range(280):
        run.step()                                # replays to 140, then new ground to 290
    steps = [c.step for c in run.timeline.checkpoints]
    assert run.trainer.step_count == 290 and steps[-1] >= 240, steps
    assert max(np.diff(steps)) <= 50, steps
