"""Quantities evaluated on a real step equal the trace's own numbers (lessons/values.py,
lessons/quantity.py): deltas, z, a, dW, argmax, norms, the counts, and the loss after the
update equals a forward pass done by hand with W_after; quantities not known yet, or
malformed, give a clear QuantityError naming the reason and the column."""

from __future__ import annotations

import re

import numpy as np
import pytest

from backprop_viz.lessons import QuantityError, evaluate, evaluate_all, required_phase
from backprop_viz.lessons.quantity import parse


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


@pytest.mark.parametrize("k", [0, 3, 9])
def test_output_delta_is_the_traces_delta(lecture, k):
    trace = lecture.backward
    assert evaluate(f"delta[L][0, {k}]", trace) == pytest.approx(float(trace.layers[-1].delta[0, k]), rel=1e-6)
    assert evaluate("delta[2][0, k]", trace, {"k": k}) == evaluate(f"delta[L][0, {k}]", trace)


def test_layer_arrays_and_functions_read_the_trace(batch):
    trace = batch.update
    first, last = trace.layers[0], trace.layers[-1]
    assert evaluate("z[1][2, 5]", trace) == pytest.approx(float(first.z[2, 5]), rel=1e-6)
    assert evaluate("a[0][1, 300]", trace) == pytest.approx(float(trace.x[1, 300]), rel=1e-6)
    assert evaluate("argmax(a[L][3])", trace) == int(np.argmax(last.a[3]))
    assert evaluate("dW[L][4, 7]", trace) == pytest.approx(float(last.dW[4, 7]), rel=1e-6)
    assert evaluate("sum(delta[L][:, 7])", trace) == pytest.approx(float(last.db[7]), rel=1e-4, abs=1e-7)
    assert evaluate("W_after[1][0, 0] - W[1][0, 0]", trace) == pytest.approx(
        float(first.W_after[0, 0] - first.W_before[0, 0]), rel=1e-5, abs=1e-9)
    grads = np.concatenate([np.ravel(getattr(layer, name)).astype(float) for layer in trace.layers
                            for name in ("dW", "db")])
    assert evaluate("norm(g)", trace) == pytest.approx(float(np.linalg.norm(grads)), rel=1e-6)
    assert evaluate("-lr * norm(g)**2", trace) == pytest.approx(-trace.lr * float(grads @ grads), rel=1e-6)
    assert evaluate("n_params", trace) == sum(lt.W_before.size + lt.b_before.size for lt in trace.layers)
    assert (evaluate("N", trace), evaluate("L", trace), evaluate("label[2]", trace)) == (8, 3, trace.labels[2])
    assert evaluate("mean(z[1] > 0)", trace) == pytest.approx(float(np.mean(first.z > 0)))


def test_hidden_delta_follows_the_lecture_formula(lecture):
    trace = lecture.backward
    hidden, out = trace.layers
    j = 17
    by_formula = float((out.delta[0] @ out.W_before.T)[j] * hidden.a[0, j] * (1 - hidden.a[0, j]))
    assert evaluate("dot(delta[L][0], W[L][17]) * fprime[1][0, 17]", trace) == pytest.approx(by_formula, rel=1e-5)
    assert evaluate("delta[1][0, 17]", trace) == pytest.approx(by_formula, rel=1e-4)


def test_loss_after_update_is_a_forward_pass_with_W_after(lecture):
    trace = lecture.update
    hidden, out = trace.layers
    a1 = sigmoid(trace.x.astype(float) @ hidden.W_after + hidden.b_after)
    a2 = sigmoid(a1 @ out.W_after + out.b_after)
    by_hand = 0.5 * float(np.sum((a2 - trace.targets) ** 2))
    assert evaluate("loss_after_update", trace, network=lecture.network) == pytest.approx(by_hand, rel=1e-4)
    before = evaluate("loss_before_update", trace, network=lecture.network)
    assert before == pytest.approx(trace.loss, rel=1e-4)
    assert evaluate("loss_after_update - loss", trace, network=lecture.network) < 0   # the loss went down


def test_unknown_yet_and_not_kept_are_explained(lecture, batch):
    with pytest.raises(QuantityError, match="known after the backward phase"):
        evaluate("delta[L][0, 0]", lecture.forward)
    with pytest.raises(QuantityError, match="update phase"):
        evaluate("W_after[1][0, 0]", lecture.backward)
    with pytest.raises(QuantityError, match="not known here"):
        evaluate("loss_after_update", lecture.update)           # no network given
    with pytest.raises(QuantityError, match="no step yet"):
        evaluate("loss", None)
    values, problems = evaluate_all({"k": "label[0]", "d": "delta[L][0, k]", "e": "d * 2"}, lecture.forward)
    assert values == {"k": float(lecture.forward.labels[0])}
    assert "backward phase" in problems["d"] and problems["e"].startswith("needs d")


@pytest.mark.parametrize("text, message", [
    ("delt[L][0, 0]", "unknown quantity 'delt' at column 1 — did you mean 'delta'"),
    ("delta[L][0, 10]", "index 10 is out of range 0 … 9"),
    ("z[3][0, 0]", "layers 1 … 2"),
    ("a[L][0]", "not one number"),
    ("delta[0, 1]", "first brackets of delta choose the layer"),
    ("norm(a[1], 2)", "takes 1 argument"),
    ("foo(a[1])", "unknown function 'foo'"),
    ("a[L][0, 1] +", "column 13"),
    ("(loss", "expected ')'"),
    ("loss $ 2", "unexpected character '$' at column 6"),
    ("loss / (a[L][0, 0] - a[L][0, 0])", "division by zero"),
    ("__import__('os')", "unexpected character \"'\" at column 12"),
    ("__import__(x)", "unknown function '__import__'"),
])
def test_bad_quantities_are_clear_errors(lecture, text, message):
    with pytest.raises(QuantityError, match=re.escape(message)):
        evaluate(text, lecture.update)


def test_the_grammar_keeps_precedence_and_reads_unicode_minus(lecture):
    t = lecture.update
    assert evaluate("2 + 3 * 4 ** 2", t) == 50 and evaluate("-2 ** 2", t) == -4
    assert evaluate("(1 < 2) + (3 == 3) + (2 >= 5)", t) == 2
    assert evaluate("1 − 3", t) == -2 and evaluate("2 × 3", t) == 6
    assert parse("a[L][0, :]").kind == "index"
    assert required_phase("loss_after_update - loss") == "update"
    assert required_phase("delta[1][0, 0] * z[1][0, 0]") == "backward"
    assert required_phase("argmax(a[L][0])") == "forward"
