"""The workbench: requests answered in order on their own thread, a newer latest-wins request
replaces an older waiting one (reported Superseded), long requests do not block quick ones,
cancel reaches a running request, and a failing handler is Refused, never a dead engine."""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import ClassVar

from backprop_viz.core.messages import english
from backprop_viz.engine import protocol as p
from backprop_viz.engine.workbench import HANDLERS, Workbench, handles

GATE = threading.Event()
STARTED = threading.Event()


@dataclass(frozen=True)
class Echo(p.Request):
    value: int = 0
    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class Slow(p.Request):
    """Waits for GATE (or a cancel), reporting progress meanwhile."""

    long: ClassVar[bool] = True


@dataclass(frozen=True)
class Broken(p.Request):
    pass


@handles(Echo)
def _echo(request, bench, progress, cancelled):
    STARTED.set()
    GATE.wait(10)
    return request.value * 2


@handles(Slow)
def _slow(request, bench, progress, cancelled):
    n = 0
    while not cancelled() and n < 10_000:
        progress(n)
        n += 1
        GATE.wait(0.001)
    return "cancelled" if cancelled() else "done"


@handles(Broken)
def _broken(request, bench, progress, cancelled):
    raise ValueError("this request cannot be answered")


class FakeEngine:
    splits = None
    latest = None


def bench():
    reports: queue.Queue = queue.Queue()
    wb = Workbench(FakeEngine(), reports.put)
    wb.start()
    return wb, reports


def next_report(reports, kind, tag):
    while True:
        r = reports.get(timeout=20)
        if isinstance(r, kind) and r.tag == tag:
            return r


def test_answers_come_back_under_their_tag():
    GATE.set()
    wb, reports = bench()
    try:
        wb.submit(Echo(tag=7, value=21))
        assert next_report(reports, p.Answer, 7).value == 42
    finally:
        wb.stop()


def test_a_newer_latest_wins_request_supersedes_an_older_waiting_one():
    GATE.clear()
    wb, reports = bench()
    try:
        STARTED.clear()
        wb.submit(Echo(tag=1, value=1))        # runs (blocked on the gate)
        assert STARTED.wait(10)
        wb.submit(Echo(tag=2, value=2))        # waits ...
        wb.submit(Echo(tag=3, value=3))        # ... and is replaced by this one
        GATE.set()
        assert next_report(reports, p.Answer, 1).value == 2
        assert isinstance(next_report(reports, p.Superseded, 2), p.Superseded)
        assert next_report(reports, p.Answer, 3).value == 6
    finally:
        GATE.set()
        wb.stop()


def test_a_long_request_runs_beside_quick_ones_and_stops_on_cancel():
    GATE.clear()
    wb, reports = bench()
    try:
        wb.submit(Slow(tag=10))
        assert next_report(reports, p.Progress, 10).value == 0     # it runs
        GATE.set()
        wb.submit(Echo(tag=11, value=5))                           # not stuck behind it
        assert next_report(reports, p.Answer, 11).value == 10
        wb.submit(p.Cancel(10))
        assert next_report(reports, p.Answer, 10).value == "cancelled"
    finally:
        GATE.set()
        wb.stop()


def test_a_failing_handler_is_refused_with_its_reason_and_the_bench_goes_on():
    GATE.set()
    wb, reports = bench()
    try:
        wb.submit(Broken(tag=20))
        refused = next_report(reports, p.Refused, 20)
        assert refused.error == "ValueError" and "cannot be answered" in english(refused.message)
        wb.submit(Echo(tag=21, value=1))
        assert next_report(reports, p.Answer, 21).value == 2
    finally:
        wb.stop()


def test_every_request_type_of_the_app_has_a_handler():
    import backprop_viz.engine.data_requests  # noqa: F401
    import backprop_viz.engine.requests as requests
    from backprop_viz.engine import race_job

    types = [obj for module in (requests, race_job, backprop_viz.engine.data_requests) for obj in vars(module).values()
             if isinstance(obj, type) and issubclass(obj, p.Request) and obj is not p.Request]
    assert len(types) >= 6
    assert all(t in HANDLERS for t in types)
