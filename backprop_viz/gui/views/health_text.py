"""The health notes in words of the current language.

:func:`backprop_viz.core.health.health_notes` judges a step and words its notes in
English for the CLI. The Health view re-words each note from its rule (``Note.kind``)
and the step's own statistics, through Qt's translation machinery, so the same checks
read naturally in every language; a note of a rule this module does not know is shown
with the engine's English words.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from backprop_viz.core.health import (DEAD_FRAC, EXPLODING_NORM, MIN_DEAD_BATCH, SATURATED_FRAC, UPDATE_RATIO_RANGE,
                                      VANISHING_RATIO, WARMUP_STEPS)

translate = QCoreApplication.translate


def where(note) -> str:
    if note.layer is None:
        return translate("HealthNotes", "network")
    return translate("HealthNotes", "layer {0}").format(note.layer)


def _finite(value) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return True   # not a number: nothing to judge (as the rules do)


def _finite_norms(trace) -> list[float]:
    norms = [layer.stats.get("grad_norm") for layer in trace.layers]
    return [g for g in norms if g is not None and _finite(g)]


def note_words(note, trace, config) -> tuple[str, str, str]:
    """``(title, explanation, fix)`` of ``note`` (a :class:`~backprop_viz.core.health.Note` for ``trace``)."""
    layer = next((x for x in trace.layers if x.index == note.layer), None)
    s = layer.stats if layer is not None else {}
    lo, hi = UPDATE_RATIO_RANGE
    kind = note.kind
    if kind == "nonfinite" and note.layer is None:
        return (translate("HealthNotes", "The loss is {0}").format(trace.loss),
                translate("HealthNotes", "A NaN or infinite loss means some number overflowed, so training cannot "
                          "go on."),
                translate("HealthNotes", "Reset and lower the learning rate (e.g. ÷10), or use a smaller weight "
                          "initialisation."))
    if kind == "nonfinite":
        bad = sorted(name for name, value in s.items() if not _finite(value))
        return (translate("HealthNotes", "NaN/Inf in {0}").format(", ".join(bad)),
                translate("HealthNotes", "Some of this layer's numbers are no longer finite, so every later step "
                          "is meaningless."),
                translate("HealthNotes", "Reset and lower the learning rate (e.g. ÷10)."))
    if kind == "update_ratio_high":
        return (translate("HealthNotes", "Updates too large (‖ΔW‖/‖W‖ = {0:.2g})").format(s["update_ratio"]),
                translate("HealthNotes", "Each step changes this layer's weights by more than {0:g} of their size "
                          "(about 1e-3 is typical), so training can jump around or diverge.").format(hi),
                translate("HealthNotes", "Lower the learning rate."))
    if kind == "update_ratio_low":
        fix = (translate("HealthNotes", "Raise the learning rate, or use momentum or Adam.") if config.optimizer == "sgd"
               else translate("HealthNotes", "Raise the learning rate."))
        return (translate("HealthNotes", "Updates too small (‖ΔW‖/‖W‖ = {0:.2g})").format(s["update_ratio"]),
                translate("HealthNotes", "Each step changes this layer's weights by less than {0:g} of their size "
                          "(about 1e-3 is typical), so this layer learns very slowly.").format(lo), fix)
    if kind == "dead_relu":
        return (translate("HealthNotes", "{0:.0%} of the ReLUs are dead").format(s["dead_frac"]),
                translate("HealthNotes", "A dead ReLU has z ≤ 0 for every sample, so its output and its gradient "
                          "are zero and it can never learn again."),
                translate("HealthNotes", "Lower the learning rate, use He initialisation, or try leaky ReLU or "
                          "batch norm."))
    if kind == "saturated":
        return (translate("HealthNotes", "{0:.0%} of the {1} units are saturated").format(s["saturated_frac"],
                                                                                        layer.activation),
                translate("HealthNotes", "Where the activation is flat, f'(z) ≈ 0, so the error delta passed back "
                          "through these units almost vanishes."),
                translate("HealthNotes", "Use smaller initial weights (Xavier), scale the inputs, or switch to "
                          "ReLU."))
    norms = _finite_norms(trace)
    if kind == "exploding" and note.level == "error" and "grad_norm" in s:
        return (translate("HealthNotes", "Exploding gradient (‖dW‖ = {0:.3g})").format(s["grad_norm"]),
                translate("HealthNotes", "This layer's gradient is larger than {0:g}, so one step can throw the "
                          "weights far away.").format(EXPLODING_NORM),
                translate("HealthNotes", "Lower the learning rate, or use smaller initial weights."))
    if kind == "exploding" and len(norms) >= 2 and norms[-1] > 0:
        return (translate("HealthNotes", "Exploding gradient (first layer ‖dW‖ {0:.3g}× the last's)").format(
                    norms[0] / norms[-1]),
                translate("HealthNotes", "The error grows as it is passed back through the layers, so the first "
                          "layer takes wild steps."),
                translate("HealthNotes", "Use smaller initial weights or batch norm."))
    if kind == "vanishing" and len(norms) >= 2:
        return (translate("HealthNotes", "Vanishing gradient (first layer ‖dW‖ = {0:.2g}, last {1:.2g})").format(
                    norms[0], norms[-1]),
                translate("HealthNotes", "The error shrinks as it is passed back through the layers, so the first "
                          "layer hardly learns."),
                translate("HealthNotes", "Use ReLU instead of sigmoid, He/Xavier initialisation, or fewer layers."))
    return note.title, note.explanation, note.fix


def checks() -> list[str]:
    """What the rules check, one line each."""
    return [translate("HealthNotes", "update ratio ‖ΔW‖/‖W‖ within [{0:g}, {1:g}] (from step {2})").format(
                *UPDATE_RATIO_RANGE, WARMUP_STEPS + 1),
            translate("HealthNotes", "at most {0:.0%} of a hidden layer's ReLUs dead (minibatches of {1} or "
                      "more)").format(DEAD_FRAC, MIN_DEAD_BATCH),
            translate("HealthNotes", "at most {0:.0%} of a hidden layer's sigmoid/tanh activations "
                      "saturated").format(SATURATED_FRAC),
            translate("HealthNotes", "first layer's ‖dW‖ at least {0:g} × the last layer's (no vanishing "
                      "gradient)").format(VANISHING_RATIO),
            translate("HealthNotes", "every ‖dW‖ at most {0:g} (no exploding gradient)").format(EXPLODING_NORM),
            translate("HealthNotes", "no NaN or Inf in the loss or statistics")]
