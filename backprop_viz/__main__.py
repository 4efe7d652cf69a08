"""``python -m backprop_viz``: the same as the ``backprop-viz`` command (the app without
arguments, a subcommand with them)."""

import sys

from backprop_viz.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
