"""Health notes: what looks wrong with training right now, in plain words, with a fix.

After every shown step the rules of :mod:`backprop_viz.core.health` read the step's
per-layer statistics and this view lists their notes — errors (NaN/Inf, exploding
gradients) in red, warnings (update ratio outside [1e-4, 1e-2], dead ReLUs, saturated
sigmoids, vanishing gradients) in amber — each with a one-sentence explanation and a
suggested fix, or a green "All healthy". Below, a small table shows the numbers the
rules judge, per layer, so a student can see *why*. The page is rebuilt only when the
trace changes. Before a step, it says whether the network is freshly initialised or was
loaded from a file.
"""

from __future__ import annotations

import html
import math
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from backprop_viz.core.health import health_notes
from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import phase_name

from .common import info_button
from .health_text import checks, note_words, where

INFO = QT_TRANSLATE_NOOP(
    "HealthView", "Automatic checks of the training step, the kind an experienced person does by eye. The update "
    "ratio ‖ΔW‖/‖W‖ says how much one step changes a layer's weights: about 1e-3 is healthy, much less means the "
    "layer hardly learns, much more means training is unstable. A ReLU is dead when z ≤ 0 for every sample "
    "(it outputs 0 and gets no gradient); a sigmoid/tanh is saturated when a is near its limits (f′(z) ≈ 0). "
    "Gradients vanish when ‖dW‖ shrinks layer by layer towards the input, and explode when it grows huge. "
    "Each note says what it means and what to try.")
COLORS = {"error": ("#fde2e2", "#b42318", "✖"), "warning": ("#fff4ce", "#8a5a00", "⚠")}


def _fmt(value, percent: bool = False) -> str:
    if value is None:
        return "—"
    if not math.isfinite(value):
        return str(value)
    return f"{value:.0%}" if percent else f"{value:.2g}"


class HealthView(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("health_view")
        self.notes = []
        self._key = None
        self._snapshot = None
        panel = QLabel()
        self.status = QLabel()
        self.status.setObjectName("health_status")
        self.info = info_button("", panel)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.info)
        self.text = QTextBrowser()
        self.text.setObjectName("health_text")
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(panel)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.info_text = self.tr(INFO)
        self.info.set_text(self.info_text)
        snapshot = self._snapshot
        self.clear()
        if snapshot is not None:
            self.show_snapshot(snapshot)

    def _checks_html(self) -> str:
        return ("<p style='color:#555; margin-top:8px'><b>" + self.tr("What is checked") + "</b></p>"
                "<ul style='color:#555'>" + "".join(f"<li>{c}</li>" for c in checks()) + "</ul>")

    def clear(self) -> None:
        self.notes, self._key, self._snapshot = [], None, None
        self.status.setText(self.tr("<b>Training health</b> — waiting for the network…"))
        self.text.setHtml(self._checks_html())

    def show_snapshot(self, snapshot) -> None:
        trace = snapshot.trace
        key = (snapshot.run_id, id(trace), snapshot.config)
        self._snapshot = snapshot
        if key == self._key:
            return
        self._key = key
        if trace is None:
            self.notes = []
            if snapshot.loaded_from:
                self.status.setText(self.tr("<b>Training health</b> — network loaded from {0}, no training step "
                                            "yet").format(html.escape(Path(snapshot.loaded_from).name)))
            else:
                self.status.setText(self.tr("<b>Training health</b> — no training step yet"))
            self.text.setHtml("<p>" + self.tr("The checks run after every training step: press <b>Step</b> or "
                                              "<b>Play</b>.") + "</p>" + self._checks_html())
            return
        self.notes = health_notes(trace, snapshot.config)
        errors = sum(n.level == "error" for n in self.notes)
        warnings = len(self.notes) - errors
        count = (self.tr("%n error(s), ", "", errors) if errors else "") + self.tr("%n warning(s)", "", warnings)
        self.status.setText(self.tr("<b>Training health</b> at step {0} ({1} phase) — {2}").format(
            trace.step, phase_name(trace.phase), self.tr("all healthy") if not self.notes else count))
        self.text.setHtml("".join(self._cards(trace, snapshot.config)) + self._table(trace) + self._checks_html())

    def _cards(self, trace, config) -> list[str]:
        if not self.notes:
            return ["<table width='100%' cellpadding='6' style='background:#e6f4ea'><tr><td>"
                    "<b style='color:#1e7b34'>" + self.tr("✔ All healthy") + "</b> — "
                    + self.tr("every check below passed for this step.") + "</td></tr></table>"]
        cards, try_ = [], self.tr("Try:")
        for n in self.notes:
            bg, fg, icon = COLORS[n.level]
            title, explanation, fix = note_words(n, trace, config)
            cards.append(f"<table width='100%' cellpadding='5' style='background:{bg}; margin-bottom:4px'><tr><td>"
                         f"<b style='color:{fg}'>{icon} {where(n)}: {title}</b><br>{explanation}<br>"
                         f"<i>{try_}</i> {fix}</td></tr></table>")
        return cards

    def _table(self, trace) -> str:
        layer_word, frac_word = self.tr("layer"), self.tr("dead / saturated")
        head = (f"<tr style='background:#eee'><th align='left'>{layer_word}</th><th>‖dW‖</th><th>‖ΔW‖/‖W‖</th>"
                f"<th>{frac_word}</th></tr>")
        rows = []
        for layer in trace.layers:
            s = layer.stats
            frac = s.get("dead_frac", s.get("saturated_frac"))
            kind = self.tr("dead") if "dead_frac" in s else self.tr("saturated") if "saturated_frac" in s else ""
            if layer is trace.layers[-1] and "saturated_frac" in s and "dead_frac" not in s:
                kind = self.tr("saturated (fine for outputs)")
            rows.append(f"<tr><td>{layer.index} · {layer.activation}</td><td align='right'>{_fmt(s.get('grad_norm'))}"
                        f"</td><td align='right'>{_fmt(s.get('update_ratio'))}</td><td align='right'>"
                        f"{_fmt(frac, True)} {kind}</td></tr>")
        return ("<p style='margin-top:8px'>" + self.tr("<b>The numbers checked</b> (loss {0})").format(_fmt(trace.loss))
                + "</p><table cellpadding='3' cellspacing='0' border='1' style='border-color:#ccc'>" + head
                + "".join(rows) + "</table>")
