"""The lesson checker (lessons/loader.py, checks.py, tomlines.py) reports each kind of
problem with the line it is on — malformed TOML, unknown quantity, missing translation, bad
tolerance, unknown dock/action/preset, a prompt that gives the answer away — and never
raises, whatever the file holds."""

from __future__ import annotations

import pytest

from backprop_viz.lessons import LessonError, builtin_dir, check_lesson_file, check_lesson_text, load_lesson

GOOD = '''\
format = 1
id = "tiny"
preset = "lecture-backprop"
title = { en = "Tiny", ko = "작은" }
text = { en = "A tiny lesson.", ko = "작은 수업." }
summary = { en = "Done.", ko = "끝." }

[perspective]
docks = ["inspector_dock"]
raise = "inspector_dock"
highlight = "delta[L]"

[action]
name = "phase"
until = "backward"
hint = { en = "Press Phase.", ko = "Phase를 누르세요." }

[[questions]]
id = "q1"
kind = "number"
quantity = "delta[L][0, k]"
tolerance = 0.001
terms.k = "label[0]"
prompt.en = "The delta of the true class {k}?"
prompt.ko = "정답 클래스 {k}의 delta는?"
explanation.en = "It is {value}."
explanation.ko = "{value}입니다."
'''


def problems_of(text: str, tmp_path) -> list:
    path = tmp_path / "lesson.toml"
    path.write_text(text, encoding="utf-8")
    return check_lesson_file(path)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_the_good_lesson_loads(tmp_path):
    assert problems_of(GOOD, tmp_path) == []
    lesson = load_lesson(tmp_path / "lesson.toml")
    assert lesson.id == "tiny" and lesson.questions[0].quantities() == {"k": "label[0]", "value": "delta[L][0, k]"}
    assert lesson.questions[0].required_phase() == "backward" and lesson.action.arg("until") == "backward"


@pytest.mark.parametrize("old, new, needle, message", [
    ('quantity = "delta[L][0, k]"', 'quantity = "delt[L][0, k]"', "quantity =", "unknown quantity 'delt'"),
    ('quantity = "delta[L][0, k]"', 'quantity = "delta[3][0, k]"', "quantity =", "layers 1 … 2"),
    ('prompt.ko = "정답 클래스 {k}의 delta는?"\n', "", "prompt.en", "missing translation: the question's prompt has no 'ko'"),
    ('title = { en = "Tiny", ko = "작은" }', 'title = { en = "Tiny" }', "title =", "the title has no 'ko'"),
    ("tolerance = 0.001", "tolerance = -0.5", "tolerance", "tolerance must be a number ≥ 0"),
    ("tolerance = 0.001", 'tolerance = "five%"', "tolerance", "percentage such as"),
    ("tolerance = 0.001\n", "", "[[questions]]", "a number question needs a tolerance"),
    ('docks = ["inspector_dock"]', 'docks = ["inspektor_dock"]', "docks =", "unknown dock 'inspektor_dock'"),
    ('name = "phase"', 'name = "jump"', "name =", "unknown action 'jump'"),
    ('until = "backward"', 'until = "sideways"', "until =", "bad until 'sideways'"),
    ('preset = "lecture-backprop"', 'preset = "lecture"', "preset =", "unknown preset 'lecture'"),
    ('prompt.en = "The delta of the true class {k}?"', 'prompt.en = "Is it {value}?"', "prompt.en",
     "would give the answer away"),
    ('explanation.en = "It is {value}."', 'explanation.en = "It is {vlaue}."', "explanation.en",
     "{vlaue} is not a term"),
    ('kind = "number"', 'kind = "essay"', "kind =", "unknown question kind 'essay'"),
    ('id = "q1"', 'id = "q1"\ncolour = "red"', "colour", "unknown key 'colour'"),
    ('quantity = "delta[L][0, k]"', 'quantity = "a[L][0]"', "quantity =", "not one number"),
])
def test_each_problem_is_reported_at_its_line(tmp_path, old, new, needle, message):
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    problems = problems_of(text, tmp_path)
    assert any(message in p.message for p in problems), problems
    problem = next(p for p in problems if message in p.message)
    assert problem.line == line_of(text, needle)
    assert str(problem) == f"{tmp_path / 'lesson.toml'}:{problem.line}: {problem.message}"


def test_malformed_toml_names_its_line(tmp_path):
    text = GOOD.replace('raise = "inspector_dock"', 'raise = "inspector_dock', 1)
    (problem,) = problems_of(text, tmp_path)
    assert problem.line == line_of(text, "raise =") and problem.message.startswith("malformed TOML")


def test_a_choice_index_past_the_choices_is_caught(tmp_path):
    text = GOOD.replace('kind = "number"', 'kind = "choice"\nchoices = ["a", "b"]').replace("tolerance = 0.001\n", "")
    text = text.replace('quantity = "delta[L][0, k]"', 'quantity = "argmax(a[L][0]) + 2"')
    problems = problems_of(text, tmp_path)
    assert [p.line for p in problems if "choice's index 0 … 1" in p.message] == [line_of(text, "quantity =")]


def test_update_quantities_on_the_probe_are_refused(tmp_path):
    text = GOOD.replace('kind = "number"', 'kind = "number"\nsource = "probe"')
    text = text.replace('quantity = "delta[L][0, k]"', 'quantity = "loss_after_update - loss"')
    problems = problems_of(text, tmp_path)
    assert any("probe sample is never updated" in p.message and p.line == line_of(text, "quantity =")
               for p in problems), problems


def test_unreadable_files_are_problems_not_tracebacks(tmp_path):
    assert "cannot read" in check_lesson_file(tmp_path / "missing.toml")[0].message
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b'id = "x"\n\xff\xfe\n')
    (problem,) = check_lesson_file(binary)
    assert problem.line == 2 and "UTF-8" in problem.message
    with pytest.raises(LessonError) as info:
        load_lesson(binary)
    assert info.value.problems == [problem]


def test_the_checker_never_raises_on_damaged_files():
    """Every builtin lesson with any one line removed, or cut off anywhere: problems, never an exception."""
    text = (builtin_dir() / "08-update.toml").read_text("utf-8")
    lines = text.splitlines(keepends=True)
    for i in range(len(lines)):
        lesson, problems = check_lesson_text("".join(lines[:i] + lines[i + 1:]))
        assert (lesson is None) == bool(problems)
    for cut in range(0, len(text), 97):
        lesson, problems = check_lesson_text(text[:cut])
        assert lesson is None and problems and all(p.line >= 1 for p in problems)
