"""An export that holds no notes says why on stderr (issue 15): none approved, every one excluded,
or none at all, with what to do about it; the file is still written and the status is 0."""

from __future__ import annotations

import pytest

from dialog_app.core.project import Project
from tests.cli_runs import run


@pytest.fixture
def captured_only(project_path):
    path = project_path("Länsdialog")
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte")
        for text in ("Fiber till byarna", "Fler laddstolpar"):
            project.notes.add(dialogue.id, text)
    return path


def test_none_approved(captured_only, tmp_path, capsys):
    status, out, err = run(capsys, "export", captured_only, "--format", "csv", "-o", tmp_path / "rapport.csv")
    assert status == 0, err
    assert "Wrote" in out and "0 notes" in out and "Not included: 2 captured" in out
    assert err.strip() == ("dialog-app: note: the export holds no notes: none is approved; use --all-statuses or "
                           "approve notes ('dialog-app status PATH NOTE… approved', or A in the review)")
    assert (tmp_path / "rapport.csv").exists()


def test_every_note_excluded_with_all_statuses(captured_only, tmp_path, capsys):
    assert run(capsys, "status", captured_only, "D1-001", "D1-002", "utesluten")[0] == 0
    status, _out, err = run(capsys, "export", captured_only, "--format", "csv", "-o", tmp_path / "r.csv",
                            "--all-statuses")
    assert status == 0
    assert "the export holds no notes: every note is excluded" in err


def test_no_notes_at_all(project_path, tmp_path, capsys):
    path = project_path("tomt")
    Project.create(path).close()
    status, _out, err = run(capsys, "export", path, "--format", "xlsx", "-o", tmp_path / "r.xlsx")
    assert status == 0 and err.strip() == "dialog-app: note: the export holds no notes: the project has no notes yet"


def test_an_export_with_notes_says_nothing_of_the_kind(captured_only, tmp_path, capsys):
    assert run(capsys, "status", captured_only, "D1-001", "approved")[0] == 0
    status, out, err = run(capsys, "export", captured_only, "--format", "csv", "-o", tmp_path / "r.csv")
    assert status == 0 and "1 notes" in out and "holds no notes" not in err
