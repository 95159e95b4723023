"""`dialog-app merge PATH OTHER… [--dry-run] [--json]` (issue 13): table projects back into the
master, after a backup; the other files only read; the same files again change nothing."""

from __future__ import annotations

import hashlib
import json

from dialog_app import cli
from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from dialog_app.core.table_projects import plan_tables


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_tables_merge_back_once_and_are_only_read(project_path, tmp_path, capsys):
    with Project.create(project_path("Möte")) as master:
        dialogue = master.dialogues.create_with_questions("Dialogmöte i Kiruna", [("Vad saknas?", 20)])
        one, two = master.prepare_tables(plan_tables(master.path, 2, tmp_path / "bord"))
    for path, text in ((one, "Fler e-tjänster på lätt svenska"), (two, "Bank-id är svårt för äldre")):
        with Project.open(path) as table:
            table.notes.add(dialogue.id, text, table_label=table.table_label)
    before = {path: digest(path) for path in (one, two)}
    assert cli.main(["merge", str(master.path), str(one), str(two), "--dry-run"]) == 0
    assert "would bring in\n  added: 1 note" in capsys.readouterr().out
    with Project.open(master.path, read_only=True) as project:
        assert project.summary()["notes"] == 0
    assert cli.main(["merge", str(master.path), str(one), str(two)]) == 0
    assert capsys.readouterr().out.count("added: 1 note") == 2
    assert any(b.reason == "before-merge" for b in list_backups(master.path))
    assert {path: digest(path) for path in (one, two)} == before
    assert cli.main(["merge", str(master.path), str(one), str(two), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [entry["added"] for entry in report["merged"]] == [{}, {}]
    with Project.open(master.path, read_only=True) as project:
        assert sorted((n.text, n.table_label) for n in map(project.notes.get, project.notes.ids(None))) == [
            ("Bank-id är svårt för äldre", "Bord 2"), ("Fler e-tjänster på lätt svenska", "Bord 1")]


def test_a_file_that_is_no_project_is_refused_and_nothing_changes(project_path, tmp_path, capsys):
    with Project.create(project_path("Möte")) as master:
        pass
    stranger = tmp_path / "bord.dialog"
    stranger.write_bytes(b"not a project")
    assert cli.main(["merge", str(master.path), str(stranger)]) == 1
    assert "not a dialog_app project" in capsys.readouterr().err
