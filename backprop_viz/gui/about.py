"""Help → About and Help → Report a problem: who made what, and what a bug report needs.

:func:`library_versions` lists the versions of Python and every library the app stands
on (read from the installed distributions, so it is right for a pipx or a venv install);
:func:`show_about` is the About box — the icon, the version, the licence, the MNIST
attribution and those versions; :func:`diagnostics` is the plain-text block a bug report
needs (versions, operating system, the Qt platform plugin, screens, the fonts found and
the Korean font used) and :func:`copy_diagnostics` puts it on the clipboard.
"""

from __future__ import annotations

import platform
import sys
from html import escape
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from backprop_viz import __version__

translate = QCoreApplication.translate
#: the libraries About and the report show, in this order: (name, distributions that provide it)
LIBRARIES = (("NumPy", ("numpy",)), ("PySide6", ("PySide6-Essentials", "PySide6")), ("pyqtgraph", ("pyqtgraph",)),
             ("Pillow", ("Pillow", "pillow")), ("tqdm", ("tqdm",)), ("threadpoolctl", ("threadpoolctl",)),
             ("platformdirs", ("platformdirs",)))


def library_versions() -> list[tuple[str, str]]:
    """``(name, version)`` of Python, Qt and each of :data:`LIBRARIES` (``"not installed"`` if missing)."""
    found = [("Python", platform.python_version()), ("Qt", qVersion())]
    for name, distributions in LIBRARIES:
        version = "not installed"
        for dist in distributions:
            try:
                version = metadata.version(dist)
                break
            except metadata.PackageNotFoundError:
                continue
        found.append((name, version))
    return found


def about_html() -> str:
    versions = " · ".join(f"{escape(n)} {escape(v)}" for n, v in library_versions())
    return (f"<h3>backprop-viz {__version__}</h3><p>"
            + translate("About", "Watch backpropagation happen while a multilayer perceptron learns MNIST.") + "</p><p>"
            + translate("About", "Licence: MIT. Copyright © 2026 the backprop-viz developers.") + "</p><p>"
            + translate("About", "MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, CC BY-SA 3.0 "
                                 "(bundled unchanged; see ATTRIBUTION.md).") + "</p><p><small>"
            + translate("About", "Built on: {0}").format(versions) + "</small></p>")


def show_about(parent) -> QMessageBox:
    """The About box (non-modal, deleted on close)."""
    from backprop_viz.gui.desktop import app_icon

    box = QMessageBox(QMessageBox.NoIcon, translate("About", "About backprop-viz"), about_html(), QMessageBox.Close,
                      parent)
    box.setIconPixmap(app_icon().pixmap(96, 96))
    box.setTextFormat(Qt.RichText)
    box.setObjectName("about_box")
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box


def diagnostics() -> str:
    """The plain-text block for a bug report (English, so anyone can read it)."""
    from backprop_viz.gui.fonts import korean_families

    app = QGuiApplication.instance()
    families = QFontDatabase.families()
    korean = korean_families()
    screens = [f"{s.name()} {s.size().width()}x{s.size().height()} @{s.devicePixelRatio():g}"
               for s in QGuiApplication.screens()]
    lines = [f"backprop-viz {__version__}"]
    lines += [f"{name}: {version}" for name, version in library_versions()]
    lines += [f"OS: {platform.platform()} ({platform.machine()})",
              f"Python executable: {sys.executable}",
              f"Qt platform plugin: {QGuiApplication.platformName() if app else 'none'}",
              f"Screens: {', '.join(screens) or 'none'}",
              f"Fonts found: {len(families)} families; default {QGuiApplication.font().family() if app else '?'}",
              f"Korean fonts: {', '.join(korean[:5]) or 'none found'}"]
    return "\n".join(lines)


def copy_diagnostics() -> str:
    """Put :func:`diagnostics` on the clipboard and return it."""
    text = "```\n" + diagnostics() + "\n```\n"
    QGuiApplication.clipboard().setText(text)
    return text
