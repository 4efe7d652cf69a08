"""From a photograph of a handwritten digit to an MNIST-style 28×28 input (pure NumPy, no Qt, no Pillow).

A photo is not a drawing: the paper is grey or yellowish, lit unevenly, textured, and
the ink is dark. :func:`photo_stages` takes the photo's luminance (uint8, any size; the
decoding is :mod:`backprop_viz.data.images`' job) through five stages the drawing pad
shows: **grey** — the photo shrunk by area averaging so its longer side is
:data:`WORK_SIDE` pixels, inverted if the digit is dark on light (its strongest narrow
details are darker than their surroundings, not brighter), so ink is high as in MNIST;
**thresholded** — the background (a grey *opening*: the minimum then the maximum over a
square wider than any stroke, so it follows uneven lighting but not the strokes) is
subtracted, the remaining contrast is split by Otsu's threshold (never below a fifth of
the strongest ink, so paper texture alone stays blank), specks narrower than 3 pixels are
removed, and the ink is kept with soft edges; **cropped** — cut to the ink, ignoring the
outermost 0.5 % of its mass on each side (stray marks at the edge of a sheet); then
**28×28** — the drawing pad's own :func:`~.preprocess.preprocess_details` (fit 20×20,
MNIST stroke width, centre by mass). A *clean* picture — a drawing or a scan, whose border
is one flat value (:func:`is_clean`) — skips the background and the threshold: it is
inverted if its border is bright and preprocessed like a drawing, as ``predict`` always did.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .preprocess import Preprocessed, fit_box, ink_bbox, preprocess_details

#: longer side of the working copy of a photo
WORK_SIDE = 192
#: the background filter's width, as a fraction of the working copy's longer side
BACKGROUND_FRACTION = 1 / 8
#: the weakest threshold, as a fraction of the strongest ink (the 99.9th percentile)
MIN_THRESHOLD = 0.2
#: photos whose ink contrast is below this (0..1) hold no digit
MIN_CONTRAST = 0.06
#: mass ignored at each side of the ink when cropping
CROP_TAIL = 0.005


@dataclass(frozen=True)
class PhotoStages:
    """The stages of a photo's preprocessing (uint8 images, ink = 255 except ``grey``)."""

    grey: np.ndarray          # working-size luminance as photographed (before inversion)
    inverted: bool            # the digit was dark on light and was inverted
    ink: np.ndarray           # thresholded ink (background removed), working size
    threshold: float          # Otsu's threshold on the background-free contrast (0..1)
    cropped: np.ndarray       # the ink cut to the digit
    bbox: tuple[int, int, int, int] | None   # (top, left, height, width) of the crop in ``ink``
    details: Preprocessed     # the final 28×28 step

    @property
    def image(self) -> np.ndarray:
        """The 28×28 uint8 input."""
        return self.details.image


def shrink(grey: np.ndarray, side: int = WORK_SIDE) -> np.ndarray:
    """``grey`` (2-D) as float32 0..1, area-averaged so its longer side is at most ``side``."""
    u = np.asarray(grey, np.float32) / 255.0
    if max(u.shape) <= side:
        return u
    small, _ = fit_box(u, side)
    return np.clip(small, 0, 1)


def dark_on_light(u: np.ndarray, radius: int) -> bool:
    """Whether the strongest narrow details of ``u`` are darker than their surroundings (ink on
    paper) rather than brighter (chalk, or MNIST's own white on black)."""
    dark = _filter(_filter(u, radius, np.max), radius, np.min) - u      # the closing minus u
    light = u - background(u, radius)
    return float(np.percentile(dark, 99.5)) > float(np.percentile(light, 99.5))


def _filter(u: np.ndarray, radius: int, op) -> np.ndarray:
    """Separable minimum/maximum over a ``(2·radius+1)²`` square (edges repeat)."""
    view = np.lib.stride_tricks.sliding_window_view
    for axis in (0, 1):
        pad = [(0, 0), (0, 0)]
        pad[axis] = (radius, radius)
        u = op(view(np.pad(u, pad, mode="edge"), 2 * radius + 1, axis=axis), axis=-1)
    return u


def background(u: np.ndarray, radius: int) -> np.ndarray:
    """The grey opening of ``u``: what is left without bright details narrower than ``2·radius``."""
    return _filter(_filter(u, radius, np.min), radius, np.max)


def otsu(values: np.ndarray, bins: int = 256) -> float:
    """Otsu's threshold of ``values`` in 0..1: the split that maximises the between-class variance."""
    hist, edges = np.histogram(values, bins=bins, range=(0.0, 1.0))
    p = hist.astype(np.float64) / max(hist.sum(), 1)
    centres = (edges[:-1] + edges[1:]) / 2
    w0 = np.cumsum(p)
    m0 = np.cumsum(p * centres)
    total = m0[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total * w0 - m0) ** 2 / (w0 * (1 - w0))
    between[~np.isfinite(between)] = 0
    return float(edges[int(np.argmax(between)) + 1])


def _trimmed_span(mass: np.ndarray, tail: float) -> tuple[int, int]:
    """First and one-past-last index holding all but ``tail`` of ``mass`` at each end."""
    c = np.cumsum(mass) / mass.sum()
    start = int(np.searchsorted(c, tail, side="right"))
    stop = int(np.searchsorted(c, 1 - tail, side="left")) + 1
    return start, max(stop, start + 1)


def is_clean(u: np.ndarray) -> bool:
    """Whether ``u`` is a drawing or a scan rather than a photo: 90 % of its border one flat value."""
    border = np.concatenate((u[0], u[-1], u[:, 0], u[:, -1]))
    return float(np.mean(np.abs(border - np.median(border)) <= 2 / 255)) >= 0.9


def _clean_stages(u: np.ndarray) -> PhotoStages:
    """A clean image is the drawing pad's business: inverted if its border is bright, no threshold."""
    inverted = float(np.median(np.concatenate((u[0], u[-1], u[:, 0], u[:, -1])))) > 0.5
    v = 1 - u if inverted else u
    details = preprocess_details(v)
    as_uint8 = np.rint(v * 255).astype(np.uint8)
    box = ink_bbox(v)
    cropped = np.zeros((1, 1), np.uint8) if box is None else as_uint8[box[0]:box[0] + box[2], box[1]:box[1] + box[3]]
    return PhotoStages(np.rint(u * 255).astype(np.uint8), inverted, as_uint8, 0.0, cropped, box, details)


def photo_stages(grey) -> PhotoStages:
    """Every stage of the preprocessing of a photo's luminance ``grey`` (see the module docstring)."""
    grey = np.asarray(grey)
    if grey.ndim != 2 or grey.size == 0:
        raise ValueError(f"a photo must be a 2-D greyscale image, got shape {grey.shape}")
    u = shrink(grey)
    if is_clean(u):
        return _clean_stages(u)
    radius = max(3, round(max(u.shape) * BACKGROUND_FRACTION / 2))
    inverted = dark_on_light(u, radius)
    v = 1 - u if inverted else u
    contrast = np.clip(v - background(v, radius), 0, 1)
    strongest = float(np.percentile(contrast, 99.9))
    threshold = max(otsu(contrast / strongest) * strongest if strongest > 0 else 1.0, MIN_THRESHOLD * strongest)
    empty = np.zeros((1, 1), np.uint8)
    if strongest < MIN_CONTRAST:
        ink = np.zeros_like(contrast)
    else:
        mask = background(contrast > threshold, 1)                     # binary opening: specks go
        mask = _filter(mask, 1, np.max)                                # and the edges' grey comes back
        high = float(np.percentile(contrast[mask], 90)) if mask.any() else 1.0
        low = threshold / 2
        ink = np.where(mask, np.clip((contrast - low) / max(high - low, 1e-6), 0, 1), 0).astype(np.float32)
    as_uint8 = lambda a: np.rint(np.clip(a, 0, 1) * 255).astype(np.uint8)
    if not ink.any():
        return PhotoStages(as_uint8(u), inverted, as_uint8(ink), threshold, empty, None, preprocess_details(empty))
    r0, r1 = _trimmed_span(ink.sum(axis=1), CROP_TAIL)
    c0, c1 = _trimmed_span(ink.sum(axis=0), CROP_TAIL)
    cropped = ink[r0:r1, c0:c1]
    return PhotoStages(as_uint8(u), inverted, as_uint8(ink), threshold, as_uint8(cropped),
                       (r0, c0, r1 - r0, c1 - c0), preprocess_details(cropped))
