"""Picking, unpicking and reordering key quotes are undoable steps; the synthesis text is not."""

from __future__ import annotations

import pytest

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError


@pytest.fixture
def theme(project):
    national = project.frameworks.active_framework()
    return project.frameworks.themes(national.id)[0]


@pytest.fixture
def notes(project, meeting):
    texts = ["Fler mötesplatser på biblioteken", "Bredband till varje by", "Kurser för äldre", "Öppna data"]
    return [project.notes.add(meeting.id, text).id for text in texts]


@pytest.fixture
def published(project):
    seen = []
    project.changes.subscribe(lambda change: seen.append(change) if change.touches(ChangeKind.SYNTHESIS) else None)
    return seen


def quotes(project, theme):
    return list(project.synthesis.get(theme.id).quotes)


def test_adding_a_quote_is_undone_and_redone(project, theme, notes, published):
    # given one quote picked
    project.synthesis.add_quote(theme.id, notes[0])
    # when a second is picked
    project.synthesis.add_quote(theme.id, notes[1])
    # then it is a step named for the history
    assert (project.history.next_undo.action, project.history.next_undo.count) == ("add_quote", 1)
    # when undone, the second is gone; redone, it is back last
    project.history.undo()
    assert quotes(project, theme) == [notes[0]]
    project.history.redo()
    assert quotes(project, theme) == [notes[0], notes[1]]
    # and every move was told to the GUI
    assert all(change.ids(ChangeKind.SYNTHESIS) == {theme.id} for change in published)
    assert len(published) == 4


def test_picking_a_quote_twice_records_no_second_step(project, theme, notes):
    # given
    project.synthesis.add_quote(theme.id, notes[0])
    step = project.history.next_undo
    # when
    project.synthesis.add_quote(theme.id, notes[0])
    # then
    assert project.history.next_undo is step
    assert quotes(project, theme) == [notes[0]]


def test_undoing_a_removal_puts_the_quote_back_in_its_place(project, theme, notes):
    # given three quotes in order
    for note_id in notes[:3]:
        project.synthesis.add_quote(theme.id, note_id)
    # when the middle one is removed
    project.synthesis.remove_quote(theme.id, notes[1])
    assert quotes(project, theme) == [notes[0], notes[2]]
    assert project.history.next_undo.action == "remove_quote"
    # then undo puts it back between the others, and redo takes it away again
    project.history.undo()
    assert quotes(project, theme) == notes[:3]
    project.history.redo()
    assert quotes(project, theme) == [notes[0], notes[2]]


def test_removing_a_quote_that_is_not_picked_records_nothing(project, theme, notes):
    # given
    project.synthesis.add_quote(theme.id, notes[0])
    step = project.history.next_undo
    # when
    project.synthesis.remove_quote(theme.id, notes[1])
    # then
    assert project.history.next_undo is step


def test_reordering_is_undone_and_redone(project, theme, notes):
    # given
    for note_id in notes:
        project.synthesis.add_quote(theme.id, note_id)
    wanted = [notes[3], notes[0], notes[2], notes[1]]
    # when
    project.synthesis.order_quotes(theme.id, wanted)
    # then
    assert quotes(project, theme) == wanted
    assert (project.history.next_undo.action, project.history.next_undo.count) == ("order_quotes", 4)
    project.history.undo()
    assert quotes(project, theme) == notes
    project.history.redo()
    assert quotes(project, theme) == wanted


def test_the_same_order_again_records_no_step(project, theme, notes):
    # given
    for note_id in notes[:2]:
        project.synthesis.add_quote(theme.id, note_id)
    step = project.history.next_undo
    # when
    project.synthesis.order_quotes(theme.id, notes[:2])
    # then
    assert project.history.next_undo is step


def test_a_wrong_order_is_refused_and_changes_nothing(project, theme, notes):
    # given
    for note_id in notes[:2]:
        project.synthesis.add_quote(theme.id, note_id)
    step = project.history.next_undo
    # when / then
    with pytest.raises(InvalidValueError):
        project.synthesis.order_quotes(theme.id, [notes[0]])
    assert project.history.next_undo is step
    assert quotes(project, theme) == notes[:2]


def test_steps_undo_in_reverse_order_back_to_nothing(project, theme, notes):
    # given a writer's session: pick three, reorder, drop one
    for note_id in notes[:3]:
        project.synthesis.add_quote(theme.id, note_id)
    project.synthesis.order_quotes(theme.id, [notes[2], notes[1], notes[0]])
    project.synthesis.remove_quote(theme.id, notes[1])
    # when the five steps are undone
    states = []
    for _ in range(5):
        assert project.history.undo().action in {"add_quote", "order_quotes", "remove_quote"}
        states.append(quotes(project, theme))
    # then each state is the one before it, back to no quotes
    assert states == [
        [notes[2], notes[1], notes[0]],
        notes[:3],
        notes[:2],
        notes[:1],
        [],
    ]
    # and redoing them comes back to the end state
    for _ in range(5):
        project.history.redo()
    assert quotes(project, theme) == [notes[2], notes[0]]


def test_saving_the_text_is_not_an_undoable_step(project, theme, notes):
    # given
    project.synthesis.add_quote(theme.id, notes[0])
    step = project.history.next_undo
    # when
    project.synthesis.save_text(theme.id, "Vad vi hörde: behovet av stöd är stort.")
    # then
    assert project.history.next_undo is step
    assert project.synthesis.get(theme.id).text == "Vad vi hörde: behovet av stöd är stort."
