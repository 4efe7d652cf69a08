"""CLI: --save-run / --resume, evaluate MODEL, predict MODEL IMAGE.png."""

from __future__ import annotations

import json

import numpy as np
import pytest

from backprop_viz.cli.main import main


def _json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def test_resume_equals_an_uninterrupted_run(tmp_path, capsys):
    common = ["train", "--preset", "fast", "--hidden", "32", "--batch", "256", "--json"]
    assert main(common + ["--epochs", "2"]) == 0
    straight = _json_lines(capsys.readouterr().out)
    run = tmp_path / "run.npz"
    assert main(common + ["--epochs", "1", "--save-run", str(run)]) == 0
    first = _json_lines(capsys.readouterr().out)
    assert main(["train", "--resume", str(run), "--epochs", "1", "--json"]) == 0
    second = _json_lines(capsys.readouterr().out)
    assert [r["epoch"] for r in first + second] == [1, 2]
    for key in ("train_loss", "test_loss", "test_accuracy", "step"):
        assert [r[key] for r in first + second] == [r[key] for r in straight]


def test_evaluate_and_predict_a_saved_model(tmp_path, capsys, ):
    from backprop_viz.data import load_bundled_mnist
    from backprop_viz.data.pngfolder import write_png

    model = tmp_path / "model.npz"
    assert main(["train", "--preset", "fast", "--hidden", "64", "--epochs", "1", "--save", str(model)]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(model), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["samples"] == 10000 and result["accuracy"] > 0.9
    assert np.sum(result["confusion"]) == 10000
    assert np.trace(result["confusion"]) == round(result["accuracy"] * 10000)
    test = load_bundled_mnist().test
    paths = []
    for i in range(5):
        # dark ink on white paper, four times larger than MNIST: predict inverts and preprocesses
        paper = np.kron(255 - test.images[i], np.ones((4, 4), np.uint8))
        paths.append(tmp_path / f"digit{i}.png")
        write_png(paths[-1], paper)
    assert main(["predict", str(model), *map(str, paths), "--json"]) == 0
    predictions = [json.loads(line)["prediction"] for line in capsys.readouterr().out.splitlines()]
    assert sum(p == int(test.labels[i]) for i, p in enumerate(predictions)) >= 4


@pytest.mark.parametrize("argv, message", [
    (["evaluate", "{png}"], "not a backprop-viz model file"),
    (["predict", "{model}", "{missing}"], "cannot open file"),
    (["train", "--resume", "{model}"], "not a backprop-viz run file"),
])
def test_bad_files_exit_2_with_one_line(tmp_path, capsys, argv, message):
    from backprop_viz.core.config import Config
    from backprop_viz.core.modelfile import save_model
    from backprop_viz.core.network import Network
    from backprop_viz.data.pngfolder import write_png

    model = tmp_path / "m.npz"
    config = Config(hidden=(8,))
    save_model(model, Network.from_config(config), config)
    png = tmp_path / "x.png"
    write_png(png, np.zeros((28, 28), np.uint8))
    names = {"png": png, "model": model, "missing": tmp_path / "nope.png"}
    assert main([a.format(**names) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
