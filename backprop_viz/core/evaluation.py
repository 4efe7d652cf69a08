"""How well a network does on a labelled set, and where it goes wrong (pure NumPy).

:func:`evaluate` runs the network in evaluation mode (:meth:`Network.infer`) over the
inputs in chunks — memory stays bounded and each chunk is one BLAS-speed matrix product
per layer — and returns an :class:`Evaluation`: every prediction and its confidence (the
output ``a_L`` of the predicted class: a probability for softmax, an activation in 0..1
for sigmoid outputs), the accuracy, the confusion matrix (rows: true label, columns:
predicted label), per-class accuracy (recall), the indices behind any confusion-matrix
cell, and the misclassified samples sorted by confidence. The images themselves are not
kept; indices refer to the evaluated set.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

#: samples per inference chunk (10,000 × 784 float32 inputs → five matrix products per layer)
CHUNK = 2048


@dataclass(frozen=True, eq=False)
class Evaluation:
    labels: np.ndarray          # (N,) true labels
    predictions: np.ndarray     # (N,) argmax of a_L
    confidences: np.ndarray     # (N,) a_L of the predicted class
    outputs: np.ndarray         # (N, n_classes) a_L, float32
    confusion: np.ndarray       # (C, C) counts: row = true label, column = predicted
    seconds: float = 0.0        # wall time of the evaluation

    @property
    def n(self) -> int:
        return int(len(self.labels))

    @property
    def n_classes(self) -> int:
        return int(self.confusion.shape[0])

    @property
    def correct(self) -> int:
        return int(np.trace(self.confusion))

    @property
    def accuracy(self) -> float:
        """Fraction of samples whose prediction equals the label (0 for an empty set)."""
        return self.correct / self.n if self.n else 0.0

    @property
    def class_counts(self) -> np.ndarray:
        """Samples of each true class."""
        return self.confusion.sum(axis=1)

    @property
    def per_class_accuracy(self) -> np.ndarray:
        """For each true class, the fraction predicted correctly (``nan`` for absent classes)."""
        counts = self.class_counts
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(counts > 0, np.diag(self.confusion) / np.maximum(counts, 1), np.nan)

    def cell(self, true_label: int, predicted_label: int) -> np.ndarray:
        """Indices (ascending) of the samples with this label that got this prediction."""
        return np.flatnonzero((self.labels == true_label) & (self.predictions == predicted_label))

    def misclassified(self, order: str = "confident") -> np.ndarray:
        """Indices of the wrong predictions: ``"confident"`` (most confident first),
        ``"unsure"`` (least confident first) or ``"index"``."""
        wrong = np.flatnonzero(self.predictions != self.labels)
        if order == "index":
            return wrong
        if order not in ("confident", "unsure"):
            raise ValueError(f"unknown order {order!r}; use 'confident', 'unsure' or 'index'")
        key = self.confidences[wrong]
        ranked = np.argsort(-key if order == "confident" else key, kind="stable")
        return wrong[ranked]


def confusion_matrix(labels: np.ndarray, predictions: np.ndarray, n_classes: int) -> np.ndarray:
    """``(n_classes, n_classes)`` counts, row = true label, column = prediction."""
    flat = np.asarray(labels, np.int64) * n_classes + np.asarray(predictions, np.int64)
    return np.bincount(flat, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def evaluate(network, x: np.ndarray, labels: np.ndarray, chunk: int = CHUNK, progress=None) -> Evaluation:
    """Evaluate ``network`` (anything with ``infer``) on inputs ``x`` ``(N, n_in)`` — already
    scaled like the training data — against integer ``labels`` ``(N,)``; ``progress(k)`` (if
    given) is called after each chunk with the ``k`` samples it held."""
    start = time.perf_counter()
    labels = np.array(labels, dtype=np.int64)   # a copy: it is made read-only below
    n = len(labels)
    if len(x) != n:
        raise ValueError(f"{len(x)} inputs but {n} labels")
    n_out = network.sizes[-1] if hasattr(network, "sizes") else None
    parts = []
    for i in range(0, n, chunk):
        parts.append(np.asarray(network.infer(x[i:i + chunk]), dtype=np.float32))
        if progress is not None:
            progress(len(parts[-1]))
    if parts:
        outputs = np.concatenate(parts)
    else:
        outputs = np.zeros((0, n_out or 10), np.float32)
    n_classes = max(outputs.shape[1], int(labels.max()) + 1 if n else 0)
    predictions = outputs.argmax(axis=1) if n else np.zeros(0, np.int64)
    confidences = outputs[np.arange(n), predictions] if n else np.zeros(0, np.float32)
    confusion = confusion_matrix(labels, predictions, n_classes)
    for a in (labels, predictions, confidences, outputs, confusion):
        a.setflags(write=False)
    return Evaluation(labels, predictions, confidences, outputs, confusion, time.perf_counter() - start)
