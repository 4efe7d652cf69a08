"""``backprop-viz evaluate MODEL``: accuracy, loss, per-class accuracy and confusion matrix.

Loads a model file (validated; a bad file gives one line naming the problem) and
evaluates it on the bundled MNIST test set, or on ``--data PATH`` (its test set, or its
validation split when it has no test set), with the model's own input scaling, with a progress bar on a terminal. A
model made for other data (another number of inputs or classes) is refused with one line.
"""

from __future__ import annotations

import json

import numpy as np

from backprop_viz.cli.progress import progress_bar
from backprop_viz.core.evaluation import evaluate
from backprop_viz.core.modelfile import check_fits, load_model


def register(subparsers) -> None:
    p = subparsers.add_parser("evaluate", help="evaluate a saved model on the test set",
                              description="Evaluate a saved model (train --save) on MNIST's test set.")
    p.add_argument("model", metavar="MODEL.npz")
    p.add_argument("--data", metavar="PATH", help="dataset file or folder (default: the bundled MNIST)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=run)


def evaluation_set(data_path, config):
    from backprop_viz import data

    splits = data.load_path(data_path) if data_path else data.load_bundled_mnist()
    if len(splits.test):
        return splits.test, "test"
    if splits.validation is not None and len(splits.validation):
        return splits.validation, "validation"
    return splits.train, "training"


def run(args) -> int:
    network, config, extra = load_model(args.model)
    dataset, name = evaluation_set(args.data, config)
    check_fits(config, int(np.prod(dataset.images.shape[1:])), len(dataset.class_names),
               args.data or "the bundled MNIST")
    x = dataset.inputs(config.input_scaling, dtype=np.dtype(config.dtype))
    t = dataset.one_hot(config.target_off, config.target_on, dtype=np.dtype(config.dtype))
    labels = np.asarray(dataset.labels, dtype=np.int64)
    # two passes (the loss, then every prediction): the bar counts both, on a terminal only
    bar = progress_bar(2 * len(labels), "evaluate", unit="sample", enabled=not args.json)
    try:
        loss, _ = network.evaluate(x, t, labels, progress=bar.update)
        ev = evaluate(network, x, labels, progress=bar.update)
    finally:
        bar.close()
    if args.json:
        print(json.dumps({"model": str(args.model), "set": name, "samples": ev.n, "loss": loss,
                          "accuracy": ev.accuracy, "per_class_accuracy": [float(a) for a in ev.per_class_accuracy],
                          "confusion": ev.confusion.tolist()}))
        return 0
    print(f"{args.model}: {config.architecture} {config.activation}/{config.output}, "
          f"trained {extra.get('epochs', '?')} epochs ({extra.get('steps', '?')} steps)")
    print(f"{name} set ({ev.n:,} samples): loss {loss:.4f}, accuracy {100 * ev.accuracy:.2f} %")
    print("per-class accuracy: " + "  ".join(f"{k}: {100 * a:.1f} %" for k, a in enumerate(ev.per_class_accuracy)))
    width = max(5, len(str(int(ev.confusion.max()))) + 1)
    print("confusion matrix (rows: true label, columns: prediction)")
    print("     " + "".join(f"{k:>{width}}" for k in range(ev.n_classes)))
    for k, row in enumerate(ev.confusion):
        print(f"{k:>4} " + "".join(f"{v:>{width}}" for v in row))
    return 0
