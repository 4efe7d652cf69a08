"""What a user sees: every visible text of a window (widgets, menus, plots), and how to judge it.

:func:`visible_texts` walks a widget tree the way a reader scans the screen — labels,
buttons, tooltips, combo items, spin box affixes, tab and dock titles, table headers,
text pages, menus and toolbar actions, and the words pyqtgraph draws (titles, axis
labels, legends, notes). :func:`untranslated` says which of those texts are still
English words although the interface is in Korean: a text passes when it contains
Hangul or consists only of notation (``z``, ``a``, ``delta``, ``dW``, numbers, the
config's identifiers …, the short allow-list below).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources

from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDockWidget, QGraphicsSimpleTextItem,
                               QGraphicsTextItem, QGraphicsView, QGroupBox, QLabel, QLineEdit, QMainWindow, QMenu,
                               QProgressBar, QTableWidget, QTabBar, QTextBrowser, QWidget)

HANGUL = re.compile(r"[\uac00-\ud7a3]")
WORD = re.compile(r"[A-Za-z][A-Za-z_]*")
#: notation and names that are the same in every language: the lecture's symbols, the config's
#: identifiers (activations, presets), units of notation, product names
NOTATION = {
    "z", "a", "b", "W", "dW", "delta", "x", "t", "n", "i", "j", "k", "l", "L", "N", "f", "E", "e", "lr", "max",
    "std", "log", "a_L", "a_prev", "num", "bp", "relu", "sigmoid", "tanh", "softmax", "identity", "leaky_relu",
    "ReLU", "leaky", "Adam", "SGD", "MNIST", "English", "backprop", "viz", "fast", "lecture", "mlp", "dropout", "bn", "he",
    "adam", "numerical", "NaN", "Inf", "W1", "b1", "W2", "b2", "W3", "b3", "CSV", "PNG", "SVG", "Space", "Shift",
    "Ctrl", "Right", "P", "R", "Q", "Z", "dE", "dx",
}


def strip_markup(text: str) -> str:
    return re.sub(r"&\w+;", " ", re.sub(r"<[^>]*>", " ", text or ""))


def untranslated(text: str) -> bool:
    """An English word shows where the interface should speak Korean."""
    text = strip_markup(text).replace("&", "")
    if HANGUL.search(text):
        return False
    return any(w not in NOTATION for w in WORD.findall(text))


def english_catalogue() -> set[str]:
    """Every source string of the English catalogue (the English the GUI can show)."""
    path = resources.files("backprop_viz.resources") / "i18n" / "backprop_viz_en.ts"
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    return {m.findtext("source") for m in root.iter("message")}


def _widget_texts(w: QWidget) -> list[str]:
    texts = [w.toolTip()]
    if isinstance(w, QLabel):
        texts.append(w.text())
    if isinstance(w, QAbstractButton):
        texts.append(w.text())
    if isinstance(w, QComboBox):
        texts += [w.itemText(i) for i in range(w.count())]
    if isinstance(w, QAbstractSpinBox):
        texts += [getattr(w, name)() for name in ("prefix", "suffix", "specialValueText") if hasattr(w, name)]
    if isinstance(w, QLineEdit):
        texts.append(w.placeholderText())
    if isinstance(w, QGroupBox):
        texts.append(w.title())
    if isinstance(w, QTabBar):
        texts += [w.tabText(i) for i in range(w.count())]
    if isinstance(w, QDockWidget):
        texts.append(w.windowTitle())
    if isinstance(w, QTextBrowser):
        texts.append(w.toPlainText())
    if isinstance(w, QProgressBar):
        texts.append(w.text())
    if isinstance(w, QTableWidget):
        texts += [w.horizontalHeaderItem(c).text() for c in range(w.columnCount()) if w.horizontalHeaderItem(c)]
    if isinstance(w, QGraphicsView) and w.scene() is not None:
        for item in w.scene().items():
            if not item.isVisible():
                continue
            if isinstance(item, QGraphicsTextItem):
                texts.append(item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                texts.append(item.text())
            if hasattr(item, "toolTip"):
                texts.append(item.toolTip())
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.statusTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every non-empty text a user can see or hover in ``root``."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.objectName().startswith("qt_"):
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        out += [(where, t) for t in _widget_texts(w) if t and t.strip()]
    if isinstance(root, QMainWindow):
        out.append(("window title", root.windowTitle()))
        for action in root.menuBar().actions():
            out += [("menu", t) for t in _menu_texts(action.menu()) if t]
        for action in root.actions():
            out += [("action", t) for t in (action.text(), action.toolTip(), action.statusTip()) if t]
    return out
