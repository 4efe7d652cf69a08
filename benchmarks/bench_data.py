"""Benchmark of the data package: bundled MNIST load times and a full-size CSV import.

Prints figures, asserts nothing. Each measurement runs in a fresh subprocess so that
cold/warm states and peak memory are real: the bundled MNIST is loaded once with an
empty cache folder (cold: verify, decode the .gz files, write the decoded cache) and
once more in a new process (warm: verify, read the cache). Then ``mnist_train.csv``
(60,000 rows, ~110 MB) is generated from the bundled data in a temporary folder and
imported with :func:`backprop_viz.data.read_csv`, reporting the time and the peak extra
memory (traced NumPy/Python allocations and the growth of the resident set size)
relative to the decoded array. Targets: warm <= 0.5 s; CSV <= 10 s, memory <= 2x.

Run: ``python benchmarks/bench_data.py`` (``--smoke``: one warm load, a 2,000-row CSV).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LOAD = r"""
import json, time
t0 = time.perf_counter()
from backprop_viz.data import load_bundled_mnist
t1 = time.perf_counter()
splits = load_bundled_mnist()
t2 = time.perf_counter()
splits.train.inputs("unit"); t3 = time.perf_counter()
splits.train.one_hot(0.01, 0.99); t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "inputs": t3 - t2, "one_hot": t4 - t3}))
"""

CSV = r"""
import json, resource, sys, time, tracemalloc
import numpy as np
from backprop_viz.data import read_csv

def high_water():
    # VmHWM is this process's own peak (ru_maxrss can carry the parent's over exec).
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

before = high_water()
tracemalloc.start()
t0 = time.perf_counter()
ds = read_csv(sys.argv[1])
elapsed = time.perf_counter() - t0
_, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
after = high_water()
print(json.dumps({"seconds": elapsed, "rows": len(ds), "decoded": ds.images.nbytes
                  + ds.labels.nbytes, "traced_peak": peak, "rss_growth": after - before}))
"""


def run(code: str, *args: str, cache: Path) -> dict:
    env = dict(os.environ, BACKPROP_VIZ_CACHE_DIR=str(cache))
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import _common

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeats", type=int, default=3, help="warm loads (the best is printed)")
    p.add_argument("--rows", type=int, default=None, help="training rows in the CSV (default: all 60,000)")
    p.add_argument("--smoke", action="store_true", help=_common.SMOKE_HELP)
    args = p.parse_args()
    if args.smoke:
        args.repeats, args.rows = 1, 2000
    with tempfile.TemporaryDirectory(prefix="bpv-bench-") as tmp:
        tmp = Path(tmp)
        cache = tmp / "cache"
        cold = run(LOAD, cache=cache)
        warm = min((run(LOAD, cache=cache) for _ in range(args.repeats)), key=lambda r: r["load"])
        print("bundled MNIST (70,000 images)")
        print(f"  cold load  {cold['load']:.3f} s  (verify + decode .gz + write cache)")
        print(f"  warm load  {warm['load']:.3f} s  (verify + read cache; target <= 0.5 s)"
              f"   [import {warm['import']:.3f} s]")
        print(f"  inputs('unit') float32 60,000x784  {warm['inputs']:.3f} s;"
              f"  one_hot  {warm['one_hot']:.4f} s")

        from backprop_viz.data import write_csv

        csv_path = tmp / "mnist_train.csv"
        start = time.perf_counter()
        write_csv(csv_path, _common.limited_splits(args.rows).train)
        written = time.perf_counter() - start
        size = csv_path.stat().st_size
        result = run(CSV, str(csv_path), cache=cache)
        decoded = result["decoded"]
        print(f"mnist_train.csv  {result['rows']:,} rows, {size / 1e6:.1f} MB "
              f"(written in {written:.2f} s)")
        print(f"  import     {result['seconds']:.2f} s  (target <= 10 s)")
        print(f"  decoded array {decoded / 1e6:.1f} MB; peak traced allocations "
              f"{result['traced_peak'] / 1e6:.1f} MB = {result['traced_peak'] / decoded:.2f}x; "
              f"RSS growth {result['rss_growth'] / 1e6:.1f} MB = "
              f"{result['rss_growth'] / decoded:.2f}x  (target <= 2x)")


if __name__ == "__main__":
    main()
