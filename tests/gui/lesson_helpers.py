"""Helpers for the Lessons-mode tests: answers from the live trace, and a lesson driven to its end."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backprop_viz.engine.lesson_requests import LessonValues
from backprop_viz.gui.lessons.panel import QUESTIONS, SUMMARY
from backprop_viz.lessons.answers import direction_of, sign_of

OPPOSITE = {"negative": "positive", "zero": "positive", "positive": "negative", "down": "up", "same": "up",
            "up": "down"}
TIMEOUTS = {"epoch": 600_000}


def live_values(qtbot, window, question, timeout=30000) -> dict:
    """The question's quantities on the live step, asked of the engine like the panel does."""
    got = []
    window.controller.request(LessonValues, quantities=question.quantities(), source=question.source,
                              on_done=got.append, on_failed=lambda msg: got.append(msg))
    qtbot.waitUntil(lambda: bool(got), timeout=timeout)
    assert not isinstance(got[0], str), got[0]
    return got[0].values


def right_answer(question, values):
    v, tol = values["value"], question.tolerance.amount
    if question.kind == "sign":
        return sign_of(v, tol)
    if question.kind == "choice":
        return round(v)
    if question.kind == "number":
        return float(v)
    word = direction_of(v, tol)
    return (word, float(values["magnitude"])) if question.magnitude is not None else word


def wrong_answer(question, values):
    right = right_answer(question, values)
    if question.kind == "choice":
        return (right + 1) % len(question.choices)
    if question.kind == "number":
        return right + 10 * max(question.tolerance.amount * (abs(right) if question.tolerance.relative else 1), 1)
    if question.kind == "direction" and isinstance(right, tuple):
        return OPPOSITE[right[0]], right[1]
    return OPPOSITE[right]


def guess(question):
    """A prediction made before the numbers exist (numbers: surely wrong)."""
    return {"sign": "positive", "choice": 0, "number": -12345.678,
            "direction": ("up", 0.0) if question.magnitude is not None else "up"}[question.kind]


def click(qtbot, button):
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.LeftButton)


def answer(qtbot, card, value):
    card.input.set_answer(value)
    click(qtbot, card.button)


def wait_verdict(qtbot, card, n, timeout=30000):
    qtbot.waitUntil(lambda: len(card.verdicts) >= n or (card.state != "checking" and len(card.verdicts) < n
                                                        and card.verdict.isVisible() and card.state == "ask"),
                    timeout=timeout)
    assert len(card.verdicts) == n, card.verdict.text()
    return card.verdicts[-1]


def settle_wrong_then_right(qtbot, window, card) -> None:
    """After a wrong verdict: the explanation and Try again are shown; the right answer from the
    live values is then judged right."""
    verdict = card.verdicts[-1]
    assert not verdict.correct and card.verdict.isVisible() and verdict.explanation
    assert verdict.explanation in card.verdict.text().replace("<br>", "\n") or verdict.expected in card.verdict.text()
    click(qtbot, card.retry_button)
    values = live_values(qtbot, window, card.question)
    assert abs(values["value"] - verdict.value) <= 1e-9 * max(1.0, abs(verdict.value))
    answer(qtbot, card, right_answer(card.question, values))
    assert wait_verdict(qtbot, card, len(card.verdicts) + 1).correct


def run_lesson(qtbot, window, index: int, timeout=120000):
    """Complete built-in lesson ``index``: predictions locked in, the action taken with the panel's
    button, every question answered (a wrong answer first where the numbers are known), the summary."""
    mode = window.lessons
    lesson = mode.start(index)
    panel = mode.panel
    qtbot.waitUntil(lambda: panel.next_button.isEnabled(), timeout=timeout)     # the network is set up
    click(qtbot, panel.next_button)
    assert panel.stack.currentIndex() == QUESTIONS
    for card in panel.cards:
        if card.predict:
            answer(qtbot, card, guess(card.question))
            assert card.state == "locked"
    click(qtbot, panel.do_button)
    qtbot.waitUntil(lambda: panel.action_done, timeout=TIMEOUTS.get(lesson.action.name, timeout))
    wrong = 0
    for card in panel.cards:
        if card.predict:
            verdict = wait_verdict(qtbot, card, 1)
            if not verdict.correct:
                wrong += 1
                settle_wrong_then_right(qtbot, window, card)
        else:
            values = live_values(qtbot, window, card.question)
            answer(qtbot, card, wrong_answer(card.question, values))
            assert not wait_verdict(qtbot, card, 1).correct
            wrong += 1
            settle_wrong_then_right(qtbot, window, card)
    assert wrong >= 1
    click(qtbot, panel.next_button)
    assert panel.stack.currentIndex() == SUMMARY
    assert lesson.summary.get(panel.language)[:20] in panel.summary.toPlainText()
    return lesson
