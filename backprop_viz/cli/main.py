"""Entry point of the ``backprop-viz`` command.

With no subcommand it launches the desktop app; otherwise it dispatches to one of the
headless subcommands, each defined in its own module of this package by a
``register(subparsers)`` function that adds an ``argparse`` subparser whose
``func(args) -> int`` runs it. Errors the user can fix (bad hyperparameters, bad data
files) are printed as one clear line on stderr with exit code 2, never a traceback; so is
running out of memory, and file names the locale cannot encode are printed with
replacement characters.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Subcommand modules, in the order `--help` lists them.
_COMMAND_MODULES = (
    "backprop_viz.cli.train_cmd",
    "backprop_viz.cli.gradcheck_cmd",
    "backprop_viz.cli.evaluate_cmd",
    "backprop_viz.cli.predict_cmd",
    "backprop_viz.cli.presets_cmd",
    "backprop_viz.cli.data_cmd",
    "backprop_viz.cli.lessons_cmd",
    "backprop_viz.cli.desktop_cmd",
)


class UserError(Exception):
    """An error caused by the user's input; printed without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    from backprop_viz import __version__

    parser = argparse.ArgumentParser(
        prog="backprop-viz",
        description="Watch backpropagation happen while an MLP learns MNIST. "
        "Without a subcommand, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"backprop-viz {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a subcommand not built yet
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def _user_error_types() -> tuple[type[BaseException], ...]:
    types: list[type[BaseException]] = [UserError]
    for module_name, attr in (("backprop_viz.core.config", "ConfigError"),
                              ("backprop_viz.core.modelfile", "ModelFileError"),
                              ("backprop_viz.core.errors", "TrainingError"),
                              ("backprop_viz.data", "DataError")):
        try:
            types.append(getattr(importlib.import_module(module_name), attr))
        except (ImportError, AttributeError):
            pass
    return tuple(types)


def _tolerant_output() -> None:
    """File names that are not valid in the locale's encoding (bytes a UTF-8 locale cannot
    decode) are printed with a replacement character instead of ending in an error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):   # pragma: no cover - a detached stream
                pass


def main(argv: list[str] | None = None) -> int:
    _tolerant_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from backprop_viz.gui.app import run_app

        return run_app()
    try:
        return int(args.func(args) or 0)
    except _user_error_types() as exc:
        print(f"backprop-viz {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except MemoryError:
        print(f"backprop-viz {args.command}: error: not enough memory for this (try a smaller network, "
              "batch or dataset)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
