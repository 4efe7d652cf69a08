"""Every benchmark script still runs: each one's ``--smoke`` mode, in a fresh subprocess.

Benchmarks are scripts, not tests, so nothing else would notice when a change in the
package breaks one (issue #13: ``bench_engine.py`` fed uint8 pixels to PyTorch). Each
script runs with ``--smoke`` (tiny sizes, a few seconds; ``bench_gui.py`` starts the app
offscreen) and must exit with 0 and print its figure lines with real numbers in them,
i.e. it really measured. The figures themselves are not judged: smoke runs are too short
and CI machines too noisy. PyTorch is optional: without it ``bench_engine.py`` must say
that its torch contestants were skipped, with it it must print the ratios.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
HAVE_TORCH = importlib.util.find_spec("torch") is not None
NUMBER = r"(\d[\d,]*(?:\.\d+)?)"

# script, extra arguments, patterns each of which must match a line of stdout; a pattern's
# groups are figures, each of which must be a number > 0 (something was measured)
CASES = {
    "data-shared": ("bench_data_shared.py", [], [
        rf"^\s+plain\s+pickle\s+{NUMBER} bytes\s+PSS {NUMBER} MB",
        rf"^\s+shared\s+pickle\s+{NUMBER} bytes\s+PSS {NUMBER} MB",
        r"^\s+saved\s+-?\d+\.\d MB of proportional set size",
    ]),
    "engine": ("bench_engine.py", [], [
        rf"batch\s+64, 1 thread :\s+ours\s+{NUMBER} samples/s \({NUMBER} ms/step\)",
        *([rf"^\s+64\s+1\s+{NUMBER}×\s+{NUMBER}×$"] if HAVE_TORCH else
          [r"^torch, torch-fused: skipped: torch not installed",
           r"^ratio ours ÷ PyTorch: skipped: torch not installed$"]),
    ]),
    "capture": ("bench_capture.py", [], [
        rf"^\s+off\s+{NUMBER} µs/step\s+\+0\.0 %$",
        rf"^\s+stats\s+{NUMBER} µs/step\s+[+-]\d+\.\d %$",
        rf"^\s+full @ 30 Hz\s+{NUMBER} µs/step\s+[+-]\d+\.\d %\s+\({NUMBER} % of steps captured\)$",
        r"^lecture-backprop: 784-100-10",
    ]),
    "data": ("bench_data.py", [], [
        rf"^\s+cold load\s+{NUMBER} s",
        rf"^\s+warm load\s+{NUMBER} s",
        rf"^mnist_train\.csv\s+2,000 rows, {NUMBER} MB",
        rf"^\s+import\s+{NUMBER} s",
        r"RSS growth -?\d+\.\d MB = -?\d+\.\d\dx",
    ]),
    "fuzz": ("bench_fuzz.py", [], [
        rf"^\s+{NUMBER}\s+\d+\s+{NUMBER}\s+0\s+0\s+0\s+0\s+{NUMBER} MB$",
        r"^named cases: 0 not refused as expected; slowest \d+\.\d\d s, largest peak RSS \d+ MB$",
    ]),
    "gui": ("bench_gui.py", [], [
        rf"^throughput: headless {NUMBER} samples/s, in the GUI {NUMBER} samples/s -> ratio {NUMBER}x",
        (r"^event-loop lateness of a 10 ms timer while training: p50 \d+\.\d ms, p99 \d+\.\d ms, "
         rf"max \d+\.\d ms over {NUMBER} ticks"),
        rf"^manual step to refreshed and painted views: median {NUMBER} ms",
        rf"^launch to first painted window with MNIST: {NUMBER} s including interpreter start",
        (rf"^resident memory \(GUI process \+ engine process\): {NUMBER} MB after start "
         rf"\({NUMBER} \+ \d+\), {NUMBER} MB while training \({NUMBER} \+ \d+\); proportional "
         rf"\(shared pages once\) {NUMBER} MB while training \({NUMBER} \+ \d+\)"),
    ]),
    "images": ("bench_images.py", [], [
        rf"^\s+jump through the whole list \(20 frames, .*-> {NUMBER} fps mean",
        rf"^\s+scroll row by row \(30 frames\): .*-> {NUMBER} fps mean",
        rf"^drawing pad, brush 4 px .*whole live update median {NUMBER} ms",
        rf"^evaluation of 10,000 test images by the paused engine: request to result median {NUMBER} ms",
        rf"^evaluation while the worker trains: request to result median {NUMBER} ms",
    ]),
    "presets": ("bench_presets.py", [], [
        rf"^lecture-backprop \(784-100-10 sigmoid, batch 1, 2,000 steps, .*: {NUMBER} s training",
        rf"^fast, 1 BLAS thread\(s\): 98 % test accuracy not reached in 1 epoch\(s\) \(last {NUMBER} %",
        rf"^fast via the CLI \(.* --threads 1 --epochs 1\), Python start-up included: {NUMBER} s$",
    ]),
    "presets-notebooks": ("bench_presets.py", ["--notebooks"], [
        rf"^\s+mlp\s+per epoch: {NUMBER}\s+\(\d+ s, \d BLAS thread\(s\)\)$",
        rf"^\s+mlp\s+{NUMBER}%\s+\d+\.\d%\s+[+-]\d+\.\d\d",
    ]),
    "subnormals": ("bench_subnormals.py", [], [
        rf"^\s+150-200\s+{NUMBER}\s+\d+\s+{NUMBER}\s+\d+$",
        rf"^after step 100: no flush takes {NUMBER}× as long as flush",
        rf"^\s+sqrt\(x\)\s+normal\s+{NUMBER} µs\s+subnormal\s+{NUMBER} µs",
        rf"^Adam compute\(\) on 235,146 float32 parameters: normal moments {NUMBER} µs",
    ]),
    "threads": ("bench_threads.py", [], [
        rf"^\s+784-100-10 batch\s+64 work\s+5,081,600\s+idle\s+1 thread\s+{NUMBER} ms\s+2 threads\s+{NUMBER} ms",
        rf"^\s+784-100-10 batch\s+8 work\s+635,200\s+busy GUI\s+1 thread\s+{NUMBER} ms\s+2 threads\s+{NUMBER} ms",
        r"^idle: two threads ",
        r"^busy GUI: two threads ",
    ]),
    "soak": ("bench_soak.py", [], [
        rf"^soak: {NUMBER} min measured after \d+ s of warm-up, \d+ steps \({NUMBER} steps/s",
        rf"^\s+gui\s+PSS {NUMBER} -> {NUMBER} MB\s+growth [+-]\d+\.\d+ MB/min .* one hour: [+-]\d+\.\d MB",
        rf"^\s+engine\s+PSS {NUMBER} -> {NUMBER} MB\s+growth [+-]\d+\.\d+ MB/min .* one hour: [+-]\d+\.\d MB",
        r"^\s+engine's timeline checkpoints \d+\.\d -> \d+\.\d MB in memory .* the engine without them: [+-]\d+\.\d+ MB/min",
    ]),
    "timeline": ("bench_timeline.py", [], [
        rf"^\s+checkpointing off\s+{NUMBER} samples/s$",
        rf"^\s+checkpointing on\s+{NUMBER} samples/s$",
        rf"^\s+on ÷ off: {NUMBER}× \(target ≥ 0\.97×\)$",
        (rf"^one checkpoint \({NUMBER} MB\), best of \d+: take \(into memory\) {NUMBER} ms, move to the file "
         rf"{NUMBER} ms; restore from memory {NUMBER} ms, from the file {NUMBER} ms \({NUMBER}×\)$"),
        rf"^show an arbitrary step .*, as trained: median {NUMBER} ms, 90th percentile {NUMBER} ms, worst {NUMBER} ms",
        rf"^evened out while paused \([\d.]+ s of idle time\): {NUMBER} checkpoints",   # (0 s: nothing thinned)
        rf"^show an arbitrary step .*, evened out: median {NUMBER} ms, 90th percentile {NUMBER} ms, worst {NUMBER} ms",
    ]),
    "engine-gemm-peak": ("bench_engine.py", ["--no-fused"], [
        rf"^\s+GEMM peak, 1 thread\(s\), float32 1024³ \(best of \d+\): {NUMBER} GFLOP/s; "
        rf"ours {NUMBER} GFLOP/s = {NUMBER} % of it \({NUMBER} MFLOP per sample\)$",
    ]),
    "views": ("bench_views.py", [], [
        rf"^no analysis view on screen: {NUMBER} samples/s",
        *(rf"^\s+{name}\s+{NUMBER} samples/s\s+ratio {NUMBER}x \(target >= 0\.9x\)"
          for name in ("loss along the step", "edit a weight", r"who pushed\?", "input gradient", "gradient noise")),
    ]),
    "image-files": ("bench_image_files.py", [], [
        rf"^PNG folder import \(500 28×28 PNGs, Pillow\): best {NUMBER} ms -> {NUMBER} images/s",
        rf"^predict one photo-like JPEG \(5\): median {NUMBER} ms",
        rf"^predict one clean 28×28 PNG \(5\): median {NUMBER} ms",
    ]),
}


def run_smoke(script: str, extra: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKPROP_VIZ_CACHE_DIR=str(tmp_path / "cache"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, str(BENCHMARKS / script), "--smoke", *extra], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240, check=False)


def test_every_benchmark_script_has_a_smoke_case():
    scripts = {path.name for path in BENCHMARKS.glob("bench_*.py")}
    assert scripts == {script for script, _, _ in CASES.values()}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_benchmark_smoke_run_measures(case, tmp_path):
    script, extra, patterns = CASES[case]
    proc = run_smoke(script, extra, tmp_path)
    report = f"{script} --smoke {' '.join(extra)}\n--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr[-3000:]}"
    assert proc.returncode == 0, report
    for pattern in patterns:
        match = re.search(pattern, proc.stdout, re.MULTILINE)
        assert match, f"no line matches {pattern!r} in\n{report}"
        for figure in match.groups():
            assert float(figure.replace(",", "")) > 0, f"{figure!r} in {match.group(0)!r} is not a measurement"
