"""The timeline bar under the curves: drag to any step of the run, step with ``[``/``]``, branch.

:class:`TimelineBar` shows the run's steps as a slider from the first step one can go back to
up to the furthest step trained on this line (the engine's :class:`TimelineInfo
<backprop_viz.engine.timeline_commands.TimelineInfo>` answer, asked whenever a snapshot starts
a new run id; while training the end follows the run). Dragging sends
:class:`~backprop_viz.engine.protocol.Rewind` (at most one every ``SEND_MS`` while the
handle moves, and never a second one before the engine has shown the first, so a slow rewind
never queues up more; the step where it is let go always goes): the engine rewinds, recomputes the step with
its full trace and every view shows it. ``[`` and ``]`` move one step, with Shift one epoch.
*Export clip…* renders a view over a range of steps (:mod:`.timeline_clip`). *Branch from here* opens :class:`BranchDialog` with the live settings (learning rate,
optimizer, momentum, weight decay, batch size, dropout); its changes go out as
:class:`~backprop_viz.engine.protocol.Branch` and the branch trains on (Play). The bar only
draws and sends: the engine computes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
                               QPushButton, QSlider, QSpinBox, QWidget)

from backprop_viz.engine import protocol as p
from backprop_viz.gui import i18n

from .arrange import WrappingRow

#: milliseconds between Rewind commands while the handle is dragged
SEND_MS = 80


class TimelineBar(i18n.Retranslatable, QWidget):
    """A slider over the run's steps (see the module docstring)."""

    rewind_sent = Signal(int)          # a step the bar asked the engine to show
    branch_sent = Signal(dict)         # the settings a branch changes
    info_arrived = Signal(object)      # the engine's TimelineAnswer (lines, branch point)

    def __init__(self, controller=None, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline_bar")
        self.controller = None
        self.start, self.end, self.step, self.steps_per_epoch = 0, 0, 0, 1
        self.info = None                # the last TimelineAnswer
        self.config = None
        self._run_id, self._state = None, "paused"
        self._wanted: int | None = None
        self._in_flight = False          # a Rewind sent and not yet shown
        self._stuck = QTimer(self, singleShot=True, interval=3000)   # (a refused one is never shown)
        self._stuck.timeout.connect(self._shown)
        self.title = QLabel()
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setRange(0, 0)
        self.slider.setTracking(True)
        self.position = QLabel()
        self.position.setObjectName("timeline_position")
        self.position.setMinimumWidth(220)
        self.branch_button = QPushButton()
        self.branch_button.setObjectName("branch_button")
        self.clip_button = QPushButton()
        self.clip_button.setObjectName("clip_button")
        # one row; the position and buttons go under the slider when the window is too narrow
        self.row = WrappingRow(self, [(self.title, 0), (self.slider, 1)],
                               [self.position, self.branch_button, self.clip_button])
        self._timer = QTimer(self, singleShot=True, interval=SEND_MS)
        self._timer.timeout.connect(self._send_wanted)
        self.slider.sliderMoved.connect(self._moved)
        self.slider.sliderReleased.connect(lambda: self.go_to(self.slider.value()))
        self.slider.actionTriggered.connect(self._clicked)
        self.branch_button.clicked.connect(self.open_branch_dialog)
        self.clip_button.clicked.connect(self.open_clip_dialog)
        self.actions_ = []
        for keys, delta in ((("]",), 1), (("[",), -1), (("Shift+]", "}"), "epoch"), (("Shift+[", "{"), "-epoch")):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.WindowShortcut)
            action.triggered.connect(lambda _=False, d=delta: self.move_by(d))
            self.addAction(action)
            self.actions_.append(action)
        self.retranslate()
        if controller is not None:
            self.set_engine(controller)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Timeline"))
        self.branch_button.setText(self.tr("Branch from here…"))
        self.branch_button.setToolTip(self.tr("Change live settings at this step and train a branch; "
                                              "Compare shows it beside its parent"))
        self.clip_button.setText(self.tr("Export clip…"))
        self.clip_button.setToolTip(self.tr("Render a view from one step to another as an animated GIF"))
        self.slider.setToolTip(self.tr("Drag to any step: every view shows the network at that step. "
                                       "[ and ] move one step, with Shift one epoch"))
        self._show_position()
        self.row.arrange()   # (one row or two, for this language's texts)

    def set_engine(self, controller) -> None:
        self.controller = controller
        controller.snapshot_arrived.connect(self.show_snapshot)

    # -- what the engine says ---------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        if getattr(snap.note, "code", "") == "timeline.rewound":
            self._shown()
        self.config, self.steps_per_epoch = snap.config, max(snap.steps_per_epoch, 1)
        self.step = snap.global_step
        # a new run id (reset, load, rewind), a branch, or a pause: the lines may have changed
        if (snap.run_id != self._run_id or getattr(snap.note, "code", "") == "timeline.branched"
                or (snap.state == "paused" and self._state != "paused")):
            self.ask()
        self._run_id, self._state = snap.run_id, snap.state
        self.end = max(self.end, self.step)
        if not self.slider.isSliderDown():
            self._set_slider()
        self._show_position()

    def ask(self) -> None:
        """Ask the engine for the timeline's extent and lines."""
        if self.controller is not None:
            from backprop_viz.engine.timeline_commands import TimelineInfo

            self.controller.request(TimelineInfo, on_done=self.show_info)

    def show_info(self, info) -> None:
        self.info = info
        self.start, self.end = info.start, max(info.end, self.step)
        self.steps_per_epoch = max(info.steps_per_epoch, 1)
        self._set_slider()
        self._show_position()
        self.info_arrived.emit(info)

    def _set_slider(self) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(self.start, max(self.end, self.start))
        self.slider.setValue(self.step)
        self.slider.setPageStep(self.steps_per_epoch)
        self.slider.blockSignals(False)

    def _show_position(self) -> None:
        epoch = self.step / self.steps_per_epoch
        text = self.tr("step {0} of {1} (epoch {2:.2f})").format(self.step, self.end, epoch)
        if self.info is not None and self.info.parent is not None:
            text += self.tr(" · branch at {0}").format(self.info.branch_step)
        self.position.setText(text)
        self.row.grown(self.position)

    # -- what the user does -------------------------------------------------------------------------
    def go_to(self, step: int) -> None:
        """Show ``step`` (clamped to the timeline): the engine rewinds there."""
        step = min(max(int(step), self.start), max(self.end, self.start))
        self._timer.stop()
        self._wanted = None
        self.step = step
        self._set_slider()
        self._show_position()
        self._send(step)

    def move_by(self, delta) -> None:
        """One step (``1``/``-1``) or one epoch (``"epoch"``/``"-epoch"``) along the timeline."""
        if isinstance(delta, str):
            delta = self.steps_per_epoch * (-1 if delta.startswith("-") else 1)
        self.go_to(self.step + delta)

    def _moved(self, value: int) -> None:
        self._wanted = value
        self.step = value
        self._show_position()
        if not self._timer.isActive():
            self._timer.start()

    def _clicked(self, action: int) -> None:
        if action in (QSlider.SliderPageStepAdd, QSlider.SliderPageStepSub,
                      QSlider.SliderSingleStepAdd, QSlider.SliderSingleStepSub):
            QTimer.singleShot(0, lambda: self.go_to(self.slider.value()))

    def _send_wanted(self) -> None:
        if self._wanted is not None and not self._in_flight:
            self._send(self._wanted)
            self._wanted = None

    def _send(self, step: int) -> None:
        if self.controller is not None:
            self.controller.send(p.Rewind(step))
            self._in_flight = True
            self._stuck.start()
        self.rewind_sent.emit(step)

    def _shown(self) -> None:
        """The engine showed a rewound step: the handle's latest position may go."""
        self._in_flight = False
        self._stuck.stop()
        if self._wanted is not None and not self._timer.isActive():
            self._send_wanted()

    def open_branch_dialog(self) -> BranchDialog:
        dialog = BranchDialog(self.config, self)
        dialog.accepted.connect(lambda: self.branch(dialog.changes()))
        dialog.open()
        return dialog

    def open_clip_dialog(self):
        from backprop_viz.gui.views.timeline_clip import ClipDialog

        dialog = ClipDialog(self.window(), self.start, max(self.end, self.start), self.step)
        dialog.open()
        return dialog

    def branch(self, changes: dict) -> None:
        """Branch here with ``changes`` and train the branch on."""
        if self.controller is not None:
            self.controller.send(p.Branch(changes))
            self.controller.send(p.Play())
        self.branch_sent.emit(changes)


class BranchDialog(QDialog):
    """The live settings a branch may change, filled in with the running ones."""

    def __init__(self, config, parent=None):
        super().__init__(parent)
        self.setObjectName("branch_dialog")
        self.setWindowTitle(self.tr("Branch from here"))
        self.config = config
        form = QFormLayout(self)
        self.lr = QDoubleSpinBox(decimals=6, minimum=1e-6, maximum=100.0, singleStep=0.0005)
        self.optimizer = QComboBox()
        self.optimizer.addItems(["sgd", "momentum", "adam"])
        self.momentum = QDoubleSpinBox(decimals=3, minimum=0.0, maximum=0.999, singleStep=0.05)
        self.weight_decay = QDoubleSpinBox(decimals=6, minimum=0.0, maximum=1.0, singleStep=0.0001)
        self.batch_size = QSpinBox(minimum=1, maximum=1 << 16)
        self.dropout = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.95, singleStep=0.05)
        for label, widget in ((self.tr("learning rate (lr)"), self.lr), (self.tr("optimizer"), self.optimizer),
                              (self.tr("momentum"), self.momentum), (self.tr("weight decay"), self.weight_decay),
                              (self.tr("batch size"), self.batch_size), (self.tr("dropout"), self.dropout)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Branch and train"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if config is not None:
            self.lr.setValue(config.lr)
            self.optimizer.setCurrentText(config.optimizer)
            self.momentum.setValue(config.momentum)
            self.weight_decay.setValue(config.weight_decay)
            self.batch_size.setValue(config.batch_size)
            self.dropout.setValue(config.dropout)

    def changes(self) -> dict:
        """The settings that differ from the running ones."""
        now = {"lr": self.lr.value(), "optimizer": self.optimizer.currentText(), "momentum": self.momentum.value(),
               "weight_decay": self.weight_decay.value(), "batch_size": self.batch_size.value(),
               "dropout": self.dropout.value()}
        if self.config is None:
            return now
        return {k: v for k, v in now.items() if v != getattr(self.config, k)}
