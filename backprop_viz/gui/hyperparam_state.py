"""What the settings panel knows: the engine's running configuration and what was sent to it.

The one running configuration is the engine's, as every snapshot carries it
(``snapshot.config``, ``snapshot.dataset``); the panel's widgets hold the user's pending
edits on top of it. Between sending a command and seeing its snapshot, the engine is
about to run something else than its last snapshot says: :class:`SettingsState` keeps
the live changes and the reset sent since, so :meth:`SettingsState.engine_will_run` is
what the engine runs once it has read its commands (commands are handled in order).
:meth:`SettingsState.diff` splits an edited configuration into live changes (applied at
the next step) and structural ones (that need *Apply and reset*). Plain Python, no Qt.
"""

from __future__ import annotations

from backprop_viz.core.config import Config

#: settings the engine changes while training, from the next step (engine.run_commands.LIVE_SETTINGS)
LIVE = ("lr", "lr_decay", "momentum", "weight_decay", "optimizer", "epochs")


class SettingsState:
    def __init__(self, config: Config, preset: str | None = None, dataset: str = "mnist"):
        self.running = config              # the engine's, from its latest snapshot
        self.running_dataset = dataset
        self.running_preset = preset       # the preset the running network was built from, if any
        self.run_id: int | None = None
        self.held_preset: str | None = None   # a preset chosen but not applied: nothing of it goes live
        self._sent_live: dict = {}          # live changes sent, not yet seen in a snapshot
        self._sent_reset: tuple | None = None   # (config, dataset, run id when sent) until a new run shows

    # -- what the engine runs ----------------------------------------------------------------------
    def engine_will_run(self) -> Config:
        """The running configuration with every change sent to the engine since its latest snapshot."""
        base = self._sent_reset[0] if self._sent_reset is not None else self.running
        return base.replace(**self._sent_live) if self._sent_live else base

    def dataset_will_run(self) -> str:
        return self._sent_reset[1] if self._sent_reset is not None else self.running_dataset

    def on_snapshot(self, config: Config, dataset: str, run_id: int) -> None:
        """A snapshot arrived: its configuration is the running one."""
        if self._sent_reset is not None and run_id != self._sent_reset[2]:
            self._sent_reset = None        # the reset has happened (or another run replaced it)
        self.running, self.running_dataset, self.run_id = config, dataset, run_id
        if self._sent_reset is None:
            self._sent_live = {k: v for k, v in self._sent_live.items() if getattr(config, k) != v}

    def sent_live(self, changes: dict) -> None:
        self._sent_live.update(changes)

    def sent_reset(self, config: Config, dataset: str, preset: str | None) -> None:
        self._sent_reset = (config, dataset, self.run_id)
        self._sent_live = {}
        self.running_preset = preset
        self.held_preset = None

    def engine_failed(self) -> None:
        """The engine refused a command: what it runs is what its snapshots say."""
        self._sent_reset = None
        self._sent_live = {}

    # -- pending edits -------------------------------------------------------------------------------
    def diff(self, edited: Config, dataset: str | None) -> tuple[dict, list[str]]:
        """``(live, structural)``: the live settings ``edited`` changes (name → new value) and the
        names of the other settings it changes (``"dataset"`` too when ``dataset`` differs)."""
        now = self.engine_will_run()
        old, new = now.to_dict(), edited.to_dict()
        live = {name: getattr(edited, name) for name in LIVE if new[name] != old[name]}
        structural = [name for name in new if name not in LIVE and new[name] != old[name]]
        if dataset is not None and dataset != self.dataset_will_run():
            structural.append("dataset")
        return live, structural
