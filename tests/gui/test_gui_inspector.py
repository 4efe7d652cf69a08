"""The backprop inspector shows the engine's own numbers (exactly), recomputes each formula
(within float32 rounding), and fills in forward → backward → update with phase stepping; the
initial weights of a snapshot without a network come from a real engine, asked once a run."""

import numpy as np
import pytest

from backprop_viz.core.network import Network
from backprop_viz.core.presets import get_preset
from backprop_viz.gui.views.inspector import InspectorView

SMALL = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture
def view(qtbot):
    v = InspectorView()
    qtbot.addWidget(v)
    v.resize(900, 650)
    return v


def text(view):
    return view.text.toPlainText()


def rel(x):
    return pytest.approx(float(x), rel=1e-4, abs=1e-6)


def check_against_trace(v, trace, l, n, j, i, k):
    x, L = l - 1, trace.layers
    assert v["z"] == L[x].z[n, j] and v["a"] == L[x].a[n, j]
    assert v["z_sum"] == rel(L[x].z[n, j])
    assert v["delta_out"] == L[-1].delta[n, k]
    assert v["delta_out_formula"] == pytest.approx(float(L[-1].delta[n, k]), rel=1e-4, abs=1e-9)
    if l < len(L):
        assert v["delta_hidden"] == L[x].delta[n, j]
        assert v["delta_hidden_sum"] == pytest.approx(float(L[x].delta[n, j]), rel=1e-4, abs=1e-9)
    assert v["dW"] == L[x].dW[i, j]
    assert v["dW_sum"] == pytest.approx(float(L[x].dW[i, j]), rel=1e-4, abs=1e-9)
    assert v["W"] == L[x].W_before[i, j]
    assert v["dW_update"] == L[x].dW_update[i, j]
    assert v["W_new"] == L[x].W_after[i, j]
    assert v["W_new_sum"] == L[x].W_after[i, j]          # W + ΔW in float32 is the engine's update, bit for bit


def test_numbers_equal_the_trace(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=3)
    view.show_snapshot(snap)
    for l, n, j, i, k in [(1, 5, 7, 300, 2), (2, 0, 3, 11, 9), (3, 15, 4, 2, 4)]:
        view.select(layer=l, sample=n, unit=j, input_unit=i, output_unit=k)
        if l == 3:
            view.select(output_unit=k)
        v = view.values()
        assert (v["layer"], v["n"], v["j"], v["i"], v["k"]) == (l, n, j, i, k)
        check_against_trace(v, snap.trace, l, n, j, i, k)
        page = text(view)
        for key in ("z", "dW", "W_new", "delta_out"):
            assert f"{float(v[key]):.6g}" in page
    assert "minibatch of 16 · step 3" in view.caption.text()
    assert "1/N" in text(view) and "(a − t)/N" in text(view)   # softmax + cross-entropy


def test_phase_stepping_fills_in_forward_backward_update(view, make_snapshot):
    snap, run = make_snapshot(SMALL, steps=1, phases=1)
    view.show_snapshot(snap)
    view.select(layer=1, sample=2, unit=5, input_unit=400, output_unit=1)
    v = view.values()
    assert v["z"] == snap.trace.layers[0].z[2, 5] and "delta_out" not in v and "W_new" not in v
    assert text(view).count("after the backward phase") == 3 and "after the update phase" in text(view)

    snap, _ = make_snapshot(run=run, steps=0, phases=1)
    assert snap.trace.phase == "backward"
    view.show_snapshot(snap)
    v = view.values()
    assert v["dW"] == snap.trace.layers[0].dW[400, 5] and v["delta_hidden"] == snap.trace.layers[0].delta[2, 5]
    assert "W_new" not in v
    assert "after the backward phase" not in text(view) and "after the update phase" in text(view)

    snap, _ = make_snapshot(run=run, steps=0, phases=1)
    assert snap.trace.phase == "update"
    view.show_snapshot(snap)
    check_against_trace(view.values(), snap.trace, 1, 2, 5, 400, 1)
    assert "after the" not in text(view)
    # the order on the page follows the lecture
    page = text(view)
    positions = [page.index(s) for s in ("Forward pass", "Output error", "Hidden error", "Weight gradient", "Update")]
    assert positions == sorted(positions)


def test_sgd_update_is_w_minus_lr_dw_exactly(view, make_snapshot):
    config = SMALL.replace(optimizer="sgd", lr=0.1)
    snap, _ = make_snapshot(config, steps=2)
    view.show_snapshot(snap)
    view.select(layer=2, sample=1, unit=6, input_unit=9, output_unit=0)
    v, L = view.values(), snap.trace.layers[1]
    assert v["minus_lr_g"] == L.dW_update[9, 6] == L.dW[9, 6] * np.float32(-0.1)
    assert v["W_new"] == L.W_after[9, 6]
    assert "W_new = W − lr·dW" in text(view) and f"{float(L.W_after[9, 6]):.6g}" in text(view)


def test_momentum_shows_w_plus_delta_w(view, make_snapshot):
    snap, _ = make_snapshot(SMALL.replace(optimizer="momentum", lr=0.01, momentum=0.9), steps=2)
    view.show_snapshot(snap)
    view.select(layer=1, sample=0, unit=1, input_unit=350, output_unit=3)
    check_against_trace(view.values(), snap.trace, 1, 0, 1, 350, 3)
    assert "v ← 0.9·v + dW" in text(view) and "W_new = W + ΔW" in text(view)


def test_lecture_sigmoid_squared_error_output_error(view, make_snapshot):
    config = get_preset("lecture-backprop").config.replace(hidden=(20,), batch_size=4)
    snap, _ = make_snapshot(config, steps=2)
    view.show_snapshot(snap)
    label = int(snap.trace.labels[3])
    view.select(layer=1, sample=3, unit=4, input_unit=410, output_unit=label)
    v = view.values()
    check_against_trace(v, snap.trace, 1, 3, 4, 410, label)
    assert v["t"] == np.float32(0.99) and v["N"] == 4
    assert "(a − t)·f′(z)/N" in text(view) and "a(1 − a)" in text(view) and "σ(z)" in text(view)


def test_before_the_first_step_the_probe_and_initial_weights_are_used(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=0)
    assert snap.trace is None
    view.show_snapshot(snap)
    view.select(layer=1, sample=0, unit=3, input_unit=200, output_unit=snap.probe.label)
    v, p = view.values(), snap.probe
    assert v["N"] == 1 and view.sample.maximum() == 0
    assert v["z"] == p.layers[0].z[0, 3] and v["delta_hidden"] == p.layers[0].delta[0, 3]
    assert v["delta_out"] == p.layers[-1].delta[0, p.label]
    assert v["W"] == Network.from_config(SMALL).get_params()[0]["W"][200, 3]
    assert v["dW"] == p.layers[0].dW[200, 3] and v["dW_sum"] == rel(p.layers[0].dW[200, 3])
    assert "W_new" not in v and "after the first training step" in text(view)
    assert "test sample #0" in view.caption.text() and "untrained" in view.caption.text()


def test_layer_choice_sets_ranges_and_picks_a_strong_unit(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=2)
    view.show_snapshot(snap)
    assert view.layer_box.count() == 3 and view.layer_box.currentIndex() == 1    # the last hidden layer
    view.layer_box.setCurrentIndex(0)
    assert (view.unit.maximum(), view.input.maximum(), view.sample.maximum(), view.output.maximum()) == (31, 783, 15, 9)
    n = view.sample.value()
    a = snap.trace.layers[0].a[n]
    assert view.unit.value() == int(np.abs(a).argmax())
    assert view.output.value() == int(snap.trace.labels[n])
    view.unit.setValue(0)   # a spin box change re-renders at once
    assert view.values()["j"] == 0


def test_batch_norm_and_dropout_still_show_the_engine_values(view, make_snapshot):
    snap, _ = make_snapshot(SMALL.replace(batch_norm=True, dropout=0.3), steps=2)
    view.show_snapshot(snap)
    view.select(layer=1, sample=4, unit=2, input_unit=500, output_unit=0)
    v, L = view.values(), snap.trace.layers[0]
    assert v["z"] == L.z[4, 2] and v["z_hat"] == L.z_hat[4, 2] and v["mask"] == L.mask[4, 2]
    assert v["delta_hidden"] == L.delta[4, 2] and v["delta_hidden_sum"] is None
    assert v["dW"] == L.dW[500, 2] and v["dW_sum"] == pytest.approx(float(L.dW[500, 2]), rel=1e-4, abs=1e-9)
    assert "batch norm" in text(view) and "dropout" in text(view)


def test_clear_and_contract(view, make_snapshot):
    assert view.objectName() == "inspector_view" and "dW" in view.info_text
    snap, _ = make_snapshot(SMALL, steps=1)
    view.show_snapshot(snap)
    view.clear()
    assert view.values() == {} and text(view) == ""


def test_worker_snapshots_without_probe_gradients(view, make_snapshot):
    from backprop_viz.engine.snapshot import build_snapshot

    _, run = make_snapshot(SMALL, steps=0)
    snap = build_snapshot(run, probe_index=4)          # as the worker sends it while training
    assert all(lt.dW is not None for lt in snap.probe.layers)   # the engine's probe always carries dW with delta
    np.testing.assert_array_equal(snap.probe.layers[1].dW, np.outer(snap.probe.layers[0].a, snap.probe.layers[1].delta))
    view.show_snapshot(snap)
    view.select(layer=2, sample=0, unit=3, input_unit=7, output_unit=1)
    v, p = view.values(), snap.probe
    assert v["dW"] == p.layers[0].a[0, 7] * p.layers[1].delta[0, 3]
    assert "sample #4" in view.caption.text()


def test_initial_weights_are_asked_of_the_engine_once_per_run(qtbot, view, make_snapshot, mnist, monkeypatch):
    from dataclasses import replace

    from engine_helpers import start_engine

    from backprop_viz.data import Splits
    from backprop_viz.engine.requests import InitialParams

    snap, _ = make_snapshot(SMALL, steps=0)
    # a trace without its weights in a snapshot without the network: rebuilt from the config's seed
    bare = replace(snap, network=None, probe=replace(
        snap.probe, layers=tuple(replace(lt, W_before=None, b_before=None) for lt in snap.probe.layers)))
    view.show_snapshot(bare)
    assert view.values() == {} and "waiting for the engine" in view.caption.text()
    controller = start_engine(qtbot, SMALL, Splits(mnist.train.subset(slice(0, 500)), mnist.test))
    asked = []
    original = controller.request
    monkeypatch.setattr(controller, "request", lambda t, **kw: asked.append(t) or original(t, **kw))
    try:
        view.set_engine(controller)
        assert view.caption.text() == "…" and asked == [InitialParams]
        qtbot.waitUntil(lambda: view.values() != {}, timeout=10000)
        view.select(layer=1, sample=0, unit=3, input_unit=200, output_unit=snap.probe.label)
        v = view.values()
        assert v["W"] == Network.from_config(SMALL).get_params()[0]["W"][200, 3]
        assert v["z"] == snap.probe.layers[0].z[0, 3] and "untrained" in view.caption.text()
        view.show_snapshot(replace(bare, serial=bare.serial + 1))   # the same run: no second request
        assert asked == [InitialParams] and view.values() != {}
    finally:
        assert controller.shutdown(3000)
