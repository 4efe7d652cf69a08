"""The views behind other tabs are built after the first frame (gui/deferred_views.py, issue #19),
and a view that is needed sooner is built at once, wired and showing the latest snapshot."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_viz.core.presets import get_preset
from backprop_viz.gui.deferred_views import DeferredViews
from backprop_viz.gui.views.browser import BrowserView
from backprop_viz.gui.views.weights import WeightsView


def first_snapshot(qtbot, window):
    qtbot.waitUntil(lambda: window.last_snapshot is not None, timeout=15000)
    return window.last_snapshot

LATER = {"weights_view", "diagram", "inspector", "health", "race_view", "gradcheck_view", "browser", "evaluation",
         "drawing_pad", "compare", "loss_step", "weight_edit", "who_pushed", "input_gradient", "gradient_noise"}


@pytest.fixture
def new_window(qtbot):
    """A main window just built: not shown, no event processed yet."""
    from backprop_viz.gui.main_window import MainWindow

    made = []

    def make(**kwargs):
        window = MainWindow(config=get_preset("fast").config, **kwargs)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def test_only_what_is_on_screen_is_built_before_the_first_frame(new_window):
    window = new_window()
    assert set(window.deferred.pending) == LATER
    assert not window.layer_views.tabs_built
    assert "layer_views" in window.__dict__ and "weights_view" not in window.__dict__
    # every dock is there already, titled, in its tab group: the View menu and a saved layout know it
    assert window.docks["weights_dock"].windowTitle() == "Weights"
    assert window.docks["weights_dock"] in window.tabifiedDockWidgets(window.docks["layers_dock"])
    assert window.docks["drawing_dock"] in window.tabifiedDockWidgets(window.docks["probe_dock"])


def test_the_rest_is_built_after_the_first_snapshot_is_drawn_and_is_wired(qtbot, new_window):
    window = new_window()
    window.show()
    first_snapshot(qtbot, window)
    # nothing reads the views: the event loop builds them, one per turn
    qtbot.waitUntil(lambda: not window.deferred.pending, timeout=10000)
    assert LATER <= set(window.__dict__)
    qtbot.waitUntil(lambda: window.layer_views.tabs_built, timeout=10000)   # then the Layers panel's hidden tabs
    assert set(window.deferred.views) == set(window.docks) - {"hyperparams_dock", "probe_dock"}
    # fed with the engine's data, and wired: a confusion-matrix cell shows its digits in the browser
    qtbot.waitUntil(lambda: window.browser.model.rowCount() == len(window.splits.train), timeout=10000)
    window.evaluation.cell_selected.emit(3, 5, np.array([7, 11, 20]))
    assert window.browser.model.rowCount() == 3


def test_reading_a_view_builds_it_at_once(new_window):
    window = new_window()
    view = window.browser          # (MainWindow.__getattr__)
    assert isinstance(view, BrowserView)
    assert window.deferred.pending == []
    assert window.docks["browser_dock"].widget().widget() is view   # in its dock's scroll area
    assert window.views["browser_dock"] is view


def test_showing_a_dock_builds_its_view_with_the_latest_snapshot(qtbot, new_window, monkeypatch):
    monkeypatch.setattr(DeferredViews, "start", lambda self: None)   # no background building: the tab must do it
    window = new_window()
    window.show()
    snap = first_snapshot(qtbot, window)
    assert "weights_view" in window.deferred.pending
    window.docks["weights_dock"].raise_()
    qtbot.waitUntil(lambda: "weights_view" in window.__dict__, timeout=5000)
    view = window.weights_view
    assert isinstance(view, WeightsView)
    qtbot.waitUntil(lambda: view._snapshot is not None, timeout=5000)
    assert view._snapshot.global_step == snap.global_step
    assert "W after step 0" in view.caption.text()


def test_a_missing_attribute_is_still_an_attribute_error(new_window):
    window = new_window()
    with pytest.raises(AttributeError, match="no_such_view"):
        window.no_such_view
    assert "weights_view" in window.deferred.pending   # asking for something else builds nothing


def test_a_branch_made_before_compare_exists_is_in_it_when_built(qtbot, new_window, monkeypatch):
    from backprop_viz.engine import protocol as p

    monkeypatch.setattr(DeferredViews, "start", lambda self: None)   # Compare is not built until read
    window = new_window()
    window.show()
    first_snapshot(qtbot, window)
    for _ in range(6):
        window.controller.send(p.Step())
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 6, timeout=20000)
    bar = window.timeline
    bar.go_to(3)
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 3, timeout=20000)
    dialog = bar.open_branch_dialog()
    dialog.lr.setValue(0.01)
    dialog.accept()
    qtbot.waitUntil(lambda: bar.info is not None and bar.info.parent == 0, timeout=20000)
    window.controller.send(p.Pause())
    assert "compare" in window.deferred.pending
    assert [line.id for line in window.compare.branches] == [0]   # caught up with what the bar heard


def test_closing_stops_the_building(qtbot, new_window):
    window = new_window()
    window.show()
    first_snapshot(qtbot, window)
    window.close()
    left = list(window.deferred.pending)
    assert left                                       # (closed while views were still waiting)
    window.deferred.start()
    assert not window.deferred._timer.isActive()      # nothing more is built in the background
    assert window.deferred.pending == left
    assert isinstance(window.browser, BrowserView)    # (what is asked for is still built)
