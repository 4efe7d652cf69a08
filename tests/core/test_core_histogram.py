"""core.histogram counts exactly what np.histogram counts (its edges too), on the values where
rounding decides: values lying exactly on edges and one float either side of them, saturated
activations, tiny spans, constant arrays; and it takes its own path (not np.histogram) on the
layer views' usual arrays."""

from __future__ import annotations

from unittest import mock

import numpy as np
import pytest

from backprop_viz.core import histogram as hist


def same_as_numpy(values, bins=64, fast=False):
    """``fast``: and counted without np.histogram (the path whose exactness is at stake)."""
    try:
        expected = np.histogram(values, bins=bins)
    except ValueError:   # no 64 finite, distinct bins fit the span: this says so too
        with pytest.raises(ValueError):
            hist.histogram(values, bins)
        return
    if fast:
        with mock.patch.object(hist.np, "histogram", side_effect=AssertionError("np.histogram was called")):
            counts, edges = hist.histogram(values, bins)
    else:
        counts, edges = hist.histogram(values, bins)
    np.testing.assert_array_equal(counts, expected[0])
    np.testing.assert_array_equal(edges, expected[1])
    assert edges.dtype == expected[1].dtype and counts.sum() == np.asarray(values).size


def on_the_edges(rng, dtype, lo, hi, n=20000):
    """Random values between lo and hi, plus every edge np.histogram will use and the floats just
    below and above each: the values whose bin rounding decides."""
    x = rng.uniform(lo, hi, n).astype(dtype)
    x[0], x[1] = dtype(lo), dtype(hi)
    edges = np.histogram(x, bins=64)[1]
    near = np.concatenate([edges, np.nextafter(edges, -np.inf), np.nextafter(edges, np.inf)]).astype(dtype)
    near = near[(near >= x.min()) & (near <= x.max())]
    return rng.permutation(np.concatenate([x, np.repeat(near, 3)]))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("lo, hi", [(-3.0, 5.0), (0.0, 1.0), (-0.0123, 0.0171), (1e-6, 3e-6), (-2e5, 1e5)])
def test_values_on_and_beside_every_edge_fall_in_numpys_bins(dtype, lo, hi):
    x = on_the_edges(np.random.default_rng(0), dtype, lo, hi)
    same_as_numpy(x, fast=True)
    for bins in (1, 3, 1000):
        same_as_numpy(x, bins, fast=True)


def test_other_dtypes_byte_orders_and_bins_are_numpys_own():
    """float16, big-endian float32, long double (beyond float64's range too), integers, and bins
    given as edges or a rule: np.histogram counts them, with its own result or refusal."""
    rng = np.random.default_rng(3)
    x = rng.standard_normal(20000)
    same_as_numpy(x.astype(np.float16))
    same_as_numpy(x.astype(">f4"))
    same_as_numpy(np.linspace(np.longdouble("1e300") * 1e100, np.longdouble("2e300") * 1e100, 5000))
    same_as_numpy(np.longdouble(1) + np.arange(5000) * np.longdouble("2e-20"))
    same_as_numpy(x.astype(np.float32), bins=0)
    np.testing.assert_array_equal(hist.histogram(x, "auto")[0], np.histogram(x, "auto")[0])
    np.testing.assert_array_equal(hist.histogram(x, np.array([-1.0, 0.0, 2.0]))[0],
                                  np.histogram(x, np.array([-1.0, 0.0, 2.0]))[0])


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_saturated_activations_tiny_spans_and_constants(dtype):
    rng = np.random.default_rng(1)
    same_as_numpy((1 - rng.random(50000) * 1e-4).astype(dtype))           # a sigmoid near 1
    same_as_numpy((1e3 + rng.random(50000) * 1e-1).astype(dtype))         # a span small beside the values
    same_as_numpy((1e4 + rng.random(50000) * 1e-2).astype(dtype))         # float32: too small for 64 bins
    same_as_numpy(np.full(10000, 0.25, dtype))                             # constant: np.histogram's ±0.5
    same_as_numpy(np.repeat(np.array([0.0, 1e-30], dtype), 5000))         # two values, a near-subnormal span
    with np.errstate(over="ignore", invalid="ignore"):   # (np.histogram's own linspace overflows there)
        same_as_numpy(np.repeat(np.array([-3e38, 3e38], np.float32), 5000).astype(dtype))   # past float32's range
    same_as_numpy(rng.integers(-5, 9, 20000))                              # integers: np.histogram's own
    same_as_numpy(rng.standard_normal(100).astype(dtype))                  # small: np.histogram's own


def test_the_layer_views_arrays_take_the_fast_path(monkeypatch):
    """dW with most rows zero (unlit pixels), z and a ReLU's a: counted without np.histogram."""
    rng = np.random.default_rng(2)
    dW = (rng.standard_normal((784, 256)) * 0.01).astype(np.float32)
    dW[rng.random(784) < 0.6] = 0
    z = rng.standard_normal((128, 256)).astype(np.float32)
    arrays = [dW, z, np.maximum(z, 0), (1 / (1 + np.exp(-4 * z))).astype(np.float32)]
    expected = [np.histogram(a, bins=64) for a in arrays]

    def refuse(*args, **kwargs):
        raise AssertionError("np.histogram was called: the fast path was not taken")

    monkeypatch.setattr(hist.np, "histogram", refuse)
    for a, (counts, edges) in zip(arrays, expected):
        got = hist.histogram(a)
        np.testing.assert_array_equal(got[0], counts)
        np.testing.assert_array_equal(got[1], edges)
