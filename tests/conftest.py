"""Test-wide setup: Qt runs offscreen (no X server needed)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fuzz tests explore new inputs on developers' machines; CI replays a fixed sequence
# so a red build always points at a reproducible input.
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover
    pass
