"""The engine's reports in the user's language.

The engine (:mod:`backprop_viz.engine.loop`) runs without Qt, often in another process,
so it reports English templates with their arguments (a snapshot's ``message`` and
``message_args``, an error's text); :func:`engine_text` words them here, in the GUI,
with the translations of context ``TrainingWorker``. Texts it does not know (e.g. an
exception's own message) are shown as they are.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from backprop_viz.engine import loop
from backprop_viz.gui.texts import divergence_text, source_text

translate = QCoreApplication.translate


def engine_text(template: str, args: tuple = ()) -> str:
    """``template`` (one of :mod:`.engine.loop`'s) formatted with ``args``, translated."""
    if not template:
        return ""
    if template == loop.DIVERGED:
        return divergence_text(args[0])
    if template == loop.ONE_SAMPLE:
        return translate("TrainingWorker", "One backprop step on {0} (label {1})").format(source_text(args[0]), args[1])
    if template == loop.ERROR:
        return translate("TrainingWorker", "Error: {0}").format(engine_text(args[0]))
    if template == loop.FINISHED:
        return translate("TrainingWorker", "Finished epoch {0}").format(*args)
    known = {
        loop.READY: translate("TrainingWorker", "Network initialised: ready to train"),
        loop.LIVE: translate("TrainingWorker", "Settings apply from the next step"),
        loop.NO_DATA: translate("TrainingWorker", "no data loaded; reset with another dataset"),
        loop.BN_SINGLE: translate("TrainingWorker", "batch norm cannot train on a single sample (its batch "
                                  "statistics need several); turn batch norm off to train on your drawing"),
    }
    return known.get(template, template)


def worded(snapshot):
    """``snapshot`` with its message in words of the current language."""
    if not snapshot.message:
        return snapshot
    return dataclasses.replace(snapshot, message=engine_text(snapshot.message, snapshot.message_args),
                               message_args=())


def error_text(payload: tuple[str, str]) -> str:
    """An ``error`` report ``(exception type, message)`` as the user sees it."""
    name, text = payload
    return f"{name}: {engine_text(text)}"
