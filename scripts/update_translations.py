"""Refresh the GUI's translation catalogues: ``python scripts/update_translations.py``.

Runs Qt's ``lupdate`` over every module of ``backprop_viz/gui``, over the message
templates of ``backprop_viz/core/messages.py`` (context ``Messages``) and over the installed
pyqtgraph's context menus and export dialog (:data:`PYQTGRAPH_MODULES`) into the sources
``backprop_viz/resources/i18n/backprop_viz_<lang>.ts`` (new strings are added as unfinished, strings
gone from the code are dropped, finished translations are kept), then ``lrelease``
to compile them into the ``.qm`` files the app loads (package data of
``backprop_viz.resources``). English is the source language: its catalogue's plain
messages are filled with their source text (and left out of the ``.qm``), its plural
forms (``%n``) are written by hand like every Korean translation — in Qt Linguist
(``pyside6-linguist``) or any editor; then ``--release`` only compiles. The tools are the
ones shipped in the PySide6 package of the interpreter running this script (the
``pyside6-*`` commands on ``PATH`` only if that package has none), so it works from any
virtual environment, activated or not.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "backprop_viz" / "gui"
MESSAGES = ROOT / "backprop_viz" / "core" / "messages.py"
I18N = ROOT / "backprop_viz" / "resources" / "i18n"
LANGUAGES = {"en": "en_US", "ko": "ko_KR"}


#: pyqtgraph's modules whose texts our views show (the plots' context menus, the export dialog and
#: its exporters); pyqtgraph translates through Qt, so our catalogue carries them (issue 20)
PYQTGRAPH_MODULES = ("graphicsItems/ViewBox/ViewBoxMenu.py", "graphicsItems/ViewBox/axisCtrlTemplate_generic.py",
                     "graphicsItems/PlotItem/PlotItem.py", "graphicsItems/PlotItem/plotConfigTemplate_generic.py",
                     "GraphicsScene/GraphicsScene.py", "GraphicsScene/exportDialog.py",
                     "GraphicsScene/exportDialogTemplate_generic.py", "exporters/CSVExporter.py",
                     "exporters/ImageExporter.py", "exporters/SVGExporter.py", "exporters/PrintExporter.py")


def pyqtgraph_sources() -> list[Path]:
    """The installed pyqtgraph's modules of :data:`PYQTGRAPH_MODULES` that exist."""
    import pyqtgraph

    folder = Path(pyqtgraph.__file__).resolve().parent
    return [folder / name for name in PYQTGRAPH_MODULES if (folder / name).is_file()]


def gui_sources() -> list[Path]:
    """The Python modules lupdate reads (the GUI, the message templates and pyqtgraph's menus
    and export dialog), in a stable order."""
    return [*sorted(GUI.rglob("*.py")), MESSAGES, *pyqtgraph_sources()]


def qt_tool(name: str) -> str:
    """The path of Qt's ``lupdate`` or ``lrelease`` for this interpreter's PySide6."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    scripts = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe", scripts / f"pyside6-{name}", scripts / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"Qt's {name} is neither in {folder} nor on PATH: install PySide6 (pip install PySide6)")
    return found


def ts_path(code: str, folder: Path = I18N) -> Path:
    return folder / f"backprop_viz_{code}.ts"


def lupdate(folder: Path = I18N, languages=tuple(LANGUAGES)) -> None:
    """Extract the strings into ``folder``'s ``.ts`` files (created or merged)."""
    folder.mkdir(parents=True, exist_ok=True)
    for code in languages:
        cmd = [qt_tool("lupdate"), *map(str, gui_sources()), "-no-obsolete", "-locations", "relative",
               "-source-language", "en_US", "-target-language", LANGUAGES[code], "-ts", str(ts_path(code, folder))]
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    if "en" in languages:
        fill_source_language(ts_path("en", folder))


_UNFINISHED = re.compile(r"(<source>([^<]*)</source>(?:\s*<(extra)?comment>[^<]*</(extra)?comment>)*\s*)"
                         r"<translation type=\"unfinished\">[^<]*</translation>")


def fill_source_language(ts: Path) -> None:
    """English is the source: every plain (non-plural) message's translation is its source text."""
    text = ts.read_text(encoding="utf-8")
    ts.write_text(_UNFINISHED.sub(lambda m: f"{m.group(1)}<translation>{m.group(2)}</translation>", text),
                  encoding="utf-8")


def lrelease(folder: Path = I18N) -> None:
    """Compile every ``.ts`` of ``folder`` into its ``.qm``."""
    for code in LANGUAGES:
        ts = ts_path(code, folder)
        extra = ["-removeidentical"] if code == "en" else []   # the English .qm: plural forms only
        qm, fresh = ts.with_suffix(".qm"), ts.with_suffix(".qm.new")
        # compiled beside it, then renamed over it: a running app maps the old .qm, and a file
        # rewritten in place under it can crash it (SIGBUS); a rename leaves its copy intact
        subprocess.run([qt_tool("lrelease"), *extra, str(ts), "-qm", str(fresh)], check=True, cwd=ROOT)
        os.replace(fresh, qm)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    try:
        if not args.release:
            lupdate()
        lrelease()
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        print(f"update_translations: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
