"""The BLAS thread count is chosen deliberately and applied only inside the block."""

import threading

import numpy as np
import pytest
from threadpoolctl import threadpool_info

from backprop_viz.core import threads


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(threads, "available_cores", lambda: 2)


def test_small_steps_use_one_thread(two_cores):
    assert threads.recommended_blas_threads((784, 256, 128, 10), 1) == 1
    assert threads.recommended_blas_threads((784, 100, 10), 64) == 1


def test_large_steps_use_two_threads_unless_a_gui_shares_two_cores(two_cores):
    big = (784, 512, 256, 10)
    work = 1024 * (784 * 512 + 512 * 256 + 256 * 10)
    assert work >= threads.TWO_THREAD_MIN_WORK
    assert threads.recommended_blas_threads(big, 1024) == 2
    assert threads.recommended_blas_threads(big, 1024, gui=True) == 1


def test_overlapping_thread_counts_end_on_the_base_whatever_the_order():
    """Two uses (say two threads for one job, one for the race) overlap on different threads and
    end in either order: the count in force is the smallest use, and the base once both are over."""
    def current():
        return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}

    limits = threads.BlasLimits()
    try:
        limits.set_base(1)
        rewind, race = limits.use(2), limits.use(1)
        rewind.__enter__()
        assert limits.applied == 2
        race.__enter__()
        assert limits.applied == 1
        rewind.__exit__(None, None, None)      # the first ends first: a plain block would restore 1 here
        race.__exit__(None, None, None)        # ... and the race then restore the 2 it saw
        assert limits.applied == 1
        if current():                          # (a NumPy without a BLAS library threadpoolctl knows)
            assert current() == {1}
    finally:
        limits.restore()


def test_never_more_than_the_cores(monkeypatch):
    monkeypatch.setattr(threads, "available_cores", lambda: 1)
    assert threads.recommended_blas_threads((784, 4096, 4096, 10), 4096) == 1
    monkeypatch.setattr(threads, "available_cores", lambda: 16)
    assert threads.recommended_blas_threads((784, 4096, 4096, 10), 4096) == 2


def test_blas_threads_limits_inside_the_block_only():
    np.ones((2, 2)) @ np.ones((2, 2))          # make sure BLAS is loaded
    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    if not blas:
        pytest.skip("no BLAS library visible to threadpoolctl")
    outside = [p["num_threads"] for p in blas]
    with threads.blas_threads(1):
        assert all(p["num_threads"] == 1 for p in threadpool_info() if p["user_api"] == "blas")
    assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == outside
    with threads.blas_threads(None):
        assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == outside


def test_a_use_on_another_thread_takes_effect_and_ends_on_the_base():
    """threadpoolctl 3.8 lets only a "controlling" thread change OpenBLAS's count: the race's
    one thread on a job thread must still apply while the engine's loop thread set the base."""
    def current():
        return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}

    limits = threads.BlasLimits()
    try:
        limits.set_base(2)
        seen = []

        def job():
            with limits.use(1):
                seen.append(current())

        worker = threading.Thread(target=job)
        worker.start()
        worker.join()
        assert limits.applied == 2
        if current():                          # (a NumPy without a BLAS library threadpoolctl knows)
            assert seen == [{1}] and current() == {2}
        limits.restore()
        with threadpool_limits_block(1):       # and the main thread is free to set its own after
            assert not current() or current() == {1}
    finally:
        limits.restore()


def threadpool_limits_block(n):
    from threadpoolctl import threadpool_limits

    return threadpool_limits(n, "blas")
