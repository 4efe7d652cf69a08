"""The progressive race (core.gradrace): order, stopping, timing arithmetic, and that its
agreement figures are exactly the gradient check's for the same entries."""

import numpy as np
import pytest

from backprop_viz.core import Config, Network
from backprop_viz.core import gradrace
from backprop_viz.core.gradcheck import gradient_check, noise_floor, relative_error
from backprop_viz.core.gradrace import GradientRace, check_entries, entry_errors


def make_net(**options):
    options = {"n_inputs": 5, "hidden": (4,), "n_outputs": 3, "activation": "tanh", "dtype": "float64", **options}
    return Network.from_config(Config(**options))


def data(n=3):
    rng = np.random.default_rng(0)
    return rng.standard_normal((n, 5)), np.eye(3)[rng.integers(0, 3, n)]


def test_the_order_visits_every_parameter_once_and_every_array_from_the_start():
    race = GradientRace(make_net(hidden=(6,)), *data())
    arrays, flat = race.order
    assert race.names == ("W1", "b1", "W2", "b2") and race.sizes == (30, 6, 18, 3)
    assert race.n_entries == race.n_params == 57 and race.layers == (1, 1, 2, 2)
    pairs = set(zip(arrays.tolist(), flat.tolist()))
    assert pairs == {(a, i) for a, n in enumerate(race.sizes) for i in range(n)}
    assert set(arrays[:4].tolist()) == {0, 1, 2, 3}          # one of each array first, then round-robin
    assert set(arrays[:12].tolist()) == {0, 1, 2, 3} and np.bincount(arrays[:12]).tolist() == [3, 3, 3, 3]


def test_entries_are_the_engines_derivatives_and_stop_between_any_two():
    net = make_net(batch_norm=True, dropout=0.3, dtype="float32")
    x, t = data(n=4)
    before, rng_state = net.get_params(), net.rng.bit_generator.state
    race = GradientRace(net, x, t)
    calls = iter(range(100))
    got = list(race.entries(should_stop=lambda: next(calls) >= 7))
    assert len(got) == 7
    assert all(e.seconds > 0 for e in got)
    arrays, flat = race.order
    assert [(e.array, e.index) for e in got] == list(zip(arrays[:7].tolist(), flat[:7].tolist()))
    assert [e.analytic for e in got] == [race.analytic[e.array][e.index] for e in got]
    rest = list(race.entries(start=7, stop=12))
    assert len(rest) == 5 and (rest[0].array, rest[0].index) == (arrays[7], flat[7])
    # the network passed in is untouched (a float64 copy is raced)
    for a, b in zip(before, net.get_params()):
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])
    assert net.rng.bit_generator.state == rng_state and net.dtype == np.float32


def test_check_entries_equals_gradient_check_of_the_same_entries():
    net = make_net(hidden=(7,), batch_norm=True, dropout=0.2)
    x, t = data(n=5)
    race = GradientRace(net, x, t, seed=3)
    got = list(race.entries(stop=25))
    mine = race.check(got)
    indices = {race.names[a]: [e.index for e in got if e.array == a] for a in {e.array for e in got}}
    ref = gradient_check(net, x, t, indices=indices)
    assert [p.name for p in mine.params] == [p.name for p in ref.params]
    assert mine.loss == ref.loss and mine.eps == ref.eps
    for p, q in zip(mine.params, ref.params):
        assert (p.n_checked, p.n_total) == (q.n_checked, q.n_total)
        np.testing.assert_array_equal(p.indices, q.indices)
        np.testing.assert_array_equal(p.numerical, q.numerical)
        np.testing.assert_array_equal(p.analytic, q.analytic)
        assert p.rel_error == q.rel_error and p.floor == q.floor and p.max_abs_error == q.max_abs_error
    # and the figures are relative_error's with the noise floor of that many entries
    for p in mine.params:
        assert p.rel_error == relative_error(p.numerical, p.analytic, noise_floor(race.loss, race.eps, p.n_checked))


def test_check_entries_leaves_out_arrays_without_entries():
    result = check_entries(("W1", "b1"), (6, 2), [0, 0], [5, 1], [1.0, 2.0], [1.0, 2.0], 0.5, 1e-5)
    assert [p.name for p in result.params] == ["W1"]
    assert result.params[0].indices.tolist() == [1, 5]          # sorted, as gradient_check checks them
    assert result.params[0].numerical.tolist() == [2.0, 1.0]
    assert result.passed and result.max_rel_error == 0.0


def test_entry_errors_are_single_entry_relative_errors():
    num, ana = np.array([1.0, 2e-9, 0.0, -3.0]), np.array([1.1, 1e-9, 0.0, 3.0])
    floor = noise_floor(0.7, 1e-5, 1)
    expected = [relative_error(np.array([n]), np.array([a]), floor) for n, a in zip(num, ana)]
    np.testing.assert_allclose(entry_errors(num, ana, 0.7, 1e-5), expected, rtol=1e-15)


def test_run_extrapolates_from_the_wall_time_and_keeps_the_median_entry_as_a_detail(monkeypatch):
    race = GradientRace(make_net(hidden=(6,)), *data(n=2))
    seconds = []
    original = race.entries

    def recording(*args, **kwargs):
        for entry in original(*args, **kwargs):
            seconds.append(entry.seconds)
            yield entry

    monkeypatch.setattr(race, "entries", recording)
    result, check = race.run(entries=30)
    assert result.entries_timed == 30 and len(seconds) == 30
    assert result.median_entry_s == float(np.median(seconds))             # the per-entry detail
    # the headline is the wall time end to end per entry: each entry's own time and more
    assert result.numerical_entry_s >= float(np.mean(seconds))
    assert result.n_params == 57 and result.batch_size == 2 and result.architecture == "5-6-3"
    assert result.numerical_gradient_s == pytest.approx(result.numerical_entry_s * 57, rel=1e-12)
    assert result.numerical_epoch_s == pytest.approx(result.numerical_entry_s * 57 * 60_000 / 2, rel=1e-12)
    assert result.backprop_epoch_s == pytest.approx(result.backprop_gradient_s * 60_000 / 2, rel=1e-12)
    assert result.speedup == pytest.approx(result.numerical_gradient_s / result.backprop_gradient_s, rel=1e-12)
    assert check.passed and sum(p.n_checked for p in check.params) == 30


def test_the_tally_is_the_wall_time_end_to_end_in_tenths_of_the_gradient():
    race = GradientRace(make_net(hidden=(6,)), *data(n=2))          # 57 entries: tenths of 5 or 6
    tally = gradrace.RaceTally()
    done = list(race.timed(tally, stop=20))
    assert len(done) == tally.done == 20 and [e.seconds for e in done] == tally.entry_s
    assert len(tally.backprop_s) == 5                                # before the race; none in 20 entries
    ends = race.block_ends.tolist()
    assert len(ends) == 10 and ends[-1] == 57 and ends[:3] == [6, 11, 17]
    assert len(tally.block_s) == 3                                   # three tenths complete by entry 20
    assert tally.wall_s >= sum(tally.entry_s)
    more = list(race.timed(tally, backprop=False))                   # the rest of the gradient
    assert tally.done == 57 and len(more) == 37 and len(tally.backprop_s) == 5
    assert len(tally.block_s) == 10
    sizes = np.diff([0, *ends])
    assert float(np.dot(tally.block_s, sizes)) == pytest.approx(tally.wall_s, rel=1e-9)
    result = race.result(tally)
    assert result.entry_spread_s == (min(tally.block_s), max(tally.block_s))
    low, high = result.numerical_epoch_spread_s
    assert low == pytest.approx(min(tally.block_s) * 57 * 30_000, rel=1e-12)
    assert high == pytest.approx(max(tally.block_s) * 57 * 30_000, rel=1e-12)
    assert low <= result.numerical_epoch_s <= high                   # the mean lies between its tenths
    assert result.numerical_entry_s == pytest.approx(tally.wall_s / 57, rel=1e-12)


def test_no_spread_before_two_tenths():
    race = GradientRace(make_net(hidden=(6,)), *data(n=2))
    result, _ = race.run(entries=10)
    assert result.entry_spread_s is None and result.numerical_epoch_spread_s is None


def test_a_whole_gradient_equals_backprops():
    race = GradientRace(make_net(), *data())
    result, check = race.run()
    assert result.entries_timed == race.n_params
    assert [p.n_checked for p in check.params] == [p.n_total for p in check.params]
    for p, analytic in zip(check.params, race.analytic):
        np.testing.assert_allclose(p.numerical, analytic, rtol=1e-6, atol=1e-10)


def test_huge_arrays_are_sampled_not_enumerated(monkeypatch):
    monkeypatch.setattr(gradrace, "ORDER_CAP", 8)
    race = GradientRace(make_net(hidden=(6,)), *data())
    arrays, flat = race.order
    assert race.n_entries == 8 + 6 + 8 + 3 and race.n_params == 57
    assert len(set(zip(arrays.tolist(), flat.tolist()))) == race.n_entries
    assert len(list(race.entries())) == race.n_entries


def test_gradient_check_with_indices_checks_only_those():
    net = make_net()
    x, t = data()
    result = gradient_check(net, x, t, indices={"W1": [7, 3, 11], "b2": [2]})
    assert [(p.name, p.indices.tolist()) for p in result.params] == [("W1", [3, 7, 11]), ("b2", [2])]
    assert result.passed and np.isfinite(result.loss)
