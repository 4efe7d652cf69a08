"""The five "why did it do that?" views (issue #17) against a real thread engine: editing a
weight (predicted ≈ actual for a small edit, the next snapshot shows it, Undo restores the
exact parameters), who pushed a weight (the terms add up to dW), the loss along the step
(its value at s = 0 is the step's loss), "make it a 3" on a trained network, gradient noise
points, the heatmap click that selects a weight, and no requests while a view is hidden."""

from __future__ import annotations

import numpy as np
import pytest
from engine_helpers import start_engine, steps, to_epoch_end
from PySide6.QtCore import QPointF

from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits
from backprop_viz.gui.views.gradient_noise import GradientNoiseView
from backprop_viz.gui.views.input_gradient import InputGradientView
from backprop_viz.gui.views.loss_step import LossStepView
from backprop_viz.gui.views.weight_edit import WeightEditView
from backprop_viz.gui.views.who_pushed import WhoPushedView

SMALL = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16, optimizer="sgd", lr=0.1)


@pytest.fixture
def engine(qtbot, mnist):
    controller = start_engine(qtbot, SMALL, Splits(mnist.train.subset(slice(0, 2000)), mnist.test))
    yield controller
    assert controller.shutdown(3000)


def shown(qtbot, view, controller):
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_engine(controller)
    return view


def params(network):
    return [(layer.W.copy(), layer.b.copy()) for layer in network.layers]


def test_editing_a_weight_predicts_the_change_shows_it_and_undo_restores_the_exact_weights(qtbot, engine):
    before = steps(qtbot, engine, 3)
    view = shown(qtbot, WeightEditView(), engine)
    view.show_snapshot(before)
    assert view.apply_button.isEnabled()                      # paused: editing is allowed
    view.select(2, 3, 4)
    old = float(before.weights[1][3, 4])
    assert view.value_box.value() == pytest.approx(old, abs=1e-5)
    with qtbot.waitSignal(view.edited, timeout=20000) as edited:
        view.apply(old + 1e-3)
    answer = edited.args[0]
    assert (answer.layer, answer.i, answer.j) == (2, 3, 4) and answer.old == old
    predicted, actual = answer.minibatch
    assert actual != 0 and predicted == pytest.approx(actual, rel=0.05, abs=1e-7)
    assert answer.probe[0] == pytest.approx(answer.probe[1], rel=0.05, abs=1e-7)
    assert "predicted" in view.result.text()
    # the engine loop wrote it and sent a snapshot that shows it
    qtbot.waitUntil(lambda: engine.latest.weights[1][3, 4] == np.float32(answer.new), timeout=10000)
    latest = engine.latest
    assert latest.network.layers[1].W[3, 4] == np.float32(answer.new)
    assert latest.trace is not None and latest.trace.layers[1].dW is not None   # the other views keep their step
    with qtbot.waitSignal(view.undone, timeout=20000):
        view.undo()
    qtbot.waitUntil(lambda: engine.latest.weights[1][3, 4] == np.float32(old), timeout=10000)
    for (W0, b0), (W1, b1) in zip(params(before.network), params(engine.latest.network)):
        assert np.array_equal(W0, W1) and np.array_equal(b0, b1)
    assert view.value_box.value() == pytest.approx(old, abs=1e-5)


def test_who_pushed_shows_the_samples_whose_terms_add_up_to_dW(qtbot, engine):
    snap = steps(qtbot, engine, 2)
    view = shown(qtbot, WhoPushedView(), engine)
    with qtbot.waitSignal(view.answered, timeout=20000, check_params_cb=lambda a: a.i == 5):
        view.show_snapshot(snap)
        view.select(2, 5, 3)
    answer = view.answer
    dW = float(snap.trace.layers[1].dW[5, 3])
    assert answer.total == pytest.approx(dW, rel=1e-4, abs=1e-7) and answer.dW == dW
    terms = answer.contributions
    assert view.up_model.rowCount() == int((terms < 0).sum())
    assert view.down_model.rowCount() == int((terms > 0).sum())
    if view.down_model.rowCount() > 1:   # largest push first
        first, second = view.down_model.rows[:2]
        assert terms[first] >= terms[second]
    assert f"{answer.total:.6g}" in view.summary.text()


def test_the_loss_along_the_step_starts_at_the_step_loss_and_marks_the_step(qtbot, engine):
    snap = steps(qtbot, engine, 2)
    view = shown(qtbot, LossStepView(), engine)
    view.show_snapshot(snap)
    qtbot.waitUntil(lambda: view.answer is not None, timeout=20000)
    a = view.answer
    assert a.step == snap.trace.step
    assert a.minibatch[0] == pytest.approx(snap.trace.loss, rel=1e-4)
    assert a.tangent[0] == pytest.approx(a.minibatch[0])
    assert a.slope < 0                                        # the step goes downhill at first
    x, y = view.batch_curve.getData()
    assert len(x) == len(a.s) and np.allclose(y, a.minibatch)
    mx, _ = view.marker.getData()
    assert mx[0] == pytest.approx(1.0, abs=0.05)
    assert "SGD" in view.caption.text()


def test_make_it_a_3_flips_the_answer_of_a_trained_network(qtbot, engine):
    snap = to_epoch_end(qtbot, engine)
    view = shown(qtbot, InputGradientView(), engine)
    view.show_snapshot(snap)
    qtbot.waitUntil(lambda: view.answer is not None, timeout=20000)
    g = view.answer.gradient
    assert view.image.image.shape == (28, 28)
    lo, hi = view.bar.levels()
    assert lo == pytest.approx(-hi) and hi == pytest.approx(np.abs(g).max())
    assert snap.probe.label != 3
    with qtbot.waitSignal(view.made, timeout=60000) as made:
        view.make_it(3)
    m = made.args[0]
    assert m.reached and int(np.argmax(m.probabilities[-1])) == 3 and int(np.argmax(m.probabilities[0])) != 3
    assert 0 < m.pixels_changed < 784
    assert str(m.pixels_changed) in view.result.text()


def test_gradient_noise_plots_one_point_per_shown_minibatch(qtbot, engine):
    view = shown(qtbot, GradientNoiseView(), engine)
    for _ in range(3):
        snap = steps(qtbot, engine, 1)
        view.show_snapshot(snap)
        qtbot.waitUntil(lambda: view.job is None, timeout=20000)
    points = view.points[16]
    assert len(points) == 3 and [s for s, _ in points] == [1, 2, 3]
    assert all(-1 <= c <= 1 for _, c in points)
    x, _ = view.scatters[16].getData()
    assert list(x) == [1, 2, 3]
    assert "batch 16" in view.caption.text()
    # the legend names each batch size's colour
    assert [(sample.item, label.text) for sample, label in view.legend.items] == [(view.scatters[16], "batch 16")]


def test_a_heatmap_click_selects_the_weight_and_hidden_views_ask_nothing(qtbot, window):
    from backprop_viz.engine import protocol as p

    c = window.controller
    c.send(p.Step())
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 1, timeout=20000)
    for view in (window.loss_step, window.who_pushed, window.input_gradient, window.gradient_noise):
        assert view.job is None and view._asked is None      # behind the Layers tab: never asked
    window.docks["weights_dock"].raise_()
    qtbot.waitUntil(lambda: window.weights_view._full is not None, timeout=10000)
    w = window.weights_view
    w.set_layer(2)
    qtbot.waitUntil(lambda: w._full is not None and w._full.shape == (256, 128), timeout=10000)
    qtbot.waitUntil(lambda: w.plot.getViewBox().viewRange()[0][1] > 100, timeout=10000)   # laid out

    class Click:
        def scenePos(self):
            return w.plot.getViewBox().mapViewToScene(QPointF(7, 11))     # column j = 7, row i = 11
    with qtbot.waitSignal(w.weight_selected, timeout=2000) as clicked:
        w._click(Click())
    assert clicked.args == [2, 11, 7]
    assert window.weight_edit.picker.weight == (2, 11, 7) and window.who_pushed.picker.weight == (2, 11, 7)
    window.docks["loss_step_dock"].raise_()
    qtbot.waitUntil(lambda: window.loss_step.answer is not None, timeout=20000)
    assert window.loss_step.answer.step == window.last_snapshot.trace.step
