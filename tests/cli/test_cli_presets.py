"""``backprop-viz presets`` and the top-level command."""

import json
import subprocess
import sys

import pytest

from backprop_viz import __version__
from backprop_viz.cli.main import main
from backprop_viz.core import PRESETS, Config


def test_presets_lists_every_name(capsys):
    assert main(["presets"]) == 0
    out = capsys.readouterr().out
    listed = [line.split()[0] for line in out.splitlines() if line and not line.startswith(" ")]
    assert listed == list(PRESETS)
    assert "784-100-10" in out and "784-512-256-10" in out
    assert "94.11 % test accuracy after 1 epoch in 28.9 s" in out and "98.0 % test accuracy" in out


def test_presets_json_round_trips_every_config(capsys):
    assert main(["presets", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert [r["name"] for r in rows] == list(PRESETS)
    for r in rows:
        assert Config.from_dict(r["config"]) == PRESETS[r["name"]].config
        assert r["course_accuracy"] == PRESETS[r["name"]].course_accuracy


def test_presets_in_a_subprocess():
    proc = subprocess.run([sys.executable, "-m", "backprop_viz.cli.main", "presets"], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for name in PRESETS:
        assert f"\n{name} " in "\n" + proc.stdout


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.strip() == f"backprop-viz {__version__}"
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    for command in ("train", "gradcheck", "presets"):
        assert command in out


def test_unknown_subcommand_is_an_argparse_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["fly"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
