"""The lesson panel: the lesson's text, its questions around the one action, its summary.

Three pages, walked with Back and Next at the learner's pace: the text (the lecture's
notation kept as written, formula lines in a fixed-width font), the questions — the
predictions first, then the action with its hint and a button doing it, then the
questions on the numbers the action left — and the summary with the score. The panel
only shows; :class:`~.mode.LessonsMode` asks the engine and feeds the cards.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backprop_viz.gui.i18n import Retranslatable, current_language
from backprop_viz.gui.lessons.question_card import RIGHT, WRONG, QuestionCard

TEXT, QUESTIONS, SUMMARY = range(3)


def text_html(text: str) -> str:
    """A lesson text as HTML: paragraphs at blank lines, indented lines as formulas."""
    parts, para = [], []

    def flush():
        if para:
            parts.append("<p>" + " ".join(escape(line.strip()) for line in para) + "</p>")
            para.clear()
    for line in text.strip("\n").splitlines():
        if line.startswith("    "):
            flush()
            parts.append(f"<pre style='background:#f1f3f5'>{escape(line.strip())}</pre>")
        elif not line.strip():
            flush()
        else:
            para.append(line)
    flush()
    return "".join(parts)


class LessonPanel(Retranslatable, QWidget):
    card_submitted = Signal(object)
    perform_requested = Signal()
    next_lesson = Signal()
    restart_requested = Signal()
    leave_requested = Signal()
    page_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lesson_panel")
        self.lesson, self.language, self.cards, self.ready, self.action_done = None, "en", [], False, False
        self.number, self.total, self.has_next = 0, 0, False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold")
        self.where = QLabel()
        self.stack = QStackedWidget()
        self.text = QTextBrowser()
        self.text.setObjectName("lesson_text")
        self.stack.addWidget(self.text)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)   # cards wrap to the panel's width
        self.stack.addWidget(self.scroll)
        self.summary = QTextBrowser()
        self.summary.setObjectName("lesson_summary")
        self.stack.addWidget(self.summary)
        self.action_box = QFrame()
        self.action_box.setObjectName("lesson_action")
        self.action_box.setStyleSheet("#lesson_action { border: 2px solid #7048e8; border-radius: 4px; }")
        self.action_hint = QLabel()
        self.action_hint.setWordWrap(True)
        self.action_status = QLabel()
        self.action_status.setWordWrap(True)
        self.do_button = QPushButton()
        self.do_button.setObjectName("do_action_button")
        abox = QVBoxLayout(self.action_box)
        abox.addWidget(self.action_hint)
        abox.addWidget(self.do_button, 0, Qt.AlignLeft)
        abox.addWidget(self.action_status)
        self.back_button, self.next_button = QPushButton(), QPushButton()
        self.restart_button, self.leave_button = QPushButton(), QPushButton()
        for name, button in (("back", self.back_button), ("next", self.next_button),
                             ("restart", self.restart_button), ("leave", self.leave_button)):
            button.setObjectName(f"lesson_{name}_button")
        nav = QHBoxLayout()
        for button in (self.back_button, self.next_button):
            nav.addWidget(button)
        nav.addStretch(1)
        for button in (self.restart_button, self.leave_button):
            nav.addWidget(button)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.where)
        box.addWidget(self.stack, 1)
        box.addLayout(nav)
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self._next)
        self.restart_button.clicked.connect(self.restart_requested)
        self.leave_button.clicked.connect(self.leave_requested)
        self.do_button.clicked.connect(self.perform_requested)
        self.retranslate()

    # -- a lesson --------------------------------------------------------------------------------
    def show_lesson(self, lesson, number: int, total: int, language: str, has_next: bool) -> None:
        self.lesson, self.number, self.total, self.language = lesson, number, total, language
        self.has_next, self.ready, self.action_done = has_next, False, False
        self.cards = []
        page = QWidget()
        box = QVBoxLayout(page)
        predictions = [q for q in lesson.questions if q.when == "after_action"]
        later = [q for q in lesson.questions if q.when != "after_action"]
        self.predict_label, self.later_label = QLabel(), QLabel()
        for label in (self.predict_label, self.later_label):
            label.setWordWrap(True)
            label.setStyleSheet("color: #495057")
        if predictions:
            box.addWidget(self.predict_label)
        for q in predictions:
            self._add_card(box, q, True)
        box.addWidget(self.action_box)
        self.action_box.show()
        if later:
            box.addWidget(self.later_label)
        for q in later:
            self._add_card(box, q, False).setEnabled(False)
        box.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(page)
        self.retranslate()
        self.go(TEXT)

    def _add_card(self, box, question, predict: bool) -> QuestionCard:
        card = QuestionCard(question, len(self.cards) + 1, self.language, predict)
        card.submitted.connect(self.card_submitted)
        box.addWidget(card)
        self.cards.append(card)
        return card

    def set_ready(self, ready: bool) -> None:
        self.ready = ready
        self._update()

    def set_action_done(self) -> None:
        self.action_done = True
        for card in self.cards:
            card.action_done = True
            card.setEnabled(True)
            card._update_button()
        self._update()

    def show_summary(self, right: int, total: int) -> None:
        rows = []
        for card in self.cards:
            colour = RIGHT if card.first_try_right() else WRONG
            mark = "✓" if card.first_try_right() else ("✗ → ✓" if card.verdicts and card.verdicts[-1].correct
                                                       else "✗")
            rows.append(f"<li><span style='color:{colour}'>{mark}</span> {escape(card.prompt.text())}</li>")
        head = self.tr("Right on the first try: {0} of {1}.").format(right, total)
        remember = self.tr("What to remember")
        self.summary.setHtml(f"<h3>{escape(remember)}</h3><p>"
                             f"{escape(self.lesson.summary.get(self.language))}</p><p><b>{escape(head)}</b></p>"
                             f"<ul>{''.join(rows)}</ul>")

    def go(self, page: int) -> None:
        page = max(TEXT, min(SUMMARY, page))
        self.stack.setCurrentIndex(page)
        self._update()
        self.page_changed.emit(page)

    def all_answered(self) -> bool:
        return self.action_done and all(card.answered() for card in self.cards)

    def _next(self) -> None:
        if self.stack.currentIndex() == SUMMARY:
            self.next_lesson.emit()
        else:
            self.go(self.stack.currentIndex() + 1)

    def _update(self) -> None:
        page = self.stack.currentIndex()
        self.back_button.setEnabled(page > TEXT)
        enabled = {TEXT: self.ready, QUESTIONS: self.all_answered(), SUMMARY: True}[page]
        self.next_button.setEnabled(enabled)
        self.next_button.setText(self.tr("Next ›") if page < SUMMARY else
                                 self.tr("Next lesson ›") if self.has_next else self.tr("Finish"))
        waiting = any(c.predict and c.state == "ask" for c in self.cards)
        self.do_button.setEnabled(self.ready and not self.action_done and not waiting)
        if self.action_done:
            self.action_status.setText(self.tr("✓ Done. The answers are checked against this step's numbers."))
        elif not self.ready:
            self.action_status.setText(self.tr("Preparing the lesson's network…"))
        elif waiting:
            self.action_status.setText(self.tr("First lock in your predictions above."))
        else:
            self.action_status.setText(self.tr("Waiting for you: use the toolbar, or the button above."))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Back"))
        self.restart_button.setText(self.tr("Start over"))
        self.leave_button.setText(self.tr("Leave lesson"))
        self.do_button.setText(self.tr("Do it for me"))
        self.back_button.setToolTip(self.tr("The previous page of this lesson"))
        self.next_button.setToolTip(self.tr("The next page: the questions after the text, the summary after the "
                                             "questions, then the next lesson"))
        self.restart_button.setToolTip(self.tr("This lesson again from the start, on a fresh network"))
        self.leave_button.setToolTip(self.tr("End the lesson: every panel goes back where it was (your progress "
                                             "is kept)"))
        self.do_button.setToolTip(self.tr("Take the lesson's action with the same command as the toolbar's"))
        if self.lesson is None:
            self.title.setText(self.tr("Lessons"))
            return
        self.language = lang = current_language()
        lesson = self.lesson
        for card in self.cards:
            card.language = card.input.language = lang
            card.set_values(card.values)
        self.title.setText(lesson.title.get(lang))
        self.where.setText(self.tr("Lesson {0} of {1}").format(self.number, self.total) if self.total else
                           self.tr("Your own lesson: {0}").format(lesson.file.name))
        self.text.setHtml(text_html(lesson.text.get(lang)))
        self.predict_label.setText(self.tr("Predict first — the answer is revealed after the action."))
        self.later_label.setText(self.tr("Now, with the numbers on screen:"))
        self.action_hint.setText("<b>" + escape(self.tr("Your action:")) + "</b> "
                                 + escape(lesson.action.hint.get(lang)))
        self._update()
