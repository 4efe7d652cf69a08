"""The engine host is chosen by what can cross to another process: the GUI's controller runs
the engine in its own process unless the data loader cannot be pickled or a thread is asked
for (argument or ``BACKPROP_VIZ_ENGINE``)."""

from backprop_viz.engine.loop import default_loader
from backprop_viz.gui.controller import engine_kind


def test_loaders_that_cannot_cross_processes_run_in_a_thread(monkeypatch):
    monkeypatch.delenv("BACKPROP_VIZ_ENGINE", raising=False)
    assert engine_kind(default_loader) == "process"
    assert engine_kind(lambda config, dataset: None) == "thread"
    assert engine_kind(default_loader, "thread") == "thread"
    monkeypatch.setenv("BACKPROP_VIZ_ENGINE", "thread")
    assert engine_kind(default_loader) == "thread"
