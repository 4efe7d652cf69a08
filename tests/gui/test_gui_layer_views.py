"""The per-layer views show the engine's own numbers: histogram counts equal np.histogram of
the trace arrays, heatmaps equal a and delta, charts over time hold one point per step."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from backprop_viz.gui.views.layer_views import BINS, KINDS, LayerViews

HIST, HEAT, TIME = 0, 1, 2


@pytest.fixture
def view(qtbot):
    v = LayerViews()
    qtbot.addWidget(v)
    v.resize(900, 650)
    return v


def trace_array(layer, kind):
    return {"z": layer.z, "a": layer.a, "delta": layer.delta, "dW": layer.dW}[kind]


def test_histograms_count_the_trace_arrays_of_the_selected_layer(view, make_snapshot):
    snap, _ = make_snapshot(steps=2)
    view.show_snapshot(snap)
    assert view.layer == 1 and view.layer_box.count() == 3
    assert "784→32" in view.layer_box.currentText()
    for layer in (1, 2, 3):
        view.set_layer(layer)
        lt = snap.trace.layers[layer - 1]
        for kind in KINDS:
            counts, edges = np.histogram(trace_array(lt, kind), bins=64)
            assert len(view.histogram_counts(kind)) == BINS == 64
            np.testing.assert_array_equal(view.histogram_counts(kind), counts)
            np.testing.assert_array_equal(view.histogram_edges(kind), edges)
            x, y = view.hist_items[kind].getData()   # what is drawn
            np.testing.assert_array_equal(y, counts)
            assert not view.hist_notes[kind].isVisible()
    # switching layers changed the data: layer 3 has 16·10 weights, layer 1 784·32
    assert view.histogram_counts("dW").sum() == 16 * 10
    view.set_layer(1)
    assert view.histogram_counts("dW").sum() == 784 * 32
    assert "step 2" in view.source.text() and "minibatch of 16" in view.source.text()
    # log counts change only the drawing, not the counts
    view.log_counts.setChecked(True)
    _, y = view.hist_items["z"].getData()
    np.testing.assert_allclose(y, np.log10(1 + view.histogram_counts("z")))


def test_while_training_one_histogram_is_counted_a_refresh_and_a_pause_redraws_all(view, make_snapshot):
    """Counting dW is the largest refresh cost: playing snapshots recount one kind each, in turn;
    a paused one (and a step) shows all four of its own at once."""
    first, run = make_snapshot(steps=1)
    view.show_snapshot(replace(first, state="playing"))       # a new run: all four at once
    for kind in KINDS:
        np.testing.assert_array_equal(view.histogram_counts(kind),
                                      np.histogram(trace_array(first.trace.layers[0], kind), bins=64)[0])
    from backprop_viz.engine.snapshot import build_snapshot

    shown = []
    for k in range(4):
        run.step()
        snap = replace(build_snapshot(run, run_id=first.run_id), state="playing")
        view.show_snapshot(snap)
        lt = snap.trace.layers[0]
        updated = [kind for kind in KINDS if np.array_equal(view.histogram_counts(kind),
                                                            np.histogram(trace_array(lt, kind), bins=64)[0])]
        shown.append(updated)
    assert shown == [["z"], ["a"], ["delta"], ["dW"]]   # each refresh brings one kind up to date
    run.step()
    playing = replace(build_snapshot(run, run_id=first.run_id), state="playing")
    view.show_snapshot(playing)                                # z's turn: a, delta and dW are older
    paused = replace(playing, state="paused", serial=playing.serial + 1)   # the same trace, paused
    view.show_snapshot(paused)                                 # (as a thread engine sends it)
    for kind in KINDS:
        np.testing.assert_array_equal(view.histogram_counts(kind),
                                      np.histogram(trace_array(paused.trace.layers[0], kind), bins=64)[0])


def test_heatmaps_show_a_and_delta_over_minibatch_and_units(view, make_snapshot):
    snap, _ = make_snapshot(steps=1)
    view.tabs.setCurrentIndex(HEAT)
    view.show_snapshot(snap)
    view.set_layer(2)
    lt = snap.trace.layers[1]
    np.testing.assert_array_equal(view.heatmap_image("a"), lt.a)
    np.testing.assert_array_equal(view.heatmap_image("delta"), lt.delta)
    assert view.heatmap_image("a").shape == (16, 16)
    m = float(np.abs(lt.delta).max())
    assert view.heat_bars["delta"].levels() == pytest.approx((-m, m))
    assert view.heat_bars["a"].levels() == pytest.approx((0.0, float(lt.a.max())))   # ReLU: sequential
    view.set_layer(3)
    np.testing.assert_array_equal(view.heatmap_image("a"), snap.trace.layers[2].a)


def test_forward_phase_shows_z_and_a_and_explains_the_missing_delta(view, make_snapshot):
    snap, _ = make_snapshot(steps=1, phases=1)
    assert snap.trace.phase == "forward" and snap.trace.layers[0].delta is None
    view.show_snapshot(snap)
    np.testing.assert_array_equal(view.histogram_counts("z"), np.histogram(snap.trace.layers[0].z, bins=64)[0])
    for kind in ("delta", "dW"):
        assert view.histogram_counts(kind).size == 0
        assert view.hist_notes[kind].isVisible()
        assert "after the backward phase" in view.hist_notes[kind].textItem.toPlainText()
    assert "forward phase done" in view.source.text()
    view.tabs.setCurrentIndex(HEAT)
    np.testing.assert_array_equal(view.heatmap_image("a"), snap.trace.layers[0].a)
    assert view.heat_notes["delta"].isVisible() and not view.heat_notes["a"].isVisible()


def test_before_training_the_probe_sample_is_shown(view, make_snapshot):
    snap, run = make_snapshot(steps=0)
    assert snap.trace is None
    view.show_snapshot(snap)
    probe = snap.probe
    np.testing.assert_array_equal(view.histogram_counts("z"), np.histogram(probe.layers[0].z, bins=64)[0])
    np.testing.assert_array_equal(view.histogram_counts("delta"), np.histogram(probe.layers[0].delta, bins=64)[0])
    np.testing.assert_array_equal(view.histogram_counts("dW"), np.histogram(probe.layers[0].dW, bins=64)[0])
    assert all(view.histogram_counts(k).sum() > 0 for k in KINDS)
    # the engine's probe always carries dW = a_prevᵀ·δ, also in snapshots built without probe
    # gradients (as while training): the view shows it and computes nothing
    from backprop_viz.engine.snapshot import build_snapshot

    live = build_snapshot(run, probe_gradients=False)
    assert all(lt.dW is not None for lt in live.probe.layers)
    view.set_layer(2)
    view.show_snapshot(replace(snap, probe=live.probe))
    np.testing.assert_array_equal(view.histogram_counts("dW"),
                                  np.histogram(np.outer(probe.layers[0].a, probe.layers[1].delta), bins=64)[0])
    view.set_layer(1)
    assert "test sample #0" in view.source.text() and "untrained" in view.source.text()
    view.tabs.setCurrentIndex(HEAT)
    np.testing.assert_array_equal(view.heatmap_image("a"), probe.layers[0].a)
    view.tabs.setCurrentIndex(TIME)
    assert all(note.isVisible() for note in view.charts.notes.values())


def test_charts_over_time_grow_with_snapshots_without_duplicating_a_step(view, make_snapshot):
    snap, run = make_snapshot(steps=1)
    view.tabs.setCurrentIndex(TIME)
    view.show_snapshot(snap)
    view.set_layer(2)
    view.show_snapshot(replace(snap, serial=2))   # the same step again (a paused worker's next snapshot)
    x, y = view.chart_data("update_ratio")
    assert list(x) == [1.0] and y[0] == pytest.approx(snap.trace.layers[1].stats["update_ratio"])
    for phase_count in (1, 1, 1):   # step 2 phase by phase: forward, backward, update
        snap, _ = make_snapshot(run=run, steps=0, phases=phase_count)
        view.show_snapshot(snap)
    snap, _ = make_snapshot(run=run, steps=1)
    view.show_snapshot(snap)
    stats = snap.trace.layers[1].stats
    for key, stat in (("a_std", "a_std"), ("frac", "dead_frac"), ("grad_norm", "grad_norm"),
                      ("update_ratio", "update_ratio")):
        x, y = view.chart_data(key)
        assert list(x) == [1.0, 2.0, 3.0], key
        assert y[-1] == pytest.approx(stats[stat])
        assert not view.charts.notes[key].isVisible()
    assert "dead ReLUs" in view.charts.plots["frac"].titleLabel.text
    # another layer has its own series; a reset (new run id) forgets everything
    view.set_layer(1)
    x, y = view.chart_data("grad_norm")
    assert list(x) == [1.0, 2.0, 3.0] and y[-1] == pytest.approx(snap.trace.layers[0].stats["grad_norm"])
    fresh, _ = make_snapshot(steps=1)
    view.show_snapshot(replace(fresh, run_id=2))
    assert list(view.chart_data("grad_norm")[0]) == [1.0]
    assert view.layer == 1   # the selection survives snapshots and resets


def test_view_contract(view):
    assert view.objectName() == "layer_views"
    assert "dW = a_prevᵀ·δ" in view.info_text and view.toolTip() == view.info_text
    assert view.source.text().startswith("waiting")
    view.clear()   # before any snapshot: harmless


def test_the_hidden_tabs_are_built_when_first_shown_with_what_came_before(view, make_snapshot):
    """The heatmaps and charts tabs cost nothing at start (issue #19); a click on one builds both, and
    the charts hold every step shown before they existed, the heatmap the latest minibatch's a."""
    assert not view.tabs_built
    snap, run = make_snapshot(steps=1)
    view.show_snapshot(snap)
    snap, _ = make_snapshot(run=run, steps=1)
    view.show_snapshot(snap)
    assert not view.tabs_built   # (the histograms tab was on screen all along)
    view.tabs.setCurrentIndex(TIME)
    assert view.tabs_built and view.tabs.currentWidget().layout().itemAt(0).widget() is view.charts
    assert list(view.chart_data("grad_norm")[0]) == [1.0, 2.0]
    view.tabs.setCurrentIndex(HEAT)
    np.testing.assert_array_equal(view.heatmap_image("a"), snap.trace.layers[0].a)
