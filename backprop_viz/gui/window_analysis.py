"""The main window's five "why did it do that?" docks (issue #17) and their wiring.

:func:`add_analysis_views` adds the loss along the step, editing a weight, who pushed a
weight, the input gradient and gradient noise as docks tabbed beside the Layers panel (each
gets the controller through ``set_engine`` and asks the engine only while on screen);
:func:`connect_analysis_views` lets a click on a Weights heatmap cell choose the weight the
edit and who-pushed views work on, and hands the edit view the engine's splits (for the
thumbnails of flipped digits).
"""

from __future__ import annotations

from backprop_viz.gui.views.gradient_noise import GradientNoiseView
from backprop_viz.gui.views.input_gradient import InputGradientView
from backprop_viz.gui.views.loss_step import LossStepView
from backprop_viz.gui.views.weight_edit import WeightEditView
from backprop_viz.gui.views.who_pushed import WhoPushedView


def add_analysis_views(window) -> None:
    for attr, factory in (("loss_step", LossStepView), ("weight_edit", WeightEditView), ("who_pushed", WhoPushedView),
                          ("input_gradient", InputGradientView), ("gradient_noise", GradientNoiseView)):
        window.deferred.add_later(attr, f"{attr}_dock", factory, tab_with="layers_dock")


def connect_analysis_views(window) -> None:
    window.weights_view.weight_selected.connect(window.weight_edit.select)
    window.weights_view.weight_selected.connect(window.who_pushed.select)
    window.controller.data_loaded.connect(window.weight_edit.set_dataset)
    if getattr(window, "splits", None) is not None:
        window.weight_edit.set_dataset(window.splits)
