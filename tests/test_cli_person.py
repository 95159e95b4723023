"""`dialog-app person PATH --find NAME [--json]` and `--erase NAME [--yes] [--erase-backups]` (issue 14):
a find only reads; an erasure asks on a terminal, refuses without one unless --yes, takes no backup,
leaves no byte of the person in the file and lists (or erases) the backups that still hold them."""

from __future__ import annotations

import io
import json

import pytest

from dialog_app import cli
from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from tests.core.services.person_fixtures import EMAIL, NAME, PHONE, add_anna, held
from tests.cli_runs import digest


@pytest.fixture
def anna_file(project_path):
    path = project_path("Länsdialog")
    with Project.create(path, user="anna") as project:
        add_anna(project)
    return path


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_find_lists_what_is_held_and_writes_nothing(anna_file, capsys):
    before = digest(anna_file)
    assert cli.main(["person", str(anna_file), "--find", "anna svensson"]) == 0
    out = capsys.readouterr().out
    assert f"{NAME}, searched for: {NAME}, {EMAIL}, {PHONE}" in out
    assert "register: Dialogmöte med civilsamhället: Ordförande" in out
    assert "note D1-001 [Dialogmöte med civilsamhället]: Anna Svenssons förslag" in out
    assert "note (in the bin) D1-004" in out and "history D1-003" in out
    assert digest(anna_file) == before and list_backups(anna_file) == []


def test_find_as_json(anna_file, capsys):
    assert cli.main(["person", str(anna_file), "--find", NAME, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["name"] == NAME and data["register"][0]["email"] == EMAIL
    assert {m["where"] for m in data["mentions"]} == {"note", "history", "synthesis", "setting", "draft"}
    assert data["backups"] == []


def test_an_erasure_without_a_terminal_needs_yes(anna_file, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    before = digest(anna_file)
    assert cli.main(["person", str(anna_file), "--erase", NAME]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert digest(anna_file) == before


def test_on_a_terminal_the_erasure_asks_and_no_keeps_everything(anna_file, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    before = digest(anna_file)
    assert cli.main(["person", str(anna_file), "--erase", NAME]) == 0
    captured = capsys.readouterr()
    assert "1 register entry, 3 notes, 1 history line, 1 synthesis, 2 settings, 1 capture draft" in captured.err
    assert "Erase? [y/N]" in captured.err and "Nothing erased" in captured.out
    assert digest(anna_file) == before


def test_yes_on_a_terminal_erases(anna_file, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal("ja\n"))
    assert cli.main(["person", str(anna_file), "--erase", NAME]) == 0
    assert "No byte of them is left" in capsys.readouterr().out
    assert held(anna_file) == []


def test_an_erasure_takes_no_backup_and_lists_the_ones_before(anna_file, capsys):
    with Project.open(anna_file):  # opening backs the project up: that backup holds her
        pass
    (before,) = list_backups(anna_file)
    assert cli.main(["person", str(anna_file), "--erase", NAME, "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Erased {NAME} from {anna_file}: 1 register entry, 3 notes, 1 synthesis, 1 history line" in out
    assert "No byte of them is left in the project file" in out
    assert f"1 backup of the project still holds {NAME}" in out
    assert str(before.path) in out and "--erase-backups" in out
    assert held(anna_file) == []
    assert [b.path for b in list_backups(anna_file)] == [before.path]  # none taken by the erasure
    assert cli.main(["person", str(anna_file), "--erase", NAME, "--yes", "--erase-backups"]) == 0
    assert f"Erased the backup {before.path}" in capsys.readouterr().out
    assert list_backups(anna_file) == [] and anna_file.exists()


def test_nobody_to_erase_changes_nothing(anna_file, capsys):
    before = digest(anna_file)
    assert cli.main(["person", str(anna_file), "--erase", "Lisa Nilsson", "--yes"]) == 0
    assert "Nothing about Lisa Nilsson" in capsys.readouterr().out
    assert digest(anna_file) == before


def test_find_and_erase_are_one_at_a_time(anna_file, capsys):
    assert cli.main(["person", str(anna_file), "--find", NAME, "--erase", NAME]) == 2
    assert "not allowed with argument" in capsys.readouterr().err
    assert cli.main(["person", str(anna_file)]) == 2


def test_an_extract_is_a_pdf_and_json_beside_it_and_writes_nothing_in_the_project(anna_file, tmp_path, capsys):
    from pypdf import PdfReader

    before = digest(anna_file)
    out = tmp_path / "utdrag"
    out.mkdir()
    assert cli.main(["person", str(anna_file), "--extract", NAME, "-o", str(out)]) == 0
    assert "Wrote the extract for Anna Svensson (1 register entry" in capsys.readouterr().out
    pdf, data = out / f"registerutdrag {NAME}.pdf", out / f"registerutdrag {NAME}.json"
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert NAME in text and EMAIL in text and "Registerutdrag" in text
    record = json.loads(data.read_text(encoding="utf-8"))
    assert record["format"] == "dialog_app.register_extract" and record["register"][0]["phone"] == PHONE
    assert digest(anna_file) == before and list_backups(anna_file) == []


def test_an_extract_never_writes_over_a_file(anna_file, tmp_path, capsys):
    target = tmp_path / "utdrag.pdf"
    target.write_bytes(b"someone else's")
    assert cli.main(["person", str(anna_file), "--extract", NAME, "-o", str(target)]) == 1
    assert "exists; nothing was written" in capsys.readouterr().err
    assert target.read_bytes() == b"someone else's" and not (tmp_path / "utdrag.json").exists()
    assert cli.main(["person", str(anna_file), "--extract", NAME]) == 2  # -o is needed
