"""Issue 15's long-session target: memory stays bounded while the app trains for an hour.

Opens the app (``fast`` preset, MNIST, every view built, the window shown and refreshing),
runs 1,000 epochs (the Run button) at full speed and samples the proportional set size (PSS) of the GUI process
and of the engine process every few seconds. After a warm-up it fits a line to each and
prints the growth in MB/min and the growth that rate gives over an hour (target: < 50 MB
per process), with the steps trained and bytes per step. The engine process is found as
this process's child (``bench_gui.child_pids``).

Run: ``python benchmarks/bench_soak.py --minutes 10`` (offscreen). ``--smoke``: 20 s of
training, sampled every second (the figures mean little).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

from bench_gui import child_pids, pss_mb  # noqa: E402


def slope_per_minute(times: list[float], values: list[float]) -> float:
    """Least-squares growth of ``values`` in units per minute."""
    if len(times) < 2:
        return 0.0
    return float(np.polyfit(np.asarray(times) / 60.0, np.asarray(values), 1)[0])


def checkpoint_mb(window, app) -> float:
    """The engine's timeline checkpoints in its memory (MB), asked of the engine (a bounded cache,
    #18's budget; the checkpoints' buffers themselves are in the engine's temporary file)."""
    from backprop_viz.engine.timeline_commands import TimelineInfo

    answers = []
    window.controller.request(TimelineInfo, on_done=answers.append, on_failed=answers.append)
    deadline = time.perf_counter() + 10
    while not answers and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    return answers[0].in_memory / 2 ** 20 if answers and hasattr(answers[0], "in_memory") else float("nan")


def soak(minutes: float, every: float, warmup: float, trace: bool = False) -> dict:
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from backprop_viz.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("backprop-viz-bench")
    window = MainWindow(preset="fast", show_tour=False)
    window.show()
    clock = QElapsedTimer()
    clock.start()
    while window.last_snapshot is None and clock.elapsed() < 60000:
        app.processEvents()
        time.sleep(0.005)
    engine_pid = window.controller.worker.process.pid if window.controller.engine == "process" else None
    window.actions_.n_epochs.setValue(1000)   # Play stops at the preset's last epoch: Run trains on
    window.actions_.run_n.trigger()
    samples = {"t": [], "gui": [], "engine": [], "steps": [], "checkpoints": []}
    start = time.perf_counter()
    traced = None
    next_sample = start + warmup
    end = start + warmup + minutes * 60
    while time.perf_counter() < end:
        app.processEvents()
        now = time.perf_counter()
        if now >= next_sample:
            samples["t"].append(now - start)
            samples["gui"].append(pss_mb())
            pids = [engine_pid] if engine_pid in child_pids() else []
            samples["engine"].append(pss_mb(pids[0]) if pids else float("nan"))
            samples["steps"].append(window.last_snapshot.global_step if window.last_snapshot else 0)
            samples["checkpoints"].append(checkpoint_mb(window, app))
            if trace and traced is None:
                import tracemalloc

                tracemalloc.start(8)
                traced = tracemalloc.take_snapshot()
            next_sample = now + every
        time.sleep(0.002)
    if traced is not None:
        import tracemalloc

        grown = tracemalloc.take_snapshot().compare_to(traced, "traceback")
        print("the GUI's Python allocations that grew most while measured:")
        for stat in grown[:8]:
            print(f"  {stat.size_diff / 2 ** 20:+8.2f} MB in {stat.count_diff:+d} blocks")
            for line in stat.traceback.format()[-6:]:
                print("     " + line)
        tracemalloc.stop()
    window.close()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="minutes to measure after the warm-up")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    parser.add_argument("--warmup", type=float, default=30.0, help="seconds of training before the first sample")
    parser.add_argument("--smoke", action="store_true", help="20 s, sampled every second")
    parser.add_argument("--trace", action="store_true",
                        help="trace the GUI's Python allocations (slower) and print where they grew")
    args = parser.parse_args()
    if args.smoke:
        args.minutes, args.every, args.warmup = 20 / 60, 1.0, 3.0
    s = soak(args.minutes, args.every, args.warmup, args.trace)
    steps = s["steps"][-1] - s["steps"][0]
    span = (s["t"][-1] - s["t"][0]) / 60 if len(s["t"]) > 1 else 0.0
    rate = steps / (span * 60) if span else 0.0
    print(f"soak: {span:.1f} min measured after {args.warmup:.0f} s of warm-up, {steps} steps "
          f"({rate:.0f} steps/s, full speed, fast preset)")
    for name in ("gui", "engine"):
        values = s[name]
        growth = slope_per_minute(s["t"], values)
        per_step = growth * 1024 * 1024 / (rate * 60) if rate else 0.0
        half = len(values) // 2
        later = slope_per_minute(s["t"][half:], values[half:])
        print(f"  {name:7s} PSS {values[0]:.1f} -> {values[-1]:.1f} MB   growth {growth:+.3f} MB/min "
              f"({per_step:+.1f} B/step)   one hour: {growth * 60:+.1f} MB (target < 50 MB); "
              f"second half alone {later:+.3f} MB/min")
    cache = s["checkpoints"]
    if cache and all(np.isfinite(cache)):
        growth = slope_per_minute(s["t"], cache)
        rest = slope_per_minute(s["t"], list(np.asarray(s["engine"]) - np.asarray(cache)))
        print(f"  engine's timeline checkpoints {cache[0]:.1f} -> {cache[-1]:.1f} MB in memory (a cache within its budget, "
              f"{growth:+.3f} MB/min); the engine without them: {rest:+.3f} MB/min, one hour: {rest * 60:+.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
