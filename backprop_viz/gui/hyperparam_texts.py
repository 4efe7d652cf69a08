"""The words of the hyperparameter panel: what each box offers and what each field does.

The boxes hold configuration values (``"relu"``, ``"he_normal"``, ``5000``…) as item data
and show the words below, translated by :meth:`HyperparamPanel.retranslate
<backprop_viz.gui.hyperparams.HyperparamPanel.retranslate>`; values without an entry
(preset names, ``tanh``) are shown as they are. Every field's tooltip says what it does
and what a sensible value is. :func:`pending_text` words the banner over the panel: what
differs from the running network, and what waits for *Apply and reset*.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from backprop_viz.gui.texts import field_label

translate = QCoreApplication.translate

#: output / loss box: "output|loss" keys, in order
OUTPUTS = ("softmax|cross_entropy", "sigmoid|squared_error", "softmax|squared_error", "identity|squared_error")
#: split box: the number of training samples carved out for validation
SPLITS = (0, 5000)

CHOICES = {
    "__custom__": QT_TRANSLATE_NOOP("HyperparamPanel", "(custom)"),
    "sigmoid": QT_TRANSLATE_NOOP("HyperparamPanel", "sigmoid"),
    "relu": QT_TRANSLATE_NOOP("HyperparamPanel", "relu"),
    "leaky_relu": QT_TRANSLATE_NOOP("HyperparamPanel", "leaky_relu"),
    "identity": QT_TRANSLATE_NOOP("HyperparamPanel", "identity"),
    "softmax|cross_entropy": QT_TRANSLATE_NOOP("HyperparamPanel", "softmax + cross-entropy"),
    "sigmoid|squared_error": QT_TRANSLATE_NOOP("HyperparamPanel", "sigmoid + squared error"),
    "softmax|squared_error": QT_TRANSLATE_NOOP("HyperparamPanel", "softmax + squared error"),
    "identity|squared_error": QT_TRANSLATE_NOOP("HyperparamPanel", "identity + squared error"),
    "normal": QT_TRANSLATE_NOOP("HyperparamPanel", "normal"),
    "uniform": QT_TRANSLATE_NOOP("HyperparamPanel", "uniform"),
    "xavier_normal": QT_TRANSLATE_NOOP("HyperparamPanel", "xavier_normal"),
    "xavier_uniform": QT_TRANSLATE_NOOP("HyperparamPanel", "xavier_uniform"),
    "he_normal": QT_TRANSLATE_NOOP("HyperparamPanel", "he_normal"),
    "he_uniform": QT_TRANSLATE_NOOP("HyperparamPanel", "he_uniform"),
    "sgd": QT_TRANSLATE_NOOP("HyperparamPanel", "sgd"),
    "momentum": QT_TRANSLATE_NOOP("HyperparamPanel", "momentum"),
    "adam": QT_TRANSLATE_NOOP("HyperparamPanel", "adam"),
    "unit": QT_TRANSLATE_NOOP("HyperparamPanel", "unit"),
    "lecture": QT_TRANSLATE_NOOP("HyperparamPanel", "lecture"),
    "standard": QT_TRANSLATE_NOOP("HyperparamPanel", "standard"),
    0: QT_TRANSLATE_NOOP("HyperparamPanel", "60,000 train / 10,000 test"),
    5000: QT_TRANSLATE_NOOP("HyperparamPanel", "55,000 train / 5,000 validation / 10,000 test"),
}

TOOLTIPS = {
    "preset": QT_TRANSLATE_NOOP("HyperparamPanel", "Load one of the course's configurations. 'lecture-backprop' is "
                                "the lecture's 784-100-10 sigmoid network; 'fast' reaches 98 % in seconds."),
    "hidden": QT_TRANSLATE_NOOP("HyperparamPanel", "Hidden layer sizes, comma-separated, e.g. 100 or 256,128. "
                                "Sensible: 30 to 1024 units per layer."),
    "activation": QT_TRANSLATE_NOOP("HyperparamPanel", "Activation f of the hidden layers. ReLU trains fastest; "
                                    "sigmoid is the lecture's and saturates."),
    "output": QT_TRANSLATE_NOOP("HyperparamPanel", "Output activation and loss. Softmax + cross-entropy gives "
                                "delta_L = a − t; sigmoid + squared error is the lecture's setup."),
    "init": QT_TRANSLATE_NOOP("HyperparamPanel", "Initial weights. He for ReLU, Xavier for sigmoid/tanh."),
    "batch_norm": QT_TRANSLATE_NOOP("HyperparamPanel", "Normalise z over the minibatch before the activation "
                                    "(Linear → BN → f). Helps deep ReLU networks; needs batches of 2 or more."),
    "dropout": QT_TRANSLATE_NOOP("HyperparamPanel", "Probability of dropping a hidden unit while training "
                                 "(0 = off, 0.5 is common)."),
    "optimizer": QT_TRANSLATE_NOOP("HyperparamPanel", "Update rule: sgd W −= lr·dW; momentum; adam (adaptive). "
                                   "Applies from the next step."),
    "lr": QT_TRANSLATE_NOOP("HyperparamPanel", "Learning rate: step size of each update. SGD: 0.01–0.5; Adam: "
                            "0.0005–0.01. Applies from the next step."),
    "lr_decay": QT_TRANSLATE_NOOP("HyperparamPanel", "Learning-rate schedule: after every epoch lr is multiplied by "
                                  "this (×0.4: epoch e trains with lr·0.4^e; ×1 keeps lr constant). Applies from the "
                                  "next epoch."),
    "momentum": QT_TRANSLATE_NOOP("HyperparamPanel", "Momentum μ for the momentum optimizer (0.5–0.9). Applies from "
                                  "the next step."),
    "weight_decay": QT_TRANSLATE_NOOP("HyperparamPanel", "L2 weight decay added to dW as wd·W (0 = off, 1e-4 is "
                                      "typical)."),
    "batch_size": QT_TRANSLATE_NOOP("HyperparamPanel", "Samples per minibatch. 1 is the lecture's; 32–128 is "
                                    "usual."),
    "epochs": QT_TRANSLATE_NOOP("HyperparamPanel", "How many epochs Play trains before pausing (1–10)."),
    "seed": QT_TRANSLATE_NOOP("HyperparamPanel", "Random seed: the same seed gives the same initial weights and "
                              "minibatch order."),
    "input_scaling": QT_TRANSLATE_NOOP("HyperparamPanel", "Input scaling: unit = x/255, lecture = x/255·0.99+0.01, "
                                       "standard = zero mean, unit variance."),
    "dataset": QT_TRANSLATE_NOOP("HyperparamPanel", "The dataset to train on: the bundled MNIST, Fashion-MNIST when "
                                 "installed, and datasets you imported (CSV, IDX, npz, pkl.gz, PNG folders)."),
    "validation": QT_TRANSLATE_NOOP("HyperparamPanel", "Evaluate on the test set, or carve a validation set from the "
                                    "training set."),
}


def value_text(name: str, value) -> str:
    """A setting's value as the panel's fields show it."""
    if name == "hidden":
        return ",".join(map(str, value)) or "—"
    if isinstance(value, bool):
        return translate("HyperparamPanel", "on") if value else translate("HyperparamPanel", "off")
    if name == "lr_decay":
        return f"×{value:g}"
    if isinstance(value, float):
        return f"{value:g}"
    if value in CHOICES and name not in ("batch_size", "epochs", "seed"):
        return translate("HyperparamPanel", CHOICES[value])
    return str(value)


def change_text(name: str, running, pending) -> str:
    """``learning rate 0.002 → 0.5``."""
    return f"{field_label(name)} {value_text(name, running)} → {value_text(name, pending)}"


def pending_text(preset: str | None, structural: list[str], waiting: list[str], others: int = 0) -> str:
    """The banner: ``structural`` and ``waiting`` name the fields that need a reset and the live
    ones held back with them; ``others``: how many settings without a field change too."""
    if not structural and not waiting and not others:
        return translate("HyperparamPanel", "Showing the running network. Learning rate, decay, momentum, weight "
                         "decay, optimizer and epochs apply at once; other fields wait for Apply and reset.")
    lines = []
    if preset:
        lines.append(translate("HyperparamPanel", "Preset {0} chosen, not applied yet.").format(preset))
    names = ", ".join(map(field_label, structural))
    if others:
        names = ", ".join(filter(None, [names, translate("HyperparamPanel", "{0} more of the preset's settings")
                                        .format(others)]))
    if names:
        lines.append(translate("HyperparamPanel", "Needs a reset: {0}.").format(names))
    if waiting:
        lines.append(translate("HyperparamPanel", "Waits for Apply with them (not applied live): {0}.").format(
            ", ".join(map(field_label, waiting))))
    lines.append(translate("HyperparamPanel", "● marks each change; press Apply and reset or Discard."))
    return "\n".join(lines)


def details_text(changes: list[str]) -> str:
    """The banner's tooltip: every pending change, running value → edited value."""
    return translate("HyperparamPanel", "Running network → your edits:") + "\n" + "\n".join(changes)


def running_tip(name: str, running) -> str:
    """The tooltip of a marked field: the running network's value."""
    return translate("HyperparamPanel", "Running network: {0}. This edit waits for Apply and reset.").format(
        value_text(name, running))
