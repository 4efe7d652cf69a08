"""The engine's fast path agrees with the lecture-notation reference in ``core/reference.py``.

Same parameters, same minibatches: every layer's ``z``, ``a``, ``delta``, ``dW``, ``db``
from the real :class:`Trainer` trace, and the parameters (and optimizer state) after one
and after several SGD, momentum and Adam updates through the :class:`Trainer` (traced and
lean paths) and a whole :class:`Run`, equal the reference's — to ~1e-12 relative in
float64, more loosely in float32 (the reference then runs in float64 from the same
float32 starting values). The reference itself is checked against central differences.
"""

import numpy as np
import pytest

from backprop_viz.core import Config, Network, Run, Trainer, get_preset, make_optimizer
from backprop_viz.core import reference as ref

TOL = {"float64": 1e-12, "float32": 2e-5}

CASES = {
    # the lecture's own network, narrower: 784-16-10 sigmoid/sigmoid, squared error, 0.01/0.99 targets
    "lecture-sigmoid-se": get_preset("lecture-backprop").config.replace(hidden=(16,)),
    "relu-softmax-ce": Config(n_inputs=12, hidden=(9, 7), n_outputs=4, activation="relu", output="softmax",
                              loss="cross_entropy", init="he_normal", lr=0.1),
    "tanh-softmax-ce": Config(n_inputs=12, hidden=(8, 6), n_outputs=4, activation="tanh", output="softmax",
                              loss="cross_entropy", init="xavier_normal", lr=0.1),
    "tanh-sigmoid-se": Config(n_inputs=12, hidden=(8,), n_outputs=4, activation="tanh", output="sigmoid",
                              loss="squared_error", init="xavier_uniform", lr=0.5),
}
OPTIMIZERS = {"sgd": {}, "momentum": {"momentum": 0.7}, "adam": {"lr": 0.01}, "adam-wd": {"lr": 0.01, "weight_decay": 0.05}}


def make_batch(config, n, rng):
    """Inputs and targets like the app's: lecture-scaled pixels and 0.01/0.99 targets for
    the lecture preset, Gaussian inputs and one-hot targets otherwise."""
    if config.input_scaling == "lecture":
        x = rng.integers(0, 256, (n, config.n_inputs)) / 255 * 0.99 + 0.01
    else:
        x = rng.standard_normal((n, config.n_inputs))
    labels = rng.integers(0, config.n_outputs, n)
    t = np.where(np.eye(config.n_outputs)[labels] == 1, config.target_on, config.target_off)
    dtype = np.dtype(config.dtype)
    return x.astype(dtype), t.astype(dtype), labels


def build(config, dtype, seed=3):
    """The engine's network in ``dtype`` with random non-zero biases, and the reference's
    ``(W, b)`` in float64 holding exactly the same values."""
    net = Network.from_config(config.replace(dtype=dtype))
    params = net.get_params()
    rng = np.random.default_rng(seed)
    for d in params:
        d["b"] = rng.uniform(-0.2, 0.2, d["b"].shape).astype(dtype)
    net.set_params(params)
    W, b = ref.from_params(params)
    return net, [None] + [w.astype(np.float64) for w in W[1:]], [None] + [v.astype(np.float64) for v in b[1:]]


def names(config):
    return config.activation, config.output, config.loss


def close(fast, reference, dtype):
    """``fast`` equals ``reference`` to ``TOL[dtype]`` relative, measured elementwise and
    against the array's largest entry (so entries that cancel to ~0 do not fail on noise)."""
    tol = TOL[dtype]
    reference = np.asarray(reference, dtype=np.float64)
    np.testing.assert_allclose(np.asarray(fast, dtype=np.float64), reference, rtol=tol,
                               atol=tol * max(float(np.abs(reference).max()), 1e-300))


def interleave(W, b):
    """Parameter arrays in ``Network.param_triples`` order: W1, b1, W2, b2, …"""
    return [p for l in range(1, len(W)) for p in (W[l], b[l])]


class ReferenceOptimizer:
    """The textbook updates of :mod:`reference`, applied to every array in turn."""

    def __init__(self, config, arrays):
        self.c, self.t = config, 0
        self.m = [np.zeros_like(p) for p in arrays]   # momentum's velocity, or Adam's m
        self.v = [np.zeros_like(p) for p in arrays]   # Adam's v

    def step(self, arrays, grads):
        c, wd = self.c, self.c.weight_decay
        self.t += 1
        out = []
        for i, (p, g) in enumerate(zip(arrays, grads)):
            if c.optimizer == "sgd":
                out.append(ref.sgd_update(p, g, c.lr, wd))
            elif c.optimizer == "momentum":
                p, self.m[i] = ref.momentum_update(p, g, self.m[i], c.lr, c.momentum, wd)
                out.append(p)
            else:
                p, self.m[i], self.v[i] = ref.adam_update(p, g, self.m[i], self.v[i], self.t, c.lr,
                                                          c.beta1, c.beta2, c.eps, wd)
                out.append(p)
        return out


def reference_step(config, W, b, x, t, opt):
    """One reference step; returns ``(E, W, b)`` after the update."""
    act, out, kind = names(config)
    z, a = ref.forward(W, b, np.asarray(x, np.float64), act, out)
    E = ref.loss(a[-1], t, kind)
    _, dW, db = ref.backward(W, z, a, np.asarray(t, np.float64), act, out, kind)
    new = opt.step(interleave(W, b), interleave(dW, db))
    return E, [None] + new[0::2], [None] + new[1::2]


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("n", [1, 6])
@pytest.mark.parametrize("case", CASES)
def test_every_layer_of_the_trace_matches_the_reference(case, n, dtype):
    config = CASES[case].replace(optimizer="sgd")
    net, W, b = build(config, dtype)
    trainer = Trainer(net, make_optimizer(config, net.param_triples()), capture="full")
    x, t, labels = make_batch(config.replace(dtype=dtype), n, np.random.default_rng(11))
    trainer.step(x, t, labels)
    trace = trainer.trace

    act, out, kind = names(config)
    z, a = ref.forward(W, b, x.astype(np.float64), act, out)
    delta, dW, db = ref.backward(W, z, a, t.astype(np.float64), act, out, kind)
    assert trace.loss == pytest.approx(ref.loss(a[-1], t.astype(np.float64), kind), rel=TOL[dtype])
    assert len(trace.layers) == len(W) - 1
    for layer in trace.layers:
        l = layer.index
        assert layer.z.dtype == np.dtype(dtype) and layer.dW.shape == W[l].shape
        close(layer.a_prev, a[l - 1], dtype)
        for name, fast, reference in [("z", layer.z, z[l]), ("a", layer.a, a[l]), ("delta", layer.delta, delta[l]),
                                      ("dW", layer.dW, dW[l]), ("db", layer.db, db[l])]:
            assert fast.shape == reference.shape, name
            close(fast, reference, dtype)
        close(layer.W_after, ref.sgd_update(W[l], dW[l], config.lr), dtype)
        close(layer.b_after, ref.sgd_update(b[l], db[l], config.lr), dtype)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("capture", ["full", "off"])
@pytest.mark.parametrize("kind", OPTIMIZERS)
@pytest.mark.parametrize("case", CASES)
def test_parameters_after_several_updates_match_the_reference(case, kind, capture, dtype):
    """Six steps on changing minibatches: Adam's rescaled moments, the momentum velocity
    and the flat buffers all get exercised; the lean path (capture "off") included."""
    config = CASES[case].replace(optimizer=kind.split("-")[0], **OPTIMIZERS[kind])
    net, W, b = build(config, dtype)
    trainer = Trainer(net, make_optimizer(config, net.param_triples()), capture=capture)
    opt = ReferenceOptimizer(config, interleave(W, b))
    rng = np.random.default_rng(5)
    steps = 6
    for k in range(steps):
        x, t, _ = make_batch(config.replace(dtype=dtype), 4, rng)
        E, W, b = reference_step(config, W, b, x, t, opt)
        assert trainer.step(x, t) == pytest.approx(E, rel=TOL[dtype])
        for (name, p, _), reference in zip(net.param_triples(), interleave(W, b)):
            close(p, reference, dtype)
    assert trainer.step_count == opt.t == steps
    fast_opt = trainer.optimizer
    for i in range(len(opt.m)):
        if config.optimizer == "adam":          # stored rescaled: M = m/(1−β1), V = v/(1−β2)
            m, v = fast_opt.moments(i)
            close(m, opt.m[i], dtype)
            close(v, opt.v[i], dtype)
        elif config.optimizer == "momentum":
            close(fast_opt.velocity[i], opt.m[i], dtype)


@pytest.mark.parametrize("capture", ["full", "off"])
def test_a_whole_run_follows_the_reference(make_blob_data, capture):
    """A :class:`Run` (its own shuffled minibatches, through ``Trainer.step``) lands where the
    reference lands on the same minibatches, read from a traced twin run's trace."""
    config = Config(n_inputs=20, hidden=(12,), activation="sigmoid", output="softmax", loss="cross_entropy",
                    optimizer="adam", lr=0.01, batch_size=16, dtype="float64", seed=4)
    data = make_blob_data(n_train=64, n_eval=20, dtype=np.float64)
    traced, run = Run(config, data, capture="full"), Run(config, data, capture=capture)
    W, b = ref.from_params(run.network.get_params())
    opt = ReferenceOptimizer(config, interleave(W, b))
    for _ in range(6):                           # one and a half epochs
        traced.step()
        loss, _ = run.step()
        trace = traced.trainer.trace
        E, W, b = reference_step(config, W, b, trace.x, trace.targets, opt)
        assert loss == pytest.approx(E, rel=1e-12)
    assert run.epoch == 1 and run.global_step == 6
    for (_, p, _), reference in zip(run.network.param_triples(), interleave(W, b)):
        close(p, reference, "float64")


@pytest.mark.parametrize("case", CASES)
def test_evaluate_and_infer_use_the_reference_forward(case):
    """``Network.evaluate`` runs its own forward (output layer inlined): same loss and accuracy."""
    config = CASES[case]
    net, W, b = build(config, "float64")
    x, t, labels = make_batch(config.replace(dtype="float64"), 30, np.random.default_rng(8))
    act, out, kind = names(config)
    _, a = ref.forward(W, b, x, act, out)
    loss, accuracy = net.evaluate(x, t, labels, batch_size=7)     # several chunks, a short last one
    assert loss == pytest.approx(ref.loss(a[-1], t, kind), rel=1e-12)
    assert accuracy == np.mean(a[-1].argmax(axis=1) == labels)
    close(net.infer(x), a[-1], "float64")


@pytest.mark.parametrize("case", ["relu-softmax-ce", "tanh-sigmoid-se"])
def test_trace_statistics_equal_plain_numpy_on_the_reference(case):
    """``core/trace.py`` writes its sums as BLAS products; they are the plain mean, std and norm."""
    config = CASES[case].replace(optimizer="sgd")
    net, W, b = build(config, "float64")
    trainer = Trainer(net, make_optimizer(config, net.param_triples()), capture="stats")
    x, t, labels = make_batch(config.replace(dtype="float64"), 9, np.random.default_rng(2))
    trainer.step(x, t, labels)
    act, out, kind = names(config)
    z, a = ref.forward(W, b, x, act, out)
    delta, dW, _ = ref.backward(W, z, a, t, act, out, kind)
    dead = []
    for layer in trainer.trace.layers:
        l, s = layer.index, layer.stats
        for key, value in [("z_mean", z[l].mean()), ("z_std", z[l].std()), ("a_mean", a[l].mean()),
                           ("a_std", a[l].std()), ("delta_mean", delta[l].mean()), ("delta_std", delta[l].std()),
                           ("grad_norm", np.linalg.norm(dW[l]))]:
            assert s[key] == pytest.approx(value, rel=1e-9, abs=1e-15), key
        if layer.activation == "relu":
            dead.append(s["dead_frac"])
            assert s["dead_frac"] == pytest.approx(np.mean((z[l] <= 0).all(axis=0)), abs=1e-12)
    assert case != "relu-softmax-ce" or max(dead) > 0        # a dead unit was there to count


def loss_at(W, b, x, t, names_):
    act, out, kind = names_
    _, a = ref.forward(W, b, x, act, out)
    return ref.loss(a[-1], t, kind)


@pytest.mark.parametrize("names_", [("sigmoid", "sigmoid", "squared_error"), ("tanh", "sigmoid", "squared_error"),
                                    ("relu", "softmax", "cross_entropy"), ("tanh", "softmax", "cross_entropy")])
def test_the_reference_gradients_equal_finite_differences(names_):
    """The reference is right on its own: every dW_l, db_l entry of a 3-4-3-2 network equals
    the central difference (E(w + ε) − E(w − ε)) / 2ε in float64."""
    rng = np.random.default_rng(1)
    sizes = (3, 4, 3, 2)
    W = [None] + [rng.standard_normal((m, n)) for m, n in zip(sizes, sizes[1:])]
    b = [None] + [rng.uniform(-0.5, 0.5, n) for n in sizes[1:]]
    x = rng.standard_normal((5, 3))
    t = np.eye(2)[rng.integers(0, 2, 5)]
    act, out, kind = names_
    z, a = ref.forward(W, b, x, act, out)
    if act == "relu":
        assert np.min(np.abs(np.concatenate([z[1].ravel(), z[2].ravel()]))) > 1e-4   # no kink within ε
    _, dW, db = ref.backward(W, z, a, t, act, out, kind)
    eps = 1e-6
    for params, grads in ((W, dW), (b, db)):
        for l in range(1, len(sizes)):
            numerical = np.zeros_like(params[l])
            for i in np.ndindex(params[l].shape):
                saved = params[l][i]
                params[l][i] = saved + eps
                plus = loss_at(W, b, x, t, names_)
                params[l][i] = saved - eps
                minus = loss_at(W, b, x, t, names_)
                params[l][i] = saved
                numerical[i] = (plus - minus) / (2 * eps)
            assert np.abs(grads[l]).max() > 1e-4            # a gradient worth checking
            np.testing.assert_allclose(grads[l], numerical, rtol=1e-6, atol=1e-9)


def test_the_reference_sgd_step_lowers_the_loss():
    rng = np.random.default_rng(0)
    W = [None, rng.standard_normal((3, 4)), rng.standard_normal((4, 2))]
    b = [None, np.zeros(4), np.zeros(2)]
    x, t = rng.standard_normal((8, 3)), np.eye(2)[rng.integers(0, 2, 8)]
    E0, W, b = ref.train_step(W, b, x, t, 0.5, "tanh", "softmax", "cross_entropy")
    E1, _, _ = ref.train_step(W, b, x, t, 0.5, "tanh", "softmax", "cross_entropy")
    assert E1 < E0


@pytest.mark.parametrize("call, message", [
    (lambda W, b, x: ref.forward(W, b, x, "swish"), "unknown activation 'swish'"),
    (lambda W, b, x: ref.forward(W, b, x[:, :2]), r"expected \(N, 3\)"),
    (lambda W, b, x: ref.forward(W, b, x, "softmax", "softmax"), "softmax is an output activation"),
    (lambda W, b, x: ref.loss(x, x, "hinge"), "unknown loss 'hinge'"),
    (lambda W, b, x: ref.output_delta(x, x, x, "sigmoid", "cross_entropy"), "needs a softmax output"),
    (lambda W, b, x: ref.output_delta(x, x, x, "softmax", "squared_error"), "cross_entropy loss only"),
])
def test_bad_input_gets_a_clear_error(call, message):
    W, b = [None, np.ones((3, 2))], [None, np.zeros(2)]
    with pytest.raises(ValueError, match=message):
        call(W, b, np.ones((4, 3)))
