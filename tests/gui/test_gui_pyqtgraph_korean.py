"""pyqtgraph's own context menus, plot options and export dialog speak Korean in the Korean
interface: our catalogue carries their texts (scripts/update_translations.py reads them)."""

from __future__ import annotations

import pyqtgraph as pg
from i18n_helpers import HANGUL
from pyqtgraph.GraphicsScene.exportDialog import ExportDialog

from backprop_viz.gui import i18n


def test_plot_menus_and_the_export_dialog_are_korean(qtbot):
    i18n.set_language("ko")
    try:
        plot = pg.PlotWidget()
        qtbot.addWidget(plot)
        menu = plot.getPlotItem().getViewBox().menu
        texts = [menu.title()] + [a.text() for a in menu.actions()]
        assert "전체 보기" in texts and "마우스 모드" in texts, texts
        options = plot.getPlotItem().ctrlMenu
        assert options.title() == "그래프 옵션"
        assert {a.text() for a in options.actions()} >= {"변환", "다운샘플링", "평균", "격자", "점"}
        axis = menu.ctrl[0]
        assert axis.invertCheck.text() == "축 반전" and axis.mouseCheck.text() == "마우스 사용"
        dialog = ExportDialog(plot.scene())
        ui = dialog.ui
        assert ui.exportBtn.text() == "내보내기" and ui.closeBtn.text() == "닫기" and ui.copyBtn.text() == "복사"
        assert all(HANGUL.search(t) for t in (ui.label.text(), ui.label_2.text(), ui.label_3.text()))
        dialog.close()
    finally:
        i18n.set_language("en")
    english = pg.PlotWidget()
    qtbot.addWidget(english)
    assert "View All" in [a.text() for a in english.getPlotItem().getViewBox().menu.actions()]
