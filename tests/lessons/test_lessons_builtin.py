"""The ten built-in lessons (lessons/builtin/*.toml): in the issue's order, every file passes
the checker, both languages everywhere, all four question kinds, names that exist in the
app (docks, presets, actions), shipped as package data, and answered from a real step."""

from __future__ import annotations

import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

import pytest

from backprop_viz.lessons import builtin_dir, builtin_lessons, check_lesson_file, evaluate_all, judge
from backprop_viz.lessons.model import DOCKS, KINDS, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
ORDER = ["mnist", "forward-pass", "error", "numerical-derivative", "sigmoid-derivative", "output-error",
         "hidden-error", "update", "epoch", "notebooks"]
FILES = sorted(builtin_dir().glob("*.toml"))


def test_ten_lessons_in_the_course_order():
    assert [lesson.id for lesson in builtin_lessons()] == ORDER


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_builtin_lesson_passes_the_checker(path):
    assert check_lesson_file(path) == []


def test_both_languages_and_a_prediction_everywhere():
    kinds = set()
    for lesson in builtin_lessons():
        assert lesson.questions, lesson.id
        texts = [lesson.title, lesson.text, lesson.summary, lesson.action.hint]
        texts += [t for q in lesson.questions for t in (q.prompt, q.explanation)]
        for text in texts:
            assert all(text.get(lang).strip() for lang in LANGUAGES)
            assert text.get("ko") != text.get("en")
        kinds |= {q.kind for q in lesson.questions}
    assert kinds == set(KINDS)


def test_dock_names_are_the_main_windows():
    from backprop_viz.gui.window_docks import DOCK_TITLES

    assert set(DOCKS) == set(DOCK_TITLES)


def test_lesson_files_are_package_data():
    tomllib = pytest.importorskip("tomllib")
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    names = [p.relative_to(builtin_dir().parent).as_posix() for p in FILES]
    assert len(names) == 10
    assert all(any(fnmatch(n, pattern) for pattern in patterns["backprop_viz.lessons"]) for n in names)


def test_the_lessons_package_never_imports_qt():
    code = ("import sys, backprop_viz.lessons as l; l.builtin_lessons(); "
            "import backprop_viz.engine.lesson_requests; print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def answers(q, values):
    """A right and a wrong answer to ``q``, worked out from the live ``values``."""
    value, tol = values["value"], q.tolerance.amount
    if q.kind == "sign":
        right = "negative" if value < -tol else "positive" if value > tol else "zero"
        return right, "positive" if right != "positive" else "negative"
    if q.kind == "choice":
        return int(value), (int(value) + 1) % len(q.choices)
    if q.kind == "number":
        return value, value + 10 * tol + abs(value) + 1
    right, wrong = ("down", "up") if value < 0 else ("up", "down")
    if q.magnitude is None:
        return right, wrong
    return (right, values["magnitude"]), (right, 2 * values["magnitude"] + 1)


def test_every_question_is_answered_from_a_real_step_of_its_network(step_of, lecture):
    """Every built-in question can be evaluated on a real step of its lesson's network (after
    the update) and is judged right with the live answer and wrong with another."""
    checked = 0
    for lesson in builtin_lessons():
        step = lecture if lesson.preset == "lecture-backprop" else step_of(lesson.config, lesson.config.batch_size)
        for q in lesson.questions:
            context = {"steps_per_epoch": 60000, "n_train": 60000, "n_test": 10000, "global_step": 1,
                       "accuracy": 0.9411}
            values, problems = evaluate_all(q.quantities(), step.update, context, network=step.network)
            assert problems == {}, (lesson.id, q.id)
            right, wrong = answers(q, values)
            for language in LANGUAGES:
                good, bad = judge(q, right, values, language), judge(q, wrong, values, language)
                assert good.correct and not bad.correct, (lesson.id, q.id)
                assert "?" not in bad.explanation and "{" not in bad.explanation, (lesson.id, q.id, bad.explanation)
            checked += 1
    assert checked == sum(len(lesson.questions) for lesson in builtin_lessons())
