"""Issue 20's speed-sensitive image paths, now on Pillow: a PNG folder import and ``predict``.

Prints, asserts nothing:

* **PNG folder import**: 10,000 MNIST test digits written as 28×28 PNGs in ``0/ … 9/`` and
  read back with :func:`~backprop_viz.data.read_png_folder` (best of three) — images/s;
* **predict**: one photo-like JPEG (``tests/photo_digits.py``: paper, uneven light, texture,
  rotation, JPEG) and one clean PNG through :func:`backprop_viz.cli.predict_cmd.load_digit`
  (read, decode, the photo stages) and the network's forward pass — ms per image, median.

Before Pillow (the hand-written PNG decoder, measured on the same machine by running the old
module beside the new one on 3,000 digits): 99–152 µs per image; after: 96–131 µs.

Run: ``python benchmarks/bench_image_files.py`` (about 15 s). ``--smoke``: 500 digits and 5
photos (figures meaningless).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--smoke", action="store_true", help="tiny sizes: checks that the benchmark still runs")
    args = p.parse_args()
    n_digits, n_photos = (500, 5) if args.smoke else (10_000, 60)
    from photo_digits import photo_of

    from backprop_viz.cli.predict_cmd import load_digit
    from backprop_viz.core.network import Network
    from backprop_viz.core.presets import get_preset
    from backprop_viz.data import load_bundled_mnist, read_png_folder, write_png_folder
    from backprop_viz.data.images import write_png
    from backprop_viz.engine.requests import scaled

    test = load_bundled_mnist().test
    subset = test.subset(np.arange(n_digits))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "digits"
        write_png_folder(folder, subset)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            splits = read_png_folder(folder)
            times.append(time.perf_counter() - start)
        assert len(splits.train) == n_digits
        best = min(times)
        print(f"PNG folder import ({n_digits:,} 28×28 PNGs, Pillow): best {best * 1000:.0f} ms -> "
              f"{n_digits / best:,.0f} images/s ({best / n_digits * 1e6:.0f} µs per image)")

        config = get_preset("fast").config
        network = Network.from_config(config)
        photo_ms, clean_ms = [], []
        for i in range(n_photos):
            photo = Path(tmp) / f"p{i}.jpg"
            photo.write_bytes(photo_of(test.images[i], seed=i))
            clean = Path(tmp) / f"c{i}.png"
            write_png(clean, test.images[i])
            for path, into in ((photo, photo_ms), (clean, clean_ms)):
                start = time.perf_counter()
                network.infer(scaled(load_digit(path), config))
                into.append((time.perf_counter() - start) * 1000)
        print(f"predict one photo-like JPEG ({n_photos}): median {np.median(photo_ms):.1f} ms, "
              f"max {max(photo_ms):.1f} ms")
        print(f"predict one clean 28×28 PNG ({n_photos}): median {np.median(clean_ms):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
