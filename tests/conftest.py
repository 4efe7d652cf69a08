"""Test-wide setup: Qt runs offscreen (no X server needed)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
