"""The photo stages: inversion, a threshold that survives uneven light and paper, the crop,
and the 28×28 result, on synthetic photos with known answers (NumPy only in the core)."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_viz.core.preprocess import preprocess, preprocess_details
from backprop_viz.core.preprocess_photo import (
    WORK_SIDE,
    background,
    is_clean,
    otsu,
    photo_stages,
)


def paper_photo(seed=0, light=0.4, size=(300, 400)) -> tuple[np.ndarray, tuple[slice, slice]]:
    """A dark vertical bar (a "1") on textured paper lit from one side; returns the grey image
    and where the bar is."""
    rng = np.random.default_rng(seed)
    h, w = size
    xx = np.linspace(0, 1, w)[None, :]
    paper = 215 * (1 - light * xx) + rng.normal(0, 6, (h, w))
    where = (slice(80, 230), slice(250, 272))
    paper[where] = 40 * (1 - light * 0.6)
    return np.clip(paper, 0, 255).astype(np.uint8), where


def test_dark_ink_on_unevenly_lit_paper_is_found_and_inverted():
    grey, (rows, cols) = paper_photo()
    st = photo_stages(grey)
    assert st.inverted and max(st.grey.shape) == WORK_SIDE
    s = WORK_SIDE / 400
    ink = st.ink.astype(float) / 255
    bar = ink[int(rows.start * s) + 2:int(rows.stop * s) - 2, int(cols.start * s) + 2:int(cols.stop * s) - 2]
    assert bar.mean() > 0.9                                   # the stroke is ink
    outside = np.ones_like(ink, bool)
    outside[int(rows.start * s) - 3:int(rows.stop * s) + 3, int(cols.start * s) - 3:int(cols.stop * s) + 3] = False
    assert ink[outside].max() == 0                            # the paper and its shadow are not
    top, _, height, _ = st.bbox
    assert abs(top - rows.start * s) <= 2 and abs(height - (rows.stop - rows.start) * s) <= 3
    assert st.image.shape == (28, 28) and st.details.bbox is not None
    assert st.image[:, 14].max() == 255 and st.image[:, :8].max() == 0   # an upright "1" in the middle


def test_light_ink_on_dark_is_not_inverted_and_blank_paper_stays_blank():
    grey, _ = paper_photo(seed=1)
    assert not photo_stages(255 - grey).inverted
    rng = np.random.default_rng(2)
    paper = np.clip(200 - 60 * np.linspace(0, 1, 300)[None, :] + rng.normal(0, 5, (240, 300)), 0, 255)
    blank = photo_stages(paper.astype(np.uint8))
    assert not blank.image.any() and blank.bbox is None and not blank.ink.any()


def test_clean_drawings_are_preprocessed_like_the_drawing_pad():
    digit = np.zeros((112, 112), np.uint8)
    digit[20:90, 50:60] = 255
    assert is_clean(digit.astype(np.float32) / 255)
    np.testing.assert_array_equal(photo_stages(digit).image, preprocess(digit))
    paper = 255 - digit                                        # dark on white: inverted first
    st = photo_stages(paper)
    assert st.inverted and st.threshold == 0
    np.testing.assert_array_equal(st.image, preprocess_details(digit).image)


def test_otsu_splits_two_populations_and_the_background_ignores_strokes():
    values = np.concatenate([np.full(900, 0.1), np.full(100, 0.8)])
    assert 0.1 < otsu(values) <= 0.8
    ramp = np.tile(np.linspace(0, 1, 64, dtype=np.float32), (64, 1))
    u = ramp.copy()
    u[:, 30:33] += 0.5                                          # a bright stroke 3 px wide
    np.testing.assert_allclose(background(u, 3)[:, 30:33], ramp[:, 30:33], atol=0.1)


@pytest.mark.parametrize("bad", [np.zeros(5), np.zeros((0, 4)), np.zeros((2, 2, 2))])
def test_bad_shapes_are_a_clear_error(bad):
    with pytest.raises(ValueError, match="2-D greyscale"):
        photo_stages(bad)
