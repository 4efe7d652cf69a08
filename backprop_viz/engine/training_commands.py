"""The engine loop's handlers for the commands that drive training.

Play trains to the run's last epoch (a finished run one epoch more, its ``epochs`` raised so
every count the GUI shows agrees), Run-N-epochs to N more, Step and Phase one captured step
or phase; Pause stops so that the state paused in is shown in full (one more, captured step
unless the last one was). Speed, evaluate-every and the GUI's ``Taken`` acknowledgements
are set here too. A mixin of :class:`~.loop.EngineLoop`, which provides ``run``, ``_one``,
``_emit`` and the loop's state.
"""

from __future__ import annotations

import time

from backprop_viz.core.messages import Message
from backprop_viz.engine import protocol as p


class TrainingCommands:
    """Training handlers of :class:`~.loop.EngineLoop` (see the module docstring)."""

    def _play(self, _: p.Play) -> None:
        # to the run's last epoch; a finished run trains one more (and says so)
        run = self.run
        self._start("playing", self._aim(max(run.config.epochs, run.epoch + 1)))

    def _aim(self, epoch: int) -> Message | None:
        """Train until ``epoch`` epochs are complete; beyond the run's ``epochs``, that count is
        raised to it (the status bar and the settings then agree). Returns the note to show."""
        self._target_epoch = epoch
        if epoch <= self.run.config.epochs:
            return None
        self.run.config = self.run.config.replace(epochs=epoch)
        return Message("engine.more_epochs", (epoch,))

    def _pause(self, _: p.Pause) -> None:
        record = self._stop_in_full()
        self._emit(message=Message("engine.finished", (self.run.epoch,)) if record is not None else None)

    def _stop_in_full(self):
        """Pause so that the state paused in is shown in full: while training, one more step,
        captured, unless the last step already was. Returns that step's epoch record, if any."""
        run, trace, record = self.run, self._last_trace, None
        shown = (run.global_step == 0 or run.trainer.phase not in (None, "update")
                 or (trace is not None and trace.step == run.global_step and trace.phase == "update"))
        if self._state != "paused" and not shown:
            record = self._one(full=True)
        self._set_state("paused")
        return record

    def _step(self, command) -> None:
        self._set_state("paused")
        self._one(full=True, phase=isinstance(command, p.Phase))
        self._emit()

    def _run_epochs(self, command: p.RunEpochs) -> None:
        self._start("stepping", self._aim(self.run.epoch + max(int(command.count), 1)))

    def _set_speed(self, command: p.Speed) -> None:
        self._speed = float(command.steps_per_s) if command.steps_per_s else None

    def _set_eval_every(self, command: p.EvalEvery) -> None:
        self.eval_every = max(int(command.steps), 0)

    def _taken(self, command: p.Taken) -> None:
        self.flow.taken(command.serial)

    def _start(self, state: str, message: Message | None = None) -> None:
        self._next_due = time.perf_counter()
        self._set_state(state)
        self._emit(message=message)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.out(p.StateChanged(state))
