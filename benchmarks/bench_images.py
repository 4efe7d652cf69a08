"""Issue 6's speed targets for the image views, measured offscreen.

Prints, asserts nothing:

* **dataset browser**: frames per second scrolling the 60,000-image training grid
  (900×650 view), each frame a synchronous repaint of the grid's viewport. "jump" moves
  to 200 evenly spaced places over the whole list, so every frame renders thumbnails never
  seen before (the worst case); "scroll" moves one row of thumbnails per frame, like a
  scroll wheel (target > 30 fps, i.e. < 33 ms per frame);
* **drawing pad**: classifying a drawing — MNIST-style preprocessing of the 280×280
  canvas plus the network's forward pass — and the pad's whole live update (also
  redrawing the input image and the bars), over 200 updates of real mouse strokes, with
  both a normal and a very thin brush (thin strokes take the thickening path)
  (target <= 30 ms);
* **evaluation**: the 10,000 test images on 784-256-128-10 (the ``fast`` preset), from the
  request to the result arriving in the GUI thread, computed in the thread pool, with one
  BLAS thread as in the app and with the default count, and once more while the training
  worker trains at full speed on the other core (target <= 0.5 s).

Run: ``python benchmarks/bench_images.py`` (offscreen; about a minute).
"""

from __future__ import annotations

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
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from threadpoolctl import threadpool_limits

    app = QApplication(sys.argv)
    from backprop_viz.core.preprocess import preprocess
    from backprop_viz.core.presets import get_preset
    from backprop_viz.core.run import Run, TrainingData
    from backprop_viz.data import load_bundled_mnist
    from backprop_viz.gui.app import configure_pyqtgraph
    from backprop_viz.engine.snapshot import build_snapshot
    from backprop_viz.gui.views.browser import BrowserView
    from backprop_viz.gui.views.drawing_pad import DrawingPadView
    from backprop_viz.gui.views.evaluation import EvaluationView

    configure_pyqtgraph()

    def wait_until(cond, ms=60000):
        end = time.perf_counter() + ms / 1000
        while not cond() and time.perf_counter() < end:
            loop = QEventLoop()
            QTimer.singleShot(2, loop.quit)
            loop.exec()

    splits = load_bundled_mnist()
    config = get_preset("fast").config
    run = Run(config, TrainingData.from_splits(splits, config), capture="off")
    for _ in range(200):
        run.step()
    snapshot = build_snapshot(run)

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
    jump = frames(np.linspace(0, bar.maximum(), 200))
    made_jump = browser.model.images_made - made0
    row_h = grid.gridSize().height()
    start_value = bar.maximum() // 3
    scroll = frames(start_value + row_h * np.arange(300))
    print(f"browser grid: 60,000 train images, {per_row} per row, batched layout done in {layout_s * 1000:.0f} ms")
    print(f"  jump through the whole list (200 frames, {made_jump:,} new thumbnails): {stats(jump)} "
          f"-> {1000 / np.mean(jump):.0f} fps mean, {1000 / max(jump):.0f} fps worst (target > 30 fps)")
    print(f"  scroll row by row (300 frames): {stats(scroll)} -> {1000 / np.mean(scroll):.0f} fps mean, "
          f"{1000 / max(scroll):.0f} fps worst (target > 30 fps)")
    browser.close()

    # -- drawing pad ---------------------------------------------------------------------------------
    pad = DrawingPadView()
    pad.resize(900, 650)
    pad.show()
    pad.show_snapshot(snapshot)
    for brush in (26, 4):
        pad.brush.setValue(brush)
        core_ms, update_ms = [], []
        pad.canvas.clear()
        QTest.mousePress(pad.canvas, Qt.LeftButton, Qt.NoModifier, QPoint(140, 40))
        for k in range(200):
            t = k / 199 * 2 * math.pi
            QTest.mouseMove(pad.canvas, QPoint(int(140 + 70 * math.sin(t)), int(140 - 100 * math.cos(t))))
            ink = pad.canvas.ink()
            start = time.perf_counter()
            x = DrawingPadView.inputs(preprocess(ink), snapshot.config)
            snapshot.network.infer(x)
            core_ms.append((time.perf_counter() - start) * 1000)
            pad.update_prediction()
            update_ms.append(pad.last_update_ms)
        QTest.mouseRelease(pad.canvas, Qt.LeftButton, Qt.NoModifier, QPoint(140, 40))
        adjusted = pad.details.adjusted or "left as drawn"
        print(f"drawing pad, brush {brush} px (stroke {adjusted}): preprocess + infer {stats(core_ms)}; "
              f"whole live update {stats(update_ms)} (target <= 30 ms)")
    pad.close()

    # -- evaluation ----------------------------------------------------------------------------------
    view = EvaluationView()
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
    for label, threads in (("1 BLAS thread (as in the app)", 1), ("default BLAS threads", None)):
        with threadpool_limits(threads, "blas"):
            results = [evaluate_once() for _ in range(5)]
        wall = [r[0] for r in results]
        inner = [r[1] for r in results]
        print(f"evaluation of 10,000 test images, {label}: request to result {stats(wall)}; "
              f"inference alone {stats(inner)} (target <= 500 ms)")

    from backprop_viz.gui.controller import TrainingController

    controller = TrainingController(config, loader=lambda c, d: splits)
    controller.start()
    wait_until(lambda: controller.latest is not None)
    controller.send("play")
    wait_until(lambda: controller.latest.state == "playing")
    results = [evaluate_once() for _ in range(5)]
    controller.send("pause")
    controller.shutdown(3000)
    print(f"evaluation while the worker trains: request to result {stats([r[0] for r in results])} "
          f"(target <= 500 ms); accuracy {view.result.accuracy:.4f}")
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
