"""The rank-one SGD update for one sample (``core/rank_one.py``): the BLAS ``?ger`` it
calls, when it applies, and that the lean step and the three phases still agree bit for
bit, refuse divergence the same way, and match the textbook update to float rounding."""

import numpy as np
import pytest

from backprop_viz.core import Config, DivergenceError, Network, Trainer, make_optimizer, rank_one

LECTURE = Config(n_inputs=30, hidden=(12,), n_outputs=10, activation="sigmoid", output="sigmoid",
                 loss="squared_error", optimizer="sgd", lr=0.3, batch_size=1, target_off=0.01, target_on=0.99)


@pytest.fixture
def rng():
    return np.random.default_rng(19)


def sample(rng, n=1, dtype=np.float32, n_inputs=30):
    x = (rng.integers(0, 256, (n, n_inputs)) / 255 * 0.99 + 0.01).astype(dtype)
    t = np.full((n, 10), 0.01, dtype)
    t[np.arange(n), rng.integers(0, 10, n)] = 0.99
    return x, t


def trainer(config, capture="off"):
    net = Network.from_config(config)
    return Trainer(net, make_optimizer(config, net.param_triples()), capture=capture)


def params(tr):
    return [p.copy() for _, p, _ in tr.network.param_triples()]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_blas_ger_is_found_and_adds_alpha_times_an_outer_product_in_place(rng, dtype):
    assert np.dtype(dtype) in rank_one.gers()        # NumPy's own BLAS has it
    A = rng.standard_normal((37, 11)).astype(dtype)
    x = rng.standard_normal(74).astype(dtype)[::2]   # a strided view is copied, not misread
    y = rng.standard_normal(11).astype(dtype)
    expected = A.astype(np.float64) - 0.3 * np.outer(x.astype(np.float64), y)
    before = A.copy()
    address = A.ctypes.data
    rank_one.ger(A, -0.3, x, y)
    assert A.ctypes.data == address and not np.array_equal(A, before)
    np.testing.assert_allclose(A, expected, rtol=1e-5 if dtype == np.float32 else 1e-13, atol=1e-6)


def test_only_one_sample_plain_sgd_without_weight_decay_takes_the_rank_one_update(rng):
    for config, n, takes in [(LECTURE, 1, True), (LECTURE, 2, False),
                             (LECTURE.replace(optimizer="momentum"), 1, False),
                             (LECTURE.replace(optimizer="adam"), 1, False),
                             (LECTURE.replace(weight_decay=0.01), 1, False),
                             (LECTURE.replace(dtype="float64"), 1, True)]:
        tr = trainer(config)
        tr.network.forward(sample(rng, n, np.dtype(config.dtype))[0])
        assert rank_one.applies(tr.optimizer, tr.network) is takes, (config.optimizer, n)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_lean_one_sample_steps_equal_the_phases_and_the_textbook_update(rng, dtype):
    config = LECTURE.replace(dtype=dtype)
    lean, phased = trainer(config, "off"), trainer(config, "full")
    for _ in range(5):
        x, t = sample(rng, 1, np.dtype(dtype))
        before = params(phased)
        assert lean.step(x, t) == phased.step(x, t)
        for pa, pb in zip(params(lean), params(phased)):
            np.testing.assert_array_equal(pa, pb)             # bit for bit
    # the traced step: W_after is W − lr·a_prev.T @ delta to float rounding, and its ΔW is shown
    for lt, W in zip(phased.trace.layers, before[0::2]):
        textbook = W.astype(np.float64) - 0.3 * (lt.a_prev.T.astype(np.float64) @ lt.delta)
        np.testing.assert_allclose(lt.W_after, textbook, rtol=1e-5 if dtype == "float32" else 1e-12, atol=1e-7)
        np.testing.assert_allclose(lt.dW_update, -0.3 * lt.dW, rtol=1e-6)
        np.testing.assert_allclose(lt.W_after - lt.W_before, lt.dW_update, atol=1e-6)
    # the lean path never wrote its weights' dW (nothing there reads it)
    assert all(not layer.dW.any() for layer in lean.network.layers)


def test_without_a_blas_ger_one_sample_steps_take_numpys_path(rng, monkeypatch):
    blas, plain = trainer(LECTURE), trainer(LECTURE)
    xs = [sample(rng) for _ in range(5)]
    for x, t in xs:
        blas.step(x, t)
    monkeypatch.setattr(rank_one, "_gers", {})
    for x, t in xs:
        plain.network.forward(x)
        assert not rank_one.applies(plain.optimizer, plain.network)
        plain.step(x, t)
    assert plain.network.layers[0].dW.any()                     # NumPy's path wrote dW
    for pa, pb in zip(params(blas), params(plain)):
        np.testing.assert_allclose(pa, pb, rtol=1e-5, atol=1e-7)   # the same to float rounding


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("capture", ["off", "full"])
def test_a_one_sample_update_that_overflows_is_refused_before_anything_changes(rng, capture):
    tr = trainer(LECTURE, capture)
    x, t = sample(rng)
    tr.step(x, t)
    before = params(tr)
    tr.optimizer.lr = 1e45                   # every ΔW entry overflows float32
    with pytest.raises(DivergenceError, match="update is NaN or infinite"):
        tr.step(x, t)
    for p, b in zip(params(tr), before):
        np.testing.assert_array_equal(p, b)
    assert tr.step_count == tr.optimizer.t == 1


@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")
def test_the_quick_bound_says_finite_only_when_every_entry_must_be(rng):
    tr = trainer(LECTURE)
    x, t = sample(rng)
    tr.network.forward(x)
    tr.network.backward(t, fill_dW=False)
    assert rank_one.bounded(tr.optimizer, tr.network)
    out = tr.network.layers[-1]
    out.delta[0, 0] = 1e30                    # finite, but its square is not in float32: not known
    assert not rank_one.bounded(tr.optimizer, tr.network)
    out.delta[0, 0] = np.nan
    assert not rank_one.bounded(tr.optimizer, tr.network)


@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")
def test_a_step_whose_minus_lr_times_input_would_overflow_takes_numpys_path(rng):
    """``−lr·a_i`` beyond float32 with ``delta`` ≈ 0 (saturated units): every ΔW entry is
    finite, but ``?ger``'s intermediate would not be — the step takes NumPy's path instead."""
    lean, phased = trainer(LECTURE, "off"), trainer(LECTURE, "stats")
    x, t = sample(rng)
    x[0, :5] = 1e10
    for tr in (lean, phased):
        tr.optimizer.lr = 1e30
        tr.network.forward(x)
        tr.network.backward(t)
        assert not rank_one.bounded(tr.optimizer, tr.network)
        tr.step(x, t)
        assert tr.step_count == 1
    for pa, pb in zip(params(lean), params(phased)):
        assert np.isfinite(pa).all()
        np.testing.assert_array_equal(pa, pb)


def test_when_the_bound_cannot_tell_the_lean_step_checks_every_entry_and_still_equals_the_phases(rng, monkeypatch):
    monkeypatch.setattr(rank_one, "bounded", lambda optimizer, network: False)
    lean, phased = trainer(LECTURE, "off"), trainer(LECTURE, "stats")
    for _ in range(3):
        x, t = sample(rng)
        lean.step(x, t)
        phased.step(x, t)
    assert lean.network.layers[0].dW.any()    # filled for the entry-by-entry check
    for pa, pb in zip(params(lean), params(phased)):
        np.testing.assert_array_equal(pa, pb)


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_a_one_sample_bias_gradient_is_the_one_row_sum_bit_for_bit(dtype):
    """db for one sample skips the reduction but keeps its bits: −0.0 comes out +0.0, as the sum
    starting from 0 gives (ReLU's and a saturated sigmoid's deltas are often −0.0)."""
    from backprop_viz.core.activations import get_activation
    from backprop_viz.core.layers import DenseLayer

    layer = DenseLayer(1, np.zeros((3, 6), dtype), get_activation("relu"))
    layer.a_prev = np.ones((1, 3), dtype)
    delta = np.array([[-0.0, 0.0, np.nan, np.inf, -2.5, 1e-300 if dtype == np.float64 else 1e-40]], dtype)
    layer.backward(None, delta=delta, need_grad_in=False)
    expected = np.add.reduce(delta, axis=0)
    assert layer.db.tobytes() == expected.tobytes()
    assert not np.signbit(layer.db[0])
