"""The progress bars (tqdm) draw only on a terminal and clear their line when done."""

import io

from backprop_viz.cli.progress import ProgressBar, progress_bar


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_draws_on_a_terminal():
    stream = FakeTerminal()
    bar = ProgressBar(total=10, stream=stream, width=10)
    bar.start("epoch 1/2")
    bar.update(10, 0.1234)                         # the last step is always drawn
    text = stream.getvalue()
    assert "epoch 1/2" in text and "10/10" in text and "loss 0.1234" in text
    assert "step/s" in text
    bar.finish()
    assert stream.getvalue().endswith("\r")       # the line is blanked and the cursor back at its start
    assert stream.getvalue().rstrip("\r").endswith(" ")


def test_partial_progress_and_throttling():
    stream = FakeTerminal()
    bar = ProgressBar(total=4, stream=stream, width=8)
    bar.start("e")
    bar.update(1, 2.0)
    bar.update(2, 1.0)                             # within 0.1 s of the last draw: not redrawn
    assert "2/4" not in stream.getvalue()
    bar.update(4, 0.5)
    assert "4/4" in stream.getvalue() and "loss 0.5000" in stream.getvalue()
    bar.finish()


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


def test_counting_bar_writes_lines_on_stdout_and_draws_only_on_a_terminal(capsys):
    tty = FakeTerminal()
    bar = progress_bar(3, "predict", unit="image", stream=tty)
    bar.update(3)
    bar.refresh()                                  # tqdm draws at most every 0.1 s: draw now
    bar.write("a.png: 7")
    bar.close()
    assert "3/3" in tty.getvalue() and "image" in tty.getvalue()
    assert "a.png: 7" in capsys.readouterr().out
    pipe = io.StringIO()
    quiet = progress_bar(3, "predict", stream=pipe)
    quiet.update(3)
    quiet.write("b.png: 1")
    quiet.close()
    assert pipe.getvalue() == "" and capsys.readouterr().out == "b.png: 1\n"


def test_evaluate_counts_its_two_passes_on_a_terminal_and_nothing_with_json(tmp_path, monkeypatch, capsys):
    from backprop_viz.cli.main import main
    from backprop_viz.core import Config, Network
    from backprop_viz.core.modelfile import save_model

    model = tmp_path / "model.npz"
    config = Config(hidden=(8,))
    save_model(model, Network.from_config(config), config)
    from backprop_viz.cli import evaluate_cmd

    bars = []
    monkeypatch.setattr(evaluate_cmd, "progress_bar", lambda *a, **k: bars.append(progress_bar(*a, **k)) or bars[-1])
    tty = FakeTerminal()
    monkeypatch.setattr("sys.stderr", tty)
    assert main(["evaluate", str(model)]) == 0
    drawn = tty.getvalue()
    assert "evaluate" in drawn and "/20000" in drawn and "sample/s" in drawn   # the loss pass + the predictions
    assert bars[0].n == 20000 and drawn.endswith("\r")                        # counted to the end, then cleared
    assert "test set (10,000 samples)" in capsys.readouterr().out
    tty.seek(0)
    tty.truncate()
    assert main(["evaluate", str(model), "--json"]) == 0
    assert tty.getvalue() == ""
