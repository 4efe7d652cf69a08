"""How many BLAS threads the trainer uses, chosen deliberately.

NumPy's matrix products run in OpenBLAS (or MKL) threads. On a two-core machine two
threads beat one only when a step's matrices are large enough; for small batches the
threads' hand-off costs more than it saves, and with a busy GUI thread on the same
cores, oversubscription cut throughput threefold. :func:`recommended_blas_threads`
picks a count from the work per step; :func:`blas_threads` applies it for a block
(``threadpoolctl``), in the calling thread's process.
"""

from __future__ import annotations

import contextlib
import os

from threadpoolctl import threadpool_limits

#: multiply-adds per step below which one BLAS thread is faster (measured on 2 cores)
TWO_THREAD_MIN_WORK = 40_000_000


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def recommended_blas_threads(sizes, batch_size: int, gui: bool = False) -> int:
    """1 for small steps (or when a GUI shares two cores), else up to 2 (never more than cores)."""
    cores = available_cores()
    work = batch_size * sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    if cores < 2 or work < TWO_THREAD_MIN_WORK or (gui and cores <= 2):
        return 1
    return min(2, cores)


@contextlib.contextmanager
def blas_threads(n: int | None):
    """Limit BLAS to ``n`` threads inside the block (``None``: leave as is)."""
    if n is None:
        yield
        return
    with threadpool_limits(limits=n, user_api="blas"):
        yield
