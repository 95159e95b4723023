"""Editing and deleting a dialogue as the form does it: one save, one undo step (issue 15)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dialog_app.core.errors import DialogueHasNotesError, InvalidValueError, NotFoundError
from dialog_app.core.history import Action
from dialog_app.core.services.dialogue_editing import QuestionEdit

START = datetime(2026, 3, 12, 9, 0, tzinfo=timezone.utc)


def agenda_of(project, dialogue_id):
    return [(item.question, item.planned_minutes) for item in project.dialogues.agenda(dialogue_id)]


@pytest.fixture
def planned(project):
    return project.dialogues.create_with_questions(
        "Dialogmöte i Sundsvall", [("Vad fungerar?", 20), ("Vad saknas?", 15), ("Vem gör vad?", None)],
        kind="workshop", starts_at=START, place="Stadshuset")


def test_a_whole_edit_is_one_undo_step(project, planned):
    # given
    first, second, third = project.dialogues.agenda(planned.id)
    steps = len(project.history._done)
    # when: new facts; the third question first, the second reworded, the first removed, one new
    project.dialogue_editing.edit(planned.id, {
        "title": "Workshop i Sundsvall", "kind": "dialogue_meeting", "online": True, "place": None,
        "organiser": "Region Västernorrland", "purpose": "Inspel till strategin"},
        [QuestionEdit("Vem gör vad?", 10, third.id), QuestionEdit("Vad saknas mest?", 15, second.id),
         QuestionEdit("Vad gör vi först?", 5)])
    # then
    edited = project.dialogues.get(planned.id)
    assert (edited.title, edited.kind, edited.online, edited.place, edited.organiser, edited.purpose) == (
        "Workshop i Sundsvall", "dialogue_meeting", True, None, "Region Västernorrland", "Inspel till strategin")
    assert agenda_of(project, planned.id) == [("Vem gör vad?", 10), ("Vad saknas mest?", 15), ("Vad gör vi först?", 5)]
    assert project.dialogues.agenda(planned.id)[0].id == third.id
    assert len(project.history._done) == steps + 1
    assert project.history.next_undo.action == Action.EDIT_DIALOGUE
    # when
    project.history.undo()
    # then
    undone = project.dialogues.get(planned.id)
    assert (undone.title, undone.kind, undone.online, undone.place) == (
        "Dialogmöte i Sundsvall", "workshop", False, "Stadshuset")
    assert [item.id for item in project.dialogues.agenda(planned.id)] == [first.id, second.id, third.id]
    assert agenda_of(project, planned.id) == [("Vad fungerar?", 20), ("Vad saknas?", 15), ("Vem gör vad?", None)]
    # when
    project.history.redo()
    # then
    assert agenda_of(project, planned.id) == [("Vem gör vad?", 10), ("Vad saknas mest?", 15), ("Vad gör vi först?", 5)]


def test_a_removed_question_lets_go_of_its_notes_and_undo_ties_them_again(project, planned):
    # given
    first, second, _third = project.dialogues.agenda(planned.id)
    note = project.notes.add(planned.id, "Bredband i hela länet", agenda_item_id=first.id)
    # when
    project.dialogue_editing.edit(planned.id, {}, [QuestionEdit("Vad saknas?", 15, second.id)])
    # then: the note stays, without a question
    assert project.notes.get(note.id).agenda_item_id is None
    assert project.notes.get(note.id).text == "Bredband i hela länet"
    # when
    project.history.undo()
    # then
    assert project.notes.get(note.id).agenda_item_id == first.id
    # when
    project.history.redo()
    # then
    assert project.notes.get(note.id).agenda_item_id is None


def test_an_unchanged_form_records_no_step(project, planned):
    # given
    items = project.dialogues.agenda(planned.id)
    steps = len(project.history._done)
    # when
    project.dialogue_editing.edit(planned.id, {"title": "Dialogmöte i Sundsvall"},
                                  [QuestionEdit(i.question, i.planned_minutes, i.id) for i in items])
    # then
    assert len(project.history._done) == steps


@pytest.mark.parametrize("fields, questions", [
    ({"title": "  "}, None),
    ({"kind": "party"}, None),
    ({}, [QuestionEdit("  ")]),
    ({}, [QuestionEdit("Vad?", -5)]),
])
def test_a_bad_form_changes_nothing(project, planned, fields, questions):
    # when
    with pytest.raises(InvalidValueError):
        project.dialogue_editing.edit(planned.id, fields, questions)
    # then
    assert project.dialogues.get(planned.id).title == "Dialogmöte i Sundsvall"
    assert len(agenda_of(project, planned.id)) == 3


def test_a_question_of_another_dialogue_is_refused(project, planned):
    # given
    other = project.dialogues.create_with_questions("Annat möte", [("Annan fråga", None)])
    foreign = project.dialogues.agenda(other.id)[0]
    # when / then
    with pytest.raises(NotFoundError):
        project.dialogue_editing.edit(planned.id, {}, [QuestionEdit("Annan fråga", None, foreign.id)])
    assert len(agenda_of(project, other.id)) == 1


def test_deleting_a_dialogue_is_one_step_and_undo_brings_it_all_back(project, planned):
    # given
    group = project.participation.groups()[0]
    project.participation.set_headcount(planned.id, group.id, 12)
    project.participation.add_organisation(planned.id, "Hela Sverige ska leva")
    items = [item.id for item in project.dialogues.agenda(planned.id)]
    # when
    project.dialogue_editing.delete(planned.id)
    # then
    assert project.dialogues.list() == []
    assert project.history.next_undo.action == Action.DELETE_DIALOGUE
    # when
    project.history.undo()
    # then
    assert [d.id for d in project.dialogues.list()] == [planned.id]
    assert [item.id for item in project.dialogues.agenda(planned.id)] == items
    assert project.participation.headcounts(planned.id) == {group.id: 12}
    assert [o.name for o in project.participation.organisations(planned.id)] == ["Hela Sverige ska leva"]
    # when
    project.history.redo()
    # then
    assert project.dialogues.list() == []


def test_a_dialogue_with_notes_is_not_deleted_and_says_how_many(project, planned):
    # given: one note live, one in the bin
    kept = project.notes.add(planned.id, "Fler mötesplatser")
    binned = project.notes.add(planned.id, "Felskrivet")
    project.notes.delete([binned.id])
    held = project.dialogue_editing.notes_held(planned.id)
    assert (held.live, held.binned, held.total) == (1, 1, 2)
    steps = len(project.history._done)
    # when
    with pytest.raises(DialogueHasNotesError) as refused:
        project.dialogue_editing.delete(planned.id)
    # then
    assert refused.value.count == 2
    assert project.notes.get(kept.id).text == "Fler mötesplatser"
    assert len(project.history._done) == steps


def test_undoing_an_edit_keeps_what_capture_wrote_since(project, planned):
    # given: the form saved, then the dialogue started and its first question timed (no undo steps)
    first = project.dialogues.agenda(planned.id)[0]
    project.dialogue_editing.edit(planned.id, {"title": "Nytt namn"})
    project.dialogues.update(planned.id, status="running")
    project.dialogues.update_question(first.id, started_at=START)
    # when
    project.history.undo()
    # then
    assert project.dialogues.get(planned.id).title == "Dialogmöte i Sundsvall"
    assert project.dialogues.get(planned.id).status == "running"
    assert project.dialogues.agenda(planned.id)[0].started_at == START


def test_notes_are_counted_per_question(project, planned):
    first, second, _third = project.dialogues.agenda(planned.id)
    for text in ("Bredband", "Fiber"):
        project.notes.add(planned.id, text, agenda_item_id=first.id)
    project.notes.add(planned.id, "Utan fråga")
    assert project.dialogue_editing.notes_per_question(planned.id) == {first.id: 2}
