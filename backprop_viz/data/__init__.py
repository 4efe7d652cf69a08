"""Datasets: readers for every MNIST format, the bundled copy, splits (pure NumPy)."""
