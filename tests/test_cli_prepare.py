"""`dialog-app prepare PATH --tables N -o FOLDER` (issue 13): the table projects of a master, as a
script writes them before a meeting."""

from __future__ import annotations

import json

from dialog_app import cli
from dialog_app.core.project import Project


def test_prepare_writes_one_labelled_project_per_table(project_path, tmp_path, capsys):
    with Project.create(project_path("Dialogmöte"), title="Dialogmöte i Umeå") as master:
        master.dialogues.create_with_questions("Workshop om e-hälsa", [("Vad fungerar?", 20)])
        dialogue_ids = {d.id for d in master.dialogues.list()}
    folder = tmp_path / "bord"
    assert cli.main(["prepare", str(master.path), "--tables", "2", "-o", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"Bord {n}: {folder / f'Dialogmöte – Bord {n}.dialog'}" for n in (1, 2)]
    with Project.open(folder / "Dialogmöte – Bord 2.dialog") as copy:
        assert copy.table_label == "Bord 2"
        assert {d.id for d in copy.dialogues.list()} == dialogue_ids
    assert cli.main(["info", str(folder / "Dialogmöte – Bord 1.dialog"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["table"] == "Bord 1"


def test_prepare_never_replaces_a_file_and_names_it(project_path, tmp_path, capsys):
    with Project.create(project_path("Möte")) as master:
        pass
    (tmp_path / "Möte – Bord 2.dialog").write_text("a colleague's notes")
    assert cli.main(["prepare", str(master.path), "--tables", "3", "-o", str(tmp_path)]) == 1
    assert "Möte – Bord 2.dialog" in capsys.readouterr().err
    assert not (tmp_path / "Möte – Bord 1.dialog").exists()
    assert (tmp_path / "Möte – Bord 2.dialog").read_text() == "a colleague's notes"


def test_prepare_takes_the_users_label_and_checks_the_count(project_path, tmp_path, capsys):
    with Project.create(project_path("Webbinarium")) as master:
        pass
    assert cli.main(["prepare", str(master.path), "--tables", "1", "-o", str(tmp_path), "--label", "Laptop %1"]) == 0
    assert (tmp_path / "Webbinarium – Laptop 1.dialog").exists()
    assert cli.main(["prepare", str(master.path), "--tables", "0", "-o", str(tmp_path)]) == 2
    assert "from 1 to 50" in capsys.readouterr().err
