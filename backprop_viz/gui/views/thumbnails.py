"""A virtualised grid of 28×28 digit thumbnails: model, delegate and view set-up.

:class:`ThumbnailModel` is a ``QAbstractListModel`` over a subset of a uint8 image array
``(N, 28, 28)``: row ``r`` shows image ``rows[r]``. It holds no per-item objects — a
thumbnail's ``QImage`` is made only when the view first paints it (a view over the
raw bytes, then copied) and kept in a bounded cache, so 60,000 images cost nothing
until scrolled to. :class:`ThumbnailDelegate` paints the image pixel-sharp with its
caption below; :func:`make_grid` configures a ``QListView`` for it (uniform item sizes,
wrapping left-to-right flow, batched layout), which only ever touches the rows on screen.
Used by the dataset browser and the evaluation view's gallery of mistakes; the image
helpers also by the drawing pad.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from .common import DIVERGING, symmetric_levels

INDEX_ROLE = Qt.UserRole          # position of the image in its dataset
LABEL_ROLE = Qt.UserRole + 1      # its label
#: thumbnails kept (about 1 MB per 1,000)
CACHE_SIZE = 6000


def gray_image(pixels: np.ndarray) -> QImage:
    """A ``QImage`` (own copy) of a uint8 2-D array: 0 black, 255 white (MNIST: white ink)."""
    a = np.ascontiguousarray(pixels, dtype=np.uint8)
    h, w = a.shape
    return QImage(a.data, w, h, w, QImage.Format_Grayscale8).copy()


def signed_image(values: np.ndarray) -> QImage:
    """A signed 2-D array as a blue–white–red ``QImage``, white at 0, symmetric about it."""
    v = np.asarray(values, dtype=np.float64)
    _, top = symmetric_levels(v)
    rgba = np.ascontiguousarray(DIVERGING.map((v / top / 2 + 0.5).reshape(-1), mode="byte"),
                                dtype=np.uint8).reshape(*v.shape, 4)
    h, w = v.shape
    return QImage(rgba.data, w, h, 4 * w, QImage.Format_RGBA8888).copy()


def zoomed(image: QImage, side: int) -> QPixmap:
    """``image`` as a ``side``×``side`` pixmap, pixels kept as sharp squares."""
    return QPixmap.fromImage(image).scaled(side, side, Qt.IgnoreAspectRatio, Qt.FastTransformation)


class ThumbnailModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.images = np.zeros((0, 28, 28), np.uint8)
        self.labels = np.zeros(0, np.int64)
        self.rows = np.zeros(0, np.int64)
        self.caption = None            # None: the label; else f(dataset index) -> str
        self.names: tuple[str, ...] = tuple(str(k) for k in range(10))
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self.images_made = 0           # thumbnails rendered so far (benchmark and tests)

    def set_data(self, images, labels, rows=None, caption=None, names=None) -> None:
        """Show ``images[rows]`` (all when ``rows`` is None); ``caption(i)`` labels image ``i``."""
        self.beginResetModel()
        if images is not self.images:
            self._cache.clear()
        self.images, self.labels = images, np.asarray(labels)
        self.rows = np.arange(len(images)) if rows is None else np.asarray(rows, dtype=np.int64)
        self.caption = caption
        if names is not None:
            self.names = tuple(names)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else int(len(self.rows))

    def image(self, i: int) -> QImage:
        """The thumbnail of dataset image ``i`` (cached)."""
        img = self._cache.get(i)
        if img is None:
            img = gray_image(self.images[i])
            self.images_made += 1
            self._cache[i] = img
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return img

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        i = int(self.rows[index.row()])
        if role == Qt.DisplayRole:
            return self.caption(i) if self.caption else self.names[int(self.labels[i])]
        if role == Qt.DecorationRole:
            return self.image(i)
        if role == INDEX_ROLE:
            return i
        if role == LABEL_ROLE:
            return int(self.labels[i])
        if role == Qt.ToolTipRole:
            return self.tr("image #{0} · label {1}").format(i, self.names[int(self.labels[i])])
        return None

    def row_of(self, i: int) -> int:
        """The row showing dataset image ``i``, or −1 (``rows`` is ascending unless sorted otherwise)."""
        hits = np.flatnonzero(self.rows == i)
        return int(hits[0]) if len(hits) else -1


class ThumbnailDelegate(QStyledItemDelegate):
    """Image scaled by a whole factor (nearest neighbour: every pixel stays a crisp square),
    caption centred below, selection as a coloured frame."""

    def __init__(self, zoom: int = 2, caption_height: int = 14, parent=None):
        super().__init__(parent)
        self.zoom, self.caption_height = zoom, caption_height
        side = 28 * zoom
        self.cell = QSize(side + 6, side + caption_height + 6)

    def sizeHint(self, option, index) -> QSize:
        return self.cell

    def paint(self, painter: QPainter, option, index) -> None:
        r = option.rect
        side = 28 * self.zoom
        selected = bool(option.state & QStyle.State_Selected)
        if selected:
            painter.fillRect(r, option.palette.color(QPalette.Highlight))
        image = index.data(Qt.DecorationRole)
        target = QRect(r.x() + (r.width() - side) // 2, r.y() + 3, side, side)
        painter.setRenderHint(QPainter.SmoothPixmapTransform, False)
        if image is not None:
            painter.drawImage(target, image)
        text_rect = QRect(r.x(), target.bottom() + 1, r.width(), self.caption_height)
        painter.setPen(option.palette.color(QPalette.HighlightedText) if selected else QColor(40, 40, 40))
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        painter.drawText(text_rect, Qt.AlignCenter, index.data(Qt.DisplayRole) or "")


def make_grid(view: QListView, model: ThumbnailModel, delegate: ThumbnailDelegate) -> None:
    """Configure ``view`` as a virtualised wrapping grid of ``model``'s thumbnails."""
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.setViewMode(QListView.ListMode)
    view.setFlow(QListView.LeftToRight)
    view.setWrapping(True)
    view.setResizeMode(QListView.Adjust)
    view.setUniformItemSizes(True)
    view.setLayoutMode(QListView.Batched)
    view.setBatchSize(2000)
    view.setMovement(QListView.Static)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
    view.verticalScrollBar().setSingleStep(delegate.cell.height() // 2)
    view.setGridSize(delegate.cell)
