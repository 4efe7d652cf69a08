"""The Lessons mode of the main window: which lesson runs, and the engine's numbers for it.

:class:`LessonsMode` owns the lesson dock (:class:`~.panel.LessonPanel`), the lesson's hold
on the run (:class:`~.flow.LessonFlow`), the perspective (:class:`~.perspective.PerspectiveKeeper`)
and the progress (:class:`~.progress.LessonProgress`). It fills each prompt with the live
terms (``LessonValues``), locks predictions in until the action has happened, then asks
the engine to judge every answer on the real step (``CheckAnswer``) and keeps each verdict
as a lab record (:func:`backprop_viz.lessons.record_of`) for *Export my answers*. Leaving
restores the window's arrangement; closing the window mid-lesson does too, so the saved
layout never keeps a lesson's perspective.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from backprop_viz.engine.lesson_requests import CheckAnswer, LessonValues
from backprop_viz.gui.i18n import current_language
from backprop_viz.gui.lessons.flow import LessonFlow
from backprop_viz.gui.lessons.panel import QUESTIONS, SUMMARY, LessonPanel
from backprop_viz.gui.lessons.perspective import PerspectiveKeeper
from backprop_viz.gui.lessons.progress import LessonProgress
from backprop_viz.lessons import AnswerError, builtin_lessons, record_of
from backprop_viz.lessons.answers import normalise

DOCK_WIDTH = 470
PANEL_MIN_WIDTH = 400


class LessonsMode(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lessons = builtin_lessons()
        self.progress = LessonProgress(window.settings)
        self.records: list = []
        self.lesson = None
        self.panel = LessonPanel()
        self.panel.setMinimumWidth(PANEL_MIN_WIDTH)   # a card's answer buttons side by side
        self.dock = QDockWidget(self.tr("Lesson"), window)
        self.dock.setObjectName("lesson_dock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        window.addDockWidget(Qt.LeftDockWidgetArea, self.dock)
        if "hyperparams_dock" in window.docks:   # left of the settings, beside the views it talks about
            window.splitDockWidget(self.dock, window.docks["hyperparams_dock"], Qt.Horizontal)
        self.dock.hide()
        self.flow = LessonFlow(window)
        self.keeper = PerspectiveKeeper(window)
        self.flow.ready.connect(self._on_ready)
        self.flow.action_done.connect(self._on_action_done)
        self.panel.card_submitted.connect(self.submit)
        self.panel.perform_requested.connect(self.flow.perform)
        self.panel.page_changed.connect(self._on_page)
        self.panel.next_lesson.connect(self.next)
        self.panel.restart_requested.connect(lambda: self.start(self.lesson))
        self.panel.leave_requested.connect(self.leave)
        window.installEventFilter(self)
        from backprop_viz.gui.lessons.menu import LessonsMenu  # the menu needs the mode

        self.menu = LessonsMenu(self)

    # -- which lesson ------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.lesson is not None

    def index_of(self, lesson) -> int | None:
        return next((k for k, one in enumerate(self.lessons) if one.id == lesson.id and one.path == lesson.path), None)

    def next_unfinished(self):
        done = set(self.progress.completed())
        last = self.progress.last()
        for lesson in self.lessons:
            if lesson.id == last and lesson.id not in done:
                return lesson
        return next((lesson for lesson in self.lessons if lesson.id not in done), self.lessons[0])

    def start(self, lesson=None):
        """Start ``lesson`` (a built-in index, a Lesson, ``None``: where the learner left off)."""
        if lesson is None:
            lesson = self.next_unfinished()
        elif isinstance(lesson, int):
            lesson = self.lessons[lesson]
        self.lesson = lesson
        k = self.index_of(lesson)
        self.dock.setWindowTitle(self.tr("Lesson"))
        self.keeper.save()
        if not self.dock.isVisible():
            self.dock.show()
            QTimer.singleShot(0, lambda: self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Horizontal))
        self.dock.raise_()
        self.keeper.apply(lesson.perspective)
        self.panel.show_lesson(lesson, (k or 0) + 1, len(self.lessons) if k is not None else 0, current_language(),
                               k is not None and k + 1 < len(self.lessons))
        if k is not None:
            self.progress.set_last(lesson.id)
        self.flow.start(lesson)
        self.menu.refresh()
        return lesson

    def next(self) -> None:
        k = self.index_of(self.lesson) if self.lesson is not None else None
        if k is not None and k + 1 < len(self.lessons):
            self.start(k + 1)
        else:
            self.leave()

    def leave(self) -> None:
        """End the lessons: the window's arrangement as it was before."""
        self.flow.stop()
        self.lesson = None
        self.keeper.restore()
        self.dock.hide()
        self.menu.refresh()

    # -- the engine's numbers --------------------------------------------------------------------
    def _on_ready(self) -> None:
        self.panel.set_ready(True)
        if self.panel.stack.currentIndex() == QUESTIONS:
            self._on_page(QUESTIONS)

    def _on_page(self, page: int) -> None:
        if page == QUESTIONS and self.flow.state == "ready":
            for card in self.panel.cards:
                if card.predict:
                    self.fill(card)
            self.flow.watch()
        elif page == SUMMARY and self.lesson is not None:
            right = sum(card.first_try_right() for card in self.panel.cards)
            total = len(self.panel.cards)
            self.panel.show_summary(right, total)
            if self.index_of(self.lesson) is not None:
                self.progress.mark_done(self.lesson.id, right, total)
            self.menu.refresh()

    def fill(self, card) -> None:
        """The prompt's terms from the live step."""
        if not card.question.terms:
            return
        self.window.controller.request(LessonValues, quantities=dict(card.question.terms),
                                       source=card.question.source,
                                       on_done=lambda got, c=card: c.set_values(got.values))

    def _on_action_done(self) -> None:
        self.panel.set_action_done()
        for card in self.panel.cards:
            if card.predict and card.state == "locked":
                self.check(card)
            elif not card.predict:
                self.fill(card)

    def submit(self, card) -> None:
        """The card's button: lock a prediction in (before the action) or check the answer."""
        try:
            normalise(card.question, card.input.answer())
        except AnswerError as exc:
            card.show_problem(str(exc))
            return
        if card.predict and not self.panel.action_done:
            card.lock()
            self.panel._update()
        else:
            self.check(card)

    def check(self, card) -> None:
        lesson, language, answer = self.lesson, card.language, card.input.answer()
        card.checking()

        def done(verdict) -> None:
            card.show_verdict(verdict)
            self.records.append(record_of(lesson, card.question, verdict, language, attempt=len(card.verdicts),
                                          time=datetime.now().isoformat(timespec="seconds")))
            self.panel._update()

        self.window.controller.request(CheckAnswer, question=card.question, answer=answer, language=language,
                                       on_done=done, on_failed=card.show_problem)

    # -- the window closing mid-lesson -------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Close and self.keeper.active:
            self.flow.stop()
            self.keeper.restore()
        return False

    def welcome(self):
        """The first start's choice: the lessons or the lab (:mod:`.welcome`)."""
        from backprop_viz.gui.lessons.welcome import show_welcome

        return show_welcome(self)
