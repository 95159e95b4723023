"""`dialog-app groups PATH [--json]` (issue 15), and the names `add-note` takes: a group, a dialogue or
a kind it does not know is an error listing the ones it does, and kinds are Swedish or English."""

from __future__ import annotations

import json

import pytest

from dialog_app.core.project import Project
from tests.cli_runs import run


@pytest.fixture
def project_file(project_path):
    path = project_path("Länsdialog")
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte")
        municipality = project.participation.find_group("municipality")
        project.notes.add(dialogue.id, "Fler laddstolpar", group_id=municipality.id)
        project.notes.add(dialogue.id, "Fiber till byarna", group_id=municipality.id)
        project.notes.add(dialogue.id, "Utan grupp")
    return path


def test_groups_as_json_in_their_order_with_keys_and_note_counts(project_file, capsys):
    before = project_file.read_bytes()
    status, out, err = run(capsys, "groups", project_file, "--json")
    assert status == 0, err
    rows = json.loads(out)
    assert [(r["number"], r["key"], r["name"]) for r in rows[:3]] == [
        (1, "civil_society", "Civilsamhälle"), (2, "municipality", "Kommun"), (3, "region", "Region")]
    assert {r["key"]: r["notes"] for r in rows}["municipality"] == 2
    assert sum(r["notes"] for r in rows) == 2 and all(r["id"] and r["description"] for r in rows)
    assert project_file.read_bytes() == before


def test_groups_as_text(project_file, capsys):
    status, out, _err = run(capsys, "groups", project_file)
    assert status == 0
    assert out.splitlines()[1].startswith(" 2  Kommun (municipality)  2 notes  ")
    assert " 1  Civilsamhälle (civil_society)  0 notes  " in out


def test_add_note_with_an_unknown_group_lists_the_groups(project_file, capsys):
    status, _out, err = run(capsys, "add-note", project_file, "Text", "--dialogue", "Dialogmöte", "--group", "Kommuner")
    assert status == 1
    assert err.strip().startswith("dialog-app: error: no stakeholder group 'Kommuner'; the groups are: "
                                  "'Civilsamhälle' (civil_society), 'Kommun' (municipality), 'Region' (region), ")


def test_add_note_with_an_unknown_dialogue_lists_the_dialogues(project_file, capsys):
    status, _out, err = run(capsys, "add-note", project_file, "Text", "--dialogue", "Workshop")
    assert status == 1
    assert err.strip() == "dialog-app: error: no dialogue 'Workshop'; the dialogues are: D1 'Dialogmöte'"


@pytest.mark.parametrize(("word", "kind"), [("idé", "idea"), ("Farhåga", "concern"), ("fråga", "question"),
                                            ("synpunkt", "statement"), ("concern", "concern")])
def test_add_note_takes_the_kind_in_swedish_or_english_and_the_dialogue_by_number(project_file, capsys, word, kind):
    status, out, err = run(capsys, "add-note", project_file, "Ett inspel", "--dialogue", "D1", "--kind", word)
    assert status == 0, err
    with Project.open(project_file, read_only=True) as project:
        assert project.notes.get(out.strip()).kind == kind


def test_add_note_with_an_unknown_kind_lists_the_kinds(project_file, capsys):
    status, _out, err = run(capsys, "add-note", project_file, "Text", "--dialogue", "D1", "--kind", "klagomål")
    assert status == 2
    assert ("unknown note kind 'klagomål'; use one of: statement (synpunkt), idea (idé), concern (farhåga), "
            "question (fråga)") in err


def test_import_into_an_unknown_dialogue_lists_the_dialogues(project_file, tmp_path, capsys):
    table = tmp_path / "inspel.csv"
    table.write_text("Inspel\nFler laddstolpar\n", encoding="utf-8")
    before = project_file.read_bytes()
    status, _out, err = run(capsys, "import", project_file, table, "--dialogue", "Hearing")
    assert status == 1 and err.strip() == "dialog-app: error: no dialogue 'Hearing'; the dialogues are: D1 'Dialogmöte'"
    assert project_file.read_bytes() == before
