"""The main window's docks: their titles, how views are added, and the saved layout.

Every panel around the curves is a ``QDockWidget`` (movable, floatable, closable) with an
object name, so ``QSettings`` can save and restore the arrangement and the window's
geometry between sessions; *View → Reset layout* brings back the first arrangement.
The snapshot views' docks are added through :mod:`.deferred_views` (refreshed while on
screen, catching up with the latest snapshot when shown again). Each view sits in a scroll area
(:func:`scrolled`): a dock never paints over its neighbours or the status bar when the window
is small, and its plots keep their readable minimum size (the panel scrolls instead). The
saved geometry is restored only if it still fits the screen (:mod:`.window_fit`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget

from backprop_viz.gui.window_fit import fit_to_screen, fits_screen, keep_readable

#: a dock shrinks to this much (its view scrolls inside) but not below
DOCK_MIN = (220, 140)

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
    "loss_step_dock": QT_TRANSLATE_NOOP("MainWindow", "Loss along the step"),
    "weight_edit_dock": QT_TRANSLATE_NOOP("MainWindow", "Edit a weight"),
    "who_pushed_dock": QT_TRANSLATE_NOOP("MainWindow", "Who pushed this weight?"),
    "input_gradient_dock": QT_TRANSLATE_NOOP("MainWindow", "Input gradient"),
    "gradient_noise_dock": QT_TRANSLATE_NOOP("MainWindow", "Gradient noise"),
}


def on_screen(widget: QWidget) -> bool:
    """Is ``widget`` shown? (``isVisible()`` stays true for a dock hidden behind another tab.)"""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that fills the dock while there is room and
    scrolls (keeping ``widget`` at its minimum size) when there is not."""
    keep_readable(widget)
    area = QScrollArea()
    area.setObjectName("dock_scroll")
    area.setFrameShape(QFrame.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    hint = widget.minimumSizeHint()
    area.setMinimumSize(min(DOCK_MIN[0], max(hint.width(), 1)), min(DOCK_MIN[1], max(hint.height(), 1)))
    return area


def add_dock(window, name: str, widget: QWidget, area, scroll: bool = True) -> QDockWidget:
    """A dock for ``widget``; ``scroll=False`` for a panel that scrolls its own content."""
    dock = QDockWidget(window.tr(DOCK_TITLES[name]), window)
    dock.setObjectName(name)
    dock.setWidget(scrolled(widget) if scroll else widget)
    dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable |
                     QDockWidget.DockWidgetClosable)
    window.addDockWidget(area, dock)
    window.docks[name] = dock
    return dock


def retitle(window) -> None:
    for name, dock in window.docks.items():
        dock.setWindowTitle(window.tr(DOCK_TITLES[name]))


def restore_layout(window) -> None:
    """Remember the first arrangement (for *Reset layout*), then restore the saved one."""
    window.default_state = window.saveState()
    geometry = window.settings.value("window/geometry")
    state = window.settings.value("window/state")
    if geometry is not None:
        before = window.saveGeometry()
        if window.restoreGeometry(geometry) and not fits_screen(window):
            window.restoreGeometry(before)   # saved on a larger screen: keep the fitted size
            fit_to_screen(window)
    if state is not None:
        window.restoreState(state)


def reset_layout(window) -> None:
    window.restoreState(window.default_state)
    for dock in window.docks.values():
        dock.show()


def save_layout(window) -> None:
    window.settings.setValue("window/geometry", window.saveGeometry())
    window.settings.setValue("window/state", window.saveState())
