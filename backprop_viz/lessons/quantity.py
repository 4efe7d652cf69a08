"""The quantity language: a tiny, safe expression grammar over a step's trace.

A lesson's question names the number it checks as a *quantity*, e.g. ``delta[L][0, k]``
("the delta of output unit k for sample 0 after the backward phase"),
``argmax(a[L][0])``, ``loss_after_update - loss`` or ``-lr * norm(g)**2``. This module
parses such text into a small tree — nothing is ever handed to Python's ``eval`` — and
reports a bad quantity as :class:`QuantityError` with the column where it went wrong.
Grammar (lowest precedence first)::

    quantity   := comparison
    comparison := sum (("==" | "!=" | "<=" | ">=" | "<" | ">") sum)?
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := ("-" | "+") unary | power
    power      := postfix ("**" unary)?
    postfix    := atom ("[" index ("," index)* "]")*       index := quantity | ":"
    atom       := NUMBER | NAME | FUNCTION "(" quantity ("," quantity)* ")" | "(" quantity ")"

Per-layer names take the layer first (1-based, ``L`` is the output layer, ``a[0]`` is the
input): ``z[1]``, ``delta[L]``, then element indices ``[n, j]`` — samples first, as in the
trace. The names, their meaning and the phase after which each is known are in
:data:`LAYER_NAMES`, :data:`STEP_NAMES` and :data:`CONTEXT_NAMES`; functions in
:data:`FUNCTIONS`. :func:`parse` gives the tree, :func:`names_in` the names it uses and
:func:`required_phase` how far the step must have got; evaluation is :mod:`.values`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from backprop_viz.core.trace import PHASES


class QuantityError(ValueError):
    """A quantity that cannot be parsed or evaluated; ``column`` is 1-based (0: unknown)."""

    def __init__(self, message: str, column: int = 0):
        super().__init__(message)
        self.column = column


#: per-layer arrays: name -> (meaning, phase after which it is known)
LAYER_NAMES = {
    "a_prev": ("input of layer l, (N, n_in)", "forward"),
    "z": ("linear value z = a_prev @ W + b, (N, n_out)", "forward"),
    "z_hat": ("batch-norm output, (N, n_out)", "forward"),
    "a": ("output a = f(z), (N, n_out); a[0] is the input x", "forward"),
    "fprime": ("the activation's derivative f'(z), (N, n_out)", "forward"),
    "mask": ("inverted-dropout mask, (N, n_out)", "forward"),
    "W": ("weights used by the step, (n_in, n_out)", "forward"),
    "b": ("biases used by the step, (n_out,)", "forward"),
    "delta": ("dE/dz, (N, n_out)", "backward"),
    "dW": ("a_prev.T @ delta, (n_in, n_out)", "backward"),
    "db": ("sum of delta over the samples, (n_out,)", "backward"),
    "W_after": ("weights after the update", "update"),
    "b_after": ("biases after the update", "update"),
    "dW_update": ("the change the optimizer applied to W", "update"),
    "db_update": ("the change the optimizer applied to b", "update"),
}
#: whole-step names: name -> (meaning, phase)
STEP_NAMES = {
    "x": ("the inputs, (N, n_in)", "forward"),
    "t": ("the one-hot targets, (N, n_out)", "forward"),
    "label": ("the labels, (N,)", "forward"),
    "output": ("the network's output a[L], (N, n_out)", "forward"),
    "loss": ("the loss E of the step (mean over its samples)", "forward"),
    "lr": ("the learning rate", "forward"),
    "N": ("the number of samples in the step", "forward"),
    "L": ("the number of layers (the output layer's index)", "forward"),
    "n_params": ("the number of weights and biases", "forward"),
    "g": ("every dW and db of the step as one vector (the gradient)", "backward"),
    "step": ("the step's number", "forward"),
    "epoch": ("the epoch the step belongs to (0-based)", "forward"),
}
#: names the engine supplies beside the trace: name -> (meaning, phase)
CONTEXT_NAMES = {
    "loss_before_update": ("the loss on the step's samples with W, evaluation mode", "forward"),
    "loss_after_update": ("the loss on the step's samples with W_after, evaluation mode", "update"),
    "steps_per_epoch": ("updates in one epoch", "forward"),
    "n_train": ("training samples", "forward"),
    "n_test": ("test (evaluation) samples", "forward"),
    "global_step": ("completed updates", "forward"),
    "accuracy": ("accuracy (0 … 1) of the latest evaluation on the evaluation split", "forward"),
}
#: function -> number of arguments
FUNCTIONS = {"argmax": 1, "argmin": 1, "norm": 1, "sum": 1, "mean": 1, "max": 1, "min": 1, "abs": 1,
             "sign": 1, "sqrt": 1, "exp": 1, "log": 1, "sigmoid": 1, "size": 1, "dot": 2}
COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")


@dataclass(frozen=True)
class Node:
    """One node of a parsed quantity: ``kind`` is num, name, index, call, unary or binary."""

    kind: str
    value: object = None          # num: the float; name/call: the name; unary/binary: the operator
    args: tuple = ()              # index: (target, *indices); call: arguments; unary/binary: operands
    column: int = 0


SLICE = Node("slice")
_TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)"
                    r"|(?P<op>\*\*|==|!=|<=|>=|[-+*/()\[\],:<>]))")


def tokens(text: str) -> list[tuple[str, str, int]]:
    """``(kind, text, column)`` tokens; the Unicode minus ``−`` and ``×`` are read as ``-`` and ``*``."""
    text = text.replace("\u2212", "-").replace("\u00d7", "*")
    out, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if m is None:
            col = pos + len(text[pos:]) - len(text[pos:].lstrip()) + 1
            raise QuantityError(f"unexpected character {text[col - 1]!r} at column {col}", col)
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind) + 1))
        pos = m.end()
    out.append(("end", "", len(text) + 1))
    return out


class _Parser:
    def __init__(self, text: str, known: dict):
        self.toks = tokens(text)
        self.known = known
        self.i = 0

    def peek(self) -> tuple[str, str, int]:
        return self.toks[self.i]

    def take(self, expected: str | None = None) -> tuple[str, str, int]:
        tok = self.toks[self.i]
        if expected is not None and tok[1] != expected:
            where = "the end" if tok[0] == "end" else f"{tok[1]!r}"
            raise QuantityError(f"expected {expected!r} at column {tok[2]}, found {where}", tok[2])
        self.i += 1
        return tok

    def quantity(self) -> Node:
        left = self.sum()
        kind, text, col = self.peek()
        if kind == "op" and text in COMPARISONS:
            self.take()
            return Node("binary", text, (left, self.sum()), col)
        return left

    def sum(self) -> Node:
        node = self.product()
        while self.peek()[1] in ("+", "-") and self.peek()[0] == "op":
            _, op, col = self.take()
            node = Node("binary", op, (node, self.product()), col)
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.peek()[1] in ("*", "/") and self.peek()[0] == "op":
            _, op, col = self.take()
            node = Node("binary", op, (node, self.unary()), col)
        return node

    def unary(self) -> Node:
        kind, text, col = self.peek()
        if kind == "op" and text in ("-", "+"):
            self.take()
            return Node("unary", text, (self.unary(),), col)
        return self.power()

    def power(self) -> Node:
        node = self.postfix()
        if self.peek()[1] == "**":
            _, _, col = self.take()
            return Node("binary", "**", (node, self.unary()), col)
        return node

    def postfix(self) -> Node:
        node = self.atom()
        while self.peek()[1] == "[":
            _, _, col = self.take()
            indices = [self.index()]
            while self.peek()[1] == ",":
                self.take()
                indices.append(self.index())
            self.take("]")
            node = Node("index", None, (node, *indices), col)
        return node

    def index(self) -> Node:
        if self.peek()[1] == ":":
            self.take()
            return SLICE
        return self.quantity()

    def atom(self) -> Node:
        kind, text, col = self.take()
        if kind == "num":
            return Node("num", float(text), (), col)
        if kind == "name":
            if self.peek()[1] == "(":
                if text not in FUNCTIONS:
                    raise QuantityError(f"unknown function {text!r} at column {col}{_suggest(text, FUNCTIONS)}"
                                        f" (functions: {', '.join(FUNCTIONS)})", col)
                self.take("(")
                args = [self.quantity()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.quantity())
                self.take(")")
                if len(args) != FUNCTIONS[text]:
                    raise QuantityError(f"{text}() takes {FUNCTIONS[text]} argument(s), not {len(args)} "
                                        f"(column {col})", col)
                return Node("call", text, tuple(args), col)
            if text not in self.known:
                raise QuantityError(f"unknown quantity {text!r} at column {col}{_suggest(text, self.known)}", col)
            return Node("name", text, (), col)
        if text == "(":
            node = self.quantity()
            self.take(")")
            return node
        where = "the end" if kind == "end" else repr(text)
        raise QuantityError(f"expected a number, a name or '(' at column {col}, found {where}", col)


KNOWN_NAMES = {**LAYER_NAMES, **STEP_NAMES, **CONTEXT_NAMES}


def _suggest(word: str, known) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" — did you mean {close[0]!r}?" if close else ""


def parse(text: str, extra_names=()) -> Node:
    """The tree of ``text``; ``extra_names`` are further names allowed (a question's terms)."""
    if not isinstance(text, str) or not text.strip():
        raise QuantityError("a quantity must be a non-empty text, e.g. \"delta[L][0, k]\"")
    known = {**KNOWN_NAMES, **{name: ("a term of the question", "forward") for name in extra_names}}
    parser = _Parser(text, known)
    node = parser.quantity()
    kind, rest, col = parser.peek()
    if kind != "end":
        raise QuantityError(f"unexpected {rest!r} at column {col}", col)
    return node


def names_in(node: Node) -> set[str]:
    """Every name ``node`` uses."""
    found = {node.value} if node.kind == "name" else set()
    for child in node.args:
        found |= names_in(child)
    return found


def required_phase(text: str, extra_names=()) -> str:
    """The phase a step must have completed for ``text`` to be known (forward, backward or update)."""
    names = names_in(parse(text, extra_names))
    phases = [KNOWN_NAMES[n][1] for n in names if n in KNOWN_NAMES] or ["forward"]
    return max(phases, key=PHASES.index)
