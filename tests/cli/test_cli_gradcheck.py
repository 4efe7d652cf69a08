"""``backprop-viz gradcheck``: the check on real MNIST samples, and the race."""

import json
import re

import pytest

from backprop_viz.cli.main import main
from backprop_viz.core import activations
from backprop_viz.core.gradcheck import COURSE_NUMERICAL_EPOCH_S


def test_gradcheck_passes_and_prints_a_line_per_parameter(capsys):
    code = main(["gradcheck", "--entries", "20"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "gradient check of 784-100-10 (lecture-backprop), float64, 4 samples" in out
    rows = {m.group(1): m for m in re.finditer(r"^\s+(\w+)\s+(\d+)/(\d+)\s+rel\. error (\S+)\s+(pass|FAIL)$", out, re.M)}
    assert set(rows) == {"W1", "b1", "W2", "b2"}
    assert (rows["W1"].group(2), rows["W1"].group(3)) == ("20", "78400")
    assert (rows["b2"].group(2), rows["b2"].group(3)) == ("10", "10")
    for m in rows.values():
        assert m.group(5) == "pass" and float(m.group(4)) < 1e-6
    assert out.strip().endswith("all layers pass")


def test_gradcheck_json(capsys):
    code = main(["gradcheck", "--entries", "10", "--samples", "3", "--json"])
    out, _ = capsys.readouterr()
    assert code == 0
    result = json.loads(out)
    assert result["passed"] is True and result["threshold"] == 1e-6
    assert result["max_rel_error"] < 1e-6
    assert [p["name"] for p in result["params"]] == ["W1", "b1", "W2", "b2"]
    assert all(p["passed"] and p["checked"] <= 10 for p in result["params"])


def test_gradcheck_of_a_batch_norm_dropout_preset_passes(capsys):
    """The biases before batch norm have zero gradient: no false FAIL from rounding noise."""
    code = main(["gradcheck", "--preset", "mlp-dropout-relu-bn-he-adam", "--hidden", "64,32", "--entries", "30",
                 "--json"])
    result = json.loads(capsys.readouterr().out)
    assert {"gamma1", "beta1", "gamma2", "beta2"} <= {p["name"] for p in result["params"]}
    assert result["passed"] and code == 0, result


def test_a_wrong_derivative_makes_gradcheck_fail_with_exit_1(capsys, monkeypatch):
    original = activations.Sigmoid.backprop
    monkeypatch.setattr(activations.Sigmoid, "backprop", lambda self, g, z, a: original(self, g, z, a) * 1.05)
    code = main(["gradcheck", "--entries", "10"])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "FAIL" in out and out.strip().endswith("backprop and the numerical derivative disagree")


def test_race_json_rows_are_arithmetically_consistent(capsys):
    code = main(["gradcheck", "--race", "--entries", "20", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = [json.loads(line) for line in out.strip().splitlines()]
    assert [r["architecture"] for r in rows] == ["784-8-10", "784-30-10", "784-100-10"]
    assert [r["params"] for r in rows] == [784 * 8 + 8 + 8 * 10 + 10, 784 * 30 + 30 + 30 * 10 + 10, 79_510]
    for r in rows:
        assert r["numerical_entry_s"] > 0 and r["backprop_gradient_s"] > 0
        assert r["numerical_gradient_s"] == pytest.approx(r["numerical_entry_s"] * r["params"], rel=1e-9)
        assert r["numerical_epoch_s"] == pytest.approx(r["numerical_gradient_s"] * 60_000, rel=1e-9)   # batch 1
        assert r["backprop_epoch_s"] == pytest.approx(r["backprop_gradient_s"] * 60_000, rel=1e-9)
        assert r["speedup"] == pytest.approx(r["numerical_gradient_s"] / r["backprop_gradient_s"], rel=1e-9)
        assert r["course_numerical_epoch_s"] == COURSE_NUMERICAL_EPOCH_S.get(r["architecture"])
    assert rows[0]["course_numerical_epoch_s"] == 28_380 and rows[1]["course_numerical_epoch_s"] == 73_320
    assert rows[2]["course_numerical_epoch_s"] is None
    for r in rows:   # 20 entries: under two tenths of any gradient, so no range; the median is a detail
        assert r["numerical_epoch_spread_s"] is None and r["median_entry_s"] > 0


def test_race_shows_the_range_of_the_gradients_tenths_once_two_are_timed(capsys):
    code = main(["gradcheck", "--race", "--entries", "1300", "--preset", "fast", "--hidden", "2", "--json"])
    rows = {r["architecture"]: r for r in map(json.loads, capsys.readouterr().out.strip().splitlines())}
    assert code == 0 and rows["784-2-10"]["params"] == 1600
    assert rows["784-30-10"]["numerical_epoch_spread_s"] is None        # 1,300 entries: not one tenth of 23,860
    for arch in ("784-8-10", "784-2-10"):                                # two (of 6,370) and eight (of 1,600) tenths
        low, high = rows[arch]["numerical_epoch_spread_s"]
        assert 0 < low <= high


def test_race_adds_the_configured_network_and_prints_a_table(capsys):
    code = main(["gradcheck", "--race", "--entries", "20", "--preset", "fast", "--hidden", "16"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "network" in out and "course (numerical)" in out
    assert re.search(r"^\s+784-8-10 .* 7 h 53 min$", out, re.M)
    assert re.search(r"^\s+784-30-10 .* 20 h 22 min$", out, re.M)
    assert re.search(r"^\s+784-16-10 ", out, re.M)


@pytest.mark.parametrize("argv,field", [(["--entries", "-1"], "entries"), (["--samples", "0"], "samples"),
                                        (["--samples", "70000"], "samples")])
def test_bad_gradcheck_options(capsys, argv, field):
    code = main(["gradcheck", *argv])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith(f"backprop-viz gradcheck: error: {field}: ") and len(err.strip().splitlines()) == 1


def test_race_prints_the_views_figures_course_setting_and_agreement(capsys):
    code = main(["gradcheck", "--race", "--entries", "60"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "numerical: wall time of the entries end to end" in out and "backprop: the median pass" in out
    m = re.search(r"^course's setting \(784-30-10, batch 1, 60,000 samples\): (.+) on this machine; "
                  r"the course measured 20 h 22 min$", out, re.M)
    assert m and f" {m.group(1)} " in re.search(r"^\s+784-30-10 .*", out, re.M).group(0)   # its epoch column
    agreement = re.findall(r"^\s+(784-\d+-10)  W1 (\S+) \((\d+)\)  b1 (\S+) \((\d+)\)  W2 (\S+) \((\d+)\)  "
                           r"b2 (\S+) \((\d+)\)  pass$", out, re.M)
    assert [a[0] for a in agreement] == ["784-8-10", "784-30-10", "784-100-10"]
    for a in agreement:
        assert sum(int(n) for n in a[2::2]) == 60                 # the entries timed, every array covered
        assert all(float(e) < 1e-6 for e in a[1::2])


def test_race_json_reports_agreement_of_the_timed_entries(capsys):
    code = main(["gradcheck", "--race", "--entries", "50", "--json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert code == 0
    for r in rows:
        assert r["entries_timed"] == 50 and r["passed"] is True
        assert list(r["rel_errors"]) == ["W1", "b1", "W2", "b2"]
        assert r["max_rel_error"] == max(r["rel_errors"].values()) < 1e-6
