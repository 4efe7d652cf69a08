"""A dismissible coloured line at the top of the main window for errors, warnings and news.

Worker failures, divergence, dataset imports and a missing Korean font are reported
here rather than in dialogs, so the window is never blocked. A notice's text is given as
a callable, so a language change re-words a notice that is still on screen. A notice may
offer one action (a button, e.g. "Undo" after a Reset) and may hide itself after a while.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from backprop_viz.gui.i18n import Retranslatable

COLORS = {"error": "#fde2e2", "warning": "#fff4ce", "info": "#e3f0ff"}


class NoticeBar(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self._text = lambda: ""
        self._action_text = lambda: ""
        self._action = None
        self.label = QLabel()
        self.label.setObjectName("notice_text")
        self.label.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setObjectName("notice_action")
        self.action_button.clicked.connect(self._act)
        self.action_button.hide()
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName("notice_close")
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.hide)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.setAutoFillBackground(True)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))
        self.label.setText(self._text())
        self.action_button.setText(self._action_text())
        self.action_button.setAccessibleName(self._action_text())
        self.action_button.setToolTip(self.tr("Do what the message offers, e.g. undo the reset"))

    def show_notice(self, text, kind: str = "error", action: tuple | None = None, timeout_ms: int = 0) -> None:
        """Show ``text`` — a string, or a callable returning it in the current language. ``action``
        = ``(label, callback)`` adds a button (``label`` a string or callable); the notice hides
        when it is pressed, and after ``timeout_ms`` if given."""
        self._text = text if callable(text) else (lambda: text)
        self.setStyleSheet(f"#notice_bar {{ background: {COLORS[kind]}; }}")
        self.label.setText(self._text())
        if action is None:
            self._action, self._action_text = None, (lambda: "")
        else:
            label, self._action = action
            self._action_text = label if callable(label) else (lambda: label)
        self.action_button.setText(self._action_text())
        self.action_button.setAccessibleName(self._action_text())
        self.action_button.setToolTip(self.tr("Do what the message offers, e.g. undo the reset"))
        self.action_button.setVisible(self._action is not None)
        if timeout_ms:
            self.timer.start(timeout_ms)
        else:
            self.timer.stop()
        self.show()

    def _act(self) -> None:
        action = self._action
        self.hide()
        if action is not None:
            action()
