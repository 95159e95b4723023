"""Planning dialogues: their details, the agenda of questions, who came and which organisations."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest

from dialog_app.core.errors import AmbiguousError, DialogueHasNotesError, InvalidValueError, NotFoundError

START = datetime(2026, 3, 12, 9, 0, tzinfo=timezone.utc)


# --- dialogues ---------------------------------------------------------------------------------


def test_a_dialogue_is_created_with_its_details(empty_project):
    # when
    dialogue = empty_project.dialogues.create(
        "Dialogmöte med civilsamhället", kind="dialogue_meeting", starts_at=START,
        ends_at=START + timedelta(hours=3), place="Sundsvall", organiser="Region Västernorrland",
        purpose="Inspel till den regionala digitaliseringsstrategin", status="finished",
    )
    # then
    stored = empty_project.dialogues.get(dialogue.id)
    assert isinstance(stored.id, uuid.UUID)
    assert stored.title == "Dialogmöte med civilsamhället"
    assert (stored.kind, stored.status, stored.place) == ("dialogue_meeting", "finished", "Sundsvall")
    assert stored.starts_at == START and stored.starts_at.tzinfo == timezone.utc
    assert stored.ends_at - stored.starts_at == timedelta(hours=3)
    assert stored.created_at.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "party"},
        {"status": "cancelled-maybe"},
        {"starts_at": START, "ends_at": START - timedelta(minutes=1)},
        {"colour": "red"},
    ],
)
def test_invalid_dialogue_details_are_refused(empty_project, fields):
    # when
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.create("Möte", **fields)
    # then
    assert empty_project.dialogues.list() == []


def test_a_dialogue_needs_a_title(empty_project):
    # when / then
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.create("  ")
    assert empty_project.dialogues.list() == []


def test_a_dialogue_is_edited(empty_project):
    # given
    dialogue = empty_project.dialogues.create("Workshop", kind="workshop")
    # when
    empty_project.dialogues.update(dialogue.id, title="Workshop om AI", status="running", online=True)
    # then
    stored = empty_project.dialogues.get(dialogue.id)
    assert (stored.title, stored.status, stored.online) == ("Workshop om AI", "running", True)
    assert stored.updated_at >= dialogue.updated_at
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.update(dialogue.id, title="")
    with pytest.raises(NotFoundError):
        empty_project.dialogues.update(uuid.uuid4(), title="Ingen")


def test_dialogues_are_listed_most_recent_first_and_undated_last(empty_project):
    # given
    old = empty_project.dialogues.create("Mars", starts_at=START)
    undated = empty_project.dialogues.create("Odaterad")
    new = empty_project.dialogues.create("Maj", starts_at=START + timedelta(days=60))
    # when
    listed = [d.id for d in empty_project.dialogues.list()]
    # then
    assert listed == [new.id, old.id, undated.id]


def test_a_dialogue_is_found_by_title_in_any_case_by_id_or_id_prefix(empty_project):
    # given
    dialogue = empty_project.dialogues.create("Hearing om Öppna data")
    empty_project.dialogues.create("Något annat")
    # when / then
    assert empty_project.dialogues.find("hearing om öppna data").id == dialogue.id
    assert empty_project.dialogues.find("HEARING OM ÖPPNA DATA").id == dialogue.id
    assert empty_project.dialogues.find(str(dialogue.id)).id == dialogue.id
    assert empty_project.dialogues.find(dialogue.id.hex[:8]).id == dialogue.id
    with pytest.raises(NotFoundError):
        empty_project.dialogues.find("Hearing")


def test_two_dialogues_with_one_title_must_be_told_apart_by_id(empty_project):
    # given
    empty_project.dialogues.create("Nätverksmöte")
    empty_project.dialogues.create("nätverksmöte")
    # when / then
    with pytest.raises(AmbiguousError) as raised:
        empty_project.dialogues.find("Nätverksmöte")
    assert raised.value.count == 2


def test_only_an_empty_dialogue_can_be_deleted(empty_project):
    # given
    empty = empty_project.dialogues.create("Inställt")
    busy = empty_project.dialogues.create("Genomfört")
    empty_project.notes.add(busy.id, "Något sades")
    # when
    empty_project.dialogues.delete(empty.id)
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.delete(busy.id)
    # then
    assert [d.title for d in empty_project.dialogues.list()] == ["Genomfört"]
    assert empty_project.notes.count() == 1


def test_note_counts_per_dialogue_leave_out_the_bin(empty_project):
    # given
    first = empty_project.dialogues.create("Ett")
    second = empty_project.dialogues.create("Två")
    notes = [empty_project.notes.add(first.id, f"n{n}") for n in range(3)]
    empty_project.notes.add(second.id, "m")
    empty_project.notes.delete([notes[0].id])
    # when / then
    assert empty_project.dialogues.note_counts() == {first.id: 2, second.id: 1}


# --- the agenda --------------------------------------------------------------------------------


@pytest.fixture
def agenda(empty_project):
    dialogue = empty_project.dialogues.create("Dialogmöte")
    questions = [
        empty_project.dialogues.add_question(dialogue.id, text, minutes)
        for text, minutes in [("Vad fungerar?", 20), ("Vad saknas?", 30), ("Vad gör vi nu?", 15), ("Övrigt", None)]
    ]
    return dialogue, questions


def questions_of(project, dialogue) -> list[str]:
    return [item.question for item in project.dialogues.agenda(dialogue.id)]


def test_questions_are_appended_in_order(empty_project, agenda):
    # given
    dialogue, questions = agenda
    # when
    items = empty_project.dialogues.agenda(dialogue.id)
    # then
    assert [i.question for i in items] == ["Vad fungerar?", "Vad saknas?", "Vad gör vi nu?", "Övrigt"]
    assert [i.position for i in items] == [0, 1, 2, 3]
    assert [i.planned_minutes for i in items] == [20, 30, 15, None]


def test_a_question_is_moved_and_the_others_close_ranks(empty_project, agenda):
    # given
    dialogue, questions = agenda
    # when
    empty_project.dialogues.move_question(questions[3].id, 0)
    # then
    assert questions_of(empty_project, dialogue) == ["Övrigt", "Vad fungerar?", "Vad saknas?", "Vad gör vi nu?"]
    assert [i.position for i in empty_project.dialogues.agenda(dialogue.id)] == [0, 1, 2, 3]
    # when
    empty_project.dialogues.move_question(questions[3].id, 99)  # past the end: last
    empty_project.dialogues.move_question(questions[0].id, -5)  # before the start: first
    # then
    assert questions_of(empty_project, dialogue) == ["Vad fungerar?", "Vad saknas?", "Vad gör vi nu?", "Övrigt"]


def test_moving_a_question_leaves_other_agendas_alone(empty_project, agenda):
    # given
    dialogue, questions = agenda
    other = empty_project.dialogues.create("Annat möte")
    lone = empty_project.dialogues.add_question(other.id, "Ensam fråga")
    # when
    empty_project.dialogues.move_question(questions[2].id, 0)
    # then
    assert [(i.id, i.position) for i in empty_project.dialogues.agenda(other.id)] == [(lone.id, 0)]


def test_a_question_is_edited_and_bad_values_refused(empty_project, agenda):
    # given
    dialogue, questions = agenda
    # when
    empty_project.dialogues.update_question(questions[1].id, question="Vad saknas mest?", planned_minutes=25)
    # then
    assert questions_of(empty_project, dialogue)[1] == "Vad saknas mest?"
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.update_question(questions[1].id, planned_minutes=-1)
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.update_question(questions[1].id, question=" ")
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.update_question(questions[1].id, dialogue_id=uuid.uuid4())
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.add_question(dialogue.id, "")
    with pytest.raises(NotFoundError):
        empty_project.dialogues.add_question(uuid.uuid4(), "Fråga")
    assert empty_project.dialogues.agenda(dialogue.id)[1].planned_minutes == 25


def test_deleting_a_question_keeps_its_notes(empty_project, agenda):
    # given
    dialogue, questions = agenda
    note = empty_project.notes.add(dialogue.id, "Svar på fråga två", agenda_item_id=questions[1].id)
    # when
    empty_project.dialogues.delete_question(questions[1].id)
    # then
    assert questions_of(empty_project, dialogue) == ["Vad fungerar?", "Vad gör vi nu?", "Övrigt"]
    stored = empty_project.notes.get(note.id)
    assert stored.text == "Svar på fråga två" and stored.agenda_item_id is None


# --- who took part -----------------------------------------------------------------------------


def test_a_new_project_has_the_default_stakeholder_groups(empty_project):
    # when
    groups = empty_project.participation.groups()
    # then
    assert [g.key for g in groups] == [
        "civil_society", "municipality", "region", "agency", "business", "academia", "citizens", "youth",
    ]
    assert groups[0].name == "Civilsamhälle"
    assert empty_project.participation.find_group("KOMMUN").key == "municipality"
    assert empty_project.participation.find_group("municipality").name == "Kommun"
    with pytest.raises(NotFoundError):
        empty_project.participation.find_group("Pensionärer")


def test_groups_are_added_and_renamed(empty_project):
    # when
    retired = empty_project.participation.add_group("Pensionärsorganisationer")
    empty_project.participation.rename_group(retired.id, "Pensionärer")
    # then
    assert empty_project.participation.groups()[-1].name == "Pensionärer"
    assert empty_project.participation.find_group("pensionärer").id == retired.id
    with pytest.raises(InvalidValueError):
        empty_project.participation.add_group("")


def test_attendance_is_a_headcount_per_group_that_can_be_corrected(empty_project):
    # given
    dialogue = empty_project.dialogues.create("Dialogmöte")
    civil = empty_project.participation.find_group("civil_society")
    youth = empty_project.participation.find_group("youth")
    # when
    empty_project.participation.set_headcount(dialogue.id, civil.id, 12)
    empty_project.participation.set_headcount(dialogue.id, youth.id, 4)
    empty_project.participation.set_headcount(dialogue.id, civil.id, 14)
    # then
    assert empty_project.participation.headcounts(dialogue.id) == {civil.id: 14, youth.id: 4}


def test_impossible_headcounts_are_refused(empty_project):
    # given
    dialogue = empty_project.dialogues.create("Dialogmöte")
    civil = empty_project.participation.find_group("civil_society")
    # when / then
    with pytest.raises(InvalidValueError):
        empty_project.participation.set_headcount(dialogue.id, civil.id, -2)
    with pytest.raises(NotFoundError):
        empty_project.participation.set_headcount(dialogue.id, uuid.uuid4(), 3)
    with pytest.raises(NotFoundError):
        empty_project.participation.set_headcount(uuid.uuid4(), civil.id, 3)
    assert empty_project.participation.headcounts(dialogue.id) == {}


def test_organisations_are_one_whatever_the_case_of_their_name(empty_project):
    # given
    first = empty_project.dialogues.create("Första mötet")
    second = empty_project.dialogues.create("Andra mötet")
    civil = empty_project.participation.find_group("civil_society")
    # when
    pro = empty_project.participation.add_organisation(first.id, "PRO Medelpad", civil.id)
    again = empty_project.participation.add_organisation(second.id, "pro medelpad")
    sv = empty_project.participation.add_organisation(first.id, "Studieförbundet Vuxenskolan")
    shouted = empty_project.participation.add_organisation(second.id, "STUDIEFÖRBUNDET VUXENSKOLAN")
    empty_project.participation.add_organisation(first.id, "PRO MEDELPAD")  # no second link either
    # then
    assert again.id == pro.id and shouted.id == sv.id
    assert [o.name for o in empty_project.participation.organisations()] == [
        "PRO Medelpad", "Studieförbundet Vuxenskolan",
    ]
    assert len(empty_project.participation.organisations(first.id)) == 2
    assert [o.id for o in empty_project.participation.organisations(second.id)] == [pro.id, sv.id]
    assert empty_project.participation.organisations()[0].group_id == civil.id


def test_an_organisation_is_removed_from_one_dialogue_only(empty_project):
    # given
    first = empty_project.dialogues.create("Första")
    second = empty_project.dialogues.create("Andra")
    org = empty_project.participation.add_organisation(first.id, "Länsstyrelsen")
    empty_project.participation.add_organisation(second.id, "Länsstyrelsen")
    # when
    empty_project.participation.remove_organisation(first.id, org.id)
    # then
    assert empty_project.participation.organisations(first.id) == []
    assert [o.id for o in empty_project.participation.organisations(second.id)] == [org.id]


def test_named_participants_are_marked_as_personal_data(empty_project):
    # given
    dialogue = empty_project.dialogues.create("Workshop")
    org = empty_project.participation.add_organisation(dialogue.id, "Mittuniversitetet")
    # when
    person = empty_project.participation.add_participant(dialogue.id, "Karin Ek", organisation_id=org.id)
    # then
    (stored,) = empty_project.participation.participants(dialogue.id)
    assert stored.id == person.id and stored.name == "Karin Ek"
    assert stored.is_personal_data is True
    with pytest.raises(InvalidValueError):
        empty_project.participation.add_participant(dialogue.id, " ")


# --- a dialogue with its questions, as one undo step ---------------------------------------------


def test_a_dialogue_created_with_its_questions_is_one_undo_step(empty_project):
    from dialog_app.core.history import Action

    before = empty_project.history.next_undo
    # when a dialogue is created with three questions
    dialogue = empty_project.dialogues.create_with_questions(
        "Workshop om AI i välfärden", [("Var gör AI nytta?", 15), ("Vad oroar er?", None), ("Övrigt", 5)],
        kind="workshop", place="Östersund",
    )
    agenda = empty_project.dialogues.agenda(dialogue.id)
    assert [(q.question, q.planned_minutes, q.position) for q in agenda] == [
        ("Var gör AI nytta?", 15, 0), ("Vad oroar er?", None, 1), ("Övrigt", 5, 2)]
    # then one step stands for all of it
    step = empty_project.history.next_undo
    assert step is not before and (step.action, step.count) == (Action.CREATE_DIALOGUE, 1)
    # undo takes the dialogue and its questions away
    empty_project.history.undo()
    assert empty_project.history.next_undo is before
    assert dialogue.id not in {d.id for d in empty_project.dialogues.list()}
    assert empty_project.dialogues.agenda(dialogue.id) == []
    # redo brings them back with the same ids
    empty_project.history.redo()
    back = empty_project.dialogues.get(dialogue.id)
    assert (back.title, back.kind, back.place) == ("Workshop om AI i välfärden", "workshop", "Östersund")
    assert [q.id for q in empty_project.dialogues.agenda(dialogue.id)] == [q.id for q in agenda]


def test_undoing_a_new_dialogue_keeps_what_was_typed_into_it_for_redo(empty_project):
    dialogue = empty_project.dialogues.create_with_questions("Dialogmöte", [("Vilka hinder finns?", 20)])
    civil = empty_project.participation.find_group("civil_society")
    empty_project.participation.set_headcount(dialogue.id, civil.id, 12)
    empty_project.dialogues.update(dialogue.id, place="Sundsvall")  # no undo step of its own
    empty_project.history.undo()
    empty_project.history.redo()
    assert empty_project.participation.headcounts(dialogue.id) == {civil.id: 12}
    assert empty_project.dialogues.get(dialogue.id).place == "Sundsvall"


def test_a_new_dialogue_with_notes_in_it_is_not_undone(empty_project):
    dialogue = empty_project.dialogues.create_with_questions("Dialogmöte", [("Vilka hinder finns?", None)])
    note = empty_project.notes.add(dialogue.id, "Fler mötesplatser")
    empty_project.history.undo()  # the note goes to the bin, and stays in the dialogue there
    with pytest.raises(DialogueHasNotesError) as refused:
        empty_project.history.undo()
    assert refused.value.count == 1
    assert empty_project.dialogues.get(dialogue.id).title == "Dialogmöte"
    empty_project.history.redo()
    assert empty_project.notes.get(note.id).deleted_at is None


def test_a_bad_question_creates_nothing(empty_project):
    before = empty_project.history.next_undo
    with pytest.raises(InvalidValueError):
        empty_project.dialogues.create_with_questions("Dialogmöte", [("Fråga", 10), ("  ", None)])
    assert empty_project.dialogues.list() == [] and empty_project.history.next_undo is before
