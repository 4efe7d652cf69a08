"""Fixtures for GUI tests: isolated QSettings, pyqtgraph options, a ready main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from backprop_viz.core.presets import get_preset


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("backprop-viz-tests")
    qapp.setApplicationName("backprop-viz-tests")
    from backprop_viz.gui.app import configure_pyqtgraph

    configure_pyqtgraph()
    yield


def first_snapshot(qtbot, window, timeout=15000):
    qtbot.waitUntil(lambda: window.last_snapshot is not None, timeout=timeout)
    return window.last_snapshot


@pytest.fixture
def make_window(qtbot):
    from backprop_viz.gui.main_window import MainWindow

    windows = []

    def make(config=None, preset="fast", **kwargs):
        window = MainWindow(config=config, preset=preset, **kwargs)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        first_snapshot(qtbot, window)
        return window

    yield make
    for window in windows:
        window.close()
        assert not window.controller.thread.isRunning()


@pytest.fixture
def window(make_window):
    """The app's window on the fast preset, MNIST loaded, network initialised."""
    return make_window(get_preset("fast").config)
