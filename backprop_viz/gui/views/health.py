"""Health notes: what looks wrong with training right now, in plain words, with a fix.

After every shown step the rules of :mod:`backprop_viz.core.health` read the step's
per-layer statistics and this view lists their notes — errors (NaN/Inf, exploding
gradients) in red, warnings (update ratio outside [1e-4, 1e-2], dead ReLUs, saturated
sigmoids, vanishing gradients) in amber — each with a one-sentence explanation and a
suggested fix, or a green "All healthy". Below, a small table shows the numbers the
rules judge, per layer, so a student can see *why*. The page is rebuilt only when the
trace changes.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from backprop_viz.core.health import (DEAD_FRAC, EXPLODING_NORM, MIN_DEAD_BATCH, SATURATED_FRAC, UPDATE_RATIO_RANGE,
                                      VANISHING_RATIO, WARMUP_STEPS, health_notes)

from .common import info_button

INFO = ("Automatic checks of the training step, the kind an experienced person does by eye. The update ratio "
        "‖ΔW‖/‖W‖ says how much one step changes a layer's weights: about 1e-3 is healthy, much less means the "
        "layer hardly learns, much more means training is unstable. A ReLU is dead when z ≤ 0 for every sample "
        "(it outputs 0 and gets no gradient); a sigmoid/tanh is saturated when a is near its limits (f′(z) ≈ 0). "
        "Gradients vanish when ‖dW‖ shrinks layer by layer towards the input, and explode when it grows huge. "
        "Each note says what it means and what to try.")
COLORS = {"error": ("#fde2e2", "#b42318", "✖"), "warning": ("#fff4ce", "#8a5a00", "⚠")}
CHECKS = (f"update ratio ‖ΔW‖/‖W‖ within [{UPDATE_RATIO_RANGE[0]:g}, {UPDATE_RATIO_RANGE[1]:g}] "
          f"(from step {WARMUP_STEPS + 1})",
          f"at most {DEAD_FRAC:.0%} of a hidden layer's ReLUs dead (minibatches of {MIN_DEAD_BATCH} or more)",
          f"at most {SATURATED_FRAC:.0%} of a hidden layer's sigmoid/tanh activations saturated",
          f"first layer's ‖dW‖ at least {VANISHING_RATIO:g} × the last layer's (no vanishing gradient)",
          f"every ‖dW‖ at most {EXPLODING_NORM:g} (no exploding gradient)", "no NaN or Inf in the loss or statistics")
CHECKS_HTML = ("<p style='color:#555; margin-top:8px'><b>What is checked</b></p><ul style='color:#555'>"
               + "".join(f"<li>{c}</li>" for c in CHECKS) + "</ul>")


def _fmt(value, percent: bool = False) -> str:
    if value is None:
        return "—"
    if not math.isfinite(value):
        return str(value)
    return f"{value:.0%}" if percent else f"{value:.2g}"


class HealthView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("health_view")
        self.info_text = INFO
        self.notes = []
        self._key = None
        panel = QLabel()
        self.status = QLabel()
        self.status.setObjectName("health_status")
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(info_button(INFO, panel))
        self.text = QTextBrowser()
        self.text.setObjectName("health_text")
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(panel)
        layout.addWidget(self.text, 1)
        self.clear()

    def clear(self) -> None:
        self.notes, self._key = [], None
        self.status.setText("<b>Training health</b> — waiting for the network…")
        self.text.setHtml(CHECKS_HTML)

    def show_snapshot(self, snapshot) -> None:
        trace = snapshot.trace
        key = (snapshot.run_id, id(trace), snapshot.config)
        if key == self._key:
            return
        self._key = key
        if trace is None:
            self.notes = []
            self.status.setText("<b>Training health</b> — no training step yet")
            self.text.setHtml("<p>The checks run after every training step: press <b>Step</b> or <b>Play</b>.</p>"
                              + CHECKS_HTML)
            return
        self.notes = health_notes(trace, snapshot.config)
        errors = sum(n.level == "error" for n in self.notes)
        count = (f"{errors} error{'s' * (errors != 1)}, " if errors else "") + \
                f"{len(self.notes) - errors} warning{'s' * (len(self.notes) - errors != 1)}"
        self.status.setText(f"<b>Training health</b> at step {trace.step} ({trace.phase} phase) — "
                            + ("all healthy" if not self.notes else count))
        self.text.setHtml("".join(self._cards()) + self._table(trace) + CHECKS_HTML)

    def _cards(self) -> list[str]:
        if not self.notes:
            return ["<table width='100%' cellpadding='6' style='background:#e6f4ea'><tr><td>"
                    "<b style='color:#1e7b34'>✔ All healthy</b> — every check below passed for this step.</td></tr>"
                    "</table>"]
        cards = []
        for n in self.notes:
            bg, fg, icon = COLORS[n.level]
            cards.append(f"<table width='100%' cellpadding='5' style='background:{bg}; margin-bottom:4px'><tr><td>"
                         f"<b style='color:{fg}'>{icon} {n.where}: {n.title}</b><br>{n.explanation}<br>"
                         f"<i>Try:</i> {n.fix}</td></tr></table>")
        return cards

    @staticmethod
    def _table(trace) -> str:
        head = ("<tr style='background:#eee'><th align='left'>layer</th><th>‖dW‖</th><th>‖ΔW‖/‖W‖</th>"
                "<th>dead / saturated</th></tr>")
        rows = []
        for layer in trace.layers:
            s = layer.stats
            frac = s.get("dead_frac", s.get("saturated_frac"))
            kind = "dead" if "dead_frac" in s else "saturated" if "saturated_frac" in s else ""
            if layer is trace.layers[-1] and kind == "saturated":
                kind += " (fine for outputs)"
            rows.append(f"<tr><td>{layer.index} · {layer.activation}</td><td align='right'>{_fmt(s.get('grad_norm'))}"
                        f"</td><td align='right'>{_fmt(s.get('update_ratio'))}</td><td align='right'>"
                        f"{_fmt(frac, True)} {kind}</td></tr>")
        return (f"<p style='margin-top:8px'><b>The numbers checked</b> (loss {_fmt(trace.loss)})</p>"
                f"<table cellpadding='3' cellspacing='0' border='1' style='border-color:#ccc'>{head}"
                + "".join(rows) + "</table>")
