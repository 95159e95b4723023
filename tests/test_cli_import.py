"""``dialog-app import`` on real CSV files: what comes in, what a dry run says, unreadable rows and
files refused with nothing stored, the same file twice, and the backup taken first."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dialog_app import cli
from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from dialog_app.core.services.note_filter import NoteFilter

FORMS_HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Vad saknas i din kommun?",
                "Vem behöver mest stöd?"]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8-sig") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


@pytest.fixture
def project_file(project_path) -> Path:
    path = project_path("import")
    with Project.create(path, user="anna") as project:
        project.dialogues.create("Dialogmöte i Sundsvall")
    return path


@pytest.fixture
def answers(tmp_path) -> Path:
    return write_csv(tmp_path / "svar.csv", [
        ["Svar", "Fråga", "Grupp"],
        ["Fler mötesplatser på biblioteken", "Vad saknas?", "Kommun"],
        ["Bredband i glesbygden", "Vad saknas?", "Föreningar"],
        ["Digital hjälp för äldre", "Vem behöver stöd?", ""],
    ])


def notes_in(path: Path, title: str) -> list:
    with Project.open(path, read_only=True) as project:
        dialogue = project.dialogues.find(title)
        return project.notes.list(NoteFilter(dialogue_ids=frozenset({dialogue.id})))


def test_a_table_comes_in_with_its_questions_and_groups(project_file, answers, capsys):
    # when
    status = cli.main(["import", str(project_file), str(answers), "--new-dialogue", "Enkät",
                       "--text-column", "Svar", "--question-column", "Fråga", "--group-column", "Grupp"])
    # then
    out = capsys.readouterr().out
    assert status == 0
    assert 'svar.csv: imported 3 notes into "Enkät" (2 new questions, 1 new groups)' in out
    with Project.open(project_file, read_only=True) as project:
        dialogue = project.dialogues.find("Enkät")
        assert [q.question for q in project.dialogues.agenda(dialogue.id)] == ["Vad saknas?", "Vem behöver stöd?"]
        groups = {g.id: g.name for g in project.participation.groups()}
    notes = {n.text: n for n in notes_in(project_file, "Enkät")}
    assert groups[notes["Fler mötesplatser på biblioteken"].group_id] == "Kommun"
    assert notes["Bredband i glesbygden"].source_ref.startswith("svar.csv#row=3@")
    assert [b.reason for b in list_backups(project_file)][:1] == ["before-import"]


def test_a_form_export_is_recognised_and_its_names_are_not_kept(project_file, tmp_path, capsys):
    form = write_csv(tmp_path / "forms.csv", [
        FORMS_HEADER,
        ["1", "3/12/2026 9:01", "3/12/2026 9:05", "eva@example.se", "Eva Ek", "Bredband", "Äldre"],
        ["2", "3/12/2026 9:02", "3/12/2026 9:07", "", "", "Mötesplatser", ""],
    ], delimiter=",")
    # when
    status = cli.main(["import", str(project_file), str(form), "--dialogue", "Dialogmöte i Sundsvall"])
    # then
    assert status == 0, capsys.readouterr().err
    assert sorted(n.text for n in notes_in(project_file, "Dialogmöte i Sundsvall")) == [
        "Bredband", "Mötesplatser", "Äldre"]
    with Project.open(project_file, read_only=True) as project:
        dialogue = project.dialogues.find("Dialogmöte i Sundsvall")
        assert project.participation.participants(dialogue.id) == []


def test_the_same_file_twice_skips_what_is_there(project_file, answers, capsys):
    given = ["import", str(project_file), str(answers), "--dialogue", "Dialogmöte i Sundsvall", "--text-column", "Svar",
             "--question-column", "Fråga"]
    assert cli.main(given) == 0
    capsys.readouterr()
    # when
    status = cli.main(given)
    # then
    out = capsys.readouterr().out
    assert status == 0
    assert "svar.csv was imported before, on " in out
    assert "imported 0 notes" in out and "skipped 3 already there" in out
    assert len(notes_in(project_file, "Dialogmöte i Sundsvall")) == 3


def test_a_dry_run_says_what_would_come_in_and_stores_nothing(project_file, answers, capsys):
    before = project_file.read_bytes()
    # when
    status = cli.main(["import", str(project_file), str(answers), "--dialogue", "Dialogmöte i Sundsvall",
                       "--text-column", "Svar", "--dry-run"])
    # then
    out = capsys.readouterr().out
    assert status == 0
    assert "svar.csv: CSV, encoding utf_8_sig" in out and "delimiter semicolon" in out
    assert "would import 3 notes" in out
    assert "row 2: Fler mötesplatser på biblioteken" in out
    assert out.rstrip().endswith("Dry run: nothing was stored")
    assert project_file.read_bytes() == before


def test_unreadable_rows_stop_the_import_unless_skipped(project_file, tmp_path, capsys):
    ragged = write_csv(tmp_path / "trasig.csv", [
        ["Svar", "Röster"], ["Bredband", "3"], ["Mötesplatser", "många"], ["Äldre", "1", "extra"],
    ])
    given = ["import", str(project_file), str(ragged), "--dialogue", "Dialogmöte i Sundsvall"]
    before = project_file.read_bytes()
    # when
    status = cli.main([*given, "--text-column", "Svar"])
    # then
    err = capsys.readouterr().err
    assert status == 1
    assert "trasig.csv: row 3: votes that are not a whole number (många)" in err
    assert "trasig.csv: row 4: more cells than the header has columns" in err
    assert "2 rows could not be read; nothing was imported" in err
    assert project_file.read_bytes() == before
    # when
    status = cli.main([*given, "--text-column", "Svar", "--skip-bad-rows"])
    # then
    assert status == 0
    assert "left out 2 unreadable rows" in capsys.readouterr().out
    assert [n.text for n in notes_in(project_file, "Dialogmöte i Sundsvall")] == ["Bredband"]


@pytest.mark.parametrize(("content", "words"), [
    (b"", "svar.csv is empty"),
    (b"\x00\x01\x02PK\x03\x04" * 50, "svar.csv holds binary data"),
])
def test_a_file_that_cannot_be_imported_is_refused_in_words(project_file, tmp_path, capsys, content, words):
    bad = tmp_path / "svar.csv"
    bad.write_bytes(content)
    # when
    status = cli.main(["import", str(project_file), str(bad), "--new-dialogue", "Enkät"])
    # then
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("dialog-app: error: ") and words in err
    with Project.open(project_file, read_only=True) as project:
        assert [d.title for d in project.dialogues.list()] == ["Dialogmöte i Sundsvall"]


def test_a_column_the_table_lacks_is_named(project_file, answers, capsys):
    status = cli.main(["import", str(project_file), str(answers), "--new-dialogue", "Enkät", "--text-column", "Svaret"])
    assert status == 1
    assert "svar.csv has no column named 'Svaret'" in capsys.readouterr().err


def test_where_the_notes_go_must_be_said(project_file, answers, capsys):
    status = cli.main(["import", str(project_file), str(answers), "--text-column", "Svar"])
    assert status == 2
    assert "--dialogue TITLE_OR_ID or --new-dialogue TITLE" in capsys.readouterr().err


def test_both_places_at_once_is_a_usage_error(project_file, answers, capsys):
    status = cli.main(["import", str(project_file), str(answers), "--dialogue", "A", "--new-dialogue", "B"])
    assert status == 2
    assert "not allowed with argument" in capsys.readouterr().err
