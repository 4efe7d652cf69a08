"""The drawing pad, driven with real mouse events and answered by a real engine (in a thread):
MNIST-style preprocessing of the strokes, live answers equal to the snapshot network's, a
`fast`-preset network reading a drawn 1 and 0, undo/clear/eraser, follow the drawing, Train on
it through a real worker, test digits, stale answers ignored, and preprocessing real MNIST
digits without losing accuracy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from engine_helpers import start_engine
from PySide6.QtCore import QPoint, Qt

from backprop_viz.core.modelfile import save_model
from backprop_viz.core.preprocess import MNIST_STROKE_RANGE, centre_of_mass, ink_bbox, preprocess, stroke_width
from backprop_viz.core.presets import get_preset
from backprop_viz.core.run import Run, TrainingData
from backprop_viz.data import Splits
from backprop_viz.engine import protocol as p
from backprop_viz.engine.requests import scaled
from backprop_viz.gui.views.drawing_pad import DrawingPadView

N_TRAIN = 20000   # one epoch of the `fast` preset on a third of MNIST: ≈ 94 % test accuracy in seconds
SMALL = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture(scope="module")
def trained_run(mnist, tmp_path_factory):
    """``(model file, run)``: the `fast` preset after one epoch on the first 20,000 training images."""
    config = get_preset("fast").config
    splits = Splits(mnist.train.subset(slice(0, N_TRAIN)), mnist.test)
    run = Run(config, TrainingData.from_splits(splits, config))
    run.fit(1)
    assert run.history.epochs[-1].eval_accuracy > 0.9
    return save_model(tmp_path_factory.mktemp("pad") / "fast.npz", run.network, config), run


@pytest.fixture
def engine(qtbot, mnist):
    """A thread engine (an untrained small network) the pad asks."""
    controller = start_engine(qtbot, SMALL, Splits(mnist.train.subset(slice(0, 1000)), mnist.test))
    yield controller
    assert controller.shutdown(3000)


@pytest.fixture
def trained(qtbot, engine, trained_run):
    """``(snapshot, run)``: the engine continues from the trained model (its snapshot: the same weights)."""
    path, run = trained_run
    run_id = engine.latest.run_id
    engine.send(p.LoadModel(str(path)))
    qtbot.waitUntil(lambda: engine.latest.run_id != run_id, timeout=30000)
    snap = engine.latest
    np.testing.assert_array_equal(snap.network.layers[0].W, run.network.layers[0].W)
    return snap, run


@pytest.fixture
def pad(qtbot, engine):
    view = DrawingPadView()
    qtbot.addWidget(view)
    view.resize(900, 650)
    view.show()
    qtbot.waitExposed(view)
    view.set_engine(engine)
    return view


def answered(qtbot, pad, timeout=10000):
    """Wait until the engine's answer for the current drawing is shown."""
    qtbot.waitUntil(lambda: pad._drawn == pad._revision and pad._asking is None, timeout=timeout)


def stroke(qtbot, pad, points, release=True) -> None:
    """One stroke through ``points`` (x, y) on the canvas with real mouse events."""
    canvas = pad.canvas
    qtbot.mousePress(canvas, Qt.LeftButton, pos=QPoint(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(canvas, QPoint(*point))
    if release:
        qtbot.mouseRelease(canvas, Qt.LeftButton, pos=QPoint(*points[-1]))


def line(p0, p1, n=12):
    return [(round(p0[0] + (p1[0] - p0[0]) * t / n), round(p0[1] + (p1[1] - p0[1]) * t / n)) for t in range(n + 1)]


def ellipse(cx, cy, rx, ry, n=36):
    return [(round(cx + rx * math.sin(2 * math.pi * t / n)), round(cy - ry * math.cos(2 * math.pi * t / n)))
            for t in range(n + 1)]


def draw_one(qtbot, pad):
    stroke(qtbot, pad, line((150, 40), (132, 240)))


def draw_zero(qtbot, pad):
    stroke(qtbot, pad, ellipse(140, 140, 62, 95))


def test_mouse_strokes_are_preprocessed_mnist_style(qtbot, pad):
    drawn = []
    pad.digit_drawn.connect(drawn.append)
    # a small "7" in the top-left corner of the canvas
    stroke(qtbot, pad, line((20, 20), (90, 20), 6) + line((90, 20), (45, 120), 8)[1:])
    answered(qtbot, pad)
    np.testing.assert_array_equal(pad.pixels, preprocess(pad.canvas.ink()))   # the core's preprocessing
    assert drawn and np.array_equal(drawn[-1], pad.pixels)
    image = pad.pixels
    assert image.shape == (28, 28) and image.dtype == np.uint8
    r, c = centre_of_mass(image)
    assert abs(r - 14) <= 1 and abs(c - 14) <= 1
    top, left, h, w = ink_bbox(image.astype(np.float32) / 255, threshold=0)
    assert h <= 20 and w <= 20 and max(h, w) >= 19
    assert not pad.input_image.pixmap().isNull()
    assert "fit 20×20" in pad.input_note.text()


def test_a_fast_preset_network_reads_a_drawn_one_and_zero(qtbot, pad, trained):
    snap, _ = trained
    pad.show_snapshot(snap)
    draw_one(qtbot, pad)
    answered(qtbot, pad)
    assert int(np.argmax(pad.probabilities)) == 1, pad.probabilities.round(3)
    assert pad.plot.getPlotItem().titleLabel.text.startswith("prediction: 1")
    qtbot.mouseClick(pad.clear_button, Qt.LeftButton)
    assert pad.canvas.is_blank() and pad.probabilities is None
    draw_zero(qtbot, pad)
    answered(qtbot, pad)
    assert int(np.argmax(pad.probabilities)) == 0, pad.probabilities.round(3)


def test_live_probabilities_equal_the_snapshot_networks_answer(qtbot, pad, trained):
    snap, _ = trained
    pad.show_snapshot(snap)
    stroke(qtbot, pad, ellipse(140, 90, 40, 40)[:30] + line((150, 130), (110, 240), 6))   # a "9"-ish
    answered(qtbot, pad)
    x = scaled(preprocess(pad.canvas.ink()), snap.config)
    expected = snap.network.infer(x)[0]
    np.testing.assert_allclose(pad.probabilities, expected, rtol=1e-6)
    np.testing.assert_allclose(pad.bars.opts["height"], expected, rtol=1e-6)
    assert pad.probabilities.sum() == pytest.approx(1.0, abs=1e-4)


def test_the_answer_updates_while_drawing(qtbot, pad, trained):
    pad.show_snapshot(trained[0])
    drawn = []
    pad.digit_drawn.connect(drawn.append)
    stroke(qtbot, pad, line((140, 40), (140, 200)), release=False)   # still drawing
    qtbot.waitUntil(lambda: len(drawn) >= 1, timeout=2000)
    assert pad.probabilities is not None
    qtbot.mouseRelease(pad.canvas, Qt.LeftButton, pos=QPoint(140, 200))
    qtbot.waitUntil(lambda: len(drawn) >= 2, timeout=2000)


def test_undo_clear_and_eraser(qtbot, pad):
    draw_one(qtbot, pad)
    one = pad.canvas.ink()
    draw_zero(qtbot, pad)
    assert (pad.canvas.ink() != one).any()
    qtbot.mouseClick(pad.undo_button, Qt.LeftButton)
    np.testing.assert_array_equal(pad.canvas.ink(), one)
    qtbot.mouseClick(pad.eraser, Qt.LeftButton)
    assert pad.canvas.eraser
    pad.brush.setValue(60)
    draw_one(qtbot, pad)                        # erase along the same line
    assert pad.canvas.ink().sum() < one.sum() * 0.05
    qtbot.mouseClick(pad.eraser, Qt.LeftButton)
    draw_zero(qtbot, pad)
    qtbot.mouseClick(pad.clear_button, Qt.LeftButton)
    assert pad.canvas.is_blank() and not pad.pixels.any()
    qtbot.keyClick(pad.canvas, Qt.Key_Z, Qt.ControlModifier)
    assert not pad.canvas.is_blank()


def test_a_pen_draws_with_pressure(qtbot, pad):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    def pen_stroke(pressure):
        device = QPointingDevice.primaryPointingDevice()
        for kind, y, buttons in ((QEvent.TabletPress, 60, Qt.LeftButton), (QEvent.TabletMove, 220, Qt.LeftButton),
                                 (QEvent.TabletRelease, 220, Qt.NoButton)):
            event = QTabletEvent(kind, device, QPointF(140, y), QPointF(140, y), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
                                 Qt.NoModifier, Qt.LeftButton, buttons)
            QApplication.sendEvent(pad.canvas, event)
            assert event.isAccepted()          # no synthesised mouse events on top

    pen_stroke(0.1)
    light = int((pad.canvas.ink()[140] > 128).sum())
    answered(qtbot, pad)                                     # preprocessed on pen-up (no snapshot shown: no bars)
    assert pad.probabilities is None and pad.pixels.any()
    qtbot.mouseClick(pad.clear_button, Qt.LeftButton)
    pen_stroke(1.0)
    heavy = int((pad.canvas.ink()[140] > 128).sum())
    assert light < pad.canvas.brush * 0.6 < pad.canvas.brush < heavy


def test_follow_the_drawing_asks_for_probe_passes(qtbot, pad):
    with qtbot.assertNotEmitted(pad.probe_requested):
        draw_one(qtbot, pad)
        answered(qtbot, pad)
    with qtbot.waitSignal(pad.probe_requested, timeout=1000) as blocker:
        pad.follow.setChecked(True)
    pixels, label, source = blocker.args
    np.testing.assert_array_equal(pixels, pad.pixels)
    assert label is None and source == "your drawing"
    with qtbot.waitSignal(pad.probe_requested, timeout=1000) as blocker:
        pad.label_box.setCurrentIndex(pad.label_box.findData(1))
    assert blocker.args[1] == 1
    with qtbot.waitSignal(pad.probe_requested, timeout=2000):
        draw_zero(qtbot, pad)


def test_train_on_it_takes_one_step_through_the_worker_and_shows_before_and_after(qtbot, pad, mnist):
    from backprop_viz.gui.controller import TrainingController

    config = get_preset("fast").config
    controller = TrainingController(config, loader=lambda c, d: mnist)
    pad.set_engine(controller)
    sent = []

    def to_worker(pixels, label):
        sent.append(label)
        controller.send(p.TrainSample(pixels, label, "your drawing"))

    pad.train_requested.connect(to_worker)
    controller.snapshot_arrived.connect(pad.show_snapshot)
    controller.start()
    try:
        qtbot.waitUntil(lambda: pad.snapshot is not None, timeout=20000)
        assert not pad.train_button.isEnabled()                # nothing drawn, no label
        draw_one(qtbot, pad)
        pad.label_box.setCurrentIndex(pad.label_box.findData(7))
        answered(qtbot, pad)
        before = pad.probabilities.copy()
        assert pad.train_button.isEnabled()
        qtbot.mouseClick(pad.train_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: pad.before is not None, timeout=10000)
        snap = pad.snapshot
        assert sent == [7] and snap.global_step == 1 and snap.probe_source == "your drawing"
        np.testing.assert_allclose(pad.before, before)
        after = snap.network.infer(scaled(pad.pixels, snap.config))[0]
        np.testing.assert_allclose(pad.probabilities, after, rtol=1e-6)
        assert after[7] > before[7]                            # the step moved the answer towards 7
        assert pad.before_bars.isVisible()
        np.testing.assert_allclose(pad.before_bars.opts["height"], before)
        layer = snap.trace.layers[0]                          # the step's own backward pass
        np.testing.assert_allclose(pad.gradient, (layer.W_before @ layer.delta[0]).reshape(28, 28), rtol=1e-5)
        assert not pad.gradient_image.pixmap().isNull()
        assert "→" in pad.caption.text() and "before the step" in pad.caption.text()
        draw_zero(qtbot, pad)                                  # a new drawing: the old step's bars and gradient go
        answered(qtbot, pad)
        assert pad.before is None and pad.gradient is None and not pad.before_bars.isVisible()
    finally:
        assert controller.shutdown(3000)


def test_load_a_test_digit_drops_a_real_mnist_image_on_the_pad(qtbot, pad, mnist):
    assert not pad.load_button.isEnabled()
    pad.set_test_digits(mnist.test.images, mnist.test.labels)
    qtbot.mouseClick(pad.load_button, Qt.LeftButton)
    answered(qtbot, pad)
    i = int(pad._test_order[0])
    assert pad.label == mnist.test.labels[i] and pad.source == f"test digit #{i}"
    for i in (0, 1, 2, 3):
        pad.load_test_digit(i)                  # an MNIST digit is the input as it is
        answered(qtbot, pad)
        np.testing.assert_array_equal(pad.pixels, mnist.test.images[i])
        assert "used as it is" in pad.input_note.text()
    # drawing on it makes it a drawing again: preprocessed from the canvas
    stroke(qtbot, pad, line((20, 20), (40, 40)))
    answered(qtbot, pad)
    assert pad.source == "your drawing" and "fit 20×20" in pad.input_note.text()
    np.testing.assert_array_equal(pad.pixels, preprocess(pad.canvas.ink()))


def test_preprocessing_real_mnist_digits_keeps_accuracy(trained_run, mnist):
    _, run = trained_run
    images, labels = mnist.test.images[:2000], mnist.test.labels[:2000]
    processed = np.stack([preprocess(im) for im in images])

    def accuracy(imgs):
        return float((run.network.predict(imgs.reshape(len(imgs), -1).astype(np.float32) / 255) == labels).mean())

    raw, prepared = accuracy(images), accuracy(processed)
    assert abs(prepared - raw) <= 0.01, (raw, prepared)
    assert (processed == images).all(axis=(1, 2)).mean() > 0.8     # most digits pass through untouched


def test_the_stroke_range_is_mnists(mnist):
    widths = []
    for im in mnist.test.images:
        u = im.astype(np.float32) / 255
        top, left, h, w = ink_bbox(u)
        widths.append(stroke_width(u[top:top + h, left:left + w]) * 20 / max(h, w))
    low, high = np.percentile(widths, [5, 95])
    assert MNIST_STROKE_RANGE == pytest.approx((low, high), abs=0.1)


def test_an_answer_for_an_older_drawing_is_not_drawn(qtbot, pad, mnist):
    drawn = []
    pad.digit_drawn.connect(drawn.append)
    pad.canvas.set_ink(mnist.test.images[0])      # asks the engine …
    pad.canvas.set_ink(mnist.test.images[1])      # … and the drawing changes before its answer can arrive
    answered(qtbot, pad)
    expected = preprocess(pad.canvas.ink())
    assert len(drawn) == 1 and np.array_equal(drawn[0], expected)   # the first answer was dropped
    np.testing.assert_array_equal(pad.pixels, expected)
    assert pad.last_update_ms > 0


def test_without_an_engine_the_pad_waits(qtbot, trained):
    bare = DrawingPadView()
    qtbot.addWidget(bare)
    bare.show()
    bare.show_snapshot(trained[0])
    draw_one(qtbot, bare)
    assert bare.probabilities is None and not bare.train_button.isEnabled()
    assert bare.note.isVisible() and "waiting for the engine" in bare.note.textItem.toPlainText()
