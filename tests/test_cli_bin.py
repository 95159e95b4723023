"""`dialog-app bin PATH [--json]`, `--restore REF…` and `--empty [REF…] [--yes]` (issue 15): listing
only reads; restoring brings notes back; emptying asks on a terminal, refuses without one unless
--yes, takes no backup and leaves no byte of the text in the file."""

from __future__ import annotations

import io
import json

import pytest

from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from tests.cli_runs import digest, run
from tests.core.services.person_fixtures import held

SECRET = "Kvarnbäcksskolans budget är hemlig"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def binned_file(project_path):
    """A dialogue with a live note (D1-001) and two in the bin (D1-002, D1-003)."""
    path = project_path("Skoldialog")
    with Project.create(path, user="anna") as project:
        dialogue = project.dialogues.create_with_questions("Dialogmöte om skolan", [("Vad behövs?", 20)])
        question = project.dialogues.agenda(dialogue.id)[0].id
        notes = [project.notes.add(dialogue.id, text, agenda_item_id=question)
                 for text in ("Fler lärare behövs", SECRET, "Skolgården är för liten")]
        project.notes.delete([n.id for n in notes[1:]])
    return path


def bin_refs(path) -> list[str]:
    with Project.open(path, read_only=True) as project:
        return [entry.ref for entry in project.bin.entries()]


def test_the_bin_is_listed_and_nothing_is_written(binned_file, capsys):
    before = digest(binned_file)
    status, out, _err = run(capsys, "bin", binned_file)
    assert status == 0
    assert "2 notes in the bin" in out
    assert "D1-002" in out and "by anna  [Dialogmöte om skolan / Vad behövs?]  Kvarnbäcksskolans budget" in out
    status, out, _err = run(capsys, "bin", binned_file, "--json")
    data = json.loads(out)
    assert sorted(row["ref"] for row in data) == ["D1-002", "D1-003"]
    assert {row["text"] for row in data} == {SECRET, "Skolgården är för liten"}
    assert digest(binned_file) == before


def test_restore_brings_a_note_back(binned_file, capsys):
    status, out, _err = run(capsys, "bin", binned_file, "--restore", "D1-002")
    assert status == 0 and "Restored 1 note" in out
    assert bin_refs(binned_file) == ["D1-003"]
    status, _out, err = run(capsys, "bin", binned_file, "--restore", "D1-001")
    assert status == 1 and "D1-001 is not in the bin" in err


def test_emptying_without_a_terminal_needs_yes(binned_file, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    before = digest(binned_file)
    status, _out, err = run(capsys, "bin", binned_file, "--empty")
    assert status == 2 and "add --yes" in err and "2 notes will be removed for good" in err
    assert digest(binned_file) == before


def test_on_a_terminal_emptying_asks_and_no_keeps_everything(binned_file, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    before = digest(binned_file)
    status, out, err = run(capsys, "bin", binned_file, "--empty", "D1-002")
    assert status == 0 and "Empty? [y/N]" in err and "1 note will be removed" in err and "Nothing emptied" in out
    assert digest(binned_file) == before


def test_emptying_named_notes_removes_them_only_and_leaves_no_byte_nor_a_backup(binned_file, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal("ja\n"))
    status, out, _err = run(capsys, "bin", binned_file, "--empty", "D1-002")
    assert status == 0 and "Emptied 1 note" in out
    assert bin_refs(binned_file) == ["D1-002"]  # D1-003 is numbered on from D1-001 now
    assert held(binned_file, [SECRET.encode()]) == [] and list_backups(binned_file) == []
    status, out, _err = run(capsys, "bin", binned_file, "--empty", "--yes")
    assert status == 0 and "Emptied 1 note" in out and bin_refs(binned_file) == []
    status, out, _err = run(capsys, "bin", binned_file, "--empty", "--yes")
    assert status == 0 and "nothing to empty" in out


def test_a_live_note_is_not_emptied(binned_file, capsys):
    before = digest(binned_file)
    status, _out, err = run(capsys, "bin", binned_file, "--empty", "D1-001", "--yes")
    assert status == 1 and "D1-001 is not in the bin" in err
    assert digest(binned_file) == before
