"""The five gradient analyses (core/analyses.py) against independent computations.

The independent side is a plain NumPy forward pass written here (tanh hidden layers, batch
norm with the batch's or the running statistics, dropout with explicit masks, softmax and
cross-entropy), differentiated by central differences in float64: loss_slice at s = 0 is the
loss and its slope along −g is −‖g‖²; input_gradient is dE/dx; the per-sample contributions
add up to dW and are each 1/N of that sample's own gradient; a batch agrees with itself
(cosine 1); predicted ≈ actual for a small weight edit. Every function leaves the network's
parameters, running statistics and random generator exactly as they were.
"""

from __future__ import annotations

import numpy as np
import pytest

from backprop_viz.core import (Config, Network, gradient_agreement, input_gradient, loss_slice,
                               sample_contributions, weight_edit_effect)
from backprop_viz.core.reference import forward as ref_forward, from_params, loss as ref_loss

N_IN, HIDDEN, N_OUT = 6, (7, 5), 4
EPS = 1e-5                      # central differences in float64
VARIANTS = {"plain": {}, "dropout": {"dropout": 0.3}, "batch_norm": {"batch_norm": True},
            "both": {"dropout": 0.25, "batch_norm": True}}


def make_net(dtype="float64", **options) -> Network:
    config = Config(n_inputs=N_IN, hidden=HIDDEN, n_outputs=N_OUT, activation="tanh", output="softmax",
                    loss="cross_entropy", init="xavier_normal", dtype=dtype, seed=3, **options)
    net = Network.from_config(config)
    rng = np.random.default_rng(11)
    for layer in net.layers:       # non-trivial biases, BN parameters and running statistics
        layer.b[...] = 0.3 * rng.standard_normal(layer.b.shape)
        if layer.bn is not None:
            layer.bn.gamma[...] = 1 + 0.2 * rng.standard_normal(layer.n_out)
            layer.bn.beta[...] = 0.2 * rng.standard_normal(layer.n_out)
            layer.bn.running_mean[...] = 0.1 * rng.standard_normal(layer.n_out)
            layer.bn.running_var[...] = 1 + 0.3 * rng.random(layer.n_out)
    return net


def batch(n=5, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, N_IN)), np.eye(N_OUT)[rng.integers(0, N_OUT, n)]


def masks_for(net: Network, n: int, seed=7):
    """Explicit inverted-dropout masks (None for layers without dropout)."""
    rng = np.random.default_rng(seed)
    return [None if layer.p_drop == 0 else
            (rng.random((n, layer.n_out)) >= layer.p_drop) / (1 - layer.p_drop) for layer in net.layers]


def plain_loss(net: Network, x, t, masks=None, training=True) -> float:
    """E written out independently of the core's layers: z = a_prev @ W + b, batch norm, f, dropout."""
    a = np.asarray(x, np.float64)
    last = len(net.layers) - 1
    for k, layer in enumerate(net.layers):
        z = a @ layer.W + layer.b
        if layer.bn is not None:
            bn = layer.bn
            mu, var = (z.mean(axis=0), z.var(axis=0)) if training else (bn.running_mean, bn.running_var)
            z = (z - mu) / np.sqrt(var + bn.eps) * bn.gamma + bn.beta
        if k == last:
            z = z - z.max(axis=1, keepdims=True)
            return float(-np.sum(t * (z - np.log(np.exp(z).sum(axis=1, keepdims=True)))) / len(x))
        a = np.tanh(z)
        if training and masks is not None and masks[k] is not None:
            a = a * masks[k]


def gradient_with(net: Network, x, t, masks):
    """Backprop's gradient (``get_params``-shaped) with the given dropout masks, on a copy."""
    copy = net.astype(np.float64)
    for layer, mask in zip(copy.layers, masks):
        layer.fixed_mask = mask
    return copy.loss_and_gradients(x, t)


def state(net: Network):
    """Everything that must not change: parameters, running statistics (bytes), the generator."""
    return ([{k: v.tobytes() for k, v in d.items()} for d in net.get_params()], net.rng.bit_generator.state)


# -- the network passed in is untouched ------------------------------------------------------
@pytest.mark.parametrize("variant", VARIANTS)
def test_every_analysis_leaves_the_network_exactly_as_it_was(variant):
    net = make_net(**VARIANTS[variant])
    x, t = batch(6)
    x_ref, t_ref = batch(9, seed=1)
    before = state(net)
    direction = [{k: np.ones_like(v) for k, v in d.items()} for d in net.get_params()]
    loss_slice(net, x, t, direction, [0.0, 0.5, 2.0])
    input_gradient(net, x, t)
    input_gradient(net, x[:1], t[:1], training=False)
    sample_contributions(net, x, t, 2, 3, 1)
    gradient_agreement(net, x, t, x_ref, t_ref)
    weight_edit_effect(net, x, t, 1, 2, 3, 0.5)
    weight_edit_effect(net, x[:1], t[:1], 3, 0, 0, -1.0, training=False)
    assert state(net) == before


# -- loss_slice --------------------------------------------------------------------------------
@pytest.mark.parametrize("variant", VARIANTS)
def test_loss_slice_starts_at_the_loss_with_slope_minus_g_squared_along_minus_g(variant):
    net = make_net(**VARIANTS[variant])
    x, t = batch(6)
    masks = masks_for(net, len(x))
    loss, grads = gradient_with(net, x, t, masks)
    minus_g = [{k: -v for k, v in d.items()} for d in grads]
    h = 1e-4
    e = loss_slice(net, x, t, minus_g, [0.0, -h, h], masks=masks)
    assert e[0] == pytest.approx(plain_loss(net, x, t, masks), rel=1e-12)
    assert e[0] == pytest.approx(loss, rel=1e-12)
    g_squared = sum(float(np.sum(v ** 2)) for d in grads for v in d.values())
    assert (e[2] - e[1]) / (2 * h) == pytest.approx(-g_squared, rel=1e-6)


def test_loss_slice_at_s_is_the_loss_of_the_moved_parameters():
    net = make_net()
    x, t = batch(8)
    rng = np.random.default_rng(5)
    direction = [{k: rng.standard_normal(v.shape) for k, v in d.items()} for d in net.get_params()]
    ts = np.array([-1.0, 0.0, 0.3, 2.5])
    got = loss_slice(net, x, t, direction, ts)
    for s, e in zip(ts, got):
        W, b = from_params([{k: p[k] + s * d[k] for k in ("W", "b")} for p, d in zip(net.get_params(), direction)])
        _, a = ref_forward(W, b, x, hidden="tanh", output="softmax")
        assert e == pytest.approx(ref_loss(a[-1], t, "cross_entropy"), rel=1e-12)
    assert got.shape == ts.shape and len(set(got)) == len(ts)


def test_loss_slice_in_evaluation_mode_uses_running_statistics_and_no_dropout():
    net = make_net(batch_norm=True, dropout=0.4)
    x, t = batch(5)
    zero = [{k: np.zeros_like(v) for k, v in d.items()} for d in net.get_params()]
    assert loss_slice(net, x, t, zero, [0.0], training=False)[0] == pytest.approx(
        plain_loss(net, x, t, training=False), rel=1e-12)
    assert loss_slice(net, x, t, zero, [0.0])[0] != pytest.approx(plain_loss(net, x, t, training=False), rel=1e-6)


# -- input_gradient ----------------------------------------------------------------------------
def numerical_input_gradient(net, x, t, masks=None, training=True):
    grad = np.zeros_like(x)
    for idx in np.ndindex(*x.shape):
        plus, minus = x.copy(), x.copy()
        plus[idx] += EPS
        minus[idx] -= EPS
        grad[idx] = (plain_loss(net, plus, t, masks, training) - plain_loss(net, minus, t, masks, training)) / (2 * EPS)
    return grad


@pytest.mark.parametrize("variant", VARIANTS)
def test_input_gradient_is_dE_dx_by_finite_differences(variant):
    net = make_net(**VARIANTS[variant])
    x, t = batch(4)
    masks = masks_for(net, len(x))
    got = input_gradient(net, x, t, masks=masks)
    assert got.shape == x.shape
    np.testing.assert_allclose(got, numerical_input_gradient(net, x, t, masks), rtol=1e-6, atol=1e-9)


def test_input_gradient_of_one_sample_in_evaluation_mode():
    net = make_net(batch_norm=True, dropout=0.5)
    x, t = batch(1)
    got = input_gradient(net, x, t, training=False)
    np.testing.assert_allclose(got, numerical_input_gradient(net, x, t, training=False), rtol=1e-6, atol=1e-9)
    assert np.abs(got).max() > 1e-3


def test_input_gradient_with_dropout_reuses_one_mask_drawn_from_the_seed():
    net = make_net(dropout=0.5)
    x, t = batch(4)
    np.testing.assert_array_equal(input_gradient(net, x, t, seed=1), input_gradient(net, x, t, seed=1))
    assert not np.array_equal(input_gradient(net, x, t, seed=1), input_gradient(net, x, t, seed=2))


# -- sample_contributions ----------------------------------------------------------------------
@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("layer, i, j", [(1, 0, 0), (2, 6, 4), (3, 2, 3)])
def test_contributions_add_up_to_dW(variant, layer, i, j):
    net = make_net(**VARIANTS[variant])
    x, t = batch(7)
    masks = masks_for(net, len(x))
    terms = sample_contributions(net, x, t, layer, i, j, masks=masks)
    _, grads = gradient_with(net, x, t, masks)
    assert terms.shape == (7,)
    assert terms.sum() == pytest.approx(grads[layer - 1]["W"][i, j], rel=1e-10, abs=1e-15)
    assert np.ptp(terms) > 0                     # one term per sample, not a share of the sum


def test_each_contribution_is_that_samples_own_gradient_over_N():
    net = make_net()
    x, t = batch(6)
    terms = sample_contributions(net, x, t, 2, 1, 3)
    for n in range(len(x)):
        _, alone = gradient_with(net, x[n:n + 1], t[n:n + 1], [None] * 3)
        assert terms[n] == pytest.approx(alone[1]["W"][1, 3] / len(x), rel=1e-10, abs=1e-15)


# -- gradient_agreement ------------------------------------------------------------------------
@pytest.mark.parametrize("variant", VARIANTS)
def test_a_batch_agrees_with_itself(variant):
    net = make_net(**VARIANTS[variant])
    x, t = batch(6)
    assert gradient_agreement(net, x, t, x, t) == pytest.approx(1.0, abs=1e-12)


def test_agreement_is_the_cosine_of_the_two_gradients():
    net = make_net()
    x, t = batch(6)
    x_ref, t_ref = batch(30, seed=4)

    def flat(xb, tb):
        return np.concatenate([v.ravel() for d in gradient_with(net, xb, tb, [None] * 3)[1] for v in d.values()])

    g, g_ref = flat(x, t), flat(x_ref, t_ref)
    expected = g @ g_ref / np.linalg.norm(g) / np.linalg.norm(g_ref)
    got = gradient_agreement(net, x, t, x_ref, t_ref)
    assert got == pytest.approx(expected, rel=1e-12) and -1 < got < 1
    t_flipped = np.roll(t, 1, axis=1)   # other targets: another direction
    assert gradient_agreement(net, x, t_flipped, x_ref, t_ref) != pytest.approx(got, abs=1e-3)


# -- weight_edit_effect ------------------------------------------------------------------------
@pytest.mark.parametrize("variant", VARIANTS)
def test_a_small_edit_is_predicted_by_the_gradient(variant):
    net = make_net(**VARIANTS[variant])
    x, t = batch(6)
    masks = masks_for(net, len(x))
    delta_w = 1e-4
    predicted, actual = weight_edit_effect(net, x, t, 2, 3, 1, delta_w, masks=masks)
    _, grads = gradient_with(net, x, t, masks)
    assert predicted == pytest.approx(grads[1]["W"][3, 1] * delta_w, rel=1e-12)
    moved = net.astype(np.float64)
    moved.layers[1].W[3, 1] += delta_w
    assert actual == pytest.approx(plain_loss(moved, x, t, masks) - plain_loss(net, x, t, masks), rel=1e-7, abs=1e-15)
    assert actual == pytest.approx(predicted, rel=1e-3)


def test_a_large_edit_shows_the_curvature_the_gradient_misses():
    net = make_net()
    x, t = batch(6)
    predicted, actual = weight_edit_effect(net, x, t, 3, 0, 0, 5.0)
    moved = net.astype(np.float64)
    moved.layers[2].W[0, 0] += 5.0
    assert actual == pytest.approx(plain_loss(moved, x, t) - plain_loss(net, x, t), rel=1e-10)
    assert abs(actual - predicted) > 0.01 * abs(predicted)


def test_float32_networks_work_in_their_own_dtype():
    net = make_net(dtype="float32")
    x, t = batch(6)
    zero = [{k: np.zeros_like(v) for k, v in d.items()} for d in net.get_params()]
    assert loss_slice(net, x, t, zero, [0.0])[0] == pytest.approx(plain_loss(net, x, t), rel=1e-5)
    assert input_gradient(net, x, t).dtype == np.float32


# -- bad input: clear errors -------------------------------------------------------------------
@pytest.mark.parametrize("call, words", [
    (lambda net, x, t: sample_contributions(net, x, t, 0, 0, 0), "layer must be 1 to 3"),
    (lambda net, x, t: sample_contributions(net, x, t, 2, 7, 0), "W2 is 7×5: W[7, 0] does not exist"),
    (lambda net, x, t: weight_edit_effect(net, x, t, 1, 0, 0, float("nan")), "finite"),
    (lambda net, x, t: input_gradient(net, x[:, :3], t), "(N, 6)"),
    (lambda net, x, t: input_gradient(net, x, t[:, :2]), "like the network's output"),
    (lambda net, x, t: loss_slice(net, x, t, [{}], [0.0]), "list of 3 dicts"),
    (lambda net, x, t: loss_slice(net, x, t, [{"W": 0}] * 3, [0.0]), "expected keys ['W', 'b']"),
    (lambda net, x, t: loss_slice(net, x, t, [{"W": np.zeros((2, 2)), "b": 0}] * 3, [0.0]), "expected shape (6, 7)"),
    (lambda net, x, t: loss_slice(net, x, t, net.get_params(), [[0.0]]), "1-D list of finite numbers"),
    (lambda net, x, t: input_gradient(net, x, t, masks=[None]), "one dropout mask"),
])
def test_bad_input_is_refused_with_a_clear_reason(call, words):
    net = make_net()
    x, t = batch(3)
    with pytest.raises(ValueError) as info:
        call(net, x, t)
    assert words in str(info.value)


def test_batch_norm_in_training_mode_needs_two_samples_and_dropout_needs_its_mask():
    x, t = batch(1)
    with pytest.raises(ValueError, match="at least 2 samples"):
        input_gradient(make_net(batch_norm=True), x, t)
    with pytest.raises(ValueError, match="layer 1 has dropout"):
        input_gradient(make_net(dropout=0.5), x, t, masks=[None, None, None])
    with pytest.raises(ValueError, match=r"shaped \(1, 7\)"):
        input_gradient(make_net(dropout=0.5), x, t, masks=[np.ones((2, 7)), np.ones((2, 5)), None])
