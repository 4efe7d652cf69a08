"""The controller's door for computations: a request's answer, progress and refusal reach the
GUI thread under its own tag; a superseded request is forgotten; when the engine process dies,
every pending request fails with a reason instead of waiting for ever."""

from __future__ import annotations

from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits
from backprop_viz.engine.race_job import Race, RaceProgress
from backprop_viz.engine.requests import Classify, Evaluate, EvaluationAnswer, InitialParams
from engine_helpers import start_engine

CONFIG = get_preset("fast").config.replace(hidden=(16,), batch_size=16)


def small(mnist):
    return Splits(mnist.train.subset(slice(0, 1000)), mnist.test.subset(slice(0, 500)))


def test_an_answer_and_a_refusal_reach_their_own_handlers(qtbot, mnist):
    controller = start_engine(qtbot, CONFIG, small(mnist))
    try:
        answers, failures = [], []
        controller.request(Evaluate, on_done=answers.append, on_failed=failures.append)
        controller.request(Classify, on_done=answers.append, on_failed=failures.append)   # nothing to classify
        qtbot.waitUntil(lambda: len(answers) + len(failures) == 2, timeout=30000)
        assert len(answers) == 1 and isinstance(answers[0], EvaluationAnswer)
        assert answers[0].evaluation.n == 500
        assert len(failures) == 1 and failures[0]          # a readable reason, not a dead engine
        assert controller._requests == {}                   # nothing left pending
    finally:
        controller.shutdown()


def test_progress_then_cancel_of_a_long_request(qtbot, mnist):
    controller = start_engine(qtbot, CONFIG, small(mnist))
    try:
        progress, done = [], []
        pending = controller.request(Race, hidden=(100,), calibrate_course=False, on_progress=progress.append,
                                     on_done=done.append)
        qtbot.waitUntil(lambda: any(p.done > 0 for p in progress), timeout=30000)
        pending.cancel()
        qtbot.waitUntil(lambda: bool(done), timeout=30000)
        assert isinstance(progress[-1], RaceProgress) and progress[-1].state == "stopped"
        assert progress[-1].done < progress[-1].total
    finally:
        controller.shutdown()


def test_a_dead_engine_fails_the_pending_requests(qtbot, window):
    failures = []
    pending = window.controller.request(Race, hidden=(30,), calibrate_course=False, on_failed=failures.append)
    qtbot.waitUntil(lambda: pending.tag in window.controller._requests, timeout=5000)
    with qtbot.waitSignal(window.controller.engine_lost, timeout=10000):
        window.controller.worker.process.kill()
    qtbot.waitUntil(lambda: bool(failures), timeout=15000)
    assert "restarted" in failures[0]
    assert window.controller._requests == {}
    # and the new engine answers the next one
    answers = []
    window.controller.request(InitialParams, config=CONFIG, on_done=answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=30000)
    assert [layer["W"].shape for layer in answers[0]] == [(784, 16), (16, 10)]
