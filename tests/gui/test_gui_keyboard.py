"""Keyboard and focus, driven with real key events sent where Qt sends them — to the widget
with the focus: the training keys work during and after the tour and in number boxes, never
while text is typed; every toolbar control is reached with Tab and has an accessible name;
the phase label and the icons do not depend on HTML entities or font glyphs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QToolBar

from backprop_viz.engine import protocol as p
from backprop_viz.gui import icons
from backprop_viz.gui.main_window import TOUR_SEEN


def focused(window):
    """Where a key pressed now would go (the window itself when nothing inside has the focus)."""
    return QApplication.focusWidget() or window


def press(qtbot, window, key, modifier=Qt.NoModifier):
    qtbot.keyClick(focused(window), key, modifier)


def settle(qtbot, window):
    """Wait until the engine has handled every command sent so far (it handles them in order)."""
    index = (window.last_snapshot.probe_index + 1) % 5
    with qtbot.waitSignal(window.controller.snapshot_arrived, timeout=5000,
                          check_params_cb=lambda s: s.probe_index == index):
        window.controller.send(p.ProbeIndex(index))
    qtbot.waitUntil(lambda: window.last_snapshot.probe_index == index, timeout=3000)


def assert_neutral(window):
    """The focus is on the window itself: no box, no button, no text field."""
    widget = focused(window)
    assert not isinstance(widget, (QAbstractSpinBox, QLineEdit))
    assert widget is window


def test_the_window_starts_with_the_focus_in_a_neutral_place(qtbot, window):
    assert_neutral(window)
    press(qtbot, window, Qt.Key_N)
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 1, timeout=5000)


def test_n_steps_while_the_first_launch_tour_is_open(qtbot, make_window):
    settings = QSettings()
    settings.remove(TOUR_SEEN)
    settings.sync()
    window = make_window()
    qtbot.waitUntil(lambda: getattr(window.lessons, "welcome_dialog", None) is not None, timeout=3000)
    window.lessons.welcome_dialog.lab_button.click()   # the first start offers Lessons or the lab
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)   # the keyboard is back
    qtbot.waitUntil(lambda: window.tour is not None and window.tour.isVisible(), timeout=3000)
    assert_neutral(window)
    press(qtbot, window, Qt.Key_N)
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 1, timeout=5000)
    qtbot.mouseClick(window.tour.next_button, Qt.LeftButton)     # a click on the tour keeps the keys working
    press(qtbot, window, Qt.Key_Right)
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 2, timeout=5000)
    assert window.tour.isVisible() and window.tour.index == 1


def test_after_skip_the_focus_is_neutral_and_space_plays(qtbot, window):
    qtbot.mouseClick(window.actions_.n_epochs, Qt.LeftButton)    # the box that used to swallow N and Space
    assert focused(window) is window.actions_.n_epochs
    tour = window.start_tour()
    assert_neutral(window)
    qtbot.mouseClick(tour.next_button, Qt.LeftButton)
    with qtbot.waitSignal(tour.finished):
        qtbot.mouseClick(tour.skip_button, Qt.LeftButton)
    assert_neutral(window)
    window.start_tour()
    tour.skip_button.setFocus(Qt.TabFocusReason)                # a keyboard user tabbed to Skip …
    with qtbot.waitSignal(tour.finished):
        press(qtbot, window, Qt.Key_Return)                     # … and pressed Enter
    assert not tour.isVisible()
    assert_neutral(window)                                      # not the next box in the Tab chain
    press(qtbot, window, Qt.Key_Space)
    qtbot.waitUntil(lambda: window.last_snapshot.state == "playing", timeout=5000)
    assert window.actions_.play.isChecked()
    press(qtbot, window, Qt.Key_Space)
    qtbot.waitUntil(lambda: window.last_snapshot.state == "paused", timeout=5000)


def test_escape_skips_the_tour_and_leaves_the_focus_neutral(qtbot, window):
    tour = window.start_tour()
    qtbot.keyClick(tour.next_button, Qt.Key_Tab)                 # somewhere inside the window
    with qtbot.waitSignal(tour.finished) as skipped:
        press(qtbot, window, Qt.Key_Escape)
    assert skipped.args == [False] and not tour.isVisible()
    assert_neutral(window)


def test_typing_n_into_the_hidden_layers_field_types_and_does_not_step(qtbot, window):
    field = window.hyper.hidden
    qtbot.mouseClick(field, Qt.LeftButton)
    field.end(False)
    before = field.text()
    for key in (Qt.Key_N, Qt.Key_Space, Qt.Key_P, Qt.Key_R):
        press(qtbot, window, key)
    assert focused(window) is field and field.text() == before + "n pr"
    settle(qtbot, window)
    assert window.last_snapshot.global_step == 0 and window.last_snapshot.run_id == 1
    assert window.last_snapshot.state == "paused"


def test_training_keys_pass_a_number_box_but_digits_and_arrows_stay_in_it(qtbot, window):
    box = window.actions_.n_epochs
    qtbot.mouseClick(box, Qt.LeftButton)
    box.selectAll()
    press(qtbot, window, Qt.Key_3)
    assert box.value() == 3
    press(qtbot, window, Qt.Key_Right)                           # moves the box's cursor
    settle(qtbot, window)
    assert window.last_snapshot.global_step == 0
    press(qtbot, window, Qt.Key_N)                               # no number: it steps
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 1, timeout=5000)
    assert box.value() == 3 and focused(window) is box


def test_tab_reaches_every_toolbar_control_and_enter_presses_a_button(qtbot, window):
    a = window.actions_
    bar = window.findChild(QToolBar, "training_toolbar")
    expected = [bar.widgetForAction(x) for x in (a.play, a.step, a.phase, a.epoch)] + [a.n_epochs] + [
        bar.widgetForAction(x) for x in (a.run_n, a.reset)] + [a.speed]
    reached = []
    for _ in range(len(expected)):
        press(qtbot, window, Qt.Key_Tab)
        reached.append(focused(window))
    assert reached == expected
    for _ in range(6):
        press(qtbot, window, Qt.Key_Tab, Qt.ShiftModifier)
    assert focused(window) is bar.widgetForAction(a.step)
    press(qtbot, window, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 1, timeout=5000)


def test_every_control_and_action_has_an_accessible_name(qtbot, window):
    a = window.actions_
    bar = window.findChild(QToolBar, "training_toolbar")
    for action in a.all():
        button = bar.widgetForAction(action)
        assert button.accessibleName() == action.text() != ""
        assert button.accessibleDescription() == action.toolTip() != ""
    for widget in (a.n_epochs, a.speed, a.phase_label):
        assert widget.accessibleName()
    menu_actions = [x for menu in (window.menus.file_menu, window.menus.training_menu, window.menus.view_menu,
                                   window.menus.help_menu) for x in menu.actions() if not x.isSeparator()]
    assert len(menu_actions) > 10 and all(x.text() for x in menu_actions)
    tour = window.start_tour()
    assert all(b.accessibleName() and b.focusPolicy() & Qt.TabFocus
               for b in (tour.skip_button, tour.back_button, tour.next_button))
    tour.skip()
    qtbot.keyClick(window, Qt.Key_P)
    qtbot.waitUntil(lambda: window.last_snapshot.phase == "forward", timeout=5000)
    a.retranslate()
    assert bar.widgetForAction(a.play).accessibleName() == "Play"


def rendered(label) -> str:
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def test_the_phase_label_is_rich_text_without_entities_at_start_after_a_phase_and_after_reset(qtbot, window):
    label = window.actions_.phase_label
    assert label.textFormat() == Qt.RichText
    start = rendered(label)
    assert "&" not in label.text() and "&" not in start
    assert start.split() == ["forward", "→", "backward", "→", "update"]
    press(qtbot, window, Qt.Key_P)
    qtbot.waitUntil(lambda: "forward ✓" in label.text(), timeout=5000)
    assert "&nbsp;" not in label.text() and "<b" in label.text() and "<b" not in rendered(label)
    press(qtbot, window, Qt.Key_R)
    qtbot.waitUntil(lambda: window.last_snapshot.run_id == 2, timeout=5000)
    qtbot.waitUntil(lambda: "✓" not in label.text(), timeout=3000)
    assert "&" not in label.text() and rendered(label) == start


def test_the_toolbar_icons_are_drawn_not_font_glyphs(qtbot, window):
    play = window.actions_.play
    assert not play.icon().isNull()
    for action in window.actions_.all():
        assert not action.icon().isNull()
        assert not set(action.text()) & set("▶⏸⏭⏯■●")             # the text carries no symbol
    image = play.icon().pixmap(24, 24).toImage()
    assert any(image.pixelColor(x, y).alpha() > 200 for x in range(24) for y in range(24))
    # the same pixels whatever the font: nothing of it comes from a font
    app = QApplication.instance()
    font = app.font()
    try:
        before = icons.icon_pixmap("pause", 32).toImage()
        app.setFont(QFont("No Such Font Family", 30))
        assert icons.icon_pixmap("pause", 32).toImage() == before
    finally:
        app.setFont(font)
    key = play.icon().cacheKey()
    press(qtbot, window, Qt.Key_Space)
    qtbot.waitUntil(lambda: play.text() == "Pause", timeout=5000)
    assert play.icon().cacheKey() != key and not play.icon().isNull()
    press(qtbot, window, Qt.Key_Space)
    qtbot.waitUntil(lambda: window.last_snapshot.state == "paused", timeout=5000)
