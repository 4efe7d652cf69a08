"""Checking a lesson's questions before anyone answers them: quantities, tolerances, templates.

:func:`check_question` validates one question table of a lesson file against the lesson's
network and returns ``(key path, message)`` pairs (the loader turns them into
``FILE:LINE: message``): the kind, the source, the tolerance (a number ≥ 0 or a percentage
such as ``"5%"``), the terms and the quantity — each parsed with :mod:`.quantity` and then
*evaluated* on an example step of the lesson's own network (:func:`example_trace`: a real
forward, backward and update on random inputs), so an unknown name, a layer that does not
exist, an index out of range, an array where one number is needed or a choice index past
the last choice is caught at check time — and the ``{placeholders}`` of the prompt and the
explanation (a prompt may not show the answer).
"""

from __future__ import annotations

import functools
import re

import numpy as np

from backprop_viz.core.config import Config
from backprop_viz.core.trace import LayerTrace, StepTrace, frozen_copy
from backprop_viz.lessons.answers import SPECIAL, placeholders
from backprop_viz.lessons.model import KINDS, SOURCES, WHEN, Tolerance
from backprop_viz.lessons.quantity import CONTEXT_NAMES, KNOWN_NAMES, QuantityError, parse
from backprop_viz.lessons.values import evaluate_all

_PERCENT = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*$")
_NAME = re.compile(r"^[A-Za-z_]\w*$")


@functools.lru_cache(maxsize=16)
def example_trace(config: Config, source: str = "step") -> StepTrace:
    """A real step of ``config``'s network on random inputs: forward, backward and (for a
    ``"step"``) the update ``W − lr·dW``; the probe's (N = 1) stops after backward."""
    from backprop_viz.core.network import Network

    net = Network.from_config(config.replace(dtype="float64"))
    rng = np.random.default_rng(0)
    n = 1 if source == "probe" else max(2 if config.batch_norm else 1, min(config.batch_size, 4))
    x = rng.random((n, config.n_inputs))
    labels = np.arange(n) % config.n_outputs
    t = np.full((n, config.n_outputs), config.target_off)
    t[np.arange(n), labels] = config.target_on
    net.forward(x, training=source == "step")
    loss = net.compute_loss(t)
    net.backward(t)
    update = source == "step"
    layers = []
    for layer in net.layers:
        after = {}
        if update:
            dW, db = -config.lr * layer.dW, -config.lr * layer.db
            after = dict(W_after=frozen_copy(layer.W + dW), b_after=frozen_copy(layer.b + db),
                         dW_update=frozen_copy(dW), db_update=frozen_copy(db))
        layers.append(LayerTrace(layer.index, layer.f.name, layer.n_in, layer.n_out, frozen_copy(layer.a_prev),
                                 frozen_copy(layer.z), frozen_copy(layer.z_hat), frozen_copy(layer.a),
                                 frozen_copy(layer.mask), frozen_copy(layer.delta), frozen_copy(layer.dW),
                                 frozen_copy(layer.db), frozen_copy(layer.W), frozen_copy(layer.b), **after))
    return StepTrace(step=1, epoch=0, phase="update" if update else "backward", loss=float(loss), lr=config.lr,
                     capture="full", x=frozen_copy(x), targets=frozen_copy(t), labels=frozen_copy(labels),
                     output=layers[-1].a, layers=tuple(layers), source="" if update else "example sample")


def tolerance_of(value, what: str = "tolerance") -> Tolerance:
    """``0.01`` (absolute) or ``"5%"`` (relative); anything else raises ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"{what} must be a number ≥ 0 or a percentage such as \"5%\", not {value!r}")
    if isinstance(value, str):
        m = _PERCENT.match(value)
        if m is None:
            raise ValueError(f"{what} must be a number ≥ 0 or a percentage such as \"5%\", not {value!r}")
        return Tolerance(float(m.group(1)) / 100, relative=True)
    if not value >= 0 or value != value or value == float("inf"):
        raise ValueError(f"{what} must be a number ≥ 0, not {value!r}")
    return Tolerance(float(value))


def check_question(q: dict, config: Config, problems: list, examples: bool = True) -> None:
    """Append ``(key, message)`` for every problem of question table ``q`` (keys relative to it);
    ``examples=False`` skips evaluating its quantities on an example step (shipped lessons,
    already checked by the test suite, load quickly and without building networks)."""
    kind = q.get("kind")
    if kind not in KINDS:
        problems.append(("kind", f"unknown question kind {kind!r} (kinds: {', '.join(KINDS)})"))
    source = q.get("source", "step")
    if source not in SOURCES:
        problems.append(("source", f"unknown source {source!r} (sources: {', '.join(SOURCES)})"))
        source = "step"
    if q.get("when", "after_action") not in WHEN:
        problems.append(("when", f"unknown 'when' {q.get('when')!r} (one of: {', '.join(WHEN)})"))
    _check_tolerances(q, kind, problems)
    if kind == "choice":
        choices = q.get("choices")
        if not isinstance(choices, list) or len(choices) < 2:
            problems.append(("choices", "a choice question needs a list of at least two choices"))
    elif "choices" in q:
        problems.append(("choices", f"only a choice question has choices, not a {kind} question"))
    if "magnitude" in q and kind != "direction":
        problems.append(("magnitude", "only a direction question asks for a magnitude"))
    terms = q.get("terms", {})
    if not isinstance(terms, dict):
        problems.append(("terms", "terms must be a table of name = \"quantity\""))
        terms = {}
    quantities = {}
    for name, text in terms.items():
        if not _NAME.match(name) or name in KNOWN_NAMES or name in SPECIAL:
            problems.append((f"terms.{name}", f"{name!r} cannot name a term: it must be a new name, not one "
                                              "of the trace's or value/answer/expected/tolerance/magnitude"))
        else:
            quantities[name] = text
    for key in ("quantity", "magnitude"):
        if key in q:
            quantities["value" if key == "quantity" else key] = q[key]
    if "quantity" not in q:
        problems.append(("quantity", "the question names no quantity to check"))
    if examples:
        _check_quantities(quantities, config, source, q, problems)
    _check_templates(q, set(quantities) | set(terms), problems)


def _check_tolerances(q: dict, kind, problems: list) -> None:
    for key in ("tolerance", "magnitude_tolerance"):
        if key in q:
            try:
                tolerance_of(q[key], key)
            except ValueError as exc:
                problems.append((key, str(exc)))
    if kind == "number" and "tolerance" not in q:
        problems.append(("tolerance", "a number question needs a tolerance, e.g. tolerance = 0.01 or \"5%\""))
    if kind == "choice" and "tolerance" in q:
        problems.append(("tolerance", "a choice question has no tolerance"))
    if "magnitude" in q and "magnitude_tolerance" not in q:
        problems.append(("magnitude_tolerance", "a magnitude needs a magnitude_tolerance, e.g. \"30%\""))
    if "magnitude_tolerance" in q and "magnitude" not in q:
        problems.append(("magnitude_tolerance", "magnitude_tolerance without a magnitude"))


def _check_quantities(quantities: dict, config: Config, source: str, q: dict, problems: list) -> None:
    keys = {name: ("quantity" if name == "value" else name if name == "magnitude" else f"terms.{name}")
            for name in quantities}
    for name, text in quantities.items():
        if not isinstance(text, str):
            problems.append((keys[name], f"a quantity is a text in quotes, not {text!r}"))
    texts = {n: t for n, t in quantities.items() if isinstance(t, str)}
    unparsed = set()
    for name, text in texts.items():
        try:
            parse(text, extra_names=texts)
        except QuantityError as exc:
            problems.append((keys[name], str(exc)))
            unparsed.add(name)
    trace = example_trace(config, source)
    context = {name: 1.0 for name in CONTEXT_NAMES if source == "step" or name != "loss_after_update"}
    values, failed = evaluate_all(texts, trace, context)
    for name, message in failed.items():
        if name in unparsed or message.startswith("needs "):
            continue
        if source == "probe" and "update" in message:
            message += " (source = \"probe\": the probe sample is never updated)"
        problems.append((keys[name], message))
    value = values.get("value")
    if q.get("kind") == "choice" and value is not None and isinstance(q.get("choices"), list):
        if not float(value).is_integer() or not 0 <= value < len(q["choices"]):
            problems.append(("quantity", f"a choice question's quantity must give a choice's index 0 … "
                                         f"{len(q['choices']) - 1}; on an example step it gives {value:g}"))


def _check_templates(q: dict, names: set, problems: list) -> None:
    choices = q.get("choices") if isinstance(q.get("choices"), list) else []
    templates = [("prompt", q.get("prompt")), ("explanation", q.get("explanation"))]
    templates += [("choices", c if isinstance(c, dict) else {"en": c}) for c in choices]
    for key, texts in templates:
        allowed = names | set(SPECIAL) if key == "explanation" else names - {"value", "magnitude"}
        if not isinstance(texts, dict):
            continue
        for language, template in texts.items():
            for name in dict.fromkeys(placeholders(str(template))):
                where = key if key == "choices" else f"{key}.{language}"
                if name in ("value", "magnitude", "expected", "answer") and key != "explanation":
                    problems.append((where, f"the {key} shows {{{name}}}: that would give the answer away"))
                elif name not in allowed:
                    terms = ", ".join(sorted(names - {"value", "magnitude"})) or "none"
                    problems.append((where, f"{{{name}}} is not a term of this question (terms: {terms})"))
