"""Where the main window opens and how large: always inside the available screen geometry.

The window asks for :data:`PREFERRED` (room for every panel) but never more than the
screen's available area (without task bars and docks), centred on it; a geometry saved on
a larger screen is restored only if it still fits (:func:`fits_screen`). Both take the
screen the window is on, so a window on a second, smaller monitor fits that one.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

#: the size the window asks for on a screen with room for it
PREFERRED = QSize(1440, 960)
#: window decorations assumed before the window is shown (title bar and borders)
FRAME_GUESS = QSize(8, 36)


def available(window) -> QRect:
    """The available geometry of the screen ``window`` is on (the primary one before it is shown)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame_extra(window) -> QSize:
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return extra if window.isVisible() and (extra.width() or extra.height()) else FRAME_GUESS


def fit_to_screen(window, preferred: QSize = PREFERRED, area: QRect | None = None) -> QSize:
    """Resize ``window`` to ``preferred``, or to what ``area`` (default: its screen's available
    geometry) leaves for it, and centre it there; returns the new size."""
    area = area or available(window)
    extra = _frame_extra(window)
    size = preferred.boundedTo(QSize(area.width() - extra.width(), area.height() - extra.height()))
    window.resize(size)
    window.move(area.x() + (area.width() - size.width() - extra.width()) // 2,
                area.y() + (area.height() - size.height() - extra.height()) // 2)
    return size


def fits_screen(window, tolerance: int = 4) -> bool:
    """Does ``window`` (with its frame) lie inside the available geometry of one screen?"""
    frame = window.frameGeometry()
    if not window.isVisible():   # before showing, frameGeometry has no frame yet: add the guess
        frame = QRect(frame.topLeft(), frame.size() + FRAME_GUESS)
    frame = frame.adjusted(tolerance, tolerance, -tolerance, -tolerance)
    return any(screen.availableGeometry().contains(frame) for screen in QGuiApplication.screens())


#: the smallest plot that still reads (title, tick labels, axis label and some data)
PLOT_MIN = QSize(200, 150)


def _grid(view) -> tuple[int, int]:
    """Rows and columns of plots in a pyqtgraph view (1×1 for a single plot)."""
    import pyqtgraph as pg

    layout = getattr(getattr(view, "ci", None), "layout", None)
    if layout is None:
        return 1, 1
    cells = set()
    for r in range(layout.rowCount()):
        for c in range(layout.columnCount()):
            item = layout.itemAt(r, c)
            if isinstance(item, pg.PlotItem):
                cells.add((r, c))
    return max(1, len({r for r, _ in cells})), max(1, len({c for _, c in cells}))


def keep_readable(root, scale: float = 1.0) -> None:
    """Give every plot under ``root`` at least :data:`PLOT_MIN` per plot of its grid (times
    ``scale``, the font factor); the scroll area around the view scrolls instead of squashing
    it. Plots of a fixed size (thumbnails) are left alone."""
    import pyqtgraph as pg

    for view in root.findChildren(pg.GraphicsView):
        if view.maximumWidth() < 10000 or view.maximumHeight() < 10000:
            continue
        base = getattr(view, "_readable_base", None)
        if base is None:
            base = view._readable_base = view.minimumSize()
        rows, cols = _grid(view)
        w, h = round(PLOT_MIN.width() * scale) * min(cols, 3), round(PLOT_MIN.height() * scale) * min(rows, 3)
        hint = view.minimumSizeHint()   # e.g. room for the confusion matrix's counts
        view.setMinimumSize(max(base.width(), w, hint.width()), max(base.height(), h, hint.height()))


def tidy_tab_bars(window) -> None:
    """The main window's dock tab bars show whole titles and scroll, rather than eliding every
    title to "W…" when many panels share one place; done again whenever docks move."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    for bar in window.findChildren(QTabBar):
        if bar.parent() is window:
            bar.setElideMode(Qt.ElideNone)
            bar.setUsesScrollButtons(True)
            bar.setExpanding(False)
    if not getattr(window, "_tab_bars_tidied", False):
        window._tab_bars_tidied = True
        for dock in window.docks.values():
            dock.dockLocationChanged.connect(lambda _area: tidy_tab_bars(window))
            dock.topLevelChanged.connect(lambda _floating: tidy_tab_bars(window))
