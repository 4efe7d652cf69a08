"""How a run stops, goes on and comes back: the state paused in is shown in full, Play after the
last epoch trains one more with the epoch count raised, Reset can be undone exactly, a loaded
network says where it came from, and a stretch trained without captures is marked as a gap."""

import queue
import threading
import time

import numpy as np
import pytest

from backprop_viz.core.messages import Message
from backprop_viz.core.presets import get_preset
from backprop_viz.engine import loop as loop_module
from backprop_viz.engine import protocol as p
from backprop_viz.engine.flow import SnapshotFlow
from backprop_viz.engine.loop import EngineLoop
from backprop_viz.engine.snapshot import Snapshot

#: 100 steps an epoch on MNIST's 60,000 training images: an epoch takes well under a second
CONFIG = get_preset("fast").config.replace(hidden=(32,), batch_size=600, epochs=1)


@pytest.fixture(scope="module")
def mnist_splits():
    from backprop_viz.data import load_bundled_mnist
    return load_bundled_mnist()


class Engine:
    """A real EngineLoop in a thread; snapshots are acknowledged like a GUI that keeps up."""

    def __init__(self, splits, config=CONFIG, flow=None, ack=True):
        self.reports: queue.Queue = queue.Queue()
        self.ack = ack
        self.loop = EngineLoop(config, self.reports.put, loader=lambda c, d: splits, emit_interval=0.005, flow=flow)
        self.thread = threading.Thread(target=self.loop.loop)
        self.thread.start()

    def send(self, command):
        self.loop.send(command)

    def next(self, kind=Snapshot, where=lambda r: True, timeout=60):
        while True:
            report = self.reports.get(timeout=timeout)
            if isinstance(report, Snapshot) and self.ack:
                self.loop.send(p.Taken(report.serial))
            if isinstance(report, kind) and where(report):
                return report

    def stop(self):
        self.loop.send(p.Stop())
        self.thread.join(10)
        assert not self.thread.is_alive()


@pytest.fixture
def engine(mnist_splits):
    eng = Engine(mnist_splits)
    eng.next()   # the ready snapshot
    yield eng
    eng.stop()


def test_pause_while_playing_shows_the_step_paused_at_in_full(engine):
    engine.send(p.Play())
    engine.next(where=lambda s: s.state == "playing" and s.global_step >= 5)
    engine.send(p.Pause())
    paused = engine.next(where=lambda s: s.state == "paused")
    assert paused.trace.step == paused.global_step and paused.trace.phase == "update"
    assert paused.trace.layers[0].dW is not None and paused.trace.layers[0].W_after is not None
    # the network the views draw is the one after that very step
    np.testing.assert_array_equal(paused.network.layers[0].W, paused.trace.layers[0].W_after)


def test_a_finished_run_shows_its_last_step_and_play_trains_one_epoch_more(engine):
    engine.send(p.Play())
    done = engine.next(where=lambda s: s.state == "paused" and s.epoch == 1)
    assert done.trace.step == done.global_step == 100
    assert done.note == Message("engine.finished", (1,))
    assert (done.epoch, done.config.epochs, done.step_in_epoch) == (1, 1, 0)
    engine.send(p.Play())
    going = engine.next(where=lambda s: s.state == "playing")
    assert going.config.epochs == 2 and going.note == Message("engine.more_epochs", (2,))
    again = engine.next(where=lambda s: s.state == "paused")
    assert (again.epoch, again.config.epochs, again.global_step) == (2, 2, 200)
    assert again.trace.step == again.global_step
    # "run 3 epochs" beyond the planned count raises it too: the shown count never runs past it
    engine.send(p.RunEpochs(3))
    assert engine.next(where=lambda s: s.state == "stepping").config.epochs == 5


def test_play_mid_run_goes_to_the_planned_epochs_without_raising_them(mnist_splits):
    eng = Engine(mnist_splits, config=CONFIG.replace(epochs=2))
    try:
        eng.next()
        eng.send(p.Step())
        eng.next(where=lambda s: s.global_step == 1)
        eng.send(p.Play())
        assert eng.next(where=lambda s: s.state == "playing").note is None
        done = eng.next(where=lambda s: s.state == "paused")
        assert (done.epoch, done.config.epochs, done.trace.step) == (2, 2, 200)
    finally:
        eng.stop()


def test_undo_reset_brings_back_the_exact_run(engine):
    for _ in range(3):
        engine.send(p.Step())
    before = engine.next(where=lambda s: s.global_step == 3)
    engine.send(p.Reset())
    fresh = engine.next(where=lambda s: s.run_id != before.run_id)
    assert fresh.global_step == 0
    assert not np.array_equal(fresh.network.layers[0].W, before.network.layers[0].W)
    engine.send(p.UndoReset())
    back = engine.next(where=lambda s: s.note == Message("engine.undone"))
    assert back.run_id == before.run_id and back.global_step == 3 and back.state == "paused"
    for old, new in zip(before.network.layers, back.network.layers):
        np.testing.assert_array_equal(old.W, new.W)
        np.testing.assert_array_equal(old.b, new.b)
    assert back.trace is before.trace or back.trace.step == 3
    # the GUI starts its curves afresh for the run: every loss comes again
    assert [int(s) for s in back.new_losses[:, 0]] == [1, 2, 3]
    # training goes on exactly where it stopped: the same minibatch order and optimizer state
    engine.send(p.Step())
    assert engine.next(where=lambda s: s.global_step == 4).run_id == before.run_id
    # a second undo has nothing to bring back: a clear refusal, and the engine stays usable
    engine.send(p.UndoReset())
    failed = engine.next(kind=p.Failed)
    assert failed.message == Message("engine.nothing_to_undo")
    engine.send(p.Reset())
    assert engine.next(where=lambda s: s.global_step == 0).run_id not in (before.run_id, fresh.run_id)


def test_undone_run_continues_like_the_run_that_was_never_reset(mnist_splits):
    """Reset + Undo + 2 steps gives the very parameters of 5 uninterrupted steps."""
    finals = []
    for undo in (False, True):
        eng = Engine(mnist_splits)
        try:
            eng.next()
            for _ in range(3):
                eng.send(p.Step())
            eng.next(where=lambda s: s.global_step == 3)
            if undo:
                eng.send(p.Reset())
                eng.send(p.UndoReset())
                eng.next(where=lambda s: s.note == Message("engine.undone"))
            for _ in range(2):
                eng.send(p.Step())
            finals.append(eng.next(where=lambda s: s.global_step == 5).network.layers[0].W)
        finally:
            eng.stop()
    np.testing.assert_array_equal(finals[0], finals[1])


def test_a_loaded_model_says_it_came_from_a_file(engine, tmp_path):
    from backprop_viz.core.modelfile import save_model

    engine.send(p.Step())
    trained = engine.next(where=lambda s: s.global_step == 1)
    assert trained.loaded_from == ""
    path = tmp_path / "model.npz"
    save_model(path, trained.network, trained.config)
    engine.send(p.LoadModel(str(path)))
    loaded = engine.next(where=lambda s: s.loaded_from != "")
    assert loaded.loaded_from == str(path) and loaded.global_step == 0 and loaded.trace is None
    engine.send(p.Reset())
    assert engine.next(where=lambda s: s.run_id != loaded.run_id).loaded_from == ""


def test_training_without_captures_for_a_while_is_marked_as_a_gap(mnist_splits, monkeypatch):
    monkeypatch.setattr(loop_module, "GAP_SECONDS", 0.3)
    flow = SnapshotFlow(limit=1)
    # 30,000 steps an epoch: no epoch end (always captured) falls into the stretch
    eng = Engine(mnist_splits, config=CONFIG.replace(batch_size=2, epochs=5), flow=flow, ack=False)
    try:
        ready = eng.next()
        eng.send(p.Taken(ready.serial))
        eng.send(p.Play())
        first = eng.next(where=lambda s: s.state == "playing")   # not taken: the "GUI" is busy
        assert not first.stats_gap
        # steps go on uncaptured until the GUI takes the snapshot it has: wait for such a stretch
        loop = eng.loop
        deadline = time.perf_counter() + 30
        while not (loop._starved_since is not None and time.perf_counter() - loop._starved_since > 0.4):
            assert time.perf_counter() < deadline, "the engine never waited for the GUI"
            time.sleep(0.01)
        eng.send(p.Taken(first.serial))
        later = eng.next(where=lambda s: s.trace is not None and s.trace.step > first.global_step + 1)
        assert later.stats_gap
    finally:
        eng.stop()
