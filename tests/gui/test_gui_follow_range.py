"""Live plots keep their view on the data but re-range (and re-render axes) only now and then."""

import pyqtgraph as pg

from backprop_viz.gui.views.common import follow_range


def test_follow_range_moves_only_when_the_data_leave_or_shrink(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    follow_range(plot, (0.0, 10.0), (0.0, 100.0))
    (x0, x1), (y0, y1) = plot.getViewBox().viewRange()
    assert x0 <= 0.0 and x1 >= 10.0 and y1 >= 100.0
    assert not any(plot.getViewBox().autoRangeEnabled())
    follow_range(plot, (1.0, 9.0), (0.0, 90.0))          # inside and still filling it: unchanged
    assert plot.getViewBox().viewRange() == [[x0, x1], [y0, y1]]
    follow_range(plot, (0.0, 12.0), (0.0, 90.0))         # data leave on the right: x follows
    assert plot.getViewBox().viewRange()[0][1] >= 12.0
    follow_range(plot, (0.0, 1.0), (0.0, 90.0))          # data shrink to a corner: x zooms in
    assert plot.getViewBox().viewRange()[0][1] < 2.0


def test_the_side_the_data_left_gets_room_ahead(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    follow_range(plot, y=(1.0, 2.0), lead=0.2)
    follow_range(plot, y=(0.5, 2.0), shrink=0.6, lead=0.2)   # a falling loss leaves at the bottom
    y0, y1 = plot.getViewBox().viewRange()[1]
    assert y0 <= 0.5 - 0.2 * 1.5 and y1 < 2.0 + 0.2 * 1.5     # room below (where it went), not above
    follow_range(plot, y=(0.3, 2.0), shrink=0.6, lead=0.2)   # ... and on within that room: no new axis
    assert plot.getViewBox().viewRange()[1] == [y0, y1]
