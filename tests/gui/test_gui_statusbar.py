"""The status bar's message line: a snapshot's message shows, and one that described the
worker's state goes once the state changes ("ready to train" is stale after Play)."""

from backprop_viz.engine import protocol as p


def test_the_ready_message_shows_and_goes_when_training_starts(qtbot, window):
    bar = window.statusBar()
    assert "ready to train" in bar.currentMessage()
    window.actions_.play.trigger()                            # the Play button
    qtbot.waitUntil(lambda: window.last_snapshot.state == "playing", timeout=10000)
    assert bar.currentMessage() == ""
    assert "step" in window.status.position.text() and window.status.state.text()
    window.actions_.play.trigger()                            # pause again
    qtbot.waitUntil(lambda: window.last_snapshot.state == "paused", timeout=10000)


def test_a_message_that_comes_with_a_snapshot_is_shown(qtbot, make_window):
    from backprop_viz.core import get_preset

    window = make_window(get_preset("fast").config.replace(hidden=(16,), batch_size=6000))   # ten steps an epoch
    window.controller.send(p.RunEpochs(1))
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == 1 and window.last_snapshot.state == "paused",
                    timeout=20000)
    assert "epoch 1" in window.statusBar().currentMessage().lower()
