"""Display texts shared by several widgets, in the current language.

Durations with translated units (the GUI's twin of
:func:`backprop_viz.core.gradcheck.format_duration`), the names of the data splits,
losses, worker states and training phases, the hyperparameter fields' labels, probe sources
(kept as language-neutral ids such as ``"test sample #3"`` in snapshots and turned
into words only when shown, so a language switch re-words them too) and the engine's
configuration errors, re-worded from their fixed English patterns (unknown messages
are shown as they are).
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


translate = QCoreApplication.translate


def duration(seconds: float) -> str:
    """``"20 h 22 min"``, ``"3 min 5 s"``, ``"28.9 s"``, ``"12.3 ms"``, ``"850 µs"`` (translated units)."""
    if not math.isfinite(seconds):
        return "∞"
    if seconds >= 86400 * 2:
        return translate("Units", "{0:.1f} days").format(seconds / 86400)
    if round(seconds) >= 3600:
        h, m = divmod(round(seconds / 60), 60)
        return translate("Units", "{0} h {1} min").format(h, m)
    if round(seconds, 1) >= 60:
        m, s = divmod(round(seconds), 60)
        return translate("Units", "{0} min {1} s").format(m, s)
    if round(seconds, 1) >= 1:
        return translate("Units", "{0:.1f} s").format(seconds)
    if round(seconds * 1e3, 1) >= 1:
        return translate("Units", "{0:.1f} ms").format(seconds * 1e3)
    return translate("Units", "{0:.0f} µs").format(seconds * 1e6)


SPLITS = {"train": QT_TRANSLATE_NOOP("Splits", "train"), "validation": QT_TRANSLATE_NOOP("Splits", "validation"),
          "test": QT_TRANSLATE_NOOP("Splits", "test")}
STATES = {"paused": QT_TRANSLATE_NOOP("States", "paused"), "playing": QT_TRANSLATE_NOOP("States", "playing"),
          "stepping": QT_TRANSLATE_NOOP("States", "stepping")}
PHASES = {"forward": QT_TRANSLATE_NOOP("Phases", "forward"), "backward": QT_TRANSLATE_NOOP("Phases", "backward"),
          "update": QT_TRANSLATE_NOOP("Phases", "update")}
#: config field → its label in the hyperparameter panel (also used in error messages)
FIELDS = {
    "preset": QT_TRANSLATE_NOOP("Fields", "preset"), "hidden": QT_TRANSLATE_NOOP("Fields", "hidden layers"),
    "activation": QT_TRANSLATE_NOOP("Fields", "activation"), "output": QT_TRANSLATE_NOOP("Fields", "output / loss"),
    "loss": QT_TRANSLATE_NOOP("Fields", "loss"), "init": QT_TRANSLATE_NOOP("Fields", "initialisation"),
    "batch_norm": QT_TRANSLATE_NOOP("Fields", "batch norm"), "dropout": QT_TRANSLATE_NOOP("Fields", "dropout"),
    "optimizer": QT_TRANSLATE_NOOP("Fields", "optimizer"), "lr": QT_TRANSLATE_NOOP("Fields", "learning rate"),
    "momentum": QT_TRANSLATE_NOOP("Fields", "momentum"), "weight_decay": QT_TRANSLATE_NOOP("Fields", "weight decay"),
    "batch_size": QT_TRANSLATE_NOOP("Fields", "batch size"), "epochs": QT_TRANSLATE_NOOP("Fields", "epochs"),
    "seed": QT_TRANSLATE_NOOP("Fields", "seed"), "input_scaling": QT_TRANSLATE_NOOP("Fields", "input scaling"),
    "dataset": QT_TRANSLATE_NOOP("Fields", "dataset"), "validation": QT_TRANSLATE_NOOP("Fields", "split"),
}


LOSSES = {"cross_entropy": QT_TRANSLATE_NOOP("Losses", "cross entropy"),
          "squared_error": QT_TRANSLATE_NOOP("Losses", "squared error")}


def loss_name(loss: str) -> str:
    return translate("Losses", LOSSES[loss]) if loss in LOSSES else loss.replace("_", " ")


def split_name(name: str) -> str:
    return translate("Splits", SPLITS[name]) if name in SPLITS else name


def state_name(state: str) -> str:
    return translate("States", STATES[state]) if state in STATES else state


def phase_name(phase: str) -> str:
    return translate("Phases", PHASES[phase]) if phase in PHASES else phase


def field_label(field: str) -> str:
    return translate("Fields", FIELDS[field]) if field in FIELDS else field


_SAMPLE = re.compile(r"^(train|validation|test) (sample|image) #(\d+)$")
_DIGIT = re.compile(r"^test digit #(\d+)$")


def source_text(source: str) -> str:
    """A probe source id (``"test sample #3"``, ``"train image #12"``, ``"your drawing"``,
    ``"test digit #5"``) in words of the current language; other texts as they are."""
    if source == "your drawing":
        return translate("Sources", "your drawing")
    m = _DIGIT.match(source)
    if m:
        return translate("Sources", "test digit #{0}").format(m.group(1))
    m = _SAMPLE.match(source)
    if m:
        split, kind, index = m.groups()
        text = translate("Sources", "{split} sample #{index}") if kind == "sample" else translate("Sources", "{split} image #{index}")
        return text.format(split=split_name(split), index=index)
    return source


_CONFIG_ERRORS = (
    (re.compile(r"^must be a number in ([\[(])(\S+), (\S+)([\])]), got (.+)$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "must be a number in {0}{1}, {2}{3}, got {4}")),
    (re.compile(r"^must be a whole number from 1 to (\d+), got (.+)$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "must be a whole number from 1 to {0}, got {1}")),
    (re.compile(r"^each layer needs 1 to (\d+) units, got (.+)$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "each layer needs 1 to {0} units, got {1}")),
    (re.compile(r"^expected comma-separated whole numbers like 256,128, got (.+)$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "expected comma-separated whole numbers like 256,128, got {0}")),
    (re.compile(r"^expected a number like 0\.01 or 1e-3, got (.+)$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "expected a number like 0.01 or 1e-3, got {0}")),
    (re.compile(r"^must be a list of at most (\d+) layer sizes$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "must be a list of at most {0} layer sizes")),
    (re.compile(r"^unknown value (.+); allowed: (.+)$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "unknown value {0}; allowed: {1}")),
    (re.compile(r"^cross_entropy needs the softmax output; use squared_error with (.+) outputs$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "cross_entropy needs the softmax output; use squared_error with {0} outputs")),
    (re.compile(r"^must be a whole number ≥ 0, got (.+)$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "must be a whole number ≥ 0, got {0}")),
    (re.compile(r"^(\d+) is larger than the (\d+) training samples; allowed: 1 to (\d+)$"),
     QT_TRANSLATE_NOOP("ConfigErrors", "{0} is larger than the {1} training samples; allowed: 1 to {2}")),
)


def config_error_text(exc) -> str:
    """A :class:`~backprop_viz.core.errors.ConfigError` as ``field: reason``, re-worded."""
    field = getattr(exc, "field", "")
    message = str(exc)
    if field and message.startswith(field + ": "):
        message = message[len(field) + 2:]
    for pattern, template in _CONFIG_ERRORS:
        m = pattern.match(message)
        if m:
            message = translate("ConfigErrors", template).format(*m.groups())
            break
    # the translation may put the field's label in front of the config name
    return translate("ConfigErrors", "{field}: {message}").format(field=field, label=field_label(field), message=message)


_DIVERGED = re.compile(r"^training diverged at step (\d+): (.+?)\. The network keeps its last finite parameters; "
                       r"try a smaller learning rate, a different initialisation or batch norm\.?$")
_LOSS_IS = re.compile(r"^the loss is (\S+)$")


def divergence_text(message: str) -> str:
    """A :class:`~backprop_viz.core.errors.DivergenceError` message, re-worded (unknown ones unchanged)."""
    m = _DIVERGED.match(message)
    if not m:
        return message
    step, what = m.groups()
    loss = _LOSS_IS.match(what)
    if loss:
        what = translate("Divergence", "the loss is {0}").format(loss.group(1))
    elif what == "an update is NaN or infinite":
        what = translate("Divergence", "an update is NaN or infinite")
    return translate("Divergence", "training diverged at step {0}: {1}. The network keeps its last finite "
                     "parameters; try a smaller learning rate, a different initialisation or batch norm.").format(step, what)
