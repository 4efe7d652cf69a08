"""The three-phase Trainer: order enforcement, what the trace holds after each phase,
capture levels, read-only copies and statistics that equal NumPy's."""

import math

import numpy as np
import pytest

from backprop_viz.core import Config, ConfigError, Network, PhaseError, Trainer, make_optimizer

FORWARD_FIELDS = {"a_prev", "z", "a", "W_before", "b_before"}
BACKWARD_FIELDS = {"delta", "dW", "db"}
UPDATE_FIELDS = {"W_after", "b_after", "dW_update", "db_update"}
ARRAY_FIELDS = FORWARD_FIELDS | BACKWARD_FIELDS | UPDATE_FIELDS | {"z_hat", "mask"}


def make_trainer(capture="full", dtype="float64", **options):
    options = {"n_inputs": 8, "hidden": (6, 5), "n_outputs": 4, "dtype": dtype, "seed": 3, **options}
    config = Config(**options)
    net = Network.from_config(config)
    return Trainer(net, make_optimizer(config, net.param_triples()), capture=capture)


def batch(n=5, seed=0, n_in=8, n_out=4, dtype=np.float64):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, n_out, n)
    return rng.standard_normal((n, n_in)).astype(dtype), np.eye(n_out, dtype=dtype)[labels], labels


def set_fields(layer_trace):
    return {name for name in ARRAY_FIELDS if getattr(layer_trace, name) is not None}


# -- phase order ---------------------------------------------------------------------------

def test_backward_before_forward_raises():
    tr = make_trainer()
    with pytest.raises(PhaseError):
        tr.backward()
    assert tr.trace is None


def test_update_before_backward_raises():
    tr = make_trainer()
    with pytest.raises(PhaseError):
        tr.update()
    x, t, _ = batch()
    tr.forward(x, t)
    with pytest.raises(PhaseError):
        tr.update()                     # forward done, backward skipped
    assert tr.phase == "forward"


def test_forward_twice_without_finishing_raises():
    tr = make_trainer()
    x, t, _ = batch()
    tr.forward(x, t)
    with pytest.raises(PhaseError):
        tr.forward(x, t)
    tr.backward()
    with pytest.raises(PhaseError):
        tr.forward(x, t)
    with pytest.raises(PhaseError):
        tr.backward()
    tr.update()
    tr.forward(x, t)                     # a new step may start after the update
    assert tr.phase == "forward"


def test_parameters_change_only_in_the_update_phase():
    tr = make_trainer()
    x, t, _ = batch()
    W0 = [layer.W.copy() for layer in tr.network.layers]
    tr.forward(x, t)
    tr.backward()
    assert all(np.array_equal(w, layer.W) for w, layer in zip(W0, tr.network.layers))
    tr.update()
    assert all(not np.array_equal(w, layer.W) for w, layer in zip(W0, tr.network.layers))
    assert tr.step_count == 1


# -- what the trace holds after each phase -------------------------------------------------

def test_trace_fields_after_each_phase():
    tr = make_trainer()
    x, t, labels = batch()
    tr.forward(x, t, labels, np.arange(5))
    tf = tr.trace
    assert tf.phase == "forward" and tf.step == 1 and tf.capture == "full"
    assert all(set_fields(L) == FORWARD_FIELDS for L in tf.layers)
    assert tf.x.shape == (5, 8) and tf.targets.shape == (5, 4) and tf.output.shape == (5, 4)
    np.testing.assert_array_equal(tf.labels, labels)
    np.testing.assert_array_equal(tf.indices, np.arange(5))
    assert tf.batch_size == 5 and math.isfinite(tf.loss)
    tr.backward()
    tb = tr.trace
    assert tb.phase == "backward" and tb.step == 1
    assert all(set_fields(L) == FORWARD_FIELDS | BACKWARD_FIELDS for L in tb.layers)
    tr.update()
    tu = tr.trace
    assert tu.phase == "update" and tu.step == 1
    assert all(set_fields(L) == FORWARD_FIELDS | BACKWARD_FIELDS | UPDATE_FIELDS for L in tu.layers)
    # the earlier trace objects are snapshots: they did not grow later fields
    assert all(L.delta is None for L in tf.layers) and all(L.W_after is None for L in tb.layers)
    tr.forward(x, t)
    assert tr.trace.step == 2 and tr.trace.layers[0].delta is None


def test_trace_arrays_are_read_only_copies_that_do_not_change_when_training_continues():
    tr = make_trainer(dropout=0.3)
    x, t, _ = batch()
    tr.step(x, t)
    trace = tr.trace
    saved = [{name: getattr(L, name).copy() for name in set_fields(L)} for L in trace.layers]
    for L in trace.layers:
        for name in set_fields(L):
            arr = getattr(L, name)
            assert not arr.flags.writeable, name
            with pytest.raises(ValueError):
                arr[...] = 0
    # not views of the network's own buffers
    layer = tr.network.layers[0]
    for name in ("W_before", "W_after", "dW", "z", "a"):
        assert not np.shares_memory(getattr(trace.layers[0], name), layer.W)
        assert not np.shares_memory(getattr(trace.layers[0], name), layer.dW)
    x2, t2, _ = batch(seed=9)
    for _ in range(3):
        tr.step(x2, t2)
    for L, old in zip(trace.layers, saved):
        for name, value in old.items():
            np.testing.assert_array_equal(getattr(L, name), value, err_msg=name)
    assert not np.array_equal(tr.trace.layers[0].W_after, trace.layers[0].W_after)


def test_capture_stats_gives_statistics_without_arrays():
    tr = make_trainer(capture="stats")
    x, t, _ = batch()
    tr.step(x, t)
    trace = tr.trace
    assert trace.capture == "stats" and trace.x is None and trace.output is None
    for L in trace.layers:
        assert set_fields(L) == set()
        assert {"z_mean", "z_std", "a_mean", "a_std", "delta_mean", "delta_std", "grad_norm",
                "update_ratio", "W_norm", "update_norm"} <= set(L.stats)
    assert math.isfinite(trace.loss)


def test_capture_off_gives_neither_arrays_nor_statistics():
    tr = make_trainer(capture="off")
    x, t, _ = batch()
    loss = tr.step(x, t)
    trace = tr.trace
    assert trace.capture == "off" and trace.loss == loss and math.isfinite(loss)
    assert trace.x is None
    for L in trace.layers:
        assert set_fields(L) == set() and L.stats == {}


def test_capture_can_change_between_steps_and_rejects_unknown_levels():
    tr = make_trainer(capture="off")
    x, t, _ = batch()
    tr.step(x, t)
    tr.capture = "full"
    tr.step(x, t)
    assert tr.trace.layers[0].dW is not None
    with pytest.raises(ConfigError) as info:
        tr.capture = "everything"
    assert "capture" in str(info.value) and "full, stats, off" in str(info.value)


# -- statistics equal NumPy's computations -------------------------------------------------

@pytest.mark.parametrize("dtype,rtol", [("float64", 1e-9), ("float32", 2e-3)])
def test_statistics_equal_numpy(dtype, rtol):
    tr = make_trainer(activation="relu", dtype=dtype, optimizer="sgd", lr=0.1)
    x, t, _ = batch(n=16, dtype=np.dtype(dtype))
    tr.step(x, t)
    for L in tr.trace.layers:
        s = L.stats
        z, a = L.z.astype(np.float64), L.a.astype(np.float64)
        assert s["z_mean"] == pytest.approx(z.mean(), rel=rtol, abs=1e-6)
        assert s["z_std"] == pytest.approx(z.std(), rel=rtol)
        assert s["a_mean"] == pytest.approx(a.mean(), rel=rtol, abs=1e-6)
        assert s["a_std"] == pytest.approx(a.std(), rel=rtol)
        assert s["delta_std"] == pytest.approx(L.delta.astype(np.float64).std(), rel=rtol)
        assert s["grad_norm"] == pytest.approx(np.linalg.norm(L.dW.astype(np.float64)), rel=rtol)
        update = np.linalg.norm(L.dW_update.astype(np.float64))
        assert s["update_norm"] == pytest.approx(update, rel=rtol)
        assert s["W_norm"] == pytest.approx(np.linalg.norm(L.W_after.astype(np.float64)), rel=rtol)
        assert s["update_ratio"] == pytest.approx(update / np.linalg.norm(L.W_after.astype(np.float64)), rel=rtol)
        # SGD: ||ΔW|| = lr·||dW||
        assert s["update_norm"] == pytest.approx(0.1 * s["grad_norm"], rel=rtol)
    hidden = tr.trace.layers[0]
    assert hidden.stats["dead_frac"] == pytest.approx(float((hidden.z.max(axis=0) <= 0).mean()))


def test_dead_relu_fraction_counts_units_dead_for_the_whole_batch():
    tr = make_trainer(activation="relu")
    params = tr.network.get_params()
    params[0]["b"][:3] = -1e3           # units 0..2 of layer 1 can never fire
    params[0]["b"][3:] = 1e3            # units 3..5 always fire
    tr.network.set_params(params)
    x, t, _ = batch()
    tr.forward(x, t)
    assert tr.trace.layers[0].stats["dead_frac"] == pytest.approx(0.5)


def test_saturation_fraction_of_sigmoid_and_tanh():
    for activation in ("sigmoid", "tanh"):
        tr = make_trainer(activation=activation)
        params = tr.network.get_params()
        params[0]["b"][:2] = 50.0        # 2 of 6 units saturated for every sample
        tr.network.set_params(params)
        x, t, _ = batch()
        tr.forward(x, t)
        L = tr.trace.layers[0]
        expected = np.mean((L.a < 0.01) | (L.a > 0.99)) if activation == "sigmoid" else np.mean(np.abs(L.a) > 0.99)
        assert L.stats["saturated_frac"] == pytest.approx(expected)
        assert L.stats["saturated_frac"] >= 2 / 6


def test_step_returns_the_loss_before_the_update_and_counts_steps():
    tr = make_trainer(capture="off", optimizer="sgd", lr=0.05)
    x, t, _ = batch()
    tr.network.forward(x)
    expected = tr.network.compute_loss(t)
    losses = [tr.step(x, t) for _ in range(5)]
    assert losses[0] == pytest.approx(expected, rel=1e-12)
    assert tr.step_count == 5 and tr.trace.step == 5
    assert losses[-1] < losses[0]         # gradient descent on one batch lowers its loss
