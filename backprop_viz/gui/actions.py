"""The training actions — play/pause, step, phase, epoch, N epochs, reset, speed — with
their keyboard shortcuts, shared by the toolbar, the Training menu and the Help →
Shortcuts dialog (one definition, so they can never disagree). Their texts are set in
:meth:`TrainingActions.retranslate`, which the window calls when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QToolBar

from backprop_viz.gui.texts import phase_name

#: (label, steps per second or None for as fast as possible), in the speed box's order
SPEEDS = ((QT_TRANSLATE_NOOP("TrainingActions", "1 step/s"), 1.0),
          (QT_TRANSLATE_NOOP("TrainingActions", "5 steps/s"), 5.0),
          (QT_TRANSLATE_NOOP("TrainingActions", "20 steps/s"), 20.0),
          (QT_TRANSLATE_NOOP("TrainingActions", "as fast as possible"), None))
#: action name → (text, status tip); the tooltip adds the shortcut
TEXTS = {
    "play": (QT_TRANSLATE_NOOP("TrainingActions", "▶ Play"),
             QT_TRANSLATE_NOOP("TrainingActions", "Train continuously; press again to pause")),
    "step": (QT_TRANSLATE_NOOP("TrainingActions", "Step"),
             QT_TRANSLATE_NOOP("TrainingActions", "Train one minibatch: forward, backward, update")),
    "phase": (QT_TRANSLATE_NOOP("TrainingActions", "Phase"),
              QT_TRANSLATE_NOOP("TrainingActions", "Do one phase of the step: forward, then backward, then update")),
    "epoch": (QT_TRANSLATE_NOOP("TrainingActions", "Epoch"),
              QT_TRANSLATE_NOOP("TrainingActions", "Train until the end of the current epoch")),
    "run_n": (QT_TRANSLATE_NOOP("TrainingActions", "Run"),
              QT_TRANSLATE_NOOP("TrainingActions", "Train the number of epochs in the box")),
    "reset": (QT_TRANSLATE_NOOP("TrainingActions", "Reset"),
              QT_TRANSLATE_NOOP("TrainingActions", "Re-initialise the network with the seed")),
}


class TrainingActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._state = "paused"
        self._phase = None
        self.toolbar: QToolBar | None = None

        def action(name, keys):
            a = QAction(window)
            a.setObjectName(f"{name}_action")
            a.setShortcuts([QKeySequence(k) for k in keys])
            window.addAction(a)
            return a

        self.play = action("play", ["Space"])
        self.play.setCheckable(True)
        self.step = action("step", ["N", "Right"])
        self.phase = action("phase", ["P"])
        self.epoch = action("epoch", ["Shift+N"])
        self.run_n = action("run_n", [])
        self.reset = action("reset", ["R"])
        self.n_epochs = QSpinBox()
        self.n_epochs.setObjectName("n_epochs")
        self.n_epochs.setRange(1, 1000)
        self.speed = QComboBox()
        self.speed.setObjectName("speed_combo")
        for text, value in SPEEDS:
            self.speed.addItem(text, value)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        self.speed_label = QLabel()
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase_indicator")
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the actions and the toolbar widgets, in the current language."""
        for name, (text, tip) in TEXTS.items():
            a = getattr(self, name)
            a.setText(self.tr(text))
            a.setStatusTip(self.tr(tip))
            keys = self.tr(" or ").join(k.toString(QKeySequence.NativeText) for k in a.shortcuts())
            a.setToolTip(self.tr("{0} ({1})").format(self.tr(tip), keys) if keys else self.tr(tip))
        self.n_epochs.setSuffix(self.tr(" epochs"))
        self.n_epochs.setToolTip(self.tr("How many epochs the Run button trains (1–3 are enough to see most of "
                                         "the learning)"))
        for i, (text, _) in enumerate(SPEEDS):
            self.speed.setItemText(i, self.tr(text))
        self.speed.setToolTip(self.tr("Slow training down to watch each step (1–5 steps/s), or let it run at full "
                                      "speed"))
        self.speed_label.setText(self.tr(" speed "))
        self.speed_label.setToolTip(self.speed.toolTip())
        self.phase_label.setToolTip(self.tr("The three phases of a training step; the last completed one is "
                                            "highlighted"))
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(self.tr("Training"))
        self.show_phase(self._phase)
        self.show_state(self._state)

    def speed_value(self) -> float | None:
        """The chosen speed in steps per second (``None``: as fast as possible)."""
        return SPEEDS[self.speed.currentIndex()][1]

    def all(self) -> list[QAction]:
        return [self.play, self.step, self.phase, self.epoch, self.run_n, self.reset]

    def build_toolbar(self, window) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("training_toolbar")
        for a in (self.play, self.step, self.phase, self.epoch):
            bar.addAction(a)
        bar.addSeparator()
        bar.addWidget(self.n_epochs)
        bar.addAction(self.run_n)
        bar.addSeparator()
        bar.addAction(self.reset)
        bar.addSeparator()
        bar.addWidget(self.speed_label)
        bar.addWidget(self.speed)
        bar.addSeparator()
        bar.addWidget(self.phase_label)
        self.toolbar = bar
        self.retranslate()
        return bar

    def show_phase(self, phase: str | None) -> None:
        self._phase = phase
        parts = []
        for name in ("forward", "backward", "update"):
            parts.append(f"<b style='color:#1f77b4'>{phase_name(name)} ✓</b>" if name == phase else phase_name(name))
        self.phase_label.setText(" &nbsp;→&nbsp; ".join(parts))

    def show_state(self, state: str) -> None:
        self._state = state
        running = state != "paused"
        self.play.blockSignals(True)
        self.play.setChecked(running)
        self.play.setText(self.tr("⏸ Pause") if running else self.tr("▶ Play"))
        self.play.blockSignals(False)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return [(self.tr(" or ").join(k.toString(QKeySequence.NativeText) for k in a.shortcuts()), a.statusTip())
                for a in self.all() if a.shortcuts()]
