"""The bar over the dataset browser's grid while it shows a chosen set of images.

When the browser shows exactly some images (:meth:`BrowserView.set_indices
<backprop_viz.gui.views.browser.BrowserView.set_indices>`, e.g. one confusion-matrix
cell), this yellow bar says what they are and how many, with a *Show all* button that
returns to the whole split. The description may be a callable, so the bar re-words it
in the current language; its words belong to the ``BrowserView`` translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from backprop_viz.gui.texts import split_name

from .scaffold import named, set_texts

translate = QCoreApplication.translate


class SubsetBar(QWidget):
    """``label`` (what the set is) and ``show_all``; hidden until :meth:`show_set`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = named(QLabel(), "browser_subset_label")
        self.label.setWordWrap(True)
        self.show_all = named(QPushButton(), "browser_show_all")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.label, 1)
        bar.addWidget(self.show_all)
        self.setStyleSheet("background: #fff4ce;")
        self.hide()
        self._shown = None          # (description, count, split) of the set shown

    def show_set(self, description, count: int, split: str) -> None:
        """Say that ``count`` images of ``split`` are shown: ``description`` (a text, or a
        callable giving it in the current language; empty: "A chosen set")."""
        self._shown = (description, count, split)
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        """The button and the description in the current language (the browser calls it)."""
        set_texts(self.show_all, translate("BrowserView", "Show all"),
                  translate("BrowserView", "Leave this selection and show the whole split again"))
        if self._shown is None:
            return
        description, count, split = self._shown
        text = description() if callable(description) else description
        self.label.setText(translate("BrowserView", "{0}: {1:,} {2} images.").format(
            text or translate("BrowserView", "A chosen set"), count, split_name(split)))
