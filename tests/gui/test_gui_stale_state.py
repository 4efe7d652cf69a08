"""Nothing stale, nothing wrong (issue 14, part 4) and an undoable Reset (part 6), in the real window
and in the views: a reset clears the curves' readout, a lone loss point is drawn, a finished run
reads consistently before and after Play, the charts over time keep every captured step while
hidden and draw gaps as gaps, one failing view does not freeze the others, NaN histograms,
a loaded model says so, and Reset offers Undo."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from backprop_viz.core.presets import get_preset
from backprop_viz.engine import protocol as p
from backprop_viz.gui.stats_history import StatsHistory
from backprop_viz.gui.views.curves import CurvesView
from backprop_viz.gui.views.health import HealthView
from backprop_viz.gui.views.layer_charts import LayerCharts, log_label
from backprop_viz.gui.views.layer_histograms import LayerHistograms

#: 100 steps an epoch: a whole run trains in about a second
SHORT = get_preset("fast").config.replace(hidden=(32,), batch_size=600, epochs=1)


def steps(qtbot, window, n):
    target = window.controller.latest.global_step + n
    for _ in range(n):
        window.controller.send(p.Step())
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == target, timeout=20000)
    return window.last_snapshot


# -- curves ---------------------------------------------------------------------------------------
def test_reset_clears_the_hover_readout_of_the_old_run(qtbot):
    view = CurvesView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.append_losses(np.array([[1.0, 2.3], [2.0, 2.1]]))
    view.set_evaluations(((0, 2.3, 0.1), (2, 0.1, 0.9811)))
    view.refresh()
    center = view.acc_plot.sceneBoundingRect().center()
    view._hover(view.acc_plot, QPointF(center))
    assert "98.11 %" in view.hover_label.text()
    view.clear()
    assert "98.11" not in view.hover_label.text() and "Hover" in view.hover_label.text()


def test_a_lone_loss_point_is_drawn_as_a_dot(qtbot):
    view = CurvesView()
    qtbot.addWidget(view)
    view.append_losses(np.array([[1.0, 2.3]]))
    view.refresh()
    assert view.raw_curve.opts["symbol"] == "o"
    x, y = view.raw_curve.getData()
    assert list(x) == [1.0] and y[0] == pytest.approx(2.3)
    view.append_losses(np.array([[2.0, 2.2]]))
    view.refresh()
    assert view.raw_curve.opts["symbol"] is None   # two points: a line again


# -- a finished run ------------------------------------------------------------------------------
def test_a_finished_run_reads_consistently_and_play_trains_one_epoch_more(qtbot, make_window):
    window = make_window(config=SHORT)
    window.controller.send(p.Play())
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == 1 and window.last_snapshot.state == "paused",
                    timeout=60000)
    done = window.last_snapshot
    assert "epoch 1/1 · done (total 100 steps)" in window.status.position.text()
    # every view shows the step the run ended at
    assert done.trace.step == done.global_step == 100
    window.controller.send(p.Play())
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == 2 and window.last_snapshot.state == "paused",
                    timeout=60000)
    assert window.last_snapshot.config.epochs == 2
    assert "epoch 2/2 · done (total 200 steps)" in window.status.position.text()


def test_pause_shows_the_step_paused_at_in_every_view(qtbot, make_window):
    window = make_window(config=SHORT.replace(epochs=50))
    window.controller.send(p.Play())
    qtbot.waitUntil(lambda: window.last_snapshot.global_step > 10, timeout=30000)
    window.controller.send(p.Pause())
    qtbot.waitUntil(lambda: window.last_snapshot.state == "paused", timeout=10000)
    s = window.last_snapshot
    assert s.trace.step == s.global_step
    assert f"step {s.global_step}" in window.layer_views.source.text()


# -- one failing view ----------------------------------------------------------------------------
def test_a_failing_view_does_not_stop_the_status_bar_or_the_other_views(qtbot, window, monkeypatch):
    def broken(snapshot):
        raise ValueError("autodetected range of [nan, nan] is not finite")

    monkeypatch.setattr(window.layer_views, "show_snapshot", broken)
    steps(qtbot, window, 1)
    qtbot.waitUntil(lambda: "total 1" in window.status.position.text(), timeout=5000)
    qtbot.waitUntil(lambda: len(window.curves.losses) == 1, timeout=5000)
    assert window.notice.isVisible()
    assert "could not show this step" in window.notice.label.text() and "not finite" in window.notice.label.text()
    steps(qtbot, window, 1)
    qtbot.waitUntil(lambda: "total 2" in window.status.position.text(), timeout=5000)


def test_histograms_leave_out_nan_and_say_so(qtbot):
    hist = LayerHistograms()
    qtbot.addWidget(hist)
    z = np.array([[0.5, np.nan], [1.5, np.inf]])
    hist.draw({"z": z, "a": np.full((2, 2), np.nan), "delta": None, "dW": np.ones((2, 2))})
    assert hist.counts("z").sum() == 2
    assert hist.notes["z"].isVisible() and "NaN or infinite values left out: 2" in hist.notes["z"].textItem.toPlainText()
    assert len(hist.counts("a")) == 0 and "every value is NaN" in hist.notes["a"].textItem.toPlainText()
    assert hist.counts("dW").sum() == 4 and not hist.notes["dW"].isVisible()


# -- charts over time ----------------------------------------------------------------------------
def test_over_time_history_keeps_steps_taken_while_the_layers_tab_was_hidden(qtbot, window):
    window.docks["weights_dock"].raise_()   # the Layers panel behind another tab
    qtbot.waitUntil(lambda: not window.layer_views.isVisible() or window.layer_views.visibleRegion().isEmpty())
    steps(qtbot, window, 3)
    x, _ = window.controller.stats.series(1, "grad_norm")
    assert list(x) == [1.0, 2.0, 3.0]
    window.docks["layers_dock"].raise_()
    window.layer_views.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: list(window.layer_views.chart_data("grad_norm")[0]) == [1.0, 2.0, 3.0], timeout=5000)


def test_a_stretch_without_statistics_is_drawn_as_a_gap(qtbot, make_snapshot):
    first, run = make_snapshot(steps=1)
    later, _ = make_snapshot(run=run, steps=1)
    run.trainer.capture = "off"
    for _ in range(5):
        run.step()
    gap, _ = make_snapshot(run=run, steps=1)
    gap = replace(gap, stats_gap=True)
    history = StatsHistory()
    for snap in (first, later, gap):
        assert history.record(snap)
    x, y = history.series(1, "grad_norm")
    assert list(x[[0, 1, 3]]) == [1.0, 2.0, 8.0] and 2 < x[2] < 8 and np.isnan(y[2])
    charts = LayerCharts()
    qtbot.addWidget(charts)
    charts.use_history(history)
    charts.draw(1, "relu")
    drawn = charts.items["grad_norm"]
    assert drawn.opts["connect"] == "finite" and np.isnan(drawn.yData).sum() == 1
    # an undone reset (the old run id again) brings its history back
    history.record(replace(first, run_id=99))
    assert len(history.series(1, "grad_norm")[0]) == 1
    history.record(replace(gap, run_id=first.run_id))
    assert len(history.series(1, "grad_norm")[0]) == 4


def test_log_axis_labels_are_plain_numbers():
    assert [log_label(e) for e in (-5, -3, np.log10(3e-4), -1, 0, 1, 4)] == [
        "1e-5", "1e-3", "3e-4", "0.1", "1", "10", "1e4"]


# -- a loaded model ------------------------------------------------------------------------------
def test_a_loaded_model_is_not_called_untrained(qtbot, make_snapshot):
    snap, _ = make_snapshot(steps=0)
    loaded = replace(snap, trace=None, loaded_from="/tmp/models/lecture.npz")
    health = HealthView()
    qtbot.addWidget(health)
    health.show_snapshot(loaded)
    assert "loaded from lecture.npz" in health.status.text()
    from backprop_viz.gui.views.layer_views import LayerViews
    layers = LayerViews()
    qtbot.addWidget(layers)
    layers.show_snapshot(loaded)
    assert "loaded from lecture.npz" in layers.source.text() and "untrained" not in layers.source.text()


# -- Reset and Undo ------------------------------------------------------------------------------
def test_reset_offers_undo_which_restores_the_exact_run(qtbot, window):
    before = steps(qtbot, window, 2)
    window.actions_.reset.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.run_id != before.run_id, timeout=10000)
    assert window.last_snapshot.global_step == 0
    assert window.notice.isVisible() and window.notice.action_button.isVisible()
    assert "Network reset" in window.notice.label.text() and window.notice.action_button.text() == "Undo"
    qtbot.mouseClick(window.notice.action_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.last_snapshot.run_id == before.run_id, timeout=10000)
    back = window.last_snapshot
    assert back.global_step == 2 and not window.notice.isVisible()
    for old, new in zip(before.network.layers, back.network.layers):
        np.testing.assert_array_equal(old.W, new.W)
    qtbot.waitUntil(lambda: list(window.curves.losses[:, 0]) == [1.0, 2.0], timeout=5000)


def test_reset_of_an_untrained_run_offers_nothing_to_undo(qtbot, window):
    run_id = window.last_snapshot.run_id
    window.actions_.reset.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.run_id != run_id, timeout=10000)
    assert not window.notice.isVisible()
