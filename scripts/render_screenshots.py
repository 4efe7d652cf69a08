"""Render the README's pictures with the app itself (offscreen): ``python scripts/render_screenshots.py``.

Opens the main window on the ``fast`` preset, trains for ``--steps`` minibatches through
the real worker, then saves ``docs/main_window.png`` (and one PNG per dock with --docks).
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
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    from backprop_viz.gui.app import configure_pyqtgraph
    from backprop_viz.gui.main_window import MainWindow

    configure_pyqtgraph()
    window = MainWindow()
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
    window.controller.send("play")
    wait_until(lambda: window.last_snapshot.global_step >= args.steps)
    window.controller.send("pause")
    wait_until(lambda: window.last_snapshot.state == "paused")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "main_window.png"))
    if args.docks:
        for name, dock in window.docks.items():
            dock.grab().save(str(out / f"{name}.png"))
    window.close()
    print(f"saved screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
