"""The guided first run: shown once, on the first launch, step by step beside the right widgets."""

from __future__ import annotations

from i18n_helpers import HANGUL
from PySide6.QtCore import QPoint, QRect, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolBar

from backprop_viz.gui import i18n
from backprop_viz.gui.main_window import TOUR_SEEN


def first_launch():
    settings = QSettings()
    settings.remove(TOUR_SEEN)
    settings.sync()


def expected_targets(window):
    step_button = window.findChild(QToolBar, "training_toolbar").widgetForAction(window.actions_.step)
    docks = window.docks
    return [step_button, docks["layers_dock"], docks["diagram_dock"], docks["inspector_dock"], docks["drawing_dock"],
            docks["race_dock"], window.menuBar()]


def rect_in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_first_launch_tour_walks_through_every_step_then_never_returns(qtbot, make_window):
    first_launch()
    window = make_window()
    qtbot.waitUntil(lambda: getattr(window.lessons, "welcome_dialog", None) is not None, timeout=3000)
    window.lessons.welcome_dialog.lab_button.click()   # the first start offers Lessons or the lab
    qtbot.waitUntil(lambda: window.tour is not None and window.tour.isVisible(), timeout=3000)
    tour = window.tour
    targets = expected_targets(window)
    assert len(tour.steps) == len(targets) == 7
    for k, target in enumerate(targets):
        QApplication.processEvents()
        assert tour.index == k and tour.target() is target
        assert target.isVisible()                                   # a dock is raised before its step
        assert tour.counter.text() == f"{k + 1} / 7" and tour.title.text() and tour.text.text()
        assert tour.highlight.isVisible() and tour.highlight.geometry().contains(
            rect_in_window(target, window).center())
        assert window.rect().contains(tour.geometry())             # the popup stays inside the window
        assert tour.back_button.isEnabled() == (k > 0)
        if k + 1 < len(targets):
            qtbot.mouseClick(tour.next_button, Qt.LeftButton)
    with qtbot.waitSignal(tour.finished) as done:
        qtbot.mouseClick(tour.next_button, Qt.LeftButton)                # "Done"
    assert done.args == [True]
    assert not tour.isVisible() and not tour.highlight.isVisible()
    assert QSettings().value(TOUR_SEEN, type=bool)
    window.close()
    again = make_window()
    # a first launch starts the tour from a zero-delay timer set in the window's constructor;
    # one set now fires after it, so once it has, the tour would be up
    later = []
    QTimer.singleShot(0, lambda: later.append(True))
    qtbot.waitUntil(lambda: bool(later), timeout=3000)
    assert again.tour is None                                      # the second launch starts without it


def test_the_tour_can_be_skipped_and_goes_back(qtbot, window):
    assert window.tour is None                                     # the tests' settings: seen already
    tour = window.start_tour()                                     # Help → Tour
    assert window.menus.tour_action.text() and tour.isVisible()
    qtbot.mouseClick(tour.next_button, Qt.LeftButton)
    qtbot.mouseClick(tour.next_button, Qt.LeftButton)
    qtbot.mouseClick(tour.back_button, Qt.LeftButton)
    assert tour.index == 1 and tour.target() is window.docks["layers_dock"]
    with qtbot.waitSignal(tour.finished) as skipped:
        qtbot.mouseClick(tour.skip_button, Qt.LeftButton)
    assert skipped.args == [False] and not tour.isVisible() and not tour.highlight.isVisible()
    window.menus.tour_action.trigger()                             # replayable, from the first step
    assert tour.isVisible() and tour.index == 0
    tour.skip()


def test_the_tour_speaks_the_current_language_even_mid_tour(qtbot, window):
    tour = window.start_tour()
    english = tour.text.text()
    window.set_language("ko")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: HANGUL.search(tour.text.text()) is not None)
    assert HANGUL.search(tour.next_button.text()) and tour.text.text() != english
    window.set_language("en")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: tour.text.text() == english)
    tour.skip()
    assert i18n.current_language() == "en"
