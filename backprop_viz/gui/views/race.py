"""The race: numerical differentiation against backpropagation, live, on this machine.

Pick a network (the course's 784-8-10, 784-30-10, 784-100-10, or the app's current one)
and a batch size and press Start. The engine (:mod:`backprop_viz.engine.race_job`, through
:class:`~backprop_viz.gui.race_worker.RaceRunner`; :meth:`RaceView.set_engine` first, until
then the view waits) times backprop's whole gradient (one forward + one backward pass),
then computes the numerical derivative one parameter at a time — two forward passes each —
while the counters run side by side: entries done, elapsed time, the median entry, the
numerical gradient (wall time per entry × parameters), one epoch (× 60,000 / batch
gradients) with its range, and the course's setting (784-30-10, batch 1) beside the
course's measured 20 h 22 min; on the backprop side its gradient, its epoch and the ratio
(:mod:`.race_counters`). Below, the engine's agreement figures of the entries done so far
(:class:`~backprop_viz.gui.views.agreement.AgreementPanel`). Stop ends the race before its
next entry.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.race_worker import EMIT_INTERVAL, RaceProgress, RaceRunner

from .agreement import AgreementPanel, arrays_of
from .common import info_button
from .race_counters import RaceCounters

INFO = QT_TRANSLATE_NOOP(
    "RaceView", "Why backprop? The numerical derivative ∂E/∂w ≈ (E(w + ε) − E(w − ε)) / 2ε needs two forward "
    "passes for every single parameter w; backpropagation gets all of them from one forward and one backward pass. "
    "Both run here on the same float64 network and samples. The numerical side is timed end to end and "
    "extrapolated: one gradient = its wall time per entry × number of parameters, one epoch = one gradient × "
    "60,000 samples / batch size; the range beside it is the epoch at the rate of the fastest and of the slowest "
    "tenth of the gradient, each timed end to end. The course measured 20 h 22 min for one epoch of 784-30-10 at batch 1 (7 h 53 min "
    "for 784-8-10) and trained 784-100-10 with backprop in 28.9 s. Below: do the two methods agree? Each "
    "parameter array's relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) over the entries done so far (below 1e-6 "
    "passes), every entry as a point (on the diagonal when they agree), and the worst entries. The wall time "
    "includes every pause of the machine, as a real epoch would; the median entry beside it is the typical "
    "entry, and backprop's time is the median of passes timed in between. Pause training for clean timings: "
    "both share the CPU.")
NETWORKS = (("784-8-10", (8,)), ("784-30-10", (30,)), ("784-100-10", (100,)))


def _params(sizes) -> int:
    return sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))


class RaceView(Retranslatable, QWidget):
    race_started = Signal()    # e.g. to pause training for clean timings
    race_finished = Signal()

    def __init__(self, parent=None, emit_interval: float | None = None):
        super().__init__(parent)
        self.setObjectName("race_view")
        self.snapshot = None
        self.dataset = None
        self.engine = None              # the TrainingController (set_engine): the race runs there
        self.last_progress: RaceProgress | None = None
        self.on_current = False         # the race shown is on the app's current network
        self._check = None              # the engine's agreement figures of the entries so far
        self._status = lambda: ""       # the status line, re-worded on a language change
        self.runner = RaceRunner(self, emit_interval or EMIT_INTERVAL)

        self.network_box = QComboBox()
        self.network_box.setObjectName("race_network")
        for _, hidden in NETWORKS:
            self.network_box.addItem("", hidden)
        self.network_box.addItem("", None)
        self.network_box.model().item(len(NETWORKS)).setEnabled(False)
        self.network_box.setCurrentIndex(1)
        self.batch = QSpinBox()
        self.batch.setObjectName("race_batch")
        self.batch.setRange(1, 256)
        self.start_button = QPushButton()
        self.start_button.setObjectName("race_start")
        self.start_button.setEnabled(False)     # until the engine is there
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("race_stop")
        self.stop_button.setEnabled(False)
        panel = QLabel()
        self.network_name = QLabel()
        self.info = info_button("", panel)
        top = QHBoxLayout()
        top.addWidget(self.network_name)
        top.addWidget(self.network_box)
        top.addWidget(self.batch)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        top.addStretch(1)
        top.addWidget(self.info)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("race_progress")
        self.status = QLabel("")
        self.status.setObjectName("race_status")
        self.status.setWordWrap(True)
        self.counter_panel = RaceCounters()
        self.counters = self.counter_panel.counters
        self.agreement = AgreementPanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(panel)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.counter_panel)
        layout.addWidget(self.status)
        layout.addWidget(self.agreement, 1)

        self.start_button.clicked.connect(lambda: self.start())
        self.stop_button.clicked.connect(self.stop)
        self.network_box.currentIndexChanged.connect(self._network_changed)
        self.runner.progress.connect(self._on_progress)
        self.runner.failed.connect(lambda msg: self._set_status(lambda: self.tr("The race failed: {0}").format(msg)))
        self.runner.finished.connect(self._on_finished)
        self.retranslate()
        self._reset_display()
        self._set_status(lambda: self.tr("Waiting for the engine…"))

    def set_engine(self, controller) -> None:
        """The engine that runs the races (the main window's controller)."""
        self.engine = controller
        self.runner.set_engine(controller)
        if not self.runner.is_running():
            self.start_button.setEnabled(True)
            self._set_status(lambda: "")

    def retranslate(self) -> None:
        self.info_text = self.tr(INFO)
        self.info.set_text(self.info_text)
        for i, (name, hidden) in enumerate(NETWORKS):
            self.network_box.setItemText(i, self.tr("{0} ({1:,} parameters)").format(name, _params((784, *hidden, 10))))
        self._name_current()
        self.network_box.setToolTip(self.tr("The course's networks use its setup (sigmoid, squared error); "
                                            "'current network' races the app's network as it is now. 784-30-10 is "
                                            "the course's own setting."))
        self.network_name.setText(self.tr("network"))
        self.network_name.setToolTip(self.network_box.toolTip())
        self.batch.setPrefix(self.tr("batch "))
        self.batch.setToolTip(self.tr("Samples per gradient. The course used batch 1: one epoch = 60,000 "
                                      "gradients."))
        self.start_button.setText(self.tr("▶ Start race"))
        self.start_button.setToolTip(self.tr("Time backprop, then the numerical derivative entry by entry, and "
                                             "extrapolate both to a whole epoch (training pauses meanwhile)"))
        self.stop_button.setText(self.tr("■ Stop"))
        self.stop_button.setToolTip(self.tr("Stop the race before its next entry; the figures so far are "
                                            "extrapolated from the entries done"))
        self.status.setText(self._status())
        if self.last_progress is None:
            self.progress_bar.setFormat(self.tr("press Start"))
            if not self.runner.is_running():
                self._show_pending()
        else:
            self._show_progress_bar(self.last_progress)
            if self._check is not None:
                self.agreement.show_result(self._check)

    def _set_status(self, text) -> None:
        """Show ``text()`` in the status line (a callable, so it can be re-worded)."""
        self._status = text
        self.status.setText(text())

    def _name_current(self) -> None:
        item = self.network_box.model().item(len(NETWORKS))
        snap = self.snapshot
        item.setText(self.tr("current network (none yet)") if snap is None else
                     self.tr("current network: {0} ({1:,} parameters)").format(snap.config.architecture,
                                                                                 snap.network.n_params))

    # -- the app's network ---------------------------------------------------------------------------
    def show_snapshot(self, snapshot) -> None:
        """Remember the current network (cheap: no copy; the race copies it when it starts)."""
        if snapshot is None or snapshot.network is None:
            return
        old, self.snapshot = self.snapshot, snapshot
        if old is not None and old.config == snapshot.config:
            return   # the same network shape: nothing to redraw (called on every refresh)
        self._name_current()
        self.network_box.model().item(len(NETWORKS)).setEnabled(True)
        self._network_changed()

    def set_dataset(self, dataset) -> None:
        """Kept for the main window: the engine races on its own training set."""
        self.dataset = dataset

    def clear(self) -> None:
        """Forget the current network (training was reset); a race on it is stopped and cleared."""
        self.snapshot = None
        self._name_current()
        self.network_box.model().item(len(NETWORKS)).setEnabled(False)
        if self.network_box.currentIndex() == len(NETWORKS):
            self.network_box.setCurrentIndex(1)
        if self.on_current:
            self.runner.stop()
            self._reset_display()

    def _network_changed(self) -> None:
        current = self.network_box.currentData() is None and self.snapshot is not None
        self.batch.setMinimum(2 if current and self.snapshot.config.batch_norm else 1)
        if self.last_progress is None and not self.runner.is_running():
            self._show_pending()

    def _show_pending(self) -> None:
        """Before a race: the chosen network's arrays, unchecked, and what will appear."""
        hidden = self.network_box.currentData()
        if hidden is None and self.snapshot is not None:
            self.agreement.set_arrays(*arrays_of(self.snapshot.network))
        else:
            h = (hidden or (30,))[0]
            self.agreement.set_arrays(("W1", "b1", "W2", "b2"), ((784, h), (h,), (h, 10), (10,)), (1, 1, 2, 2))
        self.agreement.set_waiting(self.tr("Press Start: each numerical entry is compared with backprop's value for "
                                           "it."),
                                   self.tr("Press Start: every entry computed\nbecomes a point (backprop, "
                                           "numerical).\nAgreement puts it on the diagonal."))

    # -- racing --------------------------------------------------------------------------------------
    def race_fields(self, max_entries: int | None = None) -> dict:
        """What Start races (the fields of :class:`~backprop_viz.engine.race_job.Race`): the
        chosen network — the engine's shown one, or the course's setup — and batch size."""
        hidden = self.network_box.currentData()
        if hidden is None and self.snapshot is not None:
            return dict(current=True, batch_size=self.batch.value(), max_entries=max_entries)
        return dict(hidden=tuple(hidden or (30,)), batch_size=self.batch.value(), max_entries=max_entries)

    def start(self, max_entries: int | None = None) -> None:
        """Start a race (``max_entries``: stop after that many, for a quick look or a test)."""
        if self.engine is None:
            self._set_status(lambda: self.tr("Waiting for the engine…"))
            return
        fields = self.race_fields(max_entries)
        self.on_current = fields.get("current", False)
        self._reset_display()
        arch = self.snapshot.config.architecture if self.on_current else "-".join(
            map(str, (784, *fields["hidden"], 10)))
        self._set_status(lambda: self.tr("Timing backprop on {0}, then the numerical derivative entry by entry…")
                         .format(arch))
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.runner.start(**fields)
        self.race_started.emit()

    def stop(self) -> None:
        self.runner.stop()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the race and let it go (call when the window closes)."""
        return self.runner.shutdown(timeout_ms)

    def _reset_display(self) -> None:
        self.last_progress = None
        self._check = None
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("press Start"))
        self.counter_panel.reset()
        self._show_pending()

    def _on_finished(self) -> None:
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.race_finished.emit()

    def _on_progress(self, p: RaceProgress) -> None:
        if self.last_progress is None:
            self.agreement.set_arrays(p.names, p.shapes, p.layers)
        self.last_progress = p
        self._show_progress_bar(p)
        self.counter_panel.show_progress(p)
        if p.check is not None and p.check.params:   # the engine's figures, every half second and at the end
            self._check = p.check
            self.agreement.show_result(p.check)
        self._set_status(lambda: self._progress_status(p))

    def _progress_status(self, p: RaceProgress) -> str:
        if p.state == "stopped":
            return self.tr("Stopped after {0:,} of {1:,} entries: the figures are extrapolated from those.").format(
                p.done, p.total)
        if p.state == "finished" and p.done == p.total:
            return self.tr("Complete: all {0:,} entries of one numerical gradient computed.").format(p.total)
        if p.state == "finished":
            return self.tr("Finished the {0:,} entries asked for; the figures are extrapolated from those.").format(
                p.done)
        return self.tr("Racing {0} at batch {1}…").format(p.architecture, p.batch_size)

    def _show_progress_bar(self, p: RaceProgress) -> None:
        self.progress_bar.setRange(0, p.total)
        self.progress_bar.setValue(p.done)
        self.progress_bar.setFormat(self.tr("{0:,} / {1:,} numerical entries ({2:.1f} %)").format(
            p.done, p.total, 100 * p.done / p.total))
