"""The settings panel's layout: a banner on top, the scrolled form, the errors and the buttons.

:func:`build_panel` lays out :class:`~.hyperparams.HyperparamPanel`: one labelled row per
field (and, under the learning-rate schedule, the rate the engine trains with now) in a
scroll area, with the banner above it and *Discard* / *Apply and reset* below it, outside
the scroll area, so the banner and Apply stay in view however small the dock is. Every
combo box and spin box gets the wheel guard (:mod:`.hyperparam_wheel`). Where the labels and a
field of ten characters do not fit side by side (presentation mode's larger fonts in a narrow
dock), every label goes above its field (:class:`FormWrap`) rather than squeezing the values
to a few letters.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .hyperparam_wheel import guard_inputs


def build_panel(panel) -> None:
    """Make and lay out ``panel``'s labels, form, banner, error line and buttons (its ``fields`` exist)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    panel.labels = {}
    for name, widget in panel.fields.items():
        panel.labels[name] = label = QLabel()
        label.setTextFormat(Qt.RichText)
        form.addRow(label, widget)
        if name == "lr_decay":
            panel.lr_now = QLabel()
            panel.lr_now.setObjectName("lr_now")
            panel.lr_now.setStyleSheet("color: #555;")
            panel.lr_now.setWordWrap(True)
            panel.lr_now.setAlignment(Qt.AlignRight)
            form.addRow(panel.lr_now)   # spans the form: its text never widens the fields' column
    panel.form = QWidget()
    panel.form.setLayout(form)
    panel.scroll = QScrollArea()
    panel.scroll.setObjectName("hyperparam_scroll")
    panel.scroll.setWidget(panel.form)
    panel.scroll.setWidgetResizable(True)
    panel.scroll.setFrameShape(QScrollArea.NoFrame)
    panel.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    panel.pending_label = QLabel()
    panel.pending_label.setObjectName("settings_banner")
    panel.pending_label.setWordWrap(True)
    panel.error_label = QLabel()
    panel.error_label.setObjectName("config_error")
    panel.error_label.setWordWrap(True)
    panel.error_label.setStyleSheet("color: #b00020;")
    panel.apply_button = QPushButton()
    panel.apply_button.setObjectName("apply_button")
    panel.apply_button.setDefault(True)
    panel.discard_button = QPushButton()
    panel.discard_button.setObjectName("discard_button")
    buttons = QHBoxLayout()
    buttons.addWidget(panel.discard_button)
    buttons.addWidget(panel.apply_button, 1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(panel.pending_label)
    layout.addWidget(panel.scroll, 1)
    layout.addWidget(panel.error_label)
    layout.addLayout(buttons)
    panel.setMinimumWidth(250)
    panel.wheel_guard = guard_inputs(panel.fields.values(), panel.scroll, panel)
    panel.form_wrap = FormWrap(panel.scroll, form, list(panel.labels.values()), list(panel.fields.values()))


class FormWrap(QObject):
    """Labels beside their fields while the widest label and a ten-character field (or the widest
    field's minimum) fit in the scroll area's width, else each label above its field; measured on
    resizes and font changes, and by the panel after a translation (:meth:`arrange`)."""

    FIELD_CHARS = 10

    def __init__(self, scroll: QScrollArea, form: QFormLayout, labels: list, fields: list):
        super().__init__(scroll)
        self.scroll, self.form, self.labels, self.fields = scroll, form, labels, fields
        scroll.viewport().installEventFilter(self)
        scroll.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and watched is self.scroll.viewport():
            self.arrange()
        elif event.type() in (QEvent.FontChange, QEvent.Show) and watched is self.scroll:
            QTimer.singleShot(0, self, self.arrange)   # (the labels get the new font after the scroll area)
        return False

    def need(self) -> int:
        """The width labels beside their fields need."""
        label = max((lbl.sizeHint().width() for lbl in self.labels), default=0)
        field = self.scroll.fontMetrics().averageCharWidth() * self.FIELD_CHARS + 30   # (+ a combo box's arrow)
        # (a combo box elides its text; a spin box or check box would be cut off below its minimum)
        field = max([field] + [w.minimumSizeHint().width() for w in self.fields if not isinstance(w, QComboBox)])
        margins = self.form.contentsMargins()
        return label + self.form.horizontalSpacing() + field + margins.left() + margins.right()

    def arrange(self) -> None:
        wrap = self.scroll.viewport().width() < self.need()
        policy = QFormLayout.WrapAllRows if wrap else QFormLayout.DontWrapRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)
