"""The engine loop's handlers for commands that change what the run is or looks at.

Live settings (learning rate, optimizer, … applied from the next step), the probe sample
(an evaluation sample by index, or any 28×28 image with where it came from — followed by the
per-sample views until :class:`~.protocol.FollowMinibatch`), one backprop
step on a single sample (the user's drawing), run and model files (saved between
steps; loaded as a fresh run on the same or the saved dataset), and Reset with its Undo (the
replaced run is kept, untouched, until the next reset or load). A mixin of
:class:`~.loop.EngineLoop`: each handler takes its typed command from :mod:`.protocol`.
"""

from __future__ import annotations

import numpy as np

from backprop_viz.core.memory import check_memory
from backprop_viz.core.messages import Message
from backprop_viz.core.optimizers import make_optimizer
from backprop_viz.engine import protocol as p
from backprop_viz.engine.protocol import EngineRefusal
from backprop_viz.engine.snapshot import Sample

#: size of the fixed evaluation subset used by "evaluate every K steps"
SUBSET_SIZE = 1000

#: settings that can change while training (at the next step) without a reset
LIVE_SETTINGS = ("lr", "lr_decay", "momentum", "beta1", "beta2", "eps", "weight_decay", "optimizer", "epochs")

#: what the engine loop holds of one run besides its Run object: saved on Reset, back on Undo
UNDO_FIELDS = ("run", "splits", "dataset", "_config", "_run_id", "_eval_points", "_subset_points", "_last_trace",
               "_target_epoch", "_probe_index", "_probe_input", "_samples", "_loaded_from")


class RunCommands:
    """Handlers of :class:`~.loop.EngineLoop` (which provides ``run``, ``_emit``, ``_setup``, …)."""

    def _set_live(self, command: p.SetLive) -> None:
        changes = dict(command.changes)
        run = self.run
        unknown = set(changes) - set(LIVE_SETTINGS)
        if unknown:
            raise EngineRefusal("engine.need_reset", tuple(sorted(unknown)))
        new = run.config.replace(**changes)
        # the schedule's current rate goes on unless lr itself is set (lr_decay acts at the next epoch's end)
        lr = new.lr if "lr" in changes else run.optimizer.lr
        if new.optimizer != run.config.optimizer:
            run.optimizer = make_optimizer(new, run.network.param_triples())
            run.trainer.optimizer = run.optimizer
        opt = run.optimizer
        opt.lr, opt.weight_decay = lr, new.weight_decay
        for name in ("momentum", "beta1", "beta2", "eps"):
            if hasattr(opt, name):
                setattr(opt, name, getattr(new, name))
        run.config = new
        self._emit(message=Message("engine.live"))

    def _probe(self, command: p.ProbeIndex) -> None:
        """Evaluation sample ``index`` as the probe, followed by the per-sample views."""
        d = self.run.data
        i = self._probe_index = int(command.index) % len(d.x_eval)
        self._probe_input = Sample(d.x_eval[i], d.t_eval[i], int(d.y_eval[i]), f"{d.eval_name} sample #{i}")
        self._emit()

    def _probe_sample(self, command: p.ProbeInput) -> None:
        """Any sample as the probe (a browsed image, a mistake, a drawing), followed by the per-sample views."""
        self._probe_input = Sample(*self._prepare_sample(command.pixels, command.label, command.source))
        self._emit()

    def _follow_minibatch(self, _: p.FollowMinibatch) -> None:
        """The per-sample views show the minibatch again; the probe keeps its sample."""
        if self._probe_input is not None:
            self._probe_input = Sample(*self._probe_input[:4], follow=False)
        self._emit()

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

    def _train_sample(self, command: p.TrainSample) -> None:
        run = self.run
        if run.config.batch_norm:
            raise EngineRefusal("engine.bn_single")
        if run.trainer.phase not in (None, "update"):
            run.step()  # finish the step under way first
        self._set_state("paused")
        x, t, label, source = self._prepare_sample(command.pixels, command.label, command.source)
        run.trainer.capture = "full"
        loss = run.trainer.step(x[None], t[None], np.array([label]), None)
        run.history.step_losses.append(loss)  # a training step like any other: keeps step numbers aligned
        self._last_trace = run.trainer.trace
        self._probe_input = (x, t, label, source)
        self._emit(message=Message("engine.one_sample", (source, label)))

    def _save_run(self, command: p.SaveRun) -> None:
        from backprop_viz.core.runfile import save_run

        run = self.run
        self._stop_in_full()
        if run.trainer.phase not in (None, "update"):
            self._one(full=True)   # finish the step under way: runs are saved between steps
        save_run(command.path, run, extra={"dataset": self.dataset, "eval_points": self._eval_points})
        self.out(p.Saved(str(command.path)))
        self._emit()

    def _load(self, command) -> None:
        """Continue a saved run, or start from a saved model's weights (same dataset as now,
        or the one the run was saved with)."""
        from backprop_viz.core.modelfile import load_model
        from backprop_viz.core.runfile import load_run, read_run_config, run_extra

        path = command.path
        before = {name: getattr(self, name) for name in UNDO_FIELDS}
        try:
            if isinstance(command, p.LoadRun):
                config, extra = read_run_config(path), run_extra(path)
                self._check_fits(config, extra.get("dataset"), path)
                check_memory(config)
                self._setup(config, extra.get("dataset"), announce=False)
                self.run = load_run(path, self.run.data)
                self._eval_points = [tuple(e) for e in extra.get("eval_points", [])] or self._eval_points
                self._target_epoch = self.run.epoch
            else:
                network, config, _ = load_model(path)
                self._check_fits(config, None, path)
                self._setup(config, announce=False)
                self.run.network.set_params(network.get_params())
                self.run.timeline.mark(self.run)   # step 0 of this run is the model, not the seed's weights
                loss, acc = self.run.evaluate()
                self._eval_points = [(0, loss, acc)]
        except Exception:
            # a file that cannot be used leaves the current run exactly as it was
            if before["splits"] is not self.splits and before["splits"] is not None:
                self.out(p.DataLoaded(before["splits"]))
            for name, value in before.items():
                setattr(self, name, value)
            raise
        self._undo = None
        self._loaded_from = str(path)
        self.out(p.Loaded(str(path)))
        self._emit()

    def _reset(self, command: p.Reset) -> None:
        """A fresh run; the one it replaces is kept for :meth:`_undo_reset`."""
        if command.config is not None:
            check_memory(command.config)   # refuse before allocating anything
        self._undo = {name: getattr(self, name) for name in UNDO_FIELDS} if self.run is not None else None
        self._setup(command.config, command.dataset)

    def _check_fits(self, config, dataset: str | None, path) -> None:
        """Refuse a model or run made for data of another shape than the data it would train on
        (checked before the current run is touched, when that data is the current one)."""
        from backprop_viz.core.modelfile import check_fits

        if self.run is not None and dataset in (None, self.dataset):
            d = self.run.data
            check_fits(config, d.x_eval.shape[1], d.t_eval.shape[1], self.dataset)

    def _undo_reset(self, _: p.UndoReset) -> None:
        """The run the last Reset replaced, exactly as it was, under its own run id."""
        if self._undo is None:
            raise EngineRefusal("engine.nothing_to_undo")
        kept, self._undo = self._undo, None
        if kept["splits"] is not self.splits:
            self.out(p.DataLoaded(kept["splits"]))
        for name, value in kept.items():
            setattr(self, name, value)
        self._limit_threads(self.run.config)
        self._sent_losses = 0      # the GUI starts its curves afresh: send the whole loss history
        self._rate.clear()
        self._starved_since, self._stats_gap = None, False
        self._set_state("paused")
        self._emit(message=Message("engine.undone"))

    # -- one weight edited by the "edit a weight" view (engine/edit_requests.py) -----------------
    def _apply_edit(self, command: p.ApplyEdit) -> None:
        """Write one weight on the loop's own thread (paused, between steps, still holding the
        expected value), then snapshot: the last trace's ``W_after`` of that layer becomes the
        edited matrix, so the snapshot's ``weights`` and ``network`` show the edit while its
        minibatch passes (``delta``, ``dW``) stay for the other views."""
        from dataclasses import replace

        from backprop_viz.core.trace import frozen_copy

        run, layer, i, j = self.run, int(command.layer), int(command.i), int(command.j)
        W = run.network.layers[layer - 1].W
        error = None
        if self._state != "paused":
            error = EngineRefusal("analysis.edit_needs_pause")
        elif run.trainer.phase not in (None, "update"):
            error = EngineRefusal("analysis.edit_mid_step")
        elif W[i, j].item() != command.expect:
            error = EngineRefusal("analysis.edit_outdated")
        if error is None:
            W[i, j] = command.value
            run.timeline.mark(run, {"edit": (layer, i, j)})   # a rewound run edited here becomes a branch
            trace = self._last_trace
            if trace is not None and trace.layers and trace.layers[layer - 1].W_after is not None:
                layers = list(trace.layers)
                layers[layer - 1] = replace(layers[layer - 1], W_after=frozen_copy(W))
                self._last_trace = replace(trace, layers=tuple(layers))
        if command.done is not None:
            command.done(error)
        elif error is not None:
            raise error
        if error is None:
            self._emit()
