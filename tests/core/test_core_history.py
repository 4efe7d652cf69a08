"""LossHistory (float32 in chunks, reads like a list) and Decimated (a bounded display copy)."""

import numpy as np
import pytest

from backprop_viz.core.history import CHUNK, Decimated, LossHistory, ema, linear_recurrence


def test_loss_history_reads_like_the_list_it_replaces():
    values = np.random.default_rng(0).random(CHUNK * 2 + 17)
    h = LossHistory()
    for v in values[:100]:
        h.append(float(v))
    h.extend(values[100:])
    expected = values.astype(np.float32)
    assert len(h) == len(values)
    assert h == list(expected.astype(float))
    assert h[0] == float(expected[0]) and h[-1] == float(expected[-1]) and h[CHUNK] == float(expected[CHUNK])
    np.testing.assert_array_equal(h[CHUNK - 3:CHUNK + 5], expected[CHUNK - 3:CHUNK + 5])
    np.testing.assert_array_equal(h[len(h):], np.zeros(0))
    np.testing.assert_array_equal(np.asarray(h, dtype=np.float64), expected.astype(np.float64))
    assert list(h)[-3:] == [float(v) for v in expected[-3:]]
    with pytest.raises(IndexError):
        h[len(h)]


def test_empty_history_equals_an_empty_list_and_differs_from_others():
    assert LossHistory() == []
    assert not (LossHistory([1.0]) == [])
    assert not (LossHistory([1.0, 2.0]) == [1.0, 2.5])
    assert LossHistory([1.0, 2.0]) == LossHistory([1.0, 2.0])


def test_loss_history_costs_four_bytes_a_step():
    h = LossHistory()
    h.extend(np.ones(10 * CHUNK))
    assert h.nbytes <= 4 * (11 * CHUNK)    # a list of Python floats cost about 40 B each


def test_decimated_stays_bounded_and_keeps_the_spikes():
    d = Decimated(capacity=64)
    x = np.arange(1, 100_001, dtype=float)
    y = np.ones_like(x)
    y[54_321] = 50.0            # one spike among 100,000 points
    for lo in range(0, len(x), 997):
        d.extend(x[lo:lo + 997], y[lo:lo + 997])
    ex, ey = d.envelope()
    assert d.n <= 64 and len(ex) <= 128
    assert ey.max() == 50.0 and ey.min() == 1.0
    assert ex[0] == 1.0 and np.all(np.diff(ex) >= 0)
    lx, ly = d.last()
    assert ly[-1] == 1.0 and lx[-1] <= x[-1]
    assert d.k * d.n >= len(x)        # every point is in a bucket


def test_decimated_without_overflow_is_the_data_itself():
    d = Decimated(capacity=16)
    d.extend([1, 2, 3], [0.5, 0.25, 0.125])
    x, y = d.envelope()
    np.testing.assert_array_equal(x, [1, 2, 3])
    np.testing.assert_array_equal(y, [0.5, 0.25, 0.125])


def test_step_runs_read_like_the_steps_they_keep():
    from backprop_viz.core.history import StepRuns

    rng = np.random.default_rng(3)
    steps = np.concatenate([np.arange(1, 40_001), np.arange(30_001, 30_050), [7, 8, 100], np.arange(40_000, 40_500)])
    runs = StepRuns()
    for part in np.array_split(steps, 37):      # in batches, as snapshots bring them
        runs.extend(part)
    assert len(runs) == len(steps)
    np.testing.assert_array_equal(runs.array(), steps)
    for i in rng.integers(0, len(steps), 200).tolist() + [0, -1, len(steps) - 1]:
        assert runs[i] == steps[i]
    with pytest.raises(IndexError):
        runs[len(steps)]
    assert runs._starts.array().tolist() == [0, 40_000, 40_049, 40_051, 40_052]   # five runs, not 40,552 steps
    increasing = StepRuns(np.concatenate([np.arange(1, 1001), np.arange(2001, 3001)]))
    reference = increasing.array()
    for x in [-5, 0, 1, 1.5, 500, 1000, 1000.2, 1500, 2000.5, 2001, 2999, 3000, 3000.5, 5000]:
        assert increasing.searchsorted(x) == np.searchsorted(reference, x)
    assert len(StepRuns()) == 0 and StepRuns().array().tolist() == []


def ema_loop(values, alpha, start=0.0, count=0):
    """The reference: the smoothing written as its definition, one value at a time."""
    out, s, n = [], start, count
    for x in values:
        s = alpha * s + (1 - alpha) * x
        n += 1
        out.append(s / (1 - alpha ** n) if alpha > 0 else s)
    return np.array(out), s, n


@pytest.mark.parametrize("n", [0, 1, 127, 128, 129, 5000, 70_001])
@pytest.mark.parametrize("alpha", [0.0, 0.6, 0.99, 0.999])
def test_blockwise_smoothing_equals_the_loop(n, alpha):
    values = np.random.default_rng(n).random(n) * 4
    fast, s, count = ema(values, alpha, start=0.3, count=7)   # continuing an earlier stretch
    slow, s_ref, count_ref = ema_loop(values, alpha, start=0.3, count=7)
    assert count == count_ref == n + 7 and fast.shape == (n,)
    np.testing.assert_allclose(fast, slow, rtol=1e-10, atol=1e-12)
    assert s == pytest.approx(s_ref, rel=1e-10) if n else s == 0.3


def test_smoothing_in_pieces_equals_smoothing_at_once():
    values = np.random.default_rng(1).random(1000)
    whole, *_ = ema(values, 0.95)
    first, s, n = ema(values[:300], 0.95)
    rest, *_ = ema(values[300:], 0.95, s, n)
    np.testing.assert_allclose(np.concatenate([first, rest]), whole, rtol=1e-12)


def test_linear_recurrence_with_a_decay_of_one_is_a_running_sum():
    u = np.arange(1.0, 1001.0)
    np.testing.assert_allclose(linear_recurrence(u, 1.0, 5.0), 5.0 + np.cumsum(u))


def test_a_non_finite_loss_spoils_no_earlier_point():
    values = np.random.default_rng(2).random(500)
    values[300] = np.nan
    smooth, *_ = ema(values, 0.9)
    assert np.isfinite(smooth[:300]).all() and np.isnan(smooth[300:]).all()
    np.testing.assert_allclose(smooth[:300], ema_loop(values[:300], 0.9)[0], rtol=1e-12)
