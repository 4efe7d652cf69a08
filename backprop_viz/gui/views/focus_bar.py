"""Follow one sample: which trace the per-sample views draw, and the bar that returns to the minibatch.

Layers, the Backprop inspector and the Network diagram draw one
:class:`~backprop_viz.core.trace.StepTrace` — the latest minibatch step's, or one sample's own
forward and backward pass (N = 1) while the user follows a sample they inspected (the
snapshot's ``focus`` is ``"sample"``, set by the engine). :func:`shown_trace` picks it, the same
way in every view; :func:`sample_caption` words where a sample came from ("train image #30,
label 3"); :class:`FocusBar`, shown at the top of those views while a sample is followed, says
so and offers the one way back: *Back to the current minibatch*
(:attr:`FocusBar.follow_minibatch`, which the window sends as
:class:`~backprop_viz.engine.protocol.FollowMinibatch`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import source_text

translate = QCoreApplication.translate
_NUMBER = re.compile(r"#(\d+)$")


def has_arrays(trace) -> bool:
    """Whether ``trace`` kept its arrays (a step captured for display, or any sample's passes)."""
    return trace is not None and bool(trace.layers) and trace.layers[0].z is not None


def following(snapshot) -> bool:
    """Whether the user follows one sample (the per-sample views show the probe's passes)."""
    return getattr(snapshot, "focus", "minibatch") == "sample" and snapshot.probe is not None


def shown_trace(snapshot):
    """The trace the per-sample views draw: the followed sample's; otherwise the latest minibatch
    step's when it kept its arrays; otherwise (before the first step, or a step shown without
    arrays) the probe sample's."""
    if not following(snapshot) and has_arrays(snapshot.trace):
        return snapshot.trace
    return snapshot.probe


def sample_caption(trace) -> str:
    """Where a single sample came from, with its label: "train image #30, label 3"."""
    where = source_text(trace.source)
    if trace.label is None:
        return where
    return translate("FocusBar", "{0}, label {1}").format(where, trace.label)


def sample_number(trace) -> int | None:
    """The sample's index in its split, when its source names one (``"train image #30"`` → 30)."""
    m = _NUMBER.search(trace.source)
    return int(m.group(1)) if m else None


def network_words(trace) -> str:
    """Which network a sample went through: the untrained one, or the one after step k."""
    if trace.step == 0:
        return translate("FocusBar", "untrained network")
    return translate("FocusBar", "network after step {0}").format(trace.step)


class FocusBar(Retranslatable, QFrame):
    """"Following train image #30, label 3 …  [Back to the current minibatch]", visible only
    while a sample is followed."""

    follow_minibatch = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("focus_bar")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("#focus_bar { background: #fff4d6; border: 1px solid #e0b84a; border-radius: 3px; }")
        self.text = QLabel()
        self.text.setObjectName("focus_text")
        self.text.setWordWrap(True)
        self.back = QPushButton()
        self.back.setObjectName("focus_back")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        row.addWidget(self.text, 1)
        row.addWidget(self.back)
        self.back.clicked.connect(self.follow_minibatch)
        self._trace = None
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back to the current minibatch"))
        self.back.setToolTip(self.tr("Show the minibatch of the latest training step again in Layers, the "
                                     "Backprop inspector and the Network diagram"))
        self.back.setAccessibleName(self.back.text())
        if self._trace is not None:
            self.text.setText(self.tr("Following <b>{0}</b>: its own forward and backward pass (N = 1), "
                                      "{1}").format(sample_caption(self._trace), network_words(self._trace)))

    def show_snapshot(self, snapshot) -> None:
        """Visible, naming the sample, while ``snapshot`` follows one; hidden otherwise."""
        on = following(snapshot)
        self._trace = snapshot.probe if on else None
        if on:
            self.retranslate()
        if self.isHidden() == on:
            self.setVisible(on)

    def clear(self) -> None:
        self._trace = None
        self.setVisible(False)
