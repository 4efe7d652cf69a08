"""The app's face on the desktop: its icon on every window, the taskbar and the About box.

:func:`app_icon` is the icon shipped in ``backprop_viz/resources/icons`` (an SVG and PNGs
from 16 to 256 pixels, drawn for this project: a small network with the backward pass as
an orange arrow); :func:`apply_identity` gives it to the application and names the
``.desktop`` entry (``backprop-viz install-desktop``) so Linux taskbars match the window
to it.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QGuiApplication, QIcon

SIZES = (16, 32, 48, 64, 128, 256)
DESKTOP_ID = "backprop-viz"


def icon_path(size: int | None = None) -> str:
    """The shipped icon file: the PNG of ``size`` pixels, or the SVG for ``None``."""
    name = "backprop-viz.svg" if size is None else f"backprop-viz-{size}.png"
    return str(resources.files("backprop_viz.resources").joinpath("icons", name))


def app_icon() -> QIcon:
    """backprop-viz's icon in every shipped size."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(icon_path(size))
    return icon


def apply_identity(app: QGuiApplication) -> None:
    """The icon for every window (and the taskbar), and the desktop entry's name."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)
