"""Fixtures for the data package tests: a private cache folder and small generated data."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_viz.data import Dataset, Splits


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Point the cache at a temporary folder so tests never touch the user's cache."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("BACKPROP_VIZ_CACHE_DIR", str(cache))
    monkeypatch.delenv("BACKPROP_VIZ_MNIST_MIRRORS", raising=False)
    return cache


def make_dataset(n: int, seed: int = 0, source: str = "generated") -> Dataset:
    """Random images using every pixel value 0..255 and labels covering 0..9."""
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, size=(n, 28, 28), dtype=np.uint8)
    images.reshape(-1)[:256] = np.arange(256, dtype=np.uint8)
    labels = (np.arange(n) % 10).astype(np.uint8)
    rng.shuffle(labels)
    return Dataset(images, labels, source)


@pytest.fixture
def small_splits() -> Splits:
    return Splits(make_dataset(30, seed=1, source="small (train)"),
                  make_dataset(12, seed=2, source="small (test)"))


@pytest.fixture
def make_ds():
    """The :func:`make_dataset` factory (test modules cannot import conftest by name)."""
    return make_dataset
