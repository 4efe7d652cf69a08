"""Hyperparameter options shared by the subcommands, and the Config they build.

``--preset NAME`` picks a starting configuration; every other option overrides one
field of it. Values are validated by :class:`~backprop_viz.core.config.Config`, so a
bad value gives the same one-line message as in the API and the GUI, and a network that
would not fit in the memory available is refused before anything is built
(:func:`~backprop_viz.core.memory.check_memory`). :func:`capped_threads` keeps
``--threads`` within the cores this process may use, with a note on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys

from backprop_viz.core.config import (DTYPES, HIDDEN_ACTIVATIONS, INITS, LOSSES, OPTIMIZERS,
                                      OUTPUT_ACTIVATIONS, SCALINGS, Config, parse_hidden)
from backprop_viz.core.errors import ConfigError
from backprop_viz.core.memory import check_memory
from backprop_viz.core.presets import get_preset


def add_config_arguments(p: argparse.ArgumentParser, default_preset: str = "fast") -> None:
    g = p.add_argument_group("network and training (each overrides the preset)")
    g.add_argument("--preset", default=default_preset, help=f"named configuration (default {default_preset}); "
                   "see `backprop-viz presets`")
    g.add_argument("--hidden", metavar="SIZES", help="hidden layer sizes, e.g. 256,128")
    g.add_argument("--activation", metavar="NAME", help=f"hidden activation: {', '.join(HIDDEN_ACTIVATIONS)}")
    g.add_argument("--output", metavar="NAME", help=f"output activation: {', '.join(OUTPUT_ACTIVATIONS)}")
    g.add_argument("--loss", metavar="NAME", help=f"loss: {', '.join(LOSSES)}")
    g.add_argument("--init", metavar="NAME", help=f"initialisation: {', '.join(INITS)}")
    g.add_argument("--optimizer", metavar="NAME", help=f"optimizer: {', '.join(OPTIMIZERS)}")
    g.add_argument("--lr", type=float, help="learning rate")
    g.add_argument("--lr-decay", type=float, help="multiply the learning rate by this after every epoch (0, 1]")
    g.add_argument("--momentum", type=float, help="momentum (optimizer momentum)")
    g.add_argument("--weight-decay", type=float, help="L2 weight decay")
    g.add_argument("--dropout", type=float, help="dropout probability in [0, 1)")
    g.add_argument("--batch-norm", action=argparse.BooleanOptionalAction, default=None, help="batch normalisation")
    g.add_argument("--batch", type=int, dest="batch_size", help="minibatch size")
    g.add_argument("--epochs", type=int, help="number of epochs")
    g.add_argument("--seed", type=int, help="random seed")
    g.add_argument("--dtype", metavar="NAME", help=f"float type: {', '.join(DTYPES)}")
    g.add_argument("--scaling", dest="input_scaling", metavar="NAME", help=f"input scaling: {', '.join(SCALINGS)}")
    g.add_argument("--validation", type=int, help="carve this many validation samples from the training set "
                   "(e.g. 5000 for 55,000/5,000/10,000)")


_FIELDS = ("activation", "output", "loss", "init", "optimizer", "lr", "lr_decay", "momentum", "weight_decay", "dropout",
           "batch_norm", "batch_size", "epochs", "seed", "dtype", "input_scaling", "validation")


def config_from_args(args) -> Config:
    """The preset named by ``--preset`` with every given option applied (validated)."""
    changes = {name: getattr(args, name) for name in _FIELDS if getattr(args, name, None) is not None}
    if getattr(args, "hidden", None) is not None:
        changes["hidden"] = parse_hidden(args.hidden)
    config = get_preset(args.preset).config.replace(**changes)
    check_memory(config)
    return config


def available_cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):
        return max(os.cpu_count() or 1, 1)


def capped_threads(requested: int | None, stream=None) -> int | None:
    """``--threads`` checked (≥ 1) and capped at the cores available, saying so on ``stream``
    (more BLAS threads than cores only make them wait for each other)."""
    if requested is None:
        return None
    if requested < 1:
        raise ConfigError("threads", f"must be a whole number ≥ 1, got {requested}")
    cores = available_cores()
    if requested > cores:
        print(f"note: --threads {requested} is more than the {cores} core(s) available; using {cores}",
              file=stream or sys.stderr)
        return cores
    return requested
