"""The main window's wiring: which views it has, and what each user action sends.

:func:`build_views` adds the snapshot views as docks (tabbed beside the Layers panel, the
drawing pad beside the probe); :func:`connect_window` connects the toolbar, the panels and
the views to the :class:`~.controller.TrainingController` — every user action becomes one
typed command of :mod:`backprop_viz.engine.protocol` — and the engine's failures to the
notice bar. Reset (R) on a trained run does not ask: the notice bar offers to undo it for
:data:`UNDO_SECONDS` (the engine keeps the replaced run, :class:`~backprop_viz.engine.protocol.UndoReset`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from backprop_viz.engine import protocol as p
from backprop_viz.gui.texts import divergence_text
from backprop_viz.gui.views.browser import BrowserView
from backprop_viz.gui.views.compare import CompareView
from backprop_viz.gui.views.drawing_pad import DrawingPadView
from backprop_viz.gui.views.evaluation import EvaluationView
from backprop_viz.gui.views.gradcheck_view import GradCheckView
from backprop_viz.gui.views.health import HealthView
from backprop_viz.gui.views.inspector import InspectorView
from backprop_viz.gui.views.layer_views import LayerViews
from backprop_viz.gui.views.network_diagram import NetworkDiagram
from backprop_viz.gui.views.race import RaceView
from backprop_viz.gui.views.weights import WeightsView
from backprop_viz.gui.window_analysis import add_analysis_views, connect_analysis_views

translate = QCoreApplication.translate

#: how long the notice bar offers to undo a Reset
UNDO_SECONDS = 20


def reset_run(window) -> None:
    """Reset to fresh weights; a trained run can be brought back from the notice bar."""
    snap, c = window.last_snapshot, window.controller
    c.send(p.Reset())
    if snap is None or snap.global_step == 0:
        return
    step = snap.global_step
    window.notice.show_notice(
        lambda: translate("MainWindow", "Network reset: new random weights (the run at step {0} is kept).").format(
            step),
        "info", action=(lambda: translate("MainWindow", "Undo"), lambda: c.send(p.UndoReset())),
        timeout_ms=UNDO_SECONDS * 1000)


def build_views(window) -> None:
    """Add every snapshot view (fed from each refresh while visible) as a dock of ``window``:
    the Layers panel now, the views behind other tabs after the first frame (:mod:`.deferred_views`)."""
    d = window.deferred
    window.layer_views = d.add_now("layer_views", "layers_dock", LayerViews())
    d.add_task(window.layer_views.build_tabs)   # its heatmaps and charts tabs
    for attr, name, factory in (("weights_view", "weights_dock", WeightsView), ("diagram", "diagram_dock", NetworkDiagram),
                                ("inspector", "inspector_dock", InspectorView), ("health", "health_dock", HealthView),
                                ("race_view", "race_dock", RaceView), ("gradcheck_view", "gradcheck_dock", GradCheckView),
                                ("browser", "browser_dock", BrowserView), ("evaluation", "evaluation_dock", EvaluationView)):
        d.add_later(attr, name, factory, tab_with="layers_dock")
    d.add_later("drawing_pad", "drawing_dock", DrawingPadView, Qt.RightDockWidgetArea, tab_with="probe_dock")
    d.add_later("compare", "compare_dock", CompareView, tab_with="layers_dock")
    add_analysis_views(window)   # the five "why did it do that?" views (issue #17)
    from backprop_viz.gui.lessons import LessonsMode   # the Lessons mode and its dock (issue #16)
    window.lessons = LessonsMode(window)


def connect_window(window) -> None:
    """Every user action of ``window`` to its command; the engine's troubles to the notice bar."""
    a, c = window.actions_, window.controller
    a.play.triggered.connect(lambda checked: c.send(p.Play() if checked else p.Pause()))
    a.step.triggered.connect(lambda: c.send(p.Step()))
    a.phase.triggered.connect(lambda: c.send(p.Phase()))
    a.epoch.triggered.connect(lambda: c.send(p.RunEpochs(1)))
    a.run_n.triggered.connect(lambda: c.send(p.RunEpochs(a.n_epochs.value())))
    a.reset.triggered.connect(lambda: reset_run(window))
    a.speed.currentIndexChanged.connect(lambda _: c.send(p.Speed(a.speed_value())))
    c.state_changed.connect(a.show_state)
    a.restart_engine.triggered.connect(c.restart_engine)   # an engine that died: honest controls, a way back
    c.engine_status_changed.connect(lambda status: (a.show_engine(status, c.next_attempt), status == "running" and (
        window.notice.show_notice(lambda: translate("MainWindow", "A fresh training engine is running."), "info",
                                  timeout_ms=8000))))
    c.engine_lost.connect(lambda msg: (window.hyper.engine_failed(), window.notice.show_notice(msg, "error", action=(
        lambda: translate("MainWindow", "Restart engine"), c.restart_engine))))
    c.error_occurred.connect(lambda msg: window.notice.show_notice(lambda: translate(
        "MainWindow", "The training worker hit an error and paused: {0}. The app is still usable — change a "
        "setting or press Reset.").format(msg), "error"))
    c.diverged.connect(lambda msg: window.notice.show_notice(
        lambda: translate("MainWindow", "Training paused: {0}").format(divergence_text(msg)), "warning"))
    c.data_loaded.connect(lambda splits: feed_data(window, splits))
    window.hyper.live_changed.connect(lambda changes: c.send(p.SetLive(changes)))
    c.snapshot_arrived.connect(window.hyper.show_snapshot)   # the running configuration is the engine's
    c.error_occurred.connect(lambda _: window.hyper.engine_failed())
    window.hyper.reset_requested.connect(window.confirm_reset)
    window.hyper.preset_chosen.connect(window._on_preset)
    window.hyper.import_requested.connect(window.import_dataset)
    window.probe_view.probe_requested.connect(lambda i: c.send(p.ProbeIndex(i)))
    window.curves.eval_every_changed.connect(lambda k: c.send(p.EvalEvery(k)))
    window.layer_views.focus_bar.follow_minibatch.connect(lambda: c.send(p.FollowMinibatch()))
    window.deferred.when_built("wiring", lambda: connect_views(window))


def connect_views(window) -> None:
    """The actions of the views built after the first frame (once they all exist)."""
    c = window.controller
    window.race_view.race_started.connect(lambda: c.send(p.Pause()))  # clean timings: one job at a time
    probe = lambda pixels, label, source: c.send(p.ProbeInput(pixels, label, source))  # noqa: E731
    window.browser.inspect_requested.connect(probe)
    window.evaluation.inspect_requested.connect(probe)
    window.drawing_pad.probe_requested.connect(probe)
    window.drawing_pad.train_requested.connect(
        lambda pixels, label: c.send(p.TrainSample(pixels, label, window.drawing_pad.source)))
    window.evaluation.cell_selected.connect(lambda t, k, idx: show_confusion_cell(window, t, k, idx))
    window.diagram.node_selected.connect(lambda layer, unit: show_node(window, layer, unit))
    for view in (window.inspector, window.diagram):   # one way back, in every per-sample view
        view.focus_bar.follow_minibatch.connect(lambda: c.send(p.FollowMinibatch()))
    window.compare.keep_requested.connect(window.keep_run)
    window.sequence.attach(window.compare)   # the course presets: ask, run, "preset k of 6", Stop
    connect_analysis_views(window)
    window.timeline.info_arrived.connect(window.compare.show_branches)   # parent lines, branch point marked
    if window.timeline.info is not None:   # (what arrived before the comparison existed)
        window.compare.show_branches(window.timeline.info)



def feed_data(window, splits) -> None:
    """The data the engine trains on (memory-mapped, shared with it) to the views that browse it."""
    window.splits = splits
    evaluation, name = (splits.validation, "validation") if splits.validation is not None else (splits.test, "test")
    window.probe_view.set_eval_size(len(evaluation))
    window.deferred.when_built("data", lambda: feed_views(window, splits, evaluation, name))


def feed_views(window, splits, evaluation, name: str) -> None:
    """The splits to the views built after the first frame (once they all exist)."""
    window.race_view.set_dataset(splits.train)
    window.browser.set_splits(splits)
    window.evaluation.set_split(evaluation, name)
    digits = splits.test if len(splits.test) else evaluation
    window.drawing_pad.set_test_digits(digits.images, digits.labels)
    window.gradcheck_view.set_dataset(splits.train)


def show_confusion_cell(window, true_label: int, predicted: int, indices) -> None:
    """A click on a confusion-matrix cell shows exactly those images in the browser."""
    window.browser.set_indices(window.evaluation.split_name, indices,
                               lambda: translate("MainWindow", "true {0}, predicted {1}").format(true_label, predicted))
    window.docks["browser_dock"].raise_()


def show_node(window, layer: int, unit: int) -> None:
    """A click on a network node shows that unit's numbers in the inspector."""
    if layer >= 1:
        if window.last_snapshot is not None:  # it may sit behind another tab, not yet fed
            window.inspector.show_snapshot(window.last_snapshot)
        window.inspector.select(layer=layer, unit=unit)
