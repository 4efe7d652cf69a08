"""Follow one sample (issue #14, part 5): inspecting a sample — a training image from the
browser, a mistake from Evaluation — makes the probe, Layers, the Backprop inspector and the
Network diagram show that sample's own forward and backward pass (equal to ``core.probe`` of
it), captioned with where it came from, until "Back to the current minibatch"; a single click
on a mistake inspects it. Driven through the real window and engine."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from backprop_viz.core.probe import probe
from backprop_viz.engine import protocol as p


def shown_in(qtbot, window, dock: str, view, check) -> None:
    """Bring ``dock`` to the front and wait until ``check()`` holds for what ``view`` draws."""
    window.docks[dock].raise_()
    qtbot.waitUntil(view.isVisible, timeout=3000)
    qtbot.waitUntil(check, timeout=5000)


def expected_trace(window, snap, split: str, i: int):
    """``core.probe`` of image ``i`` of ``split`` on the snapshot's network, prepared as the engine does."""
    c = snap.config
    ds = getattr(window.splits, split).subset(slice(i, i + 1))
    x = ds.inputs(c.input_scaling, dtype=np.dtype(c.dtype))[0]
    t = ds.one_hot(c.target_off, c.target_on, dtype=np.dtype(c.dtype))[0]
    return probe(snap.network, x, t, int(ds.labels[0]), source=f"{split} image #{i}")


def test_inspect_a_training_image_then_back_to_the_minibatch(qtbot, window):
    window.controller.send(p.Step())   # a minibatch with full arrays, which the views show first
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.global_step == 1, timeout=10000)
    shown_in(qtbot, window, "layers_dock", window.layer_views,
             lambda: "minibatch of" in window.layer_views.source.text())
    assert window.layer_views.focus_bar.isHidden()

    label = int(window.splits.train.labels[30])
    shown_in(qtbot, window, "browser_dock", window.browser, lambda: window.browser.split_box.count() > 0)
    window.browser.set_split("train")
    window.browser.jump_to(30)
    qtbot.waitUntil(lambda: window.browser.selected == 30, timeout=3000)
    with qtbot.waitSignal(window.controller.snapshot_arrived, timeout=5000,
                          check_params_cb=lambda s: s.focus == "sample"):
        qtbot.mouseClick(window.browser.inspect_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.last_snapshot.focus == "sample", timeout=5000)
    snap = window.last_snapshot
    want = expected_trace(window, snap, "train", 30)
    trace = snap.probe
    assert snap.probe_source == trace.source == "train image #30" and trace.label == label
    assert trace.batch_size == 1 and trace.phase == "backward" and trace.step == 1
    for got, ref in zip(trace.layers, want.layers):
        for name in ("z", "a", "delta", "dW"):
            np.testing.assert_allclose(getattr(got, name), getattr(ref, name), rtol=1e-5, atol=1e-7)

    # the probe names the real source (not "test sample #0") and its label
    caption = window.probe_view.caption.text()
    assert "train image #30" in caption and f"label {label}" in caption

    # Layers: that sample's arrays, captioned, with the way back on top
    lv = window.layer_views
    shown_in(qtbot, window, "layers_dock", lv, lambda: "train image #30" in lv.source.text())
    assert f"train image #30, label {label}" in lv.source.text() and not lv.focus_bar.isHidden()
    assert "train image #30" in lv.focus_bar.text.text()
    lv.set_layer(1)
    np.testing.assert_array_equal(lv.histogram_counts("z"), np.histogram(trace.layers[0].z, bins=64)[0])
    np.testing.assert_array_equal(lv.histogram_counts("dW"), np.histogram(trace.layers[0].dW, bins=64)[0])

    # the Backprop inspector: N = 1, the sample's own numbers
    insp = window.inspector
    shown_in(qtbot, window, "inspector_dock", insp, lambda: insp.values().get("N") == 1)
    insp.select(layer=2, sample=0, unit=3, input_unit=5, output_unit=label)
    v = insp.values()
    assert v["z"] == trace.layers[1].z[0, 3] and v["delta_out"] == trace.layers[-1].delta[0, label]
    assert v["dW"] == trace.layers[1].dW[5, 3]
    assert "train image #30" in insp.caption.text() and not insp.focus_bar.isHidden()

    # the Network diagram: its output column is the sample's a_L
    diagram = window.diagram
    shown_in(qtbot, window, "diagram_dock", diagram, lambda: diagram.snapshot is snap)
    L = len(trace.layers)
    assert all(diagram.node_value(L, k) == trace.layers[-1].a[0, k] for k in range(10))
    assert "train image #30" in diagram.legend.text() and not diagram.focus_bar.isHidden()

    # one click on "Back to the current minibatch": every per-sample view shows the minibatch again
    with qtbot.waitSignal(window.controller.snapshot_arrived, timeout=5000,
                          check_params_cb=lambda s: s.focus == "minibatch"):
        qtbot.mouseClick(diagram.focus_bar.back, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.last_snapshot.focus == "minibatch", timeout=5000)
    qtbot.waitUntil(diagram.focus_bar.isHidden, timeout=5000)
    batch = window.last_snapshot.trace.batch_size
    shown_in(qtbot, window, "inspector_dock", insp, lambda: insp.values().get("N") == batch > 1)
    assert insp.focus_bar.isHidden() and "minibatch of" in insp.caption.text()
    shown_in(qtbot, window, "layers_dock", lv, lambda: "minibatch of" in lv.source.text())
    assert lv.focus_bar.isHidden()
    assert "train image #30" in window.probe_view.caption.text()   # the probe keeps its sample


def test_a_single_click_on_a_mistake_inspects_it(qtbot, window):
    ev = window.evaluation
    shown_in(qtbot, window, "evaluation_dock", ev, lambda: True)
    assert "click" in ev.gallery.toolTip().lower()
    ev.refresh()
    qtbot.waitUntil(lambda: ev.result is not None and ev.model.rowCount() > 0, timeout=15000)
    index = ev.model.index(0)
    i = int(ev.model.rows[0])
    source = f"{ev.split_name} image #{i}"
    ev.gallery.scrollTo(index)
    with qtbot.waitSignal(window.controller.snapshot_arrived, timeout=5000,
                          check_params_cb=lambda s: s.focus == "sample" and s.probe_source == source):
        qtbot.mouseClick(ev.gallery.viewport(), Qt.LeftButton, pos=ev.gallery.visualRect(index).center())
    snap = window.controller.latest
    assert snap.probe.label == int(ev.dataset.labels[i]) and snap.probe.layers[0].dW is not None
