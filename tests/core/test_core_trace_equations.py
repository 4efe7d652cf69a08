"""The lecture's equations hold on a captured trace (capture="full", float64).

    z_l = a_{l-1} @ W_l + b_l        a_l = f(z_l)
    delta_L = (a − t)·a(1 − a)/N      (sigmoid output, squared error)
    delta_L = (softmax(z) − t)/N      (softmax output, cross-entropy, one-hot t)
    delta_l = (delta_{l+1} @ W_{l+1}.T) · f'(z_l)     (W before the update)
    dW_l = a_{l-1}.T @ delta_l        db_l = Σ_n delta_l
    SGD: W_after = W_before − lr·dW,  dW_update = W_after − W_before
"""

import numpy as np
import pytest

from backprop_viz.core import Config, Network, Trainer, make_optimizer

N = 7


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


F = {"sigmoid": (sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z))),
     "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2),
     "relu": (lambda z: np.maximum(z, 0), lambda z: (z > 0).astype(float)),
     "leaky_relu": (lambda z: np.where(z > 0, z, 0.01 * z), lambda z: np.where(z > 0, 1.0, 0.01)),
     "identity": (lambda z: z, np.ones_like)}


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def traced_step(seed=0, lr=0.5, **options):
    config = Config(n_inputs=6, hidden=(5, 4), n_outputs=3, dtype="float64", optimizer="sgd", lr=lr,
                    seed=seed, init="xavier_normal", **options)
    net = Network.from_config(config)
    params = net.get_params()
    rng = np.random.default_rng(seed + 7)
    for d in params:
        d["b"] = rng.uniform(-0.3, 0.3, d["b"].shape)
    net.set_params(params)
    trainer = Trainer(net, make_optimizer(config, net.param_triples()), capture="full")
    x = rng.standard_normal((N, 6))
    labels = rng.integers(0, 3, N)
    t = np.eye(3)[labels]
    if config.loss == "squared_error":
        t = np.where(t == 1, 0.99, 0.01)
    trainer.step(x, t, labels)
    return trainer.trace, x, t, config


def check_common(trace, x, activation, output, lr):
    layers = trace.layers
    assert len(layers) == 3 and trace.phase == "update" and trace.lr == lr
    np.testing.assert_array_equal(trace.x, x)
    np.testing.assert_array_equal(layers[0].a_prev, x)
    for k, L in enumerate(layers):
        f, df = F[output if k == 2 else activation] if (k < 2 or output != "softmax") else (softmax, None)
        if k > 0:
            np.testing.assert_array_equal(L.a_prev, layers[k - 1].a)      # no dropout: a_{l-1}
        np.testing.assert_allclose(L.z, L.a_prev @ L.W_before + L.b_before, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(L.a, f(L.z), rtol=1e-12, atol=1e-12)
        # gradients of this layer
        np.testing.assert_allclose(L.dW, L.a_prev.T @ L.delta, rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(L.db, L.delta.sum(axis=0), rtol=1e-12, atol=1e-14)
        # hidden deltas from the layer above, with W *before* the update
        if k < 2:
            above = layers[k + 1]
            np.testing.assert_allclose(L.delta, (above.delta @ above.W_before.T) * df(L.z), rtol=1e-10, atol=1e-14)
        # plain SGD
        np.testing.assert_allclose(L.W_after, L.W_before - lr * L.dW, rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(L.b_after, L.b_before - lr * L.db, rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(L.dW_update, L.W_after - L.W_before, rtol=1e-9, atol=1e-14)
        np.testing.assert_allclose(L.db_update, L.b_after - L.b_before, rtol=1e-9, atol=1e-14)
        assert L.W_before.shape == (L.n_in, L.n_out) and L.z.shape == (N, L.n_out)
    np.testing.assert_array_equal(trace.output, layers[-1].a)


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "leaky_relu", "identity"])
def test_sigmoid_output_squared_error(activation):
    trace, x, t, c = traced_step(activation=activation, output="sigmoid", loss="squared_error")
    check_common(trace, x, activation, "sigmoid", c.lr)
    out = trace.layers[-1]
    a = out.a
    np.testing.assert_allclose(out.delta, (a - t) * a * (1 - a) / N, rtol=1e-12, atol=1e-15)
    assert trace.loss == pytest.approx(0.5 * np.sum((a - t) ** 2) / N, rel=1e-12)
    np.testing.assert_array_equal(trace.targets, t)


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "tanh"])
def test_softmax_output_cross_entropy(activation):
    trace, x, t, c = traced_step(activation=activation)
    check_common(trace, x, activation, "softmax", c.lr)
    out = trace.layers[-1]
    np.testing.assert_allclose(out.a, softmax(out.z), rtol=1e-12)
    np.testing.assert_allclose(out.delta, (softmax(out.z) - t) / N, rtol=1e-12, atol=1e-15)
    assert trace.loss == pytest.approx(-np.sum(t * np.log(softmax(out.z))) / N, rel=1e-12)
    np.testing.assert_array_equal(trace.labels, np.argmax(t, axis=1))


def test_the_lecture_preset_network_at_batch_one():
    """The lecture's own setting: 784-100-10 sigmoid/sigmoid, squared error, one sample."""
    from backprop_viz.core import get_preset

    config = get_preset("lecture-backprop").config.replace(dtype="float64")
    net = Network.from_config(config)
    trainer = Trainer(net, make_optimizer(config, net.param_triples()), capture="full")
    rng = np.random.default_rng(1)
    x = rng.integers(0, 256, (1, 784)) / 255 * 0.99 + 0.01
    t = np.full((1, 10), 0.01)
    t[0, 3] = 0.99
    trainer.step(x, t)
    hidden, out = trainer.trace.layers
    a = out.a
    np.testing.assert_allclose(out.delta, (a - t) * a * (1 - a), rtol=1e-12)       # N = 1
    np.testing.assert_allclose(hidden.delta, (out.delta @ out.W_before.T) * hidden.a * (1 - hidden.a), rtol=1e-10)
    np.testing.assert_allclose(out.W_after, out.W_before - 0.3 * hidden.a.T @ out.delta, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(hidden.W_after, hidden.W_before - 0.3 * x.T @ hidden.delta, rtol=1e-12, atol=1e-15)


def test_batch_norm_and_dropout_placement_in_the_trace():
    """Linear → BN → activation → Dropout: z_hat = BN(z), a = f(z_hat), next a_prev = a·mask."""
    trace, x, t, c = traced_step(activation="relu", batch_norm=True, dropout=0.4)
    for k, L in enumerate(trace.layers[:-1]):
        mu, var = L.z.mean(axis=0), L.z.var(axis=0)
        np.testing.assert_allclose(L.z_hat, (L.z - mu) / np.sqrt(var + 1e-5), rtol=1e-9, atol=1e-12)  # γ=1, β=0
        np.testing.assert_allclose(L.a, np.maximum(L.z_hat, 0), rtol=1e-12)
        assert set(np.unique(L.mask)) <= {0.0, 1 / 0.6}
        np.testing.assert_allclose(trace.layers[k + 1].a_prev, L.a * L.mask, rtol=1e-12)
        assert "dead_frac" in L.stats
    out = trace.layers[-1]
    assert out.z_hat is None and out.mask is None          # no BN or dropout on the output
    np.testing.assert_allclose(out.z, out.a_prev @ out.W_before + out.b_before, rtol=1e-12)
