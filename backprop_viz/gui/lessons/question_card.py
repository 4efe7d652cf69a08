"""One question of a lesson on screen: the prompt, the learner's answer, then the verdict.

A :class:`QuestionCard` shows the prompt filled with the live numbers, the answer input
of its kind (:mod:`.answer_inputs`) and one button: *Lock in my prediction* while the
action is still to come (the answer is kept, the input frozen), *Check* afterwards. The
panel sends the answer to the engine (``CheckAnswer``) and hands back the verdict: right
or wrong, the correct answer and the explanation built from the real terms, with *Try
again* after a wrong answer. The card keeps every verdict (its attempts) for the summary
and the lab record; it never judges anything itself.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.lessons.answer_inputs import answer_input
from backprop_viz.lessons import fill

RIGHT, WRONG = "#2b8a3e", "#c92a2a"


class QuestionCard(Retranslatable, QFrame):
    submitted = Signal(object)   # this card: its answer is to be locked in or checked

    def __init__(self, question, number: int, language: str, predict: bool, parent=None):
        super().__init__(parent)
        self.setObjectName(f"question_{question.id}")
        self.setFrameShape(QFrame.StyledPanel)
        self.question, self.number, self.language, self.predict = question, number, language, predict
        self.values: dict = {}
        self.state = "ask"           # ask | locked | checking | right | wrong
        self.action_done = not predict
        self.verdicts: list = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold")
        self.heading.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.input = answer_input(question, language)
        self.button = QPushButton()
        self.button.setObjectName("submit_button")
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retry_button")
        self.retry_button.hide()
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.RichText)
        self.verdict.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.prompt)
        box.addWidget(self.input)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.verdict)
        self.button.clicked.connect(lambda: self.submitted.emit(self))
        self.retry_button.clicked.connect(self.retry)
        self.input.changed.connect(self._update_button)
        self.retranslate()
        self.set_values({})

    # -- what the panel tells the card ------------------------------------------------------------
    def set_values(self, values: dict) -> None:
        """Fill the prompt (and choice labels) with the live numbers."""
        self.values = dict(values)
        self.prompt.setText(fill(self.question.prompt.get(self.language), self.values))
        self.input.set_values(self.values)

    def lock(self) -> None:
        """A prediction is kept until the action has happened."""
        self.state = "locked"
        self.input.setEnabled(False)
        self._note(self.tr("Prediction locked in. Now take the action below; then the network's own numbers "
                           "will check it."), "#495057")
        self._update_button()

    def checking(self) -> None:
        self.state = "checking"
        self.input.setEnabled(False)
        self._note(self.tr("Checking against the network's numbers…"), "#495057")
        self._update_button()

    def show_verdict(self, verdict) -> None:
        self.verdicts.append(verdict)
        self.state = "right" if verdict.correct else "wrong"
        head = (self.tr("✓ Right — the answer is {0}.") if verdict.correct else
                self.tr("✗ Not quite — the answer is {0}.")).format(verdict.expected)
        body = escape(verdict.explanation).replace("\n", "<br>")
        self._note(f"<b>{escape(head)}</b><br>{body}", RIGHT if verdict.correct else WRONG, rich=True)
        self.retry_button.setVisible(not verdict.correct)
        self._update_button()

    def show_problem(self, text: str) -> None:
        """The answer could not be checked (yet): say why; the learner may try again."""
        self.state = "ask" if not self.verdicts else ("right" if self.verdicts[-1].correct else "wrong")
        self.input.setEnabled(True)
        self._note(text, WRONG)
        self._update_button()

    def retry(self) -> None:
        """A second try: the input is open again."""
        self.state = "ask"
        self.retry_button.hide()
        self.input.setEnabled(True)
        self.verdict.hide()
        self._update_button()

    def answered(self) -> bool:
        return bool(self.verdicts)

    def first_try_right(self) -> bool:
        return bool(self.verdicts) and self.verdicts[0].correct

    # -- drawing ----------------------------------------------------------------------------------
    def _note(self, text: str, colour: str, rich: bool = False) -> None:
        self.verdict.setText(text if rich else escape(text))
        self.verdict.setStyleSheet(f"color: {colour}; border-left: 3px solid {colour}; padding-left: 6px")
        self.verdict.show()

    def _update_button(self) -> None:
        self.button.setText(self.tr("Lock in my prediction") if self.predict and not self.action_done
                            else self.tr("Check"))
        self.button.setEnabled(self.state == "ask" and self.input.answer() is not None)

    def retranslate(self) -> None:
        kind = {"sign": self.tr("sign"), "choice": self.tr("choice"), "number": self.tr("number"),
                "direction": self.tr("direction")}[self.question.kind]
        when = self.tr("predict before the action") if self.predict else self.tr("on the numbers now on screen")
        self.heading.setText(self.tr("Question {0} · {1} · {2}").format(self.number, kind, when))
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setToolTip(self.tr("Answer this question once more"))
        self.button.setToolTip(self.tr("Keep this prediction; it is checked after the action") if self.predict else
                               self.tr("Ask the engine whether this is right for the numbers of this step"))
        self._update_button()
