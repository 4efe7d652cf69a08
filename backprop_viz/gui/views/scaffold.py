"""The frame every view is built in, so no view writes it out again.

A view is a row of controls ending in its ⓘ button, the ⓘ note panel under that row,
then its plots, in one column with 4-pixel margins (:func:`add_info`,
:func:`view_layout`). Controls carry object names the tests and the tour find them by
(:func:`named`); combo and spin boxes get a word in front of them whose tooltip is the
box's own (:func:`labelled`, :func:`name_boxes`); a button or check box gets its text and
tooltip in one call (:func:`set_texts`). Plots that only show (no panning, zooming or
the "A" button) are fixed with :func:`fixed_plot`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from .common import info_button, plain_axes


def named(widget: QWidget, name: str) -> QWidget:
    """``widget`` with the object name ``name`` (what tests and the tour look it up by)."""
    widget.setObjectName(name)
    return widget


def add_info(view: QWidget, row: QHBoxLayout) -> QLabel:
    """Give ``view`` its ⓘ button (``view.info``, at the end of ``row``); returns the note
    panel the button opens, for :func:`view_layout` to place under the controls."""
    panel = QLabel()
    view.info = info_button("", panel)
    row.addWidget(view.info)
    return panel


def view_layout(view: QWidget, *parts, margin: int = 4) -> QVBoxLayout:
    """``view``'s column: each part a widget or a layout, or ``(part, stretch)``."""
    layout = QVBoxLayout(view)
    layout.setContentsMargins(margin, margin, margin, margin)
    for part in parts:
        part, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    return layout


def labelled(row: QHBoxLayout, boxes) -> list[QLabel]:
    """Add each of ``boxes`` to ``row`` after a label of its own; returns the labels
    (worded by :func:`name_boxes`)."""
    labels = []
    for box in boxes:
        labels.append(QLabel())
        row.addWidget(labels[-1])
        row.addWidget(box)
    return labels


def name_boxes(labels, texts, boxes) -> None:
    """Word the labels of :func:`labelled`; each shows its box's tooltip too (so set the
    boxes' tooltips first)."""
    for label, text, box in zip(labels, texts, boxes):
        label.setText(text)
        label.setToolTip(box.toolTip())


def set_texts(widget, text: str, tip: str) -> None:
    """A button's (check box's…) text and tooltip, both already translated."""
    widget.setText(text)
    widget.setToolTip(tip)


def fixed_plot(plot, menu: bool = True) -> None:
    """A plot that only shows: no mouse panning or zooming, no "A" button, and with
    ``menu=False`` no context menu either."""
    plot.setMouseEnabled(False, False)
    if not menu:
        plot.setMenuEnabled(False)
    plot.hideButtons()


def captioned_plot(view: QWidget, caption_name: str):
    """A word-wrapped caption with the view's ⓘ button above one plot with a light grid:
    ``(caption, top row, info panel, plot widget, plot item)``."""
    import pyqtgraph as pg

    top = QHBoxLayout()
    caption = named(QLabel(), caption_name)
    caption.setWordWrap(True)
    top.addWidget(caption, 1)
    panel = add_info(view, top)
    widget = pg.PlotWidget()
    plot = widget.getPlotItem()
    plain_axes(plot)
    plot.showGrid(x=True, y=True, alpha=0.2)
    return caption, top, panel, widget, plot
