"""The refresh pacer settles where the GUI thread spends about its budget on refreshing."""

from backprop_viz.gui import pacing
from backprop_viz.gui.pacing import RefreshPacer


class FakeTimer:
    def __init__(self):
        self.interval_ms = None

    def setInterval(self, ms):
        self.interval_ms = ms


class FakeClock:
    """A GUI thread whose every refresh costs ``cost`` seconds of CPU."""

    def __init__(self, cost):
        self.cost, self.cpu, self.wall = cost, 0.0, 0.0

    def thread_time(self):
        return self.cpu

    def perf_counter(self):
        return self.wall


def settle(cost, budget, monkeypatch, ticks=300, before=None):
    """Tick ``ticks`` times at ``cost`` per refresh (after 100 ticks at cost ``before``)."""
    clock = FakeClock(cost)
    monkeypatch.setattr(pacing, "time", clock)
    timer = FakeTimer()
    pacer = RefreshPacer(timer, max_hz=30, budget=budget)
    for k in range(ticks + (100 if before else 0)):
        cost_now = before if before and k < 100 else cost
        clock.wall += max(pacer.interval, cost_now)   # the next tick comes one interval later
        clock.cpu += cost_now
        pacer.tick()
    return pacer, timer


def test_a_cheap_refresh_runs_at_the_full_rate(monkeypatch):
    pacer, timer = settle(0.005, 0.75, monkeypatch)
    assert pacer.hz == 30 and timer.interval_ms == 33


def test_an_expensive_refresh_is_slowed_to_its_budget_but_not_far_below(monkeypatch):
    pacer, _ = settle(0.040, 0.75, monkeypatch)
    share = 0.040 / pacer.interval
    # within the band [0.8, 1.0] x budget (one step of 25 % either way allowed)
    assert 0.8 * 0.75 / 1.25 <= share <= 0.75 * 1.1
    assert pacer.hz > 15          # 40 ms refreshes at a 75 % budget: about 19 a second


def test_after_a_costly_stretch_the_rate_comes_back_up_to_the_budget(monkeypatch):
    # e.g. a big tab was in front, then a light one: the pacer must not stay far below its budget
    pacer, _ = settle(0.040, 0.75, monkeypatch, before=0.3)
    assert 0.040 / pacer.interval >= 0.8 * 0.75 / 1.1 - 1e-9
    assert pacer.hz >= 14


def test_the_budget_is_what_limits_the_rate(monkeypatch):
    fast, _ = settle(0.040, 0.75, monkeypatch)
    slow, _ = settle(0.040, 0.25, monkeypatch)
    assert slow.hz < fast.hz / 2
