"""The main window's datasets: the panel's list of them, and importing a file into it.

The list comes from the data catalogue (the bundled MNIST first, then every imported
dataset with its set sizes). Importing a file is a request to the engine
(:class:`~backprop_viz.engine.data_requests.ImportDataset`): the GUI only picks the path
and shows the outcome in the notice bar; the new entry is selected in the panel, ready
for *Apply and reset*.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backprop_viz.engine.data_requests import ImportDataset

translate = QCoreApplication.translate


class WindowDatasets:
    def __init__(self, window):
        self.window = window

    def refresh(self, current: str | None = None) -> None:
        """List every usable dataset in the panel (``current`` selected if given)."""
        from backprop_viz.data import catalogue

        entries = []
        for e in catalogue():
            if e.problem:
                continue
            counts = " / ".join(f"{n:,}" for n in e.counts.values())
            entries.append((e.name, None if e.kind == "bundled" else f"{e.name} ({counts})"))
        self.window.hyper.set_datasets(entries, current)

    def import_path(self, path: str | None = None):
        """Import a dataset file or folder (the engine does the work) and select it; returns
        the pending request (``done(entry)`` / ``failed(reason)``), or ``None`` if cancelled."""
        from PySide6.QtWidgets import QFileDialog

        w = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                w, translate("MainWindow", "Import a dataset"), "",
                translate("MainWindow", "Datasets (*.csv *.csv.gz *.npz *.gz *.pkl.gz *-ubyte);;All files (*)"))
            if not path:
                return None
        w.notice.show_notice(lambda: translate("MainWindow", "Importing {0}…").format(path), "info")
        return w.controller.request(
            ImportDataset, path=str(path), on_done=lambda entry: self._imported(path, entry),
            on_failed=lambda msg: w.notice.show_notice(
                lambda: translate("MainWindow", "Could not import the dataset: {0}").format(msg), "error"))

    def _imported(self, path: str, entry) -> None:
        self.refresh()
        self.window.hyper.select_dataset(entry.name)
        self.window.notice.show_notice(lambda: translate(
            "MainWindow", "Imported {0} as '{1}'. Press Apply and reset to train on it.").format(path, entry.name), "info")
