"""Reading and checking lesson files: :func:`load_lesson`, :func:`check_lesson_file`, :func:`builtin_lessons`.

A lesson file is TOML (the format is described in the README's Lessons section and shown
by the built-in lessons in ``lessons/builtin/``). :func:`check_lesson_text` reads one and
checks everything a teacher can get wrong — a malformed file, an unknown key, a missing
translation, an unknown preset, dock or action, a bad tolerance, an unknown quantity (see
:mod:`.checks`) — and returns the :class:`~.model.Lesson` (``None`` if there were
problems) with every :class:`Problem` found, each with its line; it never raises.
:func:`load_lesson` raises :class:`LessonError` (its ``problems`` listed) instead of
returning problems; :func:`builtin_lessons` is the shipped lessons in course order.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import NamedTuple

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from backprop_viz.core.config import Config
from backprop_viz.core.presets import PRESETS
from backprop_viz.core.trace import PHASES
from backprop_viz.lessons import checks
from backprop_viz.lessons.model import (ACTIONS, DOCKS, LANGUAGES, Action, Lesson, Perspective, Question, Setup,
                                        Text)
from backprop_viz.lessons.quantity import QuantityError, parse
from backprop_viz.lessons.tomlines import error_line, key_lines, line_of

FORMAT = 1
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_TOP = ("format", "id", "preset", "network", "setup", "title", "text", "summary", "perspective", "action",
        "questions")
_QUESTION = ("id", "kind", "prompt", "quantity", "tolerance", "terms", "explanation", "choices", "magnitude",
             "magnitude_tolerance", "source", "when")


class Problem(NamedTuple):
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class LessonError(ValueError):
    """A lesson file with problems; ``problems`` lists them, ``str()`` shows them one a line."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class _Reader:
    def __init__(self, text: str, path: str):
        self.path, self.problems = path, []
        self.lines = key_lines(text)

    def problem(self, key: tuple, message: str) -> None:
        self.problems.append(Problem(self.path, line_of(self.lines, key), message))

    def unknown_keys(self, table: dict, known, key: tuple, what: str) -> None:
        for name in table:
            if name not in known:
                self.problem((*key, name), f"unknown key {name!r} in {what} (known: {', '.join(known)})")

    def text(self, data: dict, key: tuple, what: str) -> Text:
        value = data.get(key[-1])
        if not isinstance(value, dict):
            hint = "" if value is None else f", not {value!r}"
            self.problem(key, f"{what} must be a table of translations: en = \"…\", ko = \"…\"{hint}")
            return Text()
        for language in value:
            if language not in LANGUAGES:
                self.problem((*key, language), f"unknown language {language!r} in {what} (languages: "
                                               f"{', '.join(LANGUAGES)})")
        for language in LANGUAGES:
            words = value.get(language)
            if not isinstance(words, str) or not words.strip():
                self.problem(key, f"missing translation: {what} has no {language!r} text")
        return Text.of({k: v for k, v in value.items() if k in LANGUAGES and isinstance(v, str)})


def _config(r: _Reader, data: dict) -> Config | None:
    preset = data.get("preset")
    if preset not in PRESETS:
        r.problem(("preset",), f"unknown preset {preset!r} (presets: {', '.join(PRESETS)})")
        return None
    network = data.get("network", {})
    if not isinstance(network, dict):
        r.problem(("network",), "network must be a table of settings, e.g. hidden = [100]")
        return None
    try:
        changes = {k: (tuple(v) if k == "hidden" and isinstance(v, list) else v) for k, v in network.items()}
        return PRESETS[preset].config.replace(**changes)
    except Exception as exc:  # noqa: BLE001 - ConfigError and bad types: a clear line, never a traceback
        r.problem(("network",), f"network: {exc}")
        return None


def _setup(r: _Reader, data) -> Setup:
    if not isinstance(data, dict):
        r.problem(("setup",), "setup must be a table: steps = 1, phase = \"forward\"")
        return Setup()
    r.unknown_keys(data, ("steps", "phase"), ("setup",), "[setup]")
    steps, phase = data.get("steps", 0), data.get("phase")
    if isinstance(steps, bool) or not isinstance(steps, int) or not 0 <= steps <= 100_000:
        r.problem(("setup", "steps"), f"setup.steps must be a whole number 0 … 100000, not {steps!r}")
        steps = 0
    if phase is not None and phase not in PHASES:
        r.problem(("setup", "phase"), f"unknown phase {phase!r} (phases: {', '.join(PHASES)})")
    return Setup(steps, phase)


def _perspective(r: _Reader, data) -> Perspective:
    if not isinstance(data, dict):
        r.problem(("perspective",), "the lesson needs a [perspective] table: docks = [\"inspector_dock\", …]")
        return Perspective()
    r.unknown_keys(data, ("docks", "raise", "highlight"), ("perspective",), "[perspective]")
    docks = data.get("docks", [])
    if not isinstance(docks, list):
        r.problem(("perspective", "docks"), "docks must be a list of dock names")
        docks = []
    for name in [*docks, *([data["raise"]] if "raise" in data else [])]:
        if name not in DOCKS:
            r.problem(("perspective", "raise" if name == data.get("raise") else "docks"),
                      f"unknown dock {name!r} (docks: {', '.join(DOCKS)})")
    highlight = data.get("highlight")
    if highlight is not None:
        try:
            node = parse(str(highlight))
            if node.kind not in ("name", "index"):
                raise QuantityError("highlight names one element, e.g. \"delta[L]\" or \"z[1][0, 3]\"")
        except QuantityError as exc:
            r.problem(("perspective", "highlight"), f"highlight: {exc}")
    return Perspective(tuple(d for d in docks if isinstance(d, str)), data.get("raise"), highlight)


def _action(r: _Reader, data) -> Action:
    if not isinstance(data, dict):
        r.problem(("action",), "the lesson needs an [action] table: name = \"phase\", …")
        return Action()
    name = data.get("name")
    if name not in ACTIONS:
        r.problem(("action", "name"), f"unknown action {name!r} (actions: {', '.join(ACTIONS)})")
        return Action()
    args = {k: v for k, v in data.items() if k not in ("name", "hint")}
    r.unknown_keys(args, tuple(ACTIONS[name]), ("action",), f"the {name!r} action")
    for key, value in args.items():
        kind = ACTIONS[name].get(key)
        if kind is None:
            continue
        bad = (not isinstance(value, kind) or isinstance(value, bool)) and not (kind is float and isinstance(value, int))
        bad = bad or (key == "until" and value not in PHASES) or (key in ("count", "lr") and not bad and value <= 0)
        bad = bad or (key == "index" and not bad and value < 0)
        bad = bad or (key == "presets" and not bad and any(p not in PRESETS for p in value))
        if bad:
            r.problem(("action", key), f"bad {key} {value!r} for the {name!r} action")
    return Action(name, tuple(args.items()), r.text(data, ("action", "hint"), "the action's hint"))


def _question(r: _Reader, q, i: int, config: Config | None, examples: bool = True) -> Question | None:
    key = ("questions", i)
    if not isinstance(q, dict):
        r.problem(key, "each [[questions]] entry must be a table")
        return None
    r.unknown_keys(q, _QUESTION, key, "a question")
    prompt = r.text(q, (*key, "prompt"), "the question's prompt")
    explanation = r.text(q, (*key, "explanation"), "the question's explanation")
    choices = [r.text({"choices": c}, (*key, "choices"), "a choice") if isinstance(c, dict) else Text.of({"en": str(c),
               "ko": str(c)}) for c in q.get("choices", [])] if isinstance(q.get("choices"), list) else []
    found: list = []
    if config is not None:
        checks.check_question(q, config, found, examples)
    for sub, message in found:
        r.problem((*key, *sub.split(".")), message)
    if found or r.problems:
        return None
    tol = checks.tolerance_of(q.get("tolerance", 0))
    mag_tol = checks.tolerance_of(q["magnitude_tolerance"]) if "magnitude_tolerance" in q else None
    return Question(str(q.get("id", f"q{i + 1}")), q["kind"], prompt, q["quantity"], explanation, tol,
                    tuple(q.get("terms", {}).items()), tuple(choices), q.get("magnitude"), mag_tol,
                    q.get("source", "step"), q.get("when", "after_action"), line_of(r.lines, key))


def check_lesson_text(text: str, path: str = "<lesson>", examples: bool = True) -> tuple[Lesson | None, list[Problem]]:
    """``(lesson, problems)`` for the TOML ``text``; the lesson is ``None`` when there are problems.
    ``examples=False``: quantities are parsed but not tried on an example step."""
    r = _Reader(text, path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [Problem(path, error_line(exc), f"malformed TOML: {exc}")]
    r.unknown_keys(data, _TOP, (), "the lesson")
    if data.get("format", FORMAT) != FORMAT:
        r.problem(("format",), f"unknown format {data.get('format')!r}: this app reads format {FORMAT}")
    lesson_id = data.get("id")
    if not isinstance(lesson_id, str) or not _ID.match(lesson_id):
        r.problem(("id",), f"the lesson needs an id of lowercase letters, digits and '-', not {lesson_id!r}")
    config = _config(r, data)
    title, body = r.text(data, ("title",), "the title"), r.text(data, ("text",), "the text")
    summary = r.text(data, ("summary",), "the summary")
    perspective, action = _perspective(r, data.get("perspective")), _action(r, data.get("action"))
    setup = _setup(r, data.get("setup", {}))
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        r.problem(("questions",), "the lesson needs at least one [[questions]] entry (a prediction to make)")
        raw = []
    questions = [_question(r, q, i, config, examples) for i, q in enumerate(raw)]
    ids = [q.get("id") for q in raw if isinstance(q, dict) and "id" in q]
    for i, q in enumerate(raw):
        if isinstance(q, dict) and ids.count(q.get("id")) > 1 and ids.index(q.get("id")) != i:
            r.problem(("questions", i, "id"), f"two questions have the id {q.get('id')!r}")
    if r.problems:
        return None, sorted(r.problems, key=lambda p: p.line)
    return Lesson(lesson_id, title, body, summary, data["preset"], config, perspective, action, tuple(questions),
                  setup, path, tuple(data.get("network", {}).items())), []


def check_lesson_file(path) -> list[Problem]:
    """Every problem of the lesson file at ``path`` (an empty list: the file is good)."""
    return _read(path)[1]


def load_lesson(path, examples: bool = True) -> Lesson:
    """The lesson in the file at ``path``; :class:`LessonError` lists its problems if it has any."""
    lesson, problems = _read(path, examples)
    if problems:
        raise LessonError(problems)
    return lesson


def _read(path, examples: bool = True) -> tuple[Lesson | None, list[Problem]]:
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return None, [Problem(name, 1, f"cannot read the file: {exc.strerror or exc}")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return None, [Problem(name, line, "the file is not UTF-8 text (save it as UTF-8)")]
    return check_lesson_text(text, name, examples)


def builtin_dir() -> Path:
    """The folder of the shipped lesson files."""
    return Path(str(resources.files("backprop_viz.lessons") / "builtin"))


@functools.lru_cache(maxsize=1)
def _builtin() -> tuple[Lesson, ...]:
    # (every shipped file passes the full check in tests/lessons: here they only need parsing)
    return tuple(load_lesson(p, examples=False) for p in sorted(builtin_dir().glob("*.toml")))


def builtin_lessons() -> list[Lesson]:
    """The shipped lessons in course order (their files are named ``01-….toml``, ``02-…``)."""
    return list(_builtin())
