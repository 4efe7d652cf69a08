"""Cost of trace capture (off, statistics, full arrays) relative to plain training.

    python benchmarks/bench_capture.py [--configs adam64,adam128,lecture] [--threads 1] [--rounds 15] [--smoke]

For each configuration one :class:`backprop_viz.core.Run` on MNIST trains in rounds;
every round runs each capture schedule for a fixed number of steps, in turn, in the same
process (so machine noise hits them alike). Every step is timed on its own; a
schedule's cost per step in a round is the *median* time of its captured steps and of
its uncaptured steps, weighted by how many of each it had, and the figure printed is
its best round — medians and best rounds because bursts of other work on a shared
machine (and the evaluation at an epoch's end, the same for every schedule) would
otherwise swamp differences of a few per cent:

* off           — capture "off" on every step (plain training: the baseline)
* stats         — capture "stats" on every step
* stats @ 30 Hz — "stats" only on steps at least 1/30 s after the last captured one,
                  "off" otherwise, and the trace read after each captured step — what a
                  GUI that redraws at most 30 times a second does
* full          — capture "full" (copies of every array) on every step
* full @ 30 Hz  — "full" at most 30 times a second, as above (the GUI's worker does this)

Prints µs/step and the cost over "off" in %. Target (issue 2): statistics ≤ 5 %.
``--smoke``: adam64 and lecture, one round of 30 steps per schedule.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _common  # noqa: E402

CONFIGS = {
    "adam64": ("784-256-128-10 ReLU, Adam, batch 64", dict(hidden=(256, 128), batch_size=64), 300),
    "adam128": ("784-256-128-10 ReLU, Adam, batch 128", dict(hidden=(256, 128), batch_size=128), 200),
    "lecture": ("lecture-backprop: 784-100-10 sigmoid, SGD, batch 1", None, 3000),
}
SCHEDULES = ("off", "stats", "stats @ 30 Hz", "full", "full @ 30 Hz")


def run_schedule(run, schedule: str, steps: int, times: dict, clock=time.perf_counter) -> None:
    """Train ``steps`` steps under ``schedule``; append each step's duration by ``clock``
    to ``times["captured"]`` or ``times["plain"]``. The 30 Hz throttle uses wall time."""
    tr = run.trainer
    level = schedule.split()[0]
    throttled = "@" in schedule
    last = -1.0
    for _ in range(steps):
        start, wall = clock(), time.perf_counter()
        if throttled:
            capture = wall - last >= 1 / 30
            tr.capture = level if capture else "off"
        else:
            tr.capture, capture = level, level != "off"
        run.step()
        if capture and throttled:
            last = wall
            run.trainer.trace        # the GUI reads the trace of a captured step
        times["captured" if capture else "plain"].append(clock() - start)


def cost_per_step(times: dict) -> tuple[float, float]:
    """(seconds per step, fraction of steps captured) from per-step times (medians)."""
    n_c, n_p = len(times["captured"]), len(times["plain"])
    med = {k: statistics.median(v) if v else 0.0 for k, v in times.items()}
    return (n_c * med["captured"] + n_p * med["plain"]) / (n_c + n_p), n_c / (n_c + n_p)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--configs", default="adam64,adam128,lecture")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--rounds", type=int, default=15)
    p.add_argument("--steps", type=int, help="steps per schedule and round (default: per configuration)")
    p.add_argument("--smoke", action="store_true", help=_common.SMOKE_HELP)
    p.add_argument("--clock", choices=("cpu", "wall"), default=None,
                   help="time steps by this thread's CPU time (default with 1 thread: other processes "
                        "then cannot add time) or by wall time (default with more threads)")
    args = p.parse_args()
    if args.smoke:
        args.configs, args.rounds, args.steps = "adam64,lecture", 1, 30
    use_cpu = args.clock == "cpu" or (args.clock is None and args.threads == 1)
    clock = time.thread_time if use_cpu else time.perf_counter

    from backprop_viz.core import Config, Run, get_preset
    from backprop_viz.core.threads import blas_threads

    print(f"bench_capture: {args.threads} BLAS thread(s), best of {args.rounds} interleaved rounds "
          f"of median step times, {'CPU time of the training thread' if use_cpu else 'wall time'}")
    print(f"machine: {_common.cpu_info()}")
    for key in args.configs.split(","):
        title, options, steps = CONFIGS[key]
        steps = args.steps or steps
        config = get_preset("lecture-backprop").config if options is None else Config(**options)
        run = Run(config, _common.load_data(config), capture="off")
        rounds = {s: [] for s in SCHEDULES}    # per schedule: (cost per step, fraction captured) per round
        with blas_threads(args.threads):
            run_schedule(run, "off", steps, {"captured": [], "plain": []}, clock)   # warm up
            for rnd in range(args.rounds):
                for schedule in (SCHEDULES if rnd % 2 == 0 else SCHEDULES[::-1]):
                    times = {"captured": [], "plain": []}
                    run_schedule(run, schedule, steps, times, clock)
                    rounds[schedule].append(cost_per_step(times))
        best = {schedule: min(r) for schedule, r in rounds.items()}
        base = best["off"][0]
        print(f"\n{title} ({args.rounds} rounds × {steps} steps per schedule)")
        for schedule in SCHEDULES:
            t, fraction = best[schedule]
            note = f"  ({100 * fraction:.1f} % of steps captured)" if "@" in schedule else ""
            print(f"  {schedule:14s} {1e6 * t:9.1f} µs/step  {100 * (t / base - 1):+6.1f} %{note}")


if __name__ == "__main__":
    main()
