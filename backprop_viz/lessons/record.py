"""The learner's lab record: every answer with the correct value and the step's numbers, as CSV.

*Lessons → Export my answers* writes one row per answer with :func:`write_answers`: the
lesson and question, the prompt as the learner read it, the answer, the correct value and
answer, the tolerance, right or wrong, which step (and phase) the numbers came from, and
those numbers themselves (``name=value; …``: every term of the question). The file is
UTF-8 with a byte-order mark so spreadsheet programs show Korean text correctly;
:func:`read_answers` reads it back into the same :class:`AnswerRecord`\\ s (round trip).
:func:`record_of` makes a record from a :class:`~.answers.Verdict`.
"""

from __future__ import annotations

import csv
import dataclasses
from dataclasses import dataclass
from pathlib import Path

from backprop_viz.lessons.answers import Verdict, number_text
from backprop_viz.lessons.model import Lesson, Question


@dataclass(frozen=True)
class AnswerRecord:
    lesson: str
    question: str
    kind: str
    prompt: str
    answer: str
    correct_value: float
    correct_answer: str
    tolerance: str
    correct: bool
    step: int
    phase: str
    numbers: str          # the step's numbers: "name=value; name=value"
    attempt: int = 1
    time: str = ""        # when it was answered (ISO 8601), as the caller gives it


FIELDS = tuple(f.name for f in dataclasses.fields(AnswerRecord))


def numbers_text(values: dict) -> str:
    """``a=0.8; t=0.01; value=0.0123`` — full precision, so the record can be checked by hand."""
    return "; ".join(f"{name}={float(v)!r}" for name, v in values.items())


def record_of(lesson: Lesson, question: Question, verdict: Verdict, language: str = "en", *,
              attempt: int = 1, time: str = "") -> AnswerRecord:
    """The record of one answer; the prompt is filled with the same numbers the learner saw."""
    from backprop_viz.lessons.answers import fill

    answer = verdict.answer
    if question.kind == "choice":
        answer = fill(question.choices[answer].get(language), verdict.values)
    elif question.kind == "direction":
        word, estimate = answer
        answer = word if estimate is None else f"{word} {number_text(estimate)}"
    return AnswerRecord(lesson.id, question.id, question.kind, fill(question.prompt.get(language), verdict.values),
                        str(answer), verdict.value, verdict.expected, str(question.tolerance), verdict.correct,
                        verdict.step, verdict.phase, numbers_text(verdict.values), attempt, time)


def write_answers(path, records) -> int:
    """Write ``records`` to ``path`` as CSV (header row first); returns the number of rows."""
    rows = 0
    with Path(path).open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(FIELDS)
        for record in records:
            row = dataclasses.astuple(record)
            writer.writerow([("yes" if v else "no") if isinstance(v, bool) else
                             (repr(v) if isinstance(v, float) else v) for v in row])
            rows += 1
    return rows


def read_answers(path) -> list[AnswerRecord]:
    """The records of a file :func:`write_answers` wrote (``ValueError`` for another file)."""
    with Path(path).open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != FIELDS:
            raise ValueError(f"{path} is not a backprop-viz answers file (columns: {', '.join(FIELDS)})")
        out = []
        for row in reader:
            out.append(AnswerRecord(
                row["lesson"], row["question"], row["kind"], row["prompt"], row["answer"],
                float(row["correct_value"]), row["correct_answer"], row["tolerance"], row["correct"] == "yes",
                int(row["step"]), row["phase"], row["numbers"], int(row["attempt"]), row["time"]))
        return out
