"""The hyperparameter panel's fields: one widget per setting, filled from a Config and read back.

:func:`make_fields` builds the form's widgets, keyed by the name of the setting they
edit (``preset``, the :class:`~backprop_viz.core.config.Config` fields, ``dataset``);
boxes hold configuration values as item data and show words the panel translates.
:func:`show_config` puts a configuration into them, :func:`read_values` reads every
field back — a number field that holds no number reads as :class:`Unparsed`, for the
panel's check to report, and :func:`differing_fields` names the fields that differ from a
configuration. No validation happens here: that is the panel's (through ``Config``, as
the API and CLI check).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

from backprop_viz.core.config import HIDDEN_ACTIVATIONS, INITS, OPTIMIZERS, SCALINGS, Config, parse_hidden
from backprop_viz.core.errors import ConfigError
from backprop_viz.core.presets import PRESETS

from .hyperparam_texts import OUTPUTS, SPLITS

CUSTOM = "__custom__"


class Unparsed(str):
    """Text typed into a number field that is not a number."""


def combo(values) -> QComboBox:
    """A box showing words (set by the panel's ``retranslate``) and holding config values as item data."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    for value in values:
        box.addItem(str(value), value)
    return box


def spin(box, low, high, step=None, decimals=None):
    """``box`` (a spin box) with its range, and optionally its step and decimals."""
    box.setRange(low, high)
    if step is not None:
        box.setSingleStep(step)
    if decimals is not None:
        box.setDecimals(decimals)
    return box


def decay_box() -> QDoubleSpinBox:
    """The learning-rate schedule: the factor lr is multiplied by after every epoch (×1 = constant)."""
    box = spin(QDoubleSpinBox(), 0.001, 1.0, 0.05, 3)
    box.setPrefix("×")
    return box


def make_fields() -> dict:
    """The form's widgets in form order, keyed by the setting they edit."""
    return {"preset": combo([CUSTOM, *PRESETS]), "hidden": QLineEdit(), "activation": combo(HIDDEN_ACTIVATIONS),
            "output": combo(OUTPUTS), "init": combo(INITS), "batch_norm": QCheckBox(),
            "dropout": spin(QDoubleSpinBox(), 0.0, 0.95, 0.1), "optimizer": combo(OPTIMIZERS), "lr": QLineEdit(),
            "lr_decay": decay_box(), "momentum": spin(QDoubleSpinBox(), 0.0, 0.999, 0.05, 3),
            "weight_decay": QLineEdit(),
            "batch_size": spin(QSpinBox(), 1, 60000), "epochs": spin(QSpinBox(), 1, 1000),
            "seed": spin(QSpinBox(), 0, 2**31 - 1), "input_scaling": combo(SCALINGS), "dataset": combo([]),
            "validation": combo(SPLITS)}


def show_config(f: dict, config: Config, preset: str | None = None, keep=()) -> None:
    """Put ``config`` (and the preset it came from, if any) into the fields ``f``, except the
    fields named in ``keep`` (the user's pending edits)."""
    key = f"{config.output}|{config.loss}"
    if f["output"].findData(key) < 0:   # a combination the box does not offer: add it as it is
        f["output"].addItem(f"{config.output} + {config.loss.replace('_', ' ')}", key)
    pick = lambda name, value: f[name].setCurrentIndex(max(f[name].findData(value), 0))
    setters = {
        "preset": lambda: pick("preset", preset if preset in PRESETS else CUSTOM),
        "hidden": lambda: f["hidden"].setText(",".join(map(str, config.hidden))),
        "activation": lambda: pick("activation", config.activation), "output": lambda: pick("output", key),
        "init": lambda: pick("init", config.init), "batch_norm": lambda: f["batch_norm"].setChecked(config.batch_norm),
        "dropout": lambda: f["dropout"].setValue(config.dropout),
        "optimizer": lambda: pick("optimizer", config.optimizer), "lr": lambda: f["lr"].setText(f"{config.lr:g}"),
        "lr_decay": lambda: f["lr_decay"].setValue(config.lr_decay),
        "momentum": lambda: f["momentum"].setValue(config.momentum),
        "weight_decay": lambda: f["weight_decay"].setText(f"{config.weight_decay:g}"),
        "batch_size": lambda: f["batch_size"].setValue(config.batch_size),
        "epochs": lambda: f["epochs"].setValue(config.epochs), "seed": lambda: f["seed"].setValue(config.seed),
        "input_scaling": lambda: pick("input_scaling", config.input_scaling),
        "validation": lambda: pick("validation", config.validation),
    }
    for name, put in setters.items():
        if name not in keep:
            put()


def read_values(f: dict) -> dict:
    """Every Config field's value as the fields ``f`` hold it (numbers may be :class:`Unparsed`)."""
    def number(edit):
        try:
            return float(edit.text())
        except ValueError:
            return Unparsed(edit.text())

    output, loss = f["output"].currentData().split("|")
    return dict(
        hidden=f["hidden"].text(), activation=f["activation"].currentData(), output=output, loss=loss,
        init=f["init"].currentData(), batch_norm=f["batch_norm"].isChecked(),
        dropout=round(f["dropout"].value(), 4), optimizer=f["optimizer"].currentData(), lr=number(f["lr"]),
        lr_decay=round(f["lr_decay"].value(), 4), momentum=round(f["momentum"].value(), 4),
        weight_decay=number(f["weight_decay"]),
        batch_size=f["batch_size"].value(), epochs=f["epochs"].value(), seed=f["seed"].value(),
        input_scaling=f["input_scaling"].currentData(), validation=f["validation"].currentData() or 0)


def differing_fields(f: dict, config: Config) -> set[str]:
    """The names of the fields ``f`` whose value is not ``config``'s (text that is no valid value
    differs from every configuration)."""
    values = read_values(f)
    try:
        values["hidden"] = parse_hidden(values["hidden"])
    except ConfigError:
        pass
    differ = {name for name, value in values.items()
              if name in ("output", "loss") or value != getattr(config, name)}
    if (values["output"], values["loss"]) == (config.output, config.loss):
        differ -= {"output", "loss"}
    return (differ - {"loss"}) | ({"output"} if "loss" in differ else set())
