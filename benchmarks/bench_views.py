"""What the five "why did it do that?" views (issue #17) cost while training at full speed.

For the ``fast`` preset (784-256-128-10, batch 128, Adam) playing at full speed in the app,
prints the engine's samples/s with each analysis view on screen (its dock raised in front of
the Layers panel, so it asks the engine for its computation at every refresh) divided by the
samples/s with none of them on screen (the Layers panel in front); target ≥ 0.9× each.
Baselines are measured between the views and each view is compared with the mean of the
baselines either side of it, so a drifting machine biases no view.

Run: ``python benchmarks/bench_views.py`` (offscreen; about a minute). ``--smoke``: 1 s per
measurement (the figures mean little).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VIEWS = {"loss_step_dock": "loss along the step", "weight_edit_dock": "edit a weight",
         "who_pushed_dock": "who pushed?", "input_gradient_dock": "input gradient",
         "gradient_noise_dock": "gradient noise"}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--smoke", action="store_true", help="1 s per measurement: checks that the benchmark still runs")
    args = p.parse_args()
    seconds = 1.0 if args.smoke else 6.0
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # noqa: F841 - must live while the window does
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    from backprop_viz.core.presets import get_preset
    from backprop_viz.gui.app import configure_pyqtgraph
    from backprop_viz.gui.main_window import MainWindow

    configure_pyqtgraph()
    config = get_preset("fast").config.replace(epochs=100)   # never finishes inside the measurement

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(cond, what: str, ms: int = 60000) -> None:
        end = time.perf_counter() + ms / 1000
        while not cond():
            if time.perf_counter() > end:
                raise TimeoutError(f"bench_views: {what} did not happen within {ms / 1000:.0f} s")
            wait(5)

    window = MainWindow(config=config)
    window.resize(1400, 900)
    window.show()
    wait_until(lambda: window.last_snapshot is not None, "the first snapshot")
    window.actions_.play.trigger()
    wait_until(lambda: window.last_snapshot.state == "playing", "playing")

    def rate(dock: str) -> tuple[float, float]:
        """Samples/s with ``dock`` in front, and its view's refreshes per second."""
        window.docks[dock].raise_()
        wait(500)                                     # settle: the view catches up, its first request runs
        refreshes0 = window.refresh_count
        s0, t0 = window.controller.latest.global_step, time.perf_counter()
        wait(int(seconds * 1000))
        s1, t1 = window.controller.latest.global_step, time.perf_counter()
        return (s1 - s0) * config.batch_size / (t1 - t0), (window.refresh_count - refreshes0) / (t1 - t0)

    baselines = [rate("layers_dock")[0]]
    with_view = {}
    for dock in VIEWS:
        with_view[dock] = rate(dock)
        baselines.append(rate("layers_dock")[0])
    window.actions_.play.trigger()
    wait_until(lambda: window.last_snapshot.state == "paused", "pausing")
    window.close()

    print(f"configuration: fast preset {config.architecture}, batch {config.batch_size}, {os.cpu_count()} cores, "
          f"{seconds:g} s per measurement")
    print(f"no analysis view on screen: {sum(baselines) / len(baselines):,.0f} samples/s (mean of {len(baselines)})")
    for k, (dock, name) in enumerate(VIEWS.items()):
        samples, refreshes = with_view[dock]
        base = (baselines[k] + baselines[k + 1]) / 2
        print(f"  {name:<22} {samples:>10,.0f} samples/s  ratio {samples / base:.2f}x (target >= 0.9x)  "
              f"{refreshes:.1f} refreshes/s")


if __name__ == "__main__":
    main()
