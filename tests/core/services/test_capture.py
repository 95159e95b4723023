"""Capturing during a meeting: stamps on notes, and the agenda's real start and end times."""

from __future__ import annotations

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.services.capture import Stamp


@pytest.fixture
def agenda(project, meeting):
    return [
        project.dialogues.add_question(meeting.id, question, minutes)
        for question, minutes in (("Vilka hinder finns?", 20), ("Vad kan regionen göra?", 25), ("Övrigt", 10))
    ]


def test_starting_runs_the_dialogue_and_its_first_question(project, meeting, agenda):
    # when
    current = project.capture.start(meeting.id)
    # then
    assert current.id == agenda[0].id and current.started_at is not None
    assert project.dialogues.get(meeting.id).status == "running"
    assert project.capture.current_question(meeting.id).id == agenda[0].id


def test_advancing_records_the_end_of_one_question_and_the_start_of_the_next(project, meeting, agenda):
    project.capture.start(meeting.id)
    # when
    second = project.capture.advance(meeting.id)
    # then
    first = project.dialogues.agenda(meeting.id)[0]
    assert second.id == agenda[1].id
    assert first.ended_at is not None and first.ended_at <= second.started_at
    assert project.capture.current_question(meeting.id).id == agenda[1].id


def test_advancing_past_the_last_question_ends_it_and_leaves_none_current(project, meeting, agenda):
    project.capture.start(meeting.id)
    project.capture.advance(meeting.id)
    project.capture.advance(meeting.id)
    # when
    after = project.capture.advance(meeting.id)
    # then
    assert after is None
    assert project.capture.current_question(meeting.id) is None
    assert all(item.ended_at is not None for item in project.dialogues.agenda(meeting.id))


def test_going_back_reopens_the_previous_question_keeping_its_first_start(project, meeting, agenda):
    first = project.capture.start(meeting.id)
    project.capture.advance(meeting.id)
    # when
    back = project.capture.go_back(meeting.id)
    # then
    assert back.id == first.id and back.started_at == first.started_at and back.ended_at is None
    assert project.dialogues.agenda(meeting.id)[1].ended_at is not None


def test_going_back_from_the_first_question_stays_on_it(project, meeting, agenda):
    first = project.capture.start(meeting.id)
    assert project.capture.go_back(meeting.id).id == first.id
    assert project.capture.current_question(meeting.id).id == first.id


def test_finishing_ends_the_current_question_and_the_dialogue(project, meeting, agenda):
    project.capture.start(meeting.id)
    project.capture.finish(meeting.id)
    assert project.dialogues.get(meeting.id).status == "finished"
    assert project.capture.current_question(meeting.id) is None


def test_a_saved_note_carries_its_stamp(project, meeting, agenda):
    # given the facilitator's current choices
    group = project.participation.find_group("municipality")
    current = project.capture.start(meeting.id)
    stamp = Stamp(meeting.id).with_(agenda_item_id=current.id, group_id=group.id, table_label="Bord 3", kind="idea")
    # when
    saved = project.capture.save(stamp, "Gemensam e-tjänsteplattform för länets kommuner", key_quote=True, votes=2)
    # then what is on disk carries every stamp
    stored = project.notes.get(saved.id)
    assert (stored.agenda_item_id, stored.group_id, stored.table_label, stored.kind) == (
        current.id, group.id, "Bord 3", "idea")
    assert (stored.key_quote, stored.votes, stored.source_kind) == (True, 2, "typed")


def test_a_stamp_refuses_an_unknown_kind(meeting):
    with pytest.raises(InvalidValueError):
        Stamp(meeting.id).with_(kind="rumour")


def test_a_dialogue_without_questions_starts_with_none_current(project, meeting):
    assert project.capture.start(meeting.id) is None
    assert project.dialogues.get(meeting.id).status == "running"
