"""Seeded, shuffled minibatch index iteration.

One epoch is a random permutation of ``range(n)`` cut into consecutive batches of
``batch_size`` indices (the last one may be shorter unless ``drop_last``). Only the
index permutation is created per epoch; callers gather a batch with ``x[idx]``, which
copies just that batch, never the whole set.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np


def batches_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    """Number of minibatches one epoch over ``n`` samples yields."""
    return n // batch_size if drop_last else -(-n // batch_size)


def iterate_minibatches(
    n: int,
    batch_size: int,
    rng: np.random.Generator,
    shuffle: bool = True,
    drop_last: bool = False,
) -> Iterator[np.ndarray]:
    """Yield index arrays of one epoch: shape ``(batch_size,)`` (last may be shorter)."""
    if n <= 0 or batch_size <= 0:
        raise ValueError("n and batch_size must be positive")
    order = rng.permutation(n) if shuffle else np.arange(n)
    stop = n - (n % batch_size) if drop_last else n
    for start in range(0, stop, batch_size):
        yield order[start:start + batch_size]


def order_array(order: np.ndarray) -> np.ndarray:
    """An epoch's order as the run keeps it: int32 (the same indices in half the bytes of
    NumPy's int64), or int64 for a training set too large for int32."""
    dtype = np.int32 if len(order) <= np.iinfo(np.int32).max else np.int64
    return np.ascontiguousarray(order, dtype)
