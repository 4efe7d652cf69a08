"""Side by side when wide and low: the curves' and the comparison's plots follow the shape of
the space their dock gives them (a scroll area's viewport), and go back when it changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QBoxLayout

from backprop_viz.gui.run_store import RunStore
from backprop_viz.gui.views.compare import CompareView
from backprop_viz.gui.views.curves import CurvesView
from backprop_viz.gui.window_docks import scrolled


def make(kind, tmp_path):
    return CompareView(RunStore(tmp_path / "runs")) if kind == "compare" else CurvesView()


@pytest.mark.parametrize("kind", ["compare", "curves"])
def test_plots_sit_side_by_side_in_a_wide_low_space_and_stack_in_a_tall_one(qtbot, tmp_path, kind):
    view = make(kind, tmp_path)
    area = scrolled(view)                  # as a dock holds it
    qtbot.addWidget(area)
    area.resize(1340, 280)                 # a bottom dock on a 1366×768 screen
    area.show()
    qtbot.waitExposed(area)
    loss, acc = view.loss_plot, view.acc_plot
    qtbot.waitUntil(lambda: view.plots.direction() == QBoxLayout.LeftToRight)
    qtbot.waitUntil(lambda: acc.geometry().left() >= loss.geometry().right())
    assert acc.geometry().top() == loss.geometry().top()
    assert area.verticalScrollBar().maximum() == 0           # nothing cut off: it fits, no scrolling
    area.resize(600, 700)                  # a tall panel at the side
    qtbot.waitUntil(lambda: view.plots.direction() == QBoxLayout.TopToBottom)
    qtbot.waitUntil(lambda: acc.geometry().top() >= loss.geometry().bottom())
