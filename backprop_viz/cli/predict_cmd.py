"""``backprop-viz predict MODEL IMAGE``: classify your own digit image, or a photo of one.

The image (any format Pillow reads: PNG, JPEG, BMP, GIF, WebP, TIFF; any size; a phone
photo's orientation applied) becomes a 28×28 MNIST-style input through the photo stages of
:mod:`backprop_viz.core.preprocess_photo` — grey, inverted if dark on light, background
and paper texture removed by a threshold, cropped to the ink, fitted to 20×20 and centred
by mass; a clean drawing or scan is preprocessed like the app's drawing pad. Prints the
prediction and every class's output ``a_L``; with several images, a progress bar on a
terminal. A model that does not take 28×28 images (784 inputs) is refused with one line;
so is anything but a regular image file.
"""

from __future__ import annotations

import json

import numpy as np

from backprop_viz.cli.progress import progress_bar
from backprop_viz.core.modelfile import check_fits, load_model
from backprop_viz.core.preprocess_photo import photo_stages


def register(subparsers) -> None:
    p = subparsers.add_parser("predict", help="classify a digit image with a saved model",
                              description="Classify an image or a photo of a digit (PNG, JPEG, BMP, "
                                          "WebP, TIFF, ...) with a saved model.")
    p.add_argument("model", metavar="MODEL.npz")
    p.add_argument("images", metavar="IMAGE", nargs="+")
    p.add_argument("--raw", action="store_true", help="use a 28×28 image as it is (no preprocessing)")
    p.add_argument("--json", action="store_true", help="one JSON object per image")
    p.set_defaults(func=run)


def load_digit(path, raw: bool = False) -> np.ndarray:
    """A 28×28 uint8 MNIST-style image (white ink on black) from an image file."""
    from backprop_viz.data import DataError
    from backprop_viz.data.images import decode_image, read_image_file

    grey = decode_image(read_image_file(path), str(path))
    if raw:
        if grey.shape != (28, 28):
            raise DataError(f"--raw needs a 28×28 image, this one is {grey.shape[1]}×{grey.shape[0]}", path=path)
        border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
        return 255 - grey if border.mean() > 127 else grey   # dark ink on paper: MNIST is light on dark
    return photo_stages(grey).image


def run(args) -> int:
    network, config, _ = load_model(args.model)
    from backprop_viz.data import Dataset

    check_fits(config, 28 * 28, config.n_outputs, "a 28×28 digit image")

    bar = progress_bar(len(args.images), "predict", unit="image", enabled=not args.json and len(args.images) > 1)
    for path in args.images:
        pixels = load_digit(path, args.raw)
        bar.update(1)
        ds = Dataset(images=pixels[None], labels=np.zeros(1, np.int64), source=str(path),
                     class_names=tuple(str(k) for k in range(config.n_outputs)))
        out = network.infer(ds.inputs(config.input_scaling, dtype=np.dtype(config.dtype)))[0]
        pred = int(np.argmax(out))
        if args.json:
            print(json.dumps({"image": str(path), "prediction": pred, "outputs": [float(v) for v in out]}))
        else:
            ranked = np.argsort(-out)[:3]
            bar.write(f"{path}: {pred}   (" + ", ".join(f"{k}: {out[k]:.3f}" for k in ranked) + ")")
    bar.close()
    return 0
