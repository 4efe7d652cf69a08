"""Display texts shared by several widgets, in the current language.

Durations with translated units (the GUI's twin of
:func:`backprop_viz.core.gradcheck.format_duration`), the names of the data splits,
losses, worker states and training phases, the hyperparameter fields' labels, probe sources
(kept as language-neutral ids such as ``"test sample #3"`` in snapshots and turned
into words only when shown, so a language switch re-words them too), and configuration
and divergence errors, worded from their message codes by :mod:`.engine_texts`.
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
    # settings without a control of their own, named in error messages
    "n_inputs": QT_TRANSLATE_NOOP("Fields", "inputs"), "n_outputs": QT_TRANSLATE_NOOP("Fields", "outputs"),
    "init_scale": QT_TRANSLATE_NOOP("Fields", "initial weight scale"),
    "lr_decay": QT_TRANSLATE_NOOP("Fields", "learning-rate decay"),
    "beta1": QT_TRANSLATE_NOOP("Fields", "Adam first-moment decay"),
    "beta2": QT_TRANSLATE_NOOP("Fields", "Adam second-moment decay"),
    "eps": QT_TRANSLATE_NOOP("Fields", "Adam epsilon"), "dtype": QT_TRANSLATE_NOOP("Fields", "precision"),
    "target_off": QT_TRANSLATE_NOOP("Fields", "one-hot target for the other classes"),
    "target_on": QT_TRANSLATE_NOOP("Fields", "one-hot target for the label"),
    "capture": QT_TRANSLATE_NOOP("Fields", "trace capture"),
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


def config_error_text(exc) -> str:
    """A :class:`~backprop_viz.core.errors.ConfigError` as ``field: reason``, worded from its code."""
    from backprop_viz.core.messages import message_of
    from backprop_viz.gui.engine_texts import message_text   # (it words fields with the labels above)

    return message_text(message_of(exc))


def divergence_text(message) -> str:
    """A :class:`~backprop_viz.core.errors.DivergenceError`'s message, worded from its code
    (a text, e.g. one worded already, is shown as it is)."""
    from backprop_viz.gui.engine_texts import message_text

    return message_text(message)
