"""The training actions — play/pause, step, phase, epoch, N epochs, reset, speed — with
their keyboard shortcuts, shared by the toolbar, the Training menu and the Help →
Shortcuts dialog (one definition, so they can never disagree). Their texts (and every
toolbar control's accessible name) are set in :meth:`TrainingActions.retranslate`, which
the window calls when the language changes; their icons are drawn (:mod:`.icons`). The
shortcuts work whenever the window is active and no text field is being edited: the
window starts with the keyboard focus on itself (a neutral place, see
:meth:`TrainingActions.focus_neutral`), and :class:`.keyboard.TrainingKeys` lets them
past number boxes and makes Enter press a Tab-focused button. While no training engine runs
(:meth:`TrainingActions.show_engine`) the training controls are disabled, a label in the
toolbar says so, and the Restart engine action appears there and in the Training menu.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QToolBar

from backprop_viz.gui.icons import training_icon
from backprop_viz.gui.keyboard import TrainingKeys
from backprop_viz.gui.texts import phase_name

#: (label, steps per second or None for as fast as possible), in the speed box's order
SPEEDS = ((QT_TRANSLATE_NOOP("TrainingActions", "1 step/s"), 1.0),
          (QT_TRANSLATE_NOOP("TrainingActions", "5 steps/s"), 5.0),
          (QT_TRANSLATE_NOOP("TrainingActions", "20 steps/s"), 20.0),
          (QT_TRANSLATE_NOOP("TrainingActions", "as fast as possible"), None))
#: action name → (text, status tip); the tooltip adds the shortcut
TEXTS = {
    "play": (QT_TRANSLATE_NOOP("TrainingActions", "Play"),
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
        self.window = window
        self.toolbar: QToolBar | None = None

        def action(name, keys):
            a = QAction(window)
            a.setObjectName(f"{name}_action")
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setIcon(training_icon(name))
            window.addAction(a)
            return a

        self.play = action("play", ["Space"])
        self.play.setCheckable(True)
        self.step = action("step", ["N", "Right"])
        self.phase = action("phase", ["P"])
        self.epoch = action("epoch", ["Shift+N"])
        self.run_n = action("run_n", [])
        self.reset = action("reset", ["R"])
        self.restart_engine = QAction(training_icon("reset"), "", window)
        self.restart_engine.setObjectName("restart_engine_action")
        self.restart_engine.setVisible(False)     # shown only while no engine runs (show_engine)
        self._engine = ("running", 0.0)
        self.engine_label = QLabel()
        self.engine_label.setObjectName("engine_status_label")
        self.engine_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.engine_label.setVisible(False)
        self.n_epochs = QSpinBox()
        self.n_epochs.setObjectName("n_epochs")
        self.n_epochs.setRange(1, 1000)
        self.speed = QComboBox()
        self.speed.setObjectName("speed_combo")
        for text, value in SPEEDS:
            self.speed.addItem(text, value)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        self.speed_label = QLabel()
        self.speed_label.setBuddy(self.speed)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase_indicator")
        self.phase_label.setTextFormat(Qt.RichText)
        self._icons = {"play": training_icon("play"), "pause": training_icon("pause")}
        self.keys = TrainingKeys(window, self.all())
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
        self.n_epochs.setAccessibleName(self.tr("Epochs to run"))
        self.speed.setAccessibleName(self.tr("Training speed"))
        self.phase_label.setAccessibleName(self.tr("Training phase"))
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
        self.restart_engine.setText(self.tr("Restart engine"))
        self.restart_engine.setStatusTip(self.tr("Start a fresh training engine now, with the last settings"))
        self.restart_engine.setToolTip(self.restart_engine.statusTip())
        self.show_phase(self._phase)
        self.show_state(self._state)
        self.show_engine(*self._engine)
        self._name_buttons()

    def _name_buttons(self) -> None:
        """The toolbar buttons' accessible names and descriptions (screen readers, Tab users)."""
        if self.toolbar is None:
            return
        for a in self.all():
            button = self.toolbar.widgetForAction(a)
            if button is not None:
                button.setAccessibleName(a.text())
                button.setAccessibleDescription(a.toolTip())

    def speed_value(self) -> float | None:
        """The chosen speed in steps per second (``None``: as fast as possible)."""
        return SPEEDS[self.speed.currentIndex()][1]

    def all(self) -> list[QAction]:
        return [self.play, self.step, self.phase, self.epoch, self.run_n, self.reset]

    def build_toolbar(self, window) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("training_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
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
        # first in the bar while no engine runs: never pushed into the overflow menu
        bar.insertAction(bar.actions()[0], self.restart_engine)
        self._engine_label_action = bar.insertWidget(self.restart_engine, self.engine_label)
        for a in self.all():
            bar.widgetForAction(a).setFocusPolicy(Qt.TabFocus)   # reachable with Tab; a click keeps the focus
        self.toolbar = bar
        self.retranslate()
        self.focus_neutral()
        return bar

    def focus_neutral(self) -> None:
        """Put the keyboard focus on the window itself: no text field, so every training key works
        (Qt would otherwise give it to the first box in the toolbar, which swallows N and Space)."""
        self.window.setFocus(Qt.OtherFocusReason)

    def show_phase(self, phase: str | None) -> None:
        self._phase = phase
        parts = []
        for name in ("forward", "backward", "update"):
            text = escape(phase_name(name))
            parts.append(f"<b style='color:#1f77b4'>{text} ✓</b>" if name == phase else text)
        self.phase_label.setText("\u00a0\u00a0→\u00a0\u00a0".join(parts))   # rich text, always (see __init__)

    def show_state(self, state: str) -> None:
        self._state = state
        running = state != "paused"
        self.play.blockSignals(True)
        self.play.setChecked(running)
        self.play.blockSignals(False)
        text = self.tr("Pause") if running else self.tr("Play")
        if text != self.play.text():       # called on every refresh: touch the button only on a change
            self.play.setText(text)
            self.play.setIcon(self._icons["pause" if running else "play"])
            self._name_buttons()

    def show_engine(self, status: str, wait: float = 0.0) -> None:
        """Say honestly whether a training engine runs: ``"running"`` enables the training
        controls; ``"starting"`` and ``"down"`` (next attempt in ``wait`` s) disable them and
        show why, with the Restart engine action."""
        self._engine = (status, wait)
        running = status == "running"
        for w in (*self.all(), self.n_epochs, self.speed):
            w.setEnabled(running)
        self.restart_engine.setVisible(not running)
        if status == "starting":
            text = self.tr("Starting the training engine…")
        elif status == "down":
            text = self.tr("No training engine is running (next attempt in {0} s)").format(f"{wait:g}")
        else:
            text = ""
        self.engine_label.setText(text)
        self.engine_label.setToolTip(text)
        if self.toolbar is not None:
            self._engine_label_action.setVisible(not running)
        else:
            self.engine_label.setVisible(not running)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return [(self.tr(" or ").join(k.toString(QKeySequence.NativeText) for k in a.shortcuts()), a.statusTip())
                for a in self.all() if a.shortcuts()]
