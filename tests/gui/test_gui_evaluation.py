"""The evaluation view on a real engine's snapshots and the MNIST test set: accuracy as
Network.evaluate, confusion-matrix click (a real mouse click) → exactly those images in the
browser, gallery sorted by confidence, per-class bars, re-evaluation at epoch ends and on
demand, computed by the engine off the GUI thread; waiting states without an engine."""

from __future__ import annotations

import dataclasses
import threading

import numpy as np
import pytest
from engine_helpers import reset, start_engine, steps, to_epoch_end
from PySide6.QtCore import QPointF, Qt

import backprop_viz.core.evaluation as evaluation_module
from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits
from backprop_viz.gui.views.browser import BrowserView
from backprop_viz.gui.views.evaluation import EvaluationView
from backprop_viz.gui.views.thumbnails import LABEL_ROLE

SMALL = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture
def engine(qtbot, mnist):
    """A thread engine on 1,600 training images (100 minibatches an epoch) and the MNIST test set."""
    controller = start_engine(qtbot, SMALL, Splits(mnist.train.subset(slice(0, 1600)), mnist.test))
    yield controller
    assert controller.shutdown(3000)


def make_view(qtbot):
    v = EvaluationView()
    qtbot.addWidget(v)
    v.resize(900, 650)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def view(qtbot, engine):
    v = make_view(qtbot)
    v.set_engine(engine)
    return v


@pytest.fixture
def trained(qtbot, engine):
    """``(snapshot, run)`` after 40 minibatches: right often enough, wrong often enough (the
    engine's own run, paused: its network is the snapshot's)."""
    return steps(qtbot, engine, 40), engine.worker.run


def evaluated(qtbot, view, snapshot, mnist):
    view.set_split(mnist.test, "test")
    view.show_snapshot(snapshot)
    qtbot.waitUntil(lambda: view.result is not None, timeout=10000)
    return view.result


def test_accuracy_matches_network_evaluate(qtbot, view, trained, mnist):
    snap, run = trained
    ev = evaluated(qtbot, view, snap, mnist)
    _, acc = run.network.evaluate(run.data.x_eval, run.data.t_eval, run.data.y_eval)
    assert ev.accuracy == pytest.approx(acc, abs=1e-12)
    assert ev.n == 10000
    assert f"{100 * acc:.2f} %" in view.accuracy_label.text()
    assert "test set" in view.status.text()
    np.testing.assert_array_equal(ev.predictions, run.network.predict(run.data.x_eval))
    heights = view.class_bars.opts["height"]
    np.testing.assert_allclose(heights, 100 * ev.per_class_accuracy)
    assert view.cell_texts[0].toPlainText() == str(ev.confusion[0, 0])


def test_clicking_a_confusion_cell_shows_exactly_those_images_in_the_browser(qtbot, view, trained, mnist):
    snap, run = trained
    ev = evaluated(qtbot, view, snap, mnist)
    off = ev.confusion * (1 - np.eye(10, dtype=int))
    true_label, predicted = np.unravel_index(int(np.argmax(off)), off.shape)
    expected = np.flatnonzero((mnist.test.labels == true_label) & (run.network.predict(run.data.x_eval) == predicted))
    assert len(expected) == off.max() > 0

    browser = BrowserView()
    qtbot.addWidget(browser)
    browser.set_splits(mnist)
    view.cell_selected.connect(lambda t, p, idx: browser.set_indices(view.split_name, idx, f"true {t}, predicted {p}"))

    vb = view.matrix_plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(QPointF(float(predicted), float(true_label)))
    pos = view.matrix_plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(view.cell_selected, timeout=2000) as blocker:
        qtbot.mouseMove(view.matrix_plot.viewport(), pos)
        qtbot.mouseClick(view.matrix_plot.viewport(), Qt.LeftButton, pos=pos)
    t, p, indices = blocker.args
    assert (t, p) == (true_label, predicted)
    np.testing.assert_array_equal(indices, expected)
    assert view.highlight.isVisible()

    assert browser.split == "test"
    np.testing.assert_array_equal(browser.visible_indices(), expected)
    labels = [browser.model.index(r).data(LABEL_ROLE) for r in range(browser.model.rowCount())]
    assert labels == [true_label] * len(expected)


def test_gallery_lists_the_mistakes_sorted_by_confidence(qtbot, view, trained, mnist):
    ev = evaluated(qtbot, view, trained[0], mnist)
    shown = view.gallery_indices()
    wrong = np.flatnonzero(ev.predictions != ev.labels)
    assert sorted(shown.tolist()) == wrong.tolist()
    conf = ev.confidences[shown]
    assert (np.diff(conf) <= 0).all()                      # most confident first
    i = int(shown[0])
    caption = view.model.index(0).data()
    assert caption == f"{ev.labels[i]}→{ev.predictions[i]} {ev.confidences[i]:.2f}"
    view.order_box.setCurrentIndex(view.order_box.findData("unsure"))
    assert (np.diff(ev.confidences[view.gallery_indices()]) >= 0).all()
    assert f"{len(wrong):,}" in view.gallery_label.text()


def test_reevaluates_at_epoch_ends_and_on_demand_off_the_gui_thread(qtbot, view, engine, trained, mnist,
                                                                    monkeypatch):
    threads = []
    real = evaluation_module.evaluate

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(evaluation_module, "evaluate", spy)
    snap, _ = trained
    evaluated(qtbot, view, snap, mnist)
    assert len(threads) == 1 and threads[0] != threading.get_ident()
    # more snapshots of the same epoch: no new evaluation
    view.show_snapshot(dataclasses.replace(snap, serial=snap.serial + 1))
    # an evaluation would have been started right here (show_snapshot -> refresh); none was
    assert view._job is None and "evaluating" not in view.status.text()
    assert len(threads) == 1
    # an epoch ends: evaluated again, and labelled with the epoch
    view.show_snapshot(to_epoch_end(qtbot, engine))
    qtbot.waitUntil(lambda: view.result_key is not None and view.result_key[1] == 1, timeout=10000)
    assert len(threads) == 2 and "after epoch 1" in view.status.text()
    with qtbot.waitSignal(view.evaluated, timeout=10000):
        qtbot.mouseClick(view.evaluate_button, Qt.LeftButton)
    assert len(threads) == 3


def test_a_reset_clears_and_evaluates_the_new_network(qtbot, view, engine, trained, mnist):
    snap, _ = trained
    evaluated(qtbot, view, snap, mnist)
    fresh = reset(qtbot, engine)
    with qtbot.waitSignal(view.evaluated, timeout=10000):
        view.show_snapshot(fresh)
    assert view.result_key[0] == fresh.run_id


def test_gallery_double_click_asks_to_inspect(qtbot, view, trained, mnist):
    evaluated(qtbot, view, trained[0], mnist)
    index = view.model.index(0)
    qtbot.waitUntil(lambda: view.gallery.visualRect(index).isValid(), timeout=3000)
    i = int(view.gallery_indices()[0])
    centre = view.gallery.visualRect(index).center()
    with qtbot.waitSignal(view.inspect_requested, timeout=1000) as blocker:
        qtbot.mouseClick(view.gallery.viewport(), Qt.LeftButton, pos=centre)   # a double click is press,
        qtbot.mouseDClick(view.gallery.viewport(), Qt.LeftButton, pos=centre)  # release, double-click
    pixels, label, source = blocker.args
    np.testing.assert_array_equal(pixels, mnist.test.images[i])
    assert label == mnist.test.labels[i] and source == f"test image #{i}"


def test_empty_view_explains_itself(view):
    assert view.info_text and view.result is None
    assert view.matrix_note.isVisible() and "first evaluation" in view.matrix_note.textItem.toPlainText()
    view.refresh()                                          # nothing to evaluate yet: no error
    assert view.result is None


def test_without_an_engine_it_waits_and_asks_once_one_is_given(qtbot, engine, trained, mnist):
    bare = make_view(qtbot)
    bare.set_split(mnist.test, "test")
    bare.show_snapshot(trained[0])
    assert bare.result is None and bare._job is None and "waiting for the engine" in bare.status.text()
    with qtbot.waitSignal(bare.evaluated, timeout=10000):
        bare.set_engine(engine)
    assert bare.result_key[:3] == (trained[0].run_id, 0, 40)


def test_an_answer_for_another_run_is_dropped(qtbot, view, engine, trained, mnist):
    snap, _ = trained
    view.set_split(mnist.test, "test")
    view.show_snapshot(dataclasses.replace(snap, run_id=snap.run_id + 7))   # a run the engine never had
    qtbot.waitUntil(lambda: view._job is None, timeout=10000)
    assert view.result is None and "waiting for the network" in view.status.text()
