"""The main window: dockable views around the training curves, toolbar, menus, status bar.

It wires the user's actions to the :class:`TrainingController` (commands to the
worker) and refreshes every view from the latest snapshot on one 30 Hz timer. Worker
failures and divergence appear in a notice bar at the top, never as a dead window.
Dock layout and geometry are saved with ``QSettings`` and restored on the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from backprop_viz import __version__
from backprop_viz.core.config import Config
from backprop_viz.core.presets import get_preset
from backprop_viz.gui.actions import SPEEDS, TrainingActions
from backprop_viz.gui.controller import TrainingController
from backprop_viz.gui.hyperparams import HyperparamPanel
from backprop_viz.gui.statusbar import TrainingStatusBar
from backprop_viz.gui.views.curves import CurvesView
from backprop_viz.gui.views.browser import BrowserView
from backprop_viz.gui.views.drawing_pad import DrawingPadView
from backprop_viz.gui.views.evaluation import EvaluationView
from backprop_viz.gui.views.gradcheck_view import GradCheckView
from backprop_viz.gui.views.health import HealthView
from backprop_viz.gui.views.race import RaceView
from backprop_viz.gui.views.inspector import InspectorView
from backprop_viz.gui.views.layer_views import LayerViews
from backprop_viz.gui.views.network_diagram import NetworkDiagram
from backprop_viz.gui.views.weights import WeightsView
from backprop_viz.gui.views.probe import ProbeView
from backprop_viz.gui.worker import default_loader

REFRESH_HZ = 30


class NoticeBar(QWidget):
    """A dismissible coloured line at the top of the window for errors and warnings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.label = QLabel()
        self.label.setObjectName("notice_text")
        self.label.setWordWrap(True)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.hide()

    def show_notice(self, text: str, kind: str = "error") -> None:
        color = {"error": "#fde2e2", "warning": "#fff4ce", "info": "#e3f0ff"}[kind]
        self.setStyleSheet(f"#notice_bar {{ background: {color}; }}")
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    def __init__(self, config: Config | None = None, preset: str | None = "fast", loader=default_loader,
                 settings: QSettings | None = None, emit_interval: float = 1 / 30):
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("backprop-viz — watch backpropagation learn MNIST")
        if config is None:
            config = get_preset(preset or "fast").config
        self.settings = settings or QSettings()
        self.controller = TrainingController(config, loader, self, emit_interval)
        self.last_snapshot = None
        self.refresh_count = 0

        self.actions_ = TrainingActions(self)
        self.addToolBar(self.actions_.build_toolbar(self))
        self.status = TrainingStatusBar(self)
        self.setStatusBar(self.status)

        self.notice = NoticeBar()
        self.curves = CurvesView()
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.notice)
        box.addWidget(self.curves, 1)
        self.setCentralWidget(central)

        self.hyper = HyperparamPanel(config)
        self.hyper.set_config(config, preset)
        scroll = QScrollArea()
        scroll.setWidget(self.hyper)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(250)
        self.probe_view = ProbeView()
        self.docks = {}
        self._add_dock("hyperparams_dock", "Hyperparameters", scroll, Qt.LeftDockWidgetArea)
        self.refresh_datasets("mnist")
        self._add_dock("probe_dock", "Probe sample", self.probe_view, Qt.RightDockWidgetArea)
        # views fed from every refresh (only while visible); name → (dock title, widget)
        self.views = {}
        self.layer_views = self._add_view("layers_dock", "Layers: z, a, delta, dW", LayerViews())
        self.weights_view = self._add_view("weights_dock", "Weights", WeightsView(), tab_with="layers_dock")
        self.diagram = self._add_view("diagram_dock", "Network", NetworkDiagram(), tab_with="layers_dock")
        self.inspector = self._add_view("inspector_dock", "Backprop inspector", InspectorView(),
                                        tab_with="layers_dock")
        self.health = self._add_view("health_dock", "Health", HealthView(), tab_with="layers_dock")
        self.race_view = self._add_view("race_dock", "Why backprop?", RaceView(), tab_with="layers_dock")
        self.gradcheck_view = self._add_view("gradcheck_dock", "Gradient check", GradCheckView(),
                                             tab_with="layers_dock")
        self.browser = self._add_view("browser_dock", "Dataset", BrowserView(), tab_with="layers_dock")
        self.evaluation = self._add_view("evaluation_dock", "Evaluation", EvaluationView(), tab_with="layers_dock")
        self.drawing_pad = self._add_view("drawing_dock", "Draw a digit", DrawingPadView(), Qt.RightDockWidgetArea,
                                          tab_with="probe_dock")
        self.docks["probe_dock"].raise_()
        self.diagram.node_selected.connect(self._node_selected)
        self.docks["layers_dock"].raise_()
        self._build_menus()
        self._connect()

        self.timer = QTimer(self)
        self.timer.setInterval(1000 // REFRESH_HZ)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.resize(1440, 960)
        self.resizeDocks([self.docks["hyperparams_dock"], self.docks["probe_dock"]], [290, 330], Qt.Horizontal)
        self.resizeDocks([self.docks["layers_dock"]], [380], Qt.Vertical)
        self._restore_layout()
        self.controller.start()

    # -- construction --------------------------------------------------------------------------
    def _add_view(self, name: str, title: str, view, area=Qt.BottomDockWidgetArea, tab_with: str | None = None):
        """Add a snapshot view as a dock; it is refreshed while visible and catches up when shown."""
        dock = self._add_dock(name, title, view, area)
        if tab_with is not None:
            self.tabifyDockWidget(self.docks[tab_with], dock)
        self.views[name] = view
        dock.visibilityChanged.connect(
            lambda visible: visible and self.last_snapshot is not None and view.show_snapshot(self.last_snapshot))
        return view

    def _add_dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable |
                         QDockWidget.DockWidgetClosable)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        quit_action = file_menu.addAction("Quit")
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        training = bar.addMenu("&Training")
        for a in self.actions_.all():
            training.addAction(a)
        self.view_menu = bar.addMenu("&View")
        for dock in self.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addAction("Reset layout", self.reset_layout)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction("Keyboard shortcuts", self.show_shortcuts)
        help_menu.addAction("About backprop-viz", self.show_about)

    def _connect(self) -> None:
        a, c = self.actions_, self.controller
        a.play.triggered.connect(lambda checked: c.send("play" if checked else "pause"))
        a.step.triggered.connect(lambda: c.send("step"))
        a.phase.triggered.connect(lambda: c.send("phase"))
        a.epoch.triggered.connect(lambda: c.send("epoch"))
        a.run_n.triggered.connect(lambda: c.send("epochs", a.n_epochs.value()))
        a.reset.triggered.connect(lambda: c.send("reset"))
        a.speed.currentTextChanged.connect(lambda text: c.send("speed", SPEEDS[text]))
        c.state_changed.connect(a.show_state)
        c.error_occurred.connect(lambda msg: self.notice.show_notice(
            f"The training worker hit an error and paused: {msg}. The app is still usable — "
            "change a setting or press Reset.", "error"))
        c.diverged.connect(lambda msg: self.notice.show_notice(f"Training paused: {msg}", "warning"))
        c.data_loaded.connect(self._on_data)
        self.hyper.live_changed.connect(lambda changes: c.send("hyper", changes))
        self.hyper.reset_requested.connect(self.confirm_reset)
        self.hyper.preset_chosen.connect(self._on_preset)
        self.hyper.import_requested.connect(self.import_dataset)
        self.probe_view.probe_requested.connect(lambda i: c.send("probe", i))
        self.curves.eval_every_changed.connect(lambda k: c.send("eval_every", k))
        self.race_view.race_started.connect(lambda: c.send("pause"))  # clean timings: one job at a time
        probe = lambda pixels, label, source: c.send("probe_input", pixels, label, source)  # noqa: E731
        self.browser.inspect_requested.connect(probe)
        self.evaluation.inspect_requested.connect(probe)
        self.drawing_pad.probe_requested.connect(probe)
        self.drawing_pad.train_requested.connect(
            lambda pixels, label: c.send("train_sample", pixels, label, self.drawing_pad.source))
        self.evaluation.cell_selected.connect(self._confusion_cell)

    # -- reactions ---------------------------------------------------------------------------------
    def _on_data(self, splits) -> None:
        evaluation = splits.validation if splits.validation is not None else splits.test
        self.probe_view.set_eval_size(len(evaluation))
        self.race_view.set_dataset(splits.train)
        self.browser.set_splits(splits)
        name = "validation" if splits.validation is not None else "test"
        self.evaluation.set_split(evaluation, name)
        digits = splits.test if len(splits.test) else evaluation
        self.drawing_pad.set_test_digits(digits.images, digits.labels)
        self.gradcheck_view.set_dataset(splits.train)

    def _confusion_cell(self, true_label: int, predicted: int, indices) -> None:
        """A click on a confusion-matrix cell shows exactly those images in the browser."""
        self.browser.set_indices(self.evaluation.split_name, indices, f"true {true_label}, predicted {predicted}")
        self.docks["browser_dock"].raise_()

    def _node_selected(self, layer: int, unit: int) -> None:
        """A click on a network node shows that unit's numbers in the inspector."""
        if layer >= 1:
            self.inspector.select(layer=layer, unit=unit)

    def _on_preset(self, name: str) -> None:
        self.hyper.set_config(get_preset(name).config, name)
        self.hyper.pending_label.setText(f"Preset {name} loaded — press Apply to rebuild the network.")
        self.hyper.apply_button.setEnabled(True)

    def confirm_reset(self, config: Config, dataset: str | None = None) -> None:
        """Structural change: ask first if training has progressed, then reset with ``config``."""
        snap = self.last_snapshot
        if snap is None or snap.global_step == 0:
            self.apply_config(config, dataset)
            return
        box = QMessageBox(QMessageBox.Question, "Rebuild the network?",
                          f"These settings change the network, so training restarts from new random weights "
                          f"(you are at step {snap.global_step}). Continue?",
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setObjectName("confirm_reset_box")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.apply_config(config, dataset))
        box.finished.connect(lambda result: result == QMessageBox.Yes and self.apply_config(config, dataset))
        self._confirm_box = box
        box.open()

    def apply_config(self, config: Config, dataset: str | None = None) -> None:
        if getattr(self, "_applying", None) is config:
            return
        self._applying = config
        self.hyper.set_config(config, self.hyper.preset.currentText())
        if dataset is not None:
            self.hyper.mark_dataset_applied(dataset)
        self.curves.clear()
        self.controller.send("reset", config, dataset)

    # -- datasets ------------------------------------------------------------------------------------
    def refresh_datasets(self, current: str | None = None) -> None:
        from backprop_viz.data import catalogue

        entries = []
        for e in catalogue():
            if e.problem:
                continue
            counts = " / ".join(f"{n:,}" for n in e.counts.values())
            label = "MNIST (bundled)" if e.kind == "bundled" else f"{e.name} ({counts})"
            entries.append((e.name, label))
        self.hyper.set_datasets(entries, current)

    def import_dataset(self, path: str | None = None):
        """Import a dataset file or folder into the cache (off the GUI thread) and select it;
        returns the background job (``done(entry)`` / ``failed(message)``)."""
        from PySide6.QtWidgets import QFileDialog

        from backprop_viz.data import import_path
        from backprop_viz.gui.background import run_in_background

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, "Import a dataset", "", "Datasets (*.csv *.csv.gz *.npz *.gz *.pkl.gz *-ubyte);;All files (*)")
            if not path:
                return None
        self.notice.show_notice(f"Importing {path}…", "info")
        job = run_in_background(lambda: import_path(path), self)
        job.done.connect(lambda entry: self._imported(path, entry))
        job.failed.connect(lambda msg: self.notice.show_notice(f"Could not import the dataset: {msg}", "error"))
        return job

    def _imported(self, path: str, entry) -> None:
        self.refresh_datasets()
        self.hyper.dataset.setCurrentIndex(self.hyper.dataset.findData(entry.name))
        self.hyper._changed()
        self.notice.show_notice(f"Imported {path} as '{entry.name}'. Press Apply and reset to train on it.", "info")

    def refresh(self) -> None:
        """One refresh of every view from the latest snapshot (latest wins)."""
        taken = self.controller.take()
        if taken is None:
            return
        snap, losses = taken
        self.refresh_count += 1
        if self.last_snapshot is None or snap.run_id != self.last_snapshot.run_id:
            self.curves.clear()
            for view in self.views.values():
                view.clear()
        self.last_snapshot = snap
        self.curves.append_losses(losses)
        self.curves.set_evaluations(snap.eval_points, snap.eval_name)
        self.curves.set_subset_evaluations(snap.subset_points)
        self.curves.refresh()
        if snap.probe is not None:
            self.probe_view.show_probe(snap.probe, snap.probe_index, snap.eval_name)
        for view in self.views.values():
            if view.isVisible():
                view.show_snapshot(snap)
        self.status.show_snapshot(snap)
        self.actions_.show_phase(snap.phase)
        self.actions_.show_state(snap.state)

    # -- dialogs -----------------------------------------------------------------------------------
    def show_shortcuts(self) -> QMessageBox:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;{t}</td></tr>" for k, t in self.actions_.shortcut_rows())
        box = QMessageBox(QMessageBox.Information, "Keyboard shortcuts", f"<table>{rows}</table>",
                          QMessageBox.Close, self)
        box.setObjectName("shortcuts_box")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        import numpy
        import pyqtgraph
        from PySide6 import __version__ as pyside_version

        text = (f"<h3>backprop-viz {__version__}</h3><p>Watch backpropagation happen while a multilayer "
                f"perceptron learns MNIST.</p><p>NumPy {numpy.__version__} · PySide6 {pyside_version} · "
                f"pyqtgraph {pyqtgraph.__version__}</p><p>MNIST by Yann LeCun, Corinna Cortes and Christopher "
                f"J. C. Burges, CC BY-SA 3.0.</p>")
        box = QMessageBox(QMessageBox.Information, "About backprop-viz", text, QMessageBox.Close, self)
        box.setObjectName("about_box")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return box

    # -- layout persistence and shutdown -------------------------------------------------------------
    def _restore_layout(self) -> None:
        self._default_state = self.saveState()
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.show()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.race_view.shutdown(1000)
        self.controller.shutdown(1000)
        super().closeEvent(event)
