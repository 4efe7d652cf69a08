"""``backprop-viz install-desktop``: a menu entry and icon for the app on a Linux desktop.

Writes ``backprop-viz.desktop`` (Freedesktop desktop entry: name, comment in English and
Korean, the command that starts the app, the icon, the Education/Science categories) to
``$XDG_DATA_HOME/applications`` (``~/.local/share/applications``) and the icon in every
shipped size to ``icons/hicolor/<size>/apps`` beside it, then refreshes the desktop's
caches when their tools are installed. ``--uninstall`` removes exactly those files;
``--prefix`` writes somewhere else (tests, packaging). No root rights are needed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)
NAME = "backprop-viz"


def register(subparsers) -> None:
    p = subparsers.add_parser("install-desktop", help="add backprop-viz to the Linux desktop's app menu",
                              description="Install a .desktop entry and the icon for the current user.")
    p.add_argument("--prefix", metavar="DIR", help="data folder (default: $XDG_DATA_HOME or ~/.local/share)")
    p.add_argument("--uninstall", action="store_true", help="remove what install-desktop installed")
    p.set_defaults(func=run)


def launcher() -> str:
    """The command that starts the app: the ``backprop-viz`` script if it is on PATH, else this Python."""
    script = shutil.which(NAME)
    return f'"{script}"' if script else f'"{sys.executable}" -m backprop_viz'


def entry_text(exec_line: str) -> str:
    return "\n".join([
        "[Desktop Entry]", "Type=Application", "Version=1.0", f"Name={NAME}",
        "GenericName=Backpropagation visualiser", "GenericName[ko]=역전파 시각화",
        "Comment=Watch backpropagation happen while a multilayer perceptron learns MNIST",
        "Comment[ko]=다층 퍼셉트론이 MNIST를 학습하는 동안 역전파를 지켜보세요",
        f"Exec={exec_line}", f"Icon={NAME}", "Terminal=false", "Categories=Education;Science;",
        "Keywords=neural network;backpropagation;MNIST;deep learning;", f"StartupWMClass={NAME}", ""])


def targets(prefix: Path) -> dict[Path, Path | None]:
    """Every file written, with its source (``None``: the desktop entry itself)."""
    icons = resources.files("backprop_viz.resources").joinpath("icons")
    found = {prefix / "applications" / f"{NAME}.desktop": None,
             prefix / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg": Path(str(icons / f"{NAME}.svg"))}
    for size in SIZES:
        found[prefix / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"] = Path(
            str(icons / f"{NAME}-{size}.png"))
    return found


def _refresh(prefix: Path) -> None:
    for tool, arg in (("update-desktop-database", prefix / "applications"),
                      ("gtk-update-icon-cache", prefix / "icons" / "hicolor")):
        if shutil.which(tool):
            subprocess.run([tool, "-q", str(arg)], check=False, capture_output=True)


def run(args) -> int:
    prefix = Path(args.prefix or os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share").expanduser()
    files = targets(prefix)
    if args.uninstall:
        for path in files:
            path.unlink(missing_ok=True)
        print(f"removed the desktop entry and icons from {prefix}")
        return 0
    for path, source in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            path.write_text(entry_text(launcher()), encoding="utf-8")
        else:
            shutil.copyfile(source, path)
    _refresh(prefix)
    print(f"installed {next(iter(files))} and its icon; backprop-viz is in the app menu "
          f"(log out and in if it does not show yet)")
    return 0
