"""The packaging lists every subpackage (they are listed by hand because resources/ is
mapped into the package), so an installed wheel has all of the app, not only a checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")
ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "backprop_viz").rglob("__init__.py")}
    assert on_disk - listed == set()
    assert "backprop_viz.resources" in listed
    data = config["tool"]["setuptools"]["package-data"]["backprop_viz.resources"]
    assert "mnist/*.gz" in data and "i18n/*.qm" in data
