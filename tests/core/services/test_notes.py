"""A facilitator captures notes, corrects them, bins and restores them, and can undo each step."""

from __future__ import annotations

import uuid
from datetime import timedelta, timezone

import pytest

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.project import Project
from dialog_app.core.services.note_fields import MAX_TEXT_CHARS
from dialog_app.core.services.note_filter import NoteFilter


def is_utc(moment) -> bool:
    return moment is not None and moment.tzinfo is not None and moment.utcoffset() == timedelta(0)


# --- adding ------------------------------------------------------------------------------------


def test_a_new_note_is_stored_with_a_uuid_utc_times_and_the_capturer(project, meeting):
    # given
    municipality = project.participation.find_group("municipality")
    question = project.dialogues.add_question(meeting.id, "Vad behöver invånarna?")
    # when
    note = project.notes.add(
        meeting.id, "Fler digitala ombud på landsbygden", group_id=municipality.id,
        agenda_item_id=question.id, kind="idea", votes=3, key_quote=True, table_label="Bord 2",
    )
    # then
    stored = project.notes.get(note.id)
    assert isinstance(stored.id, uuid.UUID) and stored.id.version == 4
    assert stored.text == "Fler digitala ombud på landsbygden"
    assert (stored.dialogue_id, stored.group_id, stored.agenda_item_id) == (meeting.id, municipality.id, question.id)
    assert (stored.kind, stored.votes, stored.key_quote, stored.table_label) == ("idea", 3, True, "Bord 2")
    assert stored.status == "captured" and stored.deleted_at is None
    assert stored.captured_by == "anna"
    assert is_utc(stored.created_at) and is_utc(stored.updated_at)
    assert project.notes.count() == 1


def test_a_note_keeps_its_text_exactly_as_typed(project, meeting):
    # given
    text = "  Två rader:\r\n– med tankstreck, \"citat\" och\ttabb  "
    # when
    note = project.notes.add(meeting.id, text)
    # then
    assert project.notes.get(note.id).text == text


def test_notes_stay_after_the_project_is_closed_and_opened_again(project, meeting):
    # given
    note = project.notes.add(meeting.id, "Sparas direkt")
    path = project.path
    project.close()
    # when
    with Project.open(path) as reopened:
        stored = reopened.notes.get(note.id)
    # then
    assert stored.text == "Sparas direkt"
    assert stored.created_at == note.created_at
    assert stored.created_at.tzinfo == timezone.utc


def test_keys_are_unique_uuids(project, meeting):
    # when
    ids = [project.notes.add(meeting.id, f"Anteckning {n}").id for n in range(20)]
    # then
    assert len(set(ids)) == 20
    assert all(isinstance(i, uuid.UUID) for i in ids)
    assert isinstance(meeting.id, uuid.UUID)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"text": ""}, InvalidValueError),
        ({"text": "   \n\t"}, InvalidValueError),
        ({"text": "x" * (MAX_TEXT_CHARS + 1)}, InvalidValueError),
        ({"kind": "rant"}, InvalidValueError),
        ({"votes": -1}, InvalidValueError),
        ({"votes": 1.5}, InvalidValueError),
        ({"status": "lost"}, InvalidValueError),
        ({"group_id": "not-an-id"}, InvalidValueError),
        ({"group_id": uuid.uuid4()}, NotFoundError),
        ({"agenda_item_id": uuid.uuid4()}, NotFoundError),
    ],
)
def test_an_invalid_note_is_refused_and_nothing_is_stored(project, meeting, fields, error):
    # given
    arguments = {"text": "Giltig text", **fields}
    project.history.clear()  # what the given set up is history; the step under test is new
    # when
    with pytest.raises(error):
        project.notes.add(meeting.id, **arguments)
    # then
    assert project.notes.count() == 0
    assert project.history.next_undo is None


def test_a_note_for_an_unknown_dialogue_is_refused(project):
    # when
    with pytest.raises(NotFoundError) as raised:
        project.notes.add(uuid.uuid4(), "Ingen dialog")
    # then
    assert raised.value.what == "dialogue"
    assert project.notes.count() == 0


def test_a_malformed_dialogue_id_is_refused_plainly(project):
    # when / then
    with pytest.raises(InvalidValueError, match="not a valid dialogue id"):
        project.notes.add("möte-1", "Text")


def test_adding_can_be_undone_and_listeners_hear_of_it(project, meeting):
    # given
    heard = []
    project.changes.subscribe(heard.append)
    # when a note is captured by mistake
    note = project.notes.add(meeting.id, "Hörs")
    # then listeners heard of it, and undo takes it away (to the bin) and redo brings it back
    assert frozenset({note.id}) in [c.ids(ChangeKind.NOTES) for c in heard]
    assert (project.history.next_undo.action, project.history.next_undo.count) == ("capture", 1)
    project.history.undo()
    assert project.notes.count() == 0 and project.notes.get(note.id).deleted_at is not None
    project.history.redo()
    assert project.notes.count() == 1


def test_a_note_and_its_themes_are_saved_together(project, meeting):
    # given two themes of the active framework
    framework = project.frameworks.active_framework()
    skills, infrastructure = project.frameworks.themes(framework.id)[0], project.frameworks.themes(framework.id)[4]
    # when a note is captured with both, under an id the caller chose
    chosen = uuid.uuid4()
    note = project.notes.add(meeting.id, "Kurser i BankID på biblioteket", note_id=chosen,
                             theme_ids=[skills.id, infrastructure.id, skills.id])
    # then the note has that id and exactly the two themes, tagged by the capturer
    assert note.id == chosen
    assert {t.id for t in project.tagging.themes_of(chosen)} == {skills.id, infrastructure.id}
    assert {t.tagged_by for t in project.tagging.taggings_of(chosen)} == {"anna"}


def test_a_note_with_an_unknown_theme_is_refused_whole(project, meeting):
    with pytest.raises(NotFoundError):
        project.notes.add(meeting.id, "Något", theme_ids=[uuid.uuid4()])
    assert project.notes.count() == 0


def test_many_notes_are_imported_in_one_go_and_found(project, meeting):
    # given
    records = [{"dialogue_id": meeting.id, "text": f"Importerad rad {n} om fiber"} for n in range(250)]
    project.history.clear()  # what the given set up is history; the step under test is new
    # when
    ids = project.notes.import_many(records)
    # then
    assert len(ids) == len(set(ids)) == 250
    assert project.notes.count() == 250
    assert len(project.search.search("fiber", limit=None)) == 250
    assert project.history.next_undo is None


# --- editing and undo --------------------------------------------------------------------------


def test_an_edit_is_stored_logged_and_can_be_undone_and_redone(project, meeting):
    # given
    note = project.notes.add(meeting.id, "Bredband saknas", kind="concern")
    # when
    edited = project.notes.update(note.id, text="Bredband saknas i byarna", votes=2)
    # then
    assert edited.text == "Bredband saknas i byarna"
    assert project.notes.get(note.id).votes == 2
    assert project.notes.get(note.id).updated_at >= note.updated_at
    step = project.history.next_undo
    assert (step.action, step.count) == ("edit", 1)
    events = project.notes.events(note.id)
    assert [e.action for e in events] == ["edit"]
    assert events[0].detail == {"text": "Bredband saknas i byarna", "votes": 2}
    assert events[0].by == "anna" and is_utc(events[0].at)
    # when
    undone = project.history.undo()
    # then
    assert undone is step
    assert (project.notes.get(note.id).text, project.notes.get(note.id).votes) == ("Bredband saknas", 0)
    assert project.history.next_redo is step
    # when
    redone = project.history.redo()
    # then
    assert redone is step
    assert project.notes.get(note.id).text == "Bredband saknas i byarna"
    assert project.notes.get(note.id).votes == 2


def test_an_edit_that_changes_nothing_is_not_a_step(project, meeting):
    # given
    note = project.notes.add(meeting.id, "Samma")
    project.history.clear()  # what the given set up is history; the step under test is new
    # when
    project.notes.update(note.id, text="Samma")
    # then
    assert project.history.next_undo is None
    assert project.notes.events(note.id) == []


def test_a_new_action_after_undo_drops_the_redo(project, meeting):
    # given
    note = project.notes.add(meeting.id, "Ett")
    project.notes.update(note.id, text="Två")
    project.history.undo()
    # when
    project.notes.update(note.id, text="Tre")
    # then
    assert project.history.next_redo is None
    assert project.history.redo() is None
    assert project.notes.get(note.id).text == "Tre"


def test_undo_with_nothing_done_does_nothing(project):
    # when / then
    assert project.history.undo() is None
    assert project.history.redo() is None


def test_moving_a_note_to_another_group_and_question_is_undoable(project, meeting):
    # given
    youth = project.participation.find_group("youth")
    question = project.dialogues.add_question(meeting.id, "Vad saknas?")
    note = project.notes.add(meeting.id, "Wifi i skolan")
    # when
    project.notes.update(note.id, group_id=youth.id, agenda_item_id=question.id)
    project.history.undo()
    # then
    stored = project.notes.get(note.id)
    assert (stored.group_id, stored.agenda_item_id) == (None, None)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"text": " "}, InvalidValueError),
        ({"kind": "shout"}, InvalidValueError),
        ({"votes": -3}, InvalidValueError),
        ({"dialogue_id": uuid.uuid4()}, InvalidValueError),  # not an editable field
        ({"group_id": uuid.uuid4()}, NotFoundError),
        ({"agenda_item_id": uuid.uuid4()}, NotFoundError),
    ],
)
def test_an_invalid_edit_is_refused_and_the_note_kept(project, meeting, fields, error):
    # given
    note = project.notes.add(meeting.id, "Orörd")
    project.history.clear()  # what the given set up is history; the step under test is new
    # when
    with pytest.raises(error):
        project.notes.update(note.id, **fields)
    # then
    stored = project.notes.get(note.id)
    assert (stored.text, stored.kind, stored.votes, stored.group_id) == ("Orörd", "statement", 0, None)
    assert project.history.next_undo is None


def test_editing_an_unknown_note_says_so(project):
    # when / then
    with pytest.raises(NotFoundError):
        project.notes.update(uuid.uuid4(), text="x")
    with pytest.raises(NotFoundError):
        project.notes.get(uuid.uuid4())


# --- the bin -----------------------------------------------------------------------------------


def test_deleting_moves_notes_to_the_bin_and_undo_brings_them_back(project, meeting):
    # given
    notes = [project.notes.add(meeting.id, f"Anteckning {n}") for n in range(5)]
    doomed = [n.id for n in notes[:3]]
    # when
    deleted = project.notes.delete(doomed)
    # then
    assert deleted == 3
    assert project.notes.count() == 2
    assert set(project.notes.ids(NoteFilter(deleted=True))) == set(doomed)
    assert all(is_utc(project.notes.get(i).deleted_at) for i in doomed)
    step = project.history.next_undo
    assert (step.action, step.count) == ("delete", 3)
    assert [e.action for e in project.notes.events(doomed[0])] == ["delete"]
    # when
    project.history.undo()
    # then
    assert project.notes.count() == 5
    assert project.notes.count(NoteFilter(deleted=True)) == 0
    # when
    project.history.redo()
    # then
    assert project.notes.count() == 2


def test_restoring_from_the_bin_is_logged_and_undoable(project, meeting):
    # given
    note = project.notes.add(meeting.id, "Ångrad")
    project.notes.delete([note.id])
    # when
    restored = project.notes.restore([note.id])
    # then
    assert restored == 1
    assert project.notes.get(note.id).deleted_at is None
    assert (project.history.next_undo.action, project.history.next_undo.count) == ("restore", 1)
    assert [e.action for e in project.notes.events(note.id)] == ["delete", "restore"]
    # when
    project.history.undo()
    # then
    assert project.notes.get(note.id).deleted_at is not None


def test_deleting_what_is_already_in_the_bin_changes_nothing(project, meeting):
    # given
    note = project.notes.add(meeting.id, "Redan borta")
    project.notes.delete([note.id])
    project.history.clear()
    # when
    again = project.notes.delete([note.id])
    # then
    assert again == 0
    assert project.history.next_undo is None
    assert project.notes.restore([uuid.uuid4()]) == 0


def test_a_dialogue_with_binned_notes_still_cannot_be_deleted(project, meeting):
    # given
    note = project.notes.add(meeting.id, "I papperskorgen")
    project.notes.delete([note.id])
    # when
    with pytest.raises(InvalidValueError):
        project.dialogues.delete(meeting.id)
    # then
    assert project.notes.get(note.id).text == "I papperskorgen"


# --- filtering ---------------------------------------------------------------------------------


def test_notes_are_listed_newest_first_and_filtered(project, meeting):
    # given
    other = project.dialogues.create("Workshop")
    region = project.participation.find_group("region")
    first = project.notes.add(meeting.id, "Först", kind="idea", group_id=region.id)
    second = project.notes.add(meeting.id, "Sedan", kind="concern", key_quote=True)
    third = project.notes.add(other.id, "Sist", kind="idea")
    # when / then
    assert [n.id for n in project.notes.list()] == [third.id, second.id, first.id]
    assert project.notes.ids(NoteFilter(dialogue_ids=frozenset({meeting.id}))) == [second.id, first.id]
    assert project.notes.ids(NoteFilter(kinds=frozenset({"idea"}))) == [third.id, first.id]
    assert project.notes.ids(NoteFilter(group_ids=frozenset({region.id}))) == [first.id]
    assert project.notes.ids(NoteFilter(key_quotes_only=True)) == [second.id]
    assert project.notes.ids(NoteFilter(text="sed")) == [second.id]
    assert project.notes.count(NoteFilter(kinds=frozenset({"idea"}), dialogue_ids=frozenset({other.id}))) == 1
    assert [n.id for n in project.notes.list(limit=1, offset=1)] == [second.id]
    assert set(project.notes.by_ids([first.id, third.id])) == {first.id, third.id}
