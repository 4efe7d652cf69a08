"""The engine loop without Qt: typed commands in, typed reports out, in a plain thread."""

import queue
import threading
import time
from dataclasses import dataclass

import numpy as np
import pytest

from backprop_viz.core.messages import Message
from backprop_viz.core.presets import get_preset
from backprop_viz.engine import protocol as p
from backprop_viz.engine.flow import SnapshotFlow
from backprop_viz.engine.loop import EngineLoop
from backprop_viz.engine.snapshot import Snapshot

KINDS = {"snapshot": Snapshot, "data": p.DataLoaded, "state": p.StateChanged, "error": p.Failed,
         "stopped": p.Stopped, "answer": p.Answer, "refused": p.Refused, "progress": p.Progress}


@pytest.fixture
def engine(mnist_splits):
    reports: queue.Queue = queue.Queue()
    config = get_preset("fast").config.replace(hidden=(32,), epochs=50)
    eng = EngineLoop(config, reports.put, loader=lambda c, d: mnist_splits, emit_interval=0.01)
    thread = threading.Thread(target=eng.loop)
    thread.start()
    yield eng, reports
    eng.send(p.Stop())
    thread.join(10)
    assert not thread.is_alive()


@pytest.fixture(scope="module")
def mnist_splits():
    from backprop_viz.data import load_bundled_mnist
    return load_bundled_mnist()


def next_of(reports, kind, timeout=20, where=lambda r: True):
    """The next report of ``kind`` matching ``where``; ``queue.Empty`` if none comes within
    ``timeout`` seconds in all (a stream of other reports cannot keep it waiting for ever)."""
    deadline = time.monotonic() + timeout
    while True:
        report = reports.get(timeout=max(deadline - time.monotonic(), 0.001))
        if isinstance(report, KINDS[kind]) and where(report):
            return report


def test_setup_reports_data_then_a_ready_snapshot_with_an_english_template(engine):
    eng, reports = engine
    assert len(next_of(reports, "data").splits.train) == 60000
    snap = next_of(reports, "snapshot")
    assert snap.global_step == 0 and snap.state == "paused"
    assert snap.note == Message("engine.ready") and snap.message == ""   # a code: the GUI words it


def test_step_and_phase_are_always_shown_with_full_traces(engine):
    eng, reports = engine
    next_of(reports, "snapshot")
    eng.send(p.Step())
    snap = next_of(reports, "snapshot", where=lambda s: s.global_step == 1)
    assert snap.trace is not None and snap.trace.layers[0].dW is not None
    # the snapshot's network shares the trace's W (sent once) and equals it
    assert snap.network.layers[0].W is snap.trace.layers[0].W_after
    assert snap.network.layers[0].dW is None
    eng.send(p.Phase())
    assert next_of(reports, "snapshot", where=lambda s: s.phase == "forward").global_step == 1


def test_play_skips_snapshots_while_the_sink_is_not_ready_but_keeps_every_loss(mnist_splits):
    reports: queue.Queue = queue.Queue()
    flow = SnapshotFlow(limit=1)
    config = get_preset("fast").config.replace(hidden=(16,), epochs=50)
    eng = EngineLoop(config, reports.put, loader=lambda c, d: mnist_splits, emit_interval=0.0, flow=flow)
    thread = threading.Thread(target=eng.loop)
    thread.start()
    try:
        ready = next_of(reports, "snapshot")
        eng.send(p.Taken(ready.serial))
        eng.send(p.Play())
        first = next_of(reports, "snapshot", where=lambda s: s.state == "playing")   # not taken: the GUI is "busy"
        deadline = time.monotonic() + 30     # training goes on while the sink is busy (bounded wait)
        while eng.run.global_step < 200 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert eng.run.global_step >= 200
        assert reports.qsize() < 5           # ... without a snapshot per step
        eng.send(p.Taken(first.serial))      # the GUI took it: room for the next
        later = next_of(reports, "snapshot", where=lambda s: s.global_step >= 200)
        eng.send(p.Pause())
        next_of(reports, "state", where=lambda s: s.state == "paused")
    finally:
        eng.send(p.Stop())
        thread.join(10)
    # the skipped steps' losses arrive with the next snapshot: none is lost
    steps = later.new_losses[:, 0]
    assert len(first.new_losses) == first.global_step and steps[0] == first.global_step + 1
    assert np.all(np.diff(steps) == 1) and steps[-1] == later.global_step


def test_a_failing_command_is_an_error_report_and_the_loop_goes_on(engine):
    eng, reports = engine
    next_of(reports, "snapshot")
    eng.send(NoSuchCommand())
    failed = next_of(reports, "error")
    assert failed.message == Message("engine.unknown_command", ("NoSuchCommand",))
    assert isinstance(failed.message, Message) and failed.error == "EngineRefusal"
    eng.send(p.Step())
    assert next_of(reports, "snapshot", where=lambda s: s.global_step == 1).state == "paused"


@dataclass(frozen=True)
class NoSuchCommand(p.Command):
    """A command the engine has no handler for."""
