"""Adam's moment subnormals: training throughput with the periodic flush and without.

    python benchmarks/bench_subnormals.py [--steps 3000] [--batch 64] [--threads 1] [--repeats 3] [--smoke]

Trains 784-256-128-10 ReLU + Adam (lr 1e-3, float32, capture "off") on MNIST with
:class:`backprop_viz.core.Run` twice, each in its own subprocess, alternating, best of
``--repeats``:

* flush: as shipped — every ``FLUSH_EVERY`` (100) steps, moment entries below 1e-30 are
  set to zero;
* no flush: ``optimizers.FLUSH_EVERY`` monkeypatched to 10**12.

Pixels that are almost always 0 get a gradient only now and then; in between, Adam's
first moment of their weights decays by β1 = 0.9 per step and, some 800 steps after
the last non-zero gradient, drops below 1.2e-38 — a float32 *subnormal*, on which
x86 arithmetic can be far slower (how much depends on the CPU: Intel cores take a
microcode assist on most operations with subnormal operands; AMD Zen 4 only slows
down square roots and divisions). Prints steps/s per window of steps for both
variants, the number of subnormal moment entries, and the steady-state ratio (after
step 1000); then the cost of single NumPy operations on subnormal vs normal operands on
this CPU, and of Adam's update on moment buffers with and without subnormals.
``--smoke``: 200 steps in windows of 50, "steady state" from step 100, one repeat
(too short for subnormals to appear: it only checks that the benchmark runs).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _common  # noqa: E402

WINDOW = 250      # steps per measured window
SETTLE = 1000     # the steady state (moments subnormal unless flushed) starts about here
TINY = np.finfo(np.float32).tiny   # smallest normal float32, 1.18e-38


def count_subnormals(opt) -> int:
    return sum(int(np.count_nonzero((buf != 0) & (np.abs(buf) < TINY))) for buf in opt.state_buffers())


def worker(flush: bool, steps: int, batch: int, threads: int, window: int = WINDOW, settle: int = SETTLE) -> dict:
    from backprop_viz.core import Config, Run, optimizers
    from backprop_viz.core.threads import blas_threads

    if not flush:
        optimizers.FLUSH_EVERY = 10 ** 12
    config = Config(hidden=(256, 128), activation="relu", optimizer="adam", lr=1e-3, batch_size=batch)
    run = Run(config, _common.load_data(config), capture="off")
    windows, subnormals = [], []
    with blas_threads(threads):
        for _ in range(steps // window):
            start = run.train_seconds
            for _ in range(window):
                run.step()
            windows.append(window / (run.train_seconds - start))
            subnormals.append(count_subnormals(run.optimizer))
    return {"flush": flush, "steps_per_s": windows, "subnormals": subnormals,
            "seconds": sum(window / w for w in windows[settle // window:])}


def _best(f, repeats: int = 200) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 10]


def micro_ops(repeats: int = 200) -> list[tuple[str, float, float]]:
    """Seconds per NumPy operation on 235,146 float32 values, normal vs subnormal operands."""
    n = 784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10
    rows = []
    for name, op in (("x * 0.9", lambda a, o: np.multiply(a, 0.9, out=o)),
                     ("x + y", lambda a, o: np.add(a, a, out=o)),
                     ("x * x", lambda a, o: np.multiply(a, a, out=o)),
                     ("sqrt(x)", lambda a, o: np.sqrt(a, out=o)),
                     ("x / (x + 1e-8)", lambda a, o: np.divide(a, 1e-8 + a, out=o))):
        t = []
        for value in (1e-3, 1e-39):
            a = np.full(n, value, np.float32)
            o = np.empty_like(a)
            t.append(_best(lambda: op(a, o), repeats))
        rows.append((name, t[0], t[1]))
    return rows


def micro_adam(repeats: int = 200) -> tuple[float, float]:
    """Seconds per Adam.compute() on 235,146 float32 parameters whose moments are
    (a) normal numbers and (b) 30 % subnormal (in M and V)."""
    from backprop_viz.core.optimizers import Adam

    rng = np.random.default_rng(0)
    n = 784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10
    p, g = rng.standard_normal(n).astype(np.float32), np.zeros(n, np.float32)
    results = []
    for sub in (False, True):
        opt = Adam([("p", p, g)], 1e-3)
        for buffers in (opt.M, opt.V):
            buffers[0][...] = rng.random(n, dtype=np.float32) * 1e-3
            if sub:
                buffers[0][: int(0.3 * n)] = 1e-39
        opt.t = 1000
        results.append(_best(opt.compute, repeats))   # compute() leaves M and V as they are
    return results[0], results[1]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--steps", type=int, default=3000)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--smoke", action="store_true", help=_common.SMOKE_HELP)
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--no-flush", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--window", type=int, default=WINDOW, help=argparse.SUPPRESS)
    p.add_argument("--settle", type=int, default=SETTLE, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        _common.emit(worker(not args.no_flush, args.steps, args.batch, args.threads, args.window, args.settle))
        return
    micro_repeats = 200
    if args.smoke:
        args.steps, args.window, args.settle, args.repeats, micro_repeats = 200, 50, 100, 1, 10
    window = args.window

    print(f"bench_subnormals: 784-256-128-10 Adam, batch {args.batch}, {args.threads} BLAS thread(s), "
          f"{args.steps} steps, best of {args.repeats}")
    print(f"machine: {_common.cpu_info()}")
    runs = {True: [], False: []}
    for rep in range(args.repeats):
        for flush in ((True, False) if rep % 2 == 0 else (False, True)):
            runs[flush].append(_common.run_worker("bench_subnormals.py", [
                "--steps", str(args.steps), "--batch", str(args.batch), "--threads", str(args.threads),
                "--window", str(window), "--settle", str(args.settle)]
                + ([] if flush else ["--no-flush"])))
    best = {flush: _common.best(r) for flush, r in runs.items()}
    # per window, the best steps/s over the repeats (noise only slows down)
    print(f"\n{'steps':>11}  {'flush steps/s':>13} {'subnormals':>10}   {'no flush steps/s':>16} {'subnormals':>10}")
    n_windows = len(best[True]["steps_per_s"])
    for k in range(n_windows):
        f = max(r["steps_per_s"][k] for r in runs[True])
        nf = max(r["steps_per_s"][k] for r in runs[False])
        print(f"{k * window:5d}-{(k + 1) * window:<5d}  {f:13,.0f} {best[True]['subnormals'][k]:10,d}   "
              f"{nf:16,.0f} {best[False]['subnormals'][k]:10,d}")
    ratio = best[False]["seconds"] / best[True]["seconds"]
    print(f"\nafter step {args.settle}: no flush takes {ratio:.2f}× as long as flush "
          f"({best[True]['seconds']:.2f} s vs {best[False]['seconds']:.2f} s for {args.steps - args.settle} steps)")
    print("\nsingle NumPy operations on 235,146 float32 values (this CPU):")
    for name, normal, subnormal in micro_ops(micro_repeats):
        print(f"  {name:16s} normal {1e6 * normal:6.0f} µs   subnormal {1e6 * subnormal:6.0f} µs   "
              f"({subnormal / normal:.2f}×)")
    normal, subnormal = micro_adam(micro_repeats)
    print(f"Adam compute() on 235,146 float32 parameters: normal moments {1e6 * normal:.0f} µs, "
          f"30 % subnormal {1e6 * subnormal:.0f} µs ({subnormal / normal:.2f}×)")


if __name__ == "__main__":
    main()
