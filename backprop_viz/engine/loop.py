"""The training engine's command loop: the one owner of the run and its configuration.

:class:`EngineLoop` is plain Python and NumPy (no Qt), so the same loop runs in the app's
engine process (:mod:`.host`) or in a thread of the GUI process. Typed commands
(:mod:`.protocol`) arrive on a thread-safe queue and are drained between minibatches, so
pause and step act within one step's time; one table maps each command type to its
handler (training in :mod:`.training_commands`; files, samples, reset and undo in
:mod:`.run_commands`). :class:`~.protocol.Request` commands go to the
:class:`~.workbench.Workbench`, which computes on its own thread.
Results leave through ``out(report)``: immutable :class:`~.snapshot.Snapshot` objects,
time-gated at the source (while running, at most ``1/emit_interval`` a second, and only
while the :class:`~.flow.SnapshotFlow` says the GUI is ready for one; only those steps
capture full traces), and the small reports of :mod:`.protocol`. Manual steps and phases
are always shown, and so is the state a run pauses in: the step that ends an epoch is
captured (it can be predicted), and a Pause while training trains one more, captured step.
While paused, idle time evens out the timeline's checkpoints in slices of a few milliseconds
(:mod:`backprop_viz.core.respace`). Texts for the user are :class:`~backprop_viz.core.messages.Message`
codes. Exceptions become :class:`~.protocol.Failed` reports and a NaN/Inf loss a
:class:`~.protocol.Diverged` one; either way the loop pauses and stays usable.
"""

from __future__ import annotations

import logging
import queue
import time
import traceback
from collections import deque

from backprop_viz.core.config import Config
from backprop_viz.core.errors import DivergenceError
from backprop_viz.core.heap import HeapTrimmer
from backprop_viz.core.messages import Message
from backprop_viz.core.run import Run, TrainingData
from backprop_viz.core.threads import BlasLimits, recommended_blas_threads
from backprop_viz.engine import protocol as p
from backprop_viz.engine.flow import SnapshotFlow
from backprop_viz.engine.protocol import EngineRefusal, message_of
from backprop_viz.engine.run_commands import SUBSET_SIZE, RunCommands
from backprop_viz.engine.snapshot import build_snapshot
from backprop_viz.engine.timeline_commands import TimelineCommands
from backprop_viz.engine.training_commands import TrainingCommands
from backprop_viz.engine.workbench import Workbench

log = logging.getLogger(__name__)

#: seconds of training without a captured step (the GUI busy) that break the charts over time
GAP_SECONDS = 1.0

__all__ = ["EngineLoop", "SUBSET_SIZE", "default_loader"]


def default_loader(config: Config, dataset: str = "mnist"):
    """Load catalogue entry ``dataset`` with ``config``'s split, memory-mapped so that the GUI
    process maps the same pages. A dataset without a test set (e.g. a lone CSV file) is
    evaluated on a validation split carved from its training set."""
    from backprop_viz.data import find_entry, share_splits

    splits = find_entry(dataset).load(validation=config.validation, seed=config.seed)
    if len(splits.test) == 0 and splits.validation is None:
        splits = splits.with_validation(max(1, min(5000, len(splits.train) // 10)), seed=config.seed)
    return share_splits(splits)


class EngineLoop(TrainingCommands, RunCommands, TimelineCommands):
    """Owns the run; ``out(report)`` receives everything it reports (see the module docstring)."""

    def __init__(self, config: Config, out, loader=default_loader, emit_interval: float = 1 / 30,
                 flow: SnapshotFlow | None = None, run_id: int = 0, serial: int = 0):
        self.commands: queue.Queue = queue.Queue()
        self.out = out
        self.flow = flow or SnapshotFlow()
        self._config = config                 # until the first run exists; then run.config
        self._loader = loader
        self.dataset = "mnist"
        self.emit_interval = emit_interval
        self.run: Run | None = None
        self.splits = None
        self.workbench = Workbench(self, out)
        self._state = "paused"
        self._target_epoch = 0
        self._speed: float | None = None       # steps per second; None = as fast as possible
        self._next_due = 0.0
        self._last_emit = 0.0
        self._serial = serial                 # (a restarted engine continues above its predecessor's)
        self._run_id = run_id
        self._last_run_id = run_id             # the highest run id given out (undo brings back an older one)
        self._loaded_from = ""                 # the file the network came from ("": from the seed)
        self._undo = None                      # what the last Reset replaced (run_commands.UNDO_FIELDS)
        self._starved_since = None             # when a due capture was first skipped (the GUI not ready)
        self._stats_gap = False                # the last captured step followed such a stretch
        self._sent_losses = 0
        self._eval_points: list = []
        self._subset_points: list = []
        self.eval_every = 0                    # evaluate on SUBSET_SIZE samples every K steps (0: off)
        self._probe_index = 0
        self._probe_input = None               # (x, t, label, source) of a user-chosen probe
        self._last_trace = None
        self._rate = deque(maxlen=64)          # (time, samples seen)
        self._samples = 0
        self.blas = BlasLimits()              # the one owner of the BLAS thread count (training, the race)
        self._heap = HeapTrimmer()             # free pages back to the system in a long run
        self.latest = None                     # the last snapshot sent (requests read its network)
        self._untidy = lambda: None            # (a weak reference to) a run whose timeline could not be evened out
        self._tidying = None                   # the timeline being evened out (while paused)
        self._handlers = {
            p.Play: self._play, p.Pause: self._pause, p.Step: self._step, p.Phase: self._step,
            p.RunEpochs: self._run_epochs, p.Reset: self._reset, p.Speed: self._set_speed,
            p.SetLive: self._set_live, p.EvalEvery: self._set_eval_every, p.ProbeIndex: self._probe,
            p.ProbeInput: self._probe_sample, p.TrainSample: self._train_sample, p.SaveRun: self._save_run,
            p.LoadRun: self._load, p.LoadModel: self._load, p.Taken: self._taken,
            p.UndoReset: self._undo_reset,
            p.FollowMinibatch: self._follow_minibatch,
            p.ApplyEdit: self._apply_edit,
            p.Rewind: self._rewind,
            p.Branch: self._branch,
        }

    @property
    def config(self) -> Config:
        """The running configuration (the one source of truth: the run's own)."""
        return self.run.config if self.run is not None else self._config

    def send(self, command: p.Command) -> None:
        """Queue a command (thread-safe); requests and cancels go straight to the workbench."""
        if isinstance(command, (p.Request, p.Cancel)):
            self.workbench.submit(command)
        elif isinstance(command, p.Taken):
            self.flow.taken(command.serial)
        else:
            self.commands.put(command)

    # -- the loop ------------------------------------------------------------------------------
    def loop(self) -> None:
        """Run until a :class:`~.protocol.Stop` command; then report :class:`~.protocol.Stopped`."""
        self.workbench.start()
        self._guard(self._setup)
        while True:
            busy = self._state != "paused" and self.run is not None
            timeout = max(0.0, self._next_due - time.perf_counter()) if busy and self._speed else 0.0
            try:
                if busy and self._tidying is not None:   # training again: evening out lets go of its shadow
                    self._stop_tidying()
                if not busy and self.commands.empty() and self._tidy():   # idle: timeline work, a slice at a time
                    command = self.commands.get_nowait()
                elif not busy:
                    command = self.commands.get(timeout=0.5)
                elif timeout > 0:
                    command = self.commands.get(timeout=timeout)
                else:
                    command = self.commands.get_nowait()
            except queue.Empty:
                command = None
            if isinstance(command, p.Stop):
                break
            if command is not None:
                self._guard(self._handle, command)
            elif busy:
                self._guard(self._advance)
        self.workbench.stop()
        self.blas.restore()
        self.out(p.Stopped())

    def _guard(self, fn, *args) -> None:
        try:
            fn(*args)
        except DivergenceError as exc:
            self._set_state("paused")
            self.out(p.Diverged(message_of(exc)))
            self._emit(message=message_of(exc))
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            log.error("engine failure:\n%s", traceback.format_exc())
            self._set_state("paused")
            self.out(p.Failed(type(exc).__name__, message_of(exc)))
            if self.run is not None:
                self._emit(message=Message("engine.error", (message_of(exc),)))

    def _handle(self, command: p.Command) -> None:
        handler = self._handlers.get(type(command))
        if handler is None:
            raise EngineRefusal("engine.unknown_command", type(command).__name__)
        if self.run is None and not isinstance(command, (p.Reset, p.UndoReset, p.LoadRun, p.LoadModel, p.Speed,
                                                          p.EvalEvery)):
            raise EngineRefusal("engine.no_data")
        handler(command)

    def _setup(self, config: Config | None = None, dataset: str | None = None, announce: bool = True) -> None:
        config = config or self.config
        old = self.config
        new_data = dataset is not None and dataset != self.dataset
        split_key = lambda c: (c.validation, c.seed if c.validation else None)  # noqa: E731
        prep_key = lambda c: (split_key(c), c.input_scaling, c.target_off, c.target_on, c.dtype)  # noqa: E731
        if self.splits is None or new_data or split_key(config) != split_key(old):
            self.splits = self._loader(config, dataset or self.dataset)
            self.dataset = dataset or self.dataset
            self.out(p.DataLoaded(self.splits))
            self.run = None
        self._config = config
        # a new Run object (never reset in place): the replaced one stays intact for UndoReset
        data = None if self.run is None or prep_key(config) != prep_key(old) else self.run.data
        self.run = Run(config, data or TrainingData.from_splits(self.splits, config), capture="off")
        self._limit_threads(config)
        self._last_run_id += 1
        self._run_id = self._last_run_id
        self._loaded_from = ""
        self._starved_since, self._stats_gap = None, False
        self._probe_input = None
        self._sent_losses = 0
        self._last_trace = None
        self._target_epoch = 0
        self._samples = 0
        self._rate.clear()
        self._probe_index = min(self._probe_index, len(self.run.data.x_eval) - 1)
        loss, acc = self.run.evaluate()
        self._eval_points = [(0, loss, acc)]
        self._subset_points = []
        self._set_state("paused")
        if announce:  # (loading a file announces its own, finished state instead)
            self._emit(message=Message("engine.ready"))

    def _limit_threads(self, config: Config) -> None:
        self.blas.set_base(recommended_blas_threads(config.sizes, config.batch_size, gui=True))

    # -- training --------------------------------------------------------------------------------
    def _one(self, full: bool, phase: bool = False):
        run = self.run
        run.trainer.capture = "full" if full else "off"
        before = run.global_step
        _, record = run.step_phase() if phase else run.step()
        if run.global_step > before:
            self._samples += run.trainer.batch_size
            self._rate.append((time.perf_counter(), self._samples))
        if full:
            self._last_trace = run.trainer.trace
            now = time.perf_counter()
            self._stats_gap = self._starved_since is not None and now - self._starved_since >= GAP_SECONDS
            self._starved_since = None
        if record is not None:
            self._eval_points.append((record.step, record.eval_loss, record.eval_accuracy))
        if self.eval_every and run.global_step > before and run.global_step % self.eval_every == 0:
            d, n = run.data, SUBSET_SIZE
            loss, acc = run.network.evaluate(d.x_eval[:n], d.t_eval[:n], d.y_eval[:n])
            self._subset_points.append((run.global_step, loss, acc))
        return record

    def _advance(self) -> None:
        now = time.perf_counter()
        due = now - self._last_emit >= self.emit_interval or self._speed is not None
        show = due and self.flow.ready()
        if due and not show and self._starved_since is None:
            self._starved_since = now
        # the step that ends an epoch is always captured: a run that stops there is shown in full
        record = self._one(full=show or self.run.next_step_ends_epoch)
        self._heap.maybe_trim()
        if self._speed:
            self._next_due = max(self._next_due + 1.0 / self._speed, now)
        if record is not None and self.run.epoch >= self._target_epoch:
            self._set_state("paused")
            self._emit(message=Message("engine.finished", (self.run.epoch,)))
        elif show or record is not None:
            self._emit()

    def _emit(self, message: Message | None = None) -> None:
        run = self.run
        if run is None:
            return
        rate = 0.0
        if len(self._rate) >= 2 and self._rate[-1][0] > self._rate[0][0]:
            rate = (self._rate[-1][1] - self._rate[0][1]) / (self._rate[-1][0] - self._rate[0][0])
        remaining = max(self._target_epoch - run.epoch, 0) * run.steps_per_epoch - run.step_in_epoch
        eta = remaining * run.config.batch_size / rate if rate > 0 and self._state != "paused" and remaining > 0 else None
        self._serial += 1
        self._last_emit = time.perf_counter()
        snapshot = build_snapshot(run, serial=self._serial, run_id=self._run_id, state=self._state,
                                  trace=self._last_trace, probe_index=self._probe_index,
                                  probe_input=self._probe_input,
                                  # the probe's own dW (one sample, no update) when someone is looking
                                  probe_gradients=self._state == "paused" or self._probe_input is not None,
                                  first_new_loss=self._sent_losses, eval_points=self._eval_points,
                                  subset_points=self._subset_points,
                                  samples_per_s=rate, eta_seconds=eta, message=message, dataset=self.dataset,
                                  loaded_from=self._loaded_from, stats_gap=self._stats_gap)
        self._sent_losses = len(run.history.step_losses)
        self.latest = snapshot
        self.flow.sent(self._serial)
        self.out(snapshot)
