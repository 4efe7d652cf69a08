"""The hyperparameter panel: preset, network shape, optimizer, schedule, data split.

Every field is validated through :class:`~backprop_viz.core.config.Config`, the same
check the API and CLI use: an invalid value turns its field red, shows the reason
under the form and disables *Apply*. Optimizer settings (learning rate, momentum,
weight decay, optimizer) are *live*: valid edits emit ``live_changed`` and take effect
at the next step. Everything else changes the network or the data, so it is collected
until the user presses *Apply and reset* (``reset_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from backprop_viz.core.config import HIDDEN_ACTIVATIONS, INITS, OPTIMIZERS, SCALINGS, Config, parse_hidden
from backprop_viz.core.errors import ConfigError
from backprop_viz.core.presets import PRESETS

OUTPUTS = {  # label → (output activation, loss)
    "softmax + cross-entropy": ("softmax", "cross_entropy"),
    "sigmoid + squared error": ("sigmoid", "squared_error"),
    "softmax + squared error": ("softmax", "squared_error"),
    "identity + squared error": ("identity", "squared_error"),
}
SPLITS = {"60,000 train / 10,000 test": 0, "55,000 train / 5,000 validation / 10,000 test": 5000}
LIVE = ("lr", "momentum", "weight_decay", "optimizer", "epochs")
_INVALID = "QLineEdit { background: #fde2e2; }"


class _Unparsed(str):
    """Text typed into a number field that is not a number."""


class HyperparamPanel(QWidget):
    live_changed = Signal(dict)        # {"lr": 0.01, ...}: apply at the next step
    reset_requested = Signal(object, str)   # Config, dataset name: rebuild the network
    import_requested = Signal()        # the user picked "Import a dataset file…"
    preset_chosen = Signal(str)

    def __init__(self, config: Config, parent=None):
        super().__init__(parent)
        self.setObjectName("hyperparam_panel")
        self._applied = config
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

        def combo(items, tip):
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
            box.addItems(list(items))
            box.setToolTip(tip)
            return box

        self.preset = combo(["(custom)", *PRESETS], "Load one of the course's configurations. "
                            "'lecture-backprop' is the lecture's 784-100-10 sigmoid network.")
        self.hidden = QLineEdit()
        self.hidden.setToolTip("Hidden layer sizes, comma-separated, e.g. 100 or 256,128. "
                               "Sensible: 30 to 1024 units per layer.")
        self.activation = combo(HIDDEN_ACTIVATIONS, "Activation f of the hidden layers. ReLU trains fastest; "
                                "sigmoid is the lecture's and saturates.")
        self.output = combo(OUTPUTS, "Output activation and loss. Softmax + cross-entropy gives "
                            "delta_L = a − t; sigmoid + squared error is the lecture's setup.")
        self.init = combo(INITS, "Initial weights. He for ReLU, Xavier for sigmoid/tanh.")
        self.batch_norm = QCheckBox("batch norm")
        self.batch_norm.setToolTip("Normalise z over the minibatch before the activation (Linear → BN → f).")
        self.dropout = QDoubleSpinBox()
        self.dropout.setRange(0.0, 0.95)
        self.dropout.setSingleStep(0.1)
        self.dropout.setToolTip("Probability of dropping a hidden unit while training (0 = off, 0.5 is common).")
        self.optimizer = combo(OPTIMIZERS, "Update rule: sgd W −= lr·dW; momentum; adam (adaptive). "
                               "Applies from the next step.")
        self.lr = QLineEdit()
        self.lr.setToolTip("Learning rate: step size of each update. SGD: 0.01–0.5; Adam: 0.0005–0.01. "
                           "Applies from the next step.")
        self.momentum = QDoubleSpinBox()
        self.momentum.setRange(0.0, 0.999)
        self.momentum.setDecimals(3)
        self.momentum.setSingleStep(0.05)
        self.momentum.setToolTip("Momentum μ for the momentum optimizer (0.5–0.9). Applies from the next step.")
        self.weight_decay = QLineEdit()
        self.weight_decay.setToolTip("L2 weight decay added to dW as wd·W (0 = off, 1e-4 is typical).")
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 60000)
        self.batch_size.setToolTip("Samples per minibatch. 1 is the lecture's; 32–128 is usual.")
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 1000)
        self.epochs.setToolTip("How many epochs Play trains before pausing.")
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip("Random seed: the same seed gives the same initial weights and minibatch order.")
        self.scaling = combo(SCALINGS, "Input scaling: unit = x/255, lecture = x/255·0.99+0.01, "
                             "standard = zero mean, unit variance.")
        self.dataset = combo([], "The dataset to train on: the bundled MNIST, Fashion-MNIST when installed, "
                             "and datasets you imported (CSV, IDX, npz, pkl.gz, PNG folders).")
        self.set_datasets([("mnist", "MNIST (bundled)")])
        self._dataset_applied = "mnist"
        self.split = combo(SPLITS, "Evaluate on the test set, or carve a validation set from the training set.")
        for label, widget in (("preset", self.preset), ("hidden layers", self.hidden),
                              ("activation", self.activation), ("output / loss", self.output),
                              ("initialisation", self.init), ("", self.batch_norm), ("dropout", self.dropout),
                              ("optimizer", self.optimizer), ("learning rate", self.lr),
                              ("momentum", self.momentum), ("weight decay", self.weight_decay),
                              ("batch size", self.batch_size), ("epochs", self.epochs), ("seed", self.seed),
                              ("input scaling", self.scaling), ("dataset", self.dataset), ("split", self.split)):
            form.addRow(label, widget)
        self.error_label = QLabel()
        self.error_label.setObjectName("config_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.apply_button = QPushButton("Apply and reset")
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setToolTip("Rebuild the network with these settings (training starts over).")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)

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

    # -- config <-> widgets ------------------------------------------------------------------------
    def set_config(self, config: Config, preset: str | None = None) -> None:
        """Show ``config`` (as applied) in the widgets."""
        self._loading = True
        self._applied = config
        self.preset.setCurrentText(preset if preset in PRESETS else "(custom)")
        self.hidden.setText(",".join(map(str, config.hidden)))
        self.activation.setCurrentText(config.activation)
        label = next((k for k, v in OUTPUTS.items() if v == (config.output, config.loss)), None)
        if label is None:
            label = f"{config.output} + {config.loss.replace('_', ' ')}"
            OUTPUTS[label] = (config.output, config.loss)
            self.output.addItem(label)
        self.output.setCurrentText(label)
        self.init.setCurrentText(config.init)
        self.batch_norm.setChecked(config.batch_norm)
        self.dropout.setValue(config.dropout)
        self.optimizer.setCurrentText(config.optimizer)
        self.lr.setText(f"{config.lr:g}")
        self.momentum.setValue(config.momentum)
        self.weight_decay.setText(f"{config.weight_decay:g}")
        self.batch_size.setValue(config.batch_size)
        self.epochs.setValue(config.epochs)
        self.seed.setValue(config.seed)
        self.scaling.setCurrentText(config.input_scaling)
        self.split.setCurrentIndex(list(SPLITS.values()).index(config.validation) if config.validation in
                                   SPLITS.values() else 0)
        self._loading = False
        self._changed()

    def _values(self) -> dict:
        """Every field's value as read from its widget (numbers may be unparsable strings)."""
        def number(edit):
            try:
                return float(edit.text())
            except ValueError:
                return _Unparsed(edit.text())

        output, loss = OUTPUTS[self.output.currentText()]
        return dict(
            hidden=self.hidden.text(), activation=self.activation.currentText(), output=output, loss=loss,
            init=self.init.currentText(), batch_norm=self.batch_norm.isChecked(),
            dropout=round(self.dropout.value(), 4), optimizer=self.optimizer.currentText(), lr=number(self.lr),
            momentum=round(self.momentum.value(), 4), weight_decay=number(self.weight_decay),
            batch_size=self.batch_size.value(), epochs=self.epochs.value(), seed=self.seed.value(),
            input_scaling=self.scaling.currentText(), validation=SPLITS.get(self.split.currentText(), 0))

    def errors(self) -> list[ConfigError]:
        """One :class:`ConfigError` per invalid field (each checked on its own)."""
        found = []
        for name, value in self._values().items():
            try:
                if name == "hidden":
                    value = parse_hidden(value)
                elif isinstance(value, _Unparsed):
                    raise ConfigError(name, f"expected a number like 0.01 or 1e-3, got {str(value)!r}")
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
        if errors:
            self.error_label.setText("\n".join(f"⚠ {exc}" for exc in errors))
            for exc in errors:
                widget = self._field_widget(exc.field)
                if widget is not None:
                    widget.setStyleSheet(_INVALID)
            self.apply_button.setEnabled(False)
            return
        self.error_label.setText("")
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
        self.pending_label.setText(f"Changed: {', '.join(structural)} — press Apply to rebuild the network."
                                   if structural else "")

    def _load_preset(self, index: int) -> None:
        name = self.preset.itemText(index)
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
        """``entries``: ``[(name, label), ...]`` from the data catalogue."""
        self.dataset.blockSignals(True)
        self.dataset.clear()
        for name, label in entries:
            self.dataset.addItem(label, name)
        self.dataset.addItem("Import a dataset file…", self.IMPORT)
        if current is not None:
            self._dataset_applied = current
        index = self.dataset.findData(current or getattr(self, "_dataset_applied", "mnist"))
        self.dataset.setCurrentIndex(max(index, 0))
        self.dataset.blockSignals(False)

    @property
    def dataset_name(self) -> str | None:
        name = self.dataset.currentData()
        return None if name == self.IMPORT else name

    def mark_dataset_applied(self, name: str) -> None:
        self._dataset_applied = name
        self._changed()

    def _dataset_chosen(self, index: int) -> None:
        if self.dataset.itemData(index) == self.IMPORT:
            self.dataset.setCurrentIndex(max(self.dataset.findData(self._dataset_applied), 0))
            self.import_requested.emit()

    @property
    def applied(self) -> Config:
        return self._applied
