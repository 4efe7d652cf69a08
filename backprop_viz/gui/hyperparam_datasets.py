"""The settings panel's dataset box: the catalogue's datasets, and "Import a dataset file…".

A mixin of :class:`~.hyperparams.HyperparamPanel`. The box lists the bundled MNIST and
every imported dataset (from :mod:`.window_datasets`); its selection is a pending edit
like any other field (the dataset the engine runs comes with its snapshots), and its last
entry asks the window to import a file instead of selecting anything.
"""

from __future__ import annotations


class DatasetBox:
    """Dataset methods of the panel (which provides ``dataset``, ``state``, ``_changed``, ``tr``)."""

    IMPORT = "__import__"

    def init_datasets(self) -> None:
        self._dataset_entries = [("mnist", None)]
        self.set_datasets([("mnist", None)])

    def set_datasets(self, entries, current: str | None = None) -> None:
        """``entries``: ``[(name, label), ...]`` from the data catalogue (label ``None``: the bundled
        MNIST). Selects ``current`` if given, else keeps the selection (a pending choice) if listed."""
        keep = self.dataset.currentData() if self.dataset.count() else None
        self._dataset_entries = list(entries)
        self.dataset.blockSignals(True)
        self.dataset.clear()
        for name, _ in entries:
            self.dataset.addItem("", name)
        self.dataset.addItem("", self.IMPORT)
        self._name_datasets()
        index = -1
        for wanted in (current, keep, self.state.dataset_will_run()):
            if index < 0 and wanted is not None and wanted != self.IMPORT:
                index = self.dataset.findData(wanted)
        self.dataset.setCurrentIndex(max(index, 0))
        self.dataset.blockSignals(False)

    def _name_datasets(self) -> None:
        for i, (_, label) in enumerate(self._dataset_entries):
            self.dataset.setItemText(i, label if label is not None else self.tr("MNIST (bundled)"))
        self.dataset.setItemText(len(self._dataset_entries), self.tr("Import a dataset file…"))

    @property
    def dataset_name(self) -> str | None:
        name = self.dataset.currentData()
        return None if name == self.IMPORT else name

    def select_dataset(self, name: str) -> bool:
        """Choose dataset ``name`` in the box as a pending change (Apply trains on it);
        ``False``, and nothing changes, when the box does not list it."""
        index = self.dataset.findData(name)
        if index < 0 or name == self.IMPORT:
            return False
        self.dataset.setCurrentIndex(index)
        self._changed()
        return True

    def _dataset_chosen(self, index: int) -> None:
        if self.dataset.itemData(index) == self.IMPORT:
            self.dataset.setCurrentIndex(max(self.dataset.findData(self.state.dataset_will_run()), 0))
            self.import_requested.emit()
