"""The Lessons mode around the lessons: the inspector agrees, the window comes back, progress stays.

A lesson's checked value equals the Backprop inspector's number for the same step; the
perspective (docks shown, one raised and framed) is undone when the learner leaves;
progress survives a new window on the same settings; *Export my answers* writes the CSV;
a teacher's file with problems is listed by line, a good one runs; the first start offers
the lessons next to the lab.
"""

from __future__ import annotations

import shutil

from lesson_helpers import answer, click, live_values, right_answer, run_lesson, wait_verdict
from PySide6.QtCore import QSettings

from backprop_viz.gui.lessons.panel import QUESTIONS
from backprop_viz.gui.main_window import TOUR_SEEN
from backprop_viz.gui.window_docks import on_screen
from backprop_viz.lessons import builtin_lessons, read_answers

OUTPUT_ERROR = next(k for k, lesson in enumerate(builtin_lessons()) if lesson.id == "output-error")
SIGMOID = next(k for k, lesson in enumerate(builtin_lessons()) if lesson.id == "sigmoid-derivative")


def test_a_checked_value_is_the_inspectors_number_for_the_same_step(qtbot, window):
    run_lesson(qtbot, window, OUTPUT_ERROR)
    card = next(c for c in window.lessons.panel.cards if c.question.id == "true-class-sign")
    verdict = card.verdicts[-1]
    k = int(verdict.values["k"])
    inspector = window.inspector
    assert window.docks["inspector_dock"].isVisible()
    inspector.select(sample=0, output_unit=k)
    qtbot.waitUntil(lambda: inspector.snapshot is not None and inspector.snapshot.trace is not None
                    and inspector.snapshot.trace.phase == "backward" and "delta_out" in inspector.values(),
                    timeout=10000)
    shown = inspector.values()
    assert shown["k"] == k and shown["n"] == 0
    assert float(shown["delta_out"]) == verdict.value                    # the engine's delta_L[0, k], both
    assert float(shown["a_out"]) == verdict.values["ak"] and float(shown["t"]) == verdict.values["tk"]


def geometries(window) -> dict:
    return {name: dock.geometry().getRect() for name, dock in window.docks.items() if on_screen(dock)}


def test_the_perspective_is_applied_then_restored_after_leaving(qtbot, window):
    window.docks["race_dock"].raise_()
    window.docks["probe_dock"].hide()
    qtbot.waitUntil(lambda: on_screen(window.docks["drawing_dock"]) and on_screen(window.docks["race_dock"])
                    and window.docks["drawing_dock"].geometry().right() + 1 == window.width(),
                    timeout=3000)                    # the drawing pad's tab forward, the docks laid out
    before = geometries(window)
    visible = {name: dock.isVisible() for name, dock in window.docks.items()}
    in_front = {name for name, dock in window.docks.items() if on_screen(dock)}
    mode = window.lessons
    mode.start(OUTPUT_ERROR)                            # inspector, layers, probe; the inspector raised
    assert mode.dock.isVisible() and window.docks["probe_dock"].isVisible()
    qtbot.waitUntil(lambda: not window.docks["inspector_dock"].visibleRegion().isEmpty(), timeout=3000)
    assert mode.keeper.highlighted() and mode.keeper.target is window.docks["inspector_dock"]
    click(qtbot, mode.panel.leave_button)
    assert not mode.dock.isVisible() and not mode.keeper.highlighted() and not mode.active
    assert {name: dock.isVisible() for name, dock in window.docks.items()} == visible
    qtbot.waitUntil(lambda: {name for name, dock in window.docks.items() if on_screen(dock)} == in_front,
                    timeout=3000)                                      # the same tabs in front
    qtbot.waitUntil(lambda: geometries(window) == before, timeout=3000)   # every panel back in place, at its size


def test_progress_survives_a_new_window_with_the_same_settings(qtbot, make_window):
    from backprop_viz.core.presets import get_preset

    window = make_window(get_preset("fast").config)
    run_lesson(qtbot, window, SIGMOID)
    window.close()
    again = make_window(get_preset("fast").config)
    mode = again.lessons
    assert mode.progress.is_done("sigmoid-derivative") and mode.progress.score("sigmoid-derivative")
    assert mode.menu.lesson_actions[SIGMOID].isChecked()
    assert not mode.menu.lesson_actions[0].isChecked()
    assert mode.next_unfinished().id == builtin_lessons()[0].id        # continue: the first one not finished
    assert not mode.dock.isVisible()                                   # a lesson left open is not in the layout


def test_export_writes_every_answer_as_csv(qtbot, window, tmp_path):
    run_lesson(qtbot, window, SIGMOID)
    mode = window.lessons
    path = tmp_path / "my answers.csv"
    assert mode.menu.export_action.isEnabled()
    rows = mode.menu.export(str(path))
    records = read_answers(path)
    assert rows == len(records) == len(mode.records) >= 2 * len(mode.panel.cards)
    assert {r.question for r in records} == {q.question.id for q in mode.panel.cards}
    assert any(r.correct for r in records) and any(not r.correct for r in records)
    assert all(r.lesson == "sigmoid-derivative" and r.numbers for r in records)


def test_a_teachers_file_with_problems_is_listed_by_line_a_good_one_runs(qtbot, window, tmp_path):
    bad = tmp_path / "bad.toml"
    source = builtin_lessons()[SIGMOID].file.read_text(encoding="utf-8")
    bad.write_text(source.replace('quantity = "', 'quantity = "nonsense_name + ', 1), encoding="utf-8")
    problems = window.lessons.menu.open_file(str(bad))
    assert problems and all(p.line > 0 for p in problems)
    box = window.lessons.menu.problems_box
    qtbot.waitUntil(box.isVisible, timeout=3000)
    assert f"line {problems[0].line}" in box.text() and "Traceback" not in box.text()
    assert not window.lessons.active
    good = tmp_path / "mine.toml"
    shutil.copy(builtin_lessons()[SIGMOID].file, good)
    lesson = window.lessons.menu.open_file(str(good))
    panel = window.lessons.panel
    assert window.lessons.active and "mine.toml" in panel.where.text()
    qtbot.waitUntil(panel.next_button.isEnabled, timeout=60000)
    click(qtbot, panel.next_button)
    assert panel.stack.currentIndex() == QUESTIONS
    click(qtbot, panel.do_button)
    qtbot.waitUntil(lambda: panel.action_done, timeout=30000)
    card = panel.cards[0]
    answer(qtbot, card, right_answer(card.question, live_values(qtbot, window, card.question)))
    assert wait_verdict(qtbot, card, 1).correct
    assert lesson.path == str(good)


def test_first_start_offers_the_lessons_next_to_the_lab(qtbot, make_window):
    settings = QSettings()
    settings.remove(TOUR_SEEN)
    settings.sync()
    window = make_window()
    qtbot.waitUntil(lambda: getattr(window.lessons, "welcome_dialog", None) is not None
                    and window.lessons.welcome_dialog.isVisible(), timeout=3000)
    dialog = window.lessons.welcome_dialog
    assert window.tour is None
    click(qtbot, dialog.lessons_button)
    assert window.lessons.active and window.lessons.dock.isVisible()
    assert window.lessons.lesson.id == builtin_lessons()[0].id
    window.lessons.leave()
    window.close()
    again = make_window()                                   # only once
    assert getattr(again.lessons, "welcome_dialog", None) is None


def test_the_lab_choice_starts_the_tour(qtbot, make_window):
    settings = QSettings()
    settings.remove(TOUR_SEEN)
    settings.sync()
    window = make_window()
    qtbot.waitUntil(lambda: getattr(window.lessons, "welcome_dialog", None) is not None, timeout=3000)
    click(qtbot, window.lessons.welcome_dialog.lab_button)
    assert window.tour is not None and window.tour.isVisible() and not window.lessons.active
