"""The weights view shows the engine's matrices exactly: W, dW and ΔW per the toggle, tiles of
the first layer's units, exact hover values — also for a 784-1024-1024-10 network, whose
heatmap is downsampled for display only."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from backprop_viz.core.presets import get_preset
from backprop_viz.gui.views.weights import WeightsView

MATRIX, TILES = 0, 1


@pytest.fixture
def view(qtbot):
    v = WeightsView()
    qtbot.addWidget(v)
    v.resize(900, 650)
    return v


def hover_value(text: str) -> np.float32:
    """The number after '=' in a hover text, read back as the float32 the network stores."""
    return np.float32(re.search(r"= (\S+)", text).group(1))


def test_heatmap_equals_the_matrix_for_each_toggle_state(view, make_snapshot):
    snap, run = make_snapshot(steps=2)
    view.show_snapshot(snap)
    for layer in (1, 2, 3):
        view.set_layer(layer)
        lt = snap.trace.layers[layer - 1]
        for mode, expected in (("W", lt.W_after), ("dW", lt.dW), ("dW_update", lt.dW_update)):
            view.set_mode(mode)
            np.testing.assert_array_equal(view.displayed_image(), expected)
            m = float(np.abs(expected).max())
            assert view.bar.levels() == pytest.approx((-m, m))   # symmetric about zero
            assert not view.note.isVisible()
    # the W shown is the network's current matrix; ΔW is exactly what this step changed
    np.testing.assert_array_equal(snap.trace.layers[2].W_after, run.network.layers[2].W)
    np.testing.assert_allclose(lt.W_after - lt.W_before, lt.dW_update, atol=1e-7)
    # the radio buttons drive the same toggle
    view.findChild(type(view.mode_group.buttons()[0]), "weights_mode_W").setChecked(True)
    assert view.mode == "W"
    np.testing.assert_array_equal(view.displayed_image(), snap.trace.layers[2].W_after)


def test_hover_reads_the_exact_value(qtbot, view, make_snapshot):
    snap, _ = make_snapshot(steps=1)
    view.show_snapshot(snap)
    W = snap.trace.layers[0].W_after
    for row, col in ((0, 0), (407, 13), (783, 31)):
        text = view.hover_text(row, col)
        assert f"[{row}, {col}]" in text and hover_value(text) == W[row, col]
    assert "pixel 407 (row 14, col 15)" in view.hover_text(407, 13)
    assert view.hover_text(784, 0) == ""   # outside the matrix
    view.set_mode("dW")
    assert hover_value(view.hover_text(407, 13)) == snap.trace.layers[0].dW[407, 13]


def test_first_layer_units_as_tiles(qtbot, view, make_snapshot):
    snap, _ = make_snapshot(steps=1)
    view.show()
    view.tabs.setCurrentIndex(TILES)
    view.show_snapshot(snap)
    view.set_layer(3)   # the tiles always show layer 1
    W = snap.trace.layers[0].W_after
    tiles = view.displayed_tiles()
    assert tiles.shape == (6 * 29 - 1, 6 * 29 - 1)   # 32 units → 6×6 grid of 28×28 tiles, 1-pixel gaps
    for unit in (0, 7, 31):
        r, c = divmod(unit, 6)
        tile = tiles[r * 29:r * 29 + 28, c * 29:c * 29 + 28]
        np.testing.assert_allclose(tile, W[:, unit].reshape(28, 28) / np.abs(W[:, unit]).max(), rtol=1e-6)
    assert np.abs(tiles).max() == pytest.approx(1.0)
    text = view.tile_hover_text(7, 14, 15)
    assert "unit 7" in text and hover_value(text) == W[14 * 28 + 15, 7]
    # the mouse over tile row 1, column 1 (unit 7), pixel row 14, column 15
    vb = view.tile_plot.getViewBox()
    qtbot.waitUntil(lambda: vb.viewRect().width() > 100)
    view.tile_plot.scene().sigMouseMoved.emit(vb.mapViewToScene(QPointF(29 + 15, 29 + 14)))
    assert view.hover_label.text() == text


def test_before_training_shows_the_initial_weights(view, make_snapshot):
    snap, run = make_snapshot(steps=0)
    assert snap.trace is None and snap.weights is not None
    view.show_snapshot(snap)
    np.testing.assert_array_equal(view.displayed_image(), run.network.layers[0].W)
    assert "after step 0" in view.caption.text()
    view.set_mode("dW")
    assert view.note.isVisible() and "after the backward phase" in view.note.textItem.toPlainText()
    assert view.hover_text(0, 0) == ""
    view.set_mode("W")
    view.tabs.setCurrentIndex(TILES)
    assert view.displayed_tiles().shape == (6 * 29 - 1, 6 * 29 - 1) and not view.tile_note.isVisible()


def test_forward_phase_has_no_gradient_yet(view, make_snapshot):
    snap, _ = make_snapshot(steps=1, phases=1)
    view.show_snapshot(snap)
    np.testing.assert_array_equal(view.displayed_image(), snap.trace.layers[0].W_before)
    view.set_mode("dW")
    assert view.note.isVisible()
    snap, _ = make_snapshot(steps=1, phases=2)   # backward done: dW yes, ΔW not yet
    view.show_snapshot(snap)
    np.testing.assert_array_equal(view.displayed_image(), snap.trace.layers[0].dW)
    view.set_mode("dW_update")
    assert view.note.isVisible() and "update phase" in view.note.textItem.toPlainText()


def test_snapshot_weights_are_current_and_shared_with_the_trace(make_snapshot):
    snap, run = make_snapshot(steps=1)
    assert all(w is lt.W_after for w, lt in zip(snap.weights, snap.trace.layers))   # no extra copy
    assert not snap.weights[0].flags.writeable
    run.step()   # an older trace: the snapshot copies the network's weights instead
    from backprop_viz.engine.snapshot import build_snapshot

    later = build_snapshot(run, trace=snap.trace)
    np.testing.assert_array_equal(later.weights[0], run.network.layers[0].W)
    assert later.weights[0] is not run.network.layers[0].W


def test_large_network_is_downsampled_for_display_but_hover_stays_exact(qtbot, view, make_snapshot):
    config = get_preset("fast").config.replace(hidden=(1024, 1024), batch_size=16)
    snap, _ = make_snapshot(config, steps=1)
    view.show()
    qtbot.waitExposed(view)
    view.show_snapshot(snap)
    W = snap.trace.layers[0].W_after
    shown = view.displayed_image()
    assert W.shape == (784, 1024) and shown.shape == (392, 512) and view.factors == (2, 2)
    assert np.abs(shown).max() == np.abs(W).max()   # extremes survive the downsampling
    assert shown[0, 0] == W[:2, :2].flat[np.abs(W[:2, :2]).argmax()]
    assert "downsampled" in view.plot.titleLabel.text
    # a real mouse position over entry (301, 777) reads the full-resolution value
    qtbot.waitUntil(lambda: view.plot.getViewBox().viewRect().width() > 1000)   # auto-range done
    scene_pos = view.plot.getViewBox().mapViewToScene(QPointF(777, 301))
    view.plot.scene().sigMouseMoved.emit(scene_pos)
    assert "[301, 777]" in view.hover_label.text()
    assert hover_value(view.hover_label.text()) == W[301, 777]
    view.set_layer(2)   # 1024 × 1024
    assert view.displayed_image().shape == (512, 512)
    assert hover_value(view.hover_text(1023, 5)) == snap.trace.layers[1].W_after[1023, 5]
    view.tabs.setCurrentIndex(TILES)   # 1024 units: a 32×32 grid at half resolution
    assert view.displayed_tiles().shape == ((32 * 30 - 2) // 2,) * 2
    assert hover_value(view.tile_hover_text(1000, 3, 4)) == W[3 * 28 + 4, 1000]


def test_view_contract(view):
    assert view.objectName() == "weights_view"
    assert "W_new = W − lr·dW" in view.info_text and view.toolTip() == view.info_text
    view.clear()
    assert view.hover_text(0, 0) == ""
