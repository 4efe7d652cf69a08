"""Fixtures for GUI tests: isolated QSettings, pyqtgraph options, a ready main window."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QSettings

from backprop_viz.core.presets import get_preset


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp, qtbot, monkeypatch):
    """Per-test settings, as after a first run in English: the tour counts as seen, so it never
    pops up in a test's way (tests of the tour and of the language start from fresh settings)."""
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("BACKPROP_VIZ_DATA_DIR", str(tmp_path / "data"))   # kept runs: never the user's
    qapp.setOrganizationName("backprop-viz-tests")
    qapp.setApplicationName("backprop-viz-tests")
    from backprop_viz.gui import fonts, i18n
    from backprop_viz.gui.app import configure_pyqtgraph

    settings = QSettings()
    settings.setValue(i18n.SETTINGS_KEY, "en")
    settings.setValue("ui/tour_seen", True)
    settings.sync()
    i18n.set_language("en")
    fonts.apply_language_font("en")
    configure_pyqtgraph()
    yield
    # A test's engines are stopped by now (the fixtures that made them ended first): their
    # threads end, then the test's garbage is collected here, with no engine thread running,
    # rather than at a random allocation of a later test while one starts.
    qtbot.waitUntil(lambda: not [t for t in threading.enumerate() if t.name.startswith("engine-")],
                    timeout=10000)
    gc.collect()


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
        race = window.deferred.get("race_view")   # (None: never built, so never run)
        assert race is None or not race.runner.is_running()


@pytest.fixture
def window(make_window):
    """The app's window on the fast preset, MNIST loaded, network initialised."""
    return make_window(get_preset("fast").config)


@pytest.fixture(scope="session")
def mnist():
    from backprop_viz.data import load_bundled_mnist

    return load_bundled_mnist()


@pytest.fixture
def make_snapshot(mnist):
    """Real snapshots without a worker: ``make_snapshot(config, steps=3, phase=None)`` trains
    ``steps`` full-trace minibatches (then optional single phases) on MNIST and returns
    ``(snapshot, run)``."""
    from backprop_viz.core.run import Run, TrainingData
    from backprop_viz.engine.snapshot import build_snapshot

    def make(config=None, steps: int = 3, phases: int = 0, probe_index: int = 0, run=None):
        if run is None:
            config = config or get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)
            run = Run(config, TrainingData.from_splits(mnist, config), capture="full")
        run.trainer.capture = "full"
        for _ in range(steps):
            run.step()
        for _ in range(phases):
            run.step_phase()
        return build_snapshot(run, probe_index=probe_index, probe_gradients=True), run

    return make
