"""The main window fits every screen: sizes from 1280×720 to 1920×1080 (and 2560×1440 at 200 %,
which lays out like 1280×720 in device-independent pixels), no dock over another, every
visible plot inside the window and at its readable minimum, the language switch keeps the
size, presentation mode enlarges fonts and lines and switches back exactly."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from backprop_viz.gui.window_fit import PLOT_MIN, fit_to_screen

# 2560×1440 at QT_SCALE_FACTOR=2 is 1280×720 logical pixels: the same layout as the first size
SIZES = [(1280, 720), (1366, 768), (1440, 900), (1920, 1080)]


def global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def shown(widget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def check_geometry(window) -> None:
    frame = global_rect(window)
    docks = [d for d in window.docks.values() if shown(d) and not d.isFloating()]
    assert len(docks) >= 3
    for dock in docks:
        r = global_rect(dock)
        assert frame.contains(r), (dock.objectName(), r, frame)
        hint = dock.minimumSizeHint()
        assert r.width() >= hint.width() and r.height() >= hint.height(), dock.objectName()
    for i, a in enumerate(docks):
        for b in docks[i + 1:]:
            assert not global_rect(a).intersects(global_rect(b)), (a.objectName(), b.objectName())
    status = global_rect(window.statusBar())
    assert frame.contains(status)
    for dock in docks:
        assert not global_rect(dock).intersects(status), dock.objectName()
    plots = [v for v in window.findChildren(pg.GraphicsView) if shown(v.viewport()) and v.maximumHeight() > 10000]
    assert plots
    for view in plots:
        assert view.width() >= min(PLOT_MIN.width(), view.minimumWidth())
        assert view.height() >= min(PLOT_MIN.height(), view.minimumHeight())
        assert view.width() >= view.minimumWidth() and view.height() >= view.minimumHeight()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_dock_fits_without_overlap_at_common_sizes(qtbot, window, size):
    window.showNormal()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size))
    for name in ("layers_dock", "race_dock", "evaluation_dock", "diagram_dock", "drawing_dock"):
        window.docks[name].raise_()
        qtbot.waitUntil(lambda: shown(window.docks[name]))
        check_geometry(window)


def test_window_minimum_fits_the_smallest_screen(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720 - 40, hint


def test_window_opens_inside_the_available_screen(qtbot, window):
    area = QRect(0, 0, 1280, 720)
    size = fit_to_screen(window, area=area)
    assert size.width() <= 1280 and size.height() <= 720
    big = fit_to_screen(window, area=QRect(0, 0, 2560, 1440))
    assert big == QSize(1440, 960)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    fit_to_screen(window)
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_saved_geometry_too_large_for_the_screen_is_not_restored(qtbot, make_window):
    first = make_window()
    first.resize(5000, 4000)   # as if saved on a huge monitor
    qtbot.waitUntil(lambda: first.width() >= 5000)
    first.close()
    second = make_window()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert second.width() <= max(screen.width(), second.minimumSizeHint().width())
    assert second.height() <= max(screen.height(), second.minimumSizeHint().height())


def test_switching_to_korean_keeps_the_window_size(qtbot, window):
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.size() == QSize(1280, 720))
    window.set_language("ko")
    QApplication.processEvents()   # the layout settles on the new words
    assert window.size() == QSize(1280, 720)
    window.set_language("en")
    QApplication.processEvents()
    assert window.size() == QSize(1280, 720)


def test_presentation_mode_enlarges_fonts_and_lines_and_switches_back(qtbot, window):
    window.resize(1280, 720)
    base = QApplication.font().pointSizeF()
    pen = window.curves.smooth_curve.opts["pen"].widthF()
    title = window.curves.loss_plot.getPlotItem().titleLabel.opts["size"]
    action = window.menus.presentation_action
    assert "F5" in [s.toString() for s in action.shortcuts()]
    action.trigger()
    assert QApplication.font().pointSizeF() > 1.3 * base
    assert window.curves.smooth_curve.opts["pen"].widthF() > pen
    assert float(window.curves.loss_plot.getPlotItem().titleLabel.opts["size"][:-2]) > float(title[:-2])
    assert window.size() == QSize(1280, 720)
    check_geometry(window)
    action.trigger()
    assert QApplication.font().pointSizeF() == base
    assert window.curves.smooth_curve.opts["pen"].widthF() == pen
    assert window.curves.loss_plot.getPlotItem().titleLabel.opts["size"] == title


def test_confusion_cells_have_room_for_four_digit_counts(window):
    plot = window.evaluation.matrix_plot
    from PySide6.QtGui import QFontMetrics

    digits = QFontMetrics(plot.texts[0].textItem.font()).horizontalAdvance("1122")
    assert plot.minimumSizeHint().width() >= 10 * digits


def test_drawing_placeholder_goes_with_the_first_stroke(qtbot, window):
    window.docks["drawing_dock"].raise_()
    canvas = window.drawing_pad.canvas
    qtbot.waitUntil(lambda: shown(canvas))
    assert canvas.is_blank()
    from PySide6.QtCore import QPointF

    mid = canvas.height() / 2
    canvas._segment(QPointF(20, mid), QPointF(canvas.width() - 20, mid))
    assert not canvas.is_blank()
    image = canvas.grab().toImage()
    centre = image.pixelColor(canvas.width() // 2, canvas.height() // 2)
    assert centre.lightness() < 100   # the stroke, not the grey placeholder text
