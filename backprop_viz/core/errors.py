"""Errors the engine raises for problems a user can fix, each carrying a coded message.

``ConfigError`` names the offending field and says what is allowed; ``DivergenceError``
reports a NaN/Inf loss or update and guarantees that the network still holds the last
finite parameters. Both are ``ValueError`` subclasses so callers can catch them
together; the CLI prints their English text (``str()``), the GUI words their
:attr:`CodedError.full_message` (a :class:`~.messages.Message`: code and arguments) in
the user's language — never a traceback.
"""

from __future__ import annotations

import re

from .messages import ENGLISH, Message, english

_CODE = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")


class CodedError(ValueError):
    """An error whose text is a :class:`Message`: ``str()`` is its English wording."""

    message: Message

    @property
    def full_message(self) -> Message:
        """Everything the user should read, as one message (what a GUI words)."""
        return self.message


class ConfigError(CodedError):
    """An invalid hyperparameter: ``ConfigError(field, code, *args)``.

    ``field`` names it; ``message`` is the reason, ``Message(code, args)`` with a code of
    :data:`~.messages.ENGLISH` (``"config.int.range"``…). A ``Message`` may be passed
    instead of ``code, *args``; an English sentence instead of a code is kept as an
    uncoded text (older callers), shown as it is in every language.
    """

    def __init__(self, field: str, code: str | Message, *args):
        if isinstance(code, Message):
            message = code
        elif code in ENGLISH or _CODE.match(code):   # an unknown code fails here, loudly
            message = Message(code, args)
        else:
            message = Message.text(code)
        self.field = field
        self.message = message
        super().__init__(english(self.full_message))

    @property
    def full_message(self) -> Message:
        return Message("config.error", (self.field, self.message))

    def __reduce__(self):
        return type(self), (self.field, self.message)


class TrainingError(ValueError):
    """A training run cannot go on (e.g. it diverged)."""


class DivergenceError(TrainingError, CodedError):
    """The loss or an update became NaN/Inf; parameters were left at their last finite values.

    ``what`` says which: :meth:`loss` and :meth:`update` build both kinds; an English
    text (``"the loss is nan"``, older callers) is recognised too.
    """

    def __init__(self, step: int, what: str | Message):
        if not isinstance(what, Message):
            what = _what_message(str(what))
        self.step = step
        self.what = what
        super().__init__(english(self.full_message))

    @classmethod
    def loss(cls, step: int, loss) -> "DivergenceError":
        return cls(step, Message("training.loss_not_finite", (str(loss),)))

    @classmethod
    def update(cls, step: int) -> "DivergenceError":
        return cls(step, Message("training.update_not_finite"))

    @property
    def message(self) -> Message:
        return Message("training.diverged", (self.step, self.what))

    def __reduce__(self):
        return type(self), (self.step, self.what)


def _what_message(text: str) -> Message:
    """The message of an English ``what`` (from callers that pass text, not a message)."""
    if text == ENGLISH["training.update_not_finite"]:
        return Message("training.update_not_finite")
    prefix = ENGLISH["training.loss_not_finite"].replace("{0}", "")
    if text.startswith(prefix):
        return Message("training.loss_not_finite", (text[len(prefix):],))
    return Message.text(text)
