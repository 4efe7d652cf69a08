"""Side by side when wide and low: one box layout of a view follows the shape of its space.

A view docked along the bottom of a laptop screen gets a wide, low strip; stacked there, two
plots would each be too low to read and the dock's scroll area would cut one off. :class:`WideLow`
watches the space the view is shown in — the dock's scroll area, measured with its scroll bars
(the viewport alone would narrow when a bar appears, and a shape near the threshold could
settle either way) — and lays the given :class:`QBoxLayout` out left to right while that
space is more than ``ratio`` times as wide as it is high, top to bottom otherwise. The curves
and the run comparison use it. :class:`DockNote` is a framed, wrapped note that fits a dock the
same way: it keeps the height its text needs at its narrowest instead of asking for height for
its width (which would make the dock's scroll area size the whole view by its preferred height).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QBoxLayout, QFrame, QLabel, QWidget

#: wider than this many times the height: side by side (the curves' place on a 1366×768
#: screen is about 2.2 times as wide as high: side by side there, stacked on larger screens)
RATIO = 2.0


class WideLow(QObject):
    """Keeps ``layout`` (a QBoxLayout of ``view``) left to right in a wide, low space."""

    def __init__(self, view: QWidget, layout: QBoxLayout, ratio: float = RATIO):
        super().__init__(view)
        self.view, self.layout, self.ratio = view, layout, ratio
        self._space = None                 # the space watched for resizes
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.view and kind in (QEvent.Show, QEvent.ParentChange):
            space = self.view.parentWidget()
            if space is not None and isinstance(space.parentWidget(), QAbstractScrollArea):
                space = space.parentWidget()   # (a viewport's size changes with its scroll bars)
            if space is not self._space:
                if self._space is not None:
                    self._space.removeEventFilter(self)
                if space is not None:
                    space.installEventFilter(self)
                self._space = space
            if space is not None:
                self.arrange(space.size())
        elif watched is self._space and kind == QEvent.Resize:
            self.arrange(event.size())
        return False

    def arrange(self, size: QSize) -> None:
        wide = size.width() > self.ratio * size.height()
        self.layout.setDirection(QBoxLayout.LeftToRight if wide else QBoxLayout.TopToBottom)


class DockNote(QLabel):
    """A framed, word-wrapped note for a dock. It does not ask for height for its width; it
    keeps the height its text needs at its narrowest (a low dock then scrolls), measured again
    when its text or font changes (presentation mode scales the font)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.setFrameShape(QFrame.StyledPanel)
        self.setMargin(8)

    def hasHeightForWidth(self) -> bool:
        return False

    def setText(self, text: str) -> None:
        super().setText(text)
        self.fit()

    def fit(self) -> None:
        self.setMinimumHeight(QLabel.heightForWidth(self, self.minimumWidth()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self.fit()
