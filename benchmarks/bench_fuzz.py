"""Hostile files: a fuzz run of mutated files in every format, and the issue's named cases via the CLI.

Part 1 (mutations): ``--cases`` (default 10,000; ``--smoke`` 300) files, each a valid file of
one format (IDX raw/gz, CSV raw/gz, Keras ``.npz`` stored/deflated, ``mnist.pkl`` protocol 2
gzip / protocol 5, PNG, model, run) mutated deterministically from ``--seed`` and the case's
number — byte flips, insertions, deletions, truncation, and zip-member edits (encryption
flag, compression method, declared size). Cases are parsed by worker processes limited
with ``RLIMIT_AS`` (``--limit-mb``, default 1,536 MB of address space) and a per-case timeout
(5 s): a crash or a hang is counted and the worker replaced, never fatal. Each case ends
as *loaded*, *refused* (one ``DataError``/``ModelFileError`` line), *traceback* (any other
exception), *hang* (timeout), *crash* (the worker died) or *memory* (``MemoryError``).
Failing inputs are saved to ``--failures`` for the fuzz corpus (``tests/data/fuzz_corpus``).

Part 2 (named cases): the issue's hostile inputs through the real CLI, each in a fresh
process: exit code, lines on stderr, wall time and peak resident memory (``wait4``).

Run: ``python benchmarks/bench_fuzz.py`` (``--smoke``: 300 cases and small bombs).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pickle
import random
import resource
import select
import subprocess
import sys
import tempfile
import time
import zipfile

import _common
import numpy as np

ROOT = os.path.dirname(_common.HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "data"))
FORMATS = ("idx", "idx.gz", "csv", "csv.gz", "npz", "npz-deflated", "pkl.gz", "pkl5", "png", "model", "run")
CASE_TIMEOUT_S = 5.0


# -- valid seeds and mutations -------------------------------------------------------------------------

def _seeds() -> dict[str, bytes]:
    import gzip

    import hostile

    from backprop_viz.core import Config, Network
    from backprop_viz.core.modelfile import save_model
    from backprop_viz.core.run import Run
    from backprop_viz.core.runfile import save_run
    from backprop_viz.data import Dataset, write_csv
    from backprop_viz.data.pngfolder import encode_png

    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (4, 28, 28), dtype=np.uint8)
    labels = np.array([3, 1, 4, 1], np.uint8)
    idx = b"\0\0\x08\x03" + (4).to_bytes(4, "big") + (28).to_bytes(4, "big") * 2 + images.tobytes()
    folder = tempfile.mkdtemp(prefix="bpv-fuzz-seeds-")
    write_csv(os.path.join(folder, "s.csv"), Dataset(images, labels, "seed"))
    csv = open(os.path.join(folder, "s.csv"), "rb").read()
    arrays = {"x_train": images, "y_train": labels, "x_test": images, "y_test": labels}
    config = Config(n_inputs=12, hidden=(5,), n_outputs=4, seed=1, batch_size=8)
    model = save_model(os.path.join(folder, "m.npz"), Network.from_config(config), config).read_bytes()
    run = Run(config, _run_data())
    run.step()
    return {"idx": idx, "idx.gz": gzip.compress(idx, mtime=0), "csv": csv, "csv.gz": gzip.compress(csv, mtime=0),
            "npz": hostile.npz_bytes(arrays), "npz-deflated": hostile.npz_bytes(arrays, True),
            "pkl.gz": gzip.compress(pickle.dumps(((images.reshape(4, -1) / 256.0, labels),) * 3, protocol=2),
                                    mtime=0),
            "pkl5": pickle.dumps(((images.reshape(4, -1) / 255.0, labels),) * 2, protocol=5),
            "png": encode_png(images[0]), "model": model,
            "run": save_run(os.path.join(folder, "r.npz"), run).read_bytes()}


def _run_data():
    from backprop_viz.core.run import TrainingData

    x = np.random.default_rng(0).normal(size=(40, 12)).astype(np.float32)
    y = np.arange(40) % 4
    t = np.eye(4, dtype=np.float32)[y]
    return TrainingData(x[:30], t[:30], y[:30], x[30:], t[30:], y[30:])


def mutate(fmt: str, data: bytes, rnd: random.Random) -> bytes:
    import hostile

    out = bytearray(data)
    if fmt in ("npz", "npz-deflated", "model", "run") and rnd.random() < 0.25:
        names = _zip_names(data)
        member = rnd.choice(names).decode("latin-1") if names else "x_train.npy"
        edit = rnd.choice([dict(flags=rnd.choice([1, 8, 0x41])), dict(method=rnd.choice([1, 9, 12, 14, 99])),
                           dict(size=rnd.choice([0, 1, 1 << 20, 300 << 20, 3 << 30, 0xFFFFFFFF]))])
        return hostile.edit_member(data, member, **edit)
    for _ in range(rnd.randint(1, 6)):
        if not out:
            out.append(rnd.randrange(256))
            continue
        pos = rnd.randrange(len(out))
        kind = rnd.random()
        if kind < 0.45:
            out[pos] = rnd.randrange(256)
        elif kind < 0.6:
            out[pos:pos + 4] = rnd.randrange(1 << 32).to_bytes(4, "little")
        elif kind < 0.75:
            del out[pos:pos + rnd.randint(1, 64)]
        elif kind < 0.9:
            out[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 8)))
        else:
            del out[pos:]
    return bytes(out)


def _zip_names(data: bytes) -> list[bytes]:
    names, at = [], 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        n = int.from_bytes(data[at + 28:at + 30], "little")
        names.append(data[at + 46:at + 46 + n])
        at += 4
    return names


def case(seed: int, index: int, seeds: dict[str, bytes]) -> tuple[str, bytes]:
    rnd = random.Random(seed * 1_000_003 + index)
    fmt = FORMATS[index % len(FORMATS)]
    return fmt, mutate(fmt, seeds[fmt], rnd)


# -- the worker: parse cases, one status line each --------------------------------------------------------

def _reader(fmt: str):
    from backprop_viz.core.modelfile import load_model
    from backprop_viz.core.runfile import load_run
    from backprop_viz.data import read_csv, read_idx, read_npz, read_pkl
    from backprop_viz.data.pngfolder import decode_png

    if fmt.startswith("idx"):
        return read_idx
    if fmt.startswith("csv"):
        return read_csv
    if fmt.startswith("npz"):
        return read_npz
    if fmt.startswith("pkl"):
        return read_pkl
    if fmt == "png":
        return lambda p: decode_png(open(p, "rb").read(), str(p))
    if fmt == "model":
        return load_model
    data = _run_data()
    return lambda p: load_run(p, data)


def worker(seed: int, start: int, stop: int, limit_mb: int, failures: str) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))
    from backprop_viz.core.modelfile import ModelFileError
    from backprop_viz.data import DataError

    seeds = _seeds()
    folder = tempfile.mkdtemp(prefix="bpv-fuzz-")
    readers = {fmt: _reader(fmt) for fmt in FORMATS}
    for index in range(start, stop):
        fmt, data = case(seed, index, seeds)
        path = os.path.join(folder, f"case.{fmt.replace('-deflated', '')}")
        with open(path, "wb") as handle:
            handle.write(data)
        try:
            readers[fmt](path)
            status = "loaded"
        except (DataError, ModelFileError) as exc:
            status = "refused" if "\n" not in str(exc) else "traceback"
        except MemoryError:
            status = "memory"
        except Exception as exc:
            status = "traceback"
            print(f"# case {index} ({fmt}): {type(exc).__name__}: {exc}"[:300], file=sys.stderr)
        if status in ("traceback", "memory"):
            _save(failures, index, fmt, data)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"{index} {status} {rss}", flush=True)


def _save(failures: str, index: int, fmt: str, data: bytes) -> None:
    os.makedirs(failures, exist_ok=True)
    with open(os.path.join(failures, f"{fmt.split('-')[0].split('.')[0]}-case{index}.bin"), "wb") as handle:
        handle.write(data)


def fuzz(seed: int, cases: int, limit_mb: int, failures: str) -> dict:
    counts = {k: 0 for k in ("loaded", "refused", "traceback", "hang", "crash", "memory")}
    peak_kb, next_index, started = 0, 0, time.perf_counter()
    seeds = None
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    while next_index < cases:
        proc = subprocess.Popen([sys.executable, __file__, "--worker", str(seed), str(next_index), str(cases),
                                 str(limit_mb), failures], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, cwd=ROOT)
        os.set_blocking(proc.stdout.fileno(), False)
        buffer, first = b"", True
        while next_index < cases:
            timeout = CASE_TIMEOUT_S + (30 if first else 0)     # the first case also imports NumPy
            ready, _, _ = select.select([proc.stdout], [], [], timeout)
            if not ready:                                         # a hang: count it, replace the worker
                counts["hang"] += 1
                seeds = seeds or _seeds()
                _save(failures, next_index, *case(seed, next_index, seeds))
                proc.kill()
                next_index += 1
                break
            chunk = proc.stdout.read()
            if not chunk:                                          # the worker died on this case
                proc.wait()
                counts["crash" if proc.returncode else "memory"] += 1
                seeds = seeds or _seeds()
                _save(failures, next_index, *case(seed, next_index, seeds))
                next_index += 1
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                index, status, rss = line.decode().split()
                counts[status] += 1
                peak_kb = max(peak_kb, int(rss))
                next_index = int(index) + 1
                first = False
        proc.kill()
        proc.wait()
        sys.stderr.write(proc.stderr.read().decode(errors="replace")[-2000:])
    counts["tried"] = cases
    counts["peak_mb"] = peak_kb / 1024
    counts["seconds"] = time.perf_counter() - started
    return counts


# -- part 2: the named cases through the CLI ------------------------------------------------------

def named_cases(folder: str, smoke: bool) -> list[tuple[str, list[str], int]]:
    import hostile

    from backprop_viz.core import Config, Network
    from backprop_viz.core.modelfile import save_model

    def write(name, data):
        path = os.path.join(folder, name)
        with open(path, "wb") as handle:
            handle.write(data)
        return path

    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (6, 28, 28), dtype=np.uint8)
    keras = hostile.npz_bytes({"x_train": images, "y_train": np.arange(6) % 10, "x_test": images,
                               "y_test": np.arange(6) % 10}, True)
    other = Config(n_inputs=100, hidden=(30,), n_outputs=1000)
    other_model = str(save_model(os.path.join(folder, "other.npz"), Network.from_config(other), other))
    png = write("digit.png", __import__("backprop_viz.data.pngfolder", fromlist=["x"]).encode_png(images[0]))
    fifo = os.path.join(folder, "fifo.npz")
    os.mkfifo(fifo)
    small = Config(hidden=(8,))
    good_model = str(save_model(os.path.join(folder, "good.npz"), Network.from_config(small), small))
    lr_run, lr_data = _run_with_lr(folder, images, -5.0)
    huge = Config(hidden=(8192,) * 16, dtype="float64")
    corpus = os.path.join(ROOT, "tests", "data", "fuzz_corpus")
    bomb_mb = 64 if smoke else 1024
    cases = [
        ("Keras npz inflating to 2.35 GB", ["data", "import", write("mnist.npz", hostile.edit_member(
            keras, "x_train.npy", size=2_350_000_000))], 2),
        ("npz encrypted member", ["data", "import", os.path.join(corpus, "npz-encrypted-member.npz")], 2),
        ("npz compression method 99", ["data", "import", os.path.join(corpus, "npz-compression-method-99.npz")], 2),
        ("npy header ( unbalanced", ["data", "import", os.path.join(corpus, "npz-unbalanced-header.npz")], 2),
        ("npy header 2^40 elements", ["data", "import", os.path.join(corpus, "npz-2pow40-elements.npz")], 2),
        (f"csv.gz of {bomb_mb * 2} MB rows (ratio bomb)", ["data", "import", write(
            "mnist_train.csv.gz", hostile.gzip_stream(("0," * 784 + "0\n").encode() * 660, bomb_mb * 2))], 2),
        (f"pkl.gz of {bomb_mb} MiB NONE opcodes", ["data", "import", write(
            "mnist.pkl.gz", hostile.none_bomb(bomb_mb))], 2),
        ("pickle dtype __setstate__ crash", ["data", "import", os.path.join(corpus, "pkl-dtype-setstate-crash.pkl")],
         2),
        ("1 KB model: 16 x 8192 float64", ["evaluate", write("huge.npz", hostile.npz_bytes(
            {"__meta__": hostile.model_meta(huge.to_dict())}))], 2),
        ("model with a 3 GB extra member", ["evaluate", os.path.join(corpus, "model-extra-member-declared-3gb.npz")],
         2),
        ("model 100-30-1000: evaluate", ["evaluate", other_model], 2),
        ("model 100-30-1000: predict", ["predict", other_model, png], 2),
        ("run file with lr -5", ["train", "--resume", lr_run, "--data", lr_data], 2),
        ("FIFO: data import", ["data", "import", fifo], 2),
        ("FIFO: evaluate", ["evaluate", fifo], 2),
        ("FIFO: predict", ["predict", good_model, fifo], 2),
        ("--hidden 8192 x 16 float64", ["train", "--hidden", ",".join(["8192"] * 16), "--dtype", "float64"], 2),
        ("batch norm, batch 1", ["train", "--batch-norm", "--batch", "1"], 2),
        ("semicolon CSV (loads)", ["data", "info", os.path.join(corpus, "csv-semicolons.csv")], 0),
    ]
    return cases


def _run_with_lr(folder: str, images: np.ndarray, lr: float) -> tuple[str, str]:
    """A run file on a small CSV dataset whose saved learning rate is ``lr``; (run, data) paths."""
    from backprop_viz.core import Config
    from backprop_viz.core.run import Run, TrainingData
    from backprop_viz.core.runfile import save_run
    from backprop_viz.data import Dataset, load_path, write_csv

    labels = (np.arange(len(images)) % 10).astype(np.uint8)
    data = os.path.join(folder, "small_train.csv")
    write_csv(data, Dataset(images, labels, "small"))
    write_csv(os.path.join(folder, "small_test.csv"), Dataset(images, labels, "small"))
    config = Config(hidden=(8,), batch_size=2)
    run = Run(config, TrainingData.from_splits(load_path(data), config))
    run.step()
    good = save_run(os.path.join(folder, "good-run.npz"), run)
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    meta = json.loads(np.load(io.BytesIO(members["__meta__.npy"])).tobytes())
    meta["counters"]["lr"] = lr
    buffer = io.BytesIO()
    np.save(buffer, np.frombuffer(json.dumps(meta).encode(), np.uint8))
    members["__meta__.npy"] = buffer.getvalue()
    path = os.path.join(folder, "lr-run.npz")
    with zipfile.ZipFile(path, "w") as archive:
        for name, value in members.items():
            archive.writestr(name, value)
    return path, data


def run_named(argv: list[str], expected: int, env: dict, folder: str) -> dict:
    """Run the CLI once; its exit code, stderr's last line, wall time and its own peak RSS (wait4)."""
    out_path, err_path = os.path.join(folder, "out.txt"), os.path.join(folder, "err.txt")
    started = time.perf_counter()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "backprop_viz.cli.main", *argv], stdout=out, stderr=err,
                                env=env, cwd=ROOT)
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - started > 60:
            proc.kill()
        time.sleep(0.01)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    text = open(err_path, "rb").read().decode(errors="replace")
    lines = text.strip().splitlines()
    ok = proc.returncode == expected and (expected == 0 or len(lines) == 1) and "Traceback" not in text
    return {"code": proc.returncode, "ok": ok, "seconds": seconds, "rss_mb": usage.ru_maxrss / 1024,
            "line": lines[-1] if lines else open(out_path, "rb").read().decode(errors="replace").strip()[:80]}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--smoke", action="store_true", help=_common.SMOKE_HELP)
    p.add_argument("--cases", type=int, help="mutated files to parse (default 10,000; smoke 300)")
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--limit-mb", type=int, default=1536, help="address-space limit of each worker (MB)")
    p.add_argument("--failures", default=os.path.join(tempfile.gettempdir(), "bpv-fuzz-failures"))
    p.add_argument("--worker", nargs=5, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        seed, start, stop, limit, failures = args.worker
        worker(int(seed), int(start), int(stop), int(limit), failures)
        return
    cases = args.cases or (300 if args.smoke else 10_000)
    print(f"fuzz: {cases:,} mutated files over {len(FORMATS)} formats ({', '.join(FORMATS)}), seed {args.seed}, "
          f"workers limited to {args.limit_mb:,} MB of address space, {CASE_TIMEOUT_S:g} s per case")
    r = fuzz(args.seed, cases, args.limit_mb, args.failures)
    print(f"{'cases tried':>14} {'loaded':>8} {'refused':>8} {'tracebacks':>11} {'hangs':>6} {'crashes':>8} "
          f"{'memory':>7} {'peak memory':>12}")
    print(f"{r['tried']:>14,} {r['loaded']:>8,} {r['refused']:>8,} {r['traceback']:>11,} {r['hang']:>6,} "
          f"{r['crash']:>8,} {r['memory']:>7,} {r['peak_mb']:>9,.0f} MB")
    print(f"fuzz run took {r['seconds']:.1f} s; failing inputs (if any) saved in {args.failures}")
    folder = tempfile.mkdtemp(prefix="bpv-named-")
    env = dict(os.environ, BACKPROP_VIZ_CACHE_DIR=os.path.join(folder, "cache"))
    print("\nnamed cases through the CLI (a fresh process each: exit code, wall time, its peak RSS):")
    worst, worst_rss, bad = 0.0, 0.0, 0
    for name, argv, expected in named_cases(folder, args.smoke):
        result = run_named(argv, expected, env, folder)
        worst, worst_rss = max(worst, result["seconds"]), max(worst_rss, result["rss_mb"])
        bad += not result["ok"]
        print(f"  {'ok ' if result['ok'] else 'BAD'} {name:<38} exit {result['code']}  {result['seconds']:5.2f} s  "
              f"peak RSS {result['rss_mb']:6.0f} MB  {result['line'][-110:]}")
    print(f"named cases: {bad} not refused as expected; slowest {worst:.2f} s, largest peak RSS {worst_rss:.0f} MB")


if __name__ == "__main__":
    main()
