"""A run's timeline in a run file (format version 2): its description and arrays, and back.

:func:`timeline_arrays` writes the checkpoints (one flat buffer each, ``timeline/checkpoint/i``),
the epochs' minibatch orders they share (``timeline/order/k``), the parent lines' losses
(``timeline/line/i``) and what a rewound run had ahead of it (``timeline/future``), with the rest
in ``meta["timeline"]`` (JSON: configurations, counters, generator states, branch points).
:func:`load_timeline` checks every field and array — names, shapes and dtypes from their
headers, whole numbers in range, orders that are permutations, finite values — before a
loaded run's timeline uses it, so a damaged file is refused with one line. No pickle.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from .batches import order_array
from .history import LossHistory
from .modelfile import config_of
from .timeline import Checkpoint, Line

_LIMIT = 1 << 62


def timeline_arrays(run, meta: dict) -> dict:
    """The timeline's description into ``meta["timeline"]``; its arrays, named ``timeline/…``."""
    tl, arrays, orders = run.timeline, {}, {}
    if all(c.step != run.global_step for c in tl.checkpoints):
        tl.capture(run, pinned=True)    # the saved state itself is on the timeline
    cks = []
    for i, c in enumerate(tl.checkpoints):
        arrays[f"timeline/checkpoint/{i}"] = c.buffer
        if c.order is not None and id(c.order) not in orders:
            orders[id(c.order)] = len(orders)
            arrays[f"timeline/order/{orders[id(c.order)]}"] = np.asarray(c.order, np.int64)
        cks.append({"step": c.step, "config": c.config.to_dict(), "optimizer_t": c.optimizer_t, "lr": c.lr,
                    "counters": list(c.counters), "order": orders.get(id(c.order)), "order_rng": c.order_rng,
                    "dropout_rng": c.dropout_rng, "n_epochs": c.n_epochs, "pinned": c.pinned})
    for i, line in enumerate(tl.lines):
        arrays[f"timeline/line/{i}"] = np.asarray(line.losses, np.float32)
    if tl._future is not None:
        arrays["timeline/future"] = np.asarray(tl._future[0], np.float32)
    meta["timeline"] = {
        "every": tl.every, "end": tl.end, "line": tl.line, "parent": tl.parent,
        "branch_step": tl.branch_step, "changes": tl.changes, "checkpoints": cks,
        "lines": [{"id": ln.id, "parent": ln.parent, "branch_step": ln.branch_step, "changes": ln.changes,
                   "epochs": [dataclasses.asdict(r) for r in ln.epochs]} for ln in tl.lines],
        "future_epochs": [dataclasses.asdict(r) for r in tl._future[1]] if tl._future is not None else None}
    return arrays


def _whole(value, fail, what, none=False) -> int | None:
    if none and value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < _LIMIT:
        fail(f"timeline: {what} must be a whole number ≥ 0, got {str(value)[:40]!r}")
    return value


def load_timeline(run, desc, files, fail, records) -> None:
    """The saved timeline into ``run.timeline``, every field checked before use (``records``
    reads epoch records as the run file does)."""
    tl, n_train = run.timeline, len(run.data.x_train)
    if not isinstance(desc, dict) or not all(isinstance(desc.get(k), list) for k in ("checkpoints", "lines")):
        fail("timeline: incomplete description")
    size = tl.checkpoints[0].buffer.size
    orders, cks = {}, []
    for i, d in enumerate(desc["checkpoints"]):
        key = f"timeline/checkpoint/{i}"
        if not isinstance(d, dict) or key not in files or files.declared(key) != ((size,), run.network.dtype):
            fail(f"timeline: checkpoint {i} is missing or has the wrong shape/dtype")
        k = _whole(d.get("order"), fail, "an order's number", none=True)
        if k is not None and k not in orders:
            okey = f"timeline/order/{k}"
            if okey not in files or files.declared(okey) != ((n_train,), np.dtype(np.int64)):
                fail(f"timeline: order {k} is missing")
            order = files.pop(okey)
            if not np.array_equal(np.sort(order), np.arange(n_train)):   # (checked as saved, before any cast)
                fail(f"timeline: order {k} is not a permutation of the training set")
            orders[k] = order_array(order)
        counters = d.get("counters")
        if not isinstance(counters, list) or len(counters) != 6 or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in counters):
            fail(f"timeline: checkpoint {i} has invalid counters")
        config = config_of({"config": d.get("config")}, fail)
        buffer = files.pop(key)
        if not np.all(np.isfinite(buffer)):
            fail(f"timeline: checkpoint {i} contains NaN or infinite values")
        buffer = tl.spill.keep(np.ascontiguousarray(buffer, run.network.dtype))   # (into the timeline's file)
        if not isinstance(d.get("order_rng"), dict) or not isinstance(d.get("dropout_rng"), dict) \
                or not isinstance(d.get("lr"), (int, float)):
            fail(f"timeline: checkpoint {i} is incomplete")
        cks.append(Checkpoint(_whole(d.get("step"), fail, "a step"), buffer, config,
                              _whole(d.get("optimizer_t"), fail, "a step count"), float(d["lr"]), tuple(counters),
                              orders.get(k), d["order_rng"], d["dropout_rng"],
                              _whole(d.get("n_epochs"), fail, "an epoch count"), bool(d.get("pinned"))))
    lines = []
    for i, d in enumerate(desc["lines"]):
        key = f"timeline/line/{i}"
        if not isinstance(d, dict) or key not in files or len(files.declared(key)[0]) != 1:
            fail(f"timeline: line {i} is missing")
        lines.append(Line(_whole(d.get("id"), fail, "a line id"), _whole(d.get("parent"), fail, "a line id", True),
                          _whole(d.get("branch_step"), fail, "a step"), dict(d.get("changes") or {}),
                          files.pop(key).astype(np.float32), records({"epochs": d.get("epochs", [])}, fail)))
    if not any(c.step == run.global_step for c in cks):
        fail("timeline: no checkpoint of the saved step")
    future = files.pop("timeline/future", None)
    tl.checkpoints, tl.lines = sorted(cks, key=lambda c: c.step), lines
    tl.every = _whole(desc.get("every"), fail, "the spacing") or 1
    tl.end = _whole(desc.get("end"), fail, "the end")
    tl.line, tl.parent = _whole(desc.get("line"), fail, "a line id"), _whole(desc.get("parent"), fail, "a line id", True)
    tl.branch_step, tl.changes = _whole(desc.get("branch_step"), fail, "a step"), dict(desc.get("changes") or {})
    if future is not None:
        tl._future = (LossHistory(future), records({"epochs": desc.get("future_epochs") or []}, fail))
    if run._order is not None:   # the run's order as its checkpoints hold it: one array, counted once
        run._order = next((o for o in orders.values() if np.array_equal(o, run._order)), run._order)
    tl._thin()   # a file saved under a larger budget: within this run's budget from the start
