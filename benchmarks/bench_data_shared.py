"""Benchmark of :func:`backprop_viz.data.share_splits`: the dataset once in memory for two processes.

Prints figures, asserts nothing. Like the app's engine and GUI, a *sender* process loads
the bundled MNIST (with and without a 5,000-image validation split), pickles the splits and
a *receiver* process unpickles them; both then touch every pixel (as training and the
dataset browser do) and stay alive while their proportional set sizes are read from
``/proc/<pid>/smaps_rollup`` (``Pss``: a page shared by both processes counts half in
each, so the sum counts it once). *plain* gives both processes ordinary arrays (the
pickle carries the pixels, as before issue #13), *shared* the read-only maps of
:func:`share_splits` (the pickle carries a file reference). Target: the sum falls by at
least the dataset's size (~55 MB) and the pickle is a few hundred bytes.

Run: ``python benchmarks/bench_data_shared.py`` (``--smoke``: the validation split only).
"""

from __future__ import annotations

import argparse
import os
import pickle
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import SMOKE_HELP

LENGTH = struct.Struct("<Q")


def pss_mb(pid: int) -> float | None:
    """Proportional set size of process ``pid`` in MB of 2**20 bytes, as ``bench_gui.py``
    (``None`` where /proc has no such file)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def touch(splits) -> int:
    """Read every pixel and label (so every page is resident in this process)."""
    return sum(int(ds.images.sum(dtype="uint64")) + int(ds.labels.sum(dtype="uint64"))
               for ds in (splits.train, splits.test, splits.validation) if ds is not None)


def sender(mode: str, validation: int) -> None:
    import numpy as np

    from backprop_viz.data import (
        Dataset,
        Splits,
        bundled,
        load_bundled_mnist,
        share_splits,
    )

    splits = load_bundled_mnist(validation=validation, seed=0)
    if mode == "plain":   # private copies, as the decoded .gz / an .npz read gave before
        def copy(ds):
            return None if ds is None else Dataset(np.array(ds.images), np.array(ds.labels),
                                                   ds.source, ds.class_names)
        splits = Splits(copy(splits.train), copy(splits.test), copy(splits.validation))
        bundled.clear_memo()   # (before, the in-process memo held these very arrays)
    else:
        splits = share_splits(splits)
    total = touch(splits)
    data = pickle.dumps(splits, protocol=5)
    out = sys.stdout.buffer
    out.write(LENGTH.pack(len(data)) + data + f"{total}\n".encode())
    out.flush()
    del data
    sys.stdin.read()   # stay alive (and mapped) until the parent has measured


def receiver() -> None:
    stream = sys.stdin.buffer
    (n,) = LENGTH.unpack(stream.read(LENGTH.size))
    splits = pickle.loads(stream.read(n))
    print(touch(splits), flush=True)
    stream.read()


def measure(mode: str, validation: int) -> dict:
    script = os.path.abspath(__file__)
    send = subprocess.Popen([sys.executable, script, "--worker", "send", mode, str(validation)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    recv = subprocess.Popen([sys.executable, script, "--worker", "receive"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        (n,) = LENGTH.unpack(send.stdout.read(LENGTH.size))
        data = send.stdout.read(n)
        sent_total = int(send.stdout.readline())
        recv.stdin.write(LENGTH.pack(n) + data)
        recv.stdin.flush()
        got_total = int(recv.stdout.readline())
        if got_total != sent_total:
            raise RuntimeError(f"the receiver read other pixels ({got_total} != {sent_total})")
        return {"pickle": n, "sender": pss_mb(send.pid), "receiver": pss_mb(recv.pid)}
    finally:
        for proc in (send, recv):
            proc.stdin.close()
            proc.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help=SMOKE_HELP)
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        if args.worker[0] == "send":
            sender(args.worker[1], int(args.worker[2]))
        else:
            receiver()
        return
    with tempfile.TemporaryDirectory() as cache:
        # a private cache: other processes mapping the user's cache file would skew the PSS
        os.environ["BACKPROP_VIZ_CACHE_DIR"] = cache
        warm = "from backprop_viz.data import load_bundled_mnist; load_bundled_mnist()"
        subprocess.run([sys.executable, "-c", warm], check=True)   # a warm decoded cache for both
        for validation in ((5000,) if args.smoke else (0, 5000)):
            report(validation, {mode: measure(mode, validation) for mode in ("plain", "shared")})


def report(validation: int, rows: dict) -> None:
    dataset_mb = (70000 * 784 + 70000) / 2**20
    print(f"bundled MNIST, validation {validation}: two processes touching every image "
          f"(dataset {dataset_mb:.1f} MB)")
    for mode, row in rows.items():
        if row["sender"] is None:
            pss = "PSS unavailable (no /proc/<pid>/smaps_rollup)"
        else:
            pss = (f"PSS {row['sender'] + row['receiver']:.1f} MB (sender "
                   f"{row['sender']:.1f} + receiver {row['receiver']:.1f})")
        print(f"  {mode:<7} pickle {row['pickle']:>12,} bytes   {pss}")
    if rows["plain"]["sender"] is not None:
        saved = sum(rows["plain"][k] - rows["shared"][k] for k in ("sender", "receiver"))
        print(f"  saved   {saved:.1f} MB of proportional set size ({saved / dataset_mb:.2f}x "
              "the dataset)")


if __name__ == "__main__":
    main()
