"""The public Network API: build, parameters in and out, inference, frozen copies, evaluation."""

import numpy as np
import pytest

from backprop_viz.core import Config, Network, Trainer, make_optimizer


def data(n=12, n_in=6, n_out=4, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, n_out, n)
    return rng.standard_normal((n, n_in)).astype(np.float32), np.eye(n_out, dtype=np.float32)[y], y


def test_build_and_from_config_are_the_same_network():
    a = Network.build([6, 5, 4], activation="tanh", seed=2)
    b = Network.from_config(Config(n_inputs=6, hidden=(5,), n_outputs=4, activation="tanh", seed=2))
    assert a.sizes == b.sizes == (6, 5, 4)
    assert a.config == b.config
    for da, db in zip(a.get_params(), b.get_params()):
        assert np.array_equal(da["W"], db["W"]) and np.array_equal(da["b"], db["b"])
    assert [layer.f.name for layer in a.layers] == ["tanh", "softmax"]
    assert a.dtype == np.float32


def test_n_params():
    assert Network.build([784, 100, 10]).n_params == 784 * 100 + 100 + 100 * 10 + 10 == 79_510
    assert Network.build([784, 256, 128, 10]).n_params == 784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10
    # batch norm adds gamma and beta per hidden unit
    assert Network.build([10, 8, 3], batch_norm=True).n_params == 10 * 8 + 8 + 2 * 8 + 8 * 3 + 3
    assert Network.build([5, 3]).n_params == 18          # no hidden layer


def test_get_params_are_copies_and_set_params_round_trips():
    net = Network.build([6, 5, 4], batch_norm=True, seed=1)
    params = net.get_params()
    assert set(params[0]) == {"W", "b", "gamma", "beta", "running_mean", "running_var"}
    assert set(params[1]) == {"W", "b"}
    params[0]["W"][...] = 7.0                     # editing the copy leaves the network alone
    assert not (net.layers[0].W == 7.0).any()
    other = Network.build([6, 5, 4], batch_norm=True, seed=99)
    rng = np.random.default_rng(0)
    new = [{k: rng.standard_normal(v.shape).astype(np.float32) for k, v in d.items()} for d in params]
    W_buffer = other.layers[0].W
    other.set_params(new)
    for d_new, d_got in zip(new, other.get_params()):
        for k in d_new:
            np.testing.assert_array_equal(d_got[k], d_new[k])
    assert other.layers[0].W is W_buffer          # copied into place: optimizers keep working


def test_set_params_refuses_wrong_shapes_names_and_layer_counts():
    net = Network.build([6, 5, 4])
    before = net.get_params()
    bad = net.get_params()
    bad[1]["W"] = np.zeros((4, 5), np.float32)    # transposed
    with pytest.raises(ValueError, match=r"layer 2 W: expected shape \(5, 4\), got \(4, 5\)"):
        net.set_params(bad)
    bad = net.get_params()
    bad[0]["W"] = np.zeros((6, 5), np.float32)    # valid by itself, but the call is refused as a whole
    bad[1]["b"] = np.zeros(3, np.float32)
    with pytest.raises(ValueError):
        net.set_params(bad)
    assert all(np.array_equal(a[k], b[k]) for a, b in zip(before, net.get_params()) for k in a)
    with pytest.raises(ValueError, match="expected parameters for 2 layers"):
        net.set_params(net.get_params()[:1])
    bad = net.get_params()
    bad[0]["gamma"] = np.ones(5, np.float32)
    with pytest.raises(ValueError, match="layer 1"):
        net.set_params(bad)


def test_loss_and_gradients_match_forward_and_backward():
    net = Network.build([6, 5, 4], activation="sigmoid", seed=3)
    x, t, _ = data()
    loss, grads = net.loss_and_gradients(x, t)
    net.forward(x)
    assert loss == pytest.approx(net.compute_loss(t))
    net.backward(t)
    for layer, g in zip(net.layers, grads):
        np.testing.assert_array_equal(g["W"], layer.dW)
        np.testing.assert_array_equal(g["b"], layer.db)
        assert g["W"] is not layer.dW             # copies


def test_infer_does_not_touch_the_training_caches_or_batch_norm_statistics():
    net = Network.build([6, 5, 4], batch_norm=True, dropout=0.5, seed=0)
    x, t, _ = data()
    net.forward(x)
    cached = [(layer.a_prev, layer.z, layer.a, layer.mask, layer.out) for layer in net.layers]
    snapshot = [[None if v is None else v.copy() for v in c] for c in cached]
    running = [(layer.bn.running_mean.copy(), layer.bn.running_var.copy()) for layer in net.layers[:-1]]
    x2, _, _ = data(n=30, seed=5)
    out = net.infer(x2)
    assert out.shape == (30, 4)
    for layer, c, s in zip(net.layers, cached, snapshot):
        for obj, before, now in zip(c, s, (layer.a_prev, layer.z, layer.a, layer.mask, layer.out)):
            assert now is obj
            if before is not None:
                np.testing.assert_array_equal(now, before)
    for layer, (m, v) in zip(net.layers[:-1], running):
        np.testing.assert_array_equal(layer.bn.running_mean, m)
        np.testing.assert_array_equal(layer.bn.running_var, v)
    # evaluation mode is deterministic (no dropout) and per-sample (running BN statistics)
    np.testing.assert_array_equal(net.infer(x2), out)
    np.testing.assert_allclose(net.infer(x2[:3]), out[:3], rtol=1e-6)


def test_infer_equals_a_manual_evaluation_mode_forward():
    net = Network.build([6, 5, 4], activation="tanh", batch_norm=True, dropout=0.4, dtype="float64", seed=2)
    x, _, _ = data()
    net.forward(x.astype(np.float64))                # updates the running statistics once
    a = x.astype(np.float64)
    for layer in net.layers:
        z = a @ layer.W + layer.b
        if layer.bn is not None:
            bn = layer.bn
            z = (z - bn.running_mean) / np.sqrt(bn.running_var + bn.eps) * bn.gamma + bn.beta
        a = np.tanh(z) if layer is not net.layers[-1] else np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(net.infer(x), a, rtol=1e-12)


def test_batch_norm_running_statistics_follow_pytorch():
    net = Network.build([6, 5, 4], batch_norm=True, dtype="float64")
    x, _, _ = data()
    net.forward(x)
    z = net.layers[0].z
    bn = net.layers[0].bn
    np.testing.assert_allclose(bn.running_mean, 0.1 * z.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(bn.running_var, 0.9 + 0.1 * z.var(axis=0, ddof=1), rtol=1e-12)


def test_frozen_copy_is_unaffected_by_further_training():
    config = Config(n_inputs=6, hidden=(5,), n_outputs=4, batch_norm=True, optimizer="sgd", lr=0.5)
    net = Network.from_config(config)
    tr = Trainer(net, make_optimizer(config, net.param_triples()), capture="off")
    x, t, _ = data()
    tr.step(x, t)
    frozen = net.frozen()
    expected = frozen.infer(x)
    params = frozen.get_params()
    for _ in range(5):
        tr.step(x, t)
    assert not np.allclose(net.infer(x), expected)         # the original did move on
    np.testing.assert_array_equal(frozen.infer(x), expected)
    for a, b in zip(params, frozen.get_params()):
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])
    for fl, ol in zip(frozen.layers, net.layers):
        assert not np.shares_memory(fl.W, ol.W) and not np.shares_memory(fl.b, ol.b)
        if ol.bn is not None:
            assert fl.bn is not ol.bn and not np.shares_memory(fl.bn.running_mean, ol.bn.running_mean)
    assert frozen.layers[0].bn is not None


def test_evaluate_returns_loss_and_accuracy_like_a_manual_computation():
    net = Network.build([6, 5, 4], seed=4)
    x, t, y = data(n=50)
    loss, accuracy = net.evaluate(x, t, y, batch_size=7)    # several chunks, a short last one
    out = net.infer(x).astype(np.float64)
    manual_loss = -np.mean(np.sum(t * np.log(out), axis=1))
    assert loss == pytest.approx(manual_loss, rel=1e-5)
    assert accuracy == np.mean(out.argmax(axis=1) == y)
    assert 0 < accuracy < 1                                   # a meaningful comparison
    np.testing.assert_array_equal(net.predict(x, batch_size=7), out.argmax(axis=1))


def test_evaluate_with_squared_error():
    net = Network.build([6, 5, 4], activation="sigmoid", output="sigmoid", loss="squared_error", seed=1)
    x, t, y = data(n=20)
    loss, accuracy = net.evaluate(x, t, y)
    out = net.infer(x).astype(np.float64)
    assert loss == pytest.approx(0.5 * np.sum((out - t) ** 2) / 20, rel=1e-5)
    assert accuracy == np.mean(out.argmax(axis=1) == y)


def test_astype_makes_an_independent_copy_in_another_dtype():
    net = Network.build([6, 5, 4], batch_norm=True)
    net64 = net.astype(np.float64)
    assert net64.dtype == np.float64 and net.dtype == np.float32
    assert all(layer.bn.gamma.dtype == np.float64 for layer in net64.layers[:-1])
    net64.layers[0].W[...] = 0
    assert net.layers[0].W.any()
    x, _, _ = data()
    np.testing.assert_allclose(net.astype(np.float64).infer(x), net.infer(x), rtol=1e-5)
