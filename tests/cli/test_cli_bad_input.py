"""Bad hyperparameters on the command line: exit code 2, one line naming the field, no traceback."""

import subprocess
import sys

import pytest

from backprop_viz.cli.main import main


@pytest.mark.parametrize("argv,field,allowed", [
    (["--lr", "-1"], "lr", "(0, 100]"),
    (["--lr", "0"], "lr", "(0, 100]"),
    (["--lr", "nan"], "lr", "(0, 100]"),
    (["--hidden", "0"], "hidden", "1 to 8192"),
    (["--hidden", "256,abc"], "hidden", "256,128"),
    (["--preset", "nope"], "preset", "lecture-backprop"),
    (["--dropout", "1.5"], "dropout", "[0, 1)"),
    (["--dropout", "-0.1"], "dropout", "[0, 1)"),
    (["--batch", "10000000"], "batch_size", "1 to"),
    (["--batch", "0"], "batch_size", "1 to"),
    (["--epochs", "0"], "epochs", "1 to"),
    (["--activation", "swish"], "activation", "sigmoid, tanh, relu, leaky_relu, identity"),
    (["--optimizer", "rmsprop"], "optimizer", "sgd, momentum, adam"),
    (["--init", "zeros"], "init", "he_uniform"),
    (["--output", "sigmoid"], "loss", "softmax"),            # cross_entropy needs softmax
    (["--dtype", "float16"], "dtype", "float32, float64"),
])
def test_train_refuses_bad_values(capsys, argv, field, allowed):
    code = main(["train", *argv])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""                                   # refused before anything else happens
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"backprop-viz train: error: {field}: ")
    assert allowed in lines[0]
    assert "Traceback" not in err


def test_a_batch_larger_than_the_training_set(capsys):
    """Valid for the Config, refused once the data (60,000 images) is known."""
    code = main(["train", "--preset", "fast", "--batch", "60001"])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.strip() == ("backprop-viz train: error: batch_size: 60001 is larger than the 60000 training "
                           "samples; allowed: 1 to 60000")


@pytest.mark.parametrize("argv,field", [
    (["train", "--lr", "-1"], "lr"),
    (["train", "--preset", "nope"], "preset"),
    (["gradcheck", "--hidden", "0"], "hidden"),
])
def test_bad_values_in_a_real_process(argv, field):
    proc = subprocess.run([sys.executable, "-m", "backprop_viz.cli.main", *argv], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"backprop-viz {argv[0]}: error: {field}: ")


def test_a_non_number_is_an_argparse_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["train", "--lr", "fast"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--lr: invalid float value: 'fast'" in err and "Traceback" not in err
