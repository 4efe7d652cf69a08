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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QPushButton, QSpinBox, QSplitter, QWidget

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import split_name

from .common import set_info
from .browser_subset import SubsetBar
from .image_detail import ImageDetail
from .scaffold import add_info, labelled, name_boxes, named, set_texts, view_layout
from .thumbnails import INDEX_ROLE, ThumbnailDelegate, ThumbnailModel, make_grid

INFO = QT_TRANSLATE_NOOP("BrowserView", "The data the network learns from. Each MNIST image is 28×28 = 784 grey values (0 = background, "
        "255 = ink) and a label 0–9; the course stores one image per CSV row of 785 numbers: the label, then "
        "the 784 pixels row by row. The network's input x is that row without the label, scaled (e.g. x/255); "
        "its target t is the one-hot vector of the label. Filter by label or split, jump to an index, select "
        "an image to see its numbers, and press Inspect to follow it through the network.")


class BrowserView(Retranslatable, QWidget):
    inspect_requested = Signal(object, object, str)   # pixels uint8 (28, 28), label, source

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("browser_view")
        self.splits: dict = {}
        self.split = ""
        self.names: tuple[str, ...] = tuple(str(k) for k in range(10))
        self.subset: np.ndarray | None = None     # set_indices mode
        self.selected: int | None = None

        self.split_box = named(QComboBox(), "browser_split")
        self.label_box = named(QComboBox(), "browser_label")
        self.jump_box = named(QSpinBox(), "browser_jump")
        self.jump_button = named(QPushButton(), "browser_go")
        self.count_label = named(QLabel(), "browser_count")
        top = QHBoxLayout()
        self.names_ = labelled(top, (self.split_box, self.label_box, self.jump_box))
        top.addWidget(self.jump_button)
        top.addWidget(self.count_label, 1)
        info_panel = add_info(self, top)

        self.subset_bar = SubsetBar()
        self.subset_label, self.show_all = self.subset_bar.label, self.subset_bar.show_all

        self.model = ThumbnailModel(self)
        self.grid = named(QListView(), "browser_grid")
        make_grid(self.grid, self.model, ThumbnailDelegate(zoom=2, parent=self.grid))
        self.grid.setMinimumWidth(260)
        self.detail = ImageDetail()
        d = self.detail   # its parts, for tests and the lead's wiring
        self.inspect_button, self.row_text, self.table_model, self.title, self.target_label, self.tabs = (
            d.inspect_button, d.row_text, d.table_model, d.title, d.target_label, d.tabs)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 530])
        view_layout(self, top, info_panel, self.subset_bar, (splitter, 1))

        self.split_box.currentIndexChanged.connect(lambda _: self._show_split())
        self.label_box.currentIndexChanged.connect(lambda _: self._filter())
        self.jump_button.clicked.connect(lambda: self.jump_to(self.jump_box.value()))
        self.jump_box.editingFinished.connect(lambda: self.jump_to(self.jump_box.value()))
        self.show_all.clicked.connect(self._filter)
        self.grid.selectionModel().currentChanged.connect(lambda cur, _: self._select(cur))
        self.grid.doubleClicked.connect(lambda _: self.inspect())
        self.inspect_button.clicked.connect(self.inspect)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        self.split_box.setToolTip(self.tr("Which part of the dataset to browse"))
        self.label_box.setToolTip(self.tr("Show only the images with this label"))
        self.jump_box.setToolTip(self.tr("Index of an image in the split (0 is the first)"))
        set_texts(self.jump_button, self.tr("Go"), self.tr("Select the image with the index in the box"))
        self.subset_bar.retranslate()
        name_boxes(self.names_, (self.tr("split"), self.tr("label"), self.tr("go to #")),
                   (self.split_box, self.label_box, self.jump_box))
        for i in range(self.split_box.count()):
            name = self.split_box.itemData(i)
            self.split_box.setItemText(i, self._split_item(name))
        if self.label_box.count():
            self.label_box.setItemText(0, self.tr("all"))
        self._show_count()
        if self.selected is not None:
            self._select(self.grid.currentIndex())

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
        for name in self.splits:
            self.split_box.addItem(self._split_item(name), name)
        self.split_box.blockSignals(False)
        self.label_box.blockSignals(True)
        self.label_box.clear()
        self.label_box.addItem(self.tr("all"), None)
        for k, name in enumerate(self.names):
            self.label_box.addItem(name, k)
        self.label_box.blockSignals(False)
        self._show_split()

    def _split_item(self, name: str) -> str:
        return self.tr("{0} ({1:,})").format(split_name(name), len(self.splits[name]))

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
            self._show_count()
            self._select(QModelIndex())
            return
        label = self.label_box.currentData()
        rows = None if label is None else np.flatnonzero(ds.labels == label)
        self._show_rows(ds, rows)

    def _show_rows(self, ds, rows) -> None:
        self.model.set_data(ds.images, ds.labels, rows, names=self.names)
        n = self.model.rowCount()
        self._show_count()
        if n:
            self.grid.setCurrentIndex(self.model.index(0))
        else:
            self._select(QModelIndex())

    def _show_count(self) -> None:
        ds = self.dataset
        if ds is None:
            self.count_label.setText(self.tr("no data"))
        else:
            self.count_label.setText(self.tr("showing {0:,} of {1:,} {2} images").format(
                self.model.rowCount(), len(ds), split_name(self.split)))

    def set_indices(self, split: str, indices, description="") -> None:
        """Show exactly the images ``indices`` of ``split`` (e.g. one confusion-matrix cell);
        ``description`` says what they are (a text, or a callable giving it in the current language)."""
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
        self.subset_bar.show_set(description, len(self.subset), split)

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
        title = self.tr("<b>{0} image #{1}</b><br>label <b>{2}</b>").format(split_name(self.split), i,
                                                                             self.names[label])
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
