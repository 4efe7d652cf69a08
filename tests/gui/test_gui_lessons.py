"""The Lessons mode end to end: each built-in lesson completed in the real app, in English and Korean.

Every lesson runs on a real engine process: the predictions are locked in before the
action, the action is taken with the panel's button, and each answer is judged by the
engine on the live step; the right answers come from the engine's own ``LessonValues``,
a wrong answer is given first wherever the numbers are known (and a prediction that
missed is answered again), so the explanation and the second try are exercised in
every lesson.
"""

from __future__ import annotations

import pytest
from i18n_helpers import HANGUL
from lesson_helpers import run_lesson

from backprop_viz.core.trace import PHASES
from backprop_viz.gui import i18n
from backprop_viz.lessons import builtin_lessons

LESSONS = builtin_lessons()


@pytest.mark.parametrize("index", range(len(LESSONS)), ids=[lesson.id for lesson in LESSONS])
def test_each_lesson_runs_to_its_summary_in_english(qtbot, window, index):
    lesson = run_lesson(qtbot, window, index)
    mode = window.lessons
    cards = mode.panel.cards
    assert [card.question.id for card in cards] == [q.id for q in lesson.questions]
    assert all(card.verdicts[-1].correct for card in cards)
    if lesson.action.name == "phase":   # predictions were checked on the step the action completed
        until = lesson.action.arg("until")
        for card in cards:
            if card.predict:
                assert PHASES.index(card.verdicts[0].phase) >= PHASES.index(until)
    rows = [r for r in mode.records if r.lesson == lesson.id]
    assert len(rows) == sum(len(card.verdicts) for card in cards) and any(not r.correct for r in rows)
    assert mode.progress.is_done(lesson.id)
    assert mode.menu.lesson_actions[index].isChecked()


@pytest.mark.parametrize("index", range(len(LESSONS)), ids=[lesson.id for lesson in LESSONS])
def test_each_lesson_runs_in_korean(qtbot, window, index):
    window.set_language("ko")
    lesson = run_lesson(qtbot, window, index)
    panel = window.lessons.panel
    assert panel.title.text() == lesson.title.get("ko")
    assert HANGUL.search(panel.text.toPlainText()) and HANGUL.search(panel.summary.toPlainText())
    for card in panel.cards:
        assert HANGUL.search(card.prompt.text())
        assert all(HANGUL.search(verdict.explanation) for verdict in card.verdicts)   # built from the real terms
        assert HANGUL.search(card.verdict.text())

def test_the_texts_follow_a_language_switch_mid_lesson(qtbot, window):
    lesson = window.lessons.start(5)
    panel = window.lessons.panel
    assert panel.title.text() == lesson.title.get("en")
    window.set_language("ko")
    qtbot.waitUntil(lambda: panel.title.text() == lesson.title.get("ko"), timeout=3000)
    assert HANGUL.search(panel.text.toPlainText()) and HANGUL.search(panel.leave_button.text())
    assert i18n.current_language() == "ko"
