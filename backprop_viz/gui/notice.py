"""A dismissible coloured line at the top of the main window for errors, warnings and news.

Worker failures, divergence, dataset imports and a missing Korean font are reported
here rather than in dialogs, so the window is never blocked. A notice's text is given as
a callable, so a language change re-words a notice that is still on screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from backprop_viz.gui.i18n import Retranslatable

COLORS = {"error": "#fde2e2", "warning": "#fff4ce", "info": "#e3f0ff"}


class NoticeBar(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self._text = lambda: ""
        self.label = QLabel()
        self.label.setObjectName("notice_text")
        self.label.setWordWrap(True)
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName("notice_close")
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.setAutoFillBackground(True)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.label.setText(self._text())

    def show_notice(self, text, kind: str = "error") -> None:
        """Show ``text`` — a string, or a callable returning it in the current language."""
        self._text = text if callable(text) else (lambda: text)
        self.setStyleSheet(f"#notice_bar {{ background: {COLORS[kind]}; }}")
        self.label.setText(self._text())
        self.show()
