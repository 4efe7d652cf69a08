"""Everything random is seeded: same seed → same weights, masks, order and losses."""

import numpy as np
import pytest

from backprop_viz.core import Config, Network, Run


def small_config(**changes):
    return Config(n_inputs=20, hidden=(16, 12), n_outputs=10, activation="relu", dropout=0.3,
                  batch_norm=True, optimizer="adam", lr=0.01, batch_size=25, **changes)


def losses_of(config, data, steps=20):
    run = Run(config, data)
    return [run.step()[0] for _ in range(steps)], run.network.get_params()


def test_same_seed_gives_identical_weights_and_losses_over_20_steps(blobs):
    config = small_config(seed=11)
    a = Network.from_config(config).get_params()
    b = Network.from_config(config).get_params()
    for da, db in zip(a, b):
        for k in da:
            np.testing.assert_array_equal(da[k], db[k])
    losses_a, params_a = losses_of(config, blobs)
    losses_b, params_b = losses_of(config, blobs)
    assert losses_a == losses_b                      # bit-identical, dropout included
    for da, db in zip(params_a, params_b):
        for k in da:
            np.testing.assert_array_equal(da[k], db[k])


def test_different_seeds_differ(blobs):
    w_a = Network.from_config(small_config(seed=1)).get_params()[0]["W"]
    w_b = Network.from_config(small_config(seed=2)).get_params()[0]["W"]
    assert not np.array_equal(w_a, w_b)
    losses_a, _ = losses_of(small_config(seed=1), blobs, steps=5)
    losses_b, _ = losses_of(small_config(seed=2), blobs, steps=5)
    assert losses_a != losses_b


def test_dropout_masks_are_seeded_and_fresh_each_step(blobs):
    config = small_config(seed=5)
    net_a, net_b = Network.from_config(config), Network.from_config(config)
    x = blobs.x_train[:8]
    net_a.forward(x)
    net_b.forward(x)
    mask_1 = net_a.layers[0].mask.copy()
    np.testing.assert_array_equal(mask_1, net_b.layers[0].mask)
    net_a.forward(x)
    assert not np.array_equal(mask_1, net_a.layers[0].mask)


@pytest.mark.parametrize("scheme", ["normal", "uniform", "xavier_normal", "xavier_uniform", "he_normal",
                                    "he_uniform"])
def test_every_initialisation_is_seeded(scheme):
    a = Network.build([30, 20, 10], init=scheme, seed=3).get_params()
    b = Network.build([30, 20, 10], init=scheme, seed=3).get_params()
    c = Network.build([30, 20, 10], init=scheme, seed=4).get_params()
    assert np.array_equal(a[0]["W"], b[0]["W"]) and np.array_equal(a[1]["W"], b[1]["W"])
    assert not np.array_equal(a[0]["W"], c[0]["W"])


def test_float64_end_to_end(make_blob_data):
    data = make_blob_data(dtype=np.float64)
    config = small_config(seed=0, dtype="float64", epochs=5)
    run = Run(config, data, capture="full")
    records = run.fit()
    assert all(d[k].dtype == np.float64 for d in run.network.get_params() for k in d)
    trace = run.trainer.trace
    assert trace.x.dtype == np.float64 and trace.layers[0].dW.dtype == np.float64
    assert run.network.infer(data.x_eval[:3]).dtype == np.float64
    assert records[-1].eval_accuracy > 0.9


def test_float32_is_the_default_and_is_kept_everywhere(blobs):
    run = Run(small_config(seed=0), blobs, capture="full")
    run.step()
    assert run.network.dtype == np.float32
    trace = run.trainer.trace
    for layer in trace.layers:
        assert layer.z.dtype == layer.a.dtype == layer.delta.dtype == layer.dW.dtype == np.float32
    assert all(u.dtype == np.float32 for u in run.optimizer.updates)
