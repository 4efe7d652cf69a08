"""The data package stays NumPy + stdlib: no Qt, no plain pickle.load, Pillow only in
``images.py`` (the one module that reads and writes image files) and tqdm only in
``download.py`` (its progress bar)."""

from __future__ import annotations

import ast
from pathlib import Path

import backprop_viz.data

PACKAGE = Path(backprop_viz.data.__file__).parent
ALLOWED_THIRD_PARTY = {"numpy", "platformdirs", "backprop_viz"}
#: the well-kept libraries a module may use beyond those, each in the one module that needs it
ALLOWED_IN = {"images.py": {"PIL"}, "download.py": {"tqdm"}}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_numpy_platformdirs_and_stdlib_and_pillow_in_one_module():
    import sys

    for path in PACKAGE.glob("*.py"):
        extra = (imported_modules(path) - set(sys.stdlib_module_names) - ALLOWED_THIRD_PARTY
                 - ALLOWED_IN.get(path.name, set()))
        assert not extra, f"{path.name} imports {extra}"


def test_small_documented_modules_and_no_unrestricted_unpickling():
    for path in PACKAGE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) < 300, path.name
        assert ast.get_docstring(ast.parse(text)), path.name
        assert "pickle.load(" not in text and "pickle.loads(" not in text, path.name
        assert "allow_pickle=True" not in text, path.name
