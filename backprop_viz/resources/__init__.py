"""Data files shipped with backprop-viz (installed as ``backprop_viz.resources``).

``mnist/`` holds the four standard MNIST IDX files, bit-exact, so that the app and
the CLI work offline on first launch. See ``ATTRIBUTION.md`` for their origin and
licence. ``i18n/`` holds the GUI's translation catalogues: the ``.ts`` sources and the
compiled ``.qm`` files the app loads (``scripts/update_translations.py`` rebuilds them).
Locate files with ``importlib.resources.files("backprop_viz.resources")``.
"""
