"""The headless command line: ``backprop-viz train|gradcheck|presets|data``."""
