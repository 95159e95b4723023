"""A dialogue's facts and its agenda given anew at once (the command line's dialogue edit):
questions kept word for word keep their notes, times and wording, the rest are added or removed,
all in one transaction and one undo step."""

from __future__ import annotations

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.services.agenda_plan import AgendaChange, QuestionsHoldNotesError


@pytest.fixture
def planned(empty_project):
    dialogue = empty_project.dialogues.create_with_questions(
        "Dialogmöte", [("Vad fungerar?", 10), ("Vad saknas?", 20), ("Vad är viktigast?", 15)])
    return empty_project, dialogue


def agenda(project, dialogue) -> list[tuple[str, int | None]]:
    return [(item.question, item.planned_minutes) for item in project.dialogues.agenda(dialogue.id)]


def test_questions_given_word_for_word_are_kept_and_moved(planned):
    # given: a note under "Vad saknas?"
    project, dialogue = planned
    missing = project.dialogues.agenda(dialogue.id)[1]
    note = project.notes.add(dialogue.id, "Fiber i glesbygd", agenda_item_id=missing.id)
    # when
    change = project.dialogue_editing.replace_agenda(
        dialogue.id, {"title": "Dialogmöte i Sundsvall", "kind": "workshop"},
        [("vad  saknas?", 25), ("Vad fungerar?", 10), ("Hur går vi vidare?", None)])
    # then
    assert change == AgendaChange(kept=2, added=1, removed=1, notes_untied=0)
    assert agenda(project, dialogue) == [("Vad saknas?", 25), ("Vad fungerar?", 10), ("Hur går vi vidare?", None)]
    assert project.notes.get(note.id).agenda_item_id == missing.id
    stored = project.dialogues.get(dialogue.id)
    assert (stored.title, stored.kind) == ("Dialogmöte i Sundsvall", "workshop")
    project.history.undo()  # the whole change is one step
    assert project.dialogues.get(dialogue.id).title == "Dialogmöte" and len(agenda(project, dialogue)) == 3


def test_removing_a_question_with_notes_is_refused_and_changes_nothing(planned):
    project, dialogue = planned
    first = project.dialogues.agenda(dialogue.id)[0]
    project.notes.add(dialogue.id, "Bra uppkoppling på biblioteket", agenda_item_id=first.id)
    with pytest.raises(QuestionsHoldNotesError) as raised:
        project.dialogue_editing.replace_agenda(dialogue.id, {"title": "Nytt namn"}, [("Vad saknas?", 20)])
    assert raised.value.notes == 1 and raised.value.questions == ["Vad fungerar?", "Vad är viktigast?"]
    assert project.dialogues.get(dialogue.id).title == "Dialogmöte"
    assert len(agenda(project, dialogue)) == 3


def test_untie_notes_removes_the_question_and_leaves_the_note(planned):
    project, dialogue = planned
    first = project.dialogues.agenda(dialogue.id)[0]
    note = project.notes.add(dialogue.id, "Bra uppkoppling", agenda_item_id=first.id)
    change = project.dialogue_editing.replace_agenda(dialogue.id, {}, [], untie_notes=True)
    assert change == AgendaChange(kept=0, added=0, removed=3, notes_untied=1)
    assert agenda(project, dialogue) == [] and project.notes.get(note.id).agenda_item_id is None


def test_without_questions_the_agenda_stays(planned):
    project, dialogue = planned
    assert project.dialogue_editing.replace_agenda(dialogue.id, {"place": "Härnösand"}) == AgendaChange()
    assert len(agenda(project, dialogue)) == 3 and project.dialogues.get(dialogue.id).place == "Härnösand"


@pytest.mark.parametrize(("fields", "questions"), [
    ({"kind": "party"}, None), ({"title": " "}, None), ({}, [("", 5)]), ({}, [("Fråga", -1)]),
])
def test_a_bad_value_changes_nothing(planned, fields, questions):
    project, dialogue = planned
    with pytest.raises(InvalidValueError):
        project.dialogue_editing.replace_agenda(dialogue.id, fields, questions)
    assert len(agenda(project, dialogue)) == 3 and project.dialogues.get(dialogue.id).kind == "dialogue_meeting"
