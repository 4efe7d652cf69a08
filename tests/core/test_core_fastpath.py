"""The lean training path (capture "off") gives the same numbers as the three phases.

``Trainer.train_step`` (used by ``Trainer.step`` and ``Run`` when capture is "off") must
be bit-for-bit identical to forward → backward → update, so that a GUI switching capture
on for the steps it shows never changes where training goes. Also: flat parameter
buffers, the optimizer's flat and per-array paths, divergence on the lean path, the
learning-rate decay, and the BLAS thread choice under load."""

import numpy as np
import pytest

from backprop_viz.core import (Config, ConfigError, DivergenceError, Network, Run, Trainer,
                               make_optimizer)

@pytest.fixture
def rng():
    return np.random.default_rng(2024)


CONFIGS = {
    "adam-relu": dict(hidden=(32, 16), activation="relu", optimizer="adam", lr=0.01, batch_size=50),
    "lecture": dict(hidden=(24,), activation="sigmoid", output="sigmoid", loss="squared_error",
                    optimizer="sgd", lr=0.3, batch_size=1, target_off=0.01, target_on=0.99),
    "momentum-bn-dropout": dict(hidden=(32, 16), activation="relu", optimizer="momentum", lr=0.05,
                                momentum=0.5, batch_norm=True, dropout=0.3, batch_size=32),
    "adam-tanh-decay-wd": dict(hidden=(16,), activation="tanh", optimizer="adam", lr=0.01, weight_decay=0.01,
                               batch_size=64, lr_decay=0.5),
    "float64": dict(hidden=(16,), activation="leaky_relu", optimizer="adam", lr=0.01, batch_size=40,
                    dtype="float64"),
}


def make_run(data, capture, **options):
    return Run(Config(n_inputs=20, seed=5, epochs=2, **options), data, capture=capture)


def params(net):
    return [p.copy() for _, p, _ in net.param_triples()]


def assert_same(run_a, run_b):
    assert run_a.history.step_losses == run_b.history.step_losses        # exact, not approx
    for pa, pb in zip(params(run_a.network), params(run_b.network)):
        np.testing.assert_array_equal(pa, pb)
    for sa, sb in zip(run_a.optimizer.state_buffers(), run_b.optimizer.state_buffers()):
        np.testing.assert_array_equal(sa, sb)


@pytest.mark.parametrize("name", CONFIGS)
@pytest.mark.parametrize("traced", ["full", "stats"])
def test_lean_path_equals_the_three_phases_bit_for_bit(make_blob_data, name, traced):
    options = CONFIGS[name]
    data = make_blob_data(n_train=200, n_eval=50, dtype=np.dtype(options.get("dtype", "float32")),
                          off=options.get("target_off", 0.0), on=options.get("target_on", 1.0))
    lean, phased = make_run(data, "off", **options), make_run(data, traced, **options)
    lean.fit()
    phased.fit()
    assert len(lean.history.step_losses) == 2 * lean.steps_per_epoch
    assert_same(lean, phased)
    assert [r.eval_loss for r in lean.history.epochs] == [r.eval_loss for r in phased.history.epochs]


def test_phase_by_phase_equals_lean_steps(blobs):
    lean, phased = make_run(blobs, "off", **CONFIGS["adam-relu"]), make_run(blobs, "full", **CONFIGS["adam-relu"])
    for _ in range(3 * lean.steps_per_epoch // 2):
        lean.step()
        for _ in range(3):
            phased.step_phase()
    assert_same(lean, phased)
    assert lean.epoch == phased.epoch == 1


def test_switching_capture_between_steps_changes_nothing(blobs):
    """What the GUI does: capture on for some steps only (here from an on_step callback)."""
    plain = make_run(blobs, "off", **CONFIGS["momentum-bn-dropout"])
    mixed = make_run(blobs, "off", **CONFIGS["momentum-bn-dropout"])
    levels = []

    def toggle(run):
        run.trainer.capture = ("off", "stats", "full", "off", "off")[run.global_step % 5]
        levels.append(run.trainer.capture)

    plain.fit()
    mixed.fit(on_step=toggle)
    assert {"off", "stats", "full"} <= set(levels)
    assert_same(plain, mixed)


def test_trainer_step_with_capture_off_is_train_step(rng):
    config = Config(n_inputs=6, hidden=(5,), n_outputs=3, optimizer="adam", lr=0.05, seed=2)
    a_net, b_net = Network.from_config(config), Network.from_config(config)
    a = Trainer(a_net, make_optimizer(config, a_net.param_triples()), capture="off")
    b = Trainer(b_net, make_optimizer(config, b_net.param_triples()), capture="full")
    for _ in range(5):
        x = rng.standard_normal((7, 6)).astype(np.float32)
        t = np.eye(3, dtype=np.float32)[rng.integers(0, 3, 7)]
        assert a.step(x, t) == b.step(x, t)
    assert a.step_count == b.step_count == 5 and a.phase == b.phase == "update"
    assert a.trace.loss == b.trace.loss and a.trace.step == b.trace.step == 5
    for pa, pb in zip(params(a_net), params(b_net)):
        np.testing.assert_array_equal(pa, pb)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_lean_path_refuses_a_diverging_step_before_changing_anything(rng):
    config = Config(n_inputs=6, hidden=(5,), n_outputs=3, optimizer="adam", lr=0.01)
    net = Network.from_config(config)
    tr = Trainer(net, make_optimizer(config, net.param_triples()), capture="off")
    x = rng.standard_normal((4, 6)).astype(np.float32)
    t = np.eye(3, dtype=np.float32)[[0, 1, 2, 0]]
    tr.train_step(x, t)
    before, state = params(net), tr.optimizer.state()
    tr.optimizer.lr = 1e45                      # float32 overflow in the update
    with pytest.raises(DivergenceError, match="update is NaN or infinite"):
        tr.train_step(x, t)
    x_nan = x.copy()
    x_nan[0, 0] = np.nan
    tr.optimizer.lr = 0.01
    with pytest.raises(DivergenceError, match="the loss is nan"):
        tr.train_step(x_nan, t)
    assert tr.trace is None and tr.step_count == 1 and tr.optimizer.t == state["t"] == 1
    for p, b in zip(params(net), before):
        np.testing.assert_array_equal(p, b)
    for s, b in zip(tr.optimizer.state_buffers(), state["buffers"]):
        np.testing.assert_array_equal(s, b)
    tr.train_step(x, t)                          # and it can go on
    assert tr.step_count == 2


def test_parameters_and_gradients_are_views_of_flat_buffers():
    net = Network.from_config(Config(n_inputs=7, hidden=(5, 4), n_outputs=3, batch_norm=True))
    triples = net.param_triples()
    for column in (1, 2):
        arrays = [triple[column] for triple in triples]
        base = arrays[0].base
        assert base is not None and base.ndim == 1 and base.size == sum(a.size for a in arrays)
        assert all(a.base is base for a in arrays)
    assert make_optimizer(net.config, triples)._flat
    # a float64 copy is packed again; a frozen copy owns its gradient buffers
    assert make_optimizer(net.config, net.astype(np.float64).param_triples())._flat
    frozen = net.frozen()
    for fl, ol in zip(frozen.layers, net.layers):
        assert not np.shares_memory(fl.dW, ol.dW) and not np.shares_memory(fl.db, ol.db)


@pytest.mark.parametrize("kind", ["sgd", "momentum", "adam"])
def test_flat_and_per_array_optimizers_agree_exactly(rng, kind):
    config = Config(n_inputs=6, hidden=(5,), n_outputs=3, optimizer=kind, lr=0.05, weight_decay=0.01)
    net = Network.from_config(config)
    flat = make_optimizer(config, net.param_triples())
    loose = [(name, p.copy(), g.copy()) for name, p, g in net.param_triples()]    # separate arrays
    per_array = make_optimizer(config, loose)
    assert flat._flat and not per_array._flat
    for _ in range(4):
        for (_, _, g), (_, _, g2) in zip(net.param_triples(), loose):
            g[...] = rng.standard_normal(g.shape)
            g2[...] = g
        for opt in (flat, per_array):
            opt.compute()
            assert opt.updates_finite()
            opt.apply()
    for (_, p, _), (_, p2, _) in zip(net.param_triples(), loose):
        np.testing.assert_array_equal(p, p2)
    for u, u2 in zip(flat.updates, per_array.updates):
        np.testing.assert_array_equal(u, u2)


def test_backward_on_a_frozen_copy_leaves_the_training_gradients_alone(rng):
    config = Config(n_inputs=6, hidden=(5,), n_outputs=3)
    net = Network.from_config(config)
    x = rng.standard_normal((4, 6)).astype(np.float32)
    t = np.eye(3, dtype=np.float32)[[0, 1, 2, 0]]
    net.forward(x)
    net.backward(t)
    grads = [g.copy() for _, _, g in net.param_triples()]
    frozen = net.frozen()
    frozen.forward(x[:1] * 3)
    frozen.backward(t[:1])
    for (_, _, g), before in zip(net.param_triples(), grads):
        np.testing.assert_array_equal(g, before)


def test_lr_decay_multiplies_the_learning_rate_after_every_epoch(blobs):
    run = make_run(blobs, "off", **CONFIGS["adam-tanh-decay-wd"])
    assert run.optimizer.lr == 0.01
    run.fit(epochs=3)
    assert run.optimizer.lr == pytest.approx(0.01 * 0.5 ** 3)
    assert run.config.lr == 0.01
    run.reset()
    assert run.optimizer.lr == 0.01


@pytest.mark.parametrize("bad", [0, -0.5, 1.5, float("nan"), "0.5"])
def test_lr_decay_must_be_in_zero_one(bad):
    with pytest.raises(ConfigError) as info:
        Config(lr_decay=bad)
    assert info.value.field == "lr_decay" and "(0, 1]" in str(info.value)


def test_two_blas_threads_only_when_the_other_core_is_free(monkeypatch):
    from backprop_viz.core import threads

    monkeypatch.setattr(threads, "available_cores", lambda: 2)
    big = (784, 512, 256, 10)
    assert threads.recommended_blas_threads(big, 256) == 2
    assert threads.recommended_blas_threads(big, 256, load=0.2) == 2
    assert threads.recommended_blas_threads(big, 256, load=1.1) == 1      # another process holds a core
    assert threads.recommended_blas_threads((784, 100, 10), 64, load=0.0) == 1   # too small anyway
    assert isinstance(threads.system_load(), float)
