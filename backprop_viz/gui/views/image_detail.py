"""One 28×28 image in full: large, its label and one-hot target, and its numbers.

:class:`ImageDetail` is the right half of the dataset browser. It shows the image large
(white ink on black, as the network sees it), the label, the one-hot target vector with
the run's off/on values, and the pixel values the way the course writes them: the CSV
row of 785 numbers — the label first, then the 784 pixels row by row — and the same
values as a 28×28 table whose cells are shaded like the pixels (:class:`PixelTableModel`).
The "Inspect" button belongs to it; the browser decides what it does.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from backprop_viz.gui.i18n import Retranslatable

from .thumbnails import gray_image, zoomed

SIDE = 168


class PixelTableModel(QAbstractTableModel):
    """A 28×28 uint8 image as a table: the value in each cell, shaded like the pixel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pixels = np.zeros((28, 28), np.uint8)
        self._grays = [QColor(v, v, v) for v in range(256)]

    def set_pixels(self, pixels: np.ndarray) -> None:
        self.pixels = np.asarray(pixels, dtype=np.uint8)
        self.dataChanged.emit(self.index(0, 0), self.index(27, 27))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 28

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 28

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        v = int(self.pixels[index.row(), index.column()])
        if role == Qt.DisplayRole:
            return str(v)
        if role == Qt.BackgroundRole:
            return self._grays[v]
        if role == Qt.ForegroundRole:
            return self._grays[255 if v < 128 else 0] if v else self._grays[110]
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role == Qt.ToolTipRole:
            return self.tr("row {0}, column {1}: {2} (x = {3:.3f} after /255)").format(index.row(), index.column(),
                                                                                       v, v / 255)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        return str(section) if role == Qt.DisplayRole else None


class ImageDetail(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("image_detail")
        self.big_image = QLabel()
        self.big_image.setObjectName("browser_image")
        self.big_image.setFixedSize(SIDE, SIDE)
        self.big_image.setStyleSheet("background: black;")
        self.title = QLabel()
        self.title.setObjectName("browser_title")
        self.target_label = QLabel()
        self.target_label.setObjectName("browser_target")
        self.target_label.setTextFormat(Qt.RichText)
        for label in (self.title, self.target_label):
            label.setWordWrap(True)
        self.inspect_button = QPushButton()
        self.inspect_button.setObjectName("browser_inspect")
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(self.target_label)
        side.addStretch(1)
        side.addWidget(self.inspect_button)
        head = QHBoxLayout()
        head.addWidget(self.big_image)
        head.addLayout(side, 1)

        self.table_model = PixelTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("browser_table")
        self.table.setModel(self.table_model)
        small = QFont(self.font())
        small.setPointSizeF(6.5)
        self.table.setFont(small)
        self.table.setTextElideMode(Qt.ElideNone)
        self.table.setWordWrap(False)
        self.table.setStyleSheet("QTableView::item { padding: 0px; margin: 0px; } QHeaderView { font-size: 6pt; }")
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setFont(small)
            header.setMinimumSectionSize(10)
            header.setSectionResizeMode(QHeaderView.Fixed)
            header.setDefaultSectionSize(18 if header is self.table.horizontalHeader() else 15)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.TypeWriter)
        self.row_text = QPlainTextEdit()
        self.row_text.setObjectName("browser_row")
        self.row_text.setReadOnly(True)
        self.row_text.setFont(mono)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.row_text, "")
        self.tabs.addTab(self.table, "")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(head)
        box.addWidget(self.tabs, 1)
        self._target = (0.0, 1.0, 10)
        self.label: int | None = None
        self.show_image(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.inspect_button.setText(self.tr("Inspect in the network ▶"))
        self.inspect_button.setToolTip(self.tr("Make this image the probe sample: the inside-the-network views show "
                                               "its forward pass and the backward pass its label would produce (no "
                                               "update)"))
        self.tabs.setTabText(0, self.tr("CSV row: label + 784 pixels"))
        self.tabs.setTabText(1, self.tr("28×28 pixel table"))
        self.row_text.setToolTip(self.tr("The image as the course's CSV files store it: the label, then the 784 "
                                         "pixel values (0–255) row by row"))
        self.table.setToolTip(self.tr("The 784 pixel values as a 28×28 table, each cell shaded like its pixel"))
        if self.label is None:
            self.title.setText(self.tr("Select an image"))
        else:
            self._show_target()

    def show_image(self, pixels: np.ndarray | None, label: int = 0, title: str = "") -> None:
        """Show ``pixels`` (uint8 28×28) with its ``label``; ``None`` shows nothing."""
        self.inspect_button.setEnabled(pixels is not None)
        if pixels is None:
            self.label = None
            self.title.setText(self.tr("Select an image"))
            self.target_label.setText("")
            self.big_image.clear()
            self.row_text.setPlainText("")
            self.table_model.set_pixels(np.zeros((28, 28), np.uint8))
            return
        self.label = int(label)
        self.big_image.setPixmap(zoomed(gray_image(pixels), SIDE))
        self.title.setText(title)
        row = np.concatenate([[self.label], np.asarray(pixels).reshape(-1)]).astype(np.int64)
        self.row_text.setPlainText(",".join(map(str, row.tolist())))
        self.table_model.set_pixels(pixels)
        self._show_target()

    def set_target(self, off: float, on: float, n: int) -> None:
        """The one-hot target's values (e.g. 0.01/0.99 for the lecture's sigmoid network)."""
        if (off, on, n) != self._target:
            self._target = (off, on, n)
            self._show_target()

    def _show_target(self) -> None:
        if self.label is None:
            return
        off, on, n = self._target
        label = self.label
        cells = " ".join(f"<b style='color:#1a7f37'>{on:g}</b>" if k == label else f"{off:g}" for k in range(n))
        self.target_label.setText(self.tr("one-hot target t (off {0:g}, on {1:g}):").format(off, on) + "<br>"
                                  f"<span style='font-family:monospace'>[{cells}]</span><br><span style='color:#666'>"
                                  + self.tr("position {0} of 0…{1} is 'on'").format(label, n - 1) + "</span>")
