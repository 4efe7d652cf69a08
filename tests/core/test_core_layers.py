"""Building blocks: activations, losses, initialisations, dropout."""

import warnings

import numpy as np
import pytest

from backprop_viz.core import Network
from backprop_viz.core.activations import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS, get_activation
from backprop_viz.core.init import init_weights
from backprop_viz.core.losses import get_loss

Z = np.linspace(-6, 6, 49).reshape(7, 7)

REFERENCE = {
    "sigmoid": (lambda z: 1 / (1 + np.exp(-z)), lambda z: np.exp(-z) / (1 + np.exp(-z)) ** 2),
    "tanh": (np.tanh, lambda z: 1 / np.cosh(z) ** 2),
    "relu": (lambda z: np.maximum(z, 0), lambda z: (z > 0) * 1.0),
    "leaky_relu": (lambda z: np.where(z > 0, z, 0.01 * z), lambda z: np.where(z > 0, 1.0, 0.01)),
    "identity": (lambda z: z, lambda z: np.ones_like(z)),
}


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_activation_values_and_derivatives(name):
    act = get_activation(name)
    f, df = REFERENCE[name]
    a = act.f(Z)
    np.testing.assert_allclose(a, f(Z), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(act.df(Z, a), df(Z), rtol=1e-10, atol=1e-15)
    g = np.random.default_rng(0).standard_normal(Z.shape)
    np.testing.assert_allclose(act.backprop(g.copy(), Z, a), g * df(Z), rtol=1e-10, atol=1e-15)
    assert act.f(Z.astype(np.float32)).dtype == np.float32
    assert act.df(Z.astype(np.float32), a.astype(np.float32)).dtype == np.float32


def test_activation_name_lists():
    assert HIDDEN_ACTIVATIONS == ("sigmoid", "tanh", "relu", "leaky_relu", "identity")
    assert "softmax" in OUTPUT_ACTIVATIONS and "softmax" not in HIDDEN_ACTIVATIONS


def test_sigmoid_and_softmax_do_not_overflow():
    z = np.array([[-1000.0, 0.0, 1000.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = get_activation("sigmoid").f(z)
        p = get_activation("softmax").f(z)
    np.testing.assert_allclose(s, [[0.0, 0.5, 1.0]], atol=1e-300)
    np.testing.assert_allclose(p, [[0.0, 0.0, 1.0]], atol=1e-300)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)


def test_softmax_backprop_is_the_jacobian_vector_product():
    z = np.random.default_rng(1).standard_normal((3, 4))
    sm = get_activation("softmax")
    a = sm.f(z)
    g = np.random.default_rng(2).standard_normal((3, 4))
    expected = np.stack([(np.diag(a[n]) - np.outer(a[n], a[n])) @ g[n] for n in range(3)])
    np.testing.assert_allclose(sm.backprop(g.copy(), z, a), expected, rtol=1e-12)


def test_squared_error_convention():
    loss = get_loss("squared_error")
    a = np.array([[0.2, 0.9], [0.6, 0.1], [0.5, 0.5]])
    t = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    # E = (1/N) Σ_n ½ Σ_k (a − t)²
    assert loss.loss(None, a, t) == pytest.approx(0.5 * np.sum((a - t) ** 2) / 3)
    delta = loss.delta(None, a, t, get_activation("sigmoid"))
    np.testing.assert_allclose(delta, (a - t) * a * (1 - a) / 3)


def test_cross_entropy_is_stable_for_huge_logits():
    loss = get_loss("cross_entropy")
    z = np.array([[1000.0, 0.0, -1000.0], [0.0, 0.0, 0.0]])
    t = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
    a = get_activation("softmax").f(z)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value = loss.loss(z, a, t)
    assert value == pytest.approx((1000.0 + np.log(3)) / 2)
    np.testing.assert_allclose(loss.delta(z, a, t, None), (a - t) / 2)


@pytest.mark.parametrize("scheme,stat,expected", [
    ("normal", "std", 0.01),
    ("he_normal", "std", np.sqrt(2 / 400)),
    ("xavier_normal", "std", np.sqrt(2 / (400 + 200))),
    ("uniform", "limit", 1 / np.sqrt(400)),
    ("he_uniform", "limit", np.sqrt(6 / 400)),
    ("xavier_uniform", "limit", np.sqrt(6 / (400 + 200))),
])
def test_initialisation_scales(scheme, stat, expected):
    W = init_weights(scheme, 400, 200, np.random.default_rng(0), np.float64)
    assert W.shape == (400, 200)
    assert abs(W.mean()) < 0.05 * expected
    if stat == "std":
        assert W.std() == pytest.approx(expected, rel=0.02)
    else:
        assert np.abs(W).max() <= expected
        assert np.abs(W).max() > 0.99 * expected
        assert W.std() == pytest.approx(expected / np.sqrt(3), rel=0.02)


def test_init_scale_overrides_and_biases_start_at_zero():
    W = init_weights("he_normal", 300, 100, np.random.default_rng(0), np.float32, scale=0.5)
    assert W.dtype == np.float32 and W.std() == pytest.approx(0.5, rel=0.03)
    net = Network.build([30, 20, 10], init="uniform", init_scale=0.05)
    assert np.abs(net.layers[0].W).max() <= 0.05
    assert all(not layer.b.any() for layer in net.layers)


def test_lecture_init_is_randn_over_sqrt_half_fan_in():
    """The lecture's ``np.random.randn(n_out, n_in) / sqrt(n_in / 2)`` is he_normal."""
    W = init_weights("he_normal", 784, 100, np.random.default_rng(0), np.float64)
    assert W.std() == pytest.approx(1 / np.sqrt(784 / 2), rel=0.02)


def test_inverted_dropout_in_training_only():
    net = Network.build([50, 400, 10], activation="identity", dropout=0.25, dtype="float64", seed=0)
    x = np.ones((100, 50))
    net.forward(x, training=True)
    layer = net.layers[0]
    mask = layer.mask
    assert set(np.unique(mask)) == {0.0, 1 / 0.75}
    assert np.mean(mask == 0) == pytest.approx(0.25, abs=0.01)      # 40,000 draws
    np.testing.assert_allclose(layer.out, layer.a * mask)
    # inverted scaling: the mask's mean is 1, so evaluation needs no rescaling
    assert mask.mean() == pytest.approx(1.0, abs=0.02)
    net.forward(x, training=False)
    assert net.layers[0].mask is None
    np.testing.assert_array_equal(net.layers[0].out, net.layers[0].a)
    assert net.layers[1].mask is None                                  # never on the output
