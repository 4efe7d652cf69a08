"""The dataset browser: every training and test image, and one of them as the network sees it.

A virtualised grid (:mod:`.thumbnails`) shows the chosen split — train, validation or
test — filtered by label; "go to #" jumps to an index. Selecting an image shows it
(:mod:`.image_detail`) large with its label, its one-hot target vector ``t`` (with the run's off/on values,
e.g. 0.01/0.99 for the lecture's sigmoid network) and its pixels the way the course
writes them: the CSV row of 785 numbers — the label first, then the 784 pixel values
row by row — and the same values as a 28×28 table. "Inspect" makes it the probe sample
(:attr:`BrowserView.inspect_requested`), so the inside-the-network views show its forward
pass and, with its label, the single-sample backward pass. :meth:`BrowserView.set_indices`
shows exactly a given set of images (e.g. one cell of the confusion matrix).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListView, QPushButton, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from .common import info_button
from .image_detail import ImageDetail
from .thumbnails import INDEX_ROLE, ThumbnailDelegate, ThumbnailModel, make_grid

INFO = ("The data the network learns from. Each MNIST image is 28×28 = 784 grey values (0 = background, "
        "255 = ink) and a label 0–9; the course stores one image per CSV row of 785 numbers: the label, then "
        "the 784 pixels row by row. The network's input x is that row without the label, scaled (e.g. x/255); "
        "its target t is the one-hot vector of the label. Filter by label or split, jump to an index, select "
        "an image to see its numbers, and press Inspect to follow it through the network.")


class BrowserView(QWidget):
    inspect_requested = Signal(object, object, str)   # pixels uint8 (28, 28), label, source

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("browser_view")
        self.info_text = INFO
        self.setToolTip(INFO)
        self.splits: dict = {}
        self.split = ""
        self.names: tuple[str, ...] = tuple(str(k) for k in range(10))
        self.subset: np.ndarray | None = None     # set_indices mode
        self.selected: int | None = None

        self.split_box = QComboBox()
        self.split_box.setObjectName("browser_split")
        self.split_box.setToolTip("Which part of the dataset to browse")
        self.label_box = QComboBox()
        self.label_box.setObjectName("browser_label")
        self.label_box.setToolTip("Show only the images with this label")
        self.jump_box = QSpinBox()
        self.jump_box.setObjectName("browser_jump")
        self.jump_box.setToolTip("Index of an image in the split")
        self.jump_button = QPushButton("Go")
        self.jump_button.setObjectName("browser_go")
        self.count_label = QLabel("no data")
        self.count_label.setObjectName("browser_count")
        info_panel = QLabel()
        top = QHBoxLayout()
        for text, w in (("split", self.split_box), ("label", self.label_box), ("go to #", self.jump_box)):
            top.addWidget(QLabel(text))
            top.addWidget(w)
        top.addWidget(self.jump_button)
        top.addWidget(self.count_label, 1)
        top.addWidget(info_button(INFO, info_panel))

        self.subset_bar = QWidget()
        self.subset_label = QLabel()
        self.subset_label.setObjectName("browser_subset_label")
        self.subset_label.setWordWrap(True)
        show_all = QPushButton("Show all")
        show_all.setObjectName("browser_show_all")
        bar = QHBoxLayout(self.subset_bar)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.subset_label, 1)
        bar.addWidget(show_all)
        self.subset_bar.setStyleSheet("background: #fff4ce;")
        self.subset_bar.hide()

        self.model = ThumbnailModel(self)
        self.grid = QListView()
        self.grid.setObjectName("browser_grid")
        make_grid(self.grid, self.model, ThumbnailDelegate(zoom=2, parent=self.grid))
        self.grid.setMinimumWidth(260)
        self.detail = ImageDetail()
        d = self.detail   # its parts, for tests and the lead's wiring
        self.inspect_button, self.row_text, self.table_model, self.title, self.target_label, self.tabs = (
            d.inspect_button, d.row_text, d.table_model, d.title, d.target_label, d.tabs)

        self.setLayout(QVBoxLayout())
        self.layout().setContentsMargins(4, 4, 4, 4)
        self.layout().addLayout(top)
        self.layout().addWidget(info_panel)
        self.layout().addWidget(self.subset_bar)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 530])
        self.layout().addWidget(splitter, 1)

        self.split_box.currentIndexChanged.connect(lambda _: self._show_split())
        self.label_box.currentIndexChanged.connect(lambda _: self._filter())
        self.jump_button.clicked.connect(lambda: self.jump_to(self.jump_box.value()))
        self.jump_box.editingFinished.connect(lambda: self.jump_to(self.jump_box.value()))
        show_all.clicked.connect(self._filter)
        self.grid.selectionModel().currentChanged.connect(lambda cur, _: self._select(cur))
        self.grid.doubleClicked.connect(lambda _: self.inspect())
        self.inspect_button.clicked.connect(self.inspect)
        self.clear()

    # -- data --------------------------------------------------------------------------------------
    def set_splits(self, splits) -> None:
        """Browse ``splits`` (a :class:`~backprop_viz.data.Splits`): its train, validation and test sets."""
        sets = {"train": splits.train}
        if getattr(splits, "validation", None) is not None:
            sets["validation"] = splits.validation
        sets["test"] = splits.test
        self.splits = {k: v for k, v in sets.items() if len(v)}
        self.names = tuple(splits.train.class_names)
        self.split_box.blockSignals(True)
        self.split_box.clear()
        for name, ds in self.splits.items():
            self.split_box.addItem(f"{name} ({len(ds):,})", name)
        self.split_box.blockSignals(False)
        self.label_box.blockSignals(True)
        self.label_box.clear()
        self.label_box.addItem("all", None)
        for k, name in enumerate(self.names):
            self.label_box.addItem(name, k)
        self.label_box.blockSignals(False)
        self._show_split()

    @property
    def dataset(self):
        return self.splits.get(self.split)

    def visible_indices(self) -> np.ndarray:
        """Dataset indices of the images the grid shows, in order."""
        return self.model.rows.copy()

    def set_split(self, name: str) -> None:
        i = self.split_box.findData(name)
        if i < 0:
            raise ValueError(f"no split {name!r}; have {', '.join(self.splits)}")
        self.split_box.setCurrentIndex(i)

    def set_label_filter(self, label: int | None) -> None:
        self.label_box.setCurrentIndex(0 if label is None else label + 1)

    def _show_split(self) -> None:
        self.split = self.split_box.currentData() or ""
        ds = self.dataset
        self.jump_box.setRange(0, max(len(ds) - 1, 0) if ds is not None else 0)
        self._filter()

    def _filter(self) -> None:
        """Show the split filtered by the label box (and leave set_indices mode)."""
        self.subset = None
        self.subset_bar.hide()
        ds = self.dataset
        if ds is None:
            self.model.set_data(np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
            self.count_label.setText("no data")
            self._select(QModelIndex())
            return
        label = self.label_box.currentData()
        rows = None if label is None else np.flatnonzero(ds.labels == label)
        self._show_rows(ds, rows)

    def _show_rows(self, ds, rows) -> None:
        self.model.set_data(ds.images, ds.labels, rows, names=self.names)
        n = self.model.rowCount()
        self.count_label.setText(f"showing {n:,} of {len(ds):,} {self.split} images")
        if n:
            self.grid.setCurrentIndex(self.model.index(0))
        else:
            self._select(QModelIndex())

    def set_indices(self, split: str, indices, description: str = "") -> None:
        """Show exactly the images ``indices`` of ``split`` (e.g. one confusion-matrix cell)."""
        self.split_box.blockSignals(True)
        self.set_split(split)
        self.split_box.blockSignals(False)
        self.split = split
        ds = self.dataset
        self.jump_box.setRange(0, max(len(ds) - 1, 0))
        self.label_box.blockSignals(True)
        self.label_box.setCurrentIndex(0)
        self.label_box.blockSignals(False)
        self.subset = np.asarray(indices, dtype=np.int64)
        self._show_rows(ds, self.subset)
        self.subset_label.setText(f"{description or 'A chosen set'}: {len(self.subset):,} {split} images.")
        self.subset_bar.show()

    def jump_to(self, index: int) -> None:
        """Select image ``index`` of the split (showing all labels if the filter hides it)."""
        if self.dataset is None:
            return
        row = self.model.row_of(index)
        if row < 0:
            self.label_box.setCurrentIndex(0)   # also leaves set_indices mode
            if self.subset is not None:
                self._filter()
            row = self.model.row_of(index)
        if row >= 0:
            mi = self.model.index(row)
            self.grid.setCurrentIndex(mi)
            self._scroll_to(mi, tries=100)

    def _scroll_to(self, mi, tries: int) -> None:
        """Centre ``mi``; the grid lays out in batches, so retry until it has placed that row."""
        self.grid.scrollTo(mi, QListView.PositionAtCenter)
        if tries and mi.isValid() and not self.grid.viewport().rect().intersects(self.grid.visualRect(mi)):
            QTimer.singleShot(10, lambda: self.grid.currentIndex() == mi and self._scroll_to(mi, tries - 1))

    # -- selection -----------------------------------------------------------------------------------
    def _select(self, current: QModelIndex) -> None:
        ds = self.dataset
        if not current.isValid() or ds is None:
            self.selected = None
            self.detail.show_image(None)
            return
        i = int(current.data(INDEX_ROLE))
        self.selected = i
        label = int(ds.labels[i])
        title = f"<b>{self.split} image #{i}</b><br>label <b>{self.names[label]}</b>"
        self.detail.show_image(ds.images[i], label, title)
        self.jump_box.blockSignals(True)
        self.jump_box.setValue(i)
        self.jump_box.blockSignals(False)

    def pixel_row(self) -> np.ndarray:
        """The selected image as the course's CSV row: label, then the 784 pixel values."""
        if self.selected is None:
            return np.zeros(0, np.int64)
        ds = self.dataset
        return np.concatenate([[int(ds.labels[self.selected])], ds.images[self.selected].reshape(-1)]).astype(np.int64)

    def inspect(self) -> None:
        """Emit :attr:`inspect_requested` for the selected image."""
        if self.selected is None:
            return
        ds = self.dataset
        self.inspect_requested.emit(np.array(ds.images[self.selected]), int(ds.labels[self.selected]),
                                    f"{self.split} image #{self.selected}")

    # -- snapshots ------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot) -> None:
        c = snapshot.config
        self.detail.set_target(float(c.target_off), float(c.target_on), int(c.n_outputs))

    def clear(self) -> None:
        """On a reset: the images stay (they belong to the dataset, not the run); only an
        index selection such as a confusion-matrix cell is dropped."""
        if self.splits:
            self._filter()

    def forget(self) -> None:
        """Forget the data (until :meth:`set_splits`)."""
        self.splits = {}
        self.split_box.clear()
        self.label_box.clear()
        self.split = ""
        self._filter()
