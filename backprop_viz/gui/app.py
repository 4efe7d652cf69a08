"""Starts the desktop app: one QApplication, pyqtgraph's options, the main window."""

from __future__ import annotations

import sys


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options, set once at start-up (row-major images, light theme)."""
    import pyqtgraph as pg

    # antialiasing is off globally (it triples the cost of live repaints); the few
    # curves that need smooth lines turn it on for themselves
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=False, background="w", foreground="k")


def run_app(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("backprop-viz")
    app.setApplicationName("backprop-viz")
    from backprop_viz.gui.desktop import apply_identity

    apply_identity(app)   # icon on every window and the taskbar; the .desktop entry's name
    configure_pyqtgraph()
    from PySide6.QtCore import QSettings

    from backprop_viz.gui.main_window import MainWindow
    from backprop_viz.gui.sequence import load_last_config

    config, preset, dataset = load_last_config(QSettings())   # the settings of the last session
    window = MainWindow(config=config, preset=preset or "fast")
    if config is not None and dataset not in (None, "mnist"):
        window.apply_config(config, dataset)
    window.show()
    from backprop_viz.data.storage import remove_stale_temporaries

    remove_stale_temporaries()   # what saves killed in an earlier session left behind
    return app.exec()
