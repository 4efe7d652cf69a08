"""The hyperparameters of a run, validated in one place.

:class:`Config` is an immutable description of the network (layer sizes, activation,
output/loss, initialisation, batch norm, dropout), the optimizer (SGD, momentum, Adam,
learning rate, weight decay) and the training schedule (batch size, epochs, learning-rate
decay per epoch, seed, input scaling, target values). ``Config(...)`` and
:meth:`Config.replace` validate every field and raise :class:`ConfigError` naming the
field and the allowed values as a coded message (:mod:`.messages`), so the API, the CLI
and the GUI refuse bad input with the same message, each in its user's language.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

import numpy as np

from .activations import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS
from .errors import ConfigError

LOSSES = ("cross_entropy", "squared_error")
INITS = ("normal", "uniform", "xavier_normal", "xavier_uniform", "he_normal", "he_uniform")
OPTIMIZERS = ("sgd", "momentum", "adam")
SCALINGS = ("unit", "lecture", "standard")
DTYPES = ("float32", "float64")
CAPTURES = ("full", "stats", "off")


def _plain(value):
    """A NumPy number or bool as the equivalent Python scalar; anything else unchanged."""
    if isinstance(value, (np.integer, np.floating, np.bool_)):
        return value.item()
    return value


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True)
class Config:
    """Everything that defines a training run. All fields are validated on creation."""

    hidden: tuple[int, ...] = (256, 128)
    n_inputs: int = 784
    n_outputs: int = 10
    activation: str = "relu"
    output: str = "softmax"
    loss: str = "cross_entropy"
    init: str = "he_normal"
    init_scale: float | None = None
    batch_norm: bool = False
    dropout: float = 0.0
    optimizer: str = "adam"
    lr: float = 0.001
    lr_decay: float = 1.0    # the learning rate is multiplied by this after every epoch
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    weight_decay: float = 0.0
    batch_size: int = 64
    epochs: int = 1
    seed: int = 0
    dtype: str = "float32"
    input_scaling: str = "unit"
    target_off: float = 0.0
    target_on: float = 1.0
    validation: int = 0
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        hidden = self.hidden
        if isinstance(hidden, str) or not hasattr(hidden, "__iter__"):
            raise ConfigError("hidden", "config.hidden.not_a_list", repr(hidden))
        # NumPy scalars (np.int64 from an array, np.float32 ...) become plain Python numbers,
        # so they validate like them and the config stays JSON-serialisable
        object.__setattr__(self, "hidden", tuple(_plain(size) for size in hidden))
        for f in dataclasses.fields(self):
            if f.name not in ("hidden", "extra"):
                object.__setattr__(self, f.name, _plain(getattr(self, f.name)))
        validate(self)

    @property
    def sizes(self) -> tuple[int, ...]:
        """Layer sizes including input and output, e.g. ``(784, 100, 10)``."""
        return (self.n_inputs, *self.hidden, self.n_outputs)

    @property
    def architecture(self) -> str:
        return "-".join(str(s) for s in self.sizes)

    def replace(self, **changes) -> "Config":
        """A copy with ``changes`` applied; unknown names raise :class:`ConfigError`."""
        names = {f.name for f in dataclasses.fields(self)}
        for key in changes:
            if key not in names:
                raise ConfigError(key, "config.unknown_setting", ", ".join(sorted(names - {"extra"})))
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d.pop("extra")
        d["hidden"] = list(self.hidden)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Config":
        return cls().replace(**{k: (tuple(v) if k == "hidden" else v) for k, v in d.items()})


def parse_hidden(text: str) -> tuple[int, ...]:
    """Parse ``"256,128"`` (or ``""`` for no hidden layer) into layer sizes."""
    text = text.strip()
    if not text:
        return ()
    try:
        return tuple(int(part) for part in text.replace(" ", "").split(","))
    except ValueError:
        raise ConfigError("hidden", "config.hidden.not_numbers", repr(text)) from None


def _choice(name: str, value, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ConfigError(name, "config.choice.unknown", repr(value), ", ".join(allowed))


def _positive_int(name: str, value, maximum: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= maximum:
        raise ConfigError(name, "config.int.range", maximum, repr(value))


def _in_range(name: str, value, low: float, high: float, *, low_open=False, high_open=False) -> None:
    ok = _is_number(value) and (value > low if low_open else value >= low) and (
        value < high if high_open else value <= high)
    if not ok:
        lo, hi = ("(" if low_open else "["), (")" if high_open else "]")
        raise ConfigError(name, "config.number.range", f"{lo}{low:g}, {high:g}{hi}", repr(value))


def validate(c: Config) -> None:
    """Raise :class:`ConfigError` for the first invalid field of ``c``."""
    if not isinstance(c.hidden, tuple) or len(c.hidden) > 16:
        raise ConfigError("hidden", "config.hidden.too_many", 16)
    for size in c.hidden:
        if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= 8192:
            raise ConfigError("hidden", "config.hidden.layer_size", 8192, repr(size))
    _positive_int("n_inputs", c.n_inputs, 1 << 20)
    _positive_int("n_outputs", c.n_outputs, 10_000)
    _choice("activation", c.activation, HIDDEN_ACTIVATIONS)
    _choice("output", c.output, OUTPUT_ACTIVATIONS)
    _choice("loss", c.loss, LOSSES)
    if c.loss == "cross_entropy" and c.output != "softmax":
        raise ConfigError("loss", "config.loss.needs_softmax", repr(c.output))
    _choice("init", c.init, INITS)
    if c.init_scale is not None:
        _in_range("init_scale", c.init_scale, 0, 100, low_open=True)
    if not isinstance(c.batch_norm, bool):
        raise ConfigError("batch_norm", "config.bool", repr(c.batch_norm))
    _in_range("dropout", c.dropout, 0, 1, high_open=True)
    _choice("optimizer", c.optimizer, OPTIMIZERS)
    _in_range("lr", c.lr, 0, 100, low_open=True)
    _in_range("lr_decay", c.lr_decay, 0, 1, low_open=True)
    _in_range("momentum", c.momentum, 0, 1, high_open=True)
    _in_range("beta1", c.beta1, 0, 1, high_open=True)
    _in_range("beta2", c.beta2, 0, 1, high_open=True)
    _in_range("eps", c.eps, 0, 1, low_open=True)
    _in_range("weight_decay", c.weight_decay, 0, 1)
    _positive_int("batch_size", c.batch_size, 1 << 20)
    if c.batch_norm and c.batch_size == 1:
        # every gradient below a batch-norm layer would be exactly 0 (x_hat of one sample is 0)
        raise ConfigError("batch_size", "config.batch_norm.batch_one")
    _positive_int("epochs", c.epochs, 100_000)
    if not isinstance(c.seed, int) or isinstance(c.seed, bool) or not 0 <= c.seed < 2**63:
        raise ConfigError("seed", "config.int.non_negative", repr(c.seed))
    _choice("dtype", c.dtype, DTYPES)
    _choice("input_scaling", c.input_scaling, SCALINGS)
    _in_range("target_off", c.target_off, -1, 1)
    _in_range("target_on", c.target_on, -1, 2)
    if c.target_on <= c.target_off:
        raise ConfigError("target_on", "config.target_on.too_small", f"{c.target_off:g}", f"{c.target_on:g}")
    if not isinstance(c.validation, int) or isinstance(c.validation, bool) or c.validation < 0:
        raise ConfigError("validation", "config.validation.negative", repr(c.validation))


def check_batch_size(c: Config, n_train: int) -> None:
    """Refuse a batch larger than the training set (known only once data is loaded)."""
    if c.batch_size > n_train:
        raise ConfigError("batch_size", "config.batch_size.too_large", c.batch_size, n_train, n_train)
