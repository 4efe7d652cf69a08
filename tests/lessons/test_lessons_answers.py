"""Judging answers (lessons/answers.py) against live values, the explanation filled from the
same numbers in English and Korean, malformed answers as AnswerError, and the learner's CSV
record (lessons/record.py) round-tripping."""

from __future__ import annotations

import csv

import pytest

from backprop_viz.lessons import (AnswerError, builtin_lessons, evaluate_all, fill, judge, read_answers, record_of,
                                  write_answers)


def lesson(lesson_id):
    return next(lesson for lesson in builtin_lessons() if lesson.id == lesson_id)


def question(lesson_id, question_id):
    return next(q for q in lesson(lesson_id).questions if q.id == question_id)


def values_of(q, trace, network=None):
    values, problems = evaluate_all(q.quantities(), trace, network=network)
    assert problems == {}
    return values


def test_sign_of_the_true_class_delta(lecture):
    q = question("output-error", "true-class-sign")
    values = values_of(q, lecture.backward)
    k = int(lecture.backward.labels[0])
    assert values["value"] == pytest.approx(float(lecture.backward.layers[-1].delta[0, k]), rel=1e-6)
    right = "negative" if values["value"] < 0 else "positive"
    verdict = judge(q, right, values, step=1, phase="backward")
    assert verdict.correct and verdict.expected == right and (verdict.step, verdict.phase) == (1, "backward")
    wrong = judge(q, "zero", values, "ko")
    assert not wrong.correct and wrong.expected == {"negative": "음수", "positive": "양수"}[right]
    ak = float(lecture.backward.layers[-1].a[0, k])
    assert f"{ak:.4g}" in wrong.explanation and "부호는" in wrong.explanation


def test_choice_number_and_direction(lecture):
    q = question("output-error", "largest-delta")
    values = values_of(q, lecture.backward)
    best = int(values["value"])
    assert judge(q, best, values).correct and judge(q, str(best), values).correct
    assert not judge(q, (best + 1) % 10, values).correct
    n = question("output-error", "delta-by-hand")
    v = values_of(n, lecture.backward)
    assert judge(n, v["value"] + 0.0004, v).correct and not judge(n, v["value"] + 0.0006, v).correct
    d = question("update", "loss-direction")
    v = values_of(d, lecture.update, lecture.network)
    assert v["value"] < 0 and v["magnitude"] == pytest.approx(-lecture.update.lr * v["gn"] ** 2)
    assert judge(d, ("down", v["magnitude"] * 1.04), v).correct
    assert not judge(d, ("down", v["magnitude"] * 1.2), v).correct
    assert not judge(d, ("up", v["magnitude"]), v).correct
    assert f"{v['before']:.4f}" in judge(d, ("up", 0), v).explanation


@pytest.mark.parametrize("qid, answer, message", [
    ("true-class-sign", "maybe", "answer one of negative, zero, positive"),
    ("largest-delta", 12, "pick one of the 10 choices"),
    ("largest-delta", "seven", "pick one of the 10 choices"),
    ("delta-by-hand", "0.1x", "answer with a number"),
])
def test_malformed_answers_are_answer_errors(lecture, qid, answer, message):
    q = question("output-error", qid)
    with pytest.raises(AnswerError, match=message):
        judge(q, answer, values_of(q, lecture.backward))


def test_direction_with_magnitude_needs_an_estimate(lecture):
    q = question("update", "loss-direction")
    with pytest.raises(AnswerError, match="estimate"):
        judge(q, "down", values_of(q, lecture.update, lecture.network))


def test_fill_formats_numbers():
    assert fill("{a} {b:.2f} {c} {missing}", {"a": 3.0, "b": 0.12345, "c": -0.000123456}) == "3 0.12 -0.0001235 ?"


def test_answers_round_trip_as_csv(lecture, tmp_path):
    records = []
    for lesson_id, qid, answer in (("output-error", "true-class-sign", "negative"), ("output-error", "largest-delta", 3),
                                   ("output-error", "delta-by-hand", 0.1)):
        q = question(lesson_id, qid)
        values = values_of(q, lecture.backward)
        for language in ("en", "ko"):
            verdict = judge(q, answer, values, language, step=1, phase="backward")
            records.append(record_of(lesson(lesson_id), q, verdict, language, attempt=2, time="2024-05-01T10:00"))
    path = tmp_path / "answers.csv"
    assert write_answers(path, records) == 6
    assert read_answers(path) == records
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[1]["prompt"].startswith("이 샘플의 정답 클래스는") and rows[0]["correct"] in ("yes", "no")
    assert "value=" in rows[0]["numbers"] and rows[0]["tolerance"] == "0"
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a backprop-viz answers file"):
        read_answers(other)
