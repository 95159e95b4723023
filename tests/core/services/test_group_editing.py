"""Stakeholder groups edited as the user does: add, rename, reorder, merge, delete; each one undo
step that puts every row back (issue 15)."""

from __future__ import annotations

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Action


def names(project) -> list[str]:
    return [g.name for g in project.participation.groups()]


@pytest.fixture
def two(project):
    """Two groups of the project, a dialogue where both came, a note, a person and an organisation of the first."""
    first, second = project.participation.groups()[:2]
    meeting = project.dialogues.create("Dialogmöte")
    other = project.dialogues.create("Workshop")
    project.participation.set_headcount(meeting.id, first.id, 5)
    project.participation.set_headcount(meeting.id, second.id, 3)
    project.participation.set_headcount(other.id, first.id, 2)
    note = project.notes.add(meeting.id, "Fler mötesplatser", group_id=first.id)
    person = project.participation.add_participant(meeting.id, "Anna Svensson", group_id=first.id)
    organisation = project.participation.organisation("Hela Sverige ska leva", first.id)
    return first, second, meeting, other, note, person, organisation


def test_a_group_is_added_last_and_undone(project):
    before = names(project)
    group = project.group_editing.add("Näringsliv i glesbygd")
    assert names(project) == before + ["Näringsliv i glesbygd"]
    assert project.history.next_undo.action == Action.ADD_GROUP
    project.history.undo()
    assert names(project) == before
    project.history.redo()
    assert project.participation.groups()[-1].id == group.id


def test_a_name_another_group_has_is_refused(project):
    taken = names(project)[0]
    with pytest.raises(InvalidValueError):
        project.group_editing.add(taken.upper())
    with pytest.raises(InvalidValueError):
        project.group_editing.rename(project.participation.groups()[1].id, taken)


def test_rename_and_move_are_one_step_each(project):
    first, second, third = project.participation.groups()[:3]
    project.group_editing.rename(first.id, "Ideella föreningar")
    project.group_editing.move(third.id, 0)
    assert [g.id for g in project.participation.groups()[:3]] == [third.id, first.id, second.id]
    assert project.history.next_undo.action == Action.MOVE_GROUP
    project.history.undo()
    assert [g.id for g in project.participation.groups()[:3]] == [first.id, second.id, third.id]
    project.history.undo()
    assert project.participation.groups()[0].name == first.name


def test_merging_moves_notes_headcounts_people_and_organisations(project, two):
    first, second, meeting, other, note, person, organisation = two
    assert project.group_editing.use(first.id).notes == 1
    # when
    moved = project.group_editing.merge(first.id, second.id)
    # then
    assert (moved.notes, moved.dialogues, moved.people, moved.organisations) == (1, 2, 1, 1)
    assert first.name not in names(project)
    assert project.notes.get(note.id).group_id == second.id
    assert project.participation.headcounts(meeting.id) == {second.id: 8}
    assert project.participation.headcounts(other.id) == {second.id: 2}
    assert project.participation.participants(meeting.id)[0].group_id == second.id
    assert project.participation.organisation("Hela Sverige ska leva").group_id == second.id
    assert project.history.next_undo.action == Action.MERGE_GROUPS
    # when
    project.history.undo()
    # then
    assert names(project)[0] == first.name
    assert project.notes.get(note.id).group_id == first.id
    assert project.participation.headcounts(meeting.id) == {first.id: 5, second.id: 3}
    assert project.participation.headcounts(other.id) == {first.id: 2}
    assert project.participation.participants(meeting.id)[0].group_id == first.id
    assert project.participation.organisation("Hela Sverige ska leva").group_id == first.id
    # when
    project.history.redo()
    # then
    assert project.participation.headcounts(meeting.id) == {second.id: 8}


def test_deleting_leaves_notes_without_a_group_and_undo_brings_all_back(project, two):
    first, second, meeting, other, note, person, organisation = two
    let_go = project.group_editing.delete(first.id)
    assert let_go.notes == 1
    assert project.notes.get(note.id).group_id is None
    assert project.notes.get(note.id).text == "Fler mötesplatser"
    assert project.participation.headcounts(meeting.id) == {second.id: 3}
    assert project.history.next_undo.action == Action.DELETE_GROUP
    project.history.undo()
    assert project.notes.get(note.id).group_id == first.id
    assert project.participation.headcounts(meeting.id) == {first.id: 5, second.id: 3}
    assert project.participation.headcounts(other.id) == {first.id: 2}
    assert project.participation.participants(meeting.id)[0].group_id == first.id


def test_a_group_cannot_be_merged_into_itself(project):
    group = project.participation.groups()[0]
    with pytest.raises(InvalidValueError):
        project.group_editing.merge(group.id, group.id)




def test_undoing_an_added_group_keeps_what_was_given_it_for_redo(project):
    # given: a group, and a note given it, whose capture was undone (the note is in the bin)
    group = project.group_editing.add("Ideella föreningar")
    meeting = project.dialogues.create("Dialogmöte")
    note = project.notes.add(meeting.id, "Fler mötesplatser", group_id=group.id)
    project.history.undo()
    # when
    project.history.undo()
    # then
    assert "Ideella föreningar" not in names(project)
    # when
    project.history.redo()
    project.history.redo()
    # then
    assert project.notes.get(note.id).group_id == group.id and project.notes.get(note.id).deleted_at is None
