"""MNIST-style preprocessing of drawings, on synthetic strokes: fits 20×20 keeping the aspect
ratio, centre of mass at (14, 14), exact area averaging, stroke-width estimate and adjustment."""

from __future__ import annotations


import numpy as np
import pytest

from backprop_viz.core.preprocess import (BOX, MNIST_STROKE_RANGE, area_matrix, as_ink, centre_of_mass, fit_box,
                                          ink_bbox, preprocess, preprocess_details, stroke_width)


def segment(canvas: np.ndarray, p0, p1, width: float) -> np.ndarray:
    """Draw an anti-aliased straight stroke (round caps) of ``width`` from ``p0`` to ``p1`` (row, col)."""
    y, x = np.mgrid[0:canvas.shape[0], 0:canvas.shape[1]] + 0.5
    (r0, c0), (r1, c1) = p0, p1
    d = np.array([r1 - r0, c1 - c0], float)
    length2 = max(float(d @ d), 1e-12)
    t = np.clip(((y - r0) * d[0] + (x - c0) * d[1]) / length2, 0, 1)
    dist = np.hypot(y - (r0 + t * d[0]), x - (c0 + t * d[1]))
    np.maximum(canvas, np.clip(width / 2 - dist + 0.5, 0, 1), out=canvas)
    return canvas


def ring(n: int, centre, radius: float, width: float) -> np.ndarray:
    y, x = np.mgrid[0:n, 0:n] + 0.5
    dist = np.abs(np.hypot(y - centre[0], x - centre[1]) - radius)
    return np.clip(width / 2 - dist + 0.5, 0, 1)


def check_mnist_like(image: np.ndarray) -> None:
    assert image.shape == (28, 28) and image.dtype == np.uint8
    top, left, h, w = ink_bbox(image.astype(np.float32) / 255, threshold=0)
    assert max(h, w) <= BOX
    r, c = centre_of_mass(image)
    assert abs(r - 14) <= 0.5 + 1e-6 and abs(c - 14) <= 0.5 + 1e-6


@pytest.mark.parametrize("where", [(40, 40), (200, 220), (20, 230)])
def test_an_off_centre_stroke_is_fitted_to_20x20_and_centred_by_mass(where):
    canvas = segment(np.zeros((280, 280), np.float32), where, (where[0] + 50, where[1] - 15), 12)
    out = preprocess(canvas)
    check_mnist_like(out)
    top, left, h, w = ink_bbox(out.astype(np.float32) / 255, threshold=0)
    assert h == BOX   # the longer side fills the box


def test_aspect_ratio_is_kept():
    canvas = np.zeros((280, 280), np.float32)
    canvas[40:240, 120:160] = 1.0            # a 200 × 40 block: 5 : 1
    d = preprocess_details(canvas, stroke_range=None)
    top, left, h, w = ink_bbox(d.image.astype(np.float32) / 255)
    assert (h, w) == (20, 4)
    assert d.scale == pytest.approx(0.1)
    assert d.image[top:top + h, left:left + w].min() == 255   # area averaging of a full block is full ink


def test_small_and_large_drawings_come_out_the_same_size():
    small = segment(np.zeros((280, 280), np.float32), (100, 100), (130, 110), 3)
    large = segment(np.zeros((280, 280), np.float32), (20, 60), (260, 140), 24)
    for canvas in (small, large):
        check_mnist_like(preprocess(canvas))


def test_blank_drawing_gives_a_blank_image():
    d = preprocess_details(np.zeros((100, 100), np.uint8))
    assert d.bbox is None and not d.image.any()
    assert np.isnan(centre_of_mass(d.image)[0])


def test_uint8_and_float_drawings_agree():
    canvas = segment(ring(280, (180, 140), 50, 20), (60, 170), (180, 90), 20)   # a "6": no symmetry ties
    as_uint8 = np.rint(canvas * 255).astype(np.uint8)
    a, b = preprocess(canvas), preprocess(as_uint8)
    assert np.abs(a.astype(int) - b.astype(int)).max() <= 2


def test_bad_drawings_are_refused():
    with pytest.raises(ValueError, match="2-D"):
        preprocess(np.zeros((3, 28, 28)))


def test_area_matrix_averages_exactly():
    m = area_matrix(10, 4, 0.4)              # each output pixel covers 2.5 input pixels
    np.testing.assert_allclose(m.sum(axis=1), 1.0, atol=1e-6)
    np.testing.assert_allclose(m[1], [0, 0, 0.2, 0.4, 0.4, 0, 0, 0, 0, 0], atol=1e-6)
    ones = area_matrix(200, 20, 0.1) @ np.ones(200)
    np.testing.assert_allclose(ones, 1.0, atol=1e-6)


def test_an_mnist_sized_digit_keeps_every_pixel_value():
    rng = np.random.default_rng(0)
    digit = np.zeros((28, 28), np.uint8)
    digit[2:22, 3:9] = rng.integers(150, 256, (20, 6))   # 20 tall, off-centre
    d = preprocess_details(digit, stroke_range=(0, 100))
    top, left, h, w = ink_bbox(d.image.astype(np.float32) / 255)
    assert (h, w) == (20, 6) and d.scale == 1.0
    np.testing.assert_array_equal(d.image[top:top + h, left:left + w], digit[2:22, 3:9])   # moved, not resampled
    check_mnist_like(d.image)


@pytest.mark.parametrize("angle", [0.0, 0.4, np.pi / 4, 1.2, np.pi / 2])
def test_stroke_width_estimate_is_isotropic(angle):
    c = 140
    dr, dc = 75 * np.sin(angle), 75 * np.cos(angle)
    canvas = segment(np.zeros((280, 280), np.float32), (c - dr, c - dc), (c + dr, c + dc), 10)
    # a 10-wide, 150-long stroke: area ≈ 10·150 + caps, perimeter ≈ 2·150 + π·10
    assert stroke_width(canvas) == pytest.approx(10 * 150 / (150 + np.pi * 10 / 2), rel=0.06)


def test_thin_strokes_are_thickened_and_fat_ones_thinned_into_mnist_range():
    low, high = MNIST_STROKE_RANGE
    thin = preprocess_details(segment(np.zeros((280, 280), np.float32), (40, 140), (240, 150), 3))
    assert thin.adjusted == "thickened" and thin.stroke_before < low
    assert low - 0.35 <= thin.stroke_after <= high
    fat = preprocess_details(ring(280, (140, 140), 40, 30))
    assert fat.adjusted == "thinned" and fat.stroke_before > high
    assert low <= fat.stroke_after <= high + 0.5
    for d in (thin, fat):
        check_mnist_like(d.image)
    mid = preprocess_details(ring(280, (140, 140), 90, 26))
    assert mid.adjusted == "" and low <= mid.stroke_before <= high


@pytest.mark.parametrize("shape", [(1, 1), (4, 4), (4, 6), (3, 40)])
def test_dots_and_blobs_keep_their_ink(shape):
    canvas = np.zeros((280, 280), np.float32)
    canvas[100:100 + shape[0], 50:50 + shape[1]] = 1.0
    image = preprocess(canvas)
    assert image.max() == 255
    check_mnist_like(image)


def test_as_ink_scales_integers_and_clips_floats():
    assert as_ink(np.array([[0, 255]], np.uint8)).tolist() == [[0.0, 1.0]]
    assert as_ink(np.array([[-1.0, 2.0]])).tolist() == [[0.0, 1.0]]


def test_fit_box_is_exact_area_averaging():
    rng = np.random.default_rng(0)
    for shape, side in [((184, 37), 160), ((200, 160), 20), ((5, 3), 160), ((28, 28), 20)]:
        u = rng.random(shape).astype(np.float32)
        h, w = shape
        s = side / max(h, w)
        oh, ow = (max(1, int(np.ceil(n * s - 1e-6))) for n in (h, w))
        expected = area_matrix(h, oh, s, (oh / s - h) / 2) @ u @ area_matrix(w, ow, s, (ow / s - w) / 2).T
        got, scale = fit_box(u, side)
        assert scale == pytest.approx(s) and got.shape == (oh, ow)
        np.testing.assert_allclose(got, expected, atol=1e-5)

