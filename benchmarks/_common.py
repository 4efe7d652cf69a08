"""Helpers shared by the benchmark scripts (they are scripts, not tests).

Every comparison runs its contestants in *fresh subprocesses*, alternating, so that
one contestant's BLAS/OpenMP threads (which may spin after use) never compete with the
other's, and so that machine noise hits both alike; each is repeated and the best
repeat is kept. Results travel back as one JSON line on stdout. Every script has a
``--smoke`` mode (tiny sizes, a few seconds) that ``tests/test_benchmarks.py`` runs, so
a benchmark that breaks fails the test suite; :data:`SMOKE_HELP` is its help text and
:func:`limited_splits` the small MNIST those modes train on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


SMOKE_HELP = "tiny sizes and durations (seconds): checks that the benchmark still runs, measures nothing meaningful"
TORCH_SKIPPED = "skipped: torch not installed"


def limited_splits(limit: int | None = None):
    """The bundled MNIST; with ``limit``, only its first ``limit`` training and test images."""
    from backprop_viz.data import Splits, load_bundled_mnist

    splits = load_bundled_mnist()
    if not limit:
        return splits
    return Splits(splits.train.subset(slice(0, limit)), splits.test.subset(slice(0, limit)))


def load_data(config, limit: int | None = None):
    """The bundled MNIST (or its first ``limit`` images) prepared for ``config`` (a :class:`TrainingData`)."""
    from backprop_viz.core.run import TrainingData

    return TrainingData.from_splits(limited_splits(limit), config)


def have_torch() -> bool:
    """Whether PyTorch can be imported here (without importing it)."""
    import importlib.util

    return importlib.util.find_spec("torch") is not None


def run_worker(script: str, args: list[str], env: dict | None = None, timeout: float = 3600) -> dict:
    """Run ``python script --worker args…`` and return the JSON it prints last."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run([sys.executable, os.path.join(HERE, script), "--worker", *args],
                          capture_output=True, text=True, env=full_env, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"worker {script} {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def emit(result: dict) -> None:
    """Print a worker's result as the JSON line :func:`run_worker` reads."""
    print(json.dumps(result), flush=True)


def best(results: list[dict], key: str = "seconds") -> dict:
    """The repeat with the smallest ``key`` (machine noise only ever adds time)."""
    return min(results, key=lambda r: r[key])


def cpu_info() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    except OSError:
        pass
    load = ""
    try:
        load = "load " + " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        pass
    return f"{model or 'CPU'}, {cores} cores available, numpy {np.__version__}, {load}"


def now() -> float:
    return time.perf_counter()
