"""The main window's docks: their titles, how views are added, and the saved layout.

Every panel around the curves is a ``QDockWidget`` (movable, floatable, closable) with an
object name, so ``QSettings`` can save and restore the arrangement and the window's
geometry between sessions; *View → Reset layout* brings back the first arrangement.
A view added with :func:`add_view` is refreshed from snapshots while it is on screen and
catches up with the latest snapshot when it is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

DOCK_TITLES = {
    "hyperparams_dock": QT_TRANSLATE_NOOP("MainWindow", "Hyperparameters"),
    "probe_dock": QT_TRANSLATE_NOOP("MainWindow", "Probe sample"),
    "layers_dock": QT_TRANSLATE_NOOP("MainWindow", "Layers: z, a, delta, dW"),
    "weights_dock": QT_TRANSLATE_NOOP("MainWindow", "Weights"),
    "diagram_dock": QT_TRANSLATE_NOOP("MainWindow", "Network"),
    "inspector_dock": QT_TRANSLATE_NOOP("MainWindow", "Backprop inspector"),
    "health_dock": QT_TRANSLATE_NOOP("MainWindow", "Health"),
    "race_dock": QT_TRANSLATE_NOOP("MainWindow", "Why backprop?"),
    "gradcheck_dock": QT_TRANSLATE_NOOP("MainWindow", "Gradient check"),
    "browser_dock": QT_TRANSLATE_NOOP("MainWindow", "Dataset"),
    "evaluation_dock": QT_TRANSLATE_NOOP("MainWindow", "Evaluation"),
    "drawing_dock": QT_TRANSLATE_NOOP("MainWindow", "Draw a digit"),
    "compare_dock": QT_TRANSLATE_NOOP("MainWindow", "Compare runs"),
}


def on_screen(widget: QWidget) -> bool:
    """Is ``widget`` shown? (``isVisible()`` stays true for a dock hidden behind another tab.)"""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def add_dock(window, name: str, widget: QWidget, area) -> QDockWidget:
    dock = QDockWidget(window.tr(DOCK_TITLES[name]), window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable |
                     QDockWidget.DockWidgetClosable)
    window.addDockWidget(area, dock)
    window.docks[name] = dock
    return dock


def add_view(window, name: str, view, area=Qt.BottomDockWidgetArea, tab_with: str | None = None):
    """Add a snapshot view as a dock; it is refreshed while visible and catches up when shown.
    A view that asks the engine for computations (``set_engine``) is given the controller."""
    dock = add_dock(window, name, view, area)
    if tab_with is not None:
        window.tabifyDockWidget(window.docks[tab_with], dock)
    window.views[name] = view
    if hasattr(view, "set_engine"):
        view.set_engine(window.controller)
    dock.visibilityChanged.connect(
        lambda visible: visible and window.last_snapshot is not None and view.show_snapshot(window.last_snapshot))
    return view


def retitle(window) -> None:
    for name, dock in window.docks.items():
        dock.setWindowTitle(window.tr(DOCK_TITLES[name]))


def restore_layout(window) -> None:
    """Remember the first arrangement (for *Reset layout*), then restore the saved one."""
    window.default_state = window.saveState()
    geometry = window.settings.value("window/geometry")
    state = window.settings.value("window/state")
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)


def reset_layout(window) -> None:
    window.restoreState(window.default_state)
    for dock in window.docks.values():
        dock.show()


def save_layout(window) -> None:
    window.settings.setValue("window/geometry", window.saveGeometry())
    window.settings.setValue("window/state", window.saveState())
