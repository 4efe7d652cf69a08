"""The status bar: where training is (epoch, step, phase), how fast, how long, which lr.

Fed from snapshots; formatting helpers are plain functions so tests can check them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar


def format_clock(seconds: float | None) -> str:
    """``"0:05"``, ``"12:34"``, ``"1:02:03"``; ``"—"`` when unknown."""
    if seconds is None or seconds != seconds or seconds < 0:
        return "—"
    s = int(round(seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class TrainingStatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.position = QLabel("epoch 0 · step 0")
        self.position.setObjectName("status_position")
        self.speed = QLabel("— samples/s")
        self.speed.setObjectName("status_speed")
        self.clock = QLabel("elapsed 0:00 · ETA —")
        self.clock.setObjectName("status_clock")
        self.lr = QLabel("lr —")
        self.lr.setObjectName("status_lr")
        self.state = QLabel("paused")
        self.state.setObjectName("status_state")
        for w, tip in ((self.position, "Completed epochs, and minibatch steps in this epoch"),
                       (self.speed, "Training throughput, measured over the last steps"),
                       (self.clock, "Time spent training, and the estimated time to the end of the target epoch"),
                       (self.lr, "Current learning rate"),
                       (self.state, "Worker state")):
            w.setToolTip(tip)
            self.addPermanentWidget(w)

    def show_snapshot(self, snap) -> None:
        phase = f" · phase {snap.phase}" if snap.phase and snap.phase != "update" else ""
        target = snap.config.epochs
        self.position.setText(f"epoch {snap.epoch}/{target} · step {snap.step_in_epoch}/{snap.steps_per_epoch} "
                              f"(total {snap.global_step}){phase}")
        self.speed.setText(f"{snap.samples_per_s:,.0f} samples/s" if snap.samples_per_s else "— samples/s")
        self.clock.setText(f"elapsed {format_clock(snap.train_seconds)} · ETA {format_clock(snap.eta_seconds)}")
        self.lr.setText(f"lr {snap.lr:g}")
        self.state.setText(snap.state)
        if snap.message:
            self.showMessage(snap.message, 5000)
