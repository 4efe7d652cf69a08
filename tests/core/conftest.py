"""Shared fixtures for the engine tests: small synthetic problems, never full MNIST."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_viz.core import TrainingData


def make_blobs(n: int, n_classes: int = 10, dim: int = 20, seed: int = 0, spread: float = 0.6):
    """``n`` samples of ``n_classes`` well-separated Gaussian blobs in ``dim`` dimensions."""
    rng = np.random.default_rng(seed)
    centres = np.random.default_rng(12345).standard_normal((n_classes, dim)) * 2.0
    labels = rng.integers(0, n_classes, n)
    x = centres[labels] + spread * rng.standard_normal((n, dim))
    return x, labels


def blob_training_data(n_train=500, n_eval=200, dtype=np.float32, off=0.0, on=1.0) -> TrainingData:
    x_tr, y_tr = make_blobs(n_train, seed=1)
    x_ev, y_ev = make_blobs(n_eval, seed=2)

    def one_hot(y):
        t = np.full((len(y), 10), off, dtype=dtype)
        t[np.arange(len(y)), y] = on
        return t

    return TrainingData(x_tr.astype(dtype), one_hot(y_tr), y_tr, x_ev.astype(dtype), one_hot(y_ev), y_ev)


@pytest.fixture
def blobs() -> TrainingData:
    return blob_training_data()


@pytest.fixture
def make_blob_data():
    """The factory itself, for tests that need other sizes, dtypes or targets."""
    return blob_training_data
