"""The first start's welcome: learn step by step in the Lessons, or open the lab.

A small non-modal dialog over the main window with two choices. *Start the lessons*
(*Continue the lessons* once some are finished) opens the Lessons mode where the learner
left off; *Open the lab* shows the window's short tour (:mod:`backprop_viz.gui.tour`),
which Help → Tour shows again at any time. It appears once, on the first start.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from backprop_viz.gui.i18n import Retranslatable


class WelcomeDialog(Retranslatable, QDialog):
    def __init__(self, mode):
        super().__init__(mode.window)
        self.setObjectName("welcome_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.mode = mode
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.lessons_button = QPushButton()
        self.lessons_button.setObjectName("welcome_lessons_button")
        self.lab_button = QPushButton()
        self.lab_button.setObjectName("welcome_lab_button")
        for button in (self.lessons_button, self.lab_button):
            button.setMinimumHeight(48)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.lessons_button)
        row.addWidget(self.lab_button)
        box.addLayout(row)
        self.lessons_button.clicked.connect(self.choose_lessons)
        self.lab_button.clicked.connect(self.choose_lab)
        self.setMinimumWidth(520)
        self.retranslate()

    def choose_lessons(self) -> None:
        self._back_to_window()
        self.mode.start(None)

    def choose_lab(self) -> None:
        self._back_to_window()
        self.mode.window.start_tour()

    def _back_to_window(self) -> None:
        """Close, and give the keyboard back to the main window (its training keys work at once)."""
        self.accept()
        window = self.mode.window
        for delay in (0, 50):   # after the dialog's own deactivation has been handled
            QTimer.singleShot(delay, lambda: (window.activateWindow(), window.setFocus()))

    def retranslate(self) -> None:
        done = len(self.mode.progress.completed())
        self.setWindowTitle(self.tr("Welcome to backprop-viz"))
        self.heading.setText(self.tr("How would you like to start?"))
        self.text.setText(self.tr(
            "<b>Lessons</b> walk through the lecture's path — MNIST, the forward pass, the error, delta, dW and the "
            "update — on this real network: you predict a number first, then the network's own numbers check "
            "you.<br><br><b>The lab</b> is the whole app at once: every panel, every setting, with a short tour."))
        self.lessons_button.setText(self.tr("Start the lessons") if done == 0 else
                                    self.tr("Continue the lessons ({0} of {1} done)").format(
                                        done, len(self.mode.lessons)))
        self.lab_button.setText(self.tr("Open the lab"))
        self.lessons_button.setToolTip(self.tr("Guided lessons; the Lessons menu has them at any time"))
        self.lab_button.setToolTip(self.tr("Every panel at once, with a short tour (Help → Tour)"))


def show_welcome(mode) -> WelcomeDialog:
    """The welcome, once: the first start's choice (the tour counts as offered from now on)."""
    from backprop_viz.gui.main_window import TOUR_SEEN

    mode.window.settings.setValue(TOUR_SEEN, True)
    mode.window.settings.sync()
    dialog = WelcomeDialog(mode)
    mode.welcome_dialog = dialog
    dialog.open()
    return dialog
