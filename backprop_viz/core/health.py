"""Health notes: plain-language warnings read off a step's per-layer statistics.

:func:`health_notes` turns a :class:`~backprop_viz.core.trace.StepTrace` (any capture
but ``"off"``; only ``stats`` and ``loss`` are read) and the run's :class:`Config` into
a list of :class:`Note`. The rules and their thresholds: the update ratio ``‖ΔW‖/‖W‖``
outside ``[1e-4, 1e-2]`` (the customary healthy value is about 1e-3; skipped during the
first ``WARMUP_STEPS`` steps, when Adam's bias-corrected steps are always large); more
than half of a hidden ReLU layer's units dead (``z ≤ 0`` for every sample of the
minibatch — only judged for minibatches of ``MIN_DEAD_BATCH`` samples or more, because
a unit is silent for one sample about half the time); more than half of a hidden
sigmoid/tanh layer's activations saturated (``a < 0.01`` or ``> 0.99``, resp.
``|a| > 0.99``: there ``f'(z)`` is below 4 % resp. 2 % of its peak, so when most
activations sit there most of the backward signal is cut off — output layers are exempt,
a confident classifier saturates its outputs on purpose); vanishing gradients (the first
layer's ``‖dW‖`` below 1e-3 × the last layer's, or exactly zero); exploding gradients
(any ``‖dW‖`` above 1e3, or the first layer's above 1e3 × the last's); and NaN/Inf in
the loss or any statistic. Pure NumPy/Python: no Qt, testable headless.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

UPDATE_RATIO_RANGE = (1e-4, 1e-2)
WARMUP_STEPS = 10
DEAD_FRAC = 0.5
MIN_DEAD_BATCH = 16
SATURATED_FRAC = 0.5
VANISHING_RATIO = 1e-3
EXPLODING_NORM = 1e3
EXPLODING_RATIO = 1e3


@dataclass(frozen=True)
class Note:
    level: str            # "warning" | "error"
    layer: int | None     # 1-based layer index, or None for the whole network
    title: str
    explanation: str      # one sentence: what it means
    fix: str              # one suggestion: what to try
    kind: str = ""        # machine-readable rule name, e.g. "dead_relu"

    @property
    def where(self) -> str:
        return "network" if self.layer is None else f"layer {self.layer}"


def _finite(value) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return True  # not a number: nothing to judge


def _nonfinite_notes(trace) -> list[Note]:
    notes = []
    if not _finite(trace.loss):
        notes.append(Note("error", None, f"The loss is {trace.loss}",
                          "A NaN or infinite loss means some number overflowed, so training cannot go on.",
                          "Reset and lower the learning rate (e.g. ÷10), or use a smaller weight initialisation.",
                          "nonfinite"))
    for layer in trace.layers:
        bad = sorted(name for name, value in layer.stats.items() if not _finite(value))
        if bad:
            notes.append(Note("error", layer.index, f"NaN/Inf in {', '.join(bad)}",
                              "Some of this layer's numbers are no longer finite, so every later step is "
                              "meaningless.", "Reset and lower the learning rate (e.g. ÷10).", "nonfinite"))
    return notes


def _layer_notes(layer, last: bool, trace, config) -> list[Note]:
    s, notes, l = layer.stats, [], layer.index
    ratio = s.get("update_ratio")
    lo, hi = UPDATE_RATIO_RANGE
    if ratio is not None and trace.step > WARMUP_STEPS:
        if ratio > hi:
            notes.append(Note("warning", l, f"Updates too large (‖ΔW‖/‖W‖ = {ratio:.2g})",
                              f"Each step changes this layer's weights by more than {hi:g} of their size "
                              "(about 1e-3 is typical), so training can jump around or diverge.",
                              "Lower the learning rate.", "update_ratio_high"))
        elif ratio < lo and s.get("grad_norm", 1.0) > 0:   # no gradient at all: the cause is elsewhere
            notes.append(Note("warning", l, f"Updates too small (‖ΔW‖/‖W‖ = {ratio:.2g})",
                              f"Each step changes this layer's weights by less than {lo:g} of their size "
                              "(about 1e-3 is typical), so this layer learns very slowly.",
                              "Raise the learning rate" + (", or use momentum or Adam." if config.optimizer == "sgd"
                                                           else "."), "update_ratio_low"))
    batch = trace.batch_size or config.batch_size
    dead = s.get("dead_frac")
    if not last and layer.activation == "relu" and dead is not None and dead > DEAD_FRAC \
            and batch >= MIN_DEAD_BATCH:
        notes.append(Note("warning", l, f"{dead:.0%} of the ReLUs are dead",
                          "A dead ReLU has z ≤ 0 for every sample, so its output and its gradient are "
                          "zero and it can never learn again.",
                          "Lower the learning rate, use He initialisation, or try leaky ReLU or batch norm.",
                          "dead_relu"))
    sat = s.get("saturated_frac")
    if not last and layer.activation in ("sigmoid", "tanh") and sat is not None and sat > SATURATED_FRAC:
        notes.append(Note("warning", l, f"{sat:.0%} of the {layer.activation}s are saturated",
                          "Where the activation is flat, f'(z) ≈ 0, so the error delta passed back "
                          "through these units almost vanishes.",
                          "Use smaller initial weights (Xavier), scale the inputs, or switch to ReLU.",
                          "saturated"))
    return notes


def _gradient_notes(layers) -> list[Note]:
    norms = [(layer.index, layer.stats.get("grad_norm")) for layer in layers]
    norms = [(l, g) for l, g in norms if g is not None and _finite(g)]
    notes = []
    for l, g in norms:
        if g > EXPLODING_NORM:
            notes.append(Note("error", l, f"Exploding gradient (‖dW‖ = {g:.3g})",
                              f"This layer's gradient is larger than {EXPLODING_NORM:g}, so one step can "
                              "throw the weights far away.",
                              "Lower the learning rate, or use smaller initial weights.", "exploding"))
    if len(norms) < 2:
        return notes
    (first, g1), (_, gL) = norms[0], norms[-1]
    if gL > 0 and g1 > EXPLODING_RATIO * gL and not any(n.layer == first for n in notes):
        notes.append(Note("warning", first, f"Exploding gradient (first layer ‖dW‖ {g1 / gL:.3g}× the last's)",
                          "The error grows as it is passed back through the layers, so the first layer "
                          "takes wild steps.", "Use smaller initial weights or batch norm.", "exploding"))
    if (gL > 0 and g1 < VANISHING_RATIO * gL) or (g1 == 0 and gL > 0):
        notes.append(Note("warning", first, f"Vanishing gradient (first layer ‖dW‖ = {g1:.2g}, "
                                            f"last {gL:.2g})",
                          "The error shrinks as it is passed back through the layers, so the first layer "
                          "hardly learns.",
                          "Use ReLU instead of sigmoid, He/Xavier initialisation, or fewer layers.",
                          "vanishing"))
    return notes


def health_notes(trace, config) -> list[Note]:
    """The notes for one step's trace (``[]`` when healthy or when ``trace`` is ``None``).

    Layers with NaN/Inf statistics get only the NaN note; errors come before warnings."""
    if trace is None:
        return []
    notes = _nonfinite_notes(trace)
    broken = {n.layer for n in notes}
    if None in broken:
        return notes
    good = [layer for layer in trace.layers if layer.index not in broken]
    last_index = trace.layers[-1].index if trace.layers else None
    for layer in good:
        notes += _layer_notes(layer, layer.index == last_index, trace, config)
    if not broken:
        notes += _gradient_notes(good)
    return sorted(notes, key=lambda n: (n.level != "error", n.layer or 0))
