"""Every review action has a key: back to "captured" (Ctrl+U), a chosen one of several suggestions
accepted or rejected (Shift+A, Shift+R), the columns from the table's own context menu; and F1
lists the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dialog_app.core.kinds import TagOrigin
from dialog_app.gui.review.review_model import column
from dialog_app.gui.review.theme_picker import ThemePicker
from dialog_app.gui.widgets.key_list import screen_keys, sequences_of
from tests.gui import review_fixtures

review = review_fixtures.review  # the fixture, under its own name

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def several_suggestions(review) -> int:
    for row in range(review.page.model.rowCount()):
        if len(review.row(row).suggestions) >= 2:
            return row
    pytest.fail("the demo project has a note with two suggested themes")


def picker_choosing(monkeypatch, choose) -> list:
    """ThemePicker.pick answers ``choose(offered themes)``; returns the list of what was offered."""
    offered: list = []

    def pick(cls, themes, _title, _parent=None):
        offered.append(list(themes))
        return choose(themes)

    monkeypatch.setattr(ThemePicker, "pick", classmethod(pick))
    return offered


def press_and_choose(review, row, key: Qt.Key, offered: list) -> None:
    """Select the row's note, press Shift+``key`` in the table, wait for the picker and what follows."""
    page = review.page
    review.select([page.model.row_of(row.key)])
    page.table.setFocus()
    review.qtbot.keyClick(page.table, key, SHIFT)
    review.qtbot.waitUntil(lambda: bool(offered), timeout=5_000)
    review.settle()


def test_ctrl_u_sets_notes_back_to_captured(review):
    project = review.project
    ids = review.select([0, 1])
    review.press(KEY.Key_R, CTRL)
    assert {project.notes.get(i).status for i in ids} == {"reviewed"}
    review.press(KEY.Key_U, CTRL)
    assert {project.notes.get(i).status for i in ids} == {"captured"}
    project.history.undo()
    review.settle()
    assert {project.notes.get(i).status for i in ids} == {"reviewed"}


def test_shift_a_accepts_the_chosen_one_of_several_suggestions_in_one_step(review, monkeypatch):
    # Given a note with two suggested themes
    project = review.project
    row = review.row(several_suggestions(review))
    first, second = (chip.theme_id for chip in row.suggestions[:2])
    offered = picker_choosing(monkeypatch, lambda themes: themes[1].theme_id)
    # When the writer presses Shift+A and picks the second suggestion
    press_and_choose(review, row, KEY.Key_A, offered)
    # Then the picker offered the note's suggestions only, and the second is on the note, as a suggestion
    assert [t.theme_id for t in offered[0]] == [chip.theme_id for chip in row.suggestions]
    origins = {t.theme_id: t.origin for t in project.tagging.taggings_of(row.note_id)}
    assert origins.get(second) == TagOrigin.SUGGESTION and first not in origins
    # and one undo takes it off again
    project.history.undo()
    review.settle()
    assert second not in {t.id for t in project.tagging.themes_of(row.note_id)}


def test_shift_r_rejects_the_chosen_suggestion(review, monkeypatch):
    project = review.project
    row = review.row(several_suggestions(review))
    second = row.suggestions[1].theme_id
    offered = picker_choosing(monkeypatch, lambda themes: themes[1].theme_id)
    press_and_choose(review, row, KEY.Key_R, offered)
    assert second in project.suggestions.rejected(row.note_id)
    assert row.suggestions[0].theme_id not in project.suggestions.rejected(row.note_id)


def test_a_cancelled_choice_changes_nothing(review, monkeypatch):
    project = review.project
    row = review.row(several_suggestions(review))
    before = project.history.next_undo
    offered = picker_choosing(monkeypatch, lambda _themes: None)
    press_and_choose(review, row, KEY.Key_A, offered)
    assert not project.suggestions.rejected(row.note_id)
    assert project.history.next_undo is before


def test_f1_lists_the_new_keys(review):
    keys = sequences_of(screen_keys(review.page))
    assert {"Ctrl+U", "Shift+A", "Shift+R"} <= keys
    meanings = {row.meaning for row in screen_keys(review.page)}
    assert "Status of the selected notes: back to captured" in meanings
    assert "Accept a suggestion…" in meanings and "Reject a suggestion…" in meanings


def test_the_context_menu_offers_the_choice_and_the_columns(review):
    page = review.page
    review.select([several_suggestions(review)])
    menu = page.actions_.context_menu()
    actions = menu.actions()
    assert page.actions_.accept_chosen in actions and page.actions_.reject_chosen in actions
    columns = next(a.menu() for a in actions if a.menu() is not None and a.menu().objectName() == "reviewColumnsMenu")
    votes = next(a for a in columns.actions() if a.text() == "Votes")
    votes.setChecked(not votes.isChecked())
    assert page.table.isColumnHidden(column("votes")) != votes.isChecked()
