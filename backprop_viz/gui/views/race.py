"""The race: numerical differentiation against backpropagation, live, on this machine.

Pick a network (the course's 784-8-10, 784-30-10, 784-100-10, or the app's current one)
and a batch size and press Start. A worker thread (:mod:`backprop_viz.gui.race_worker`)
times backprop's whole gradient (one forward + one backward pass), then computes the
numerical derivative one parameter at a time — two forward passes each — while the
counters run side by side: entries done, elapsed time, time per entry, the numerical
gradient (per entry × parameters), one epoch (× 60,000 / batch gradients) and the
course's setting (784-30-10, batch 1) beside the course's measured 20 h 22 min; on the
backprop side its gradient, its epoch and the ratio. Below, the agreement of the
entries done so far (:class:`~backprop_viz.gui.views.agreement.AgreementPanel`). Stop
ends the worker before its next entry.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from backprop_viz.core.gradcheck import COURSE_BACKPROP_TRAINING_S, COURSE_NUMERICAL_EPOCH_S, format_duration
from backprop_viz.core.gradrace import check_entries
from backprop_viz.core.network import Network
from backprop_viz.gui.race_worker import (COURSE_ARCHITECTURE, COURSE_EPOCH_S, COURSE_SAMPLES, EMIT_INTERVAL,
                                          RaceProgress, RaceRunner, RaceSpec, course_config)

from .agreement import AgreementPanel, arrays_of
from .common import info_button

INFO = ("Why backprop? The numerical derivative ∂E/∂w ≈ (E(w + ε) − E(w − ε)) / 2ε needs two forward passes for "
        "every single parameter w; backpropagation gets all of them from one forward and one backward pass. Both "
        "run here on the same float64 network and samples. The numerical side is timed entry by entry and "
        "extrapolated: one gradient = time per entry × number of parameters, one epoch = one gradient × 60,000 "
        "samples / batch size. The course measured 20 h 22 min for one epoch of 784-30-10 at batch 1 (7 h 53 min "
        "for 784-8-10) and trained 784-100-10 with backprop in 28.9 s. Below: do the two methods agree? Each "
        "parameter array's relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) over the entries done so far (below 1e-6 "
        "passes), every entry as a point (on the diagonal when they agree), and the worst entries. Times are "
        "medians (of the entries, and of backprop passes timed in between), so a moment of other work on the "
        "machine does not distort them; 'elapsed' is wall time. Pause training for clean timings: both share the CPU.")
#: seconds between agreement refreshes while racing (the GUI shares the CPU and the GIL with the race)
AGREEMENT_INTERVAL = 0.5
NETWORKS = (("784-8-10", (8,)), ("784-30-10", (30,)), ("784-100-10", (100,)))
NUMERICAL_ROWS = (("done", "entries done"), ("elapsed", "elapsed"), ("per_entry", "time per entry"),
                  ("gradient", "one gradient"), ("epoch", "one epoch"))
BACKPROP_ROWS = (("bp_gradient", "one gradient"), ("bp_epoch", "one epoch"), ("ratio", "ratio"),
                 ("bp_course", "the course"))


def _params(sizes) -> int:
    return sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))


class RaceView(QWidget):
    race_started = Signal()    # e.g. to pause training for clean timings
    race_finished = Signal()

    def __init__(self, parent=None, emit_interval: float | None = None):
        super().__init__(parent)
        self.setObjectName("race_view")
        self.info_text = INFO
        self.snapshot = None
        self.dataset = None
        self.last_progress: RaceProgress | None = None
        self.on_current = False         # the race shown is on the app's current network
        self._entries: list = []
        self._agreement_shown = 0.0
        self.runner = RaceRunner(self, emit_interval or EMIT_INTERVAL)

        self.network_box = QComboBox()
        self.network_box.setObjectName("race_network")
        for name, hidden in NETWORKS:
            self.network_box.addItem(f"{name} ({_params((784, *hidden, 10)):,} parameters)", hidden)
        self.network_box.addItem("current network (none yet)", None)
        self.network_box.model().item(len(NETWORKS)).setEnabled(False)
        self.network_box.setCurrentIndex(1)
        self.network_box.setToolTip("The course's networks use its setup (sigmoid, squared error); "
                                    "'current network' races the app's network as it is now.")
        self.batch = QSpinBox()
        self.batch.setObjectName("race_batch")
        self.batch.setRange(1, 256)
        self.batch.setPrefix("batch ")
        self.batch.setToolTip("Samples per gradient. The course used batch 1: one epoch = 60,000 gradients.")
        self.start_button = QPushButton("▶ Start race")
        self.start_button.setObjectName("race_start")
        self.stop_button = QPushButton("■ Stop")
        self.stop_button.setObjectName("race_stop")
        self.stop_button.setEnabled(False)
        panel = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel("network"))
        top.addWidget(self.network_box)
        top.addWidget(self.batch)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        top.addStretch(1)
        top.addWidget(info_button(INFO, panel))
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("race_progress")
        self.progress_bar.setFormat("press Start")
        self.status = QLabel("")
        self.status.setObjectName("race_status")
        self.status.setWordWrap(True)

        self.counters: dict[str, QLabel] = {}
        sides = QHBoxLayout()
        for title, rows in (("Numerical differentiation — 2 forward passes per parameter", NUMERICAL_ROWS),
                            ("Backpropagation — 1 forward + 1 backward pass for all", BACKPROP_ROWS)):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setVerticalSpacing(2)
            for key, label in rows:
                value = QLabel("—")
                value.setObjectName(f"race_{key}")
                value.setWordWrap(True)
                self.counters[key] = value
                form.addRow(label, value)
            sides.addWidget(box, 1)
        banner = self.counters["course"] = QLabel("")
        banner.setObjectName("race_course")
        banner.setWordWrap(True)
        banner.setStyleSheet("QLabel { background: #fff8e1; border: 1px solid #e6d9a8; padding: 4px; }")
        banner.setToolTip("The course's setting: 784-30-10, sigmoid, squared error, batch 1, one epoch = 60,000 "
                          "numerical gradients. Measured here for a moment when another network is raced.")
        self.agreement = AgreementPanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(panel)
        layout.addWidget(self.progress_bar)
        layout.addLayout(sides)
        layout.addWidget(self.counters["course"])
        layout.addWidget(self.status)
        layout.addWidget(self.agreement, 1)

        self.start_button.clicked.connect(lambda: self.start())
        self.stop_button.clicked.connect(self.stop)
        self.network_box.currentIndexChanged.connect(self._network_changed)
        self.runner.progress.connect(self._on_progress)
        self.runner.failed.connect(lambda msg: self.status.setText(f"The race failed: {msg}"))
        self.runner.finished.connect(self._on_finished)
        self._reset_display()

    # -- the app's network ---------------------------------------------------------------------------
    def show_snapshot(self, snapshot) -> None:
        """Remember the current network (cheap: no copy; the race copies it when it starts)."""
        if snapshot is None or snapshot.network is None:
            return
        old, self.snapshot = self.snapshot, snapshot
        if old is not None and old.config == snapshot.config:
            return   # the same network shape: nothing to redraw (called on every refresh)
        item = self.network_box.model().item(len(NETWORKS))
        item.setText(f"current network: {snapshot.config.architecture} ({snapshot.network.n_params:,} parameters)")
        item.setEnabled(True)
        self._network_changed()

    def set_dataset(self, dataset) -> None:
        """Samples for races on the current network (the app's training set); default bundled MNIST."""
        self.dataset = dataset

    def clear(self) -> None:
        """Forget the current network (training was reset); a race on it is stopped and cleared."""
        self.snapshot = None
        item = self.network_box.model().item(len(NETWORKS))
        item.setText("current network (none yet)")
        item.setEnabled(False)
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
        self.agreement.set_waiting("Press Start: each numerical entry is compared with backprop's value for it.",
                                   "Press Start: every entry computed\nbecomes a point (backprop, numerical).\n"
                                   "Agreement puts it on the diagonal.")

    # -- racing --------------------------------------------------------------------------------------
    def spec(self, max_entries: int | None = None) -> RaceSpec:
        """What Start races: the chosen network and batch size."""
        hidden = self.network_box.currentData()
        if hidden is None and self.snapshot is not None:
            return RaceSpec(self.snapshot.network, self.snapshot.config, self.batch.value(), self.dataset,
                            max_entries=max_entries)
        config = course_config(hidden or (30,))
        return RaceSpec(Network.from_config(config), config, self.batch.value(), max_entries=max_entries)

    def start(self, max_entries: int | None = None) -> None:
        """Start a race (``max_entries``: stop after that many, for a quick look or a test)."""
        spec = self.spec(max_entries)
        self.on_current = self.network_box.currentData() is None
        self._reset_display()
        self.status.setText(f"Timing backprop on {spec.config.architecture}, then the numerical derivative entry "
                            f"by entry…")
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.runner.start(spec)
        self.race_started.emit()

    def stop(self) -> None:
        self.runner.stop()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the race and wait for its thread (call when the window closes)."""
        return self.runner.shutdown(timeout_ms)

    def _reset_display(self) -> None:
        self.last_progress = None
        self._entries = []
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("press Start")
        for label in self.counters.values():
            label.setText("—")
        self.counters["bp_course"].setText(f"trained 784-100-10 for one epoch in "
                                           f"{format_duration(COURSE_BACKPROP_TRAINING_S['784-100-10'])}")
        self.counters["course"].setText("The course's setting (784-30-10, batch 1, 60,000 samples): the course "
                                        f"measured {format_duration(COURSE_EPOCH_S)} for one epoch of numerical "
                                        "differentiation. Start the race to measure it on this machine.")
        self._show_pending()

    def _on_finished(self) -> None:
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.race_finished.emit()

    def _on_progress(self, p: RaceProgress) -> None:
        if self.last_progress is None:
            self.agreement.set_arrays(p.names, p.shapes, p.layers)
        self.last_progress = p
        if len(p.new_arrays):
            self._entries.append((p.new_arrays, p.new_indices, p.new_numerical, p.new_analytic))
        self._show_counters(p)
        now = time.perf_counter()
        if self._entries and (p.state != "running" or now - self._agreement_shown >= AGREEMENT_INTERVAL):
            self._agreement_shown = now
            self.agreement.show_result(self.agreement_result())
        if p.state == "stopped":
            self.status.setText(f"Stopped after {p.done:,} of {p.total:,} entries: the figures are extrapolated "
                                f"from those.")
        elif p.state == "finished":
            self.status.setText(f"Complete: all {p.total:,} entries of one numerical gradient computed."
                                if p.done == p.total else f"Finished the {p.done:,} entries asked for; the "
                                f"figures are extrapolated from those.")
        else:
            self.status.setText(f"Racing {p.architecture} at batch {p.batch_size}…")

    def agreement_result(self):
        """The engine's gradient-check figures of every entry received so far."""
        p = self.last_progress
        arrays, indices, num, ana = (np.concatenate(parts) for parts in zip(*self._entries))
        return check_entries(p.names, [int(np.prod(s)) for s in p.shapes], arrays, indices, num, ana, p.loss, p.eps)

    def _show_counters(self, p: RaceProgress) -> None:
        r, c = p.result, self.counters
        self.progress_bar.setRange(0, p.total)
        self.progress_bar.setValue(p.done)
        self.progress_bar.setFormat(f"{p.done:,} / {p.total:,} numerical entries ({100 * p.done / p.total:.1f} %)")
        gradients = COURSE_SAMPLES / p.batch_size
        c["done"].setText(f"{p.done:,} of {p.total:,} parameters")
        c["elapsed"].setText(f"{format_duration(p.elapsed_s)}")
        if p.done:
            c["per_entry"].setText(f"{format_duration(r.numerical_entry_s)} (median of {p.done:,})")
            c["gradient"].setText(f"<b>{format_duration(r.numerical_gradient_s)}</b> = {p.total:,} × "
                                  f"{format_duration(r.numerical_entry_s)}")
            course = COURSE_NUMERICAL_EPOCH_S.get(p.architecture) if p.batch_size == 1 else None
            course = None if p.architecture == COURSE_ARCHITECTURE else course  # the banner says it
            c["epoch"].setText(f"<b>{format_duration(r.numerical_epoch_s)}</b> = {gradients:,.0f} gradients"
                               + (f" · course: {format_duration(course)}" if course else ""))
            c["ratio"].setText(f"<b>backprop is {r.speedup:,.0f}× faster</b> per gradient")
        if p.course_epoch_s is not None:
            c["course"].setText(f"The course's setting (784-30-10, batch 1, 60,000 samples): one epoch of numerical "
                                f"differentiation would take <b>{format_duration(p.course_epoch_s)}</b> on this "
                                f"machine — the course measured <b>{format_duration(COURSE_EPOCH_S)}</b>.")
        c["bp_gradient"].setText(f"<b>{format_duration(p.backprop_gradient_s)}</b> for all {p.total:,} (median pass)")
        c["bp_epoch"].setText(f"<b>{format_duration(r.backprop_epoch_s)}</b> = {gradients:,.0f} gradients")
