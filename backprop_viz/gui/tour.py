"""The guided first run: a short, skippable tour that points at the window's main parts.

:class:`Tour` is a small non-modal popup, a child of the main window floating over it,
anchored beside the widget of the current step — the Step button, the inside-the-network
docks (layers, network diagram, backprop inspector), the drawing pad and the "Why
backprop?" race — which a coloured frame highlights (docks are raised first). Back, Next
and Skip move through it (Escape skips); it never blocks the window, and it never holds the
keyboard focus: the training keys (N, P, Space, …) work while it is open, and when it
starts and ends the focus goes to the window itself (a neutral place, not a text box).
Its buttons are reachable with Tab and pressed with Enter. The main window shows it on
the first launch and from Help → Tour; its texts follow the language, also mid-tour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolBar, QVBoxLayout, QWidget

from backprop_viz.gui.i18n import Retranslatable

WIDTH = 360
GAP = 12


@dataclass
class TourStep:
    key: str
    title: str                           # QT_TRANSLATE_NOOP("Tour", …)
    text: str
    target: Callable[[], QWidget]        # the widget the step points at
    dock: str | None = None              # raised before the step is shown


STEPS = (
    ("step", QT_TRANSLATE_NOOP("Tour", "One training step"),
     QT_TRANSLATE_NOOP("Tour", "<b>Step</b> trains one minibatch: the forward pass computes z and a layer by layer, "
                       "the backward pass sends the error δ back and gives every dW, and the update changes W. "
                       "Press it (or N) and watch every panel change. P does one phase at a time; Space plays "
                       "and pauses."), None),
    ("layers", QT_TRANSLATE_NOOP("Tour", "Inside one layer"),
     QT_TRANSLATE_NOOP("Tour", "The <b>Layers</b> panel shows what one layer computed for the minibatch: histograms "
                       "and heatmaps of z, a, δ and dW, and how their spread, dead units, ‖dW‖ and the update ratio "
                       "change over time."), "layers_dock"),
    ("network", QT_TRANSLATE_NOOP("Tour", "The whole network"),
     QT_TRANSLATE_NOOP("Tour", "The <b>Network</b> panel draws the layers as columns of units, coloured by their "
                       "activation a (forward) or error δ (backward) for the probe sample. Click a unit to see its "
                       "numbers."), "diagram_dock"),
    ("inspector", QT_TRANSLATE_NOOP("Tour", "The formulas with real numbers"),
     QT_TRANSLATE_NOOP("Tour", "The <b>Backprop inspector</b> writes the lecture's equations out for one unit — "
                       "z = Σ a_prev·w + b, δ = (Σ δ_next·w)·f′(z), dW = Σ a_prev·δ, W − lr·dW — with this step's "
                       "own numbers."), "inspector_dock"),
    ("drawing", QT_TRANSLATE_NOOP("Tour", "Your own digit"),
     QT_TRANSLATE_NOOP("Tour", "On the <b>drawing pad</b> you draw a digit and see what the network answers, live. "
                       "<b>Train on it</b> takes one backprop step on your drawing and shows how the answer "
                       "changed."), "drawing_dock"),
    ("race", QT_TRANSLATE_NOOP("Tour", "Why backprop?"),
     QT_TRANSLATE_NOOP("Tour", "The <b>race</b> computes the same gradient numerically, two forward passes per "
                       "weight, against backprop's one forward and one backward pass — on this machine, next to "
                       "the course's 20 h 22 min for one epoch."), "race_dock"),
    ("help", QT_TRANSLATE_NOOP("Tour", "Help is always here"),
     QT_TRANSLATE_NOOP("Tour", "Hover over any control for what it does and a sensible value; the ⓘ button of each "
                       "panel explains what you are seeing. <b>Help → Tour</b> shows this tour again, and "
                       "<b>View → Language</b> switches between English and 한국어."), None),
)


def tour_steps(window) -> list[TourStep]:
    """The steps for ``window`` (a :class:`~backprop_viz.gui.main_window.MainWindow`)."""
    def step_button():
        return window.findChild(QToolBar, "training_toolbar").widgetForAction(window.actions_.step)

    targets = {"step": step_button, "help": window.menuBar}
    return [TourStep(key, title, text, targets.get(key) or (lambda d=dock: window.docks[d]), dock)
            for key, title, text, dock in STEPS]


class Tour(Retranslatable, QFrame):
    finished = Signal(bool)     # True: done to the end; False: skipped

    def __init__(self, window, steps: list[TourStep]):
        super().__init__(window)
        self.window_, self.steps, self.index = window, steps, 0
        self.setObjectName("tour_popup")
        self.setFixedWidth(WIDTH)
        self.setStyleSheet("#tour_popup { background: #fffbea; border: 2px solid #f0a020; border-radius: 6px; }")
        self.highlight = QFrame(window)
        self.highlight.setObjectName("tour_highlight")
        self.highlight.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.highlight.setStyleSheet("#tour_highlight { border: 3px solid #f08c00; border-radius: 4px; "
                                     "background: transparent; }")
        self.title = QLabel()
        self.title.setObjectName("tour_title")
        self.text = QLabel()
        self.text.setObjectName("tour_text")
        self.text.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setObjectName("tour_counter")
        self.skip_button, self.back_button, self.next_button = QPushButton(), QPushButton(), QPushButton()
        for name, button in (("skip", self.skip_button), ("back", self.back_button), ("next", self.next_button)):
            button.setObjectName(f"tour_{name}")
            button.setFocusPolicy(Qt.TabFocus)     # a click leaves the focus where it was: the keys keep working
            button.setAutoDefault(False)
        self.escape = QShortcut(QKeySequence(Qt.Key_Escape), window, self.skip)
        self.escape.setEnabled(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.counter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        window.installEventFilter(self)
        self.hide()
        self.highlight.hide()
        self.retranslate()

    # -- moving through the tour -----------------------------------------------------------------
    def start(self) -> None:
        self.index = 0
        self._focus_neutral()
        self.escape.setEnabled(True)
        self._show_step()

    def next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self._end(True)
        else:
            self.index += 1
            self._show_step()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_step()

    def skip(self) -> None:
        self._end(False)

    def target(self) -> QWidget:
        """The widget the current step points at."""
        return self.steps[self.index].target()

    def _end(self, completed: bool) -> None:
        self._focus_neutral()              # before hiding: Qt would pass the focus on to the next box
        self.escape.setEnabled(False)
        self.hide()
        self.highlight.hide()
        self.finished.emit(completed)

    def _focus_neutral(self) -> None:
        actions = getattr(self.window_, "actions_", None)
        if actions is not None:
            actions.focus_neutral()
        else:
            self.window_.setFocus(Qt.OtherFocusReason)

    # -- showing a step -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Tour"))
        self.skip_button.setText(self.tr("Skip tour"))
        self.skip_button.setToolTip(self.tr("Close the tour (Esc); Help → Tour shows it again"))
        self.skip_button.setAccessibleName(self.tr("Skip tour"))
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("The previous step of the tour"))
        self.back_button.setAccessibleName(self.tr("Back"))
        if self.steps:
            step = self.steps[self.index]
            last = self.index + 1 == len(self.steps)
            self.next_button.setText(self.tr("Done") if last else self.tr("Next ▶"))
            self.next_button.setToolTip(self.tr("End the tour") if last else self.tr("The next step of the tour"))
            self.next_button.setAccessibleName(self.tr("Done") if last else self.tr("Next"))
            self.title.setText(f"<b>{self.tr(step.title)}</b>")
            self.text.setText(self.tr(step.text))
            self.counter.setText(self.tr("{0} / {1}").format(self.index + 1, len(self.steps)))
            self.adjustSize()
            if self.isVisible():
                self._place()

    def _show_step(self) -> None:
        step = self.steps[self.index]
        if step.dock is not None:
            dock = self.window_.docks[step.dock]
            dock.show()
            dock.raise_()
        self.back_button.setEnabled(self.index > 0)
        self.retranslate()
        self.show()
        self.raise_()
        self._place()
        QTimer.singleShot(0, self._place)     # again once a raised dock has been laid out

    def _place(self) -> None:
        """Highlight the target and put the popup beside it, inside the window."""
        if not self.isVisible():
            return
        window, target = self.window_, self.target()
        area = window.rect()
        if target is not None and target.isVisible() and target.window() is window:
            rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
            self.highlight.setGeometry(rect.adjusted(-3, -3, 3, 3) & area)
            self.highlight.show()
            self.highlight.raise_()
        else:
            rect = QRect(area.center(), area.center())
            self.highlight.hide()
        layout = self.layout()
        h = layout.totalHeightForWidth(WIDTH) if layout.hasHeightForWidth() else self.sizeHint().height()
        w = WIDTH
        size = QSize(w, max(h, self.minimumSizeHint().height()))
        h = size.height()
        candidates = (QPoint(rect.right() + GAP, rect.top()), QPoint(rect.left() - GAP - w, rect.top()),
                      QPoint(rect.left(), rect.bottom() + GAP), QPoint(rect.left(), rect.top() - GAP - h))
        pos = next((p for p in candidates if area.contains(QRect(p, size))), None)
        if pos is None:   # a target as large as the window: put the popup over it, near its top left
            pos = QPoint(rect.left() + 40, rect.top() + 40)
        pos.setX(max(area.left() + 4, min(pos.x(), area.right() - w - 4)))
        pos.setY(max(area.top() + 4, min(pos.y(), area.bottom() - h - 4)))
        self.setGeometry(QRect(pos, size))
        self.raise_()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window_ and event.type() == QEvent.Resize and self.isVisible():
            QTimer.singleShot(0, self._place)
        return super().eventFilter(obj, event)
