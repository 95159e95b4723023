"""Telling a project or a database from any other file, by name and by header, as the exporters ask."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from dialog_app.core import project_files
from dialog_app.core.project_files import DATABASE, PROJECT


@pytest.mark.parametrize(("name", "kind"), [
    ("remiss.dialog", PROJECT), ("REMISS.DIALOG-wal", PROJECT), ("remiss.dialog-journal", PROJECT),
    ("data.db-shm", DATABASE), ("anything-wal", DATABASE), ("remiss.csv", None), ("dialog", None),
])
def test_the_name_says_project_database_or_nothing(name, kind):
    assert project_files.kind_by_name(name) == kind


def test_the_header_says_project_or_database_whatever_the_name(make_project_file, tmp_path):
    # given: a project and a plain database, both named like exports, and a text file
    project = shutil.copy(make_project_file("remiss"), tmp_path / "remiss.csv")
    with sqlite3.connect(tmp_path / "other.xlsx") as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    (tmp_path / "notes.csv").write_text("ref;text\n", encoding="utf-8")
    # then
    assert project_files.kind_by_header(project) == PROJECT
    assert project_files.kind_by_header(tmp_path / "other.xlsx") == DATABASE
    assert project_files.kind_by_header(tmp_path / "notes.csv") is None
    assert project_files.kind_by_header(tmp_path / "not-there.csv") is None


def test_the_working_files_are_named_beside_the_database(tmp_path):
    assert project_files.working_files(tmp_path / "remiss.dialog") == tuple(
        str(tmp_path / f"remiss.dialog{suffix}") for suffix in ("-wal", "-shm", "-journal"))
