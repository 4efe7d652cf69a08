"""The engine process as the GUI drives it: frames on its stdin and stdout."""

import subprocess
import sys

from backprop_viz.core.messages import english
from backprop_viz.core.presets import get_preset
from backprop_viz.engine import protocol as p
from backprop_viz.engine.frames import ReleaseSlot, SlotReader, read_frame, write_frame
from backprop_viz.engine.loop import default_loader
from backprop_viz.engine.snapshot import Snapshot


def start(config):
    proc = subprocess.Popen([sys.executable, "-m", "backprop_viz.engine.host"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, bufsize=0)
    write_frame(proc.stdin, {"config": config, "loader": default_loader, "emit_interval": 0.01, "run_id": 7,
                             "serial": 100})
    return proc


def reports(proc, slots):
    while True:
        report, slot = read_frame(proc.stdout, slots)
        if slot is not None:
            write_frame(proc.stdin, ReleaseSlot(slot))
        yield report


def test_the_host_trains_on_command_and_stops_cleanly():
    config = get_preset("fast").config.replace(hidden=(300,))
    proc = start(config)
    slots = SlotReader()
    try:
        seen = reports(proc, slots)
        data = next(seen)
        assert isinstance(data, p.DataLoaded) and len(data.splits.train) == 60000
        snap = next(seen)
        assert isinstance(snap, Snapshot) and snap.run_id == 8 and snap.serial == 101 and snap.global_step == 0
        write_frame(proc.stdin, p.Step())
        snap = next(r for r in seen if isinstance(r, Snapshot))
        assert snap.global_step == 1
        # the 784x300 weights came through shared memory and equal W_before - lr * update
        layer = snap.trace.layers[0]
        assert layer.W_after.shape == (784, 300) and not layer.W_after.flags.writeable
        assert (layer.W_after != layer.W_before).any()
        write_frame(proc.stdin, p.Stop())
        assert isinstance(next(r for r in seen if isinstance(r, p.Stopped)), p.Stopped)
        assert proc.wait(10) == 0
    finally:
        slots.close()
        proc.kill()


def test_the_host_ends_when_the_gui_goes_away():
    proc = start(get_preset("fast").config)
    read_frame(proc.stdout)          # data: it is up
    proc.stdin.close()               # the GUI process died
    assert proc.wait(20) == 0


def test_a_bad_loader_reports_an_error_instead_of_dying():
    proc = subprocess.Popen([sys.executable, "-m", "backprop_viz.engine.host"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    write_frame(proc.stdin, {"config": get_preset("fast").config, "loader": int, "emit_interval": 0.01})
    failed, _ = read_frame(proc.stdout)
    assert isinstance(failed, p.Failed) and failed.error == "TypeError"
    write_frame(proc.stdin, p.Step())       # no data: refused with a reason, still alive
    failed, _ = read_frame(proc.stdout)
    assert isinstance(failed, p.Failed) and failed.message.code == "engine.no_data"
    assert "no data loaded" in english(failed.message)
    write_frame(proc.stdin, p.Stop())
    assert proc.wait(10) == 0
    proc.stderr.close()
