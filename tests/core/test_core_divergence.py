"""A NaN/Inf loss or update raises DivergenceError and leaves the last finite parameters."""

import numpy as np
import pytest

from backprop_viz.core import (Config, DivergenceError, Network, PhaseError, Trainer, TrainingError,
                               make_optimizer)

# overflow is what these tests provoke
pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")


def make(dtype="float32", capture="off", **options):
    options = {"n_inputs": 5, "hidden": (4,), "n_outputs": 3, "activation": "identity", "output": "identity",
               "loss": "squared_error", "optimizer": "sgd", "lr": 0.1, "init": "normal", "init_scale": 1.0,
               "dtype": dtype, **options}
    config = Config(**options)
    net = Network.from_config(config)
    return Trainer(net, make_optimizer(config, net.param_triples()), capture=capture)


def data(dtype=np.float32):
    rng = np.random.default_rng(0)
    return rng.standard_normal((8, 5)).astype(dtype), rng.standard_normal((8, 3)).astype(dtype)


def params_equal(a, b):
    return all(np.array_equal(x[k], y[k]) for x, y in zip(a, b) for k in x)


def all_finite(params):
    return all(np.isfinite(d[k]).all() for d in params for k in d)


@pytest.mark.parametrize("activation,dtype", [("identity", "float32"), ("identity", "float64"),
                                              ("sigmoid", "float32"), ("sigmoid", "float64")])
def test_a_huge_learning_rate_diverges_and_keeps_the_last_finite_parameters(activation, dtype):
    tr = make(dtype=dtype, activation=activation, lr=100.0)
    x, t = data(np.dtype(dtype))
    for step in range(1, 1000):
        before = tr.network.get_params()
        try:
            tr.step(x, t)
        except DivergenceError as error:
            exc = error
            break
    else:
        pytest.fail("lr 100 never diverged")
    assert exc.step == step == tr.step_count + 1
    after = tr.network.get_params()
    assert all_finite(after)
    assert params_equal(after, before)
    assert "diverged" in str(exc) and "last finite parameters" in str(exc)
    assert isinstance(exc, TrainingError) and isinstance(exc, ValueError)


def test_an_infinite_loss_from_a_huge_weight_stops_in_the_forward_phase():
    tr = make()
    params = tr.network.get_params()
    params[1]["W"][0, 0] = 3e38                    # finite, but z² overflows float32
    tr.network.set_params(params)
    before = tr.network.get_params()
    x, t = data()
    with pytest.raises(DivergenceError, match="step 1: the loss is inf"):
        tr.forward(x, t)
    assert params_equal(tr.network.get_params(), before) and all_finite(before)
    assert tr.phase is None and tr.trace is None and tr.step_count == 0
    with pytest.raises(PhaseError):
        tr.backward()                              # nothing to go backward from


def test_nan_in_the_input_changes_no_parameter():
    tr = make(activation="relu", output="softmax", loss="cross_entropy", optimizer="adam")
    x, t = data()
    tr.step(x, np.eye(3, dtype=np.float32)[[0, 1, 2, 0, 1, 2, 0, 1]])
    before = tr.network.get_params()
    state = tr.optimizer.state()
    x[3, 2] = np.nan
    with pytest.raises(DivergenceError, match="step 2.*nan"):
        tr.step(x, np.eye(3, dtype=np.float32)[[0, 1, 2, 0, 1, 2, 0, 1]])
    assert params_equal(tr.network.get_params(), before)
    assert tr.optimizer.t == state["t"] == 1


def test_an_infinite_update_is_refused_before_it_is_applied():
    tr = make()
    tr.optimizer.lr = 1e38                         # finite gradient, ΔW = −lr·dW overflows float32
    x, t = data()
    before = tr.network.get_params()
    with pytest.raises(DivergenceError, match="update is NaN or infinite"):
        tr.step(x, t)
    assert params_equal(tr.network.get_params(), before)
    assert tr.step_count == 0 and tr.optimizer.t == 0
    # the run can go on with a sane learning rate
    tr.optimizer.lr = 0.01
    loss = tr.step(x, t)
    assert np.isfinite(loss) and tr.step_count == 1 and all_finite(tr.network.get_params())


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_a_refused_update_leaves_the_optimizer_state_unchanged(optimizer):
    """Otherwise the refused step's huge gradient stays in the velocity/moments, and even
    after lowering the learning rate every later update is ruined by it."""
    tr = make(optimizer=optimizer)
    x, t = data()
    tr.step(x, t)
    state = tr.optimizer.state()
    tr.optimizer.lr = 1e38 if optimizer == "momentum" else 1e45    # overflow either way
    params = tr.network.get_params()
    params[1]["W"] *= 1e15                        # the loss stays finite, the gradients are huge
    tr.network.set_params(params)
    with pytest.raises(DivergenceError):
        tr.step(x, t)
    after = tr.optimizer.state()
    assert after["t"] == state["t"]
    for b_after, b_before in zip(after["buffers"], state["buffers"]):
        np.testing.assert_array_equal(b_after, b_before)
    # and training can go on from there as if the refused step never happened
    tr.network.set_params([{k: v / 1e15 if (i == 1 and k == "W") else v for k, v in d.items()}
                           for i, d in enumerate(tr.network.get_params())])
    tr.optimizer.lr = 0.01
    tr.step(x, t)
    assert all_finite(tr.network.get_params())
    assert all(np.abs(b).max() < 1e3 for b in tr.optimizer.state()["buffers"])
