"""BLAS threads: 1 vs 2 per batch size, with and without a busy "GUI" thread.

    python benchmarks/bench_threads.py [--batches 1,8,16,32,64,128,256,512,1024]
                                       [--sizes 784-256-128-10,784-512-256-10,784-100-10] [--repeats 5] [--no-gui]
                                       [--smoke]

Trains with :class:`backprop_viz.core.Run` (capture "off", Adam, real MNIST) with the BLAS
pool limited to 1 and to 2 threads (``threadpoolctl``), alternating the two in one
process; each measurement is the fastest of 8 windows of steps, best of ``--repeats``
(on a machine shared with other work, two threads suffer badly whenever the other core
is taken — that is the point of the "busy GUI" rows — so the best window is the fair
figure for an idle machine).

"busy GUI": a second Python thread in the same process, as the app's GUI thread will be,
that keeps one core busy the way plotting does — NumPy work on 1 MB arrays (which
releases the GIL) with a little Python in between — for the whole measurement. With
two BLAS threads plus that thread, three threads want two cores.

Prints ms/step for each setting, the ratio t(1 thread) / t(2 threads) (> 1: two
threads are faster) and the work per step (batch × Σ n_in·n_out multiply-adds of the
forward pass), from which ``TWO_THREAD_MIN_WORK`` in ``backprop_viz/core/threads.py``
is chosen. ``--smoke``: 784-100-10 at batch 8 and 64, one repeat of at most 160 steps.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _common  # noqa: E402


class BusyGui:
    """A thread that keeps one core busy like a plotting GUI (see the module docstring)."""

    def __init__(self):
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.iterations = 0

    def _run(self):
        buf = np.random.default_rng(0).random(1 << 18, dtype=np.float32)
        out = np.empty_like(buf)
        while not self._stop.is_set():
            np.exp(buf, out=out)            # ~0.1 ms without the GIL
            np.multiply(out, 0.5, out=out)
            sum(range(200))                  # a little pure Python, with the GIL
            self.iterations += 1

    def __enter__(self):
        self._thread.start()
        time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def steps_for(work: int, cap: int = 3000) -> int:
    """Enough steps for ~0.25 s at about 4 GFLOP/s (at most ``cap``)."""
    return int(min(cap, max(20, 0.25 * 2e9 / max(work, 1))))


def measure(run, threads: int, steps: int, windows: int = 8) -> float:
    """Seconds per step: the fastest of ``windows`` consecutive windows of ``steps // windows``
    steps (other processes on a shared machine only ever slow a window down)."""
    from backprop_viz.core.threads import blas_threads

    per_window = max(3, steps // windows)
    best = float("inf")
    with blas_threads(threads):
        for _ in range(max(3, steps // 10)):
            run.step()
        for _ in range(windows):
            start = time.perf_counter()
            for _ in range(per_window):
                run.step()
            best = min(best, (time.perf_counter() - start) / per_window)
    return best


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--batches", default="1,8,16,32,64,128,256,512,1024")
    p.add_argument("--sizes", default="784-256-128-10,784-512-256-10,784-100-10")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--no-gui", action="store_true", help="skip the busy-GUI measurements")
    p.add_argument("--smoke", action="store_true", help=_common.SMOKE_HELP)
    args = p.parse_args()
    max_steps = 3000
    if args.smoke:
        args.batches, args.sizes, args.repeats, max_steps = "8,64", "784-100-10", 1, 160

    from backprop_viz.core import Config, Run
    from backprop_viz.core.threads import TWO_THREAD_MIN_WORK

    print("bench_threads: Run.step() with capture off, Adam, float32, MNIST; best of "
          f"{args.repeats}, 1 and 2 BLAS threads alternating in one process")
    print(f"machine: {_common.cpu_info()}")
    print(f"current TWO_THREAD_MIN_WORK = {TWO_THREAD_MIN_WORK:,}")
    settings = [("idle", False)] + ([] if args.no_gui else [("busy GUI", True)])
    data = None
    rows = []
    for arch in args.sizes.split(","):
        sizes = tuple(int(s) for s in arch.split("-"))
        for batch in map(int, args.batches.split(",")):
            config = Config(n_inputs=sizes[0], hidden=sizes[1:-1], n_outputs=sizes[-1], batch_size=batch)
            if data is None:
                data = _common.load_data(config)
            work = batch * sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
            steps = steps_for(work, max_steps)
            for label, gui in settings:
                run = Run(config, data, capture="off")
                times = {1: [], 2: []}
                for rep in range(args.repeats):
                    for threads in ((1, 2) if rep % 2 == 0 else (2, 1)):
                        if gui:
                            with BusyGui():
                                times[threads].append(measure(run, threads, steps))
                        else:
                            times[threads].append(measure(run, threads, steps))
                t1, t2 = min(times[1]), min(times[2])
                rows.append((arch, batch, work, label, t1, t2))
                print(f"{arch:>15} batch {batch:5d} work {work:>13,}  {label:8s}  1 thread {1e3 * t1:8.3f} ms"
                      f"  2 threads {1e3 * t2:8.3f} ms  t1/t2 {t1 / t2:5.2f}", flush=True)
    print()
    for label, _ in settings:
        mine = sorted((w, t1 / t2) for a, b, w, lab, t1, t2 in rows if lab == label)
        # the smallest work from which on every measured step was ≥ 5 % faster with 2 threads
        threshold = None
        for k in range(len(mine) - 1, -1, -1):
            if mine[k][1] < 1.05:
                break
            threshold = mine[k][0]
        below = [r for w, r in mine if threshold is None or w < threshold]
        if threshold is None:
            print(f"{label}: two threads are not reliably faster at any measured size "
                  f"(t1/t2 from {min(r for _, r in mine):.2f} to {max(r for _, r in mine):.2f})")
        else:
            above = [r for w, r in mine if w >= threshold]
            print(f"{label}: two threads ≥ 5 % faster at every work ≥ {threshold:,} (t1/t2 {min(above):.2f}–"
                  f"{max(above):.2f}); below it t1/t2 {min(below, default=1):.2f}–{max(below, default=1):.2f}")


if __name__ == "__main__":
    main()
