"""Guided lessons as data: lesson files, their checker, live quantities and the learner's record.

No Qt here. The GUI's Lessons mode builds on this API:

* :func:`builtin_lessons` — the shipped lessons in course order; :func:`load_lesson` reads
  a teacher's file (raises :class:`LessonError` with ``.problems``);
  :func:`check_lesson_file` lists a file's :class:`Problem`\\ s (``FILE:LINE: message``),
  never raising. A :class:`Lesson` (:mod:`.model`) gives per language its ``title``,
  ``text`` and ``summary`` (``lesson.title.get("ko")``), the ``preset``/``config`` to reset
  to, the ``perspective`` (docks to show, the one to raise, the element to highlight), the
  ``action`` the learner takes and its ``questions``.
* For each question, ask the engine for its live numbers: send
  ``engine.lesson_requests.LessonValues(quantities=question.quantities(),
  source=question.source)`` to fill the prompt's ``{terms}`` (:func:`fill`), and after
  the learner answered (and took the action, unless ``question.when == "now"``)
  ``CheckAnswer(question=question, answer=…, language=…)``: the answer is a
  :class:`Verdict` (right/wrong, the correct answer, the explanation filled with the real
  terms). :func:`required_phase` says how far the step must have got.
* :func:`write_answers` / :func:`read_answers` (:mod:`.record`) keep the learner's answers
  as CSV, for *Lessons → Export my answers*.

The quantity language is :mod:`.quantity`, its evaluation on a trace :mod:`.values`.
"""

from backprop_viz.lessons.answers import AnswerError, Verdict, fill, judge
from backprop_viz.lessons.loader import (LessonError, Problem, builtin_dir, builtin_lessons, check_lesson_file,
                                         check_lesson_text, load_lesson)
from backprop_viz.lessons.model import Action, Lesson, Perspective, Question, Setup, Text, Tolerance
from backprop_viz.lessons.quantity import QuantityError, required_phase
from backprop_viz.lessons.record import AnswerRecord, read_answers, record_of, write_answers
from backprop_viz.lessons.values import evaluate, evaluate_all, loss_with

__all__ = ["Action", "AnswerError", "AnswerRecord", "Lesson", "LessonError", "Perspective", "Problem", "QuantityError",
           "Question", "Setup", "Text", "Tolerance", "Verdict", "builtin_dir", "builtin_lessons", "check_lesson_file",
           "check_lesson_text", "evaluate", "evaluate_all", "fill", "judge", "load_lesson", "loss_with",
           "read_answers", "record_of", "required_phase", "write_answers"]
