"""The lessons' engine requests (engine/lesson_requests.py) through a real EngineLoop in a
thread: LessonValues equals the latest snapshot's trace (and the probe's), the loss after the
update equals a forward pass with W_after, a quantity not known yet is reported with its
reason, CheckAnswer judges right and wrong answers on the live numbers, and a bad request
is Refused with a readable reason while the engine keeps answering."""

from __future__ import annotations

import numpy as np
import pytest
from loop_helpers import ThreadEngine

from backprop_viz.core.messages import english
from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits, load_bundled_mnist
from backprop_viz.engine import protocol as p
from backprop_viz.engine.lesson_requests import (
    CheckAnswer,
    LessonValues,
    LessonValuesAnswer,
)
from backprop_viz.engine.snapshot import Snapshot
from backprop_viz.lessons import Verdict, builtin_lessons

CONFIG = get_preset("lecture-backprop").config


@pytest.fixture(scope="module")
def splits():
    mnist = load_bundled_mnist()
    return Splits(mnist.train.subset(slice(0, 500)), mnist.test.subset(slice(0, 200)))


class Engine(ThreadEngine):
    def __init__(self, splits):
        super().__init__(splits, CONFIG)

    def phase(self, phase: str) -> Snapshot:
        """Press Phase until a snapshot shows the current step at ``phase``."""
        self.loop.send(p.Phase())
        return self.wait_for(lambda r: isinstance(r, Snapshot) and r.trace is not None and r.phase == phase)


@pytest.fixture
def engine(splits):
    e = Engine(splits)
    yield e
    e.stop()


def question(lesson_id, question_id):
    lesson = next(lesson for lesson in builtin_lessons() if lesson.id == lesson_id)
    return next(q for q in lesson.questions if q.id == question_id)


def test_values_are_the_traces_numbers_phase_by_phase(engine, splits):
    snap = engine.phase("forward")
    asked = {"k": "label[0]", "z": "z[1][0, 7]", "guess": "argmax(a[L][0])", "d": "delta[L][0, k]",
             "per_epoch": "steps_per_epoch", "M": "n_train"}
    got = engine.ask(LessonValues, quantities=asked).value
    assert isinstance(got, LessonValuesAnswer) and got.phase == "forward" and got.step == 1
    trace = snap.trace
    assert got.values["k"] == trace.labels[0] and got.values["z"] == pytest.approx(float(trace.layers[0].z[0, 7]))
    assert got.values["guess"] == int(np.argmax(trace.layers[-1].a[0]))
    assert (got.values["per_epoch"], got.values["M"]) == (500, 500)
    assert "backward phase" in got.problems["d"]
    snap = engine.phase("backward")
    got = engine.ask(LessonValues, quantities=asked).value
    k = int(snap.trace.labels[0])
    assert got.problems == {} and got.values["d"] == pytest.approx(float(snap.trace.layers[-1].delta[0, k]))


def test_loss_after_update_is_a_forward_pass_with_W_after(engine):
    engine.phase("forward")
    engine.phase("backward")
    snap = engine.phase("update")
    got = engine.ask(LessonValues, quantities={"after": "loss_after_update", "change": "loss_after_update - loss"})
    trace = snap.trace
    a = trace.x.astype(float)
    for layer in trace.layers:
        a = 1 / (1 + np.exp(-(a @ layer.W_after + layer.b_after)))
    by_hand = 0.5 * float(np.sum((a - trace.targets) ** 2))
    assert got.value.values["after"] == pytest.approx(by_hand, rel=1e-4)
    assert got.value.values["change"] == pytest.approx(by_hand - trace.loss, rel=1e-3, abs=1e-6)


def test_the_probe_is_a_source_too(engine):
    snap = engine.phase("forward")
    got = engine.ask(LessonValues, quantities={"d": "delta[L][0, 3]", "u": "W_after[1][0, 0]"}, source="probe")
    assert got.value.values["d"] == pytest.approx(float(snap.probe.layers[-1].delta[0, 3]))
    assert "update phase" in got.value.problems["u"]


def test_check_answer_judges_on_the_live_numbers(engine):
    engine.phase("forward")
    q = question("output-error", "true-class-sign")
    early = engine.ask(CheckAnswer, question=q, answer="negative")
    assert isinstance(early, p.Refused) and "backward phase" in english(early.message)
    snap = engine.phase("backward")
    k = int(snap.trace.labels[0])
    delta = float(snap.trace.layers[-1].delta[0, k])
    right = "negative" if delta < 0 else "positive"
    good = engine.ask(CheckAnswer, question=q, answer=right, language="ko").value
    assert isinstance(good, Verdict) and good.correct and good.value == pytest.approx(delta)
    assert (good.step, good.phase) == (1, "backward")
    bad = engine.ask(CheckAnswer, question=q, answer="zero").value
    assert not bad.correct and f"{delta:.4g}" in bad.explanation


def test_bad_requests_are_refused_and_the_engine_goes_on(engine):
    engine.phase("forward")
    refused = engine.ask(LessonValues, quantities={"x": "delta[L][0, 0]"}, source="sideways")
    assert isinstance(refused, p.Refused) and "'step' or the 'probe'" in english(refused.message)
    refused = engine.ask(CheckAnswer, question="what?", answer=1)
    assert isinstance(refused, p.Refused) and "Question" in english(refused.message)
    q = question("output-error", "true-class-sign")
    engine.phase("backward")
    refused = engine.ask(CheckAnswer, question=q, answer="maybe")
    assert isinstance(refused, p.Refused) and "answer one of" in english(refused.message)
    assert isinstance(engine.ask(LessonValues, quantities={"L": "L"}).value, LessonValuesAnswer)
