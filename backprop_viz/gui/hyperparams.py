"""The hyperparameter panel: preset, network shape, optimizer, schedule, data split.

Every field is validated through :class:`~backprop_viz.core.config.Config`, the same
check the API and CLI use: an invalid value turns its field red, shows the reason
under the form and disables *Apply*. Optimizer settings (learning rate, momentum,
weight decay, optimizer) are *live*: valid edits emit ``live_changed`` and take effect
at the next step. Everything else changes the network or the data, so it is collected
until the user presses *Apply and reset* (``reset_requested``). The widgets themselves
are made, filled and read in :mod:`.hyperparam_fields`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backprop_viz.core.config import Config, parse_hidden
from backprop_viz.core.errors import ConfigError
from backprop_viz.core.presets import PRESETS
from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import config_error_text, field_label

from .hyperparam_fields import Unparsed, make_fields, read_values, show_config
from .hyperparam_texts import CHOICES, TOOLTIPS

LIVE = ("lr", "momentum", "weight_decay", "optimizer", "epochs")
_INVALID = "QLineEdit { background: #fde2e2; }"


class HyperparamPanel(Retranslatable, QWidget):
    live_changed = Signal(dict)        # {"lr": 0.01, ...}: apply at the next step
    reset_requested = Signal(object, str)   # Config, dataset name: rebuild the network
    import_requested = Signal()        # the user picked "Import a dataset file…"
    preset_chosen = Signal(str)

    def __init__(self, config: Config, parent=None):
        super().__init__(parent)
        self.setObjectName("hyperparam_panel")
        self._applied = config
        self._dataset_entries = [("mnist", None)]
        self._pending = lambda: ""      # the pending-changes line, re-worded on a language change
        self._errors: list[ConfigError] = []
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

        self.fields = make_fields()
        (self.preset, self.hidden, self.activation, self.output, self.init, self.batch_norm, self.dropout,
         self.optimizer, self.lr, self.momentum, self.weight_decay, self.batch_size, self.epochs, self.seed,
         self.scaling, self.dataset, self.split) = self.fields.values()
        self.set_datasets([("mnist", None)])
        self._dataset_applied = "mnist"
        self.labels = {}
        for name, widget in self.fields.items():
            self.labels[name] = label = QLabel()
            form.addRow(label, widget)
        self.error_label = QLabel()
        self.error_label.setObjectName("config_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply_button")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)

        self._loading = True
        self.retranslate()
        self.set_config(config)
        self.preset.activated.connect(self._load_preset)
        for w in (self.hidden, self.lr, self.weight_decay):
            w.textEdited.connect(self._changed)
            w.editingFinished.connect(self._changed)
        self.dataset.activated.connect(self._dataset_chosen)
        for w in (self.activation, self.output, self.init, self.optimizer, self.scaling, self.split,
                  self.dataset):
            w.currentIndexChanged.connect(self._changed)
        for w in (self.dropout, self.momentum, self.batch_size, self.epochs, self.seed):
            w.valueChanged.connect(self._changed)
        self.batch_norm.toggled.connect(self._changed)
        self.apply_button.clicked.connect(self._apply)

    def retranslate(self) -> None:
        """Labels, tooltips and the words in the boxes, in the current language (values are kept)."""
        for name, label in self.labels.items():
            label.setText(field_label(name) if name != "batch_norm" else "")
            tip = self.tr(TOOLTIPS[name])
            self.fields[name].setToolTip(tip)
            label.setToolTip(tip)
        self.batch_norm.setText(field_label("batch_norm"))
        for box in (self.preset, self.activation, self.output, self.init, self.optimizer, self.scaling, self.split):
            for i in range(box.count()):
                key = box.itemData(i)
                box.setItemText(i, self.tr(CHOICES[key]) if key in CHOICES else str(key))
        self._name_datasets()
        self.apply_button.setText(self.tr("Apply and reset"))
        self.apply_button.setToolTip(self.tr("Rebuild the network with these settings (training starts over)."))
        self._show_errors()
        self.pending_label.setText(self._pending())

    # -- config <-> widgets ------------------------------------------------------------------------
    def set_config(self, config: Config, preset: str | None = None) -> None:
        """Show ``config`` (as applied) in the widgets."""
        self._loading = True
        self._applied = config
        show_config(self.fields, config, preset)
        self._loading = False
        self._changed()

    def _values(self) -> dict:
        """Every field's value as read from its widget (numbers may be unparsable strings)."""
        return read_values(self.fields)

    def errors(self) -> list[ConfigError]:
        """One :class:`ConfigError` per invalid field (each checked on its own)."""
        found = []
        for name, value in self._values().items():
            try:
                if name == "hidden":
                    value = parse_hidden(value)
                elif isinstance(value, Unparsed):
                    raise ConfigError(name, "config.number.expected", repr(str(value)))
                self._applied.replace(**{name: value})
            except ConfigError as exc:
                found.append(exc)
        return found

    def current_config(self) -> Config:
        """The configuration the widgets describe; raises :class:`ConfigError` if invalid."""
        errors = self.errors()
        if errors:
            raise errors[0]
        values = self._values()
        values["hidden"] = parse_hidden(values["hidden"])
        return self._applied.replace(**values)

    # -- reactions -----------------------------------------------------------------------------------
    def _field_widget(self, field: str):
        return {"hidden": self.hidden, "lr": self.lr, "weight_decay": self.weight_decay}.get(field)

    def _changed(self, *_):
        if self._loading:
            return
        for w in (self.hidden, self.lr, self.weight_decay):
            w.setStyleSheet("")
        errors = self.errors()
        try:
            config = self.current_config()
        except ConfigError as exc:  # a combination no single field shows (e.g. loss vs output)
            errors = errors or [exc]
        self._errors = errors
        if errors:
            self._show_errors()
            for exc in errors:
                widget = self._field_widget(exc.field)
                if widget is not None:
                    widget.setStyleSheet(_INVALID)
            self.apply_button.setEnabled(False)
            return
        self._show_errors()
        old = self._applied
        live = {name: getattr(config, name) for name in LIVE if getattr(config, name) != getattr(old, name)}
        structural = [name for name, value in config.to_dict().items()
                      if name not in LIVE and value != old.to_dict()[name]]
        if live:
            self._applied = self._applied.replace(**live)
            self.live_changed.emit(live)
        if self.dataset_name and self.dataset_name != self._dataset_applied:
            structural.append("dataset")
        self.apply_button.setEnabled(bool(structural))
        self.set_pending(lambda: self.tr("Changed: {0} — press Apply to rebuild the network.").format(
            ", ".join(field_label(name) for name in structural)) if structural else "")

    def _show_errors(self) -> None:
        self.error_label.setText("\n".join(f"⚠ {config_error_text(exc)}" for exc in self._errors))

    def set_pending(self, text) -> None:
        """The line under the form saying what waits for Apply (``text()``: re-worded on a language change)."""
        self._pending = text
        self.pending_label.setText(text())

    def _load_preset(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name in PRESETS:
            self.preset_chosen.emit(name)

    def _apply(self) -> None:
        try:
            config = self.current_config()
        except ConfigError:
            return
        self.reset_requested.emit(config, self.dataset_name or self._dataset_applied)

    # -- datasets ------------------------------------------------------------------------------------
    IMPORT = "__import__"

    def set_datasets(self, entries, current: str | None = None) -> None:
        """``entries``: ``[(name, label), ...]`` from the data catalogue (label ``None``: the bundled MNIST)."""
        self._dataset_entries = list(entries)
        self.dataset.blockSignals(True)
        self.dataset.clear()
        for name, _ in entries:
            self.dataset.addItem("", name)
        self.dataset.addItem("", self.IMPORT)
        self._name_datasets()
        if current is not None:
            self._dataset_applied = current
        index = self.dataset.findData(current or getattr(self, "_dataset_applied", "mnist"))
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

    def mark_dataset_applied(self, name: str) -> None:
        self._dataset_applied = name
        self._changed()

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
            self.dataset.setCurrentIndex(max(self.dataset.findData(self._dataset_applied), 0))
            self.import_requested.emit()

    @property
    def applied(self) -> Config:
        return self._applied
