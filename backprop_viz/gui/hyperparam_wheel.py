"""The mouse wheel over the settings panel scrolls the panel, never an input nobody clicked.

Qt gives combo boxes and spin boxes the wheel even without focus, so scrolling down the
panel used to switch the optimizer (adam → momentum → sgd) while training. Every input
gets ``Qt.StrongFocus`` (a click or Tab focuses it, the wheel does not), and
:class:`WheelGuard`, installed on each, hands a wheel event over an unfocused input to
the panel's scroll bar instead. A focused input keeps its wheel, as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox


class WheelGuard(QObject):
    """Event filter: the wheel over an unfocused input scrolls ``scroll_area`` instead."""

    def __init__(self, scroll_area, parent=None):
        super().__init__(parent)
        self.scroll_area = scroll_area

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Wheel or watched.hasFocus():
            return False
        bar = self.scroll_area.verticalScrollBar()
        if bar is not None and bar.isVisible():
            QApplication.sendEvent(bar, event)
        event.accept()
        return True


def guard_inputs(widgets, scroll_area, parent=None) -> WheelGuard:
    """Strong focus and the wheel guard for every combo box and spin box in ``widgets``."""
    guard = WheelGuard(scroll_area, parent)
    for widget in widgets:
        if isinstance(widget, (QComboBox, QAbstractSpinBox)):
            widget.setFocusPolicy(Qt.StrongFocus)
            widget.installEventFilter(guard)
    return guard
