"""The learner's progress through the lessons, remembered across restarts in ``QSettings``.

Which lessons are finished (``lessons/completed``: their ids), each one's score on the
first try (``lessons/score/<id>``: "right/total"), and the lesson the learner was last in
(``lessons/last``), so the Lessons menu can tick finished lessons and offer to continue.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

COMPLETED = "lessons/completed"
LAST = "lessons/last"
SCORE = "lessons/score/{0}"


class LessonProgress:
    def __init__(self, settings: QSettings):
        self.settings = settings

    def completed(self) -> list[str]:
        value = self.settings.value(COMPLETED, [])
        if isinstance(value, str):   # an INI file gives a one-element list back as a string
            value = [value] if value else []
        return [str(v) for v in (value or [])]

    def is_done(self, lesson_id: str) -> bool:
        return lesson_id in self.completed()

    def mark_done(self, lesson_id: str, right: int, total: int) -> None:
        done = self.completed()
        if lesson_id not in done:
            done.append(lesson_id)
        self.settings.setValue(COMPLETED, done)
        self.settings.setValue(SCORE.format(lesson_id), f"{right}/{total}")
        self.settings.sync()

    def score(self, lesson_id: str) -> str | None:
        value = self.settings.value(SCORE.format(lesson_id))
        return str(value) if value else None

    def last(self) -> str | None:
        value = self.settings.value(LAST)
        return str(value) if value else None

    def set_last(self, lesson_id: str | None) -> None:
        if lesson_id is None:
            self.settings.remove(LAST)
        else:
            self.settings.setValue(LAST, lesson_id)
        self.settings.sync()
