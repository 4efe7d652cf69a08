"""Render the README's pictures with the app itself (offscreen): ``python scripts/render_screenshots.py``.

Opens the main window on the ``fast`` preset in ``--language`` (en, ko; Korean needs a
Korean font, e.g. Debian's fonts-noto-cjk), trains for ``--steps`` minibatches through
the real worker, then saves ``docs/main_window.png`` (``main_window_ko.png`` for Korean),
one PNG per dock with --docks, and the first step of the guided tour with --tour.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=600)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs"))
    parser.add_argument("--docks", action="store_true", help="also save each dock on its own")
    parser.add_argument("--language", default="en", choices=("en", "ko"), help="the interface's language")
    parser.add_argument("--tour", action="store_true", help="also save the tour's first step")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from backprop_viz.engine import protocol as p
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    from backprop_viz.gui.app import configure_pyqtgraph
    from backprop_viz.gui.main_window import MainWindow

    configure_pyqtgraph()
    window = MainWindow(show_tour=False, language=args.language)
    window.resize(1440, 900)
    window.show()

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
    suffix = "" if args.language == "en" else f"_{args.language}"
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
