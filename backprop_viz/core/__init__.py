"""The pure-NumPy backprop engine (never imports Qt).

Build a network from a :class:`Config` (or a preset), train it step by step with a
:class:`Trainer` or a whole :class:`Run`, and read every layer's ``z``, ``a``,
``delta``, ``dW`` and ``db`` from the :class:`StepTrace`::

    from backprop_viz.core import Config, Network, Trainer, make_optimizer
    config = Config(hidden=(100,), activation="sigmoid", output="sigmoid", loss="squared_error")
    net = Network.from_config(config)
    trainer = Trainer(net, make_optimizer(config, net.param_triples()), capture="full")
    trainer.forward(x, t); trainer.backward(); trainer.update()
    trainer.trace.layers[0].dW        # a_0.T @ delta_1, shape (784, 100)

The gradient as a testable prediction — :func:`loss_slice`, :func:`input_gradient`,
:func:`sample_contributions`, :func:`gradient_agreement`, :func:`weight_edit_effect` — lives
in :mod:`backprop_viz.core.analyses`.
"""

from .analyses import gradient_agreement, input_gradient, loss_slice, sample_contributions, weight_edit_effect
from .config import Config, parse_hidden
from .errors import ConfigError, DivergenceError, TrainingError
from .gradcheck import GradCheckResult, RaceResult, gradient_check, numerical_gradient, race
from .network import Network
from .optimizers import Adam, Momentum, Optimizer, make_optimizer
from .presets import NOTEBOOK_PRESETS, PRESETS, Preset, get_preset
from .run import EpochRecord, History, Run
from .training_data import TrainingData
from .trace import LayerTrace, StepTrace
from .trainer import PhaseError, Trainer

__all__ = [
    "Adam", "Config", "ConfigError", "DivergenceError", "EpochRecord", "GradCheckResult", "History",
    "LayerTrace", "Momentum", "NOTEBOOK_PRESETS", "Network", "Optimizer", "PRESETS", "PhaseError",
    "Preset", "RaceResult", "Run", "StepTrace", "Trainer", "TrainingData", "TrainingError",
    "get_preset", "gradient_agreement", "gradient_check", "input_gradient", "loss_slice", "make_optimizer",
    "numerical_gradient", "parse_hidden", "race", "sample_contributions", "weight_edit_effect",
]
