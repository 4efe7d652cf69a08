"""The gradcheck module itself: relative error, numerical gradient, race arithmetic, durations."""

import numpy as np
import pytest

from backprop_viz.core import Config, Network, gradient_check, numerical_gradient, race
from backprop_viz.core.gradcheck import (COURSE_BACKPROP_TRAINING_S, COURSE_NUMERICAL_EPOCH_S, PASS_THRESHOLD,
                                         REL_ERROR_FLOOR, RaceResult, format_duration, noise_floor,
                                         relative_error)


def test_relative_error_semantics():
    a = np.array([1.0, -2.0, 3.0])
    assert relative_error(a, a) == 0.0
    assert relative_error(a, -a) == pytest.approx(1.0)                 # opposite
    assert relative_error(a, 2 * a) == pytest.approx(1 / 3)            # ‖a‖ / (‖a‖ + 2‖a‖)
    assert relative_error(a, np.zeros(3)) == pytest.approx(1.0)
    assert relative_error(a, a * (1 + 1e-9)) == pytest.approx(0.5e-9, rel=1e-3)
    # symmetric, scale-invariant
    b = np.array([1.1, -1.9, 2.7])
    assert relative_error(a, b) == pytest.approx(relative_error(b, a))
    assert relative_error(1e-3 * a, 1e-3 * b) == pytest.approx(relative_error(a, b))
    # both (nearly) zero: the floor keeps it at 0, not 0/0
    assert relative_error(np.zeros(3), np.zeros(3)) == 0.0
    assert relative_error(np.array([1e-12]), np.array([0.0])) == pytest.approx(1e-12 / REL_ERROR_FLOOR)
    assert relative_error(np.array([1e-12]), np.array([0.0]), floor=1e-3) == pytest.approx(1e-9)


def test_noise_floor():
    # u·|E|/eps per entry × ROUNDOFF_ULPS × √n / threshold
    floor = noise_floor(loss=2.0, eps=1e-5, n_entries=100)
    assert floor == pytest.approx(8 * np.finfo(float).eps * 2.0 / 1e-5 * 10 / PASS_THRESHOLD)
    assert noise_floor(0.0, 1e-5, 1) >= REL_ERROR_FLOOR
    assert noise_floor(5.0, 1e-5, 400) == pytest.approx(2 * noise_floor(5.0, 1e-5, 100))


def make_net(**options):
    options = {"n_inputs": 5, "hidden": (4,), "n_outputs": 3, "activation": "tanh", "dtype": "float64", **options}
    return Network.from_config(Config(**options))


def data(n=3):
    rng = np.random.default_rng(0)
    return rng.standard_normal((n, 5)), np.eye(3)[rng.integers(0, 3, n)]


def test_numerical_gradient_restores_the_parameter_and_can_stop_early():
    net = make_net()
    x, t = data()
    W = net.layers[0].W
    before = W.copy()
    num = numerical_gradient(net, x, t, W, range(W.size))
    np.testing.assert_array_equal(W, before)                     # bit-exact restore
    _, grads = net.loss_and_gradients(x, t)
    np.testing.assert_allclose(num, grads[0]["W"].reshape(-1), rtol=1e-6, atol=1e-10)
    calls = iter(range(100))
    partial = numerical_gradient(net, x, t, W, range(W.size), should_stop=lambda: next(calls) >= 3)
    assert len(partial) == 3
    np.testing.assert_array_equal(partial, num[:3])


def test_gradient_check_leaves_the_network_untouched():
    net = make_net(batch_norm=True, dropout=0.5, dtype="float32")
    x, t = data(n=6)
    params = net.get_params()
    rng_state = net.rng.bit_generator.state
    result = gradient_check(net, x, t, max_entries=None)
    assert result.passed
    for a, b in zip(params, net.get_params()):
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])
    assert all(layer.fixed_mask is None for layer in net.layers)
    assert net.rng.bit_generator.state == rng_state
    assert net.dtype == np.float32


def test_gradient_check_reports_each_parameter_array():
    net = make_net()
    x, t = data()
    result = gradient_check(net, x, t, max_entries=7, seed=1)
    assert [p.name for p in result.params] == ["W1", "b1", "W2", "b2"]
    assert [(p.n_checked, p.n_total) for p in result.params] == [(7, 20), (4, 4), (7, 12), (3, 3)]
    for p in result.params:
        assert len(p.numerical) == len(p.analytic) == len(p.indices) == p.n_checked
        assert p.max_abs_error == pytest.approx(np.max(np.abs(p.numerical - p.analytic)))
        assert p.rel_error == pytest.approx(relative_error(p.numerical, p.analytic, p.floor))
    assert result.max_rel_error == max(p.rel_error for p in result.params)
    assert result.eps == 1e-5


def test_race_measures_and_extrapolates_consistently():
    net = make_net(n_inputs=5, hidden=(6,))
    x, t = data(n=2)
    r = race(net, x, t, entries=10, repeats=3)
    assert r.architecture == "5-6-3" and r.n_params == 5 * 6 + 6 + 6 * 3 + 3 and r.batch_size == 2
    assert r.entries_timed == 10
    assert r.numerical_entry_s > 0 and r.backprop_gradient_s > 0
    assert r.numerical_gradient_s == pytest.approx(r.numerical_entry_s * r.n_params, rel=1e-12)
    assert r.numerical_epoch_s == pytest.approx(r.numerical_gradient_s * 60_000 / 2, rel=1e-12)
    assert r.backprop_epoch_s == pytest.approx(r.backprop_gradient_s * 60_000 / 2, rel=1e-12)
    assert r.speedup == pytest.approx(r.numerical_gradient_s / r.backprop_gradient_s, rel=1e-12)


def test_race_result_arithmetic_with_known_numbers():
    r = RaceResult("784-30-10", n_params=23_860, batch_size=1, entries_timed=50,
                   numerical_entry_s=5e-5, backprop_gradient_s=2e-4)
    assert r.numerical_gradient_s == pytest.approx(1.193)
    assert r.numerical_epoch_s == pytest.approx(1.193 * 60_000)
    assert r.backprop_epoch_s == pytest.approx(12.0)
    assert r.speedup == pytest.approx(5965.0)
    assert RaceResult("a", 10, 32, 1, 1.0, 1.0).numerical_epoch_s == pytest.approx(10 * 60_000 / 32)


def test_race_on_a_float32_network_leaves_it_untouched():
    net = make_net(dtype="float32")
    before = net.get_params()
    x, t = data(n=1)
    race(net, x, t, entries=5, repeats=2)
    assert all(np.array_equal(a[k], b[k]) for a, b in zip(before, net.get_params()) for k in a)


def test_course_numbers():
    assert COURSE_NUMERICAL_EPOCH_S == {"784-8-10": 7 * 3600 + 53 * 60, "784-30-10": 20 * 3600 + 22 * 60}
    assert COURSE_BACKPROP_TRAINING_S == {"784-100-10": 28.9}


@pytest.mark.parametrize("seconds,text", [
    (73_320, "20 h 22 min"),
    (28_380, "7 h 53 min"),
    (3600, "1 h 0 min"),
    (3599.7, "1 h 0 min"),           # rounds up into the next unit, never "60 min 0 s"
    (3570, "59 min 30 s"),
    (185, "3 min 5 s"),
    (60, "1 min 0 s"),
    (59.97, "1 min 0 s"),            # never "60.0 s"
    (59.94, "59.9 s"),
    (28.9, "28.9 s"),
    (1.0, "1.0 s"),
    (0.99996, "1.0 s"),              # never "1000.0 ms"
    (0.0123, "12.3 ms"),
    (0.00085, "850 µs"),
    (2 * 86400, "2.0 days"),
    (float("inf"), "∞"),
])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


def test_results_are_plain_python_numbers_for_json():
    import json

    net = make_net(batch_norm=True)
    x, t = data(n=4)
    result = gradient_check(net, x, t, max_entries=5)
    assert type(result.passed) is bool and type(result.max_rel_error) is float
    assert all(type(p.rel_error) is float and type(p.floor) is float and type(p.passed) is bool
               for p in result.params)
    json.dumps({"passed": result.passed, "errors": [p.rel_error for p in result.params]})
