"""File menu work: models, runs, exports, recent files, drag and drop.

*Save model* writes the snapshot's frozen network (``.npz`` with a JSON description, no
pickle, atomic); *Save run* asks the worker to write the whole run between two steps so
*Resume run* continues exactly there; *Open model* starts from saved weights. Exports:
every weight matrix as ``.npy`` or ``.csv`` (one file per array, ``NAME_W1.npy`` …),
the training history as CSV, and the whole window as a PNG. Recent files live in
``QSettings``; files dropped on the window are opened by what they are (model, run, or
a dataset to import). Every failure becomes a notice naming the file and the problem.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from backprop_viz.engine import protocol as p

RECENT_KEY = "files/recent"
MAX_RECENT = 8
NPZ_FILTER = "backprop-viz (*.npz)"


def file_kind(path) -> str:
    """``"model"``, ``"run"`` or ``"dataset"`` (anything else we can read as data)."""
    import json
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            raw = z.read("__meta__.npy")
        meta = json.loads(np.load(__import__("io").BytesIO(raw), allow_pickle=False).tobytes())
        return {"backprop-viz-model": "model", "backprop-viz-run": "run"}.get(meta.get("format"), "dataset")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return "dataset"


def export_weights(snapshot, path) -> list[Path]:
    """Write every parameter array of the snapshot's network; the format follows the suffix."""
    path = Path(path)
    suffix = path.suffix.lower() if path.suffix.lower() in (".npy", ".csv") else ".npy"
    written = []
    for k, layer in enumerate(snapshot.network.get_params(), start=1):
        for name, value in layer.items():
            target = path.with_name(f"{path.stem}_{name}{k}{suffix}")
            if suffix == ".npy":
                np.save(target, value)
            else:
                np.savetxt(target, np.atleast_2d(value), delimiter=",", fmt="%.9g")
            written.append(target)
    return written


def export_history(path, losses: np.ndarray, eval_points) -> Path:
    """CSV: step, minibatch loss, and the evaluation loss/accuracy where one was made."""
    evals = {int(s): (lo, acc) for s, lo, acc in eval_points}
    path = Path(path)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("step,loss,eval_loss,eval_accuracy\n")
        if 0 in evals:
            fh.write(f"0,,{evals[0][0]:.9g},{evals[0][1]:.6g}\n")
        for step, loss in losses:
            e = evals.get(int(step))
            tail = f",{e[0]:.9g},{e[1]:.6g}" if e else ",,"
            fh.write(f"{int(step)},{loss:.9g}{tail}\n")
    return path


class FileDrops:
    """The main window's drag and drop: files dropped on it open as File → Open would (a mixin)."""

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.handle_drop(paths)


class FileActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        menu = window.menus.file_menu
        first = menu.actions()[0] if menu.actions() else None

        def add(name, slot, shortcut=None):
            action = menu.addAction("", slot)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(shortcut)
            menu.insertAction(first, action)
            return action

        self.open_model = add("open_model_action", lambda: self.open_file(kind="model"), "Ctrl+O")
        self.save_model_action = add("save_model_action", lambda: self.save_model(), "Ctrl+S")
        self.save_run_action = add("save_run_action", lambda: self.save_run(), "Ctrl+Shift+S")
        self.resume_run = add("resume_run_action", lambda: self.open_file(kind="run"))
        self.recent_menu = menu.addMenu("")
        menu.insertMenu(first, self.recent_menu)
        menu.insertSeparator(first)
        self.export_weights_action = add("export_weights_action", lambda: self.export_weights())
        self.export_history_action = add("export_history_action", lambda: self.export_history())
        self.snapshot_action = add("window_snapshot_action", lambda: self.save_window_png())
        menu.insertSeparator(first)
        window.controller.file_saved.connect(lambda p: self._done(p, self.tr("Saved the run to {0}")))
        window.controller.file_loaded.connect(lambda p: self._done(p, self.tr("Opened {0}")))
        window.setAcceptDrops(True)
        self.retranslate()
        self.fill_recent()

    def retranslate(self) -> None:
        self.open_model.setText(self.tr("Open model…"))
        self.open_model.setStatusTip(self.tr("Start from a saved network's weights"))
        self.save_model_action.setText(self.tr("Save model…"))
        self.save_model_action.setStatusTip(self.tr("Save the current network (weights and settings)"))
        self.save_run_action.setText(self.tr("Save run…"))
        self.save_run_action.setStatusTip(self.tr("Save the whole run to resume it later exactly where it is"))
        self.resume_run.setText(self.tr("Resume run…"))
        self.resume_run.setStatusTip(self.tr("Continue a saved run"))
        self.recent_menu.setTitle(self.tr("Recent files"))
        self.export_weights_action.setText(self.tr("Export weights…"))
        self.export_weights_action.setStatusTip(self.tr("Every weight matrix and bias as .npy or .csv files"))
        self.export_history_action.setText(self.tr("Export training history (CSV)…"))
        self.snapshot_action.setText(self.tr("Save a snapshot of the window (PNG)…"))

    # -- helpers -----------------------------------------------------------------------------------
    def _notice(self, text, kind="info"):
        self.window.notice.show_notice(text, kind)

    def _fail(self, path, exc) -> None:
        self._notice(lambda: self.tr("Could not use {0}: {1}").format(path, exc), "error")

    def _done(self, path, template) -> None:
        self.remember(path)
        self._notice(lambda: template.format(path) if isinstance(template, str) else template, "info")

    def _ask_save(self, title, filt, default):
        path, _ = QFileDialog.getSaveFileName(self.window, title, default, filt)
        return path or None

    # -- recent files ------------------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.window.settings.value(RECENT_KEY) or []
        return [value] if isinstance(value, str) else list(value)

    def remember(self, path) -> None:
        paths = [str(path)] + [q for q in self.recent() if q != str(path)]
        self.window.settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self.fill_recent()

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent():
            self.recent_menu.addAction(path, lambda p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent()))

    # -- opening -------------------------------------------------------------------------------------
    def open_file(self, kind: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open"), "", NPZ_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path) -> None:
        """Open a model or run file, or import anything else as a dataset."""
        path = str(path)
        if not Path(path).exists():
            self._fail(path, self.tr("no such file"))
            return
        kind = file_kind(path) if Path(path).is_file() else "dataset"
        if kind == "dataset":
            self.window.import_dataset(path)
            return
        self.window.controller.send(p.LoadRun(path) if kind == "run" else p.LoadModel(path))

    def handle_drop(self, paths) -> None:
        for path in paths:
            self.open_path(path)

    # -- saving and exports ---------------------------------------------------------------------------
    def save_model(self, path=None) -> Path | None:
        from backprop_viz.core.modelfile import save_model

        snap = self.window.last_snapshot
        if snap is None:
            return None
        path = path or self._ask_save(self.tr("Save model"), NPZ_FILTER, "model.npz")
        if not path:
            return None
        try:
            written = save_model(path, snap.network, snap.config, {"epochs": snap.epoch, "steps": snap.global_step})
        except OSError as exc:
            self._fail(path, exc.strerror or exc)
            return None
        self._done(str(written), self.tr("Saved the model to {0}"))
        return written

    def save_run(self, path=None) -> None:
        path = path or self._ask_save(self.tr("Save run"), NPZ_FILTER, "run.npz")
        if path:
            self.window.controller.send(p.SaveRun(path))

    def export_weights(self, path=None) -> list[Path]:
        snap = self.window.last_snapshot
        path = path or self._ask_save(self.tr("Export weights"), "NumPy (*.npy);;CSV (*.csv)", "weights.npy")
        if snap is None or not path:
            return []
        try:
            written = export_weights(snap, path)
        except OSError as exc:
            self._fail(path, exc.strerror or exc)
            return []
        self._notice(lambda: self.tr("Wrote {0} files next to {1}").format(len(written), path))
        return written

    def export_history(self, path=None) -> Path | None:
        snap = self.window.last_snapshot
        path = path or self._ask_save(self.tr("Export training history"), "CSV (*.csv)", "history.csv")
        if snap is None or not path:
            return None
        try:
            return export_history(path, self.window.curves.losses, snap.eval_points)
        except OSError as exc:
            self._fail(path, exc.strerror or exc)
            return None

    def save_window_png(self, path=None) -> Path | None:
        path = path or self._ask_save(self.tr("Save a snapshot of the window"), "PNG (*.png)", "backprop-viz.png")
        if not path:
            return None
        if not self.window.grab().save(str(path)):
            self._fail(path, self.tr("could not write the image"))
            return None
        return Path(path)
