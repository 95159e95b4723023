"""`dialog-app export` and possible names (issue 14): undecided names stop the export with a list
on stderr and nothing written; `--unconfirmed-names mask|keep` goes on as told."""

from __future__ import annotations

from dialog_app import cli
from dialog_app.core.project import Project


def test_undecided_names_stop_the_export_until_told_what_to_do(project_path, tmp_path, capsys):
    with Project.create(project_path("Möte")) as project:
        dialogue = project.dialogues.create("Dialogmöte i Lycksele")
        project.notes.add(dialogue.id, "Enligt Jonathan Mayhew saknas fiber i byarna.", status="approved")
    target = tmp_path / "remiss.csv"
    assert cli.main(["export", str(project.path), "--format", "csv", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Jonathan Mayhew  in D1-001" in err and "--unconfirmed-names mask" in err
    assert not target.exists()
    assert cli.main(["export", str(project.path), "--format", "csv", "-o", str(target),
                     "--unconfirmed-names", "mask"]) == 0
    assert "Enligt [namn] saknas fiber" in target.read_text(encoding="utf-8-sig")
