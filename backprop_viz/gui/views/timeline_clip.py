"""Export a clip of the timeline: one view, step A to step B, as an animated GIF for slides.

:class:`ClipExporter` walks the steps: it sends :class:`~backprop_viz.engine.protocol.Rewind`
for one step, and when the engine's snapshot of that step arrives it has the chosen view draw
it (``show_snapshot``, as a refresh does) and grabs the view's pixels as one frame; then the
next step. The frames are encoded with Pillow (already the app's image library, a wheel on
every platform: no new dependency) into a looping GIF. :class:`ClipDialog` asks for the view,
the steps and the file and shows a progress dialog whose Cancel stops the export (nothing is
written then). The engine computes every frame's state; this module only grabs and encodes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QProgressDialog,
                               QSpinBox)

from backprop_viz.engine import protocol as p

#: docks whose view can be exported, in the dialog's order
CLIP_VIEWS = ("weights_dock", "layers_dock", "diagram_dock", "loss_step_dock", "inspector_dock")


def frame_of(widget):
    """The widget's pixels as a Pillow RGB image."""
    from PIL import Image

    image = widget.grab().toImage().convertToFormat(QImage.Format_RGB888)
    w, h, line = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), np.uint8, count=h * line).reshape(h, line)[:, :3 * w]
    return Image.fromarray(pixels.reshape(h, w, 3).copy(), "RGB")


def write_gif(path, frames, fps: float = 8.0) -> None:
    """``frames`` (Pillow images) as a looping animated GIF."""
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=max(int(1000 / fps), 20), loop=0)


class ClipExporter(QObject):
    """Steps ``steps`` of the timeline drawn by ``view``, into ``path`` (see the module docstring)."""

    progress = Signal(int, int)        # frames done, frames in all
    finished = Signal(str)             # the file written ("" when cancelled or failed)

    def __init__(self, controller, view, steps, path, fps: float = 8.0, parent=None):
        super().__init__(parent)
        self.controller, self.view, self.steps, self.path, self.fps = controller, view, list(steps), path, fps
        self.frames: list = []
        self.running = False

    def start(self) -> None:
        self.running = True
        self.controller.snapshot_arrived.connect(self._on_snapshot)
        self.controller.error_occurred.connect(self._on_error)
        self.controller.send(p.Rewind(self.steps[0]))

    def cancel(self) -> None:
        if self.running:
            self._stop()
            self.finished.emit("")

    def _stop(self) -> None:
        self.running = False
        self.controller.snapshot_arrived.disconnect(self._on_snapshot)
        self.controller.error_occurred.disconnect(self._on_error)

    def _on_error(self, *_) -> None:
        self.cancel()

    def _on_snapshot(self, snap) -> None:
        k = len(self.frames)
        if not self.running or getattr(snap.note, "code", "") != "timeline.rewound" or \
                snap.global_step != self.steps[k]:
            return
        self.view.show_snapshot(snap)
        self.frames.append(frame_of(self.view))
        self.progress.emit(k + 1, len(self.steps))
        if k + 1 < len(self.steps):
            self.controller.send(p.Rewind(self.steps[k + 1]))
            return
        self._stop()
        write_gif(self.path, self.frames, self.fps)
        self.finished.emit(str(self.path))


class ClipDialog(QDialog):
    """View, first and last step, spacing and speed of a clip; OK asks for the file and exports."""

    def __init__(self, window, start: int, end: int, step: int, parent=None):
        super().__init__(parent or window)
        self.setObjectName("clip_dialog")
        self.setWindowTitle(self.tr("Export a clip"))
        self.window_ = window
        form = QFormLayout(self)
        self.view = QComboBox()
        for name in CLIP_VIEWS:
            if name in window.views:
                self.view.addItem(window.docks[name].windowTitle(), name)
        self.first = QSpinBox(minimum=start, maximum=end, value=max(start, step - 20))
        self.last = QSpinBox(minimum=start, maximum=end, value=step)
        self.every = QSpinBox(minimum=1, maximum=max(end, 1), value=1)
        self.fps = QSpinBox(minimum=1, maximum=50, value=8)
        for label, widget in ((self.tr("view"), self.view), (self.tr("from step"), self.first),
                              (self.tr("to step"), self.last), (self.tr("every … steps"), self.every),
                              (self.tr("frames per second"), self.fps)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.exporter: ClipExporter | None = None

    def steps(self) -> list[int]:
        a, b = sorted((self.first.value(), self.last.value()))
        return list(range(a, b + 1, self.every.value()))

    def accept(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a clip"), "clip.gif",
                                              self.tr("Animated GIF (*.gif)"))
        if path:
            self.export(path if path.lower().endswith(".gif") else path + ".gif")
        super().accept()

    def export(self, path: str) -> ClipExporter:
        """Export to ``path`` with a progress dialog (Cancel stops, nothing written)."""
        window, steps = self.window_, self.steps()
        view = window.views[self.view.currentData()]
        self.exporter = ClipExporter(window.controller, view, steps, path, self.fps.value(), window)
        progress = QProgressDialog(self.tr("Rendering the clip…"), self.tr("Cancel"), 0, len(steps), window)
        progress.setObjectName("clip_progress")
        progress.setWindowModality(Qt.WindowModal)
        progress.canceled.connect(self.exporter.cancel)
        self.exporter.progress.connect(lambda done, _: progress.setValue(done))
        self.exporter.finished.connect(lambda _: progress.reset())
        progress.show()
        self.progress = progress
        self.exporter.start()
        return self.exporter
