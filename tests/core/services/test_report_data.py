"""The report's read service: one framework's view of the whole project, read once, as plain values."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime, timezone

import pytest

from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.project import Project
from dialog_app.core.services.report_data import DialogueFacts, NoteFacts, ReportData

PLAIN = (str, int, float, bool, type(None), uuid.UUID, datetime)


def at(day: int) -> datetime:
    return datetime(2026, 3, day, 13, 0, tzinfo=timezone.utc)


def plain_leaves(value, where="data"):
    """Every value under ``value`` that is not plain: a table row, a Row, anything of the store."""
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from plain_leaves(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from plain_leaves(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from plain_leaves(key, f"{where} key")
            yield from plain_leaves(item, f"{where}[{key!r}]")
    elif type(value) not in PLAIN:
        yield f"{where}: {type(value).__module__}.{type(value).__name__}"


@pytest.fixture
def two_frameworks(project_path):
    project = Project.create(project_path("report-data"), frameworks=["se-digital-2017", "eu-digital-decade"])
    yield project
    project.close()


def test_dialogues_come_dated_in_date_order_then_the_undated(project):
    # given
    undated = project.dialogues.create("Öppet hus", place="Biblioteket")
    late = project.dialogues.create("Workshop", starts_at=at(20), online=True)
    early = project.dialogues.create("Dialogmöte", starts_at=at(2), organiser="Region Norr")
    # when
    data = project.report_data.read()
    # then
    assert [d.id for d in data.dialogues] == [early.id, late.id, undated.id]
    assert data.dialogues[0] == DialogueFacts(early.id, "Dialogmöte", early.kind, at(2), "", False, "Region Norr")
    assert data.dialogues[1].online and data.dialogues[2].place == "Biblioteket"
    assert data.dialogues[2].starts_at is None


def test_every_note_is_read_the_bins_too_by_dialogue_and_capture_order(project, meeting):
    # given: three notes, the middle one in the bin, and one in another dialogue
    first = project.notes.add(meeting.id, "Bredband", votes=3, key_quote=True, table_label="Bord 2")
    binned = project.notes.add(meeting.id, "Fel")
    last = project.notes.add(meeting.id, "Ombud")
    other = project.notes.add(project.dialogues.create("Workshop").id, "Annat")
    project.notes.delete([binned.id])
    # when
    notes = project.report_data.read().notes
    # then: the bin's note keeps its place, so the numbers after it never shift
    ours = [n for n in notes if n.dialogue_id == meeting.id]
    assert [(n.id, n.deleted) for n in ours] == [(first.id, False), (binned.id, True), (last.id, False)]
    assert {n.id for n in notes} == {first.id, binned.id, last.id, other.id}
    assert ours[0] == NoteFacts(
        id=first.id, dialogue_id=meeting.id, deleted=False, status="captured", text="Bredband", group_id=None,
        kind=first.kind, agenda_item_id=None, table_label="Bord 2", created_at=first.created_at, votes=3,
        key_quote=True, captured_by="anna",
    )
    assert ours[2].table_label == ""


def test_themes_in_reading_order_and_each_note_with_this_frameworks_themes_only(two_frameworks):
    # given: a sub-theme under the national framework's theme 1, and a note tagged in both frameworks
    project = two_frameworks
    national, eu = project.frameworks.frameworks()
    one = project.frameworks.find_theme(national.id, "1")
    two = project.frameworks.find_theme(national.id, "2")
    sub = project.frameworks.add_theme(national.id, "Bredband på landsbygden", parent_id=one.id, code="1.1")
    note = project.notes.add(project.dialogues.create("Dialogmöte").id, "Bredband")
    project.tagging.tag([note.id], two.id)
    project.tagging.tag([note.id], sub.id)
    project.tagging.tag([note.id], project.frameworks.find_theme(eu.id, "1").id)
    # when
    data = project.report_data.read(national.id)
    # then
    ids = [t.id for t in data.themes]
    assert ids.index(one.id) + 1 == ids.index(sub.id) < ids.index(two.id)
    facts = data.themes[ids.index(sub.id)]
    assert (facts.parent_id, facts.depth, facts.code, facts.name) == (one.id, 1, "1.1", "Bredband på landsbygden")
    assert data.parents[sub.id] == one.id and data.parents[one.id] is None
    assert data.taggings == {note.id: (sub.id, two.id)}


def test_the_active_framework_unless_another_is_asked_for_and_the_first_for_an_unknown_one(two_frameworks):
    # given
    project = two_frameworks
    national, eu = project.frameworks.frameworks()
    project.frameworks.set_active(eu.id)
    # when
    active, asked, unknown = (project.report_data.read(f) for f in (None, national.id, uuid.uuid4()))
    # then
    assert (active.framework_id, active.framework_name) == (eu.id, eu.name)
    assert (asked.framework_id, unknown.framework_id) == (national.id, national.id)
    assert {t.id for t in asked.themes} == {t.id for t in project.frameworks.themes(national.id)}


def test_a_project_without_frameworks_has_no_themes(project_path):
    # given
    with Project.create(project_path("bare"), frameworks=[]) as project:
        # when
        data = project.report_data.read()
    # then
    assert (data.framework_id, data.framework_name, data.themes, data.taggings) == (None, "", (), {})


def test_agenda_attendance_organisations_and_the_writers_syntheses_and_quotes(project, meeting):
    # given
    first = project.dialogues.add_question(meeting.id, "Vad fungerar?")
    project.dialogues.add_question(meeting.id, "Vad saknas?")
    civil = project.participation.find_group("civil_society")
    project.participation.set_headcount(meeting.id, civil.id, 12)
    project.participation.add_organisation(meeting.id, "Studieförbundet")
    project.participation.add_organisation(meeting.id, "Bygdegårdarna")
    project.set_setting("organiser", "Region Norr")
    theme = project.frameworks.themes(project.frameworks.active_framework().id)[0]
    a, b = (project.notes.add(meeting.id, text, agenda_item_id=first.id).id for text in ("A", "B"))
    project.synthesis.save_text(theme.id, "Många vill ha ombud.")
    project.synthesis.add_quote(theme.id, b)
    project.synthesis.add_quote(theme.id, a)
    # when
    data = project.report_data.read()
    # then
    assert data.agendas == {meeting.id: ("Vad fungerar?", "Vad saknas?")}
    assert data.questions[first.id] == "Vad fungerar?"
    assert data.headcounts == {meeting.id: {civil.id: 12}}
    assert data.organisations == {meeting.id: ("Bygdegårdarna", "Studieförbundet")}
    assert data.organiser == "Region Norr" and civil.id in data.groups
    assert data.syntheses == {theme.id: "Många vill ha ombud."}
    assert data.quotes == {theme.id: (b, a)}


def test_a_cancelled_job_stops_the_read(project, meeting):
    # given
    project.notes.add(meeting.id, "Bredband")
    job = Job()
    job.cancel()
    # when / then
    with pytest.raises(Cancelled):
        project.report_data.read(job=job)


def test_nothing_read_is_a_table_row(project, meeting):
    # given: something in every part
    question = project.dialogues.add_question(meeting.id, "Vad fungerar?")
    group = project.participation.find_group("civil_society")
    project.participation.set_headcount(meeting.id, group.id, 4)
    project.participation.add_organisation(meeting.id, "Studieförbundet")
    project.participation.add_participant(meeting.id, "Anna Svensson")
    note = project.notes.add(meeting.id, "Bredband", agenda_item_id=question.id, group_id=group.id)
    theme = project.frameworks.themes(project.frameworks.active_framework().id)[0]
    project.tagging.tag([note.id], theme.id)
    project.synthesis.save_text(theme.id, "Text")
    project.synthesis.add_quote(theme.id, note.id)
    # when
    data = project.report_data.read()
    # then
    assert isinstance(data, ReportData)
    assert all(part for part in (data.notes, data.themes, data.taggings, data.quotes, data.headcounts))
    assert list(plain_leaves(data)) == []
