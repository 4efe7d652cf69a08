"""The app's Lessons mode (issue #16): guided lessons on the real network, predictions checked by the engine.

:class:`~.mode.LessonsMode` (``window.lessons``) runs a lesson from
:mod:`backprop_viz.lessons` in a dock beside the views: the text, the perspective
(:mod:`.perspective`), the one action (:mod:`.flow`), the questions (:mod:`.question_card`,
:mod:`.answer_inputs`) judged by the engine's ``CheckAnswer``, the summary, and the
progress remembered across restarts (:mod:`.progress`). :mod:`.menu` is the Lessons menu
(open a teacher's file, export the answers), :mod:`.welcome` the first start's choice.
"""

from backprop_viz.gui.lessons.mode import LessonsMode

__all__ = ["LessonsMode"]
