"""Your own picture on the drawing pad: open, drop or paste a photo of a digit; the engine
preprocesses it (every stage shown) and classifies it; *Train on it* works for it."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from engine_helpers import start_engine
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from backprop_viz.core.preprocess_photo import photo_stages
from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits
from backprop_viz.data.images import decode_image
from backprop_viz.engine import protocol as p
from backprop_viz.engine.requests import scaled
from backprop_viz.gui.views.drawing_pad import DrawingPadView

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from photo_digits import photo_of

SMALL = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture
def engine(qtbot, mnist):
    controller = start_engine(qtbot, SMALL, Splits(mnist.train.subset(slice(0, 1000)), mnist.test))
    yield controller
    assert controller.shutdown(3000)


@pytest.fixture
def pad(qtbot, engine):
    view = DrawingPadView()
    qtbot.addWidget(view)
    view.resize(900, 750)
    view.show()
    qtbot.waitExposed(view)
    view.set_engine(engine)
    view.show_snapshot(engine.latest)
    return view


def answered(qtbot, pad, timeout=10000):
    qtbot.waitUntil(lambda: pad._drawn == pad._revision and pad._asking is None, timeout=timeout)


def test_a_dropped_photo_is_preprocessed_by_the_engine_and_every_stage_shown(qtbot, pad, engine, mnist, tmp_path):
    photo = photo_of(mnist.test.images[0], seed=5)
    path = tmp_path / "seven.jpg"
    path.write_bytes(photo)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(pad, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(pad, drop)
    answered(qtbot, pad)
    expected = photo_stages(decode_image(photo))
    np.testing.assert_array_equal(pad.pixels, expected.image)
    assert pad.stages.isVisible() and pad.stages.shown is not None
    assert all(not label.pixmap().isNull() for label in pad.stages.images)    # original → 28×28
    np.testing.assert_array_equal(pad.stages.shown.ink, expected.ink)
    snap = engine.latest
    np.testing.assert_allclose(pad.probabilities, snap.network.infer(scaled(expected.image, snap.config))[0],
                               rtol=1e-6)
    assert pad.source == "seven.jpg" and "seven.jpg" in pad.caption.text()


def test_a_pasted_image_then_a_drawing_hides_the_stages(qtbot, pad, mnist):
    paper = QImage(200, 160, QImage.Format_Grayscale8)
    paper.fill(220)
    for y in range(30, 130):                                       # a dark "1"
        for x in range(95, 108):
            paper.setPixel(x, y, 0xFF202020)
    # (setImage: the clipboard keeps its own copy; a QMimeData made here would be deleted twice at exit)
    QGuiApplication.clipboard().setImage(paper)
    assert pad.paste_picture()
    answered(qtbot, pad)
    assert pad.stages.isVisible() and pad.stages.shown.inverted and pad.source == "pasted image"
    assert pad.pixels[:, 13:16].max() == 255 and pad.pixels[:, :8].max() == 0
    qtbot.mousePress(pad.canvas, Qt.LeftButton, pos=QPoint(40, 40))
    qtbot.mouseMove(pad.canvas, QPoint(60, 200))
    qtbot.mouseRelease(pad.canvas, Qt.LeftButton, pos=QPoint(60, 200))
    answered(qtbot, pad)
    assert not pad.stages.isVisible() and pad.source == "your drawing"


def test_a_file_that_is_no_picture_is_a_clear_message(qtbot, pad, tmp_path):
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    pad._read_picture(lambda: (bad.read_bytes(), bad.name))
    qtbot.waitUntil(lambda: pad._asking is None and "no answer" in pad.note.toPlainText(), timeout=10000)
    assert "notes.png" in pad.note.toPlainText() and "not an image file" in pad.note.toPlainText()
    assert pad.probabilities is None


def test_train_on_a_picture_takes_one_step(qtbot, pad, engine, mnist):
    sent = []

    def to_engine(pixels, label):
        sent.append(label)
        engine.send(p.TrainSample(pixels, label, pad.source))

    pad.train_requested.connect(to_engine)
    engine.snapshot_arrived.connect(pad.show_snapshot)
    pad.load_picture(photo_of(mnist.test.images[1], seed=6), "two.jpg")
    pad.label_box.setCurrentIndex(pad.label_box.findData(2))
    answered(qtbot, pad)
    before = pad.probabilities.copy()
    assert pad.train_button.isEnabled()
    qtbot.mouseClick(pad.train_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: pad.before is not None, timeout=10000)
    assert sent == [2]
    np.testing.assert_allclose(pad.before, before)
    assert pad.probabilities[2] > before[2]                        # the step moved the answer towards 2
