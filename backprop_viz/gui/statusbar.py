"""The status bar: where training is (epoch, step, phase), how fast, how long, which lr.

Fed from snapshots; formatting helpers are plain functions so tests can check them. The
last snapshot is kept, so a language change re-words the counters at once. The epoch count
is the running configuration's: a finished run reads "epoch 3/3 · done"; Play then trains one
epoch more and the engine raises the run's epochs, so it reads "epoch 3/4" — never "4/3". A
snapshot's message shows for 5 s, and goes at once when the worker's state changes without a
new one ("ready to train" is stale as soon as Play is pressed).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import phase_name, state_name


def format_clock(seconds: float | None) -> str:
    """``"0:05"``, ``"12:34"``, ``"1:02:03"``; ``"—"`` when unknown."""
    if seconds is None or seconds != seconds or seconds < 0:
        return "—"
    s = int(round(seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class TrainingStatusBar(Retranslatable, QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._snap = None
        self._state = None          # the worker's state the shown message came with
        self.position = QLabel()
        self.position.setObjectName("status_position")
        self.speed = QLabel()
        self.speed.setObjectName("status_speed")
        self.clock = QLabel()
        self.clock.setObjectName("status_clock")
        self.lr = QLabel()
        self.lr.setObjectName("status_lr")
        self.state = QLabel()
        self.state.setObjectName("status_state")
        for w in (self.position, self.speed, self.clock, self.lr, self.state):
            self.addPermanentWidget(w)
        self.retranslate()

    def retranslate(self) -> None:
        for w, tip in ((self.position, self.tr("Completed epochs of the run's planned epochs, and minibatch steps in "
                                               "this epoch. After the last epoch, Play trains one more.")),
                       (self.speed, self.tr("Training throughput, measured over the last steps")),
                       (self.clock, self.tr("Time spent training, and the estimated time to the end of the target "
                                            "epoch")),
                       (self.lr, self.tr("Current learning rate")),
                       (self.state, self.tr("Worker state: paused, playing or stepping"))):
            w.setToolTip(tip)
        if self._snap is not None:
            self.show_snapshot(self._snap, message=False)
            return
        self.position.setText(self.tr("epoch {0} · step {1}").format(0, 0))
        self.speed.setText(self.tr("— samples/s"))
        self.clock.setText(self.tr("elapsed {0} · ETA {1}").format(format_clock(0), format_clock(None)))
        self.lr.setText(self.tr("lr {0}").format("—"))
        self.state.setText(state_name("paused"))

    def show_snapshot(self, snap, message: bool = True) -> None:
        self._snap = snap
        phase = self.tr(" · phase {0}").format(phase_name(snap.phase)) if snap.phase and snap.phase != "update" else ""
        target = snap.config.epochs
        if snap.epoch >= target and snap.step_in_epoch == 0 and not phase:   # every epoch trained
            self.position.setText(self.tr("epoch {0}/{1} · done (total {2} steps)").format(
                snap.epoch, target, snap.global_step))
        else:
            self.position.setText(self.tr("epoch {0}/{1} · step {2}/{3} (total {4}){5}").format(
                snap.epoch, target, snap.step_in_epoch, snap.steps_per_epoch, snap.global_step, phase))
        self.speed.setText(self.tr("{0:,.0f} samples/s").format(snap.samples_per_s) if snap.samples_per_s
                           else self.tr("— samples/s"))
        self.clock.setText(self.tr("elapsed {0} · ETA {1}").format(format_clock(snap.train_seconds),
                                                                   format_clock(snap.eta_seconds)))
        self.lr.setText(self.tr("lr {0}").format(f"{snap.lr:g}"))
        self.state.setText(state_name(snap.state))
        if message and snap.message:
            self.showMessage(snap.message, 5000)
        elif message and self._state is not None and snap.state != self._state:
            self.clearMessage()     # it described the state before
        if message:
            self._state = snap.state
