"""The dataset browser, driven through its widgets on the bundled MNIST: label filter, split,
selection → the course's 785-number row and 28×28 table, jump to index, exact index sets,
Inspect, lazy thumbnails."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt

from backprop_viz.core.presets import get_preset
from backprop_viz.gui.views.browser import BrowserView
from backprop_viz.gui.views.thumbnails import INDEX_ROLE, LABEL_ROLE


@pytest.fixture
def browser(qtbot, mnist):
    view = BrowserView()
    qtbot.addWidget(view)
    view.resize(900, 650)
    view.show()
    qtbot.waitExposed(view)
    view.set_splits(mnist)
    return view


def on_screen_rows(view) -> list[int]:
    """Rows of the grid whose cells intersect the visible viewport."""
    viewport = QRect(0, 0, view.grid.viewport().width(), view.grid.viewport().height())
    rows = []
    for r in range(view.model.rowCount()):
        rect = view.grid.visualRect(view.model.index(r))
        if rect.intersects(viewport):
            rows.append(r)
        elif rows:
            break
    return rows


def wait_laid_out(qtbot, view) -> None:
    """The grid lays out in batches from the event loop: wait until a screenful is placed."""
    qtbot.waitUntil(lambda: len(on_screen_rows(view)) >= min(10, view.model.rowCount()), timeout=3000)


def click_row(qtbot, view, row: int) -> None:
    wait_laid_out(qtbot, view)
    index = view.model.index(row)
    view.grid.scrollTo(index)
    qtbot.mouseClick(view.grid.viewport(), Qt.LeftButton, pos=view.grid.visualRect(index).center())


def test_label_filter_shows_only_that_label(qtbot, browser, mnist):
    qtbot.keyClicks(browser.label_box, "3")          # pick "3" in the combo box like a user
    assert browser.label_box.currentData() == 3
    n3 = int((mnist.train.labels == 3).sum())
    assert browser.model.rowCount() == n3
    assert f"showing {n3:,} of 60,000" in browser.count_label.text()
    wait_laid_out(qtbot, browser)                     # the grid really shows a screenful
    shown = on_screen_rows(browser)
    for r in shown:
        assert browser.model.index(r).data(LABEL_ROLE) == 3
    assert (mnist.train.labels[browser.visible_indices()] == 3).all()
    # scrolled to the end, still only threes
    last = browser.model.index(browser.model.rowCount() - 1)

    def at_the_end():
        browser.grid.scrollTo(last)    # again until the batched layout has reached the end
        return last.row() in on_screen_rows(browser)

    qtbot.waitUntil(at_the_end, timeout=3000)
    for r in on_screen_rows(browser):
        i = browser.model.index(r).data(INDEX_ROLE)
        assert mnist.train.labels[i] == 3


def test_selecting_an_image_shows_its_785_number_row_and_table(qtbot, browser, mnist):
    click_row(qtbot, browser, 5)
    i = browser.model.index(5).data(INDEX_ROLE)
    assert browser.selected == i
    row = [int(v) for v in browser.row_text.toPlainText().split(",")]
    assert len(row) == 785
    expected = [int(mnist.train.labels[i])] + mnist.train.images[i].reshape(-1).astype(int).tolist()
    assert row == expected
    np.testing.assert_array_equal(browser.pixel_row(), expected)
    table = browser.table_model
    for r, c in [(0, 0), (14, 14), (10, 5), (27, 27)]:
        assert table.index(r, c).data() == str(mnist.train.images[i][r, c])
    assert f"label <b>{mnist.train.labels[i]}</b>" in browser.title.text()


def test_one_hot_target_uses_the_runs_off_and_on_values(qtbot, browser, make_snapshot, mnist):
    click_row(qtbot, browser, 0)
    label = int(mnist.train.labels[browser.selected])
    assert "[0 0" in browser.target_label.text() or label == 0
    config = get_preset("lecture-backprop").config.replace(hidden=(8,))
    snap, _ = make_snapshot(config, steps=0)
    browser.show_snapshot(snap)
    text = browser.target_label.text()
    assert "off 0.01, on 0.99" in text and text.count("0.99") >= 2 and text.count("0.01") >= 9


def test_split_choice_and_jump_to_index(qtbot, browser, mnist):
    browser.set_split("test")
    assert browser.model.rowCount() == 10000
    browser.jump_box.setValue(4321)
    qtbot.mouseClick(browser.jump_button, Qt.LeftButton)
    assert browser.selected == 4321
    assert browser.grid.currentIndex().data(INDEX_ROLE) == 4321
    qtbot.waitUntil(lambda: browser.grid.currentIndex().row() in on_screen_rows(browser), timeout=3000)
    # jumping to an image the label filter hides shows all labels again
    other = (int(mnist.test.labels[4321]) + 1) % 10
    browser.set_label_filter(other)
    browser.jump_to(4321)
    assert browser.label_box.currentData() is None and browser.selected == 4321


def test_set_indices_shows_exactly_those_images(qtbot, browser, mnist):
    idx = np.flatnonzero((mnist.test.labels == 4))[:17][::-1]
    browser.set_indices("test", idx, "true 4")
    assert browser.split == "test"
    np.testing.assert_array_equal(browser.visible_indices(), idx)
    assert browser.subset_bar.isVisible() and "17 test images" in browser.subset_label.text()
    assert browser.selected == idx[0]
    show_all = browser.findChild(type(browser.jump_button), "browser_show_all")
    qtbot.mouseClick(show_all, Qt.LeftButton)
    assert browser.model.rowCount() == 10000 and not browser.subset_bar.isVisible()


def test_inspect_emits_the_selected_image(qtbot, browser, mnist):
    click_row(qtbot, browser, 2)
    i = browser.selected
    with qtbot.waitSignal(browser.inspect_requested, timeout=1000) as blocker:
        qtbot.mouseClick(browser.inspect_button, Qt.LeftButton)
    pixels, label, source = blocker.args
    np.testing.assert_array_equal(pixels, mnist.train.images[i])
    assert label == int(mnist.train.labels[i]) and source == f"train image #{i}"


def test_thumbnails_are_rendered_lazily(qtbot, browser):
    wait_laid_out(qtbot, browser)
    qtbot.waitUntil(lambda: browser.model.images_made > 0, timeout=3000)   # painted
    assert browser.model.rowCount() == 60000
    assert 0 < browser.model.images_made < 1000      # only what was on screen, not 60,000


def test_clear_and_info(browser):
    assert browser.info_text and browser.toolTip() == browser.info_text
    browser.set_indices("test", np.array([3, 5]), "two images")
    assert browser.model.rowCount() == 2
    browser.clear()  # a reset keeps the dataset, drops the index selection
    assert browser.model.rowCount() == len(browser.dataset)
    browser.forget()
    assert browser.model.rowCount() == 0 and browser.selected is None
    assert not browser.inspect_button.isEnabled()
