"""Judging a learner's answer against the live values, and the explanation built from them.

The engine evaluates a :class:`~.model.Question`'s quantities on the real step
(:func:`~.values.evaluate_all`; in the app the ``CheckAnswer`` request of
:mod:`backprop_viz.engine.lesson_requests`), and :func:`judge` compares the learner's answer
with ``values["value"]`` — never with a stored answer — giving a :class:`Verdict`: right
or wrong, the correct answer in words, and the explanation template filled with the same
numbers (``{a}``, ``{t}``, ``{value}``, ``{answer}``, ``{expected}``, ``{tolerance}``;
``{name:.3f}`` picks a format). Answers by kind: *sign* ``"negative" | "zero" |
"positive"`` (or ``-1/0/1``, ``"-"``/``"0"``/``"+"``); *choice* the index of the chosen
choice (or its label); *number* a float; *direction* ``"down" | "same" | "up"``, or a pair
``(direction, estimate)`` when the question asks for a magnitude. A malformed answer is an
:class:`AnswerError` with a sentence to show, never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backprop_viz.lessons.model import DIRECTIONS, SIGNS, Question

_PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)(?::([-+ ]?[0-9]*(?:\.[0-9]+)?[efgd%]?))?\}")
SPECIAL = ("value", "answer", "expected", "tolerance", "magnitude")


#: the words of sign and direction answers as a learner reads them
WORDS = {"negative": {"en": "negative", "ko": "음수"}, "zero": {"en": "zero", "ko": "0"},
         "positive": {"en": "positive", "ko": "양수"}, "down": {"en": "down", "ko": "감소"},
         "same": {"en": "about the same", "ko": "거의 같음"}, "up": {"en": "up", "ko": "증가"}}


def word_in(word: str, language: str) -> str:
    """A sign or direction word in ``language`` (English when unknown)."""
    return WORDS.get(word, {}).get(language) or WORDS.get(word, {}).get("en", word)


class AnswerError(ValueError):
    """An answer that does not fit the question (shown to the learner as it is)."""


@dataclass(frozen=True)
class Verdict:
    correct: bool
    answer: object          # the learner's answer, normalised (a word, an index or a float)
    value: float            # the live value of the question's quantity
    expected: str           # the correct answer in words
    explanation: str        # the filled template in the asked language
    values: dict            # the step's numbers: every term, value (and magnitude)
    step: int = 0
    phase: str = ""


def number_text(value, spec: str | None = None) -> str:
    """``value`` for a reader: whole numbers as integers, others with 4 significant digits."""
    if isinstance(value, str):
        return value
    v = float(value)
    if spec:
        return format(int(round(v)) if spec.endswith("d") else v, spec)
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.4g}"


def placeholders(template: str) -> list[str]:
    """The names a template uses (``{a}``, ``{value:.3f}`` → ``a``, ``value``)."""
    return [m.group(1) for m in _PLACEHOLDER.finditer(template)]


def fill(template: str, values: dict) -> str:
    """``template`` with every ``{name}``/``{name:spec}`` replaced by its value (unknown: ``?``)."""
    def one(m):
        name, spec = m.group(1), m.group(2)
        return number_text(values[name], spec) if name in values else "?"
    return _PLACEHOLDER.sub(one, template)


def sign_of(value: float, tolerance: float) -> str:
    return "zero" if abs(value) <= tolerance else ("positive" if value > 0 else "negative")


def direction_of(value: float, tolerance: float) -> str:
    return {"zero": "same", "positive": "up", "negative": "down"}[sign_of(value, tolerance)]


def _word(answer, words: tuple[str, ...], aliases: dict) -> str:
    key = str(answer).strip().lower()
    key = aliases.get(key, key)
    if key not in words:
        raise AnswerError(f"answer one of {', '.join(words)}, not {answer!r}")
    return key


def normalise(question: Question, answer):
    """The answer as judged: a word, a choice index, a float, or ``(direction, float | None)``."""
    if question.kind == "sign":
        return _word(answer, SIGNS, {"-": "negative", "-1": "negative", "0": "zero", "+": "positive",
                                     "1": "positive", "neg": "negative", "pos": "positive"})
    if question.kind == "choice":
        labels = [c.get("en") for c in question.choices]
        if isinstance(answer, str) and answer.strip() in labels:
            return labels.index(answer.strip())
        try:
            index = int(answer)
        except (TypeError, ValueError):
            raise AnswerError(f"pick one of the {len(labels)} choices, not {answer!r}") from None
        if not 0 <= index < len(labels) or index != answer and not isinstance(answer, str):
            raise AnswerError(f"pick one of the {len(labels)} choices (0 … {len(labels) - 1}), not {answer!r}")
        return index
    if question.kind == "number":
        return _float(answer)
    estimate = None
    if isinstance(answer, (tuple, list)):
        if len(answer) != 2:
            raise AnswerError("a direction answer is a direction and, if asked, an estimate")
        answer, estimate = answer
    word = _word(answer, DIRECTIONS, {"decrease": "down", "increase": "up", "-": "down", "+": "up",
                                      "same": "same", "0": "same"})
    if question.magnitude is not None:
        if estimate is None:
            raise AnswerError("this question also asks by roughly how much: give an estimate too")
        return word, _float(estimate)
    return word, None


def _float(answer) -> float:
    try:
        value = float(str(answer).strip().replace("\u2212", "-").replace(",", "."))
    except ValueError:
        raise AnswerError(f"answer with a number, e.g. 0.25, not {answer!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise AnswerError("answer with a finite number")
    return value


def expected_text(question: Question, values: dict, language: str = "en") -> str:
    """The correct answer in words (for a choice: its label in ``language``)."""
    value, tol = values["value"], question.tolerance.amount
    if question.kind == "sign":
        return word_in(sign_of(value, tol), language)
    if question.kind == "choice":
        index = int(round(value))
        if not float(value).is_integer() or not 0 <= index < len(question.choices):
            raise AnswerError(f"the quantity gives {number_text(value)}, which is not one of the "
                              f"{len(question.choices)} choices")
        return fill(question.choices[index].get(language), values)
    if question.kind == "number":
        return number_text(value)
    word = word_in(direction_of(value, tol), language)
    if question.magnitude is not None:
        return f"{word} ({number_text(values['magnitude'])})"
    return word


def judge(question: Question, answer, values: dict, language: str = "en", *, step: int = 0,
          phase: str = "") -> Verdict:
    """Is ``answer`` right for ``question`` given the live ``values`` (from ``question.quantities()``)?"""
    given = normalise(question, answer)
    value = float(values["value"])
    expected = expected_text(question, values, language)
    if question.kind == "sign":
        correct = given == sign_of(value, question.tolerance.amount)
    elif question.kind == "choice":
        correct = given == int(round(value))
    elif question.kind == "number":
        correct = question.tolerance.allows(given, value)
    else:
        word, estimate = given
        correct = word == direction_of(value, question.tolerance.amount)
        if estimate is not None:
            correct = correct and question.magnitude_tolerance.allows(estimate, float(values["magnitude"]))
    shown = word_in(given, language) if question.kind == "sign" else given
    if question.kind == "choice":
        shown = fill(question.choices[given].get(language), values)
    elif question.kind == "direction":
        word = word_in(given[0], language)
        shown = word if given[1] is None else f"{word} ({number_text(given[1])})"
    filled = {**values, "answer": shown, "expected": expected, "tolerance": str(question.tolerance)}
    return Verdict(correct, given, value, expected, fill(question.explanation.get(language), filled),
                   dict(values), step, phase)
