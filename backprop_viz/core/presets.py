"""Named configurations that reproduce the course, plus a fast one.

``lecture-backprop`` and ``lecture-numerical`` are the lecture's from-scratch NumPy
setup (sigmoid everywhere, squared error, batch 1, inputs x/255·0.99+0.01, targets
0.01/0.99, weights ``randn/√(n_in/2)``). The six ``mlp…`` presets are the course's
notebook progression on 784-512-256-10 with softmax cross-entropy, batch 32, 10
epochs, inputs x/255, adding one idea at a time. ``fast`` is tuned to reach ≥ 98 %
test accuracy soonest on a CPU (measured with ``benchmarks/bench_presets.py``: 98.2 %
after its third epoch, 2.2–2.6 s with loading on two BLAS threads, 2.9–3.1 s on one).
Batch 128 with lr 0.004 ×0.5 reaches 98.0–98.2 % after three epochs for seeds 0–2, in
0.77× the time batch 64 (lr 0.002 ×0.4) took with one BLAS thread and 0.85× with two:
each step's fixed costs (Adam's passes over the parameters, the Python around the GEMMs)
are paid half as often. Batch 256 reached 97.3–98.0 % after three epochs (98 % in 1 of
24 settings and seeds tried); without the learning-rate decay 784-256-128-10 stalls near
97.8 %.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import Config
from .errors import ConfigError


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    config: Config
    course_accuracy: float | None = None   # test accuracy the course reports, in %
    course_note: str = ""


_LECTURE = Config(activation="sigmoid", output="sigmoid", loss="squared_error", init="he_normal",
                  optimizer="sgd", batch_size=1, epochs=1, input_scaling="lecture",
                  target_off=0.01, target_on=0.99)
_NOTEBOOK = Config(hidden=(512, 256), activation="sigmoid", output="softmax", loss="cross_entropy",
                   init="uniform", optimizer="momentum", lr=0.01, momentum=0.5, batch_size=32,
                   epochs=10, input_scaling="unit")


def _presets() -> dict[str, Preset]:
    p = [
        Preset("lecture-backprop", "The lecture's backprop network: 784-100-10 sigmoid, squared error, "
               "batch 1, lr 0.3, one epoch", _LECTURE.replace(hidden=(100,), lr=0.3), 94.11,
               "94.11 % test accuracy after 1 epoch in 28.9 s"),
        Preset("lecture-numerical", "The lecture's numerical-derivative network: 784-30-10, lr 0.01 "
               "(for the gradient race, not for training to the end)",
               _LECTURE.replace(hidden=(30,), lr=0.01), None,
               "numerical differentiation: 20 h 22 min for one epoch (784-8-10: 7 h 53 min)"),
        Preset("mlp", "Notebook 1: sigmoid MLP 784-512-256-10, SGD lr 0.01 momentum 0.5", _NOTEBOOK, 90.3),
        Preset("mlp-dropout", "Notebook 2: + dropout 0.5", _NOTEBOOK.replace(dropout=0.5), 86.5),
        Preset("mlp-dropout-relu", "Notebook 3: + ReLU", _NOTEBOOK.replace(dropout=0.5, activation="relu"), 97.4),
        Preset("mlp-dropout-relu-bn", "Notebook 4: + batch norm",
               _NOTEBOOK.replace(dropout=0.5, activation="relu", batch_norm=True), 97.9),
        Preset("mlp-dropout-relu-bn-he", "Notebook 5: + He (Kaiming uniform) initialisation",
               _NOTEBOOK.replace(dropout=0.5, activation="relu", batch_norm=True, init="he_uniform"), 97.3),
        Preset("mlp-dropout-relu-bn-he-adam", "Notebook 6: + Adam lr 0.01",
               _NOTEBOOK.replace(dropout=0.5, activation="relu", batch_norm=True, init="he_uniform",
                                 optimizer="adam", lr=0.01), 98.0),
        Preset("fast", "Reaches ≥ 98 % test accuracy soonest on two cores: 784-256-128-10 ReLU, Adam "
               "lr 0.004 decayed ×0.5 per epoch, batch 128, 3 epochs",
               Config(hidden=(256, 128), activation="relu", init="he_normal", optimizer="adam",
                      lr=0.004, lr_decay=0.5, batch_size=128, epochs=3)),
    ]
    return {preset.name: preset for preset in p}


PRESETS: dict[str, Preset] = _presets()

#: the six notebook steps in the course's order
NOTEBOOK_PRESETS = tuple(name for name in PRESETS if name.startswith("mlp"))


def get_preset(name: str) -> Preset:
    """The preset called ``name``; unknown names raise :class:`ConfigError` listing the known ones."""
    try:
        return PRESETS[name]
    except KeyError:
        raise ConfigError("preset", "config.preset.unknown", repr(name), ", ".join(PRESETS)) from None
