"""Side by side when wide and low: one box layout of a view follows the shape of its space.

A view docked along the bottom of a laptop screen gets a wide, low strip; stacked there, two
plots would each be too low to read and the dock's scroll area would cut one off. :class:`WideLow`
watches the space the view is shown in — the dock's scroll area, measured with its scroll bars
(the viewport alone would narrow when a bar appears, and a shape near the threshold could
settle either way) — and lays the given :class:`QBoxLayout` out left to right while that
space is more than ``ratio`` times as wide as it is high and each plot's share of the width
(by its stretch) still shows its title and legend whole (:func:`readable_width`; the
comparison's legends, one line per kept run, do not count), top to bottom otherwise: in
presentation mode's larger fonts a laptop's strip is too narrow for two. The curves
and the run comparison use it. :class:`WrappingRow` wraps a row of controls the same way. :class:`DockNote` is a framed, wrapped note that fits a dock the
same way: it keeps the height its text needs at its narrowest instead of asking for height for
its width (which would make the dock's scroll area size the whole view by its preferred height).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout,
                               QWidget)

#: wider than this many times the height: side by side (the curves' place on a 1366×768
#: screen is about 2.2 times as wide as high: side by side there, stacked on larger screens)
RATIO = 2.0
#: room around a plot's texts (pixels)
MARGIN = 12


class WideLow(QObject):
    """Keeps ``layout`` (a QBoxLayout of ``view``) left to right in a wide, low space."""

    def __init__(self, view: QWidget, layout: QBoxLayout, ratio: float = RATIO, legends: bool = True):
        super().__init__(view)
        self.view, self.layout, self.ratio, self.legends = view, layout, ratio, legends
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

    def arrange(self, size: QSize | None = None) -> None:
        """Lay the plots out for ``size`` (default: the watched space's, e.g. after a font change)."""
        if size is None:
            if self._space is None:
                return
            size = self._space.size()
        now = self.layout.direction() == QBoxLayout.LeftToRight
        # (going side by side asks 5 % more than staying so: an axis a few pixels wider never flips it)
        wide = size.width() > self.ratio * size.height() and self._fits(size.width(), 1.0 if now else 1.05)
        if wide != now:
            self.layout.setDirection(QBoxLayout.LeftToRight if wide else QBoxLayout.TopToBottom)

    def _fits(self, width: int, slack: float = 1.0) -> bool:
        """Whether side by side, each widget's share of ``width`` (by its stretch; of the part the
        layout gets, when the view has other columns) holds ``slack`` times what it needs."""
        placed, whole = self.layout.geometry().width(), self.view.width()
        if placed > 0 and whole > 0:
            width = width * min(1.0, placed / whole)
        items = [(self.layout.itemAt(i).widget(), self.layout.stretch(i) or 1) for i in range(self.layout.count())]
        total = sum(stretch for _, stretch in items)
        return all(width * stretch / total >= slack * readable_width(w, self.legends) for w, stretch in items
                   if w is not None)


def readable_width(widget: QWidget, legend: bool = True) -> float:
    """The width a pyqtgraph plot needs to show its title (and ``legend``) whole beside its left
    axis (0 for any other widget): the texts' own widths, so larger fonts need more."""
    plot = getattr(widget, "plotItem", None)
    if plot is None:
        return 0.0
    need = plot.titleLabel.minimumWidth() if plot.titleLabel.isVisible() else 0.0
    if legend and plot.legend is not None and plot.legend.isVisible():
        need = max(need, plot.legend.preferredWidth() + 4)
    return need + axis_width(plot.getAxis("left")) + MARGIN


def axis_width(axis) -> float:
    """A left axis's width from its fonts (its label's line and a three-digit tick such as
    "100"), not from its last painting: the same before and after the data or a font change."""
    if not axis.isVisible():
        return 0.0
    ticks = QFontMetricsF(axis.style.get("tickFont") or QApplication.font()).horizontalAdvance("100")
    return ticks + QFontMetricsF(axis.label.font()).height() + axis.style["tickTextOffset"][0]


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


class WrappingRow(QObject):
    """One row of controls in ``view`` — ``lead`` (the stretching widget, e.g. a slider, after
    any widgets before it) and ``tail`` — that puts ``tail`` on a second row when the view is too
    narrow for all of them with at least ``room`` pixels for the stretching widget (larger fonts
    on a laptop screen). Measured again on resizes and font changes (once the children have the
    new font), and by the view after it changes its texts: :meth:`arrange` after a translation,
    :meth:`grown` after a text that changes while training — that one only wraps, never unwraps,
    so the row does not flicker."""

    def __init__(self, view: QWidget, lead: list, tail: list, room: int = 120):
        super().__init__(view)
        self.view, self.lead, self.tail, self.room = view, lead, tail, room
        box = QVBoxLayout(view)
        box.setContentsMargins(6, 2, 6, 2)
        box.setSpacing(2)
        self.top, self.bottom = QHBoxLayout(), QHBoxLayout()
        for widget, stretch in lead:
            self.top.addWidget(widget, stretch)
        box.addLayout(self.top)
        box.addLayout(self.bottom)
        self.wrapped = True
        self._place(False)
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Resize:
            self.arrange()
        elif kind in (QEvent.FontChange, QEvent.Show):
            QTimer.singleShot(0, self, self.arrange)   # (the children get the new font after the view)
        return False

    def need(self) -> int:
        """The width one row needs: every widget's but the stretching one's, and its room."""
        fixed = [w for w, stretch in self.lead if not stretch] + self.tail
        need = sum(max(w.minimumWidth(), w.sizeHint().width()) for w in fixed if w.isVisibleTo(self.view))
        return need + self.room + self.top.spacing() * len(fixed) + 12

    def arrange(self) -> None:
        self._place(self.view.width() < self.need())

    def grown(self, label: QLabel) -> None:
        """``label``'s text changed (a step count): wrap if one row no longer holds it (never
        unwrap here). The row is measured only when the text outgrew the label (rarely)."""
        if self.wrapped or label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width():
            return
        if self.view.width() < self.need():
            self._place(True)

    def _place(self, wrap: bool) -> None:
        if wrap == self.wrapped:
            return
        self.wrapped = wrap
        for widget in self.tail:
            (self.top if wrap else self.bottom).removeWidget(widget)
        if wrap:
            self.bottom.addWidget(self.tail[0])
            self.bottom.addStretch(1)
            for widget in self.tail[1:]:
                self.bottom.addWidget(widget)
        else:
            while self.bottom.count():   # (the stretch)
                self.bottom.takeAt(0)
            for widget in self.tail:
                self.top.addWidget(widget)
