"""Render the README's pictures with the app itself (offscreen): ``python scripts/render_screenshots.py``.

Opens the main window on the ``fast`` preset in ``--language`` (en, ko; Korean needs a
Korean font, e.g. Debian's fonts-noto-cjk), trains for ``--steps`` minibatches through
the real worker, then saves ``docs/main_window.png`` (``main_window_ko.png`` for Korean),
one PNG per dock with --docks, and the first step of the guided tour with --tour.
``--size 1366x768`` renders on a screen of that size (the window fills its available
area) and saves ``main_window_1366x768.png``; ``--presentation`` turns presentation mode on
(``…_presentation.png``). Under a real X server (``xvfb-run``) pass ``--platform xcb``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path



def screen_platform(size: str | None, platform: str) -> None:
    """Choose the Qt platform; offscreen with a screen of ``size`` ("1366x768") if given."""
    if platform != "offscreen":
        os.environ["QT_QPA_PLATFORM"] = platform
        return
    if size is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return
    width, height = (int(v) for v in size.lower().split("x"))
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=600)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs"))
    parser.add_argument("--docks", action="store_true", help="also save each dock on its own")
    parser.add_argument("--language", default="en", choices=("en", "ko"), help="the interface's language")
    parser.add_argument("--tour", action="store_true", help="also save the tour's first step")
    parser.add_argument("--size", help="the screen's size, e.g. 1366x768 (the window fills its available area)")
    parser.add_argument("--presentation", action="store_true", help="turn presentation mode on")
    parser.add_argument("--platform", default="offscreen", help="Qt platform: offscreen, or xcb under Xvfb")
    args = parser.parse_args()
    screen_platform(args.size, args.platform)

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from backprop_viz.engine import protocol as p
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    from backprop_viz.gui.app import configure_pyqtgraph
    from backprop_viz.gui.main_window import MainWindow

    configure_pyqtgraph()
    from backprop_viz.gui.window_fit import available, fit_to_screen
    from PySide6.QtCore import QSize

    window = MainWindow(show_tour=False, language=args.language)
    if args.size:
        area = available(window)
        fit_to_screen(window, QSize(area.width(), area.height()))
    else:
        window.resize(1440, 900)
    window.show()
    if args.presentation:
        window.set_presentation(True)

    def wait_until(cond, ms=60000):
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: cond() and loop.quit())
        timer.start(20)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait_until(lambda: window.last_snapshot is not None)
    window.controller.send(p.Play())
    wait_until(lambda: window.last_snapshot.global_step >= args.steps)
    window.controller.send(p.Pause())
    wait_until(lambda: window.last_snapshot.state == "paused")
    wait_until(lambda: False, 300)   # let the last texts' layout settle (e.g. the status bar)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = (f"_{args.size}" if args.size else "") + ("_presentation" if args.presentation else "")
    suffix += "" if args.language == "en" else f"_{args.language}"
    window.grab().save(str(out / f"main_window{suffix}.png"))
    if args.docks:
        for name, dock in window.docks.items():
            dock.raise_()
            wait_until(lambda: False, 300)   # let the raised view draw its snapshot
            dock.grab().save(str(out / f"{name}{suffix}.png"))
    if args.tour:
        window.docks["layers_dock"].raise_()
        window.start_tour()
        wait_until(lambda: False, 300)
        window.grab().save(str(out / f"tour{suffix}.png"))
    window.close()
    print(f"saved screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
