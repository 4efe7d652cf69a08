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


def test_the_shape_is_measured_with_the_scroll_bars_so_a_laptop_screen_gets_side_by_side(qtbot):
    """The curves' place on a 1366×768 screen is about 2.2 times as wide as high; measured on the
    viewport, a vertical scroll bar made it narrower and the plots stayed stacked, their controls
    scrolled out of sight."""
    view = CurvesView()
    area = scrolled(view)
    qtbot.addWidget(area)
    area.resize(680, 310)                  # 2.19× as wide as high, as at 1366×768
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(lambda: view.plots.direction() == QBoxLayout.LeftToRight)
    qtbot.waitUntil(lambda: view.acc_plot.geometry().left() >= view.loss_plot.geometry().right())
    area.resize(600, 310)                  # 1.9×: stacked, and it stays so however the bars come and go
    qtbot.waitUntil(lambda: view.plots.direction() == QBoxLayout.TopToBottom)


def test_larger_fonts_stack_the_plots_when_their_texts_no_longer_fit_side_by_side(qtbot):
    """Presentation mode's 1.5× texts on a laptop's strip: side by side, the accuracy plot cut off
    its own title and legend ("Accuracy on the te…"); stacked, each plot has room for them, and
    back at the usual size they sit side by side again."""
    from backprop_viz.gui.presentation import set_presentation
    from backprop_viz.gui.views.arrange import readable_width

    view = CurvesView()
    area = scrolled(view)
    qtbot.addWidget(area)
    area.resize(680, 310)                  # the curves' place at 1366×768
    area.show()
    qtbot.waitExposed(area)
    plots = (view.loss_plot, view.acc_plot)
    qtbot.waitUntil(lambda: view.plots.direction() == QBoxLayout.LeftToRight)
    qtbot.waitUntil(lambda: all(p.width() >= readable_width(p) for p in plots))
    try:
        set_presentation(area, True)
        share = view.plots.geometry().width() * 2 / 5       # the accuracy plot's part side by side
        assert share < readable_width(view.acc_plot)        # too narrow for its 1.5× title
        qtbot.waitUntil(lambda: view.plots.direction() == QBoxLayout.TopToBottom)
        qtbot.waitUntil(lambda: all(p.width() >= readable_width(p) for p in plots))
    finally:
        set_presentation(area, False)
    qtbot.waitUntil(lambda: view.plots.direction() == QBoxLayout.LeftToRight)


def test_the_timeline_puts_its_position_and_buttons_under_the_slider_when_the_row_is_too_narrow(qtbot):
    """In presentation mode on a laptop, one row squeezed the slider to a dot and cut off the
    step ("step 482 of 482 (epoch 1.0"); wrapped, every control is whole and the slider keeps
    its room."""
    from backprop_viz.gui.views.timeline import TimelineBar

    bar = TimelineBar()
    qtbot.addWidget(bar)
    bar.position.setText("step 48,200 of 48,200 (epoch 102.77)")
    bar.resize(1100, 40)
    bar.show()
    qtbot.waitExposed(bar)
    slider, tail = bar.slider, (bar.position, bar.branch_button, bar.clip_button)

    def one_row():
        return all(w.geometry().left() >= slider.geometry().right()
                   and w.geometry().top() < slider.geometry().bottom() for w in tail)

    qtbot.waitUntil(one_row)
    bar.resize(520, 90)
    qtbot.waitUntil(lambda: all(w.geometry().top() >= slider.geometry().bottom() for w in tail))
    assert slider.width() >= 120
    for w in tail:
        assert w.geometry().right() <= bar.width() and w.width() >= w.sizeHint().width(), w.objectName()
    bar.resize(1100, 40)
    qtbot.waitUntil(one_row)
    # the usual font holds one row at this width; presentation mode's 1.5× texts do not
    bar.resize(bar.row.need() + 40, 90)
    qtbot.waitUntil(one_row)
    from backprop_viz.gui.presentation import set_presentation

    try:
        set_presentation(bar, True)
        qtbot.waitUntil(lambda: all(w.geometry().top() >= slider.geometry().bottom() for w in tail))
    finally:
        set_presentation(bar, False)
    qtbot.waitUntil(one_row)
    # a step text that outgrows its label while training wraps the row (the bar's own update)
    bar.position.setText("step 1,234,567 of 1,234,567 (epoch 2,632.33) · branch at 1,000,000")
    bar.row.grown(bar.position)
    qtbot.waitUntil(lambda: all(w.geometry().top() >= slider.geometry().bottom() for w in tail))


def test_the_settings_put_labels_above_their_fields_when_presentation_fonts_would_squeeze_them(qtbot):
    """In presentation mode the settings dock showed "256,1" and "relu" cut off: the labels took
    the width. There, every label goes above its field, which gets the whole width."""
    from backprop_viz.core.presets import get_preset
    from backprop_viz.gui.hyperparams import HyperparamPanel
    from backprop_viz.gui.presentation import set_presentation

    panel = HyperparamPanel(get_preset("fast").config, "fast")
    qtbot.addWidget(panel)
    panel.resize(290, 600)                 # the dock's width at 1366×768
    panel.show()
    qtbot.waitExposed(panel)
    label, field = panel.labels["hidden"], panel.fields["hidden"]

    def beside():
        f, lbl = field.geometry(), label.geometry()
        return f.left() >= lbl.right() and f.top() < lbl.bottom()

    qtbot.waitUntil(beside)
    try:
        set_presentation(panel, True)
        qtbot.waitUntil(lambda: field.geometry().top() >= label.geometry().bottom())
        assert field.width() >= field.fontMetrics().horizontalAdvance("256,128") + 10   # the value whole
    finally:
        set_presentation(panel, False)
    qtbot.waitUntil(beside)
