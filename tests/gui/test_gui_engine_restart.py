"""A dead engine, again and again: back-off restarts, honest controls, Restart engine; and
closing the window never waits for a long training step."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from backprop_viz.core.presets import get_preset
from backprop_viz.gui import engine_process


def snap(window):
    return window.controller.latest


def kill_new_engines(monkeypatch, count: int) -> list:
    """The next ``count`` engines the relay starts die at once, before saying anything."""
    original = engine_process.subprocess.Popen
    killed = []

    def popen(*args, **kwargs):
        process = original(*args, **kwargs)
        if len(killed) < count:
            process.kill()
            killed.append(process.pid)
        return process

    monkeypatch.setattr(engine_process.subprocess, "Popen", popen)
    return killed


def record_status(window) -> list:
    """Every engine status the controller reports, with the controls' state at that moment."""
    seen = []
    a = window.actions_
    window.controller.engine_status_changed.connect(lambda status: seen.append(
        (status, window.controller.next_attempt, a.step.isEnabled(), a.play.isEnabled(), a.reset.isEnabled(),
         a.restart_engine.isVisible(), a.engine_label.text())))
    return seen


def test_engines_that_keep_dying_are_restarted_with_back_off_and_the_controls_say_so(qtbot, window, monkeypatch):
    monkeypatch.setattr(engine_process, "BACKOFF", (0.2, 0.4, 0.8))
    killed = kill_new_engines(monkeypatch, 2)
    seen = record_status(window)
    run_id = snap(window).run_id
    window.controller.worker.process.kill()                 # the first engine; then its two replacements
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == "running", timeout=30000)
    assert len(killed) == 2
    statuses = [s[0] for s in seen]
    assert statuses == ["starting", "down", "starting", "down", "starting", "running"]
    waits = [s[1] for s in seen if s[0] == "down"]
    assert waits == [0.2, 0.4]                              # each attempt waits longer
    for status, _, step, play, reset, restart_visible, label in seen:
        running = status == "running"
        assert (step, play, reset) == (running, running, running)
        assert restart_visible == (not running)
        assert (label == "") == running
    assert "No training engine is running" in seen[1][6]
    # the fresh engine trains
    qtbot.waitUntil(lambda: snap(window).run_id != run_id, timeout=15000)
    window.actions_.step.trigger()
    qtbot.waitUntil(lambda: snap(window).global_step == 1, timeout=10000)
    assert window.actions_.step.isEnabled() and not window.actions_.restart_engine.isVisible()


def test_restart_engine_skips_the_wait_and_an_apply_while_down_is_kept(qtbot, window, monkeypatch):
    monkeypatch.setattr(engine_process, "BACKOFF", (600.0,))   # the test could never wait that long
    kill_new_engines(monkeypatch, 1)
    c, a = window.controller, window.actions_
    with qtbot.waitSignal(c.engine_status_changed, timeout=20000, check_params_cb=lambda s: s == "down"):
        c.worker.process.kill()
    assert not a.step.isEnabled() and not a.play.isEnabled() and a.restart_engine.isVisible()
    assert window.notice.isVisible() and "could not start" in window.notice.label.text()
    assert window.notice.action_button.isVisible()          # the notice offers Restart engine too
    assert "press Reset" not in window.notice.label.text()
    config = get_preset("fast").config.replace(hidden=(24,))
    window.apply_config(config)                              # Apply while no engine runs: kept for the next
    with qtbot.waitSignal(c.engine_status_changed, timeout=20000, check_params_cb=lambda s: s == "running"):
        a.restart_engine.trigger()
    qtbot.waitUntil(lambda: snap(window).config.hidden == (24,), timeout=15000)
    assert a.step.isEnabled() and not a.restart_engine.isVisible()


# -- closing while a long step runs -------------------------------------------------------------
def slow_loader(config, dataset):
    """Loads MNIST in the engine process and makes every training step there take a minute,
    leaving marks in ``$SLOW_STEP_DIR`` when a step starts and when it finishes."""
    from backprop_viz.core.trainer import Trainer
    from backprop_viz.engine.loop import default_loader

    marks = Path(os.environ["SLOW_STEP_DIR"])

    def slow(self, *args, **kwargs):
        (marks / "started").touch()
        time.sleep(60)
        (marks / "finished").touch()

    Trainer.train_step = Trainer.step = slow
    return default_loader(config, dataset)


def test_closing_does_not_wait_for_a_long_step(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setenv("SLOW_STEP_DIR", str(tmp_path))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]))
    window = make_window(get_preset("fast").config, loader=slow_loader)
    assert window.controller.engine == "process"
    process = window.controller.worker.process
    window.actions_.play.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "started").exists(), timeout=20000)
    window.close()
    assert process.poll() is not None                        # the engine process is gone ...
    assert not (tmp_path / "finished").exists()              # ... and nobody waited for its step
    assert not window.controller.thread.isRunning()


@pytest.mark.parametrize("status", ["starting", "down"])
def test_show_engine_disables_training_and_shows_restart(qtbot, window, status):
    a = window.actions_
    a.show_engine(status, 2.0)
    assert not any(x.isEnabled() for x in a.all()) and not a.speed.isEnabled()
    assert a.restart_engine.isVisible() and a.engine_label.text()
    a.show_engine("running")
    assert all(x.isEnabled() for x in a.all()) and not a.restart_engine.isVisible()
