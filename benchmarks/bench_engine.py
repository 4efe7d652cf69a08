"""Trainer throughput against PyTorch on the CPU: same network, batch, optimizer, data.

    python benchmarks/bench_engine.py [--batches 64,128] [--threads 1,2] [--steps 1500] [--repeats 3] [--smoke]

Network 784-256-128-10, ReLU, softmax cross-entropy, Adam lr 1e-3, float32, MNIST
in memory as uint8 pixels, a real training loop: every epoch a new shuffled order,
minibatches gathered from it and scaled through the dataset's 256-entry table of pixel
values (both contestants alike, see ``TrainingData.train_inputs``), the loss read back
every step.

* ours: :class:`backprop_viz.core.Run` with capture "off" (what the CLI runs), BLAS
  threads set with ``threadpoolctl``; time = ``Run.train_seconds`` (evaluation at an
  epoch end is excluded).
* torch: ``nn.Sequential`` of Linear/ReLU, ``CrossEntropyLoss``, ``torch.optim.Adam``
  with its defaults, ``torch.set_num_threads(n)``.
* torch-fused: the same with ``Adam(fused=True)`` and ``torch.set_flush_denormal(True)``
  — PyTorch's fastest CPU settings, for an honest upper bound.

* gemm: the machine's float32 GEMM peak with the same thread count, measured in the same
  run: the best of ten ``(1024, 1024) @ (1024, 1024)`` products (NumPy's BLAS, the one ours
  uses). Ours is then also printed as a fraction of it: samples/s × the step's nominal
  FLOPs per sample (forward ``2·Σ n_in·n_out``, ``dW`` the same, ``delta @ W.T`` for every
  layer but the first — counted dense, although the first layer skips unlit pixels).

Each contestant runs ``--warmup`` steps, then ``--steps`` timed steps (past step ~800,
where Adam's moments of rarely-lit pixels become subnormal unless flushed), in its own
subprocess; contestants alternate, each is repeated and the best repeat is kept.
Prints samples/s and the ratio ours / PyTorch per batch size and thread count. Without
PyTorch installed the torch contestants print "skipped: torch not installed" and only
ours is measured. ``--smoke``: batch 64, 1 thread, 20 steps, one repeat.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _common  # noqa: E402

SIZES = (784, 256, 128, 10)


def flops_per_sample(sizes=SIZES) -> int:
    """Nominal FLOPs of one training sample: forward, ``dW`` and ``delta @ W.T`` (not layer 1)."""
    macs = [a * b for a, b in zip(sizes[:-1], sizes[1:])]
    return 2 * (2 * sum(macs) + sum(macs[1:]))


def gemm_peak(threads: int, n: int = 1024, repeats: int = 10) -> dict:
    """float32 GEMM FLOP/s with ``threads`` BLAS threads: best of ``repeats`` n³ products."""
    import numpy as np
    from backprop_viz.core.threads import blas_threads

    rng = np.random.default_rng(0)
    A, B = (rng.standard_normal((n, n)).astype(np.float32) for _ in range(2))
    best = float("inf")
    with blas_threads(threads):
        A @ B
        for _ in range(repeats):
            start = time.perf_counter()
            A @ B
            best = min(best, time.perf_counter() - start)
    return {"impl": "gemm", "threads": threads, "seconds": best, "flops_per_s": 2 * n ** 3 / best}


def worker(impl: str, batch: int, threads: int, warmup: int, steps: int) -> dict:
    if impl == "gemm":
        return gemm_peak(threads)
    from backprop_viz.core import Config

    config = Config(hidden=SIZES[1:-1], activation="relu", output="softmax", loss="cross_entropy",
                    optimizer="adam", lr=1e-3, batch_size=batch, dtype="float32")
    data = _common.load_data(config)
    if impl == "ours":
        from backprop_viz.core import Run
        from backprop_viz.core.threads import blas_threads

        run = Run(config, data, capture="off")
        with blas_threads(threads):
            for _ in range(warmup):
                run.step()
            t0, wall, cpu = run.train_seconds, time.perf_counter(), time.process_time()
            for _ in range(steps):
                run.step()
            seconds = run.train_seconds - t0
            cpu = time.process_time() - cpu
        loss = run.trainer.loss
    else:
        import torch

        torch.set_num_threads(threads)
        if impl == "torch-fused":
            torch.set_flush_denormal(True)
        torch.manual_seed(0)
        # uint8 pixels -> float inputs through the dataset's own scaling, per minibatch, as ours does
        X, Y = torch.from_numpy(data.x_train), torch.from_numpy(data.y_train)
        lut = None if data.x_lut is None else torch.from_numpy(data.x_lut.copy())
        divisor = None if data.x_divisor is None else float(data.x_divisor)

        def inputs(idx):     # (ours divides pixel / 255 when that is its table: so does PyTorch)
            rows = X[idx]
            if lut is None:
                return rows
            return rows.float() / divisor if divisor is not None else lut[rows.long()]

        net = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 128),
                                  torch.nn.ReLU(), torch.nn.Linear(128, 10))
        opt = torch.optim.Adam(net.parameters(), lr=1e-3, fused=True if impl == "torch-fused" else None)
        criterion = torch.nn.CrossEntropyLoss()
        gen = torch.Generator().manual_seed(0)

        def batches():
            while True:
                perm = torch.randperm(len(X), generator=gen)
                for i in range(0, len(X), batch):
                    yield perm[i:i + batch]

        it = batches()

        def train(n):
            loss = None
            for _ in range(n):
                idx = next(it)
                xb, yb = inputs(idx), Y[idx]
                opt.zero_grad(set_to_none=True)
                out = criterion(net(xb), yb)
                out.backward()
                opt.step()
                loss = out.item()
            return loss

        train(warmup)
        wall, cpu = time.perf_counter(), time.process_time()
        loss = train(steps)
        seconds = time.perf_counter() - wall
        cpu = time.process_time() - cpu
    return {"impl": impl, "batch": batch, "threads": threads, "steps": steps, "seconds": seconds,
            "cpu_seconds": cpu, "samples_per_s": steps * batch / seconds, "loss": loss}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--batches", default="64,128")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--steps", type=int, default=1500)
    p.add_argument("--warmup", type=int, default=100)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--no-fused", action="store_true", help="skip the torch-fused contestant")
    p.add_argument("--smoke", action="store_true", help=_common.SMOKE_HELP)
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--impl", default="ours", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        _common.emit(worker(args.impl, int(args.batches), int(args.threads), args.warmup, args.steps))
        return

    if args.smoke:
        args.batches, args.threads, args.steps, args.warmup, args.repeats = "64", "1", 20, 5, 1
    torch_impls = ["torch"] + ([] if args.no_fused else ["torch-fused"])
    if not _common.have_torch():
        torch_impls = []
    impls = ["ours"] + torch_impls
    print(f"bench_engine: {'-'.join(map(str, SIZES))} ReLU + softmax CE, Adam lr 1e-3, float32; "
          f"{args.warmup} warm-up + {args.steps} timed steps, best of {args.repeats}")
    print(f"machine: {_common.cpu_info()}")
    if not torch_impls:
        print(f"torch, torch-fused: {_common.TORCH_SKIPPED} (pip install -e \".[bench]\")")
    rows, peaks = [], {}
    for batch in map(int, args.batches.split(",")):
        for threads in map(int, args.threads.split(",")):
            results = {impl: [] for impl in impls}
            for rep in range(args.repeats):
                order = impls if rep % 2 == 0 else impls[::-1]
                for impl in order:
                    results[impl].append(_common.run_worker(
                        "bench_engine.py", ["--impl", impl, "--batches", str(batch), "--threads", str(threads),
                                            "--steps", str(args.steps), "--warmup", str(args.warmup)]))
                peaks.setdefault(threads, []).append(_common.run_worker(
                    "bench_engine.py", ["--impl", "gemm", "--batches", str(batch), "--threads", str(threads)]))
            best = {impl: _common.best(r) for impl, r in results.items()}
            rows.append((batch, threads, best))
            line = [f"batch {batch:4d}, {threads} thread{'s' if threads > 1 else ' '}:"]
            for impl in impls:
                b = best[impl]
                line.append(f"{impl} {b['samples_per_s']:8,.0f} samples/s ({1e3 * b['seconds'] / b['steps']:.3f} ms/step)")
            print("  ".join(line), flush=True)
            peak = _common.best(peaks[threads])["flops_per_s"]
            ours = best["ours"]["samples_per_s"] * flops_per_sample()
            print(f"  GEMM peak, {threads} thread(s), float32 1024³ (best of {len(peaks[threads]) * 10}): "
                  f"{peak / 1e9:.1f} GFLOP/s; ours {ours / 1e9:.1f} GFLOP/s = {100 * ours / peak:.0f} % of it "
                  f"({flops_per_sample() / 1e6:.2f} MFLOP per sample)", flush=True)
    print()
    if not torch_impls:
        print(f"ratio ours ÷ PyTorch: {_common.TORCH_SKIPPED}")
        return
    print("ratio = our samples/s ÷ PyTorch's (best repeats; > 1 means we are faster)")
    print(f"{'batch':>5} {'threads':>7} {'ours/torch':>11}" + (f" {'ours/torch-fused':>17}" if "torch-fused" in impls else ""))
    for batch, threads, best in rows:
        ours = best["ours"]["samples_per_s"]
        line = f"{batch:5d} {threads:7d} {ours / best['torch']['samples_per_s']:10.2f}×"
        if "torch-fused" in best:
            line += f" {ours / best['torch-fused']['samples_per_s']:16.2f}×"
        print(line)
    print("targets (issue 2): ≥ 1.2× at batch 64 and ≥ 1.0× at batch 128; (issue 19) batch 64, 1 thread: "
          "≥ 1.3× torch-fused and ≥ 45 % of the GEMM peak")


if __name__ == "__main__":
    main()
