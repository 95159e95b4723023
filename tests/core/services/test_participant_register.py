"""The participant register (issue 14): every field stored in the file and read back, a person's
organisation created by name, each change one undo step that brings the same row back, and the
register's names masked in exports (checked in test_possible_names)."""

from __future__ import annotations

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.project import Project
from dialog_app.core.services.participant_register import ParticipantFields

ANNA = ParticipantFields("  Anna Svensson ", organisation="Region Västerbotten", role="Ordförande",
                         email="anna.svensson@example.se", phone="070-123 45 67", consent=True,
                         purpose="Kontakt inför remissen")


def test_every_field_is_stored_in_the_file(project, meeting):
    person_id = project.participant_register.add(meeting.id, ANNA)
    path = project.path
    project.close()
    with Project.open(path, user="bo") as again:
        [person] = again.participant_register.people()
        assert person.id == person_id and person.dialogue_title == "Dialogmöte med civilsamhället"
        assert person.fields == ParticipantFields(
            "Anna Svensson", "Region Västerbotten", None, "Ordförande", "anna.svensson@example.se",
            "070-123 45 67", True, "Kontakt inför remissen")
        assert [o.name for o in again.participation.organisations()] == ["Region Västerbotten"]
    reopened = Project.open(path, user="anna")  # the fixture closes its own, this one too
    reopened.close()


def test_people_are_listed_per_dialogue_and_by_name(project, meeting):
    other = project.dialogues.create("Workshop i Skellefteå")
    group = project.participation.groups()[0]
    project.participant_register.add(meeting.id, ParticipantFields("Örjan Nilsson"))
    project.participant_register.add(other.id, ParticipantFields("Bo Ek", group_id=group.id))
    project.participant_register.add(meeting.id, ParticipantFields("anna Berg"))
    assert [p.fields.name for p in project.participant_register.people()] == ["anna Berg", "Bo Ek", "Örjan Nilsson"]
    assert [p.fields.name for p in project.participant_register.people(other.id)] == ["Bo Ek"]
    assert project.participant_register.people(other.id)[0].group_name == group.name


def test_a_name_is_required_and_an_email_must_look_like_one(project, meeting):
    with pytest.raises(InvalidValueError):
        project.participant_register.add(meeting.id, ParticipantFields("   "))
    with pytest.raises(InvalidValueError, match="e-mail"):
        project.participant_register.add(meeting.id, ParticipantFields("Bo", email="bo at example.se"))
    assert project.participant_register.people() == []


def test_add_edit_and_remove_are_each_one_undo_step(project, meeting):
    register = project.participant_register
    person_id = register.add(meeting.id, ANNA)
    register.update(person_id, ParticipantFields("Anna Svensson", role="Sekreterare"))
    assert register.people()[0].fields.role == "Sekreterare" and not register.people()[0].fields.consent
    assert register.remove([person_id]) == 1
    assert register.people() == []
    project.history.undo()  # the removal
    assert [p.id for p in register.people()] == [person_id]
    project.history.undo()  # the edit
    assert register.people()[0].fields.role == "Ordförande" and register.people()[0].fields.consent
    project.history.undo()  # the addition
    assert register.people() == []
    project.history.redo()
    project.history.redo()
    assert [(p.id, p.fields.role) for p in register.people()] == [(person_id, "Sekreterare")]


def test_an_unchanged_edit_records_no_step(project, meeting):
    person_id = project.participant_register.add(meeting.id, ANNA)
    added = project.history.next_undo
    project.participant_register.update(person_id, ANNA)
    assert project.history.next_undo is added
    project.history.undo()
    assert project.participant_register.people() == []
