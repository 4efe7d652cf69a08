"""The first layer's unlit-pixel skip (``core/layers.py``) against the dense products and
the lecture-notation reference.

With inputs like MNIST's (most pixels 0, a band of pixels 0 in every sample of a
minibatch) the first layer computes ``z = a_prev[:, lit] @ W[lit]`` and
``dW[lit] = a_prev[:, lit].T @ delta`` (other rows 0). Which equality holds, tested here:
``dW`` and ``db`` bit-identical to the dense products given the same ``delta``; ``z`` equal
to float rounding (a few ulp), not bit for bit. The whole step then follows
``core/reference.py`` like the dense path does.
"""

import numpy as np
import pytest

from backprop_viz.core import Config, Network, Trainer, make_optimizer
from backprop_viz.core import layers as layers_module
from backprop_viz.core import reference as ref

N_IN = 196   # a 14×14 "image": a border of pixels that are never lit, a sparse centre


def sparse_inputs(n, rng, dtype=np.float32):
    """MNIST-like inputs: pixels in [0, 1], about 80 % exactly 0, the border always 0."""
    side = int(np.sqrt(N_IN))
    x = rng.random((n, side, side)) * (rng.random((n, side, side)) < 0.3)
    x[:, :3, :] = x[:, -3:, :] = x[:, :, :3] = x[:, :, -3:] = 0
    return x.reshape(n, N_IN).astype(dtype)


def config(dtype="float32", **options):
    return Config(n_inputs=N_IN, hidden=(32, 16), activation="relu", output="softmax", loss="cross_entropy",
                  init="he_normal", optimizer="adam", lr=0.01, dtype=dtype, seed=7).replace(**options)


def targets(n, rng, dtype):
    labels = rng.integers(0, 10, n)
    return np.eye(10, dtype=dtype)[labels], labels


def twin_networks(cfg):
    """The same network twice: the first layer skipping unlit pixels, and dense."""
    sparse, dense = Network.from_config(cfg), Network.from_config(cfg)
    dense.layers[0].sparse_input = False
    assert sparse.layers[0].sparse_input and not any(layer.sparse_input for layer in sparse.layers[1:])
    return sparse, dense


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("n", [2, 16, 64])
def test_dW_is_bit_identical_and_z_equal_to_rounding(dtype, n):
    rng = np.random.default_rng(n)
    x = sparse_inputs(n, rng, dtype)
    sparse, dense = twin_networks(config(dtype))
    first_s, first_d = sparse.layers[0], dense.layers[0]
    sparse.forward(x)
    dense.forward(x)
    assert first_s.lit is not None and first_d.lit is None          # the sparse path was taken
    lit = first_s.lit[0]
    assert 0 < len(lit) < N_IN and not x[:, np.setdiff1d(np.arange(N_IN), lit)].any()
    eps = np.finfo(dtype).eps
    # the standard bound for two summation orders of the same K-term dot product: K·eps·Σ|a·W|
    bound = N_IN * eps * (np.abs(x) @ np.abs(first_d.W))
    assert np.all(np.abs(first_s.z - first_d.z) <= bound)

    # the same delta into both: dW and db bit for bit
    delta = rng.standard_normal(first_d.z.shape).astype(dtype)
    first_s.backward(None, delta=delta, need_grad_in=False)
    first_d.backward(None, delta=delta, need_grad_in=False)
    np.testing.assert_array_equal(first_s.dW, first_d.dW)
    np.testing.assert_array_equal(first_s.db, first_d.db)
    unlit = np.setdiff1d(np.arange(N_IN), lit)
    assert not first_s.dW[unlit].any()


def test_the_dense_path_is_kept_where_the_skip_would_not_pay():
    rng = np.random.default_rng(1)
    net = Network.from_config(config())
    first = net.layers[0]
    net.forward(sparse_inputs(1, rng))                      # batch 1: a GEMV on cached W is cheaper
    assert first.lit is None
    dense = rng.random((16, N_IN)).astype(np.float32) + 0.01   # every column lit
    net.forward(dense)
    assert first.lit is None
    mostly_lit = dense.copy()
    mostly_lit[:, : int(N_IN * (1 - layers_module.SPARSE_MAX_FRACTION)) - 1] = 0   # just under the threshold
    net.forward(mostly_lit)
    assert first.lit is None
    mostly_lit[:, : int(N_IN * (1 - layers_module.SPARSE_MAX_FRACTION)) + 2] = 0
    net.forward(mostly_lit)
    assert first.lit is not None


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_sparse_steps_follow_the_reference(dtype):
    """Six Adam steps through the sparse first layer (traced and lean) land where the
    reference lands; every layer's z, a, delta, dW, db of the first traced step too."""
    cfg = config(dtype, optimizer="sgd", lr=0.1)
    tol = {"float64": 1e-12, "float32": 2e-5}[dtype]
    net = Network.from_config(cfg)
    W, b = ref.from_params(net.get_params())
    W = [None] + [w.astype(np.float64) for w in W[1:]]
    b = [None] + [v.astype(np.float64) for v in b[1:]]
    trainer = Trainer(net, make_optimizer(cfg, net.param_triples()), capture="full")
    rng = np.random.default_rng(3)

    def close(fast, reference):
        reference = np.asarray(reference, np.float64)
        np.testing.assert_allclose(np.asarray(fast, np.float64), reference, rtol=tol,
                                   atol=tol * max(float(np.abs(reference).max()), 1e-300))

    for k in range(6):
        trainer.capture = "full" if k % 2 == 0 else "off"
        x = sparse_inputs(24, rng, dtype)
        t, labels = targets(24, rng, dtype)
        z, a = ref.forward(W, b, x.astype(np.float64), "relu", "softmax")
        delta, dW, db = ref.backward(W, z, a, t.astype(np.float64), "relu", "softmax", "cross_entropy")
        loss = trainer.step(x, t, labels)
        assert net.layers[0].lit is not None
        assert loss == pytest.approx(ref.loss(a[-1], t.astype(np.float64), "cross_entropy"), rel=tol)
        if k == 0:
            for layer in trainer.trace.layers:
                l = layer.index
                for fast, reference in [(layer.z, z[l]), (layer.a, a[l]), (layer.delta, delta[l]),
                                        (layer.dW, dW[l]), (layer.db, db[l])]:
                    close(fast, reference)
        W = [None] + [ref.sgd_update(W[l], dW[l], cfg.lr) for l in range(1, len(W))]
        b = [None] + [ref.sgd_update(b[l], db[l], cfg.lr) for l in range(1, len(b))]
        for layer in net.layers:
            close(layer.W, W[layer.index])
            close(layer.b, b[layer.index])


def test_a_frozen_copy_and_the_lean_path_agree_with_the_traced_one():
    """The skip changes nothing between the lean and traced paths (bit for bit), and a
    frozen copy starts without the training network's lit columns."""
    cfg = config()
    rng = np.random.default_rng(9)
    batches = [(sparse_inputs(32, rng), *targets(32, rng, np.float32)) for _ in range(5)]
    runs = []
    for capture in ("off", "full"):
        net = Network.from_config(cfg)
        trainer = Trainer(net, make_optimizer(cfg, net.param_triples()), capture=capture)
        losses = [trainer.step(x, t, labels) for x, t, labels in batches]
        runs.append((losses, [p.copy() for _, p, _ in net.param_triples()], net))
    assert runs[0][0] == runs[1][0]
    for pa, pb in zip(runs[0][1], runs[1][1]):
        np.testing.assert_array_equal(pa, pb)
    clone = runs[0][2].frozen()
    assert clone.layers[0].lit is None and clone.layers[0].sparse_input
