"""Test-wide setup: Qt runs offscreen (no X server needed), on a 1366×768 screen — a common
laptop's, and one of the sizes the window must fit (the offscreen default is 800×800, smaller
than any screen the app supports)."""

import json
import os
import tempfile

if "QT_QPA_PLATFORM" not in os.environ:
    _screen = os.path.join(tempfile.mkdtemp(prefix="backprop-viz-screen-"), "screen.json")
    with open(_screen, "w", encoding="utf-8") as fh:
        json.dump({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, fh)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

# Fuzz tests explore new inputs on developers' machines; CI replays a fixed sequence
# so a red build always points at a reproducible input.
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover
    pass
