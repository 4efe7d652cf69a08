"""Turn a drawing into an MNIST-style 28×28 digit (pure NumPy, no Qt).

MNIST digits were made by scaling each digit's bounding box to fit 20×20 keeping its
aspect ratio (anti-aliased, so the edges turn grey) and translating the result so its
centre of mass sits at the centre of the 28×28 field. :func:`preprocess` does the same
to a drawing of any size (ink high, background 0; uint8 0–255 or float 0–1): crop the
bounding box, resample it by exact area averaging (each output pixel is the mean of the
input area it covers), and shift it by whole pixels so the centre of mass lands at
(14, 14) in row/column index coordinates, within half a pixel — exactly where MNIST's
own centres of mass are (measured: 13.5–14.5 on every test digit). **Stroke weight**:
the stroke width is estimated on the drawing as ``2 · ink area / perimeter``, with the
perimeter measured as the total gradient magnitude ``Σ|∇u|`` (isotropic, so a vertical
"1" and a slanted "7" measure alike), and converted to 28×28 pixels by the 20×20 scale.
If it falls outside the range of 90 % of MNIST digits (measured with the same estimator,
:data:`MNIST_STROKE_RANGE`), the drawing is thickened (grey dilation) or thinned (grey
erosion) just enough to reach the nearest end of that range before resampling; the
drawing is first resampled to 160 pixels so the adjustment is fine-grained and
the same for a drawing and its enlargement.
Digits already inside the range are left alone, so real MNIST digits pass almost unchanged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: side of the box the digit's bounding box is scaled to fit, as in MNIST
BOX = 20
#: side of the output image
SIZE = 28
#: MNIST's centre of mass in (row, column) index coordinates
CENTRE = (14.0, 14.0)
#: 5th and 95th percentile of MNIST's stroke width in 28×28 pixels, measured with
#: :func:`stroke_width` on the 10,000 test digits (re-measured by tests/gui/test_gui_drawing_pad.py)
MNIST_STROKE_RANGE = (2.0, 3.9)
#: pixels with more ink than this count for the bounding box
INK_THRESHOLD = 0.05
#: drawings whose stroke weight must change are resampled to this size first (longer side),
#: so the dilation/erosion radius can be set in fine steps
WORK_SIZE = 160


@dataclass(frozen=True)
class Preprocessed:
    """The 28×28 result and what was done to get it."""

    image: np.ndarray                          # uint8 (28, 28), ink = 255 like MNIST
    bbox: tuple[int, int, int, int] | None     # (top, left, height, width) of the ink in the drawing
    scale: float                               # output pixels per drawing pixel
    stroke_before: float                       # estimated stroke width in 28×28 pixels, as drawn
    stroke_after: float                        # after thickening/thinning
    offset: tuple[int, int]                    # where the resampled box was placed (row, column)

    @property
    def adjusted(self) -> str:
        """"thickened", "thinned" or "" (left as drawn)."""
        if abs(self.stroke_after - self.stroke_before) < 1e-9:
            return ""
        return "thickened" if self.stroke_after > self.stroke_before else "thinned"


def as_ink(drawing) -> np.ndarray:
    """``drawing`` as float32 ink in 0..1 (uint8 or any integer type is divided by 255)."""
    a = np.asarray(drawing)
    if a.ndim != 2:
        raise ValueError(f"a drawing must be a 2-D array, got shape {a.shape}")
    if a.dtype.kind in "iub":
        return a.astype(np.float32) / np.float32(255 if a.dtype.kind != "b" else 1)
    return np.clip(a.astype(np.float32), 0, 1)


def ink_bbox(u: np.ndarray, threshold: float = INK_THRESHOLD) -> tuple[int, int, int, int] | None:
    """``(top, left, height, width)`` of the pixels above ``threshold``, or ``None`` if none."""
    rows, cols = np.flatnonzero((u > threshold).any(axis=1)), np.flatnonzero((u > threshold).any(axis=0))
    if not len(rows):
        return None
    return int(rows[0]), int(cols[0]), int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)


def stroke_width(u: np.ndarray) -> float:
    """Mean stroke width in pixels of ``u`` (ink 0..1): ``2 · Σu / Σ|∇u|`` (0 for no ink).

    A stroke of width ``w`` and length ``L`` has area ``w·L`` and perimeter ``≈ 2L``; the
    total gradient magnitude of an anti-aliased image measures the perimeter in any direction."""
    p = np.pad(u, 2)                     # central differences on the ink and the ring around it
    gy = p[2:, 1:-1] - p[:-2, 1:-1]
    gx = p[1:-1, 2:] - p[1:-1, :-2]
    perimeter = float(np.sqrt(gx * gx + gy * gy).sum()) / 2
    return 2 * float(u.sum()) / perimeter if perimeter > 0 else 0.0


def area_matrix(n_in: int, n_out: int, scale: float, offset: float = 0.0) -> np.ndarray:
    """``(n_out, n_in)`` weights of area-averaging resampling: output pixel ``i`` is the mean of
    the input interval ``[i/scale − offset, (i+1)/scale − offset)`` (zero outside the input).
    The definition :func:`fit_box` implements without the matrix."""
    edges = np.arange(n_out + 1) / scale - offset
    lo, hi = edges[:-1, None], edges[1:, None]
    j = np.arange(n_in)[None, :]
    overlap = np.clip(np.minimum(hi, j + 1) - np.maximum(lo, j), 0, None)
    return (overlap * scale).astype(np.float32)


def _morph(u: np.ndarray, steps: int, grow: bool) -> np.ndarray:
    """Grey dilation (``grow``) or erosion by ``steps`` pixels: alternating 3×3 square and
    cross neighbourhoods, an octagon close to a disk."""
    op = np.maximum if grow else np.minimum
    pad = steps if grow else 0
    u = np.pad(u, pad)
    for k in range(steps):
        # the shifted neighbours of an edge pixel are the border value 0 (rows/columns outside)
        p = np.pad(u, 1)
        v = op(op(p[1:-1, :-2], p[1:-1, 2:]), u)          # left, right
        if k % 2 == 0:                                   # square: rows of the row-maxima
            pv = np.pad(v, 1)
            u = op(op(pv[:-2, 1:-1], pv[2:, 1:-1]), v)
        else:                                            # cross: rows of the original
            u = op(op(p[:-2, 1:-1], p[2:, 1:-1]), v)
    return u


def _area_axis(u: np.ndarray, n_out: int, scale: float, offset: float, axis: int) -> np.ndarray:
    """:func:`area_matrix` resampling along ``axis`` without a matrix product: differences of
    the running integral at the output pixels' edges (O(n), and no BLAS threads to wake up)."""
    n = u.shape[axis]
    v = np.moveaxis(u, axis, 0).astype(np.float64)
    integral = np.concatenate([np.zeros((1,) + v.shape[1:]), np.cumsum(v, axis=0)])
    edges = np.clip(np.arange(n_out + 1) / scale - offset, 0, n)
    k = np.minimum(np.floor(edges).astype(np.intp), n - 1)
    frac = (edges - k)[:, None]
    at = integral[k] + frac * v[k]
    return np.moveaxis(np.diff(at, axis=0) * scale, 0, axis)


def fit_box(u: np.ndarray, side: int = BOX) -> tuple[np.ndarray, float]:
    """Resample ``u`` by area averaging so its longer side is ``side`` pixels; the shorter side
    is centred in a whole number of pixels. Returns the image (float32) and the scale."""
    h, w = u.shape
    scale = side / max(h, w)
    out_h, out_w = (max(1, math.ceil(n * scale - 1e-6)) for n in (h, w))
    rows = _area_axis(u, out_h, scale, (out_h / scale - h) / 2, 0)
    return _area_axis(rows, out_w, scale, (out_w / scale - w) / 2, 1).astype(np.float32), scale


def _target_width(width: float, low_high: tuple[float, float]) -> float:
    low, high = low_high
    return low if width < low else high if width > high else width


def preprocess_details(drawing, stroke_range: tuple[float, float] | None = MNIST_STROKE_RANGE) -> Preprocessed:
    """The full MNIST-style preprocessing of ``drawing`` with what it did (see the module
    docstring). ``stroke_range=None`` keeps the stroke weight as drawn."""
    u = as_ink(drawing)
    bbox = ink_bbox(u)
    if bbox is None:
        return Preprocessed(np.zeros((SIZE, SIZE), np.uint8), None, 1.0, 0.0, 0.0, (0, 0))
    top, left, h, w = bbox
    crop = u[top:top + h, left:left + w]
    longest = max(h, w)
    before = stroke_width(crop) * BOX / longest
    after = _target_width(before, stroke_range) if stroke_range else before
    if after != before:
        # work at a fixed size, so a drawing and its enlargement (e.g. a test digit dropped on
        # the pad) are adjusted alike; whole-number enlargements are exact pixel replication
        work, _ = fit_box(crop, WORK_SIZE)
        wd = before * WORK_SIZE / BOX                              # stroke width in working pixels
        signed = (after * WORK_SIZE - BOX * wd) / (2 * (BOX - after))   # dilation (+) / erosion (−) radius
        steps = int(round(abs(signed)))
        if signed < 0:
            steps = min(steps, int(wd / 4))                         # thin by at most half the width
        work = _morph(np.clip(work, 0, 1), steps, grow=signed > 0) if steps else work
        box = ink_bbox(work) if steps else None
        if box is None:                                             # nothing to do, or a blob eroded away
            after = before
        else:
            crop = work[box[0]:box[0] + box[2], box[1]:box[1] + box[3]]
            after = stroke_width(crop) * BOX / max(crop.shape)
    fitted, _ = fit_box(crop)
    fitted = np.clip(fitted, 0, 1)
    fh, fw = fitted.shape
    mass = float(fitted.sum())
    com_r = float(fitted.sum(axis=1) @ np.arange(fh)) / mass
    com_c = float(fitted.sum(axis=0) @ np.arange(fw)) / mass
    # whole-pixel shift (as MNIST did), kept inside the field so no ink is cut off
    r0 = int(np.clip(math.floor(CENTRE[0] - com_r + 0.5), 0, SIZE - fh))
    c0 = int(np.clip(math.floor(CENTRE[1] - com_c + 0.5), 0, SIZE - fw))
    out = np.zeros((SIZE, SIZE), np.float32)
    out[r0:r0 + fh, c0:c0 + fw] = fitted
    image = np.rint(out * 255).astype(np.uint8)
    return Preprocessed(image, bbox, BOX / longest, before, after, (r0, c0))


def preprocess(drawing, stroke_range: tuple[float, float] | None = MNIST_STROKE_RANGE) -> np.ndarray:
    """``drawing`` (2-D, ink high) as an MNIST-style uint8 ``(28, 28)`` image (zeros if blank)."""
    return preprocess_details(drawing, stroke_range).image


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """``(row, column)`` centre of mass of ``image`` in index coordinates (``(nan, nan)`` if blank)."""
    u = np.asarray(image, dtype=np.float64)
    total = u.sum()
    if total <= 0:
        return math.nan, math.nan
    return (float(u.sum(axis=1) @ np.arange(u.shape[0]) / total),
            float(u.sum(axis=0) @ np.arange(u.shape[1]) / total))
