"""Which weight ``W[i, j]`` of which layer: the picker shared by the "edit a weight" and "who pushed?" views.

Three spin boxes — layer ``l`` (1-based, as the lecture counts), row ``i`` (input of the
layer) and column ``j`` (unit of the layer) — ranged to the network's sizes, with an
optional "whole unit" check box (all of unit ``j``'s incoming weights). A click on a
Weights heatmap cell selects its weight here through :meth:`WeightPicker.select`;
``weight_changed`` fires once per change the user makes (or a selection).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from backprop_viz.gui.i18n import Retranslatable

from .scaffold import named


class WeightPicker(Retranslatable, QWidget):
    weight_changed = Signal()

    def __init__(self, prefix: str, unit_box: bool = False, parent=None):
        super().__init__(parent)
        self.sizes: tuple[int, ...] | None = None     # unknown until the first snapshot: any index goes
        self._quiet = True
        self.layer_box = named(QSpinBox(), f"{prefix}_layer")
        self.i_box = named(QSpinBox(), f"{prefix}_i")
        self.j_box = named(QSpinBox(), f"{prefix}_j")
        self.unit_box = named(QCheckBox(), f"{prefix}_unit") if unit_box else None
        self.labels = [QLabel() for _ in range(3)]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, box in zip(self.labels, (self.layer_box, self.i_box, self.j_box)):
            row.addWidget(label)
            row.addWidget(box)
            box.setKeyboardTracking(False)
            box.setRange(0, 99_999)
            box.valueChanged.connect(self._changed)
        if self.unit_box is not None:
            row.addWidget(self.unit_box)
            self.unit_box.toggled.connect(self._changed)
        self.layer_box.setMinimum(1)
        self._quiet = False
        self.retranslate()

    def retranslate(self) -> None:
        self.layer_box.setToolTip(self.tr("layer l of the weight (1 = the first weight matrix, from the pixels)"))
        self.i_box.setToolTip(self.tr("row i: the input of the layer (a pixel for layer 1, else a unit of layer l−1)"))
        self.j_box.setToolTip(self.tr("column j: the unit of layer l the weight feeds"))
        for label, text, box in zip(self.labels, (self.tr("layer"), "i", "j"), (self.layer_box, self.i_box, self.j_box)):
            label.setText(text)
            label.setToolTip(box.toolTip())
        if self.unit_box is not None:
            self.unit_box.setText(self.tr("whole unit j"))
            self.unit_box.setToolTip(self.tr("all of unit j's incoming weights: each sample's Σ_i |a_prev,i·delta_j|"))

    @property
    def weight(self) -> tuple[int, int | None, int]:
        """``(layer, i, j)``; ``i`` is ``None`` when the whole unit is chosen."""
        unit = self.unit_box is not None and self.unit_box.isChecked()
        return self.layer_box.value(), None if unit else self.i_box.value(), self.j_box.value()

    def set_sizes(self, sizes) -> None:
        """Range the boxes to a network of layer ``sizes`` (keeps the choice where it still fits)."""
        sizes = tuple(sizes)
        if sizes == self.sizes:
            return
        self.sizes = sizes
        self._quiet = True
        self.layer_box.setRange(1, len(sizes) - 1)
        self._fit()
        self._quiet = False

    def _fit(self) -> None:
        if self.sizes is None:
            return
        l = self.layer_box.value()
        self.i_box.setRange(0, self.sizes[l - 1] - 1)
        self.j_box.setRange(0, self.sizes[l] - 1)

    def select(self, layer: int, i: int | None, j: int) -> None:
        """Choose ``W[i, j]`` of ``layer`` (``i=None``: the whole unit ``j``); one ``weight_changed``."""
        self._quiet = True
        self.layer_box.setValue(layer)
        self._fit()
        if i is not None:
            self.i_box.setValue(i)
        self.j_box.setValue(j)
        if self.unit_box is not None:
            self.unit_box.setChecked(i is None)
        self._quiet = False
        self.weight_changed.emit()

    def _changed(self, *_) -> None:
        if self._quiet:
            return
        self._quiet = True
        self._fit()
        self._quiet = False
        self.i_box.setEnabled(self.unit_box is None or not self.unit_box.isChecked())
        self.weight_changed.emit()
