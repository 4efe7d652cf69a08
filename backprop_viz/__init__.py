"""backprop-viz: watch backpropagation happen while a multilayer perceptron learns MNIST.

The package is split by responsibility: :mod:`backprop_viz.core` is the pure-NumPy
engine (network, trace, optimizers, gradient check, presets), :mod:`backprop_viz.data`
reads and prepares datasets, :mod:`backprop_viz.cli` is the headless command line and
:mod:`backprop_viz.gui` the Qt desktop app. Only ``gui`` imports Qt.
"""

__version__ = "0.1.0"
