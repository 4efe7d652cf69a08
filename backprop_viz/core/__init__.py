"""The pure-NumPy backprop engine (never imports Qt)."""
