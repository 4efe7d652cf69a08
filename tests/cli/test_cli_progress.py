"""The progress bar draws only on a terminal and clears its line when done."""

import io

from backprop_viz.cli.progress import ProgressBar


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_draws_on_a_terminal():
    stream = FakeTerminal()
    bar = ProgressBar(total=10, stream=stream, width=10)
    bar.start("epoch 1/2")
    bar.update(10, 0.1234)                         # the last step is always drawn
    text = stream.getvalue()
    assert text.startswith("\repoch 1/2 [##########] 10/10  loss 0.1234")
    assert "steps/s" in text
    bar.finish()
    assert stream.getvalue().endswith("\r\033[K")


def test_partial_progress_and_throttling():
    stream = FakeTerminal()
    bar = ProgressBar(total=4, stream=stream, width=8)
    bar.start("e")
    bar.update(1, 2.0)
    first = stream.getvalue()
    assert "[##......] 1/4" in first
    bar.update(2, 1.0)                             # within 0.1 s of the last draw: skipped
    assert stream.getvalue() == first


def test_silent_when_not_a_terminal_or_disabled():
    pipe = io.StringIO()
    bar = ProgressBar(total=5, stream=pipe)
    bar.start("x")
    bar.update(5, 1.0)
    bar.finish()
    assert pipe.getvalue() == ""
    tty = FakeTerminal()
    off = ProgressBar(total=5, stream=tty, enabled=False)
    off.start("x")
    off.update(5, 1.0)
    off.finish()
    assert tty.getvalue() == ""
