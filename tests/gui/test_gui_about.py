"""Help → About (icon, version, licence, MNIST attribution, library versions), Help → Report
a problem (a diagnostic block on the clipboard) and the application icon."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from backprop_viz import __version__
from backprop_viz.gui.about import diagnostics, library_versions, show_about
from backprop_viz.gui.desktop import SIZES, app_icon, apply_identity


def test_the_icon_ships_in_every_size_and_becomes_the_applications():
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(SIZES)
    app = QGuiApplication.instance()
    apply_identity(app)
    assert not app.windowIcon().isNull() and app.desktopFileName() == "backprop-viz"


def test_about_shows_version_licence_attribution_and_libraries(qtbot):
    box = show_about(None)
    qtbot.addWidget(box)
    text = box.text()
    assert f"backprop-viz {__version__}" in text and "MIT" in text
    assert "Yann LeCun" in text and "CC BY-SA 3.0" in text
    for name, version in library_versions():
        assert f"{name} {version}" in text
    names = dict(library_versions())
    assert names["Pillow"] != "not installed" and names["NumPy"] != "not installed"
    assert not box.iconPixmap().isNull()


def test_report_a_problem_copies_the_diagnostics(qtbot, window):
    QGuiApplication.clipboard().setText("")
    window.menus.report_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("```\nbackprop-viz ") and copied.endswith("```\n")
    for key in ("Python:", "Qt:", "PySide6:", "pyqtgraph:", "OS:", "Qt platform plugin: offscreen",
                "Fonts found:", "Korean fonts:"):
        assert key in copied, key
    assert diagnostics() in copied
    assert "clipboard" in window.statusBar().currentMessage()
