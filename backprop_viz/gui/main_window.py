"""The main window: dockable views around the training curves, toolbar, menus, status bar.

It wires the user's actions to the :class:`TrainingController` (commands to the
worker) and refreshes every view from the latest snapshot on one 30 Hz timer. Worker
failures and divergence appear in a notice bar at the top, never as a dead window.
Dock layout and geometry are saved with ``QSettings`` and restored on the next start,
as are the language (View → Language, applied at once) and whether the first-run tour
(:mod:`.tour`) has been shown. Views behind other tabs are built after the first frame (:mod:`.deferred_views`).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QVBoxLayout, QWidget

from backprop_viz.core.config import Config
from backprop_viz.core.heap import HeapTrimmer
from backprop_viz.core.presets import PRESETS, get_preset
from backprop_viz.gui import fonts, i18n, presentation
from backprop_viz.gui.actions import TrainingActions
from backprop_viz.gui.controller import TrainingController
from backprop_viz.gui.deferred_views import DeferredViews
from backprop_viz.gui.hyperparams import HyperparamPanel
from backprop_viz.gui.menus import WindowMenus
from backprop_viz.gui.notice import NoticeBar
from backprop_viz.gui.statusbar import TrainingStatusBar
from backprop_viz.gui.tour import Tour, tour_steps
from backprop_viz.gui.files import FileActions, FileDrops
from backprop_viz.gui.pacing import RefreshPacer
from backprop_viz.gui.refresh_guard import RefreshGuard
from backprop_viz.gui.run_store import make_stored_run
from backprop_viz.gui.sequence import CourseSequence, save_last_config
from backprop_viz.gui.views.curves import CurvesView
from backprop_viz.gui.views.probe import ProbeView
from backprop_viz.gui.views.timeline import TimelineBar
from backprop_viz.gui.window_datasets import WindowDatasets
from backprop_viz.gui.window_docks import scrolled, add_dock, on_screen, reset_layout, restore_layout, retitle, save_layout
from backprop_viz.gui.window_wiring import build_views, connect_window
from backprop_viz.gui.window_fit import fit_to_screen, tidy_tab_bars
from backprop_viz.engine import protocol as p
from backprop_viz.engine.loop import default_loader

REFRESH_HZ = 30
TOUR_SEEN = "ui/tour_seen"


class MainWindow(i18n.Retranslatable, FileDrops, QMainWindow):
    def __init__(self, config: Config | None = None, preset: str | None = "fast", loader=default_loader,
                 settings: QSettings | None = None, emit_interval: float = 1 / 30, show_tour: bool | None = None,
                 language: str | None = None, engine: str | None = None):
        super().__init__()
        self.setObjectName("main_window")
        if config is None:
            config = get_preset(preset or "fast").config
        self.settings = settings or QSettings()
        self.tour: Tour | None = None
        self._font_warned = False
        i18n.set_language(language or i18n.saved_language(self.settings))   # widgets are built in it
        self.controller = TrainingController(config, loader, self, emit_interval, engine)
        self.splits = None   # the data the engine trains on, as it reported them
        self.last_snapshot = None
        self.refresh_count = 0

        self.actions_ = TrainingActions(self)
        self.addToolBar(self.actions_.build_toolbar(self))
        self.status = TrainingStatusBar(self)
        self.setStatusBar(self.status)

        self.notice = NoticeBar()
        self.refresh_guard = RefreshGuard(self.notice)   # one failing view never stops the others
        self.curves = CurvesView()
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.notice)
        box.addWidget(scrolled(self.curves), 1)   # the curves scroll rather than squash on a small screen
        box.addWidget(timeline := TimelineBar(self.controller))   # drag to any step (gui/views/timeline.py)
        self.timeline = timeline
        self.setCentralWidget(central)

        # the panel scrolls its form itself: its banner and Apply button stay in view
        self.hyper = HyperparamPanel(config, preset)
        self.probe_view = ProbeView()
        self.docks = {}
        self.deferred = DeferredViews(self)   # the views behind other tabs: built after the first frame
        self.datasets = WindowDatasets(self)
        add_dock(self, "hyperparams_dock", self.hyper, Qt.LeftDockWidgetArea, scroll=False)
        self.datasets.refresh("mnist")
        add_dock(self, "probe_dock", self.probe_view, Qt.RightDockWidgetArea)
        build_views(self)
        self.docks["compare_dock"].visibilityChanged.connect(lambda visible: visible and self._feed_compare())
        self.docks["probe_dock"].raise_()
        self.docks["layers_dock"].raise_()
        self.menus = WindowMenus(self)
        self.files = FileActions(self)
        self.sequence = CourseSequence(self)
        connect_window(self)
        self.retranslate()

        self.heap = HeapTrimmer()
        self.timer = QTimer(self)
        # an engine in its own process shares no interpreter lock with the views: they may use more
        # of the GUI thread (the rest stays free for input); in a thread, redraws slow training
        self.pacer = RefreshPacer(self.timer, max_hz=REFRESH_HZ,
                                  budget=0.8 if self.controller.engine == "process" else 0.25)
        self.timer.timeout.connect(self.refresh)
        self.timer.timeout.connect(self.pacer.tick)
        # a manual step, phase or pause is shown at once, not at the paced rate
        self.controller.snapshot_arrived.connect(self._on_snapshot_arrived)
        self.timer.start()
        fit_to_screen(self)   # inside the available screen, however small
        self.resizeDocks([self.docks["hyperparams_dock"], self.docks["probe_dock"]], [290, 370], Qt.Horizontal)
        self.resizeDocks([self.docks["layers_dock"]], [max(240, int(0.42 * self.height()))], Qt.Vertical)
        restore_layout(self)
        tidy_tab_bars(self)
        self._check_font(i18n.current_language())
        self.controller.start()
        if show_tour is None:
            show_tour = not self.settings.value(TOUR_SEEN, False, type=bool)
        if show_tour:
            QTimer.singleShot(0, self.lessons.welcome)   # Lessons or the lab (which starts the tour)
        QTimer.singleShot(2000, self, self.deferred.start)   # (started by the first snapshot's refresh, or now)

    def __getattr__(self, name: str):
        """A view not built yet (:mod:`.deferred_views`) is built, with the rest, when first read."""
        deferred = self.__dict__.get("deferred")
        if deferred is not None and name in deferred.pending:
            deferred.build_all()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def views(self) -> dict:
        """Every snapshot view by dock name (building those not built yet)."""
        self.deferred.build_all()
        return self.deferred.views

    def retranslate(self) -> None:
        """The window's own texts: title, dock titles, actions, menus, dataset names."""
        self.setWindowTitle(self.tr("backprop-viz — watch backpropagation learn MNIST"))
        retitle(self)
        self.actions_.retranslate()
        if hasattr(self, "menus"):
            self.menus.retranslate()
        if hasattr(self, "files"):
            self.files.retranslate()
        if hasattr(self, "datasets"):
            self.datasets.refresh()

    # -- language and tour ----------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch every text to ``code`` ("en", "ko") now, and remember it for the next start.
        The window keeps its size: longer words make panels scroll, never the window grow."""
        size = self.size()
        i18n.set_language(code)
        i18n.save_language(code, self.settings)
        self.menus.show_language(code)
        self._check_font(code)
        presentation.apply(self)
        self.resize(size)

    def set_presentation(self, on: bool) -> None:
        """Presentation mode (View menu, F5): larger fonts and thicker lines in every view."""
        size = self.size()
        presentation.set_presentation(self, on)
        self.menus.presentation_action.setChecked(on)
        self.resize(size)

    def _check_font(self, code: str) -> None:
        """A Korean-capable font for Korean; without one, a notice (once) naming a package that has one."""
        if not fonts.apply_language_font(code) and not self._font_warned:
            self._font_warned = True
            self.notice.show_notice(fonts.missing_font_text, "warning")

    def start_tour(self) -> Tour:
        """Show the guided tour from its first step (non-modal); it counts as seen from now on."""
        if self.tour is None:
            self.tour = Tour(self, tour_steps(self))
        self.settings.setValue(TOUR_SEEN, True)
        self.settings.sync()
        self.tour.start()
        return self.tour

    # -- reactions ---------------------------------------------------------------------------------
    def _on_snapshot_arrived(self, snapshot) -> None:
        if snapshot.state == "paused":
            self.pacer.reset()
            self.refresh()

    def keep_run(self, name: str) -> None:
        """Store the current run's curves under ``name`` in the comparison."""
        snap = self.last_snapshot
        if snap is None:
            return
        preset = self.hyper.state.running_preset
        course = PRESETS[preset].course_accuracy if preset in PRESETS else None
        self.compare.keep(make_stored_run(name, snap.config, snap.steps_per_epoch, self.curves.losses,
                                          snap.eval_points, snap.eval_name, preset if preset in PRESETS else None,
                                          course))

    def _on_preset(self, name: str) -> None:
        """A chosen preset is pending as a whole: nothing of it reaches the engine before Apply."""
        self.hyper.show_preset(name)

    def confirm_reset(self, config: Config, dataset: str | None = None) -> None:
        """Structural change: ask first if training has progressed, then reset with ``config``."""
        snap = self.last_snapshot
        if snap is None or snap.global_step == 0:
            self.apply_config(config, dataset)
            return
        box = QMessageBox(QMessageBox.Question, self.tr("Rebuild the network?"),
                          self.tr("These settings change the network, so training restarts from new random weights "
                                  "(you are at step {0}). Continue?").format(snap.global_step),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setObjectName("confirm_reset_box")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == QMessageBox.Yes and self.apply_config(config, dataset))
        box.open()

    def apply_config(self, config: Config, dataset: str | None = None) -> None:
        """Rebuild the network with ``config`` (on ``dataset``; ``None``: the current one)."""
        self.curves.clear()
        self.controller.send(p.Reset(config, dataset))
        self.hyper.reset_sent(config, dataset)

    # -- datasets (in :mod:`.window_datasets`) ---------------------------------------------------------
    def refresh_datasets(self, current: str | None = None) -> None:
        self.datasets.refresh(current)

    def import_dataset(self, path: str | None = None):
        return self.datasets.import_path(path)

    def refresh(self) -> None:
        """One refresh of every view from the latest snapshot (latest wins)."""
        taken = self.controller.take()
        if taken is None:
            return
        snap, losses = taken
        self.refresh_count += 1
        self.heap.maybe_trim()      # a long session gives its freed heap pages back
        guard, new_run = self.refresh_guard, self.last_snapshot is None or snap.run_id != self.last_snapshot.run_id
        self.last_snapshot = snap
        guard.call("status", lambda: self.tr("status bar"), self.status.show_snapshot, snap)
        self.actions_.show_phase(snap.phase)
        self.actions_.show_state(snap.state)

        def curves():
            if new_run:
                self.curves.clear()
            self.curves.append_losses(losses)
            self.curves.set_evaluations(snap.eval_points, snap.eval_name)
            self.curves.set_subset_evaluations(snap.subset_points)
            self.curves.refresh()
        guard.call("curves", lambda: self.tr("training curves"), curves)
        if (compare := self.deferred.get("compare")) is not None and on_screen(compare):
            self._feed_compare()
        self.sequence.check(snap)
        if snap.probe is not None:
            guard.call("probe_dock", self.docks["probe_dock"].windowTitle, self.probe_view.show_probe, snap.probe,
                       snap.probe_index, snap.eval_name)
        if new_run and presentation.active():
            presentation.apply(self)   # items a view built for the new network
        for name, view in self.deferred.views.items():   # (those built so far)
            if new_run:
                guard.call(name, self.docks[name].windowTitle, view.clear)
            if on_screen(view):
                guard.call(name, self.docks[name].windowTitle, view.show_snapshot, snap)
        self.deferred.start()   # the first frame is drawn: the views behind other tabs are built next

    def _feed_compare(self) -> None:
        """The current run's smoothed loss for the comparison (only while it is on screen)."""
        if self.last_snapshot is not None:
            self.compare.set_current_losses(*self.curves.display_smoothed(),   # bounded, however long the run
                                            self.last_snapshot.steps_per_epoch)

    # -- dialogs (in :mod:`.menus`) -------------------------------------------------------------------
    def show_shortcuts(self) -> QMessageBox:
        return self.menus.show_shortcuts()

    def show_about(self) -> QMessageBox:
        return self.menus.show_about()

    # -- layout persistence and shutdown -------------------------------------------------------------
    def reset_layout(self) -> None:
        reset_layout(self)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.deferred.stop()
        save_layout(self)
        save_last_config(self.settings, self.hyper.applied, self.hyper.state.running_preset,
                         self.last_snapshot.dataset if self.last_snapshot is not None else "mnist")
        self.settings.sync()
        if (race := self.deferred.get("race_view")) is not None:
            race.shutdown(1000)
        self.controller.shutdown(1000)
        super().closeEvent(event)
