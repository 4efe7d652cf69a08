"""Errors the engine raises for problems a user can fix.

``ConfigError`` names the offending field and the allowed values; ``DivergenceError``
reports a NaN/Inf loss or update and guarantees that the network still holds the last
finite parameters. Both are ``ValueError`` subclasses so callers can catch them
together; the CLI and the GUI print their message, never a traceback.
"""

from __future__ import annotations


class ConfigError(ValueError):
    """An invalid hyperparameter. ``field`` names it; the message says what is allowed."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field


class TrainingError(ValueError):
    """A training run cannot go on (e.g. it diverged)."""


class DivergenceError(TrainingError):
    """The loss or an update became NaN/Inf; parameters were left at their last finite values."""

    def __init__(self, step: int, what: str):
        super().__init__(
            f"training diverged at step {step}: {what}. The network keeps its last finite "
            "parameters; try a smaller learning rate, a different initialisation or batch norm."
        )
        self.step = step
