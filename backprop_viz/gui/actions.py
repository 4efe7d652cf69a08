"""The training actions — play/pause, step, phase, epoch, N epochs, reset, speed — with
their keyboard shortcuts, shared by the toolbar, the Training menu and the Help →
Shortcuts dialog (one definition, so they can never disagree).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QToolBar

SPEEDS = {"1 step/s": 1.0, "5 steps/s": 5.0, "20 steps/s": 20.0, "as fast as possible": None}


class TrainingActions(QObject):
    def __init__(self, window):
        super().__init__(window)

        def action(name, text, keys, tip):
            a = QAction(text, window)
            a.setObjectName(name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            shortcut = " or ".join(keys)
            a.setToolTip(f"{tip} ({shortcut})")
            a.setStatusTip(tip)
            window.addAction(a)
            return a

        self.play = action("play_action", "▶ Play", ["Space"], "Train continuously; press again to pause")
        self.play.setCheckable(True)
        self.step = action("step_action", "Step", ["N", "Right"], "Train one minibatch: forward, backward, update")
        self.phase = action("phase_action", "Phase", ["P"],
                            "Do one phase of the step: forward, then backward, then update")
        self.epoch = action("epoch_action", "Epoch", ["Shift+N"], "Train until the end of the current epoch")
        self.run_n = action("run_n_action", "Run", [], "Train the number of epochs in the box")
        self.reset = action("reset_action", "Reset", ["R"], "Re-initialise the network with the seed")
        self.n_epochs = QSpinBox()
        self.n_epochs.setObjectName("n_epochs")
        self.n_epochs.setRange(1, 1000)
        self.n_epochs.setSuffix(" epochs")
        self.n_epochs.setToolTip("How many epochs the Run button trains")
        self.speed = QComboBox()
        self.speed.setObjectName("speed_combo")
        self.speed.addItems(list(SPEEDS))
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        self.speed.setToolTip("Slow training down to watch each step, or let it run at full speed")
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase_indicator")
        self.phase_label.setToolTip("The three phases of a training step; the last completed one is highlighted")
        self.show_phase(None)

    def all(self) -> list[QAction]:
        return [self.play, self.step, self.phase, self.epoch, self.run_n, self.reset]

    def build_toolbar(self, window) -> QToolBar:
        bar = QToolBar("Training")
        bar.setObjectName("training_toolbar")
        for a in (self.play, self.step, self.phase, self.epoch):
            bar.addAction(a)
        bar.addSeparator()
        bar.addWidget(self.n_epochs)
        bar.addAction(self.run_n)
        bar.addSeparator()
        bar.addAction(self.reset)
        bar.addSeparator()
        bar.addWidget(QLabel(" speed "))
        bar.addWidget(self.speed)
        bar.addSeparator()
        bar.addWidget(self.phase_label)
        return bar

    def show_phase(self, phase: str | None) -> None:
        parts = []
        for name in ("forward", "backward", "update"):
            parts.append(f"<b style='color:#1f77b4'>{name} ✓</b>" if name == phase else name)
        self.phase_label.setText(" &nbsp;→&nbsp; ".join(parts))

    def show_state(self, state: str) -> None:
        running = state != "paused"
        self.play.blockSignals(True)
        self.play.setChecked(running)
        self.play.setText("⏸ Pause" if running else "▶ Play")
        self.play.blockSignals(False)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return [(" or ".join(k.toString() for k in a.shortcuts()), a.statusTip())
                for a in self.all() if a.shortcuts()]
