"""Evaluating quantities on a real step's trace: the live numbers a lesson checks answers against.

:func:`evaluate` computes one quantity (text or parsed :class:`~.quantity.Node`) from a
:class:`~backprop_viz.core.trace.StepTrace` — the latest minibatch step or the probe
sample's own passes — plus a ``context`` of further named numbers (the question's terms,
and what the engine knows beside the trace: ``steps_per_epoch``, ``n_train``, …). The
losses before/after the update (``loss_before_update``, ``loss_after_update``) are
computed here from ``network`` (any :class:`~backprop_viz.core.network.Network` of the
step's architecture): a forward pass in evaluation mode on the step's own samples with the
trace's ``W_before``/``W_after``, touching no training state (:func:`loss_with`).
:func:`evaluate_all` evaluates a question's terms in order (each may use the earlier
ones) and keeps going past a quantity that is not known yet, reporting why. Arrays are
read as float64; the result must be one number. Every failure is a
:class:`~.quantity.QuantityError` with a sentence a teacher or learner can act on.
"""

from __future__ import annotations

import math

import numpy as np

from backprop_viz.core.trace import PHASES, StepTrace
from backprop_viz.lessons.quantity import (CONTEXT_NAMES, KNOWN_NAMES, LAYER_NAMES, Node, QuantityError,
                                           names_in, parse)

_ATTRIBUTE = {"W": "W_before", "b": "b_before"}
_MISSING = {"z_hat": "this network has no batch norm", "mask": "no dropout was applied in this step"}


def loss_with(network, trace: StepTrace, after: bool = True) -> float:
    """The loss of ``trace``'s samples with its ``W_after``/``b_after`` (``after``) or
    ``W_before``/``b_before``: an evaluation-mode forward pass on a copy of ``network``."""
    if trace.x is None or trace.targets is None:
        raise QuantityError("the step's samples and targets were not kept, so its loss cannot be recomputed")
    if after and (trace.phase != "update" or trace.layers[0].W_after is None):
        raise QuantityError("the loss after the update is known after the update phase")
    net = network.frozen(share_weights=True)
    for layer, lt in zip(net.layers, trace.layers):
        W, b = (lt.W_after, lt.b_after) if after else (lt.W_before, lt.b_before)
        if W is None or b is None:
            raise QuantityError("the step's weights were not kept, so its loss cannot be recomputed")
        layer.W, layer.b = W, b
    net.forward(np.asarray(trace.x), training=False)
    return float(net.compute_loss(np.asarray(trace.targets, dtype=net.dtype)))


class _Scope:
    def __init__(self, trace: StepTrace, context: dict, network):
        self.trace, self.context, self.network = trace, context, network

    def known_after(self, name: str, phase: str) -> None:
        done = self.trace.phase if self.trace.phase in PHASES else "forward"
        if PHASES.index(phase) > PHASES.index(done):
            raise QuantityError(f"{name} is known after the {phase} phase; this step has only completed its "
                                f"{done} phase")

    def array(self, name: str, value) -> np.ndarray:
        if value is None:
            raise QuantityError(f"{name} was not kept for this step (it ran at full speed): take a Step or a "
                                "Phase to see its numbers")
        return np.asarray(value, dtype=np.float64)

    def layer(self, name: str, number: int) -> np.ndarray:
        layers = self.trace.layers
        if not layers:
            raise QuantityError("this step kept no layers (it ran at full speed): take a Step or a Phase")
        if name == "a" and number == 0:
            return self.array("x", self.trace.x)
        if not 1 <= number <= len(layers):
            raise QuantityError(f"{name}[{number}]: the network has layers 1 … {len(layers)} (L = {len(layers)})")
        self.known_after(name, LAYER_NAMES[name][1])
        lt = layers[number - 1]
        if name == "fprime":
            from backprop_viz.core.activations import get_activation
            if lt.activation == "softmax":
                raise QuantityError("f'(z) of a softmax layer is folded into the loss: delta_L = a − t")
            pre = lt.z_hat if lt.z_hat is not None else lt.z
            return get_activation(lt.activation).df(self.array("z", pre), self.array("a", lt.a))
        value = getattr(lt, _ATTRIBUTE.get(name, name))
        if value is None and name in _MISSING:
            raise QuantityError(f"{name}[{number}]: {_MISSING[name]}")
        return self.array(f"{name}[{number}]", value)

    def name(self, name: str):
        tr = self.trace
        if name in LAYER_NAMES:
            raise QuantityError(f"{name} needs a layer first: {name}[1] … {name}[L], e.g. {name}[L][0, 0]")
        if name in self.context:
            return np.asarray(self.context[name], dtype=np.float64)
        if name in ("loss_after_update", "loss_before_update") and self.network is not None:
            self.known_after(name, CONTEXT_NAMES[name][1])
            self.context[name] = loss_with(self.network, tr, after=name == "loss_after_update")
            return np.float64(self.context[name])
        if name in CONTEXT_NAMES:
            raise QuantityError(f"{name} is not known here ({CONTEXT_NAMES[name][0]})")
        if name not in KNOWN_NAMES:
            raise QuantityError(f"{name} is used before it is defined: list the terms in the order they build up")
        self.known_after(name, KNOWN_NAMES[name][1])
        simple = {"lr": tr.lr, "N": tr.batch_size, "L": len(tr.layers), "step": tr.step, "epoch": tr.epoch}
        if name in simple:
            return np.float64(simple[name])
        if name == "loss":
            if tr.loss is None:
                raise QuantityError("the loss is unknown: this sample has no label")
            return np.float64(tr.loss)
        if name == "n_params":
            return np.float64(sum(lt.n_in * lt.n_out + lt.n_out for lt in tr.layers))
        if name == "g":
            return np.concatenate([self.layer(part, i).reshape(-1) for i in range(1, len(tr.layers) + 1)
                                   for part in ("dW", "db")])
        if name == "label" and tr.labels is None:
            raise QuantityError("the labels are unknown (e.g. a drawing without a label)")
        field = {"x": tr.x, "t": tr.targets, "label": tr.labels, "output": tr.output}[name]
        return self.array(name, field)


def _integer(value: np.ndarray, what: str, column: int) -> int:
    v = np.asarray(value)
    if v.size != 1 or not float(v.reshape(-1)[0]).is_integer():
        raise QuantityError(f"{what} must be a whole number (column {column})", column)
    return int(v.reshape(-1)[0])


def _index(scope: _Scope, node: Node, terms: dict):
    target, *indices = node.args
    if target.kind == "name" and target.value in LAYER_NAMES:
        if len(indices) != 1 or indices[0].kind == "slice":
            raise QuantityError(f"the first brackets of {target.value} choose the layer: write "
                                f"{target.value}[L][0, k] (column {node.column})", node.column)
        return scope.layer(target.value, _integer(_eval(scope, indices[0], terms), "a layer", node.column))
    array = _eval(scope, target, terms)
    if len(indices) > array.ndim:
        raise QuantityError(f"{len(indices)} indices for an array of shape {array.shape} (column {node.column})",
                            node.column)
    keys = []
    for axis, index in enumerate(indices):
        if index.kind == "slice":
            keys.append(slice(None))
            continue
        i = _integer(_eval(scope, index, terms), "an index", index.column)
        if not 0 <= i < array.shape[axis]:
            raise QuantityError(f"index {i} is out of range 0 … {array.shape[axis] - 1} (column {index.column})",
                                index.column)
        keys.append(i)
    return np.asarray(array[tuple(keys)], dtype=np.float64)


def _row(v: np.ndarray, fn: str, column: int) -> np.ndarray:
    if v.ndim > 1 and v.shape[0] != 1:
        raise QuantityError(f"{fn}() needs one row, e.g. {fn}(a[L][0]), not an array of shape {v.shape} "
                            f"(column {column})", column)
    return v.reshape(-1)


def _call(fn: str, args: list, column: int) -> np.ndarray:
    v = args[0]
    if fn in ("argmax", "argmin"):
        row = _row(v, fn, column)
        return np.float64(np.argmax(row) if fn == "argmax" else np.argmin(row))
    if fn in ("log", "sqrt") and np.any(v <= 0 if fn == "log" else v < 0):
        raise QuantityError(f"{fn}() of a {'non-positive' if fn == 'log' else 'negative'} number (column {column})",
                            column)
    if fn in ("sum", "mean", "max", "min") and v.size == 0:
        raise QuantityError(f"{fn}() of an empty array (column {column})", column)
    if fn == "dot":
        a, b = (_row(x, fn, column) for x in args)
        if a.shape != b.shape:
            raise QuantityError(f"dot() of shapes {a.shape} and {b.shape} (column {column})", column)
        return np.float64(a @ b)
    table = {"norm": lambda: np.sqrt(np.sum(v * v)), "sum": lambda: np.sum(v), "mean": lambda: np.mean(v),
             "max": lambda: np.max(v), "min": lambda: np.min(v), "abs": lambda: np.abs(v),
             "sign": lambda: np.sign(v), "sqrt": lambda: np.sqrt(v), "exp": lambda: np.exp(np.minimum(v, 700)),
             "log": lambda: np.log(v), "sigmoid": lambda: 0.5 * (1 + np.tanh(0.5 * v)),
             "size": lambda: np.float64(v.size)}
    return np.asarray(table[fn](), dtype=np.float64)


def _binary(op: str, a: np.ndarray, b: np.ndarray, column: int) -> np.ndarray:
    try:
        np.broadcast_shapes(a.shape, b.shape)
    except ValueError:
        raise QuantityError(f"shapes {a.shape} and {b.shape} do not match for {op!r} (column {column})",
                            column) from None
    if op == "/" and np.any(b == 0):
        raise QuantityError(f"division by zero (column {column})", column)
    with np.errstate(over="ignore", invalid="ignore"):
        if op == "**":
            if np.any((a < 0) & (b != np.round(b))):
                raise QuantityError(f"a negative number to a fractional power (column {column})", column)
            return np.power(a, b)
        ops = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide, "==": np.equal,
               "!=": np.not_equal, "<": np.less, ">": np.greater, "<=": np.less_equal, ">=": np.greater_equal}
        return np.asarray(ops[op](a, b), dtype=np.float64)


def _eval(scope: _Scope, node: Node, terms: dict) -> np.ndarray:
    if node.kind == "num":
        return np.float64(node.value)
    if node.kind == "name":
        if node.value in terms:
            return np.float64(terms[node.value])
        return scope.name(node.value)
    if node.kind == "index":
        return _index(scope, node, terms)
    if node.kind == "call":
        return _call(node.value, [_eval(scope, arg, terms) for arg in node.args], node.column)
    if node.kind == "unary":
        v = _eval(scope, node.args[0], terms)
        return -v if node.value == "-" else v
    if node.kind == "binary":
        a, b = (_eval(scope, arg, terms) for arg in node.args)
        return _binary(node.value, a, b, node.column)
    raise QuantityError(f"':' only selects a whole axis inside brackets (column {node.column})", node.column)


def evaluate(quantity, trace: StepTrace | None, context: dict | None = None, *, network=None) -> float:
    """The value of ``quantity`` (text or :class:`Node`) on ``trace``; ``context``: further named
    numbers (terms, engine values); ``network``: for the losses before/after the update."""
    if trace is None:
        raise QuantityError("no step yet: take a Step or a Phase first")
    context = dict(context or {})
    node = quantity if isinstance(quantity, Node) else parse(quantity, extra_names=context)
    value = _eval(_Scope(trace, context, network), node, context)
    if np.size(value) != 1:
        raise QuantityError(f"this gives an array of shape {np.shape(value)}, not one number: index it, "
                            "e.g. a[L][0, k]")
    result = float(np.asarray(value).reshape(-1)[0])
    if not math.isfinite(result):
        raise QuantityError(f"this gives {result}, not a finite number")
    return result


def evaluate_all(quantities: dict, trace: StepTrace | None, context: dict | None = None, *,
                 network=None) -> tuple[dict, dict]:
    """``(values, problems)``: each named quantity evaluated in order (later ones may use earlier
    names); a quantity that cannot be evaluated lands in ``problems`` as its message."""
    known = dict(context or {})
    values, problems = {}, {}
    names = set(quantities) | set(known)
    for name, text in quantities.items():
        try:
            node = parse(text, extra_names=names)
            failed = sorted(names_in(node) & set(problems))
            if failed:
                problems[name] = f"needs {failed[0]}: {problems[failed[0]]}"
                continue
            values[name] = known[name] = evaluate(node, trace, known, network=network)
        except QuantityError as exc:
            problems[name] = str(exc)
    return values, problems
