"""The engine's timeline commands: Rewind shows the step in full, Branch keeps the parent,
TimelineInfo describes both; bad steps and settings are refused, never fatal."""

from __future__ import annotations

import queue
import threading
import time

import numpy as np
import pytest

from backprop_viz.core.messages import Message
from backprop_viz.core.presets import get_preset
from backprop_viz.engine import protocol as p
from backprop_viz.engine.loop import EngineLoop
from backprop_viz.engine.snapshot import Snapshot
from backprop_viz.engine.timeline_commands import TimelineInfo


@pytest.fixture(scope="module")
def small_splits():
    from backprop_viz.data import Splits, load_bundled_mnist

    splits = load_bundled_mnist()
    return Splits(splits.train.subset(slice(0, 640)), splits.test.subset(slice(0, 200)))


@pytest.fixture
def engine(small_splits):
    reports: queue.Queue = queue.Queue()
    config = get_preset("fast").config.replace(hidden=(32,), dropout=0.2, epochs=50, batch_size=64)   # 10 steps an epoch
    eng = EngineLoop(config, reports.put, loader=lambda c, d: small_splits, emit_interval=0.01)
    thread = threading.Thread(target=eng.loop)
    thread.start()
    yield eng, reports
    eng.send(p.Stop())
    thread.join(10)
    assert not thread.is_alive()


def next_of(reports, kind, timeout=30, where=lambda r: True):
    deadline = time.monotonic() + timeout
    while True:
        report = reports.get(timeout=max(deadline - time.monotonic(), 0.001))
        if isinstance(report, kind) and where(report):
            return report


def losses_of(snapshots) -> np.ndarray:
    return np.concatenate([s.new_losses for s in snapshots if len(s.new_losses)])


def train(eng, reports, epochs: int) -> list:
    """Run ``epochs`` epochs; every snapshot until the run pauses at their end."""
    eng.send(p.RunEpochs(epochs))
    seen = []
    while True:
        report = reports.get(timeout=30)
        if isinstance(report, Snapshot):
            seen.append(report)
            if report.state == "paused" and report.note == Message("engine.finished", (report.epoch,)):
                return seen


def test_rewind_shows_the_step_in_full_and_training_on_repeats_the_run(engine):
    eng, reports = engine
    first = next_of(reports, Snapshot)
    snaps = [first] + train(eng, reports, 2)
    original = losses_of(snaps)
    assert snaps[-1].global_step == 20 and len(original) == 20
    eng.send(p.Rewind(7))
    shown = next_of(reports, Snapshot, where=lambda s: s.note is not None and s.note.code == "timeline.rewound")
    assert shown.global_step == 7 and shown.run_id != snaps[-1].run_id
    assert shown.trace is not None and shown.trace.step == 7 and shown.trace.layers[0].dW is not None
    np.testing.assert_array_equal(shown.new_losses, original[:7])   # the curves rebuild up to the step
    assert shown.trace.loss == original[6, 1]                        # the step recomputed, same loss
    again = train(eng, reports, 2)                                   # to the end of epoch 2
    np.testing.assert_array_equal(losses_of(again), original[7:])    # bit for bit
    eng.send(TimelineInfo(tag=3))
    info = next_of(reports, p.Answer, where=lambda a: a.tag == 3).value
    assert (info.start, info.end, info.step, info.line, info.parent, info.lines) == (0, 20, 20, 0, None, ())


def test_branch_keeps_the_parent_for_comparison(engine):
    eng, reports = engine
    next_of(reports, Snapshot)
    parent = losses_of(train(eng, reports, 2))
    eng.send(p.Rewind(5))
    next_of(reports, Snapshot, where=lambda s: s.global_step == 5)
    eng.send(p.Branch({"lr": 0.02, "batch_size": 32}))
    branched = next_of(reports, Snapshot, where=lambda s: s.note is not None and s.note.code == "timeline.branched")
    assert branched.config.lr == 0.02 and branched.config.batch_size == 32 and branched.global_step == 5
    train(eng, reports, 1)
    eng.send(TimelineInfo(tag=4))
    info = next_of(reports, p.Answer, where=lambda a: a.tag == 4).value
    assert (info.line, info.parent, info.branch_step, info.changes) == (1, 0, 5, {"lr": 0.02, "batch_size": 32})
    (line,) = info.lines
    np.testing.assert_array_equal(line.losses, parent[:, 1].astype(np.float32))
    assert line.id == 0 and len(line.eval_points) == 2


def test_bad_timeline_commands_are_refused_and_the_engine_goes_on(engine):
    eng, reports = engine
    next_of(reports, Snapshot)
    eng.send(p.Rewind(99))
    failed = next_of(reports, p.Failed)
    assert failed.message == Message("timeline.out_of_range", (99, 0, 0))
    eng.send(p.Branch({"hidden": (4,)}))
    assert next_of(reports, p.Failed).message == Message("timeline.not_live", (("hidden",),))
    eng.send(p.Step())
    assert next_of(reports, Snapshot, where=lambda s: s.global_step == 1).trace is not None


def test_while_paused_the_engine_evens_the_thinned_checkpoints_out(small_splits, monkeypatch):
    from backprop_viz.core import timeline
    from backprop_viz.core.run import Run

    config = get_preset("fast").config.replace(hidden=(32,), epochs=50, batch_size=64)   # 10 steps an epoch
    one = sum(a.nbytes for a in timeline.state_arrays(Run(config, small_splits_data(small_splits, config))))
    monkeypatch.setattr(Run, "timeline_budget", 15 * one)
    monkeypatch.setattr(timeline, "COST_RATIO", 0)
    reports: queue.Queue = queue.Queue()
    eng = EngineLoop(config, reports.put, loader=lambda c, d: small_splits, emit_interval=0.01)
    thread = threading.Thread(target=eng.loop)
    thread.start()
    try:
        next_of(reports, Snapshot)
        original = losses_of(train(eng, reports, 40))                # 400 steps; thinned as it trained
        tl = eng.run.timeline
        deadline = time.monotonic() + 30                              # paused: evened out in idle slices
        while not tl.evened and time.monotonic() < deadline:
            time.sleep(0.01)
        cks = tl.checkpoints
        gaps = np.diff([c.step for c in cks if c.step < tl.end - 50])
        assert tl.evened and gaps.max() - gaps.min() <= 1 and tl.held_bytes <= tl.budget
        moved = next(c.step for c in cks if c.step % 10)             # training took them every 10 steps
        eng.send(p.Rewind(moved))
        shown = next_of(reports, Snapshot, where=lambda s: s.note is not None and s.note.code == "timeline.rewound")
        assert shown.global_step == moved
        again = losses_of(train(eng, reports, 40 - shown.epoch))     # to the end of epoch 40
        np.testing.assert_array_equal(again, original[moved:])       # bit for bit
    finally:
        eng.send(p.Stop())
        thread.join(10)
    assert not thread.is_alive()


def small_splits_data(splits, config):
    from backprop_viz.core.run import TrainingData

    return TrainingData.from_splits(splits, config)
