"""``predict`` reads photographs of handwritten digits: 40 photo-like JPEGs made from MNIST
test digits (paper colour, texture, uneven light, ±10° rotation, scale, JPEG) through the
photo stages, against the same digits clean."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop_viz.cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from photo_digits import photo_set

N = 40


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "fast.npz"
    assert main(["train", "--preset", "fast", "--epochs", "1", "--save", str(path)]) == 0
    return path


def test_predict_reads_photos_nearly_as_well_as_clean_digits(model, tmp_path, capsys):
    from backprop_viz.data import load_bundled_mnist
    from backprop_viz.data.images import write_png

    test = load_bundled_mnist().test
    photos, clean = [], []
    for i, (data, _) in enumerate(photo_set(test.images, test.labels, N)):
        photos.append(tmp_path / f"photo{i}.jpg")
        photos[-1].write_bytes(data)
        clean.append(tmp_path / f"clean{i}.png")
        write_png(clean[-1], test.images[i])
    capsys.readouterr()

    def accuracy(paths) -> float:
        assert main(["predict", str(model), *map(str, paths), "--json"]) == 0
        got = [json.loads(line)["prediction"] for line in capsys.readouterr().out.splitlines()]
        return float(np.mean(np.array(got) == test.labels[:N]))

    on_clean, on_photos = accuracy(clean), accuracy(photos)
    print(f"fast (1 epoch): clean {on_clean:.1%}, photos {on_photos:.1%}")
    assert on_clean >= 0.95
    assert on_photos >= 0.875                     # 35 of 40 (the 3-epoch model: see the README)


def test_predict_refuses_what_is_not_an_image_in_one_line(model, tmp_path, capsys):
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture")
    capsys.readouterr()
    assert main(["predict", str(model), str(text)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "notes.jpg" in err and "not an image file" in err
