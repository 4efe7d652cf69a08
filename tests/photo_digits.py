"""Photograph-like pictures of MNIST digits, for the photo preprocessing's tests and benchmark.

:func:`photo_of` renders one 28×28 digit as dark ink on paper the way a phone would see it:
the digit enlarged 6–12×, rotated ±10°, placed off-centre on a paper-coloured sheet with
fibre noise, lit unevenly (a linear gradient and a vignette), with sensor noise, and saved
as a JPEG (quality 55–85). Deterministic for a given seed; NumPy and Pillow only.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageFilter


def photo_of(digit: np.ndarray, seed: int) -> bytes:
    """JPEG bytes of a photograph-like picture of ``digit`` (uint8 28×28, ink high)."""
    rng = np.random.default_rng(seed)
    side = int(rng.integers(240, 400))
    h, w = side, int(side * rng.uniform(0.75, 1.33))
    scale = rng.uniform(6, 12)
    big = Image.fromarray(np.asarray(digit, np.uint8)).resize((int(28 * scale),) * 2, Image.BICUBIC)
    big = big.rotate(float(rng.uniform(-10, 10)), resample=Image.BICUBIC, expand=True)
    big = big.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.5)))
    ink = np.zeros((h, w), np.float64)
    bh, bw = big.height, big.width
    if bh > h or bw > w:                                    # keep the digit inside the sheet
        f = min(h / bh, w / bw) * 0.9
        big = big.resize((int(bw * f), int(bh * f)), Image.BICUBIC)
        bh, bw = big.height, big.width
    top = int(rng.integers(0, h - bh + 1))
    left = int(rng.integers(0, w - bw + 1))
    ink[top:top + bh, left:left + bw] = np.asarray(big, np.float64) / 255.0
    paper = np.array([rng.uniform(200, 245), rng.uniform(190, 235), rng.uniform(160, 215)])
    fibre = np.asarray(Image.fromarray((rng.normal(128, 40, (h // 4, w // 4))).clip(0, 255).astype(np.uint8))
                       .resize((w, h), Image.BILINEAR), np.float64) - 128
    yy, xx = np.mgrid[0:h, 0:w] / max(h, w)
    angle = rng.uniform(0, 2 * np.pi)
    light = 1 - rng.uniform(0.15, 0.4) * (np.cos(angle) * xx + np.sin(angle) * yy)
    light *= 1 - rng.uniform(0.1, 0.3) * ((yy - 0.5) ** 2 + (xx - 0.5) ** 2) * 2
    pen = np.array([rng.uniform(10, 60), rng.uniform(10, 60), rng.uniform(30, 90)])
    strength = rng.uniform(0.75, 1.0)
    rgb = paper + 0.15 * fibre[..., None]
    rgb = rgb * (1 - strength * ink[..., None]) + pen * strength * ink[..., None]
    rgb = rgb * light[..., None] + rng.normal(0, rng.uniform(3, 9), (h, w, 1))
    out = io.BytesIO()
    Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=int(rng.integers(55, 86)))
    return out.getvalue()


def photo_set(images: np.ndarray, labels: np.ndarray, n: int, seed: int = 20) -> list[tuple[bytes, int]]:
    """``n`` photographs of the first ``n`` digits, each with its label."""
    return [(photo_of(images[i], seed * 100_003 + i), int(labels[i])) for i in range(n)]
