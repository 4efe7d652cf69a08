"""Long sessions keep memory bounded: the charts' statistics and the loss curves' display copy."""

import numpy as np

from backprop_viz.gui.stats_history import BoundedSeries
from backprop_viz.gui.views.curves import CurvesView


def test_bounded_series_thins_but_keeps_gaps_the_newest_point_and_order():
    s = BoundedSeries(capacity=64)
    for step in range(1, 10_001):
        s.add(step, float(step))
        if step == 5000:
            s.add(5000.5, np.nan)        # a gap in the line
    x, y = s.data()
    assert s.n <= 64 and len(x) == s.n
    assert np.all(np.diff(x) > 0)
    assert np.isnan(y).sum() == 1
    assert x[0] == 1 and x[-1] >= 10_000 - s.stride and y[-1] == 10_000   # the newest value is shown
    assert not s.add(3, 1.0)             # older steps are ignored


def test_bounded_series_overwrites_a_repeated_step():
    s = BoundedSeries()
    assert s.add(1, 0.5) and s.add(1, 0.25) and not s.add(1, 0.25)
    assert s.data()[1].tolist() == [0.25]


def test_curves_keep_every_loss_but_draw_a_bounded_copy(qtbot):
    view = CurvesView()
    qtbot.addWidget(view)
    n = 100_000
    steps = np.arange(1, n + 1, dtype=float)
    losses = np.full(n, 0.5)
    losses[77_777] = 9.0
    for lo in range(0, n, 5000):
        view.append_losses(np.column_stack([steps[lo:lo + 5000], losses[lo:lo + 5000]]))
    view.refresh()
    assert len(view.losses) == n and view.losses[77_777, 1] == 9.0     # every loss is kept ...
    x, y = view.raw_curve.getData()
    assert len(x) <= 2 * 4096 and y.max() == 9.0                        # ... a bounded copy is drawn, spikes kept
    sx, sy = view.display_smoothed()
    assert len(sx) <= 4096 and sx[-1] <= n
    view.smoothing.setValue(0)                                          # re-smoothing rebuilds the copy
    np.testing.assert_allclose(view.smoothed, view.losses[:, 1])
    sx, sy = view.display_smoothed()
    assert len(sx) <= 4096 and np.all(sy == 0.5)      # each bucket's last value: the spike is not one
