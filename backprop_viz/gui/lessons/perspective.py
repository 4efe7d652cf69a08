"""A lesson's perspective on the main window: its docks shown, one raised and framed.

:class:`PerspectiveKeeper` saves the window's arrangement (``saveState``, and its size) when the first
lesson starts, shows the lesson's docks, raises the one in question and draws a coloured
frame around it (a child of the window that lets the mouse through and follows the dock
as it moves or resizes); :meth:`restore` puts the arrangement back exactly as it was
(``restoreState``) when the learner leaves the lessons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QFrame

COLOUR = "#7048e8"


class PerspectiveKeeper(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.saved = self.geometry = None
        self.target = None
        self.frame = QFrame(window)
        self.frame.setObjectName("lesson_highlight")
        self.frame.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.frame.setStyleSheet(f"#lesson_highlight {{ border: 3px solid {COLOUR}; border-radius: 4px; "
                                 "background: transparent; }")
        self.frame.hide()
        window.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self.saved is not None

    def save(self) -> None:
        """Remember the arrangement to come back to (once: a second lesson keeps the first's)."""
        if self.saved is None:   # the lesson panel may widen a small window: its size comes back too
            self.saved, self.geometry = self.window.saveState(), self.window.saveGeometry()

    def apply(self, perspective) -> None:
        self.save()
        docks = self.window.docks
        for name in perspective.docks:
            if name in docks:
                docks[name].show()
        self._unwatch()
        self.target = docks.get(perspective.raised) if perspective.raised else None
        if self.target is not None:
            self.target.raise_()
            self.target.installEventFilter(self)
        self.place()

    def restore(self) -> None:
        """The window as it was before the first lesson."""
        self._unwatch()
        self.frame.hide()
        if self.saved is not None:
            self.window.restoreState(self.saved)     # the lesson panel hidden first: the window may shrink
            self.window.restoreGeometry(self.geometry)
        self.saved = None

    def highlighted(self) -> bool:
        return self.frame.isVisible()

    def place(self) -> None:
        target = self.target
        if target is None or not target.isVisible() or target.visibleRegion().isEmpty():
            self.frame.hide()
            return
        rect = QRect(target.mapTo(self.window, QPoint(0, 0)), target.size())
        self.frame.setGeometry(rect.adjusted(-2, -2, 2, 2) & self.window.rect())
        self.frame.show()
        self.frame.raise_()

    def _unwatch(self) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = None

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Move, QEvent.Resize, QEvent.Show, QEvent.Hide, QEvent.LayoutRequest) \
                and self.target is not None:
            self.place()
        return False
