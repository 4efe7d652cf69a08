"""``backprop-viz gradcheck``: backprop against numerical differentiation.

Without ``--race`` it checks the configured network's gradient (float64, a few real
MNIST samples, dropout masks frozen, batch norm in training mode) and prints each
parameter array's relative error with pass/fail. With ``--race`` it times both methods
on 784-8-10, 784-30-10, 784-100-10 and the configured network at batch 1 and
extrapolates the numerical method to one epoch, beside the course's measurements — the
figures of the GUI's race view, from the same race (:meth:`~backprop_viz.core.gradrace.GradientRace.run`):
the numerical entries' wall time end to end per entry (the median entry as a detail),
the median backprop pass (timed in between), the numerical gradient (per entry ×
parameters), the ratio, one epoch (60,000 gradients) with its range (the fastest and
slowest tenth of the gradient, once two tenths are timed), the course's setting, and the
agreement of the timed entries (max relative error per parameter array, as the gradient
check computes it).
"""

from __future__ import annotations

import json

import numpy as np

from backprop_viz.cli.options import add_config_arguments, config_from_args
from backprop_viz.core.gradcheck import COURSE_NUMERICAL_EPOCH_S, PASS_THRESHOLD, format_duration, gradient_check
from backprop_viz.core.gradrace import GradientRace
from backprop_viz.core.errors import ConfigError
from backprop_viz.core.network import Network
from backprop_viz.core.threads import blas_threads


def register(subparsers) -> None:
    p = subparsers.add_parser("gradcheck", help="compare backprop with numerical derivatives",
                              description="Check backprop's gradient against central differences, "
                                          "or race the two (--race).")
    add_config_arguments(p, default_preset="lecture-backprop")
    p.add_argument("--samples", type=int, default=4, help="minibatch size for the check (default 4)")
    p.add_argument("--entries", type=int, default=100,
                   help="random entries checked per parameter array (0: all; default 100); with --race: "
                        "entries timed per network (at least 50; 0: the whole gradient)")
    p.add_argument("--race", action="store_true", help="time numerical vs backprop gradients and extrapolate")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def _samples(n: int, config):
    from backprop_viz.data import load_bundled_mnist

    train = load_bundled_mnist().train
    if not 1 <= n <= len(train):
        raise ConfigError("samples", f"must be a whole number from 1 to {len(train)}, got {n}")
    train = train.subset(np.arange(n))
    return train.inputs(config.input_scaling, np.float64), train.one_hot(config.target_off, config.target_on,
                                                                            np.float64)


def run(args) -> int:
    config = config_from_args(args)
    if args.entries < 0:
        raise ConfigError("entries", f"must be a whole number ≥ 0 (0: all), got {args.entries}")
    if args.race:
        return _race(args, config)
    x, t = _samples(args.samples, config)
    result = gradient_check(Network.from_config(config), x, t, max_entries=args.entries or None, seed=config.seed)
    if args.json:
        print(json.dumps({"passed": result.passed, "max_rel_error": result.max_rel_error,
                          "threshold": PASS_THRESHOLD,
                          "params": [{"name": p.name, "checked": p.n_checked, "total": p.n_total,
                                      "rel_error": p.rel_error, "passed": p.passed} for p in result.params]}))
    else:
        print(f"gradient check of {config.architecture} ({args.preset}), float64, {len(x)} samples, "
              f"central differences eps={result.eps:g}")
        print(f"relative error = ‖numerical − backprop‖ / max(‖numerical‖ + ‖backprop‖, rounding-noise floor); "
              f"pass below {PASS_THRESHOLD:g}")
        for p in result.params:
            print(f"  {p.name:8s} {p.n_checked:6d}/{p.n_total:<8d} rel. error {p.rel_error:.2e}  "
                  f"{'pass' if p.passed else 'FAIL'}")
        print("all layers pass" if result.passed else "some layers FAIL: backprop and the numerical derivative disagree")
    return 0 if result.passed else 1


def _race(args, config) -> int:
    x, t = _samples(1, config)
    rows = []
    sizes = [(8,), (30,), (100,)]
    if config.hidden not in sizes:
        sizes.append(config.hidden)
    entries = max(args.entries, 50) if args.entries else None   # 0: the whole gradient
    with blas_threads(1):
        for hidden in sizes:
            net = Network.from_config(config.replace(hidden=hidden))
            rows.append(GradientRace(net, x, t, seed=config.seed).run(entries))
    course = next(r for r, _ in rows if r.architecture == "784-30-10")
    if args.json:
        for r, check in rows:
            print(json.dumps({"architecture": r.architecture, "params": r.n_params, "entries_timed": r.entries_timed,
                              "numerical_entry_s": r.numerical_entry_s, "median_entry_s": r.median_entry_s,
                              "numerical_gradient_s": r.numerical_gradient_s,
                              "backprop_gradient_s": r.backprop_gradient_s, "speedup": r.speedup,
                              "numerical_epoch_s": r.numerical_epoch_s,
                              "numerical_epoch_spread_s": r.numerical_epoch_spread_s,
                              "backprop_epoch_s": r.backprop_epoch_s,
                              "course_numerical_epoch_s": COURSE_NUMERICAL_EPOCH_S.get(r.architecture),
                              "rel_errors": {p.name: p.rel_error for p in check.params},
                              "max_rel_error": check.max_rel_error, "passed": check.passed}))
        return 0
    print("numerical differentiation vs backpropagation, batch 1, float64, one gradient each; one epoch = 60,000 "
          "gradients; numerical: wall time of the entries end to end, per entry (two forward passes; the median "
          "entry as a detail); backprop: the median pass; epoch range: the fastest and slowest tenth of the "
          "gradient, each timed end to end (— until two tenths are timed; --entries 0 times the whole gradient)")
    print(f"{'network':>12} {'params':>8} {'per entry':>10} {'median':>9} {'numerical':>11} {'backprop':>10} "
          f"{'ratio':>9} {'numerical epoch':>16} {'epoch range':>23} {'backprop epoch':>15} {'course (numerical)':>19}")
    for r, _ in rows:
        measured = COURSE_NUMERICAL_EPOCH_S.get(r.architecture)
        print(f"{r.architecture:>12} {r.n_params:>8,} {format_duration(r.numerical_entry_s):>10} "
              f"{format_duration(r.median_entry_s):>9} {format_duration(r.numerical_gradient_s):>11} "
              f"{format_duration(r.backprop_gradient_s):>10} {r.speedup:>8,.0f}× "
              f"{format_duration(r.numerical_epoch_s):>16} {_range(r.numerical_epoch_spread_s):>23} "
              f"{format_duration(r.backprop_epoch_s):>15} {format_duration(measured) if measured else '—':>19}")
    print(f"course's setting (784-30-10, batch 1, 60,000 samples): {format_duration(course.numerical_epoch_s)} "
          f"on this machine; the course measured {format_duration(COURSE_NUMERICAL_EPOCH_S['784-30-10'])}")
    if course.numerical_epoch_spread_s is not None:
        print(f"  from its fastest to its slowest tenth of the gradient: {_range(course.numerical_epoch_spread_s)}")
    print(f"agreement of the timed entries: relative error per parameter array (pass below {PASS_THRESHOLD:g})")
    for r, check in rows:
        cells = "  ".join(f"{p.name} {p.rel_error:.1e} ({p.n_checked})" for p in check.params)
        print(f"{r.architecture:>12}  {cells}  {'pass' if check.passed else 'FAIL'}")
    return 0


def _range(spread) -> str:
    return "—" if spread is None else f"{format_duration(spread[0])} – {format_duration(spread[1])}"
