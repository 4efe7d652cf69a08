"""How a learner gives an answer, one widget per question kind.

A *sign* is one of three buttons (negative, zero, positive), a *choice* a set of radio
buttons with the question's labels, a *number* a field with the tolerance shown beside
it, a *direction* three buttons (down, about the same, up) plus, when the question asks
by roughly how much, a field for the estimate. Every input says ``answer()`` in the form
:func:`backprop_viz.lessons.judge` takes (``None`` while incomplete), can be filled with
``set_answer`` and emits ``changed``; they only collect the answer, never judge it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.lessons import fill

translate = QCoreApplication.translate


def parse_number(text: str) -> float | None:
    """``text`` as a number (``,`` or ``.`` as the decimal point, − as minus); ``None`` if it is none."""
    try:
        value = float(text.strip().replace("\u2212", "-").replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class AnswerInput(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, question, language: str, parent=None):
        super().__init__(parent)
        self.question, self.language = question, language

    def answer(self):
        raise NotImplementedError

    def set_answer(self, answer) -> None:
        raise NotImplementedError

    def set_values(self, values: dict) -> None:
        """The live numbers, for labels that name them (choices)."""

    def retranslate(self) -> None:
        pass


class ButtonsInput(AnswerInput):
    """Checkable buttons, one per word (a sign or a direction)."""

    WORDS: tuple[tuple[str, str], ...] = ()

    def __init__(self, question, language: str, parent=None):
        super().__init__(question, language, parent)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.box = QHBoxLayout()
        self.outer.addLayout(self.box)
        self.group = QButtonGroup(self)
        self.buttons = {}
        for word, _ in self.WORDS:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"answer_{word}")
            self.group.addButton(button)
            self.box.addWidget(button)
            self.buttons[word] = button
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.retranslate()

    def word(self) -> str | None:
        return next((w for w, b in self.buttons.items() if b.isChecked()), None)

    def answer(self):
        return self.word()

    def set_answer(self, answer) -> None:
        self.buttons[answer].setChecked(True)

    def retranslate(self) -> None:
        for word, text in self.WORDS:
            self.buttons[word].setText(translate("AnswerInput", text))
            self.buttons[word].setToolTip(translate("AnswerInput", "Your answer: {0}").format(
                translate("AnswerInput", text)))


class SignInput(ButtonsInput):
    WORDS = (("negative", QT_TRANSLATE_NOOP("AnswerInput", "− negative")),
             ("zero", QT_TRANSLATE_NOOP("AnswerInput", "0 zero")),
             ("positive", QT_TRANSLATE_NOOP("AnswerInput", "+ positive")))


class DirectionInput(ButtonsInput):
    WORDS = (("down", QT_TRANSLATE_NOOP("AnswerInput", "↓ down")),
             ("same", QT_TRANSLATE_NOOP("AnswerInput", "≈ about the same")),
             ("up", QT_TRANSLATE_NOOP("AnswerInput", "↑ up")))

    def __init__(self, question, language: str, parent=None):
        self.estimate = QLineEdit()
        self.estimate.setObjectName("answer_estimate")
        self.estimate_label = QLabel()
        super().__init__(question, language, parent)
        if question.magnitude is not None:
            row = QHBoxLayout()   # a row of its own: the panel stays narrow
            row.addWidget(self.estimate_label)
            row.addWidget(self.estimate, 1)
            self.outer.addLayout(row)
            self.estimate.textChanged.connect(lambda _: self.changed.emit())
        else:
            self.estimate.hide()
            self.estimate_label.hide()

    def answer(self):
        word = self.word()
        if self.question.magnitude is None:
            return word
        estimate = parse_number(self.estimate.text())
        return None if word is None or estimate is None else (word, estimate)

    def set_answer(self, answer) -> None:
        word, estimate = answer if isinstance(answer, tuple) else (answer, None)
        super().set_answer(word)
        if estimate is not None:
            self.estimate.setText(repr(float(estimate)))

    def retranslate(self) -> None:
        super().retranslate()
        tol = self.question.magnitude_tolerance
        self.estimate_label.setText(translate("AnswerInput", "by about (within {0}):").format(tol))
        self.estimate.setPlaceholderText(translate("AnswerInput", "change, e.g. -0.02"))
        self.estimate.setToolTip(translate("AnswerInput", "Your estimate of the change; {0} counts as right")
                                 .format(tol))


class ChoiceInput(AnswerInput):
    def __init__(self, question, language: str, parent=None):
        super().__init__(question, language, parent)
        short = len(question.choices) > 4 and all(len(c.get("en")) <= 3 for c in question.choices)
        box = QGridLayout(self)   # short labels (digits) in rows of five, others one a line
        box.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radios = []
        for k, _ in enumerate(question.choices):
            radio = QRadioButton()
            radio.setObjectName(f"answer_choice_{k}")
            self.group.addButton(radio, k)
            box.addWidget(radio, *(divmod(k, 5) if short else (k, 0)))
            self.radios.append(radio)
        self.group.idToggled.connect(lambda *_: self.changed.emit())
        self.set_values({})

    def set_values(self, values: dict) -> None:
        for radio, choice in zip(self.radios, self.question.choices):
            radio.setText(fill(choice.get(self.language), values))
            radio.setToolTip(translate("AnswerInput", "Your answer: {0}").format(radio.text()))

    def answer(self):
        k = self.group.checkedId()
        return None if k < 0 else k

    def set_answer(self, answer) -> None:
        self.radios[int(answer)].setChecked(True)


class NumberInput(AnswerInput):
    def __init__(self, question, language: str, parent=None):
        super().__init__(question, language, parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setObjectName("answer_number")
        self.tolerance = QLabel()
        box.addWidget(self.field, 1)
        box.addWidget(self.tolerance)
        self.field.textChanged.connect(lambda _: self.changed.emit())
        self.field.returnPressed.connect(self.changed.emit)
        self.retranslate()

    def answer(self):
        return parse_number(self.field.text())

    def set_answer(self, answer) -> None:
        self.field.setText(repr(float(answer)))

    def retranslate(self) -> None:
        tol = self.question.tolerance
        self.field.setPlaceholderText(translate("AnswerInput", "your number"))
        self.field.setToolTip(translate("AnswerInput", "A number such as 0.25 (a comma works too); within {0} of the "
                                                       "network's value counts as right").format(tol))
        self.tolerance.setText(translate("AnswerInput", "exact") if tol.amount == 0 else
                               translate("AnswerInput", "± {0}").format(tol))


INPUTS = {"sign": SignInput, "choice": ChoiceInput, "number": NumberInput, "direction": DirectionInput}


def answer_input(question, language: str) -> AnswerInput:
    """The input for ``question``'s kind."""
    return INPUTS[question.kind](question, language)
