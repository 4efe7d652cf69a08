"""``backprop-viz lessons``: list the guided lessons, or check a teacher's lesson files.

Without ``--check`` it lists the built-in lessons in course order: id, title in the chosen
language (``--lang en|ko``; default: the system locale's) and the number of questions.
``--check FILE …`` validates lesson files and prints every problem as ``FILE:LINE:
message`` — unknown quantity, missing translation, bad tolerance, malformed file… — with
exit code 2 if there was any, 0 (and one ``FILE: ok`` line each) if all are clean.
"""

from __future__ import annotations

import locale
import os


def system_language() -> str:
    """``"ko"`` on a Korean locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG`` or the C library's), else ``"en"``."""
    names = [os.environ.get(key, "") for key in ("LC_ALL", "LC_MESSAGES", "LANG")]
    try:
        names.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    first = next((n for n in names if n), "")
    return "ko" if first.lower().startswith("ko") else "en"


def register(subparsers) -> None:
    p = subparsers.add_parser("lessons", help="list the guided lessons or check lesson files",
                              description="List the guided lessons, or check lesson files for problems.")
    p.add_argument("--lang", choices=("en", "ko"), default=None,
                   help="language of the titles (default: the system's)")
    p.add_argument("--check", nargs="+", metavar="FILE", help="check these lesson files; exit 2 on any problem")
    p.set_defaults(func=run)


def run(args) -> int:
    from backprop_viz.lessons import builtin_lessons, check_lesson_file

    if args.check:
        bad = False
        for path in args.check:
            problems = check_lesson_file(path)
            for problem in problems:
                print(problem)
            if not problems:
                print(f"{path}: ok")
            bad = bad or bool(problems)
        return 2 if bad else 0
    language = args.lang or system_language()
    lessons = builtin_lessons()
    width = max(len(lesson.id) for lesson in lessons)
    for number, lesson in enumerate(lessons, start=1):
        count = len(lesson.questions)
        unit = ("question" if count == 1 else "questions") if language == "en" else "문항"
        print(f"{number:2d}. {lesson.id:{width}s}  {lesson.title.get(language)}  ({count} {unit})")
    return 0
