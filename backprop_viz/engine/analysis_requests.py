"""Requests behind the "why did it do that?" views: the gradient as a prediction, answered by the engine.

Each is a :class:`~.protocol.Request` with its handler on the :class:`~.workbench.Workbench`,
computed with :mod:`backprop_viz.core.analyses` from the last snapshot (its frozen
``network``, its ``trace`` of the last minibatch and its ``probe``) and the engine's splits:
the loss along the optimizer's last update (:class:`LossAlongStep`), ``dE/dx`` of a sample
(:class:`InputGradient`), which samples pushed a weight (:class:`WhoPushed`) and gradient
steps on the input until the answer changes (:class:`MakeItA`); editing one weight of the
engine's real run and undoing it are in :mod:`.edit_requests` (imported from here). Passes on
the minibatch are in training mode with the step's own dropout masks; passes on single
samples (probe, drawing) and on the evaluation split are in evaluation mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from backprop_viz.core.analyses import input_gradient, loss_slice
from backprop_viz.engine.protocol import EngineRefusal, Request
from backprop_viz.engine.requests import _network_of, evaluation_split, scaled, training_batch
from backprop_viz.engine.workbench import handles


def _last_step(snap, update: bool = False):
    """The snapshot's minibatch trace, with its backward pass (and its update, if ``update``)."""
    trace = snap.trace
    if trace is None or trace.x is None or not trace.layers or trace.layers[0].delta is None:
        raise EngineRefusal("analysis.no_backward")
    if update and trace.layers[0].dW_update is None:
        raise EngineRefusal("analysis.no_update")
    return trace


def _masks(trace, n: int):
    """The step's own dropout masks, when they fit ``n`` samples (else ``None``: drawn from a seed)."""
    masks = [layer.mask for layer in trace.layers]
    return masks if all(m is None or len(m) == n for m in masks) else None


def _one_hot(config, label: int) -> np.ndarray:
    if not 0 <= int(label) < config.n_outputs:
        raise ValueError(f"the label must be 0 to {config.n_outputs - 1}, not {label}")
    t = np.full(config.n_outputs, config.target_off, dtype=np.dtype(config.dtype))
    t[int(label)] = config.target_on
    return t


def _check_index(sizes, layer: int, i: int | None, j: int) -> None:
    if not 1 <= int(layer) < len(sizes):
        raise ValueError(f"layer must be 1 to {len(sizes) - 1} (the lecture counts from 1), not {layer}")
    n_in, n_out = sizes[int(layer) - 1], sizes[int(layer)]
    if not 0 <= int(j) < n_out or (i is not None and not 0 <= int(i) < n_in):
        raise ValueError(f"W{layer} is {n_in}×{n_out}: W[{i}, {j}] does not exist" if i is not None else
                         f"layer {layer} has units 0 to {n_out - 1}, not {j}")


def _sample(snap, pixels):
    """``(x (n_in,), label or None, source)``: given 28×28 pixels, else the probe sample."""
    if pixels is None:
        probe = snap.probe
        if probe is None:
            raise RuntimeError("no probe sample yet: the engine is still starting")
        return np.asarray(probe.x[0]), probe.label, probe.source
    pixels = np.asarray(pixels)
    if pixels.size != 28 * 28 or snap.config.n_inputs != 28 * 28:
        raise ValueError(f"a digit has 28×28 = 784 pixels (got {pixels.size}) and needs a network with 784 inputs "
                         f"(this one has {snap.config.n_inputs})")
    return scaled(np.clip(pixels, 0, 255).reshape(28, 28), snap.config)[0], None, "given pixels"


# -- loss along the step -----------------------------------------------------------------------
@dataclass(frozen=True)
class LossAlongStep(Request):
    """``E`` along the last update ``ΔW``, from ``s = 0`` (before it) to ``span`` times it."""

    span: float = 3.0
    points: int = 41
    eval_samples: int = 500
    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class LossAlongStepAnswer:
    s: np.ndarray            # (points,) from 0 to span; s = 1 is where the learning rate landed
    minibatch: np.ndarray    # E(θ_before + s·ΔW) on the step's minibatch (training mode, its dropout masks)
    evaluation: np.ndarray   # the same on the first eval_samples of the evaluation split (evaluation mode)
    tangent: np.ndarray      # first order: E(0) + s·slope
    slope: float             # Σ dW·ΔW over W and b (= −lr·‖g‖² for plain SGD)
    optimizer: str           # "sgd": ΔW = −lr·g; else the slice follows momentum's or Adam's actual ΔW
    lr: float
    step: int
    run_id: int
    split: str


@handles(LossAlongStep)
def _loss_along_step(request: LossAlongStep, bench, progress, cancelled) -> LossAlongStepAnswer:
    snap = _network_of(bench, request)
    trace = _last_step(snap, update=True)
    points, span, n_eval = int(request.points), float(request.span), int(request.eval_samples)
    if not (2 <= points <= 1000 and 0 < span <= 100 and n_eval >= 1):
        raise ValueError(f"the slice needs 2 to 1000 points, a span in (0, 100] and at least one evaluation "
                         f"sample, not {points}, {span}, {n_eval}")
    net = snap.network.frozen()     # at θ_before: the step's own W and b (batch norm's γ, β as now)
    direction = []
    for layer, lt in zip(net.layers, trace.layers):
        layer.W, layer.b = np.array(lt.W_before), np.array(lt.b_before)
        d = {"W": lt.dW_update, "b": lt.db_update}
        if layer.bn is not None:
            d.update(gamma=np.zeros_like(layer.bn.gamma), beta=np.zeros_like(layer.bn.beta))
        direction.append(d)
    s = np.linspace(0.0, span, points)
    x, t = trace.x, trace.targets
    batch = loss_slice(net, x, t, direction, s, masks=_masks(trace, len(x)))
    dataset, split = evaluation_split(bench.splits)
    x_eval, t_eval = training_batch(dataset, snap.config, n_eval, np.dtype(snap.config.dtype))
    evaluation = loss_slice(net, x_eval, t_eval, direction, s, training=False)
    slope = sum(float(np.vdot(np.asarray(lt.dW, np.float64), lt.dW_update))
                + float(np.vdot(np.asarray(lt.db, np.float64), lt.db_update)) for lt in trace.layers)
    return LossAlongStepAnswer(s, batch, evaluation, batch[0] + s * slope, slope, snap.config.optimizer,
                               trace.lr, trace.step, snap.run_id, split)


# -- the input gradient ------------------------------------------------------------------------
@dataclass(frozen=True)
class InputGradient(Request):
    """``dE/dx`` of the probe (the inspected sample) or of given 28×28 ``pixels`` (0–255), for
    ``label`` (``None``: the sample's own label, else the network's answer)."""

    pixels: Any = None
    label: int | None = None
    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class InputGradientAnswer:
    gradient: np.ndarray       # (n_in,) dE/dx in evaluation mode: > 0 raises the loss, < 0 lowers it
    x: np.ndarray              # (n_in,) the input, scaled like the training data
    label: int                 # the target the loss was taken against
    own_answer: bool           # no label was known: the network's own answer was the target
    loss: float
    probabilities: np.ndarray  # (n_out,) a_L
    source: str
    run_id: int
    global_step: int


@handles(InputGradient)
def _input_gradient(request: InputGradient, bench, progress, cancelled) -> InputGradientAnswer:
    snap = _network_of(bench, request)
    net, config = snap.network, snap.config
    x, label, source = _sample(snap, request.pixels)
    x = x.reshape(1, -1)
    out = np.asarray(net.infer(x)[0], dtype=np.float64)
    own = request.label is None and label is None
    label = int(request.label if request.label is not None else out.argmax() if own else label)
    t = _one_hot(config, label)[None]
    gradient = input_gradient(net, x, t, training=False)[0].astype(np.float64)
    loss, _ = net.evaluate(x, t, np.array([label]))
    return InputGradientAnswer(gradient, x[0].copy(), label, own, float(loss), out, source, snap.run_id,
                               snap.global_step)


# -- who pushed this weight? -------------------------------------------------------------------
@dataclass(frozen=True)
class WhoPushed(Request):
    """Each minibatch sample's share of ``dW[i, j]`` of ``layer`` (1-based), or with ``i=None``
    the sum of its |shares| over all weights into unit ``j``."""

    layer: int = 1
    j: int = 0
    i: int | None = None
    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class WhoPushedAnswer:
    contributions: np.ndarray   # (N,) a_prev[n, i]·delta[n, j] (> 0 pushes W down at W −= lr·dW, < 0 up);
    #                             a unit: Σ_i |a_prev[n, i]·delta[n, j]| = |delta[n, j]|·Σ_i |a_prev[n, i]|
    order: np.ndarray           # positions in the minibatch, largest contribution first
    indices: np.ndarray | None  # (N,) the samples' positions in the training set (for thumbnails)
    labels: np.ndarray | None
    total: float                # Σ contributions (for a weight: its dW[i, j])
    dW: float | None            # the step's dW[i, j] (None for a unit)
    layer: int
    i: int | None
    j: int
    step: int
    run_id: int


@handles(WhoPushed)
def _who_pushed(request: WhoPushed, bench, progress, cancelled) -> WhoPushedAnswer:
    snap = _network_of(bench, request)
    trace = _last_step(snap)
    layer, i, j = int(request.layer), request.i, int(request.j)
    _check_index(snap.config.sizes, layer, i, j)
    lt = trace.layers[layer - 1]
    a_prev, delta = np.asarray(lt.a_prev, np.float64), np.asarray(lt.delta, np.float64)
    if i is None:
        terms, dW = np.abs(delta[:, j]) * np.abs(a_prev).sum(axis=1), None
    else:
        terms, dW = a_prev[:, int(i)] * delta[:, j], float(lt.dW[int(i), j])
    order = np.argsort(-terms, kind="stable")
    return WhoPushedAnswer(terms, order, trace.indices, trace.labels, float(terms.sum()), dW, layer,
                           None if i is None else int(i), j, trace.step, snap.run_id)


# -- "make it a …" -----------------------------------------------------------------------------
@dataclass(frozen=True)
class MakeItA(Request):
    """Gradient steps on the input (not the weights) toward digit ``target`` until the network
    answers it: ``x ← clip(x − step·range·g/max|g|)`` with ``g = dE/dx`` for that target, so each
    step moves the most sensitive pixel by ``step`` of the pixel range. Starts from given 28×28
    ``pixels`` (0–255) or the probe sample; at most ``max_steps`` steps."""

    target: int = 0
    pixels: Any = None
    step: float = 0.02
    max_steps: int = 200
    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class MadeIt:
    target: int
    reached: bool               # the network's answer became the target
    steps: int                  # gradient steps taken
    pixels: np.ndarray          # (steps + 1, 28, 28) uint8: the image before each step and at the end
    probabilities: np.ndarray   # (steps + 1, n_out) the network's a_L for each of them (evaluation mode)
    pixels_changed: int         # pixels of the last image that differ from the first
    change: np.ndarray          # (28, 28) int16: last − first
    source: str
    run_id: int
    global_step: int


def _to_pixels(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Inputs scaled like the data back to 0–255 pixels (every scaling is affine in the pixel value)."""
    return np.clip(np.rint((np.asarray(x, np.float64) - lo) / (hi - lo) * 255), 0, 255).astype(np.uint8)


@handles(MakeItA)
def _make_it_a(request: MakeItA, bench, progress, cancelled) -> MadeIt:
    snap = _network_of(bench, request)
    net, config = snap.network, snap.config
    if config.n_inputs != 28 * 28:
        raise ValueError(f"'make it a …' needs a network with 784 inputs (28×28 pixels); this one has "
                         f"{config.n_inputs}")
    target, step, max_steps = int(request.target), float(request.step), int(request.max_steps)
    t = _one_hot(config, target)[None]
    if not (0 < step <= 1 and 1 <= max_steps <= 10_000):
        raise ValueError(f"a step must be in (0, 1] of the pixel range and 1 to 10000 steps are allowed, "
                         f"not {step} and {max_steps}")
    lo, hi = (float(scaled(np.full((28, 28), v, np.uint8), config)[0, 0]) for v in (0, 255))
    x, _, source = _sample(snap, request.pixels)
    x = _to_pixels(x, lo, hi)
    x = scaled(x, config)                       # (1, 784): what the network sees, on the pixel grid
    images, outputs = [], []
    while True:
        pixels = _to_pixels(x[0], lo, hi)
        images.append(pixels.reshape(28, 28))
        outputs.append(np.asarray(net.infer(scaled(pixels, config))[0], np.float64))
        if outputs[-1].argmax() == target or len(images) > max_steps or cancelled():
            break
        g = input_gradient(net, x, t, training=False)
        top = float(np.abs(g).max())
        if top == 0:
            break                               # the loss does not depend on the input here
        x = np.clip(x - (step * (hi - lo) / top) * g, min(lo, hi), max(lo, hi))
    change = images[-1].astype(np.int16) - images[0].astype(np.int16)
    return MadeIt(target, bool(outputs[-1].argmax() == target), len(images) - 1, np.stack(images),
                  np.stack(outputs), int(np.count_nonzero(change)), change, source, snap.run_id, snap.global_step)


from backprop_viz.engine import edit_requests  # noqa: F401 - registers EditWeight and UndoEdit
from backprop_viz.engine import noise_requests  # noqa: F401 - registers GradientAgreement
