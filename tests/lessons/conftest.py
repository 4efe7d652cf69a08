"""Real steps for the lesson tests: a network of a preset trained on bundled MNIST samples,
with its trace after each phase (the same Trainer the engine runs)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from backprop_viz.core.network import Network
from backprop_viz.core.optimizers import make_optimizer
from backprop_viz.core.presets import get_preset
from backprop_viz.core.trainer import Trainer
from backprop_viz.data import load_bundled_mnist


@pytest.fixture(scope="session")
def mnist():
    return load_bundled_mnist()


def real_step(mnist, config, n: int, first: int = 0):
    """One full-capture step of ``config`` on training samples ``first … first+n−1``."""
    net = Network.from_config(config)
    trainer = Trainer(net, make_optimizer(config, net.param_triples()), capture="full")
    sub = mnist.train.subset(np.arange(first, first + n))
    x = sub.inputs(config.input_scaling, np.dtype(config.dtype))
    t = sub.one_hot(config.target_off, config.target_on, np.dtype(config.dtype))
    trainer.forward(x, t, np.asarray(sub.labels))
    forward = trainer.trace
    trainer.backward()
    backward = trainer.trace
    trainer.update()
    return SimpleNamespace(config=config, network=net, forward=forward, backward=backward, update=trainer.trace)


@pytest.fixture(scope="session")
def lecture(mnist):
    """The lecture's 784-100-10 network, one step on one sample."""
    return real_step(mnist, get_preset("lecture-backprop").config, 1)


@pytest.fixture(scope="session")
def batch(mnist):
    """A small softmax network, one step on a minibatch of 8."""
    return real_step(mnist, get_preset("fast").config.replace(hidden=(32, 16), batch_size=8), 8, first=100)


@pytest.fixture(scope="session")
def step_of(mnist):
    """``step_of(config, n)``: one full-capture step of ``config`` on ``n`` training samples
    (test modules cannot import conftest by name)."""
    return lambda config, n, first=0: real_step(mnist, config, n, first)
