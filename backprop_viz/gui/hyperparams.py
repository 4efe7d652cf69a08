"""The settings panel: the running network's configuration and the user's pending edits.

One running configuration exists, the engine's: every snapshot carries it and the panel
follows it (:meth:`HyperparamPanel.show_snapshot`; bookkeeping in :mod:`.hyperparam_state`).
The fields hold it plus the user's edits, each validated through
:class:`~backprop_viz.core.config.Config` (an invalid value turns its field red and says
why). A field that differs from the running network is marked, and the banner at the top
lists what needs *Apply and reset* and what waits with it. Live settings (learning rate
and its decay, momentum, weight decay, optimizer, epochs) go to the engine at once
(``live_changed``) only while nothing structural is pending and no chosen preset waits;
otherwise they wait for Apply (``reset_requested``). Banner and buttons sit outside the
scrolled form, so Apply is always in view; the wheel scrolls the form, never an unclicked
input (:mod:`.hyperparam_wheel`). Widgets are made in :mod:`.hyperparam_fields`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from backprop_viz.core.config import Config, parse_hidden
from backprop_viz.core.errors import ConfigError
from backprop_viz.core.presets import PRESETS, get_preset
from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import config_error_text, field_label

from .hyperparam_datasets import DatasetBox
from .hyperparam_fields import Unparsed, differing_fields, make_fields, read_values, show_config
from .hyperparam_layout import build_panel
from .hyperparam_state import SettingsState
from .hyperparam_texts import CHOICES, TOOLTIPS, change_text, details_text, pending_text, running_tip

_INVALID = "QLineEdit { background: #fde2e2; }"
_MARKED = "color: #9a4d00;"
_BANNER = {False: "QLabel { background: #eef3f8; color: #26384a; padding: 6px; border-radius: 4px; }",
           True: "QLabel { background: #fff1d6; color: #5c3b00; padding: 6px; border-radius: 4px; "
                 "border: 1px solid #e0a030; }"}


class HyperparamPanel(DatasetBox, Retranslatable, QWidget):
    live_changed = Signal(dict)        # {"lr": 0.01, ...}: apply at the next step
    reset_requested = Signal(object, str)   # Config, dataset name: rebuild the network
    import_requested = Signal()        # the user picked "Import a dataset file…"
    preset_chosen = Signal(str)

    def __init__(self, config: Config, preset: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("hyperparam_panel")
        self.state = SettingsState(config, preset)
        self._base = config             # non-form settings (targets, dtype…) of the edited configuration
        self._errors: list[ConfigError] = []
        self._pending = ({}, [])         # (held live changes, structural names) against the running network
        self._edited = config            # the configuration the fields describe (when valid)
        self.fields = make_fields()
        (self.preset, self.hidden, self.activation, self.output, self.init, self.batch_norm, self.dropout,
         self.optimizer, self.lr, self.lr_decay, self.momentum, self.weight_decay, self.batch_size, self.epochs,
         self.seed, self.scaling, self.dataset, self.split) = self.fields.values()
        self.init_datasets()
        build_panel(self)

        self._loading = True
        show_config(self.fields, config, preset)
        self._loading = False
        self.retranslate()
        self.preset.activated.connect(self._load_preset)
        for w in (self.hidden, self.lr, self.weight_decay):
            w.textEdited.connect(self._changed)
            w.editingFinished.connect(self._changed)
        self.dataset.activated.connect(self._dataset_chosen)
        for w in (self.activation, self.output, self.init, self.optimizer, self.scaling, self.split, self.dataset):
            w.currentIndexChanged.connect(self._changed)
        for w in (self.dropout, self.lr_decay, self.momentum, self.batch_size, self.epochs, self.seed):
            w.valueChanged.connect(self._changed)
        self.batch_norm.toggled.connect(self._changed)
        self.apply_button.clicked.connect(self._apply)
        self.discard_button.clicked.connect(self.discard)
        self._changed()

    def retranslate(self) -> None:
        """Labels, tooltips and the words in the boxes, in the current language (values are kept)."""
        for name, label in self.labels.items():
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
        self.discard_button.setText(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Forget the pending changes: show the running network's settings."))
        self._show_errors()
        self._show_pending()
        self._show_lr_now(self._lr_now)
        QTimer.singleShot(0, self.form_wrap, self.form_wrap.arrange)   # (beside or above: this language's words)

    # -- the running configuration -----------------------------------------------------------------
    @property
    def running(self) -> Config:
        """The engine's configuration, as its latest snapshot says."""
        return self.state.running

    @property
    def applied(self) -> Config:
        """What the engine runs once it has read every command sent (the one to save at exit)."""
        return self.state.engine_will_run()

    _lr_now: float | None = None

    def show_snapshot(self, snap) -> None:
        """Follow the engine: fields without a pending edit take the running values."""
        before, dataset_before = self.state.engine_will_run(), self.state.dataset_will_run()
        self.state.on_snapshot(snap.config, snap.dataset, snap.run_id)
        after = self.state.engine_will_run()
        if after != before:
            self._follow(before, after)
        if self.state.dataset_will_run() != dataset_before and self.dataset_name == dataset_before:
            self.select_dataset(self.state.dataset_will_run())
        if snap.lr != self._lr_now:
            self._show_lr_now(snap.lr)
        if after != before or self.state.dataset_will_run() != dataset_before:
            self._changed()

    def _follow(self, before: Config, after: Config) -> None:
        edited = differing_fields(self.fields, before)
        self._loading = True
        show_config(self.fields, after, self.preset.currentData(), keep=edited | {"preset"})
        self._loading = False
        if self.state.held_preset is None:
            self._base = after

    def engine_failed(self) -> None:
        """The engine refused a command: trust its snapshots again (pending edits stay)."""
        self.state.engine_failed()
        self._changed()

    def _show_lr_now(self, lr: float | None) -> None:
        self._lr_now = lr
        self.lr_now.setText("" if lr is None else self.tr("learning rate now: {0}").format(f"{lr:g}"))

    # -- edits --------------------------------------------------------------------------------------
    def set_config(self, config: Config, preset: str | None = None) -> None:
        """Put ``config`` in the fields as pending edits (from preset ``preset``: held until Apply)."""
        self._loading = True
        self._base = config
        show_config(self.fields, config, preset)
        self._loading = False
        self.state.held_preset = preset if preset in PRESETS else None
        self._changed()

    def show_preset(self, name: str) -> None:
        """Preset ``name``'s whole configuration becomes pending; nothing of it goes live."""
        self.set_config(get_preset(name).config, name)

    def discard(self) -> None:
        """Forget every pending edit: the fields show what the engine runs."""
        self.state.held_preset = None
        self._loading = True
        self._base = self.state.engine_will_run()
        show_config(self.fields, self._base, self.state.running_preset)
        self._loading = False
        self.select_dataset(self.state.dataset_will_run())
        self._changed()

    def errors(self) -> list[ConfigError]:
        """One :class:`ConfigError` per invalid field (each checked on its own)."""
        found = []
        for name, value in read_values(self.fields).items():
            try:
                if name == "hidden":
                    value = parse_hidden(value)
                elif isinstance(value, Unparsed):
                    raise ConfigError(name, "config.number.expected", repr(str(value)))
                self._base.replace(**{name: value})
            except ConfigError as exc:
                found.append(exc)
        return found

    def current_config(self) -> Config:
        """The configuration the fields describe; raises :class:`ConfigError` if invalid."""
        errors = self.errors()
        if errors:
            raise errors[0]
        values = read_values(self.fields)
        values["hidden"] = parse_hidden(values["hidden"])
        return self._base.replace(**values)

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
        self._show_errors()
        if errors:
            for exc in errors:
                widget = {"hidden": self.hidden, "lr": self.lr, "weight_decay": self.weight_decay}.get(exc.field)
                if widget is not None:
                    widget.setStyleSheet(_INVALID)
            self.apply_button.setEnabled(False)
            return
        live, structural = self.state.diff(config, self.dataset_name)
        if live and not structural and self.state.held_preset is None:
            self.state.sent_live(live)
            self.live_changed.emit(live)
            live = {}
        if not live and not structural:
            self.state.held_preset = None
        self._pending, self._edited = (live, structural), config
        self.apply_button.setEnabled(bool(live or structural))
        self._show_pending()

    def _show_errors(self) -> None:
        self.error_label.setText("\n".join(f"⚠ {config_error_text(exc)}" for exc in self._errors))
        self.error_label.setVisible(bool(self._errors))

    def _show_pending(self) -> None:
        """The banner and the marks on the fields that differ from the running network."""
        live, structural = self._pending
        now, edited = (dict(c.to_dict(), output=f"{c.output}|{c.loss}")
                       for c in (self.state.engine_will_run(), self._edited))
        now["dataset"], edited["dataset"] = self.state.dataset_will_run(), self.dataset_name
        live = list(live)
        structural = list(dict.fromkeys("output" if name == "loss" else name for name in structural))
        held = self.state.held_preset
        shown = [name for name in structural if name in self.labels]
        self.pending_label.setText(pending_text(held, shown, live, len(structural) - len(shown)))
        self.pending_label.setToolTip(details_text([change_text(n, now[n], edited[n]) for n in [*structural, *live]])
                                      if structural or live else "")
        self.pending_label.setStyleSheet(_BANNER[bool(live or structural)])
        marked = {*structural, *live}
        if held is not None:
            marked.add("preset")
        for name, label in self.labels.items():
            on = name in marked
            label.setProperty("pending", on)
            text = html.escape(field_label(name)) if name != "batch_norm" else ""
            # the dot's room is kept when unmarked: marking a field never moves the form
            label.setText(f"<span style='color: {'#c06000' if on else 'transparent'}'>●</span> {text}")
            label.setStyleSheet(_MARKED if on else "")
            running = self.state.running_preset if name == "preset" else now.get(name)
            label.setToolTip(running_tip(name, running) if on and name != "preset" else self.tr(TOOLTIPS[name]))

    def marked_fields(self) -> set[str]:
        """The fields marked as differing from the running network."""
        return {name for name, label in self.labels.items() if label.property("pending")}

    def _load_preset(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name in PRESETS:
            self.preset_chosen.emit(name)

    def _apply(self) -> None:
        try:
            config = self.current_config()
        except ConfigError:
            return
        self.reset_requested.emit(config, self.dataset_name or self.state.dataset_will_run())

    def reset_sent(self, config: Config, dataset: str | None = None) -> None:
        """The window sent ``Reset(config, dataset)``: until its snapshot, that is what the engine runs."""
        self.state.sent_reset(config, dataset or self.state.dataset_will_run(), self.preset.currentData())
        self._base = config
        self._changed()
