"""The engine loop without Qt: commands in, reports out, in a plain thread."""

import queue
import threading

import numpy as np
import pytest

from backprop_viz.core.presets import get_preset
from backprop_viz.engine import loop as engine_loop
from backprop_viz.engine.loop import EngineLoop


@pytest.fixture
def engine(mnist_splits):
    reports: queue.Queue = queue.Queue()
    config = get_preset("fast").config.replace(hidden=(32,), epochs=50)
    eng = EngineLoop(config, lambda kind, payload: reports.put((kind, payload)),
                     loader=lambda c, d: mnist_splits, emit_interval=0.01)
    thread = threading.Thread(target=eng.loop)
    thread.start()
    yield eng, reports
    eng.send("stop")
    thread.join(10)
    assert not thread.is_alive()


@pytest.fixture(scope="module")
def mnist_splits():
    from backprop_viz.data import load_bundled_mnist
    return load_bundled_mnist()


def next_of(reports, kind, timeout=20, where=lambda p: True):
    while True:
        k, payload = reports.get(timeout=timeout)
        if k == kind and where(payload):
            return payload


def test_setup_reports_data_then_a_ready_snapshot_with_an_english_template(engine):
    eng, reports = engine
    assert len(next_of(reports, "data").train) == 60000
    snap = next_of(reports, "snapshot")
    assert snap.global_step == 0 and snap.state == "paused"
    assert snap.message == engine_loop.READY and snap.message_args == ()


def test_step_and_phase_are_always_shown_with_full_traces(engine):
    eng, reports = engine
    next_of(reports, "snapshot")
    eng.send("step")
    snap = next_of(reports, "snapshot", where=lambda s: s.global_step == 1)
    assert snap.trace is not None and snap.trace.layers[0].dW is not None
    # the snapshot's network shares the trace's W (sent once) and equals it
    assert snap.network.layers[0].W is snap.trace.layers[0].W_after
    assert snap.network.layers[0].dW is None
    eng.send("phase")
    assert next_of(reports, "snapshot", where=lambda s: s.phase == "forward").global_step == 1


def test_play_skips_snapshots_while_the_sink_is_not_ready_but_keeps_every_loss(mnist_splits):
    reports: queue.Queue = queue.Queue()
    ready = threading.Event()
    config = get_preset("fast").config.replace(hidden=(16,), epochs=50)
    eng = EngineLoop(config, lambda kind, payload: reports.put((kind, payload)), loader=lambda c, d: mnist_splits,
                     emit_interval=0.0, ready=ready.is_set)
    thread = threading.Thread(target=eng.loop)
    thread.start()
    try:
        next_of(reports, "snapshot")
        eng.send("play")
        first = next_of(reports, "snapshot", where=lambda s: s.state == "playing")
        while eng.run.global_step < 200:     # training goes on while the sink is busy
            threading.Event().wait(0.01)
        assert reports.qsize() < 5           # ... without a snapshot per step
        ready.set()
        later = next_of(reports, "snapshot", where=lambda s: s.global_step >= 200)
        eng.send("pause")
        next_of(reports, "state", where=lambda s: s == "paused")
    finally:
        eng.send("stop")
        thread.join(10)
    # the skipped steps' losses arrive with the next snapshot: none is lost
    steps = later.new_losses[:, 0]
    assert steps[0] == first.global_step + 1 if len(first.new_losses) else True
    assert np.all(np.diff(steps) == 1) and steps[-1] == later.global_step


def test_a_failing_command_is_an_error_report_and_the_loop_goes_on(engine):
    eng, reports = engine
    next_of(reports, "snapshot")
    eng.send("no-such-command")
    name, text = next_of(reports, "error")
    assert name == "ValueError" and "unknown command" in text
    eng.send("step")
    assert next_of(reports, "snapshot", where=lambda s: s.global_step == 1).state == "paused"
