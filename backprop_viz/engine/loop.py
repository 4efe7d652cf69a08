"""The training engine's command loop: drives a :class:`~backprop_viz.core.run.Run`.

:class:`EngineLoop` is plain Python and NumPy (no Qt), so the same loop runs in the
app's engine process (:mod:`.host`) or in a thread of the GUI process. Commands arrive
on a thread-safe queue (``play``, ``pause``, ``step``, ``phase``, ``epoch``, ``epochs``,
``reset``, ``speed``, ``hyper``, ``probe``, ``probe_input``, ``train_sample``,
``eval_every``, ``save_run``, ``load_run``, ``load_model``, ``stop``) and are drained
between minibatches, so pause and step act within one step's time. Results leave through
``out(kind, payload)``: immutable :class:`~.snapshot.Snapshot` objects, time-gated at the
source (while running, at most ``1/emit_interval`` a second, and only when the sink is
ready for one; only those steps capture full traces), plus ``state``, ``data``, ``error``,
``diverged``, ``saved``, ``loaded`` and ``stopped`` events. Manual steps and phases are
always shown. User-facing texts are English templates with arguments; the GUI words
them in the user's language. Exceptions become ``error`` events and a NaN/Inf loss a
``diverged`` event; either way the loop pauses and stays usable.
"""

from __future__ import annotations

import logging
import queue
import time
import traceback
from collections import deque

import numpy as np

from backprop_viz.core.config import Config
from backprop_viz.core.errors import DivergenceError
from backprop_viz.core.optimizers import make_optimizer
from backprop_viz.core.run import Run, TrainingData
from backprop_viz.core.threads import recommended_blas_threads
from backprop_viz.engine.snapshot import build_snapshot

log = logging.getLogger(__name__)

#: size of the fixed evaluation subset used by "evaluate every K steps"
SUBSET_SIZE = 1000

#: settings that can change while training (at the next step) without a reset
LIVE_SETTINGS = ("lr", "momentum", "beta1", "beta2", "eps", "weight_decay", "optimizer", "epochs")

# message templates (English; the GUI translates them, see gui.texts.engine_text)
READY = "Network initialised: ready to train"
LIVE = "Settings apply from the next step"
ONE_SAMPLE = "One backprop step on {0} (label {1})"
FINISHED = "Finished epoch {0}"
ERROR = "Error: {0}"
DIVERGED = "{diverged}"
NO_DATA = "no data loaded; reset with another dataset"
BN_SINGLE = ("batch norm cannot train on a single sample (its batch statistics need several); "
             "turn batch norm off to train on your drawing")


def default_loader(config: Config, dataset: str = "mnist"):
    """Load catalogue entry ``dataset`` with ``config``'s split. A dataset without a test
    set (e.g. a lone CSV file) is evaluated on a validation split carved from its training set."""
    from backprop_viz.data import find_entry

    splits = find_entry(dataset).load(validation=config.validation, seed=config.seed)
    if len(splits.test) == 0 and splits.validation is None:
        splits = splits.with_validation(max(1, min(5000, len(splits.train) // 10)), seed=config.seed)
    return splits


class EngineLoop:
    """Owns the run; ``out(kind, payload)`` receives everything it reports (see the module
    docstring); ``ready()`` says whether the sink takes a live snapshot now (else the step
    trains without capture and the next one is tried)."""

    def __init__(self, config: Config, out, loader=default_loader, emit_interval: float = 1 / 30,
                 ready=lambda: True, run_id: int = 0, serial: int = 0):
        self.commands: queue.Queue = queue.Queue()
        self.out = out
        self.ready = ready
        self._config = config
        self._loader = loader
        self.dataset = "mnist"
        self.emit_interval = emit_interval
        self.run: Run | None = None
        self._splits = None
        self._state = "paused"
        self._target_epoch = 0
        self._speed: float | None = None       # steps per second; None = as fast as possible
        self._next_due = 0.0
        self._last_emit = 0.0
        self._serial = serial                 # (a restarted engine continues above its predecessor's)
        self._run_id = run_id
        self._sent_losses = 0
        self._eval_points: list = []
        self._subset_points: list = []
        self.eval_every = 0                    # evaluate on SUBSET_SIZE samples every K steps (0: off)
        self._probe_index = 0
        self._probe_input = None               # (x, t, label, source) of a user-chosen probe
        self._last_trace = None
        self._rate = deque(maxlen=64)          # (time, samples seen)
        self._samples = 0
        self._threads = None

    def send(self, command: str, *args) -> None:
        """Queue a command (thread-safe)."""
        self.commands.put((command, args))

    # -- the loop ------------------------------------------------------------------------------
    def loop(self) -> None:
        """Run until a ``stop`` command; then report ``stopped``."""
        self._guard(self._setup)
        while True:
            busy = self._state != "paused" and self.run is not None
            timeout = max(0.0, self._next_due - time.perf_counter()) if busy and self._speed else 0.0
            try:
                if not busy:
                    command = self.commands.get(timeout=0.5)
                elif timeout > 0:
                    command = self.commands.get(timeout=timeout)
                else:
                    command = self.commands.get_nowait()
            except queue.Empty:
                command = None
            if command is not None:
                if command[0] == "stop":
                    break
                self._guard(self._handle, command[0], *command[1])
                continue
            if busy:
                self._guard(self._advance)
        if self._threads is not None:
            self._threads.restore_original_limits()
        self.out("stopped", None)

    def _guard(self, fn, *args) -> None:
        try:
            fn(*args)
        except DivergenceError as exc:
            self._set_state("paused")
            self.out("diverged", str(exc))
            self._emit(message=(DIVERGED, str(exc)))
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            log.error("engine failure:\n%s", traceback.format_exc())
            self._set_state("paused")
            self.out("error", (type(exc).__name__, str(exc)))
            if self.run is not None:
                self._emit(message=(ERROR, str(exc)))

    def _setup(self, config: Config | None = None, dataset: str | None = None, announce: bool = True) -> None:
        config = config or self._config
        old = self._config
        new_data = dataset is not None and dataset != self.dataset
        split_key = lambda c: (c.validation, c.seed if c.validation else None)  # noqa: E731
        prep_key = lambda c: (split_key(c), c.input_scaling, c.target_off, c.target_on, c.dtype)  # noqa: E731
        if self._splits is None or new_data or split_key(config) != split_key(old):
            splits = self._loader(config, dataset or self.dataset)
            self.dataset = dataset or self.dataset
            self._splits = splits
            self.out("data", splits)
            self.run = None
        self._config = config
        if self.run is None or prep_key(config) != prep_key(old):
            self.run = Run(config, TrainingData.from_splits(self._splits, config), capture="off")
        else:
            self.run.reset(config)
        from threadpoolctl import threadpool_limits

        if self._threads is not None:
            self._threads.restore_original_limits()
        self._threads = threadpool_limits(recommended_blas_threads(config.sizes, config.batch_size, gui=True), "blas")
        self._run_id += 1
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
            self._emit(message=(READY,))

    # -- commands ------------------------------------------------------------------------------
    def _handle(self, command: str, *args) -> None:
        if command == "reset":  # args: (config=None, dataset=None)
            self._setup(*args)
            return
        if command in ("load_run", "load_model"):  # args: (path,)
            self._load(command, args[0])
            return
        if self.run is None:
            raise RuntimeError(NO_DATA)
        run = self.run
        if command == "play":
            if self._target_epoch <= run.epoch:
                self._target_epoch = run.epoch + run.config.epochs
            self._start("playing")
        elif command == "pause":
            self._set_state("paused")
            self._emit()
        elif command in ("step", "phase"):
            self._set_state("paused")
            self._one(full=True, phase=command == "phase")
            self._emit()
        elif command in ("epoch", "epochs"):
            self._target_epoch = run.epoch + (int(args[0]) if args else 1)
            self._start("stepping")
        elif command == "speed":
            self._speed = float(args[0]) if args and args[0] else None
        elif command == "hyper":
            self._apply_live(dict(args[0]))
            self._emit(message=(LIVE,))
        elif command == "save_run":  # args: (path,)
            from backprop_viz.core.runfile import save_run

            self._set_state("paused")
            if run.trainer.phase not in (None, "update"):
                self._one(full=True)   # finish the step under way: runs are saved between steps
            save_run(args[0], run, extra={"dataset": self.dataset, "eval_points": self._eval_points})
            self.out("saved", str(args[0]))
            self._emit()
        elif command == "eval_every":
            self.eval_every = max(int(args[0]), 0)
        elif command == "probe":
            self._probe_index = int(args[0]) % len(run.data.x_eval)
            self._probe_input = None
            self._emit()
        elif command == "probe_input":  # (pixels uint8 (28, 28) or (784,), label or None, source)
            self._probe_input = self._prepare_sample(*args)
            self._emit()
        elif command == "train_sample":  # (pixels, label, source): one backprop step on one sample
            self._train_sample(*args)
        else:
            raise ValueError(f"unknown command {command!r}")

    def _prepare_sample(self, pixels, label=None, source="custom sample"):
        """Scale raw 0–255 pixels like the training data; one-hot target when labelled."""
        from backprop_viz.data import Dataset

        c = self.run.config
        images = np.asarray(pixels, dtype=np.uint8).reshape(1, 28, 28)
        ds = Dataset(images=images, labels=np.array([label if label is not None else 0]), source=source,
                     class_names=tuple(str(k) for k in range(c.n_outputs)))
        x = ds.inputs(c.input_scaling, dtype=np.dtype(c.dtype))[0]
        t = ds.one_hot(c.target_off, c.target_on, dtype=np.dtype(c.dtype))[0] if label is not None else None
        return x, t, label, source

    def _train_sample(self, pixels, label: int, source: str = "your drawing") -> None:
        run = self.run
        if run.config.batch_norm:
            raise ValueError(BN_SINGLE)
        if run.trainer.phase not in (None, "update"):
            run.step()  # finish the step under way first
        self._set_state("paused")
        x, t, label, source = self._prepare_sample(pixels, label, source)
        run.trainer.capture = "full"
        loss = run.trainer.step(x[None], t[None], np.array([label]), None)
        run.history.step_losses.append(loss)  # a training step like any other: keeps step numbers aligned
        self._last_trace = run.trainer.trace
        self._probe_input = (x, t, label, source)
        self._emit(message=(ONE_SAMPLE, source, label))

    def _load(self, command: str, path) -> None:
        """Continue a saved run, or start from a saved model's weights (same dataset as now,
        or the one the run was saved with)."""
        from backprop_viz.core.modelfile import load_model
        from backprop_viz.core.runfile import load_run, read_run_config, run_extra

        if command == "load_run":
            config, extra = read_run_config(path), run_extra(path)
            self._setup(config, extra.get("dataset"), announce=False)
            self.run = load_run(path, self.run.data)
            self._eval_points = [tuple(p) for p in extra.get("eval_points", [])] or self._eval_points
            self._target_epoch = self.run.epoch
        else:
            network, config, _ = load_model(path)
            self._setup(config, announce=False)
            self.run.network.set_params(network.get_params())
            loss, acc = self.run.evaluate()
            self._eval_points = [(0, loss, acc)]
        self.out("loaded", str(path))
        self._emit()

    def _apply_live(self, changes: dict) -> None:
        run = self.run
        unknown = set(changes) - set(LIVE_SETTINGS)
        if unknown:
            raise ValueError(f"{', '.join(sorted(unknown))} need a reset")
        new = run.config.replace(**changes)
        if new.optimizer != run.config.optimizer:
            run.optimizer = make_optimizer(new, run.network.param_triples())
            run.trainer.optimizer = run.optimizer
        else:
            opt = run.optimizer
            opt.lr, opt.weight_decay = new.lr, new.weight_decay
            for name in ("momentum", "beta1", "beta2", "eps"):
                if hasattr(opt, name):
                    setattr(opt, name, getattr(new, name))
        run.config = new
        self._config = new

    def _start(self, state: str) -> None:
        self._next_due = time.perf_counter()
        self._set_state(state)
        self._emit()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.out("state", state)

    # -- training --------------------------------------------------------------------------------
    def _one(self, full: bool, phase: bool = False):
        run = self.run
        run.trainer.capture = "full" if full else "off"
        before = run.global_step
        if phase:
            _, record = run.step_phase()
        else:
            _, record = run.step()
        if run.global_step > before:
            self._samples += run.trainer.batch_size
            self._rate.append((time.perf_counter(), self._samples))
        if full:
            self._last_trace = run.trainer.trace
        if record is not None:
            self._eval_points.append((record.step, record.eval_loss, record.eval_accuracy))
        if self.eval_every and run.global_step > before and run.global_step % self.eval_every == 0:
            d, n = run.data, SUBSET_SIZE
            loss, acc = run.network.evaluate(d.x_eval[:n], d.t_eval[:n], d.y_eval[:n])
            self._subset_points.append((run.global_step, loss, acc))
        return record

    def _advance(self) -> None:
        now = time.perf_counter()
        show = (now - self._last_emit >= self.emit_interval or self._speed is not None) and self.ready()
        record = self._one(full=show)
        if self._speed:
            self._next_due = max(self._next_due + 1.0 / self._speed, now)
        if record is not None and self.run.epoch >= self._target_epoch:
            self._set_state("paused")
            self._emit(message=(FINISHED, self.run.epoch))
        elif show or record is not None:
            self._emit()

    def _emit(self, message: tuple = ("",)) -> None:
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
                                  samples_per_s=rate, eta_seconds=eta, message=message, dataset=self.dataset)
        self._sent_losses = len(run.history.step_losses)
        self.out("snapshot", snapshot)
