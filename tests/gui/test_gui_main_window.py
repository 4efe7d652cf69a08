"""The real main window, driven through its widgets: step, play/pause, phases, reset,
live learning-rate change, worker errors, divergence, closing mid-training."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolBar

from backprop_viz.core.network import Network
from backprop_viz.core.presets import get_preset
from backprop_viz.core.run import Run
from backprop_viz.engine import protocol as p


def click_action(qtbot, window, action):
    toolbar = window.findChild(QToolBar, "training_toolbar")
    button = toolbar.widgetForAction(action)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.LeftButton)


def snap(window):
    return window.last_snapshot


def test_window_starts_with_an_initialised_network_on_a_probe(window):
    s = snap(window)
    assert s.global_step == 0 and s.state == "paused"
    # the probe view shows the first test digit (a 7) and the untrained network's output
    assert "label 7" in window.probe_view.caption.text()
    heights = window.probe_view.bars.opts["height"]
    assert len(heights) == 10 and np.isclose(np.sum(heights), 1.0, atol=1e-4)
    # the accuracy plot already has the initial evaluation point, the loss plot its test loss
    x, y = window.curves.acc_curve.getData()
    assert list(x) == [0] and 0 < y[0] < 100
    per_epoch = -(-60_000 // s.config.batch_size)       # 469 for the fast preset's 128
    assert f"step 0/{per_epoch}" in window.status.position.text()
    assert window.windowTitle().startswith("backprop-viz")


def test_step_button_trains_one_minibatch_and_adds_a_loss_point(qtbot, window):
    click_action(qtbot, window, window.actions_.step)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)
    qtbot.waitUntil(lambda: len(window.curves.losses) == 1)
    step, loss = window.curves.losses[0]
    assert step == 1
    assert loss == pytest.approx(snap(window).trace.loss)
    x, y = window.curves.raw_curve.getData()
    assert list(x) == [1.0] and y[0] == pytest.approx(loss)
    assert "total 1" in window.status.position.text()
    # a manual step is always shown with its full trace
    assert snap(window).trace.capture == "full" and snap(window).trace.layers[0].dW is not None


def test_play_then_pause_stops_the_step_count(qtbot, window):
    click_action(qtbot, window, window.actions_.play)
    qtbot.waitUntil(lambda: snap(window).global_step > 20, timeout=10000)
    assert window.actions_.play.isChecked()
    click_action(qtbot, window, window.actions_.play)  # the same button pauses
    qtbot.waitUntil(lambda: snap(window).state == "paused", timeout=2000)
    paused_at = snap(window).global_step
    # the worker handles commands in order: a probe request after the pause is answered
    # with a snapshot whose step count has not moved
    with qtbot.waitSignal(window.controller.snapshot_arrived, timeout=2000) as blocker:
        window.controller.send(p.ProbeIndex(3))
    assert blocker.args[0].global_step == paused_at
    qtbot.waitUntil(lambda: snap(window).probe_index == 3)
    assert snap(window).global_step == paused_at
    assert not window.actions_.play.isChecked()
    assert window.actions_.play.text().endswith("Play")


def test_phase_key_steps_forward_backward_update(qtbot, window):
    expected = ["forward", "backward", "update"]
    for phase in expected:
        qtbot.keyClick(window, Qt.Key_P)
        qtbot.waitUntil(lambda: snap(window).phase == phase, timeout=3000)
        qtbot.waitUntil(lambda: f"{phase} ✓" in window.actions_.phase_label.text())
        trace = snap(window).trace
        assert trace.phase == phase
        layer = trace.layers[0]
        assert layer.z is not None
        assert (layer.delta is not None) == (phase != "forward")
        assert (layer.W_after is not None) == (phase == "update")
    assert snap(window).global_step == 1
    assert "phase" not in window.status.position.text()  # a finished step shows no pending phase


def test_reset_restores_the_initial_weights(qtbot, window):
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key_N)
    qtbot.waitUntil(lambda: snap(window).global_step == 3, timeout=5000)
    click_action(qtbot, window, window.actions_.reset)
    qtbot.waitUntil(lambda: snap(window).global_step == 0 and snap(window).run_id == 2, timeout=5000)
    qtbot.waitUntil(lambda: len(window.curves.losses) == 0)
    fresh = Network.from_config(snap(window).config).get_params()
    now = snap(window).network.get_params()  # the engine's weights, as its latest snapshot carries them
    for a, b in zip(fresh, now):
        for name in a:
            np.testing.assert_array_equal(a[name], b[name])


def test_learning_rate_change_applies_while_running(qtbot, window):
    click_action(qtbot, window, window.actions_.play)
    qtbot.waitUntil(lambda: snap(window).global_step > 5, timeout=5000)
    window.hyper.lr.clear()
    qtbot.keyClicks(window.hyper.lr, "0.005")
    qtbot.keyClick(window.hyper.lr, Qt.Key_Return)
    qtbot.waitUntil(lambda: snap(window).lr == 0.005, timeout=3000)
    qtbot.waitUntil(lambda: window.status.lr.text() == "lr 0.005")
    assert snap(window).state == "playing"  # no reset, training went on
    assert not window.hyper.apply_button.isEnabled()
    before = snap(window).global_step
    qtbot.waitUntil(lambda: snap(window).global_step > before + 5, timeout=5000)
    assert snap(window).trace.lr == 0.005
    click_action(qtbot, window, window.actions_.play)


def test_invalid_values_are_refused_with_the_reason(qtbot, window):
    window.hyper.hidden.clear()
    qtbot.keyClicks(window.hyper.hidden, "256,0")
    assert "hidden" in window.hyper.error_label.text() and "1 to 8192" in window.hyper.error_label.text()
    assert not window.hyper.apply_button.isEnabled()
    assert "background" in window.hyper.hidden.styleSheet()
    window.hyper.lr.clear()
    qtbot.keyClicks(window.hyper.lr, "-1")
    assert "lr" in window.hyper.error_label.text()
    # the running configuration is untouched
    fast = get_preset("fast").config
    assert snap(window).config.hidden == fast.hidden and snap(window).lr == fast.lr


def test_structural_change_asks_before_resetting(qtbot, window):
    qtbot.keyClick(window, Qt.Key_N)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)
    window.hyper.hidden.clear()
    qtbot.keyClicks(window.hyper.hidden, "64")
    assert window.hyper.apply_button.isEnabled() and "hidden" in window.hyper.pending_label.text()
    qtbot.mouseClick(window.hyper.apply_button, Qt.LeftButton)
    box = window.findChild(QMessageBox, "confirm_reset_box")
    assert box is not None and box.isVisible()
    assert "step 1" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)
    qtbot.waitUntil(lambda: snap(window).config.hidden == (64,) and snap(window).global_step == 0, timeout=5000)
    assert snap(window).network.sizes == (784, 64, 10)


def test_engine_exception_reaches_the_user_and_the_app_stays_usable(qtbot, window):
    assert window.controller.engine == "process"
    with qtbot.waitSignal(window.controller.error_occurred, timeout=3000) as blocker:
        window.controller.send(p.Command())   # a command with no handler
    assert "unknown command" in blocker.args[0]
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=2000)
    assert "unknown command" in window.notice.label.text()
    click_action(qtbot, window, window.actions_.step)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)


def test_a_killed_engine_process_is_reported_and_replaced(qtbot, window):
    click_action(qtbot, window, window.actions_.step)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)
    old = window.controller.worker.process
    with qtbot.waitSignal(window.controller.engine_lost, timeout=5000) as blocker:
        old.kill()
    assert "stopped unexpectedly" in blocker.args[0]
    qtbot.waitUntil(lambda: window.notice.isVisible() and "stopped unexpectedly" in window.notice.label.text())
    # a fresh engine: a new run (the views clear) that trains again
    qtbot.waitUntil(lambda: snap(window).run_id != 1 and snap(window).global_step == 0, timeout=15000)
    assert window.controller.worker.process is not old and window.controller.worker.process.poll() is None
    click_action(qtbot, window, window.actions_.step)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)


def test_worker_exception_in_thread_mode_reaches_the_user(qtbot, make_window, monkeypatch):
    window = make_window(get_preset("fast").config, engine="thread")
    assert window.controller.engine == "thread"
    original = Run.step

    def broken(self):
        raise RuntimeError("boom in the worker")

    monkeypatch.setattr(Run, "step", broken)
    with qtbot.waitSignal(window.controller.error_occurred, timeout=3000):
        click_action(qtbot, window, window.actions_.step)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=2000)
    assert "boom in the worker" in window.notice.label.text()
    monkeypatch.setattr(Run, "step", original)
    click_action(qtbot, window, window.actions_.step)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)


def test_divergence_pauses_and_keeps_finite_weights(qtbot, make_window):
    config = get_preset("fast").config.replace(hidden=(32,), activation="identity", output="identity",
                                                loss="squared_error", optimizer="sgd", lr=50.0)
    window = make_window(config)
    with qtbot.waitSignal(window.controller.diverged, timeout=10000):
        click_action(qtbot, window, window.actions_.play)
    qtbot.waitUntil(lambda: snap(window).state == "paused", timeout=2000)
    assert "diverged" in window.notice.label.text() and window.notice.isVisible()
    for layer in snap(window).network.get_params():
        for value in layer.values():
            assert np.all(np.isfinite(value))


def test_closing_mid_training_stops_the_worker(qtbot, make_window, qtlog):
    window = make_window(get_preset("fast").config)
    click_action(qtbot, window, window.actions_.play)
    qtbot.waitUntil(lambda: snap(window).global_step > 5, timeout=5000)
    window.close()
    assert not window.controller.thread.isRunning()
    assert not [r for r in qtlog.records if "QThread" in r.message]


def test_shortcuts_dialog_lists_every_training_key(qtbot, window):
    box = window.show_shortcuts()
    text = box.text()
    for key in ("Space", "N", "Right", "Shift+N", "P", "R"):
        assert f"<b>{key}" in text or f" or {key}" in text
    box.close()
    assert "(Space)" in window.actions_.play.toolTip()


def test_dock_layout_is_remembered(qtbot, make_window):
    first = make_window(get_preset("fast").config)
    first.docks["probe_dock"].hide()
    first.close()
    second = make_window(get_preset("fast").config)
    assert not second.docks["probe_dock"].isVisible()
    assert second.docks["hyperparams_dock"].isVisible()


def test_evaluate_every_k_steps_on_a_subset(qtbot, window):
    window.curves.eval_every.setValue(5)
    for _ in range(10):
        qtbot.keyClick(window, Qt.Key_N)
    qtbot.waitUntil(lambda: snap(window).global_step == 10, timeout=5000)
    qtbot.waitUntil(lambda: len(window.curves._subset) == 2, timeout=3000)
    window.curves.refresh()
    x, y = window.curves.subset_acc_curve.getData()
    assert list(x) == [5.0, 10.0]
    steps = [p[0] for p in snap(window).subset_points]
    assert steps == [5, 10] and all(0 <= p[2] <= 1 for p in snap(window).subset_points)
    np.testing.assert_allclose(y, [100 * p[2] for p in snap(window).subset_points])


def test_curves_log_scale_and_export_menu(qtbot, window):
    qtbot.keyClick(window, Qt.Key_N)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)
    window.curves.log_scale.setChecked(True)
    assert window.curves.loss_plot.plotItem.ctrl.logYCheck.isChecked()
    # pyqtgraph's scene menu offers Export… (PNG, SVG, CSV) on every plot
    menu_texts = [a.text() for a in window.curves.loss_plot.scene().contextMenu]
    assert any("Export" in t for t in menu_texts)
    smoothing_before = window.curves.smoothed.copy()
    window.curves.smoothing.setValue(0)
    np.testing.assert_allclose(window.curves.smoothed, window.curves.losses[:, 1])
    assert len(smoothing_before) == 1


def test_import_a_csv_dataset_and_train_on_it(qtbot, make_window, tmp_path, monkeypatch, mnist):
    from backprop_viz.data import write_csv

    # set before the window starts its engine process, which inherits the environment
    monkeypatch.setenv("BACKPROP_VIZ_CACHE_DIR", str(tmp_path / "cache"))
    window = make_window(get_preset("fast").config)
    csv = tmp_path / "mydigits.csv"
    write_csv(csv, mnist.train.subset(np.arange(600)), header=True)
    window.import_dataset(str(csv))
    qtbot.waitUntil(lambda: "Imported" in window.notice.label.text(), timeout=15000)
    name = window.hyper.dataset_name
    assert name != "mnist" and "mydigits" in window.hyper.dataset.currentText()
    assert window.hyper.apply_button.isEnabled() and "dataset" in window.hyper.pending_label.text()
    qtbot.mouseClick(window.hyper.apply_button, Qt.LeftButton)
    # 600 images, no test set: 60 are carved out for validation
    qtbot.waitUntil(lambda: snap(window).eval_name == "validation" and snap(window).run_id == 2, timeout=10000)
    assert len(window.splits.train) == 540
    qtbot.keyClick(window, Qt.Key_N)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)


def test_importing_a_bad_file_shows_the_reason(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPROP_VIZ_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "broken.csv"
    bad.write_text("label,p1\n3,oops\n")
    window.import_dataset(str(bad))
    qtbot.waitUntil(lambda: "Could not import" in window.notice.label.text(), timeout=15000)
    assert "broken.csv" in window.notice.label.text()
    assert window.hyper.dataset_name == "mnist"


def test_probe_and_train_on_a_custom_sample(qtbot, window, mnist):
    pixels = mnist.test.images[1]  # a "2"
    with qtbot.waitSignal(window.controller.snapshot_arrived, timeout=3000,
                          check_params_cb=lambda s: s.probe_source == "my digit"):
        window.controller.send(p.ProbeInput(pixels, 2, "my digit"))
    s = window.controller.latest
    np.testing.assert_allclose(s.probe.x.reshape(28, 28), pixels / 255.0, atol=1e-6)
    before = s.probe.output[0, 2]
    # the snapshot's frozen network classifies in the GUI thread exactly like the probe
    np.testing.assert_allclose(s.network.infer(s.probe.x), s.probe.output, rtol=1e-5, atol=1e-7)
    with qtbot.waitSignal(window.controller.snapshot_arrived, timeout=3000,
                          check_params_cb=lambda s: s.global_step == 1):
        window.controller.send(p.TrainSample(pixels, 2, "my digit"))
    s = window.controller.latest
    assert s.trace.batch_size == 1 and s.trace.labels.tolist() == [2]
    assert s.probe_source == "my digit" and s.probe.output[0, 2] > before  # one step towards "2"
    qtbot.waitUntil(lambda: len(window.curves.losses) == 1)
    assert window.curves.losses[0, 0] == 1


def test_inside_the_network_docks_follow_the_training(qtbot, window):
    qtbot.keyClick(window, Qt.Key_N)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)
    window.docks["diagram_dock"].raise_()
    qtbot.waitUntil(lambda: window.diagram.isVisible())
    window.diagram.select(2, 3)  # as a click on hidden unit 3 of layer 2 does
    qtbot.waitUntil(lambda: window.inspector.layer_box.currentIndex() == 1 and window.inspector.unit.value() == 3)
    window.docks["inspector_dock"].raise_()
    qtbot.waitUntil(lambda: window.inspector.isVisible())
    trace = snap(window).trace
    values = window.inspector.values()
    n = window.inspector.sample.value()
    assert values["z"] == trace.layers[1].z[n, 3]
    window.docks["layers_dock"].raise_()
    qtbot.waitUntil(lambda: window.layer_views.isVisible())
    counts = window.layer_views.histogram_counts("delta")
    layer = window.layer_views.layer
    np.testing.assert_array_equal(counts, np.histogram(trace.layers[layer - 1].delta, bins=64)[0])


def test_race_dock_pauses_training_and_stops_on_close(qtbot, make_window):
    window = make_window(get_preset("fast").config)
    click_action(qtbot, window, window.actions_.play)
    qtbot.waitUntil(lambda: snap(window).state == "playing", timeout=3000)
    window.docks["race_dock"].raise_()
    qtbot.waitUntil(lambda: window.race_view.isVisible())
    window.race_view.start(max_entries=200)
    qtbot.waitUntil(lambda: snap(window).state == "paused", timeout=3000)  # the race pauses training
    qtbot.waitUntil(lambda: window.race_view.last_progress is not None, timeout=10000)
    window.close()  # mid-race: both workers end
    assert not window.race_view.runner.is_running()
    assert not window.controller.thread.isRunning()


def test_confusion_cell_filters_the_browser_and_inspect_sets_the_probe(qtbot, window):
    window.docks["evaluation_dock"].raise_()
    qtbot.waitUntil(lambda: window.evaluation.isVisible())
    window.evaluation.refresh()
    qtbot.waitUntil(lambda: window.evaluation.result is not None, timeout=10000)
    result = window.evaluation.result
    true_label, predicted = np.unravel_index(np.argmax(result.confusion - np.diag(np.diag(result.confusion))),
                                             result.confusion.shape)
    window.evaluation.select_cell(int(true_label), int(predicted))
    qtbot.waitUntil(lambda: window.browser.isVisible())
    shown = window.browser.visible_indices()
    labels = window.splits.test.labels
    assert len(shown) == result.confusion[true_label, predicted] > 0
    assert all(labels[i] == true_label for i in shown)
    window.browser.jump_to(int(shown[0]))
    with qtbot.waitSignal(window.controller.snapshot_arrived, timeout=3000,
                          check_params_cb=lambda s: s.probe_source != "test sample #0"):
        window.browser.inspect()
    s = window.controller.latest
    assert s.probe.label == true_label and s.probe.layers[0].dW is not None  # its single-sample gradient, no update
    assert s.global_step == 0


def test_drawing_pad_train_on_it_takes_one_step(qtbot, window, mnist):
    window.docks["drawing_dock"].raise_()
    qtbot.waitUntil(lambda: window.drawing_pad.isVisible())
    window.drawing_pad.load_test_digit(0)
    qtbot.waitUntil(lambda: window.drawing_pad.probabilities is not None, timeout=3000)
    window.drawing_pad.train()
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)
    assert snap(window).trace.batch_size == 1


def test_a_command_sent_while_the_engine_restarts_waits_for_the_new_engine(qtbot, window, monkeypatch):
    """The new engine's init frame always comes first: a command that arrives while it starts
    waits (it used to be read as the init frame, and the engine could not start)."""
    import threading

    from backprop_viz.gui import engine_process

    engine = window.controller.worker
    original = engine_process.subprocess.Popen
    raced = []

    def slow_popen(*args, **kwargs):
        process = original(*args, **kwargs)
        sender = threading.Thread(target=engine.send, args=(p.Speed(None),))
        sender.start()
        sender.join(0.2)          # with the restart holding the lock, the command cannot get in yet
        raced.append(sender.is_alive())
        return process

    monkeypatch.setattr(engine_process.subprocess, "Popen", slow_popen)
    with qtbot.waitSignal(window.controller.engine_lost, timeout=5000):
        engine.process.kill()
    qtbot.waitUntil(lambda: snap(window).run_id != 1, timeout=15000)
    assert raced == [True]
    click_action(qtbot, window, window.actions_.step)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)


def test_an_unreadable_snapshot_is_reported_and_the_engine_restarts(qtbot, window, monkeypatch):
    from backprop_viz.engine import frames

    original = frames.SlotReader.buffer
    failures = []

    def fail_once(self, *args):
        if not failures:
            failures.append(1)
            raise MemoryError("cannot map a snapshot slot")
        return original(self, *args)

    monkeypatch.setattr(frames.SlotReader, "buffer", fail_once)
    with qtbot.waitSignal(window.controller.error_occurred, timeout=5000) as blocker:
        click_action(qtbot, window, window.actions_.step)
    assert "cannot map a snapshot slot" in blocker.args[0]
    qtbot.waitUntil(lambda: snap(window).run_id != 1, timeout=15000)
    click_action(qtbot, window, window.actions_.step)
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=5000)


def test_a_restarted_engines_first_snapshot_is_taken_even_with_the_same_serial(qtbot, make_snapshot):
    import dataclasses

    from backprop_viz.gui.controller import TrainingController

    controller = TrainingController(get_preset("fast").config, loader=lambda c, d: None, engine="thread")
    first, _ = make_snapshot(steps=1)
    controller._on_snapshot(dataclasses.replace(first, serial=1, run_id=1))
    assert controller.take() is not None
    controller._on_snapshot(dataclasses.replace(first, serial=1, run_id=1_000_001))
    taken = controller.take()
    assert taken is not None and taken[0].run_id == 1_000_001
