"""The settings panel tells the truth (issue 14 §1), in the real window with its engine process:
a chosen preset waits for Apply as a whole, live edits apply live only while nothing
structural is pending, the learning-rate schedule is a field, the wheel never changes an
unclicked input, and the panel's running configuration is always the engine's."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from backprop_viz.core.presets import get_preset
from backprop_viz.engine import protocol as p

FAST = get_preset("fast").config
LECTURE = get_preset("lecture-backprop").config


def snap(window):
    return window.last_snapshot


def round_trip(qtbot, window):
    """Every command sent so far has been handled: a probe command answers with a fresh snapshot
    (commands are handled in order), which the window then refreshes from."""
    serial = snap(window).serial
    window.controller.send(p.ProbeIndex(snap(window).probe_index))
    qtbot.waitUntil(lambda: snap(window).serial > serial, timeout=5000)


def assert_truthful(window):
    """The panel's running configuration and dataset are the engine's latest snapshot's."""
    assert window.hyper.running == snap(window).config
    assert window.hyper.state.running_dataset == snap(window).dataset


def choose_preset(qtbot, panel, name):
    """Pick ``name`` in the preset box with the keyboard, as a user does (each pick is 'activated')."""
    panel.preset.setFocus()
    qtbot.keyClick(panel.preset, Qt.Key_Home)
    while panel.preset.currentData() != name:
        qtbot.keyClick(panel.preset, Qt.Key_Down)


def type_into(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def wheel(widget, steps=-1):
    """A real wheel event over ``widget``'s centre (negative: scroll down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_a_chosen_preset_and_a_live_edit_wait_for_apply(qtbot, window):
    panel = window.hyper
    assert_truthful(window)
    assert panel.marked_fields() == set() and not panel.apply_button.isEnabled()
    choose_preset(qtbot, panel, "lecture-backprop")
    type_into(qtbot, panel.lr, "0.5")
    round_trip(qtbot, window)
    # nothing reached the engine: the fast network runs on, lr and all
    assert snap(window).config == FAST and snap(window).lr == FAST.lr
    assert_truthful(window)
    assert panel.hidden.text() == "100" and panel.lr.text() == "0.5" and panel.batch_size.value() == 1
    assert {"preset", "hidden", "activation", "batch_size", "lr", "optimizer", "lr_decay"} <= panel.marked_fields()
    assert panel.labels["lr"].property("pending") and f"{FAST.lr:g}" in panel.labels["lr"].toolTip()
    banner = panel.pending_label.text()
    assert "lecture-backprop" in banner and "Needs a reset" in banner
    assert "Needs a reset: hidden layers" in banner and "not applied live): learning rate" in banner
    details = panel.pending_label.toolTip()   # each change, running value → edited value
    assert "hidden layers 256,128 → 100" in details and f"learning rate {FAST.lr:g} → 0.5" in details
    # Apply is enabled and on screen, outside the scrolled form
    assert panel.apply_button.isEnabled() and panel.apply_button.isVisible()
    assert not panel.apply_button.visibleRegion().isEmpty()
    assert not panel.scroll.isAncestorOf(panel.apply_button)

    run_id = snap(window).run_id
    qtbot.mouseClick(panel.apply_button, Qt.LeftButton)   # step 0: no question asked
    qtbot.waitUntil(lambda: snap(window).run_id != run_id, timeout=10000)
    assert snap(window).config == LECTURE.replace(lr=0.5)
    assert snap(window).steps_per_epoch == 60000 and snap(window).network.sizes == (784, 100, 10)
    assert_truthful(window)
    assert panel.marked_fields() == set() and not panel.apply_button.isEnabled()
    assert "Showing the running network" in panel.pending_label.text()


def test_a_live_edit_applies_live_and_leaves_nothing_pending(qtbot, window):
    panel = window.hyper
    run_id = snap(window).run_id
    type_into(qtbot, panel.lr, "0.005")
    qtbot.waitUntil(lambda: snap(window).config.lr == 0.005, timeout=5000)
    assert snap(window).run_id == run_id and snap(window).lr == 0.005   # live: no reset
    assert_truthful(window)
    assert panel.marked_fields() == set() and not panel.apply_button.isEnabled()
    # the schedule is a field of its own, and live too: one step down the spin box
    assert panel.lr_decay.value() == FAST.lr_decay and panel.lr_decay.isVisible()
    panel.lr_decay.setFocus()
    qtbot.keyClick(panel.lr_decay, Qt.Key_Down)
    qtbot.waitUntil(lambda: snap(window).config.lr_decay == round(FAST.lr_decay - 0.05, 2), timeout=5000)
    assert snap(window).run_id == run_id
    assert_truthful(window)
    assert panel.marked_fields() == set() and not panel.apply_button.isEnabled()
    assert "0.005" in panel.lr_now.text()


def test_a_live_edit_waits_while_a_structural_change_is_pending(qtbot, window):
    panel = window.hyper
    type_into(qtbot, panel.hidden, "64")
    type_into(qtbot, panel.lr, "0.01")
    round_trip(qtbot, window)
    assert snap(window).config == FAST
    assert_truthful(window)
    assert panel.marked_fields() == {"hidden", "lr"}
    assert "Needs a reset: hidden layers." in panel.pending_label.text()
    assert "not applied live): learning rate." in panel.pending_label.text()
    assert f"learning rate {FAST.lr:g} → 0.01" in panel.pending_label.toolTip()
    # Discard: the fields show the running network again, nothing was sent
    qtbot.mouseClick(panel.discard_button, Qt.LeftButton)
    assert panel.hidden.text() == "256,128" and panel.lr.text() == f"{FAST.lr:g}"
    assert panel.marked_fields() == set() and not panel.apply_button.isEnabled()
    round_trip(qtbot, window)
    assert snap(window).config == FAST
    assert_truthful(window)


def test_the_panel_follows_the_engine_and_keeps_pending_edits(qtbot, window):
    panel = window.hyper
    type_into(qtbot, panel.hidden, "64")
    window.controller.send(p.SetLive({"epochs": 5}))   # the engine's configuration changes (as Play at the end does)
    qtbot.waitUntil(lambda: snap(window).config.epochs == 5, timeout=5000)
    assert_truthful(window)
    assert panel.epochs.value() == 5                     # not edited: follows the running network
    assert panel.hidden.text() == "64" and panel.marked_fields() == {"hidden"}   # edited: still pending


def test_a_live_change_keeps_the_decayed_learning_rate(qtbot, make_window):
    config = FAST.replace(hidden=(16,), batch_size=6000)   # ten steps an epoch
    window = make_window(config)
    window.controller.send(p.RunEpochs(1))
    qtbot.waitUntil(lambda: snap(window).epoch == 1 and snap(window).state == "paused", timeout=20000)
    decayed = snap(window).lr
    assert decayed == config.lr * config.lr_decay
    assert f"{decayed:g}" in window.hyper.lr_now.text()
    type_into(qtbot, window.hyper.weight_decay, "0.0001")
    qtbot.waitUntil(lambda: snap(window).config.weight_decay == 0.0001, timeout=5000)
    assert snap(window).lr == decayed                    # the schedule goes on
    assert_truthful(window)


def test_the_wheel_over_an_unfocused_combo_changes_nothing(qtbot, window):
    panel = window.hyper
    panel.apply_button.setFocus()
    assert not panel.optimizer.hasFocus()
    assert panel.optimizer.focusPolicy() == Qt.StrongFocus
    for _ in range(3):
        wheel(panel.optimizer, -1)
        wheel(panel.optimizer, +1)
    assert panel.optimizer.currentData() == "adam"
    round_trip(qtbot, window)
    assert snap(window).config.optimizer == "adam"
    assert_truthful(window)


def test_the_wheel_scrolls_the_panel_and_changes_only_a_clicked_input(qtbot):
    from backprop_viz.gui.hyperparams import HyperparamPanel

    panel = HyperparamPanel(FAST, "fast")
    qtbot.addWidget(panel)
    panel.resize(300, 320)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.scroll.verticalScrollBar()
    assert bar.isVisible() and bar.value() == 0
    sent = []
    panel.live_changed.connect(sent.append)
    boxes = [w for w in panel.fields.values() if w.focusPolicy() == Qt.StrongFocus]
    assert panel.momentum in boxes and panel.batch_size in boxes and panel.activation in boxes
    wheel(panel.activation, -1)
    assert panel.activation.currentData() == "relu" and bar.value() > 0   # the form scrolled instead
    wheel(panel.momentum, -1)
    assert panel.momentum.value() == FAST.momentum and sent == []
    qtbot.mouseClick(panel.momentum, Qt.LeftButton)      # clicked: now the wheel is the box's
    qtbot.waitUntil(panel.momentum.hasFocus)
    wheel(panel.momentum, -1)
    assert panel.momentum.value() < FAST.momentum and sent and "momentum" in sent[-1]
