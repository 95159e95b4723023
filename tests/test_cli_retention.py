"""`dialog-app retention PATH [--until YYYY-MM-DD | --clear]` and the date in `dialog-app info`
(issue 14): set, shown, cleared and undone like any write; a bad date is a usage error; a
read-only look never changes the file."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pytest

from dialog_app import cli
from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups


@pytest.fixture
def path(project_path):
    with Project.create(project_path("Gallring")) as project:
        return project.path


def info(path, capsys) -> dict:
    assert cli.main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_date_set_is_shown_by_info_and_stored_in_the_project(path, capsys):
    assert "retain_until" not in info(path, capsys)
    assert cli.main(["retention", str(path), "--until", "2099-12-31"]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: retention date set to 2099-12-31"
    counts = info(path, capsys)
    assert (counts["retain_until"], counts["retention_passed"]) == ("2099-12-31", False)
    with Project.open(path, read_only=True) as project:
        assert project.retention.until() == date(2099, 12, 31)
    assert list_backups(path)  # opened for editing like every writing command: a backup first


def test_a_passed_date_is_said_in_both_forms_of_info(path, capsys):
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert cli.main(["retention", str(path), "--until", yesterday]) == 0
    assert "passed" in capsys.readouterr().out
    assert info(path, capsys)["retention_passed"] is True
    assert cli.main(["info", str(path)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("retain until"))
    assert line.split()[-2:] == [yesterday, "(passed)"]


def test_clear_removes_the_date_and_a_plain_call_only_reads(path, capsys):
    assert cli.main(["retention", str(path), "--until", "2030-01-01"]) == 0
    capsys.readouterr()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert cli.main(["retention", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: retain until 2030-01-01"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert cli.main(["retention", str(path), "--clear"]) == 0
    assert "cleared (it was 2030-01-01)" in capsys.readouterr().out
    assert "retain_until" not in info(path, capsys)


@pytest.mark.parametrize("arguments", [["--until", "31/12/2027"], ["--until", "2027-02-30"],
                                       ["--until", "2027-01-01", "--clear"]])
def test_a_bad_date_or_both_options_are_a_usage_error_and_change_nothing(path, capsys, arguments):
    before = path.read_bytes()
    assert cli.main(["retention", str(path), *arguments]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_missing_project_is_one_line(tmp_path, capsys):
    assert cli.main(["retention", str(tmp_path / "nope.dialog"), "--clear"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("dialog-app: error: ")
