"""The packaging ships the whole app: every subpackage is found, the bundled data and the
compiled translations are package data, and the licence file is named."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")
ROOT = Path(__file__).resolve().parents[1]


def config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_subpackage_is_found():
    from setuptools import find_packages

    include = config()["tool"]["setuptools"]["packages"]["find"]["include"]
    found = set(find_packages(str(ROOT), include=include))
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "backprop_viz").rglob("__init__.py")}
    assert on_disk - found == set()
    assert "backprop_viz.resources" in found and not any(p.startswith("tests") for p in found)


def test_bundled_data_and_translations_are_package_data():
    patterns = config()["tool"]["setuptools"]["package-data"]["backprop_viz.resources"]
    folder = ROOT / "backprop_viz" / "resources"
    needed = [p.relative_to(folder).as_posix() for p in folder.rglob("*")
              if p.is_file() and p.suffix in {".gz", ".qm", ".md"} or p.name == "SHA256SUMS"]
    assert len(needed) >= 4 + 2   # four MNIST files, two catalogues
    missing = [n for n in needed if not any(fnmatch(n, pattern) for pattern in patterns)]
    assert missing == []


def test_the_licence_file_exists_and_is_named():
    project = config()["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
