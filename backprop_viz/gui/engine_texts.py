"""Messages of the engine and the core in the user's language.

The engine and the core run without Qt (the engine often in another process), so they
report :class:`~backprop_viz.core.messages.Message` objects: a code and its arguments.
:func:`message_text` words any of them here, in the GUI, with the translations of
context ``Messages`` (whose English source texts are the templates of
:data:`~backprop_viz.core.messages.ENGLISH`, extracted from there by
``scripts/update_translations.py``). Arguments are worded too: nested messages, setting
names (with the hyperparameter panel's labels) and probe sources. A text without a code
(e.g. an exception's own message) is shown as it is. :func:`engine_text` still words the
engine's older English templates.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from backprop_viz.core.messages import ENGLISH, UNCODED, Message
from backprop_viz.gui.texts import FIELDS, field_label, source_text

translate = QCoreApplication.translate


def _argument(arg) -> str:
    if isinstance(arg, Message):
        return message_text(arg)
    if isinstance(arg, (tuple, list)):
        return ", ".join(_argument(a) for a in arg)
    return str(arg)


def _field_labels(names) -> str:
    """Setting names (a tuple, or a text ``"lr, momentum"``) as the panel's labels."""
    if isinstance(names, str):
        names = names.split(", ")
    return ", ".join(field_label(name) for name in names)


#: codes whose arguments are worded specially (by position); the rest as :func:`_argument` says
_SPECIAL = {
    "config.error": {0: str},                 # the setting's name; its label is the template's {label}
    "engine.one_sample": {0: source_text},
    "engine.need_reset": {0: _field_labels},
}


def message_text(message) -> str:
    """``message`` (a :class:`Message`; a text or ``None`` are shown as they are) in the
    current language."""
    if message is None:
        return ""
    if not isinstance(message, Message):
        return str(message)
    if message.code == UNCODED:
        return str(message.args[0])
    special = _SPECIAL.get(message.code, {})
    args = [special.get(i, _argument)(arg) for i, arg in enumerate(message.args)]
    english = ENGLISH[message.code]
    extra = {}
    if message.code == "config.error":
        if message.args[0] not in FIELDS:   # a name without a label: no label, no translation
            return english.format(*args)
        extra["label"] = field_label(message.args[0])
    try:
        return translate("Messages", english).format(*args, **extra)
    except (IndexError, KeyError, ValueError):   # a faulty translation: the English still informs
        return english.format(*args)


# -- the engine's older English templates (until every report carries a Message) -----------------
_OLD_TEMPLATES = {ENGLISH[code]: code for code in ENGLISH if code.startswith("engine.")}
_OLD_DIVERGED = "{diverged}"


def engine_text(template, args: tuple = ()) -> str:
    """A :class:`Message`, or one of the engine's English templates formatted with ``args``,
    in the current language (other texts as they are)."""
    if isinstance(template, Message) or template is None:
        return message_text(template)
    if template == _OLD_DIVERGED:
        return message_text(args[0])
    code = _OLD_TEMPLATES.get(template)
    if code is None:
        return str(template)
    if code == "engine.error":   # its argument is an exception's text: maybe a template itself
        args = tuple(engine_text(a) if isinstance(a, str) else a for a in args)
    try:
        return message_text(Message(code, tuple(args)))
    except ValueError:   # the wrong number of arguments for the template
        return str(template)


def worded(snapshot):
    """``snapshot`` with its ``message`` set to its ``note`` (a :class:`Message`) in words
    of the current language."""
    note = getattr(snapshot, "note", None)
    if note is None:
        return snapshot
    return dataclasses.replace(snapshot, message=message_text(note))


def error_text(error, message=None) -> str:
    """A failure report as the user sees it: the exception's type name and its message (a
    :class:`Message` or a text); also takes one ``(type name, text)`` pair."""
    if message is None and isinstance(error, tuple):
        error, message = error
    return f"{error}: {engine_text(message)}"
