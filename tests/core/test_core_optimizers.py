"""SGD, momentum and Adam against textbook reference implementations written here."""

import numpy as np
import pytest

from backprop_viz.core import Adam, Config, Momentum, Network, Optimizer, Trainer, make_optimizer
from backprop_viz.core import optimizers

STEPS = 6


def gradients(shape, steps, seed=0):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(shape) for _ in range(steps)]


def run_engine(opt_factory, W0, grads, lrs=None):
    W = W0.copy()
    g = np.zeros_like(W)
    opt = opt_factory([("W", W, g)])
    history = []
    for k, gk in enumerate(grads):
        if lrs is not None:
            opt.lr = lrs[k]
        g[...] = gk
        opt.compute()
        before = W.copy()
        opt.apply()
        np.testing.assert_allclose(opt.updates[0], W - before, rtol=1e-12, atol=1e-15)
        history.append(W.copy())
    return history, opt


def ref_sgd(W0, grads, lrs, wd=0.0):
    W, out = W0.copy(), []
    for g, lr in zip(grads, lrs):
        W = W - lr * (g + wd * W)
        out.append(W)
    return out


def ref_momentum(W0, grads, lrs, mu, wd=0.0):
    """PyTorch's form: v = mu·v + g;  W −= lr·v."""
    W, v, out = W0.copy(), np.zeros_like(W0), []
    for g, lr in zip(grads, lrs):
        g = g + wd * W
        v = mu * v + g
        W = W - lr * v
        out.append(W)
    return out


def ref_adam(W0, grads, lrs, b1=0.9, b2=0.999, eps=1e-8, wd=0.0):
    W, m, v, out = W0.copy(), np.zeros_like(W0), np.zeros_like(W0), []
    for t, (g, lr) in enumerate(zip(grads, lrs), start=1):
        g = g + wd * W
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        m_hat = m / (1 - b1 ** t)
        v_hat = v / (1 - b2 ** t)
        W = W - lr * m_hat / (np.sqrt(v_hat) + eps)
        out.append(W)
    return out


W0 = np.random.default_rng(42).standard_normal((4, 3))
GRADS = gradients((4, 3), STEPS)


def assert_histories_equal(engine, reference):
    assert len(engine) == len(reference)
    for k, (e, r) in enumerate(zip(engine, reference)):
        np.testing.assert_allclose(e, r, rtol=1e-11, atol=1e-13, err_msg=f"step {k + 1}")


@pytest.mark.parametrize("wd", [0.0, 0.01])
def test_sgd(wd):
    lrs = [0.1] * STEPS
    engine, _ = run_engine(lambda tr: Optimizer(tr, 0.1, weight_decay=wd), W0, GRADS)
    assert_histories_equal(engine, ref_sgd(W0, GRADS, lrs, wd))


@pytest.mark.parametrize("wd", [0.0, 0.01])
def test_momentum_in_pytorch_form(wd):
    lrs = [0.05] * STEPS
    engine, opt = run_engine(lambda tr: Momentum(tr, 0.05, momentum=0.7, weight_decay=wd), W0, GRADS)
    assert_histories_equal(engine, ref_momentum(W0, GRADS, lrs, 0.7, wd))
    assert opt.t == STEPS


@pytest.mark.parametrize("wd", [0.0, 0.01])
def test_adam_with_bias_corrections(wd):
    lrs = [0.01] * STEPS
    engine, opt = run_engine(lambda tr: Adam(tr, 0.01, 0.9, 0.999, 1e-8, weight_decay=wd), W0, GRADS)
    assert_histories_equal(engine, ref_adam(W0, GRADS, lrs, wd=wd))
    # the textbook moments are recoverable
    m, v = opt.moments(0)
    m_ref, v_ref = np.zeros_like(W0), np.zeros_like(W0)
    W = W0.copy()
    for g, W_next in zip(GRADS, ref_adam(W0, GRADS, lrs, wd=wd)):
        g = g + wd * W
        m_ref, v_ref = 0.9 * m_ref + 0.1 * g, 0.999 * v_ref + 0.001 * g * g
        W = W_next
    np.testing.assert_allclose(m, m_ref, rtol=1e-11)
    np.testing.assert_allclose(v, v_ref, rtol=1e-11)


def test_adam_with_other_betas_and_a_large_eps():
    lrs = [0.02] * STEPS
    engine, _ = run_engine(lambda tr: Adam(tr, 0.02, 0.5, 0.9, 1e-2), W0, GRADS)
    assert_histories_equal(engine, ref_adam(W0, GRADS, lrs, 0.5, 0.9, 1e-2))


@pytest.mark.parametrize("kind", ["sgd", "momentum", "adam"])
def test_changing_the_learning_rate_between_steps_takes_effect(kind):
    lrs = [0.1, 0.1, 0.001, 0.5, 0.5, 0.02]
    factory = {"sgd": lambda tr: Optimizer(tr, 0.1),
               "momentum": lambda tr: Momentum(tr, 0.1, momentum=0.9),
               "adam": lambda tr: Adam(tr, 0.1)}[kind]
    reference = {"sgd": lambda: ref_sgd(W0, GRADS, lrs),
                 "momentum": lambda: ref_momentum(W0, GRADS, lrs, 0.9),
                 "adam": lambda: ref_adam(W0, GRADS, lrs)}[kind]()
    engine, _ = run_engine(factory, W0, GRADS, lrs)
    assert_histories_equal(engine, reference)
    constant, _ = run_engine(factory, W0, GRADS)
    assert not np.allclose(constant[-1], engine[-1])


def test_make_optimizer_follows_the_config():
    net = Network.build([3, 2], dtype="float64")
    triples = net.param_triples()
    sgd = make_optimizer(Config(optimizer="sgd", lr=0.3, weight_decay=0.01), triples)
    mom = make_optimizer(Config(optimizer="momentum", lr=0.2, momentum=0.5), triples)
    adam = make_optimizer(Config(optimizer="adam", lr=0.01, beta1=0.8, beta2=0.99, eps=1e-6), triples)
    assert type(sgd) is Optimizer and (sgd.lr, sgd.weight_decay) == (0.3, 0.01)
    assert type(mom) is Momentum and (mom.lr, mom.momentum) == (0.2, 0.5)
    assert type(adam) is Adam and (adam.lr, adam.beta1, adam.beta2, adam.eps) == (0.01, 0.8, 0.99, 1e-6)
    assert [name for name, _, _ in triples] == ["W1", "b1"]


def test_optimizer_on_a_network_updates_every_parameter_array_in_place():
    config = Config(n_inputs=5, hidden=(4,), n_outputs=3, dtype="float64", optimizer="adam", lr=0.01,
                    batch_norm=True)
    net = Network.from_config(config)
    tr = Trainer(net, make_optimizer(config, net.param_triples()), capture="off")
    ids = [id(p) for _, p, _ in net.param_triples()]
    before = [p.copy() for _, p, _ in net.param_triples()]
    rng = np.random.default_rng(0)
    tr.step(rng.standard_normal((6, 5)), np.eye(3)[rng.integers(0, 3, 6)])
    after = net.param_triples()
    assert [id(p) for _, p, _ in after] == ids
    changed = {name for (name, p, _), b in zip(after, before) if not np.array_equal(p, b)}
    # b1 sits before batch norm: its gradient is ~0, Adam still moves it by ~lr·sign, or not at all
    assert {"W1", "gamma1", "beta1", "W2", "b2"} <= changed


def test_state_round_trip_continues_identically():
    engine_a, opt_a = run_engine(lambda tr: Adam(tr, 0.01), W0, GRADS[:3])
    state = opt_a.state()
    W = engine_a[-1].copy()
    g = np.zeros_like(W)
    opt_b = Adam([("W", W, g)], 0.01)
    opt_b.load_state(state)
    for gk in GRADS[3:]:
        g[...] = gk
        opt_b.compute()
        opt_b.apply()
    full, _ = run_engine(lambda tr: Adam(tr, 0.01), W0, GRADS)
    np.testing.assert_allclose(W, full[-1], rtol=1e-12)


def test_subnormal_moments_are_flushed_every_flush_every_steps():
    """A float32 Adam whose input pixel 0 is nearly always zero: its second moment is
    ~1e-40 (a float32 subnormal) until the flush, after which no |x| < 1e-30 is left."""
    config = Config(n_inputs=3, hidden=(), n_outputs=2, output="identity", loss="squared_error",
                    optimizer="adam", lr=1e-4, dtype="float32")
    net = Network.from_config(config)
    opt = make_optimizer(config, net.param_triples())
    tr = Trainer(net, opt, capture="off")
    x = np.array([[1e-20, 1.0, 0.5], [1e-20, -1.0, 0.25]], np.float32)
    t = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)

    def tiny_nonzeros():
        return sum(int(np.count_nonzero((np.abs(b) < 1e-30) & (b != 0))) for b in opt.state_buffers())

    for _ in range(optimizers.FLUSH_EVERY - 1):
        tr.step(x, t)
    assert tiny_nonzeros() > 0            # the situation the flush exists for
    tr.step(x, t)
    assert opt.t == optimizers.FLUSH_EVERY
    assert tiny_nonzeros() == 0
    assert all(np.isfinite(b).all() for b in opt.state_buffers())
