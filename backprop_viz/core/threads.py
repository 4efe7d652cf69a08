"""How many BLAS threads the trainer uses, chosen deliberately.

NumPy's matrix products run in OpenBLAS (or MKL) threads. On a two-core machine two
threads beat one only when a step's matrices are large enough; for small batches the
threads' hand-off costs more than it saves, and with a busy GUI thread on the same
cores, oversubscription cut throughput threefold. :func:`recommended_blas_threads`
picks a count from the work per step; :func:`blas_threads` applies it for a block
(``threadpoolctl``), in the calling thread's process. Where several threads of one process
want counts of their own (the engine: training, and the race on a job thread),
:class:`BlasLimits` is the one owner of the process-wide setting.

Measured with ``benchmarks/bench_threads.py`` (2-core AMD EPYC VM, OpenBLAS 0.3.31,
Adam, capture off; work = batch × Σ n_in·n_out multiply-adds of the forward pass;
t1/t2 = time per step with one thread ÷ with two):

====================  =========  ===========  ==========================
network, batch        work       t1/t2 idle   t1/t2 with a busy GUI thread
====================  =========  ===========  ==========================
784-100-10, 16        1.3 M      0.85         0.53
784-256-128-10, 8     1.9 M      0.89         0.46
784-100-10, 48        3.8 M      0.90         0.65
784-512-256-10, 8     4.3 M      0.96         0.54
784-100-10, 64        5.1 M      1.16         0.78
784-256-128-10, 32    7.5 M      1.17         0.57
784-512-256-10, 16    8.6 M      1.21         0.84
784-256-128-10, 64    15 M       1.41         0.61
784-512-256-10, 32    17 M       1.11         1.23
784-256-128-10, 128   30 M       1.29         1.05
784-256-128-10, 1024  240 M      1.60         0.89
784-512-256-10, 1024  548 M      1.74         0.86
====================  =========  ===========  ==========================

Idle, two threads win at every size from about 5 M multiply-adds per step and lose or
break even below 4.3 M; ``TWO_THREAD_MIN_WORK`` = 7 M leaves a margin. With a busy GUI
thread in the process two threads were slower almost everywhere (down to 0.46×, and
10–30× slower in runs where another process also took the second core), so a GUI on two
cores always gets one. The same holds for other processes: with other work on the
machine (load average ≈ 3), the ``fast`` preset (then at batch 64) took 9.8 s to 98 % with
two threads (44 s through the CLI) and 3.9 s with one, against 3.2 s with two on a quiet
machine — hence the optional ``load`` argument below.
"""

from __future__ import annotations

import contextlib
import os
import threading

import threadpoolctl
from threadpoolctl import ThreadpoolController, threadpool_limits

#: multiply-adds per step below which one BLAS thread is used (measured on 2 cores, see above)
TWO_THREAD_MIN_WORK = 7_000_000


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def system_load() -> float:
    """The 1-minute load average — roughly, how many processes wanted a core lately
    (0.0 where the platform does not report it)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # pragma: no cover - not Unix
        return 0.0


def recommended_blas_threads(sizes, batch_size: int, gui: bool = False, load: float | None = None) -> int:
    """1 for small steps (or when a GUI shares two cores), else up to 2 (never more than cores).

    ``load`` (e.g. :func:`system_load`), if given, also makes it 1 when other processes
    already keep all but about one core busy: two BLAS threads split every product in
    halves, and a half waiting for a busy core made steps 5–30× slower in the measurements
    above, while an idle second core gains at most 1.4–1.7×.
    """
    cores = available_cores()
    work = batch_size * sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    if cores < 2 or work < TWO_THREAD_MIN_WORK or (gui and cores <= 2):
        return 1
    if load is not None and load > cores - 1.5:
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


class BlasLimits:
    """The one owner of a process's BLAS thread count when several threads want different
    counts (the engine: training on its loop thread, the race on a job thread).

    ``threadpool_limits`` blocks save and restore a process-wide setting, so two that overlap
    on different threads can restore in the wrong order and leave training on a count nobody
    chose. Here a *base* (:meth:`set_base`, training's) and temporary *uses* (:meth:`use`) are
    kept apart; the count applied is the smallest use, else the base, recomputed whenever one
    begins or ends, so it is the same whatever the order. :meth:`restore` puts back what the
    process had before.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._controller = ThreadpoolController()
        self._original = [lib.num_threads for lib in self._controller.lib_controllers]
        self._base: int | None = None
        self._uses: list[int] = []

    @property
    def applied(self) -> int | None:
        return min(self._uses) if self._uses else self._base

    def set_base(self, n: int) -> None:
        with self._lock:
            self._base = int(n)
            self._apply()

    @contextlib.contextmanager
    def use(self, n: int):
        """``n`` threads inside the block (at most: a smaller use elsewhere wins)."""
        with self._lock:
            self._uses.append(int(n))
            self._apply()
        try:
            yield
        finally:
            with self._lock:
                if int(n) in self._uses:     # (gone if restore() came first: a stopped engine)
                    self._uses.remove(int(n))
                self._apply()

    def restore(self) -> None:
        """What the process had before (the base and uses forgotten)."""
        with self._lock:
            self._base, self._uses = None, []
            self._apply()

    def _apply(self) -> None:
        n = self.applied
        # threadpoolctl ≥ 3.8 lets one "controlling" thread alone change OpenBLAS's pthreads
        # count; as the one owner here, any thread may: control is released before and after
        _release_control()
        if n is None:
            for lib, original in zip(self._controller.lib_controllers, self._original):
                lib.set_num_threads(original)
        else:
            self._controller.select(user_api="blas").limit(limits=n)   # (a limit, never restored)
        _release_control()


def _release_control() -> None:
    clear = getattr(getattr(threadpoolctl, "OpenBLASController", None), "clear_controlling_thread", None)
    if clear is not None:    # (threadpoolctl before 3.8 has no controlling thread)
        clear(force=True)
