"""The race as an engine request, through a real EngineLoop in a thread: a growing progress
stream that loses no entry, an answer that is the race's own result, a cancel that stops it
within one entry, the shown network raced as it is, and bad requests refused in words."""

import queue
import threading

import numpy as np
import pytest

from backprop_viz.core.gradrace import GradientRace
from backprop_viz.core.presets import get_preset
from backprop_viz.engine import protocol as p
from backprop_viz.engine.loop import EngineLoop
from backprop_viz.core.network import Network
from backprop_viz.engine.race_job import COURSE_PARAMS, Race, RaceProgress, course_config
from backprop_viz.engine.requests import training_batch
from backprop_viz.engine.snapshot import Snapshot


@pytest.fixture(scope="module")
def mnist_splits():
    from backprop_viz.data import load_bundled_mnist
    return load_bundled_mnist()


@pytest.fixture
def engine(mnist_splits):
    reports: queue.Queue = queue.Queue()
    config = get_preset("fast").config.replace(hidden=(16,), batch_size=8)
    eng = EngineLoop(config, reports.put, loader=lambda c, d: mnist_splits, emit_interval=0.01)
    thread = threading.Thread(target=eng.loop)
    thread.start()
    first(reports, Snapshot)           # the engine is ready: data loaded, network shown
    yield eng, reports
    eng.send(p.Stop())
    thread.join(10)
    assert not thread.is_alive()


def first(reports, kind, timeout=30, where=lambda r: True):
    while True:
        report = reports.get(timeout=timeout)
        if isinstance(report, kind) and where(report):
            return report


def until_answered(reports, tag, timeout=60):
    """Every Progress value of request ``tag`` and its final Answer (or Refused) report."""
    stream = []
    while True:
        report = reports.get(timeout=timeout)
        if isinstance(report, p.Progress) and report.tag == tag:
            stream.append(report.value)
        elif isinstance(report, (p.Answer, p.Refused)) and report.tag == tag:
            return stream, report


@pytest.fixture
def entries(monkeypatch):
    """Every numerical entry any race computes: (architecture, entry)."""
    seen = []
    original = GradientRace.entries

    def recording(self, *args, **kwargs):
        for entry in original(self, *args, **kwargs):
            seen.append((self.architecture, entry))
            yield entry

    monkeypatch.setattr(GradientRace, "entries", recording)
    return seen


def test_a_race_streams_growing_counters_and_loses_no_entry(engine, entries, mnist_splits):
    eng, reports = engine
    eng.send(Race(tag=7, hidden=(8,), max_entries=1500, emit_interval=0.005))
    stream, answer = until_answered(reports, 7)
    assert isinstance(answer, p.Answer) and all(isinstance(v, RaceProgress) for v in stream)
    assert len(stream) >= 3 and stream[0].state == "running" and stream[0].done == 0
    assert [v.state for v in stream[1:-1]] == ["running"] * (len(stream) - 2) and stream[-1].state == "finished"
    done = [v.done for v in stream]
    assert done == sorted(done) and done[-1] == 1500 and len(set(done)) >= 3          # the counters grow
    assert [v.elapsed_s for v in stream] == sorted(v.elapsed_s for v in stream)
    assert sum(len(v.new_arrays) for v in stream) == 1500                             # no entry lost
    # the entries reported are those computed, in order, for the raced network
    raced = [e for arch, e in entries if arch == "784-8-10"]
    assert len(raced) == 1500
    np.testing.assert_array_equal(np.concatenate([v.new_indices for v in stream]), [e.index for e in raced])
    np.testing.assert_array_equal(np.concatenate([v.new_numerical for v in stream]), [e.numerical for e in raced])
    last = stream[-1]
    assert last.total == 6370 and last.entry_s == float(np.median([e.seconds for e in raced]))
    assert last.wall_s >= last.numerical_s == pytest.approx(sum(e.seconds for e in raced))
    assert len(last.block_s) == 2                                                     # two tenths of 6,370
    # the agreement of every entry so far, as the gradient check computes it: in the last report
    assert sum(q.n_checked for q in last.check.params) == 1500 and last.check.passed
    ref = GradientRace(Network.from_config(course_config((8,))), *training_batch(mnist_splits.train,
                                                                                 course_config((8,)), 1))
    assert last.check.loss == ref.loss
    result = answer.value                                                             # the race's own result
    assert result == last.result and result.entries_timed == 1500
    assert result.numerical_gradient_s == pytest.approx(last.wall_s / 1500 * 6370, rel=1e-12)
    low, high = result.numerical_epoch_spread_s
    assert low == pytest.approx(min(last.block_s) * 6370 * 60_000, rel=1e-12) and high >= low
    # the course's setting was measured beside it, entry by entry
    course = [e for arch, e in entries if arch == "784-30-10"]
    assert last.course_result is not None and last.course_result.entries_timed == len(course) >= 50
    assert last.course_entry_s == float(np.median([e.seconds for e in course]))
    assert last.course_epoch_s == pytest.approx(last.course_result.numerical_entry_s * COURSE_PARAMS * 60_000)


def test_cancel_stops_the_race_within_one_entry(engine, entries):
    eng, reports = engine
    eng.send(Race(tag=3, hidden=(100,), calibrate_course=False))   # 79,510 entries: seconds to finish
    first(reports, p.Progress, where=lambda r: r.tag == 3 and r.value.done >= 200)
    eng.send(p.Cancel(3))              # sets the request's flag before it returns
    at_cancel = len(entries)
    stream, answer = until_answered(reports, 3)
    assert isinstance(answer, p.Answer)
    # the flag is checked before every entry: at most the one in progress is finished after it
    assert len(entries) - at_cancel <= 1
    last = stream[-1]
    assert last.state == "stopped" and last.done == len(entries) < last.total
    assert answer.value.entries_timed == last.done


def test_a_race_cancelled_at_once_reports_stopped(engine):
    eng, reports = engine
    eng.send(Race(tag=4, hidden=(100,)))
    eng.send(p.Cancel(4))
    stream, answer = until_answered(reports, 4)
    assert isinstance(answer, p.Answer) and stream[-1].state == "stopped" and stream[-1].done < 79_510
    assert answer.value.entries_timed == stream[-1].done


def test_the_shown_network_is_raced_as_it_is(engine, entries):
    eng, reports = engine
    eng.send(p.Step())
    snap = first(reports, Snapshot, where=lambda s: s.global_step == 1)
    before = snap.network.get_params()
    eng.send(Race(tag=5, current=True, batch_size=3, max_entries=100, calibrate_course=False))
    stream, answer = until_answered(reports, 5)
    last = stream[-1]
    assert answer.value.architecture == "784-16-10"
    assert last.architecture == "784-16-10" and last.batch_size == 3 and last.done == 100
    assert last.total == snap.network.n_params and last.course_entry_s is None and last.course_result is None
    for a, b in zip(before, snap.network.get_params()):        # a float64 copy was raced
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])


@pytest.mark.parametrize("fields,words", [({"batch_size": 0}, "batch size"), ({"max_entries": 0}, "entries"),
                                          ({"hidden": ()}, "hidden layers")])
def test_bad_races_are_refused_in_words(engine, fields, words):
    eng, reports = engine
    eng.send(Race(tag=9, **fields))
    stream, answer = until_answered(reports, 9)
    assert isinstance(answer, p.Refused) and stream == []
    assert answer.error == "ValueError" and words in str(answer.message)
