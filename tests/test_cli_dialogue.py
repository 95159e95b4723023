"""`dialog-app dialogue add|list|edit|delete` (issue 15): dialogues planned from a script, with their
questions and planned minutes, kinds and statuses in Swedish or English, times in the project's zone."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from tests.cli_runs import run


@pytest.fixture
def project_file(project_path):
    path = project_path("Länsdialog")
    with Project.create(path) as project:
        project.dialogues.create_with_questions(
            "Dialogmöte i Härnösand", [("Vad fungerar?", 10), ("Vad saknas?", 20)],
            starts_at=datetime(2026, 3, 18, 12, 0, tzinfo=timezone.utc))
    return path


def listed(capsys, path) -> list[dict]:
    status, out, err = run(capsys, "dialogue", "list", path, "--json")
    assert status == 0, err
    return json.loads(out)


def test_add_with_questions_swedish_words_and_a_time_in_the_projects_zone(project_file, capsys):
    # when
    status, out, err = run(capsys, "dialogue", "add", project_file, "Workshop om AI", "--kind", "Nätverksmöte",
                           "--status", "pågår", "--starts", "2026-04-02 13:00", "--ends", "2026-04-02T16:30+02:00",
                           "--place", "Sundsvall", "--organiser", "Region Västernorrland", "--purpose", "Inspel",
                           "--question", "Vad är viktigast?", "--minutes", 15, "--question", "Vad saknas?")
    # then: it prints its id and number; D1 is the earlier meeting
    assert status == 0, err
    dialogue_id, number, title = out.split(maxsplit=2)
    assert (number, title.strip()) == ("D2", "Workshop om AI")
    row = listed(capsys, project_file)[1]
    assert row["id"] == dialogue_id and row["ref"] == "D2"
    assert (row["kind"], row["status"], row["place"], row["organiser"]) == (
        "network_meeting", "running", "Sundsvall", "Region Västernorrland")
    assert (row["starts_at"], row["ends_at"]) == ("2026-04-02 13:00", "2026-04-02 16:30")  # Stockholm: +02:00
    assert row["questions"] == [{"id": row["questions"][0]["id"], "question": "Vad är viktigast?", "minutes": 15},
                                {"id": row["questions"][1]["id"], "question": "Vad saknas?", "minutes": None}]
    with Project.open(project_file, read_only=True) as project:
        assert project.dialogues.get(dialogue_id).starts_at == datetime(2026, 4, 2, 11, 0, tzinfo=timezone.utc)
    assert list_backups(project_file)  # a write, backed up as add-note is


def test_english_words_and_a_project_in_another_zone(project_file, capsys):
    with Project.open(project_file) as project:
        project.set_setting("time_zone", "UTC")
    status, out, err = run(capsys, "dialogue", "add", project_file, "Webbsändning", "--kind", "webcast", "--status",
                           "finished", "--starts", "2026-04-02 13:00", "--online")
    assert status == 0, err
    row = listed(capsys, project_file)[1]
    assert (row["kind"], row["status"], row["online"], row["starts_at"]) == ("webcast", "finished", True,
                                                                             "2026-04-02 13:00")


def test_list_as_text(project_file, capsys):
    status, out, _err = run(capsys, "dialogue", "list", project_file)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("D1 ") and "Dialogmöte i Härnösand" in lines[0]
    assert "(dialogue_meeting, planned, 2026-03-18 13:00, 2 questions, 0 notes)" in lines[0]
    assert lines[1:] == ["      1. Vad fungerar?  [10 min]", "      2. Vad saknas?  [20 min]"]


def test_edit_gives_the_questions_anew_and_keeps_a_question_word_for_word_with_its_notes(project_file, capsys):
    # given: a note under "Vad saknas?"
    with Project.open(project_file) as project:
        dialogue = project.dialogues.list()[0]
        missing = project.dialogues.agenda(dialogue.id)[1]
        note = project.notes.add(dialogue.id, "Fiber i glesbygd", agenda_item_id=missing.id)
    # when
    status, out, err = run(capsys, "dialogue", "edit", project_file, "D1", "--title", "Dialogmöte i Sundsvall",
                           "--kind", "workshop", "--question", "Vad saknas?", "--minutes", 30,
                           "--question", "Hur går vi vidare?")
    # then
    assert status == 0, err
    assert out.strip() == "Changed Dialogmöte i Sundsvall: 1 question kept, 1 added, 1 removed"
    row = listed(capsys, project_file)[0]
    assert (row["title"], row["kind"]) == ("Dialogmöte i Sundsvall", "workshop")
    assert [(q["question"], q["minutes"]) for q in row["questions"]] == [("Vad saknas?", 30),
                                                                         ("Hur går vi vidare?", None)]
    with Project.open(project_file, read_only=True) as project:
        assert project.notes.get(note.id).agenda_item_id == missing.id


def test_leaving_out_a_question_that_holds_notes_needs_untie_notes(project_file, capsys):
    with Project.open(project_file) as project:
        dialogue = project.dialogues.list()[0]
        first = project.dialogues.agenda(dialogue.id)[0]
        note = project.notes.add(dialogue.id, "Bra uppkoppling", agenda_item_id=first.id)
    # when: refused
    status, _out, err = run(capsys, "dialogue", "edit", project_file, "Dialogmöte i Härnösand", "--no-questions")
    # then
    assert status == 1
    assert err.strip() == ("dialog-app: error: 1 note belongs to questions left out: 'Vad fungerar?', 'Vad saknas?'; "
                           "give them word for word to keep them, or add --untie-notes (nothing was changed)")
    assert len(listed(capsys, project_file)[0]["questions"]) == 2
    # when: asked for
    status, out, err = run(capsys, "dialogue", "edit", project_file, "D1", "--no-questions", "--untie-notes")
    assert status == 0 and "0 added, 2 removed" in out
    assert "1 note no longer belongs to a question" in err
    with Project.open(project_file, read_only=True) as project:
        assert project.notes.get(note.id).agenda_item_id is None


def test_delete_an_empty_dialogue_and_refuse_one_with_notes(project_file, capsys):
    with Project.open(project_file) as project:
        held = project.dialogues.list()[0]
        project.notes.add(held.id, "Ett inspel")
    assert run(capsys, "dialogue", "add", project_file, "Inställt möte")[0] == 0
    status, out, _err = run(capsys, "dialogue", "delete", project_file, "inställt möte")
    assert status == 0 and out.strip() == "Deleted Inställt möte"
    status, _out, err = run(capsys, "dialogue", "delete", project_file, "D1")
    assert status == 1 and "the dialogue holds 1 notes" in err
    assert [row["title"] for row in listed(capsys, project_file)] == ["Dialogmöte i Härnösand"]


def test_an_unknown_dialogue_lists_the_dialogues(project_file, capsys):
    assert run(capsys, "dialogue", "add", project_file, "Hearing")[0] == 0
    status, _out, err = run(capsys, "dialogue", "edit", project_file, "Remissmöte", "--place", "Kramfors")
    assert status == 1
    assert err.strip() == ("dialog-app: error: no dialogue 'Remissmöte'; the dialogues are: "
                           "D1 'Dialogmöte i Härnösand', D2 'Hearing'")


@pytest.mark.parametrize(("args", "says"), [
    (["add", "P", "Möte", "--minutes", "5"], "--minutes follows the --question it plans the time of"),
    (["add", "P", "Möte", "--kind", "fest"], "unknown dialogue kind 'fest'; use one of: dialogue_meeting (dialogmöte)"),
    (["add", "P", "Möte", "--status", "klart?"], "unknown dialogue status 'klart?'; use one of: planned (planerad)"),
    (["edit", "P", "D1"], "nothing to change"),
    (["edit", "P", "D1", "--no-questions", "--question", "Fråga"], "--no-questions and --question contradict"),
    (["add", "P", "Möte", "--question", "Fråga", "--minutes", "-1"], "must be a whole number from 0 to 1440"),
])
def test_usage_errors_change_nothing(project_file, capsys, args, says):
    before = project_file.read_bytes()
    status, _out, err = run(capsys, "dialogue", *[project_file if a == "P" else a for a in args])
    assert status == 2 and says in err
    assert project_file.read_bytes() == before and list_backups(project_file) == []


def test_a_time_that_is_not_one(project_file, capsys):
    status, _out, err = run(capsys, "dialogue", "add", project_file, "Möte", "--starts", "på tisdag")
    assert status == 1
    assert "--starts takes a time written YYYY-MM-DD HH:MM, such as 2026-03-12 13:00, not 'på tisdag'" in err


def test_a_question_that_is_not_utf8_is_a_usage_error(project_file, capsys):
    before = project_file.read_bytes()
    status, _out, err = run(capsys, "dialogue", "add", project_file, "Möte", "--question", "Vad \udcff?")
    assert status == 2 and "the question holds characters that are not UTF-8 text" in err
    assert project_file.read_bytes() == before
