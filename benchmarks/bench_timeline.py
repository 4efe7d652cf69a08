"""The run's timeline: what checkpointing costs while training, and how fast any step comes back.

    python benchmarks/bench_timeline.py [--epochs 10] [--steps 500] [--repeats 12] [--seeks 40] [--budget 200] [--smoke]

* throughput: the ``fast`` network (784-256-128-10 ReLU, Adam, float32) at batch 64 (as issue 18
  measured it; the preset itself now trains at 128) on MNIST, one
  BLAS thread, two runs trained in alternating rounds of ``--steps`` steps: checkpointing on
  (every 10 steps, the default) and off (the timeline's spacing set beyond the run, so only its
  per-step checks remain); the best round of each is kept. Prints samples/s of each and on ÷ off
  (target ≥ 0.97×).
* one checkpoint: taken (into memory), moved to the timeline's temporary file (as each one
  older than 50 steps is), restored from memory and from the file: milliseconds, file ÷ memory.
* seek: a ``--epochs``-epoch ``fast`` run (default 10, checkpoint budget ``--budget`` MB, 200), then
  ``--seeks`` random steps: the time of ``Run.rewind(step - 1)`` plus the step itself with a
  full trace — what the engine does for the timeline's Rewind command (target ≤ 150 ms), each from
  the run's first step. (Two BLAS threads for the replay were measured too, alternating seek by
  seek: no faster here — median 72.9 against 67.8 ms — so the engine replays with its training count.)
  Prints the median, the 90th percentile and the worst, and the checkpoints' count and memory;
  then again after evening the checkpoints out as the paused engine does in idle time
  (``Timeline.even_out``, :mod:`backprop_viz.core.respace`), with the idle time that took.

``--smoke``: 2,000 training images, 1 epoch, rounds of 100 steps, one repeat, 5 seeks.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _common  # noqa: E402


def throughput(run, steps: int) -> float:
    """Samples/s of the next ``steps`` steps of ``run``."""
    start, seen = time.perf_counter(), 0
    while seen < steps:
        before = run.global_step
        run._whole_steps(steps - seen)
        seen += run.global_step - before
    return seen * run.config.batch_size / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--steps", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=12)
    ap.add_argument("--seeks", type=int, default=40)
    ap.add_argument("--budget", type=float, default=200, help="checkpoint budget of the seek run, MB")
    ap.add_argument("--smoke", action="store_true", help=_common.SMOKE_HELP)
    args = ap.parse_args()
    limit = None
    if args.smoke:
        limit, args.epochs, args.steps, args.repeats, args.seeks = 2000, 1, 100, 1, 5

    from threadpoolctl import threadpool_limits

    from backprop_viz.core.presets import get_preset
    from backprop_viz.core.run import Run

    config = get_preset("fast").config.replace(epochs=args.epochs, batch_size=64)   # (issue 18's figures)
    data = _common.load_data(config, limit)
    with threadpool_limits(1, "blas"):
        runs = {on: Run(config, data) for on in (False, True)}
        runs[False].timeline.every = 1 << 40
        best = {True: 0.0, False: 0.0}
        for on, run in runs.items():
            throughput(run, 20)   # warm-up
        for _ in range(args.repeats):   # short alternating rounds: a busy machine hits both alike
            for on, run in runs.items():
                best[on] = max(best[on], throughput(run, args.steps))
        print(f"fast, batch 64, 1 thread, rounds of {args.steps:,} steps (best of {args.repeats}):")
        print(f"  checkpointing off  {best[False]:,.0f} samples/s")
        print(f"  checkpointing on   {best[True]:,.0f} samples/s")
        print(f"  on ÷ off: {best[True] / best[False]:.3f}× (target ≥ 0.97×)")
        file_or_memory(runs[True], args.repeats * 5)

        Run.timeline_budget = int(args.budget * 2 ** 20)
        run = Run(config, data)
        run.fit()
        tl, total = run.timeline, run.global_step
        print(f"{args.epochs}-epoch fast run: {total:,} steps; checkpoints as trained: {layout(tl, total)}")
        steps = np.random.default_rng(0).integers(1, total + 1, args.seeks)
        report("as trained", seeks(run, steps))
        start = time.perf_counter()
        while tl.even_out(run, 1.0):    # what the paused engine does in idle slices
            pass
        print(f"evened out while paused ({time.perf_counter() - start:.1f} s of idle time): {layout(tl, total)}")
        report("evened out", seeks(run, steps))


def file_or_memory(run, repeats: int) -> None:
    """One checkpoint's costs, best of ``repeats``: taking it (a copy into memory, as every
    checkpoint starts), moving it to the timeline's temporary file (what happens to those more
    than 50 steps old, :mod:`backprop_viz.core.spill`), and restoring it from memory and from
    the file, alternating."""
    from backprop_viz.core.spill import FileBuffer
    from backprop_viz.core.timeline import Timeline, restore_state

    tl = Timeline(run)
    best = dict.fromkeys(("take", "move", "restore memory", "restore file"), np.inf)
    for _ in range(repeats):
        start = time.perf_counter()
        ck = tl.take(run)
        taken = time.perf_counter()
        restore_state(run, ck)
        restored = time.perf_counter()
        stored = tl.spill.keep(ck.buffer)
        moved = time.perf_counter()
        assert isinstance(stored, FileBuffer), "the temporary file could not be written"
        tl._spare[:], ck.buffer = [ck.buffer], stored    # (its memory: the next take's, as in a run)
        restore_state(run, ck)
        end = time.perf_counter()
        for key, seconds in (("take", taken - start), ("restore memory", restored - taken),
                             ("move", moved - restored), ("restore file", end - moved)):
            best[key] = min(best[key], seconds * 1e3)
    mb = ck.buffer.nbytes / 2 ** 20
    print(f"one checkpoint ({mb:.1f} MB), best of {repeats}: take (into memory) {best['take']:.2f} ms, "
          f"move to the file {best['move']:.2f} ms; restore from memory {best['restore memory']:.2f} ms, "
          f"from the file {best['restore file']:.2f} ms ({best['restore file'] / best['restore memory']:.2f}×)")


def layout(tl, total: int) -> str:
    gaps = np.diff([c.step for c in tl.checkpoints] + [total])   # (to the end: replayed from the last)
    return (f"{len(tl.checkpoints)} checkpoints, {tl.held_bytes / 2 ** 20:.1f} MB of {tl.budget / 2 ** 20:.0f} MB, "
            f"{np.median(gaps):.0f} steps apart (at most {gaps.max()})")


def seeks(run, steps):
    """Milliseconds to show each of ``steps``, each seek from the run's first step (a jump, not
    a step on from the last one)."""
    times = []
    for step in steps:
        run.rewind(0)
        start = time.perf_counter()
        run.rewind(int(step) - 1)
        run.trainer.capture = "full"
        run.step()
        run.trainer.capture = "off"
        times.append(time.perf_counter() - start)
    return np.array(times) * 1e3


def report(label: str, ms) -> None:
    print(f"show an arbitrary step (rewind + its full trace), {len(ms)} random steps, {label}: "
          f"median {np.median(ms):.1f} ms, 90th percentile {np.percentile(ms, 90):.1f} ms, "
          f"worst {ms.max():.1f} ms (target ≤ 150 ms)")

if __name__ == "__main__":
    main()
