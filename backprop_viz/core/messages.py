"""What the program tells a user, as a code with arguments: worded by whoever shows it.

A :class:`Message` is a short stable code (``"config.int.range"``, ``"engine.ready"``)
with its arguments: small, frozen and picklable, so it crosses from the engine process
to the GUI unchanged. :data:`ENGLISH` is the one registry of every code's English
template; templates use *positional* ``str.format`` fields (``{0}``, ``{1}`` … in the
order of :attr:`Message.args`). :func:`english` words a message in English (what the
CLI prints and what ``str()`` of an error says); the GUI words the same code in the
user's language (:func:`backprop_viz.gui.engine_texts.message_text`). The templates
are wrapped in ``QT_TRANSLATE_NOOP("Messages", …)`` — here a plain identity function, so
the core never imports Qt — which is how ``pyside6-lupdate`` (run by
``scripts/update_translations.py`` over this module too) finds them for translation.
An argument may itself be a :class:`Message` (worded in turn) or a tuple (joined with
``", "``); code :data:`UNCODED` carries a text that has no code yet, shown as it is;
:func:`message_of` finds the message of any exception.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache

# the code of a text that has no code (yet): ``args == (text,)``, shown as it is
UNCODED = ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for the translation catalogue (context ``context``); returns it unchanged."""
    return text


ENGLISH: dict[str, str] = {
    #: a setting's error: {0} the setting's name, {1} the reason; {label} may name the setting's label
    "config.error": QT_TRANSLATE_NOOP("Messages", "{0}: {1}"),
    "config.unknown_setting": QT_TRANSLATE_NOOP("Messages", "unknown setting; known settings: {0}"),
    "config.hidden.not_a_list": QT_TRANSLATE_NOOP("Messages", "must be a list of layer sizes like (256, 128), got {0}"),
    "config.hidden.not_numbers": QT_TRANSLATE_NOOP(
        "Messages", "expected comma-separated whole numbers like 256,128, got {0}"),
    "config.hidden.too_many": QT_TRANSLATE_NOOP("Messages", "must be a list of at most {0} layer sizes"),
    "config.hidden.layer_size": QT_TRANSLATE_NOOP("Messages", "each layer needs 1 to {0} units, got {1}"),
    "config.choice.unknown": QT_TRANSLATE_NOOP("Messages", "unknown value {0}; allowed: {1}"),
    "config.int.range": QT_TRANSLATE_NOOP("Messages", "must be a whole number from 1 to {0}, got {1}"),
    "config.int.non_negative": QT_TRANSLATE_NOOP("Messages", "must be a whole number ≥ 0, got {0}"),
    #: {0}: an interval in mathematical notation, e.g. "(0, 100]"
    "config.number.range": QT_TRANSLATE_NOOP("Messages", "must be a number in {0}, got {1}"),
    "config.number.expected": QT_TRANSLATE_NOOP("Messages", "expected a number like 0.01 or 1e-3, got {0}"),
    "config.bool": QT_TRANSLATE_NOOP("Messages", "must be true or false, got {0}"),
    "config.loss.needs_softmax": QT_TRANSLATE_NOOP(
        "Messages", "cross_entropy needs the softmax output; use squared_error with {0} outputs"),
    "config.target_on.too_small": QT_TRANSLATE_NOOP("Messages", "must be larger than target_off ({0}), got {1}"),
    "config.validation.negative": QT_TRANSLATE_NOOP("Messages", "must be a whole number of samples ≥ 0, got {0}"),
    "config.batch_size.too_large": QT_TRANSLATE_NOOP(
        "Messages", "{0} is larger than the {1} training samples; allowed: 1 to {2}"),
    "config.preset.unknown": QT_TRANSLATE_NOOP("Messages", "unknown preset {0}; known presets: {1}"),
    #: {0}: the step, {1}: what went wrong (one of the two messages below)
    "training.diverged": QT_TRANSLATE_NOOP(
        "Messages", "training diverged at step {0}: {1}. The network keeps its last finite parameters; "
                    "try a smaller learning rate, a different initialisation or batch norm."),
    "training.loss_not_finite": QT_TRANSLATE_NOOP("Messages", "the loss is {0}"),
    "training.update_not_finite": QT_TRANSLATE_NOOP("Messages", "an update is NaN or infinite"),
    # the training engine's reports
    "engine.ready": QT_TRANSLATE_NOOP("Messages", "Network initialised: ready to train"),
    "engine.live": QT_TRANSLATE_NOOP("Messages", "Settings apply from the next step"),
    #: {0}: a sample, e.g. "test sample #3", {1}: its label
    "engine.one_sample": QT_TRANSLATE_NOOP("Messages", "One backprop step on {0} (label {1})"),
    "engine.finished": QT_TRANSLATE_NOOP("Messages", "Finished epoch {0}"),
    #: {0}: the run's new number of epochs (Play after the last epoch trains one more)
    "engine.more_epochs": QT_TRANSLATE_NOOP("Messages", "Training goes on: epochs raised to {0}"),
    "engine.undone": QT_TRANSLATE_NOOP("Messages", "Reset undone: the previous run is back"),
    "engine.nothing_to_undo": QT_TRANSLATE_NOOP("Messages", "there is no reset to undo"),
    "engine.error": QT_TRANSLATE_NOOP("Messages", "Error: {0}"),
    "engine.no_data": QT_TRANSLATE_NOOP("Messages", "no data loaded; reset with another dataset"),
    "engine.bn_single": QT_TRANSLATE_NOOP(
        "Messages", "batch norm cannot train on a single sample (its batch statistics need several); "
                    "turn batch norm off to train on your drawing"),
    #: {0}: the names of settings (a tuple or a text "lr, momentum"), worded with the panel's labels
    "engine.need_reset": QT_TRANSLATE_NOOP("Messages", "{0} need a reset"),
    "engine.unknown_command": QT_TRANSLATE_NOOP("Messages", "unknown command {0}"),
    #: {0}: an architecture like "784-8192-10", {1}: the estimate like "4.3 GB", {2}: a count of
    #: parameters, {3}: "float32" or "float64", {4}: the memory available like "2.1 GB"
    "config.memory.too_large": QT_TRANSLATE_NOOP(
        "Messages", "a {0} network needs about {1} of memory to train ({2} {3} parameters, their gradients, "
                    "the optimizer's state and a batch's activations), more than the {4} available; "
                    "use fewer or smaller layers, a smaller batch or float32"),
    "config.batch_norm.batch_one": QT_TRANSLATE_NOOP(
        "Messages", "batch norm cannot train with batch size 1 (the statistics of a single sample make every "
                    "gradient below it 0); use a batch of at least 2 or turn batch norm off"),
    #: {0}: an architecture like "100-30-5", {1}/{2}: its inputs/outputs, {3}: the data (a file's
    #: name or "MNIST"), {4}: inputs per image there, {5}: its number of classes
    "model.does_not_fit": QT_TRANSLATE_NOOP(
        "Messages", "the model is a {0} network ({1} inputs, {2} outputs) but {3} has {4} inputs per image "
                    "and {5} classes, so it cannot be used on it"),
    # the gradient analyses (engine/analysis_requests.py, engine/edit_requests.py)
    "analysis.no_backward": QT_TRANSLATE_NOOP(
        "Messages", "take a training step first: this needs the last minibatch's backward pass"),
    "analysis.no_update": QT_TRANSLATE_NOOP(
        "Messages", "take a whole training step first: the loss along the step needs its update ΔW"),
    "analysis.edit_needs_pause": QT_TRANSLATE_NOOP("Messages", "pause training to edit a weight"),
    "analysis.edit_mid_step": QT_TRANSLATE_NOOP(
        "Messages", "finish the step under way first: its forward and backward passes used the old weights"),
    "analysis.nothing_to_undo": QT_TRANSLATE_NOOP("Messages", "there is no weight edit to undo"),
    "analysis.edit_outdated": QT_TRANSLATE_NOOP(
        "Messages", "the network has trained since the edit, so it can no longer be undone"),
    "timeline.rewound": QT_TRANSLATE_NOOP("Messages", "Step {0} of {1}, recomputed from the timeline"),
    "timeline.branched": QT_TRANSLATE_NOOP("Messages", "Branch from step {0}: {1}"),
    "timeline.out_of_range": QT_TRANSLATE_NOOP("Messages", "step {0} is not on the timeline ({1} to {2})"),
    "timeline.mid_step": QT_TRANSLATE_NOOP("Messages", "finish the step under way before moving on the timeline"),
    "timeline.not_live": QT_TRANSLATE_NOOP("Messages", "{0} cannot change in a branch (a reset is needed)"),
}


@lru_cache(maxsize=None)
def field_count(template: str) -> int:
    """How many positional arguments ``template`` takes (``"{0} of {1}"`` → 2)."""
    numbers = [int(name) for _, name, _, _ in string.Formatter().parse(template) if name]
    return max(numbers, default=-1) + 1


@dataclass(frozen=True)
class Message:
    """A code of :data:`ENGLISH` with the arguments its template needs (checked on creation)."""

    code: str
    args: tuple = ()

    def __post_init__(self):
        object.__setattr__(self, "args", tuple(self.args))
        if self.code == UNCODED:
            expected = 1
        elif self.code in ENGLISH:
            expected = field_count(ENGLISH[self.code])
        else:
            raise ValueError(f"unknown message code {self.code!r}")
        if len(self.args) != expected:
            raise ValueError(f"message {self.code!r} takes {expected} argument(s), got {len(self.args)}")

    @classmethod
    def text(cls, text: str) -> "Message":
        """A text without a code (shown as it is, in every language)."""
        return cls(UNCODED, (str(text),))

    def __str__(self) -> str:
        return english(self)


def plain_argument(arg) -> str:
    """An argument as English text: messages worded, tuples joined with ``", "``."""
    if isinstance(arg, Message):
        return english(arg)
    if isinstance(arg, (tuple, list)):
        return ", ".join(plain_argument(a) for a in arg)
    return str(arg)


def english(message: Message) -> str:
    """``message`` in English."""
    if message.code == UNCODED:
        return str(message.args[0])
    return ENGLISH[message.code].format(*(plain_argument(a) for a in message.args))


def message_of(exc: BaseException) -> Message:
    """What ``exc`` tells the user: a coded error's :attr:`full_message`, a message it
    carries (``exc.message`` or its only argument), else its own text, uncoded."""
    for carried in (getattr(exc, "full_message", None), getattr(exc, "message", None),
                    exc.args[0] if len(exc.args) == 1 else None):
        if isinstance(carried, Message):
            return carried
    return Message.text(str(exc))
