"""``backprop-viz predict MODEL IMAGE.png``: classify your own digit image.

The PNG (8-bit grey, RGB or RGBA, any size) becomes a 28×28 MNIST-style input: dark ink
on a light background is inverted, then the drawing is preprocessed like the app's
drawing pad (fit into 20×20, centred by centre of mass, MNIST stroke width). Prints the
prediction and every class's output ``a_L``. A model that does not take 28×28 images
(784 inputs) is refused with one line; so is anything but a regular file.
"""

from __future__ import annotations

import json

import numpy as np

from backprop_viz.core.modelfile import check_fits, load_model
from backprop_viz.core.preprocess import preprocess


def register(subparsers) -> None:
    p = subparsers.add_parser("predict", help="classify a digit image with a saved model",
                              description="Classify a PNG image of a digit with a saved model.")
    p.add_argument("model", metavar="MODEL.npz")
    p.add_argument("images", metavar="IMAGE.png", nargs="+")
    p.add_argument("--raw", action="store_true", help="use a 28×28 image as it is (no preprocessing)")
    p.add_argument("--json", action="store_true", help="one JSON object per image")
    p.set_defaults(func=run)


def load_digit(path, raw: bool = False) -> np.ndarray:
    """A 28×28 uint8 MNIST-style image (white ink on black) from a PNG file."""
    from backprop_viz.data import DataError
    from backprop_viz.data.pngfolder import decode_png

    from backprop_viz.data.limits import open_data_file

    with open_data_file(path) as handle:
        try:
            data = handle.read(64 << 20)
        except OSError as exc:
            raise DataError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    grey = decode_png(data, str(path), size=None)
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    if border.mean() > 127:  # dark ink on paper: MNIST digits are light on dark
        grey = 255 - grey
    if raw:
        if grey.shape != (28, 28):
            raise DataError(f"--raw needs a 28×28 image, this one is {grey.shape[1]}×{grey.shape[0]}", path=path)
        return grey
    return preprocess(grey)


def run(args) -> int:
    network, config, _ = load_model(args.model)
    from backprop_viz.data import Dataset

    check_fits(config, 28 * 28, config.n_outputs, "a 28×28 digit image")

    for path in args.images:
        pixels = load_digit(path, args.raw)
        ds = Dataset(images=pixels[None], labels=np.zeros(1, np.int64), source=str(path),
                     class_names=tuple(str(k) for k in range(config.n_outputs)))
        out = network.infer(ds.inputs(config.input_scaling, dtype=np.dtype(config.dtype)))[0]
        pred = int(np.argmax(out))
        if args.json:
            print(json.dumps({"image": str(path), "prediction": pred, "outputs": [float(v) for v in out]}))
        else:
            ranked = np.argsort(-out)[:3]
            print(f"{path}: {pred}   (" + ", ".join(f"{k}: {out[k]:.3f}" for k in ranked) + ")")
    return 0
