"""SnapshotFlow: the only place that decides whether the engine builds a live snapshot."""

from __future__ import annotations

import threading

from backprop_viz.engine.flow import IN_FLIGHT, SnapshotFlow


def test_ready_until_limit_snapshots_wait_untaken():
    flow = SnapshotFlow(limit=2)
    assert flow.ready() and flow.waiting() == 0
    flow.sent(1)
    assert flow.ready() and flow.waiting() == 1
    flow.sent(2)
    assert not flow.ready() and flow.waiting() == 2
    flow.taken(1)            # a refresh took the first: room for one more
    assert flow.ready() and flow.waiting() == 1
    flow.taken(2)
    assert flow.waiting() == 0


def test_taking_the_latest_counts_for_every_snapshot_before_it():
    flow = SnapshotFlow(limit=IN_FLIGHT)
    for serial in range(1, 8):
        flow.sent(serial)
    assert flow.waiting() == 7 and not flow.ready()
    flow.taken(7)            # "latest wins": the refresh skipped 1..6
    assert flow.waiting() == 0 and flow.ready()


def test_reports_arriving_out_of_order_never_count_below_zero_or_go_back():
    flow = SnapshotFlow(limit=1)
    flow.taken(5)            # the GUI heard of serial 5 before the engine noted sending it
    flow.sent(5)
    assert flow.waiting() == 0
    flow.taken(3)            # an older take changes nothing
    flow.sent(4)
    assert flow.waiting() == 0 and flow.ready()


def test_a_restarted_engine_continues_above_the_serials_taken():
    flow = SnapshotFlow(limit=2)
    flow.taken(1000)         # what the GUI took from the engine that died
    flow.sent(1001)          # the new engine starts above the last serial seen
    assert flow.waiting() == 1 and flow.ready()


def test_thread_safe_under_concurrent_senders_and_takers():
    flow = SnapshotFlow(limit=3)

    def send():
        for s in range(1, 5001):
            flow.sent(s)

    def take():
        for s in range(1, 5001):
            flow.taken(s)

    threads = [threading.Thread(target=send), threading.Thread(target=take)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert flow.waiting() == 0
