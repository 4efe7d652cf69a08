"""The loss axis follows its curves without moving at every point: one point still gets a readable
axis, and the log-scale switch keeps every step in view."""

from __future__ import annotations

import numpy as np

from backprop_viz.gui.views.curves import CurvesView


def make(qtbot):
    view = CurvesView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    return view


def add(view, first: int, losses) -> None:
    steps = np.arange(first, first + len(losses), dtype=float)
    view.append_losses(np.column_stack([steps, losses]))
    view.refresh()


def y_range(view):
    return view.loss_plot.getViewBox().viewRange()[1]


def test_one_loss_point_gets_a_readable_axis(qtbot):
    view = make(qtbot)
    add(view, 1, [2.3026])
    lo, hi = y_range(view)
    assert lo < 2.3026 < hi and hi - lo >= 0.2        # not a sliver of 1e-7 around the point


def test_the_axis_moves_only_when_the_curves_leave_it(qtbot):
    view = make(qtbot)
    add(view, 1, np.linspace(2.3, 1.0, 50))
    first = y_range(view)
    assert first[0] <= 1.0 and first[1] >= 2.3
    add(view, 51, [1.1, 1.2, 1.05])                   # inside: the axis stays
    assert y_range(view) == first
    add(view, 54, [0.2])                              # below it: the axis follows
    assert y_range(view)[0] <= 0.2


def test_log_scale_keeps_the_new_steps_in_view(qtbot):
    view = make(qtbot)
    add(view, 1, np.linspace(2.3, 0.5, 100))
    view.log_scale.setChecked(True)
    lo, hi = y_range(view)
    assert lo <= np.log10(0.5) and hi >= np.log10(2.3)   # log10 units
    add(view, 101, np.full(20, 0.4))
    x_lo, x_hi = view.loss_plot.getViewBox().viewRange()[0]
    assert x_lo <= 1 and x_hi >= 120                      # steps 101–120 are on screen
    assert y_range(view)[0] <= np.log10(0.4)


def test_the_legends_have_a_ground_of_their_own(qtbot):
    """A long run's loss reaches under the legend: its names stay readable on a white ground."""
    view = make(qtbot)
    for legend in (view.loss_legend, view.acc_legend):
        color = legend.opts["brush"].color()
        assert (color.red(), color.green(), color.blue()) == (255, 255, 255) and color.alpha() >= 200


def legend_rect_in_view(plot, legend):
    """The legend's rectangle in the accuracy plot's data coordinates."""
    vb = plot.getViewBox()
    return vb.mapSceneToView(legend.mapRectToScene(legend.boundingRect())).boundingRect()


def test_the_accuracy_legend_lies_over_no_evaluation_point(qtbot):
    """After the first epoch, the straight line from chance (12 %) to 96 % crossed the legend at the
    lower right; the axis now leaves a band below the data for it. One point keeps 0–100 %."""
    from PySide6.QtWidgets import QBoxLayout

    from backprop_viz.gui.window_docks import scrolled

    view = CurvesView()
    area = scrolled(view)                             # as its dock holds it
    qtbot.addWidget(area)
    area.resize(680, 310)                             # the curves' place at 1366×768: side by side
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(lambda: view.plots.direction() == QBoxLayout.LeftToRight)
    add(view, 0, np.linspace(2.3, 0.1, 700))
    view.set_evaluations([(0, 2.3, 0.12)])
    view.refresh()
    assert view.acc_plot.getViewBox().viewRange()[1][0] <= 0 and view.acc_plot.getViewBox().viewRange()[1][1] >= 100
    view.set_evaluations([(0, 2.3, 0.12), (469, 0.15, 0.96)])
    view.refresh()
    steps = np.linspace(0, 469, 200)
    line = 12 + (96 - 12) * steps / 469             # the line the plot draws between the points
    area.grab()                                       # painted as the user sees it (ranges settle when painting)
    qtbot.waitUntil(lambda: legend_rect_in_view(view.acc_plot, view.acc_legend).height() > 0)
    rect = legend_rect_in_view(view.acc_plot, view.acc_legend)
    inside = (steps >= rect.left()) & (steps <= rect.right()) & (line >= rect.top()) & (line <= rect.bottom())
    assert not inside.any(), (rect, steps[inside][:3], line[inside][:3])
    lo, hi = view.acc_plot.getViewBox().viewRange()[1]
    assert lo >= -2 and hi <= 102


def test_the_accuracy_range_leaves_a_band_below_the_data_within_0_to_100_percent():
    from backprop_viz.gui.views.common import accuracy_range

    assert accuracy_range(np.zeros(0)) == (-2.0, 102.0)                      # nothing yet: the whole scale
    assert accuracy_range(np.array([0.5]), np.array([np.nan])) == (-2.0, 102.0)   # one finite point
    np.testing.assert_allclose(accuracy_range(np.array([0.97, 0.98]), np.array([0.975])), (96.6, 98.08))
    np.testing.assert_allclose(accuracy_range(np.array([0.9, 0.98])), (90 - 0.4 * 8, 98 + 0.08 * 8))
    np.testing.assert_allclose(accuracy_range(np.array([1.0, 1.0])), (99.6, 100.08))   # a 1 % span at least
    assert accuracy_range(np.array([0.1, 0.9]))[0] == -2.0            # never far below 0
