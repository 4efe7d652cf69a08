"""Presentation mode: larger fonts and thicker lines in every view, for a projector.

:func:`set_presentation` scales the application font (every Qt widget follows it) and
walks the scene of every pyqtgraph view in the window: axis tick fonts and labels, plot
titles and legends (``LabelItem``), texts drawn in plots (``TextItem``), and the pens of
curves, bars and lines. Each item keeps its usual font size and pen width in its own data
(:data:`KEY_FONT`, :data:`KEY_PEN`), so switching back restores exactly, and items a view
creates later (a new run, a panel shown for the first time) are scaled by :func:`apply`
when they appear. Widgets with a ``fonts_changed()`` method (plots whose minimum size
depends on their texts) are told afterwards.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsTextItem, QWidget

from backprop_viz.gui import fonts
from backprop_viz.gui.window_fit import keep_readable

#: font factor in presentation mode; lines grow by :data:`PEN_FACTOR`
FONT_FACTOR = 1.5
PEN_FACTOR = 2.0
KEY_FONT, KEY_PEN, KEY_SIZE = 0x5B01, 0x5B02, 0x5B03


def active() -> bool:
    return fonts.scale() != 1.0


def set_presentation(window, on: bool) -> None:
    """Switch ``window`` (and the whole application font) to presentation mode or back."""
    fonts.set_scale(FONT_FACTOR if on else 1.0)
    apply(window)


def apply(window) -> None:
    """Bring every pyqtgraph view of ``window`` to the current mode (cheap when nothing is new)."""
    on = active()
    for view in window.findChildren(pg.GraphicsView):
        scene = view.scene()
        if scene is not None:
            for item in scene.items():
                _scale_item(item, on)
    for widget in window.findChildren(QWidget):
        if hasattr(widget, "fonts_changed"):
            widget.fonts_changed()
    keep_readable(window, fonts.scale())


def scale_new(*items) -> None:
    """Items a view adds after :func:`apply` ran (a legend entry that appears mid-run), at the
    current mode's size."""
    if active():
        for item in items:
            _scale_item(item, True)


def _data(item, key):
    return QGraphicsItem.data(item, key)   # pyqtgraph items override data()/setData() for their own


def _remember(item, key, value):
    stored = _data(item, key)
    if stored is None:
        QGraphicsItem.setData(item, key, value)
        return value
    return stored


def _scaled_font(item, font: QFont, on: bool) -> QFont:
    size = _remember(item, KEY_FONT, font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize()))
    font = QFont(font)
    target = size * (FONT_FACTOR if on else 1.0)
    if font.pointSizeF() > 0:
        font.setPointSizeF(target)
    else:
        font.setPixelSize(max(1, round(target)))
    return font


def _scaled_pen(item, pen, on: bool):
    pen = QPen(pg.mkPen(pen))
    width = _remember(item, KEY_PEN, pen.widthF())
    pen.setWidthF(max(width, 1.0) * PEN_FACTOR if on else width)
    return pen


def _scale_item(item, on: bool) -> None:
    if isinstance(item, pg.AxisItem):
        if _data(item, KEY_FONT) is None and not on:
            return
        QGraphicsItem.setData(item, KEY_FONT, 1.0)
        item.setTickFont(QFont(QApplication.font()) if on else None)
        item.label.setFont(QApplication.font())
        item._updateLabel()
    elif isinstance(item, pg.LabelItem):
        size = item.opts.get("size")
        if size and str(size).endswith("pt"):
            base = float(_remember(item, KEY_SIZE, float(str(size)[:-2])))
            item.setText(item.text, size=f"{base * (FONT_FACTOR if on else 1.0):g}pt")
        elif _data(item, KEY_SIZE) is not None or on:
            item.item.setFont(_scaled_font(item, item.item.font(), on))
            item.setText(item.text)
    elif isinstance(item, pg.TextItem):
        item.setFont(_scaled_font(item, item.textItem.font(), on))
    elif isinstance(item, QGraphicsTextItem) and isinstance(item.parentItem(), (pg.TextItem, pg.LabelItem,
                                                                                    pg.AxisItem)):
        return   # handled with its owner
    elif isinstance(item, pg.PlotDataItem):
        if item.opts.get("pen") is not None:
            item.setPen(_scaled_pen(item, item.opts["pen"], on))
    elif isinstance(item, pg.PlotCurveItem) and not isinstance(item.parentItem(), pg.PlotDataItem):
        item.setPen(_scaled_pen(item, item.opts["pen"], on))
    elif isinstance(item, pg.InfiniteLine):
        item.setPen(_scaled_pen(item, item.pen, on))
    elif isinstance(item, pg.BarGraphItem):
        if item.opts.get("pen") is not None:
            item.setOpts(pen=_scaled_pen(item, item.opts["pen"], on))
