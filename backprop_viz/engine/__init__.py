"""The training engine as the app runs it: a command loop around a run, the snapshots it
sends, and the process that hosts it. NumPy only, no Qt (the GUI talks to it through
:mod:`backprop_viz.gui.controller`)."""
