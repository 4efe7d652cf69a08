"""The training keys everywhere in the window except where the user is typing text.

Qt gives a key to a shortcut unless the focused widget claims it first (a
``ShortcutOverride`` event it accepts): text fields claim every printable key, and so
does a number box's own text field — the "1 epochs" box used to swallow N and Space.
:class:`TrainingKeys` watches the widget that has the focus in the main window: in a
number box (a spin box) the training keys that type no number — Space, N, P, R,
Shift+N — still train, while digits and the arrow keys edit the number; in a text field
(hidden layers, learning rate, …) every key types. A button reached with Tab is pressed
with Enter (Space stays Play, as the tour promises).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QWidget

#: keys that move a number box's cursor or value: they stay with the box
NUMBER_BOX_KEYS = {Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down, Qt.Key_Home, Qt.Key_End,
                   Qt.Key_PageUp, Qt.Key_PageDown}
FILTERED = "training_keys_filtered"


class TrainingKeys(QObject):
    def __init__(self, window: QWidget, actions):
        super().__init__(window)
        self.window_ = window
        self.actions = list(actions)
        app = QApplication.instance()
        slot = self._focus_changed
        app.focusChanged.connect(slot)
        window.destroyed.connect(lambda: app.focusChanged.disconnect(slot))   # not called once gone

    def _sequences(self) -> set[QKeySequence]:
        return {k for a in self.actions for k in a.shortcuts()}

    def _focus_changed(self, _old, new) -> None:
        """Watch each widget of the window that receives the focus (once per widget)."""
        if isinstance(new, QWidget) and new.window() is self.window_ and not new.property(FILTERED):
            new.setProperty(FILTERED, True)
            new.installEventFilter(self)

    def passes_number_box(self, event) -> bool:
        """Whether a key pressed in a number box is a training shortcut rather than input."""
        if event.key() in NUMBER_BOX_KEYS:
            return False
        return QKeySequence(event.keyCombination()) in self._sequences()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.ShortcutOverride and isinstance(obj, QAbstractSpinBox) and self.passes_number_box(event):
            event.ignore()      # not claimed: Qt hands the key to the training shortcut
            return True
        if (kind == QEvent.KeyPress and isinstance(obj, QAbstractButton) and obj.isEnabled()
                and event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & ~Qt.KeypadModifier):
            obj.animateClick()
            return True
        return False
