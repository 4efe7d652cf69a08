"""The engine's side of the guided lessons: a lesson's live values and the check of an answer.

The GUI never computes and a lesson never stores answers: :class:`LessonValues` asks for
the values of named quantities (a question's ``quantities()``: its terms, ``value`` and
``magnitude``) on the latest snapshot's trace — the minibatch step (``source="step"``) or
the probe sample's own passes (``"probe"``) — and :class:`CheckAnswer` judges a learner's
answer against them (:func:`backprop_viz.lessons.judge`), its :class:`~backprop_viz.lessons.Verdict`
carrying the explanation filled with the same numbers. Besides the trace, quantities may
use what the engine knows: ``steps_per_epoch``, ``n_train``, ``n_test``, ``global_step``,
``accuracy`` (the latest evaluation) and the losses on the step's own samples before and
after its update (an evaluation-mode forward pass on a copy of the shown network with the
trace's ``W_before``/``W_after``; no training state is touched).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backprop_viz.engine.protocol import Request
from backprop_viz.engine.workbench import handles


@dataclass(frozen=True)
class LessonValues(Request):
    """The values of ``quantities`` (name -> quantity text, evaluated in order) on the latest
    step (``source="step"``) or the probe sample (``"probe"``)."""

    quantities: dict = field(default_factory=dict)
    source: str = "step"


@dataclass(frozen=True)
class LessonValuesAnswer:
    values: dict              # name -> float, for every quantity that is known now
    problems: dict            # name -> why it is not known (e.g. "delta is known after the backward phase…")
    run_id: int
    step: int                 # the trace's step (the probe: the network after step k)
    phase: str                # how far that step got


@dataclass(frozen=True)
class CheckAnswer(Request):
    """Judge ``answer`` to ``question`` (a :class:`backprop_viz.lessons.Question`) on the live values."""

    question: Any = None
    answer: Any = None
    language: str = "en"


def _trace_and_context(bench, source: str):
    snap = bench.snapshot
    if snap is None:
        raise RuntimeError("no network yet: the engine is still starting")
    if source not in ("step", "probe"):
        raise ValueError(f"a lesson's values come from the 'step' or the 'probe', not {source!r}")
    trace = snap.trace if source == "step" else snap.probe
    if trace is None:
        raise ValueError("no step yet: take a Step or a Phase first")
    splits = bench.splits
    context = {"steps_per_epoch": snap.steps_per_epoch, "global_step": snap.global_step}
    if splits is not None:
        context["n_train"] = len(splits.train)
        evaluation = splits.validation if splits.validation is not None else splits.test
        context["n_test"] = len(evaluation)
    if snap.eval_points:
        context["accuracy"] = snap.eval_points[-1][2]
    return snap, trace, context


def lesson_values(bench, quantities: dict, source: str = "step") -> LessonValuesAnswer:
    """What :class:`LessonValues` answers (also used by :class:`CheckAnswer`)."""
    from backprop_viz.lessons.values import evaluate_all

    if not isinstance(quantities, dict) or not all(isinstance(v, str) for v in quantities.values()):
        raise ValueError("a lesson asks for quantities as {name: \"quantity\"}")
    snap, trace, context = _trace_and_context(bench, source)
    values, problems = evaluate_all(quantities, trace, context, network=snap.network)
    return LessonValuesAnswer(values, problems, snap.run_id, trace.step, trace.phase)


@handles(LessonValues)
def _lesson_values(request: LessonValues, bench, progress, cancelled) -> LessonValuesAnswer:
    return lesson_values(bench, dict(request.quantities), request.source)


@handles(CheckAnswer)
def _check_answer(request: CheckAnswer, bench, progress, cancelled):
    from backprop_viz.lessons.answers import judge
    from backprop_viz.lessons.model import Question

    question = request.question
    if not isinstance(question, Question):
        raise ValueError("CheckAnswer needs a lesson's Question")
    got = lesson_values(bench, question.quantities(), question.source)
    if "value" not in got.values:
        missing = got.problems.get("value") or next(iter(got.problems.values()), "unknown")
        raise ValueError(f"this question cannot be checked yet: {missing}")
    if question.magnitude is not None and "magnitude" not in got.values:
        raise ValueError(f"this question cannot be checked yet: {got.problems.get('magnitude')}")
    return judge(question, request.answer, got.values, request.language, step=got.step, phase=got.phase)
