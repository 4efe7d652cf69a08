"""Issue 6's speed targets for the image views, measured offscreen.

Prints, asserts nothing:

* **dataset browser**: frames per second scrolling the 60,000-image training grid
  (900×650 view), each frame a synchronous repaint of the grid's viewport. "jump" moves
  to 200 evenly spaced places over the whole list, so every frame renders thumbnails never
  seen before (the worst case); "scroll" moves one row of thumbnails per frame, like a
  scroll wheel (target > 30 fps, i.e. < 33 ms per frame);
* **drawing pad**: classifying a drawing — MNIST-style preprocessing of the 280×280
  canvas plus the network's forward pass, measured directly — and the pad's whole live
  update: the request to the engine process, its answer, and redrawing the input image
  and the bars, over 200 updates of real mouse strokes, with both a normal and a very thin
  brush (thin strokes take the thickening path) (target <= 30 ms);
* **evaluation**: the 10,000 test images on 784-256-128-10 (the ``fast`` preset), from the
  request to the result arriving in the GUI thread, computed by the engine process, while
  it is paused and while it trains at full speed (target <= 0.5 s).

Run: ``python benchmarks/bench_images.py`` (offscreen; about a minute). ``--smoke``: a
tenth of the frames and strokes, one evaluation each (a few seconds; figures meaningless).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402


def stats(ms) -> str:
    a = np.asarray(ms)
    return f"median {np.median(a):.1f} ms, p95 {np.percentile(a, 95):.1f} ms, max {a.max():.1f} ms"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--smoke", action="store_true",
                   help="tiny sizes and durations (seconds): checks that the benchmark still runs")
    args = p.parse_args()
    scale = 10 if args.smoke else 1            # frames, strokes and steps divided by this
    evaluations = 1 if args.smoke else 5
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from backprop_viz.core.preprocess import preprocess
    from backprop_viz.core.presets import get_preset
    from backprop_viz.data import load_bundled_mnist
    from backprop_viz.engine import protocol
    from backprop_viz.engine.requests import scaled
    from backprop_viz.gui.app import configure_pyqtgraph
    from backprop_viz.gui.controller import TrainingController
    from backprop_viz.gui.views.browser import BrowserView
    from backprop_viz.gui.views.drawing_pad import DrawingPadView
    from backprop_viz.gui.views.evaluation import EvaluationView

    configure_pyqtgraph()

    def wait_until(cond, ms=60000):
        end = time.perf_counter() + ms / 1000
        while not cond():
            if time.perf_counter() > end:
                raise TimeoutError(f"bench_images: waited {ms / 1000:.0f} s in vain (line "
                                   f"{sys._getframe(1).f_lineno})")
            loop = QEventLoop()
            QTimer.singleShot(2, loop.quit)
            loop.exec()

    splits = load_bundled_mnist()
    config = get_preset("fast").config
    controller = TrainingController(config)      # the engine in its own process, as in the app
    controller.start()
    wait_until(lambda: controller.latest is not None)
    controller.send(protocol.Speed(None))
    for _ in range(200 // scale):
        controller.send(protocol.Step())
    wait_until(lambda: controller.latest.global_step == 200 // scale)
    snapshot = controller.latest

    # -- dataset browser -------------------------------------------------------------------------
    browser = BrowserView()
    browser.resize(900, 650)
    browser.show()
    browser.set_splits(splits)
    grid, bar = browser.grid, browser.grid.verticalScrollBar()
    last = browser.model.index(browser.model.rowCount() - 1)
    t0 = time.perf_counter()
    wait_until(lambda: grid.visualRect(last).isValid())        # batched layout of all 60,000
    layout_s = time.perf_counter() - t0
    per_row = math.ceil(60000 / max(1, round(bar.maximum() / browser.grid.gridSize().height())))

    def frames(values) -> list[float]:
        out = []
        for v in values:
            start = time.perf_counter()
            bar.setValue(int(v))
            grid.viewport().repaint()
            out.append((time.perf_counter() - start) * 1000)
        return out

    made0 = browser.model.images_made
    jump = frames(np.linspace(0, bar.maximum(), 200 // scale))
    made_jump = browser.model.images_made - made0
    row_h = grid.gridSize().height()
    start_value = bar.maximum() // 3
    scroll = frames(start_value + row_h * np.arange(300 // scale))
    print(f"browser grid: 60,000 train images, {per_row} per row, batched layout done in {layout_s * 1000:.0f} ms")
    print(f"  jump through the whole list ({len(jump)} frames, {made_jump:,} new thumbnails): {stats(jump)} "
          f"-> {1000 / np.mean(jump):.0f} fps mean, {1000 / max(jump):.0f} fps worst (target > 30 fps)")
    print(f"  scroll row by row ({len(scroll)} frames): {stats(scroll)} -> {1000 / np.mean(scroll):.0f} fps mean, "
          f"{1000 / max(scroll):.0f} fps worst (target > 30 fps)")
    browser.close()

    # -- drawing pad ---------------------------------------------------------------------------------
    pad = DrawingPadView()
    pad.set_engine(controller)
    pad.resize(900, 650)
    pad.show()
    pad.show_snapshot(snapshot)
    for brush in (26, 4):
        pad.brush.setValue(brush)
        core_ms, update_ms = [], []
        pad.canvas.clear()
        QTest.mousePress(pad.canvas, Qt.LeftButton, Qt.NoModifier, QPoint(140, 40))
        strokes = 200 // scale
        for k in range(strokes):
            t = k / (strokes - 1) * 2 * math.pi
            QTest.mouseMove(pad.canvas, QPoint(int(140 + 70 * math.sin(t)), int(140 - 100 * math.cos(t))))
            ink = pad.canvas.ink()
            start = time.perf_counter()
            x = scaled(preprocess(ink), snapshot.config)
            snapshot.network.infer(x)
            core_ms.append((time.perf_counter() - start) * 1000)
            pad.update_prediction()
            wait_until(lambda: pad._drawn == pad._revision and pad._asking is None)
            update_ms.append(pad.last_update_ms)
        QTest.mouseRelease(pad.canvas, Qt.LeftButton, Qt.NoModifier, QPoint(140, 40))
        adjusted = pad.details.adjusted or "left as drawn"
        print(f"drawing pad, brush {brush} px (stroke {adjusted}): preprocess + infer {stats(core_ms)}; "
              f"whole live update {stats(update_ms)} (target <= 30 ms)")
    pad.close()

    # -- evaluation ----------------------------------------------------------------------------------
    view = EvaluationView()
    view.set_engine(controller)
    view.resize(900, 650)
    view.show()
    view.set_split(splits.test, "test")

    def evaluate_once() -> tuple[float, float]:
        wait_until(lambda: view._job is None)
        done = []
        view.evaluated.connect(done.append)
        start = time.perf_counter()
        view.refresh()
        wait_until(lambda: bool(done))
        view.evaluated.disconnect(done.append)
        return (time.perf_counter() - start) * 1000, done[0].seconds * 1000

    view.show_snapshot(snapshot)
    results = [evaluate_once() for _ in range(evaluations)]
    print(f"evaluation of 10,000 test images by the paused engine: request to result "
          f"{stats([r[0] for r in results])}; inference alone {stats([r[1] for r in results])} (target <= 500 ms)")
    controller.send(protocol.Play())
    wait_until(lambda: controller.latest.state == "playing")
    results = [evaluate_once() for _ in range(evaluations)]
    controller.send(protocol.Pause())
    controller.shutdown(3000)
    print(f"evaluation while the worker trains: request to result {stats([r[0] for r in results])} "
          f"(target <= 500 ms); accuracy {view.result.accuracy:.4f}")
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
