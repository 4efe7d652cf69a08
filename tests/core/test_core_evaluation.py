"""Evaluation of a network on a labelled set: accuracy (as Network.evaluate), confusion matrix,
per-class accuracy, cells, misclassified samples by confidence, chunking."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_viz.core import Network, get_preset
from backprop_viz.core.evaluation import confusion_matrix, evaluate


class Fixed:
    """A stand-in network whose outputs are given."""

    def __init__(self, outputs):
        self.outputs = np.asarray(outputs, np.float32)
        self.sizes = (2, self.outputs.shape[1])
        self.calls = []

    def infer(self, x):
        idx = np.asarray(x)[:, 0].astype(int)
        self.calls.append(len(idx))
        return self.outputs[idx]


def fixed_case():
    outputs = [[0.9, 0.1, 0.0], [0.2, 0.7, 0.1], [0.6, 0.3, 0.1], [0.1, 0.2, 0.7], [0.05, 0.9, 0.05],
               [0.3, 0.3, 0.4]]
    labels = [0, 1, 1, 2, 2, 0]
    x = np.column_stack([np.arange(6), np.zeros(6)])
    return Fixed(outputs), x, np.array(labels)


def test_accuracy_confusion_and_per_class_on_known_outputs():
    net, x, labels = fixed_case()
    ev = evaluate(net, x, labels)
    assert ev.predictions.tolist() == [0, 1, 0, 2, 1, 2]
    np.testing.assert_allclose(ev.confidences, [0.9, 0.7, 0.6, 0.7, 0.9, 0.4])
    assert ev.accuracy == pytest.approx(3 / 6) and ev.correct == 3 and ev.n == 6
    assert ev.confusion.tolist() == [[1, 0, 1], [1, 1, 0], [0, 1, 1]]
    np.testing.assert_allclose(ev.per_class_accuracy, [0.5, 0.5, 0.5])
    assert ev.cell(1, 0).tolist() == [2] and ev.cell(2, 1).tolist() == [4] and ev.cell(0, 1).tolist() == []


def test_misclassified_sorted_by_confidence():
    net, x, labels = fixed_case()
    ev = evaluate(net, x, labels)
    assert ev.misclassified("confident").tolist() == [4, 2, 5]     # 0.9, 0.6, 0.4
    assert ev.misclassified("unsure").tolist() == [5, 2, 4]
    assert ev.misclassified("index").tolist() == [2, 4, 5]
    with pytest.raises(ValueError):
        ev.misclassified("loudest")


def test_evaluation_runs_in_chunks_with_the_same_result():
    net, x, labels = fixed_case()
    whole = evaluate(net, x, labels)
    chunked = evaluate(net, x, labels, chunk=4)
    assert net.calls[-2:] == [4, 2]
    np.testing.assert_array_equal(whole.confusion, chunked.confusion)
    np.testing.assert_array_equal(whole.confidences, chunked.confidences)


def test_accuracy_matches_network_evaluate(make_blob_data):
    data = make_blob_data(n_train=300, n_eval=1000)
    net = Network.build([20, 16, 10], activation="relu", output="softmax", loss="cross_entropy", seed=3)
    ev = evaluate(net, data.x_eval, data.y_eval, chunk=256)
    _, acc = net.evaluate(data.x_eval, data.t_eval, data.y_eval)
    assert ev.accuracy == pytest.approx(acc, abs=1e-12)
    np.testing.assert_array_equal(ev.predictions, net.predict(data.x_eval))
    np.testing.assert_allclose(ev.outputs, net.infer(data.x_eval), rtol=1e-5, atol=1e-6)
    assert ev.confusion.sum() == 1000
    np.testing.assert_array_equal(ev.class_counts, np.bincount(data.y_eval, minlength=10))


def test_results_are_read_only_and_the_callers_labels_untouched():
    net, x, labels = fixed_case()
    ev = evaluate(net, x, labels)
    assert labels.flags.writeable
    for a in (ev.labels, ev.predictions, ev.confidences, ev.confusion):
        assert not a.flags.writeable


def test_absent_classes_have_nan_accuracy_and_empty_sets_work():
    cm = confusion_matrix([0, 0, 2], [0, 1, 2], 3)
    assert cm.tolist() == [[1, 1, 0], [0, 0, 0], [0, 0, 1]]
    net, x, labels = fixed_case()
    ev = evaluate(net, x[:2], labels[:2])
    assert np.isnan(ev.per_class_accuracy[2])
    empty = evaluate(net, x[:0], labels[:0])
    assert empty.n == 0 and empty.accuracy == 0.0 and empty.confusion.sum() == 0
    with pytest.raises(ValueError, match="labels"):
        evaluate(net, x, labels[:3])


def test_sigmoid_outputs_give_their_activation_as_confidence():
    config = get_preset("lecture-backprop").config.replace(hidden=(8,), n_inputs=20)
    net = Network.from_config(config)
    x = np.random.default_rng(0).random((50, 20)).astype(np.float32)
    ev = evaluate(net, x, np.zeros(50, int))
    out = net.infer(x)
    np.testing.assert_allclose(ev.confidences, out.max(axis=1), rtol=1e-6)
    assert ((ev.confidences > 0) & (ev.confidences < 1)).all()
