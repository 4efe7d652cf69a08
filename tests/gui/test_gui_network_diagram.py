"""The network diagram draws the probe's activations (or deltas) as node colours, the
strongest terms as edges, and a real mouse click on a node selects it and shows its detail."""

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt

from backprop_viz.core.network import Network
from backprop_viz.core.presets import get_preset
from backprop_viz.gui.views.network_diagram import BRUSHES, MAX_EDGES, MAX_UNITS, NetworkDiagram

SMALL = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture
def view(qtbot):
    v = NetworkDiagram()
    qtbot.addWidget(v)
    v.resize(900, 650)
    v.show()
    qtbot.waitExposed(v)
    return v


def click_node(qtbot, view, layer, unit):
    """A real left click on the node, mapped data → scene → widget coordinates."""
    scene_point = view.vb.mapViewToScene(view.node_position(layer, unit))
    widget_point = view.plot.mapFromScene(scene_point)
    qtbot.mouseClick(view.plot.viewport(), Qt.LeftButton, pos=widget_point)


def visible_edges(view, layer):
    return [item for item in view.lines[layer - 1] if item.isVisible()]


def test_forward_mode_colours_nodes_by_the_probe_activations(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=3)
    view.show_snapshot(snap)
    assert snap.phase == "update" and not view.backward_mode()
    out = snap.probe.layers[-1].a[0]
    # all ten outputs are drawn, with the probe's a_L; the largest is the full red end of the scale
    assert list(view._shown[2]) == list(range(10))
    for k in range(10):
        assert view.node_value(3, k) == out[k]
    top = int(out.argmax())
    assert view.node_color(3, top) == BRUSHES[255].color()
    # a wide layer shows its 16 most active units and says how many are hidden
    a1 = snap.probe.layers[0].a[0]
    shown = view._shown[0]
    assert len(shown) == MAX_UNITS and view.more[0].textItem.toPlainText() == f"+{32 - MAX_UNITS} more"
    assert np.abs(a1[shown]).min() >= np.sort(np.abs(a1))[-MAX_UNITS]
    # the input column is the probe image
    np.testing.assert_array_equal(view.image.image, snap.probe.x.reshape(28, 28))
    assert "activation a" in view.legend.text()


def test_backward_phase_colours_nodes_by_delta(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=1, phases=2)
    assert snap.phase == "backward"
    view.show_snapshot(snap)
    assert view.backward_mode() and "error δ" in view.legend.text()
    for k in range(10):
        assert view.node_value(3, k) == snap.probe.layers[-1].delta[0, k]
    # negative deltas are blue, the most negative one the blue end of the scale. With softmax +
    # cross-entropy and 0/1 targets, delta_L = y - t: the target's delta -(1 - y_t) is the most
    # negative and outweighs every other (they sum to 1 - y_t), so it always takes that end
    assert (SMALL.output, SMALL.loss, SMALL.target_off, SMALL.target_on) == ("softmax", "cross_entropy", 0, 1)
    d = snap.probe.layers[-1].delta[0]
    assert snap.probe.label is not None
    assert d.min() < 0 and -d.min() >= d.max() and int(d.argmin()) == snap.probe.label
    assert view.node_color(3, int(d.argmin())) == BRUSHES[0].color()
    assert view.node_color(3, int(d.argmax())) != BRUSHES[0].color()   # positive: the red side
    view.mode.setCurrentIndex(1)        # the toggle forces forward mode
    assert not view.backward_mode() and view.node_value(3, 0) == snap.probe.layers[-1].a[0, 0]
    view.mode.setCurrentIndex(2)
    snap, _ = make_snapshot(SMALL, steps=2)
    view.show_snapshot(snap)
    assert view.backward_mode()         # …and backward mode at any phase


def test_edges_are_the_strongest_terms(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=3)
    view.show_snapshot(snap)
    W2 = snap.trace.layers[1].W_after
    src, dst = view._shown[0], view._shown[1]
    terms = np.abs(snap.probe.layers[0].a[0][src, None] * W2[np.ix_(src, dst)])
    edges = visible_edges(view, 2)
    assert len(edges) == min(MAX_EDGES, int(np.count_nonzero(terms)))
    widest = max(edges, key=lambda item: item.pen().widthF())
    i, j = np.unravel_index(terms.argmax(), terms.shape)
    line = widest.line()
    assert line.x1() == pytest.approx(view.node_position(1, int(src[i])).x())
    assert line.y1() == pytest.approx(view.node_position(1, int(src[i])).y())
    assert line.y2() == pytest.approx(view.node_position(2, int(dst[j])).y())
    assert 0 < len(visible_edges(view, 1)) <= MAX_EDGES       # from the image's pixels


def test_clicking_a_node_selects_it_and_shows_its_detail(qtbot, view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=3)
    view.show_snapshot(snap)
    unit = int(view._shown[0][5])
    with qtbot.waitSignal(view.node_selected, timeout=2000) as blocker:
        click_node(qtbot, view, 1, unit)
    assert blocker.args == [1, unit] and view.selected == (1, unit)
    detail = view.detail
    assert detail.unit == (1, unit) and f"unit {unit}" in detail.title.text()
    values = detail.values.text()
    for v in (snap.probe.layers[0].z[0, unit], snap.probe.layers[0].a[0, unit], snap.probe.layers[0].delta[0, unit],
              snap.trace.layers[0].b_after[unit]):
        assert f"{float(v):.4g}" in values
    # the first layer's incoming weights as a 28×28 image
    np.testing.assert_array_equal(detail.image.image, snap.trace.layers[0].W_after[:, unit].reshape(28, 28))
    assert detail.image.isVisible()
    # an output node: its incoming weights as bars
    with qtbot.waitSignal(view.node_selected, timeout=2000) as blocker:
        click_node(qtbot, view, 3, 4)
    assert blocker.args == [3, 4]
    x, y = detail.bars.getData()
    np.testing.assert_array_equal(y, snap.trace.layers[2].W_after[:, 4])
    assert not detail.image.isVisible()


def test_untrained_network_is_drawn_from_the_probe_and_initial_weights(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=0)
    assert snap.trace is None
    view.show_snapshot(snap)
    assert view.selected == (3, snap.probe.label)          # the probe's true class, selected at start
    assert view.node_value(2, int(view._shown[1][0])) == snap.probe.layers[1].a[0, view._shown[1][0]]
    assert visible_edges(view, 2) and visible_edges(view, 3)
    view.select(1, int(view._shown[0][0]))
    W = Network.from_config(SMALL).get_params()[0]["W"]
    np.testing.assert_array_equal(view.detail.image.image, W[:, view._shown[0][0]].reshape(28, 28))
    # a snapshot without the frozen network copy: the initial weights are rebuilt from the seed
    view.show_snapshot(dataclasses.replace(snap, network=None))
    np.testing.assert_array_equal(view.detail.image.image, W[:, view._shown[0][0]].reshape(28, 28))
    assert "test sample #0 (label 7)" in view.legend.text()


def test_evenly_spaced_units_and_clear(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=1)
    view.show_snapshot(snap)
    view.units.setCurrentIndex(1)
    assert list(view._shown[0]) == list(np.unique(np.linspace(0, 31, MAX_UNITS).round().astype(int)))
    view.clear()
    assert view.snapshot is None and view.selected is None
    view.show_snapshot(snap)
    assert view.node_color(3, 0) is not None
    assert view.objectName() == "network_diagram" and "δ" in view.info_text

