"""Files the engine is asked to open: a model or run that cannot be used is refused with a
coded reason and leaves the current run exactly as it was; a configuration too large for
the machine is refused before anything is allocated."""

from __future__ import annotations

import queue
import threading

import numpy as np
import pytest

from backprop_viz.core.messages import english
from backprop_viz.core.modelfile import save_model
from backprop_viz.core.network import Network
from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits, load_bundled_mnist
from backprop_viz.engine import protocol as p
from backprop_viz.engine.loop import EngineLoop
from backprop_viz.engine.snapshot import Snapshot

CONFIG = get_preset("fast").config.replace(hidden=(16,), batch_size=16)


@pytest.fixture(scope="module")
def splits():
    mnist = load_bundled_mnist()
    return Splits(mnist.train.subset(slice(0, 1000)), mnist.test.subset(slice(0, 300)))


@pytest.fixture
def engine(splits):
    reports: queue.Queue = queue.Queue()
    loop = EngineLoop(CONFIG, reports.put, loader=lambda c, d: splits)
    thread = threading.Thread(target=loop.loop, daemon=True)
    thread.start()
    yield loop, reports
    loop.send(p.Stop())
    thread.join(10)


def next_of(reports, kind, where=lambda r: True):
    while True:
        r = reports.get(timeout=30)
        if isinstance(r, kind) and where(r):
            return r


def trained(loop, reports, n=3):
    next_of(reports, Snapshot)
    for _ in range(n):
        loop.send(p.Step())
    return next_of(reports, Snapshot, lambda s: s.global_step == n)


@pytest.mark.parametrize("n_inputs, n_outputs", [(100, 10), (784, 5), (784, 1000)])
def test_a_model_for_another_network_is_refused_and_the_run_is_untouched(engine, tmp_path, n_inputs, n_outputs):
    loop, reports = engine
    before = trained(loop, reports)
    run, params = loop.run, [a.copy() for layer in loop.run.network.get_params() for a in layer.values()]
    other = CONFIG.replace(n_inputs=n_inputs, n_outputs=n_outputs,
                           loss="squared_error" if n_outputs == 1 else CONFIG.loss)
    path = save_model(tmp_path / "other.npz", Network.from_config(other), other)
    loop.send(p.LoadModel(str(path)))
    failed = next_of(reports, p.Failed)
    text = english(failed.message)
    assert f"{n_inputs}" in text and f"{n_outputs}" in text          # says what the model is
    assert loop.run is run and loop.run.global_step == before.global_step
    after = [a for layer in loop.run.network.get_params() for a in layer.values()]
    assert all(np.array_equal(x, y) for x, y in zip(params, after))
    loop.send(p.Step())                                               # and it trains on
    assert next_of(reports, Snapshot, lambda s: s.global_step == before.global_step + 1)


def test_a_configuration_too_large_for_the_machine_is_refused_before_allocating(engine):
    loop, reports = engine
    before = trained(loop, reports, 1)
    huge = CONFIG.replace(hidden=(8192,) * 16, dtype="float64")
    loop.send(p.Reset(huge))
    failed = next_of(reports, p.Failed)
    assert failed.message.code.startswith("config.memory") or "memory" in english(failed.message)
    assert loop.run.config == before.config and loop.run.global_step == 1
