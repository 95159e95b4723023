"""``dialog-app export -o``: never over the project, another project, a database or a folder.

A refused target is a usage error (exit 2, one line in words) decided before the project is opened,
so the project stays byte-for-byte as it was and ``dialog-app check`` still passes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from tests.test_cli import run

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX links and special files")


@pytest.fixture
def project_file(exported) -> Path:
    exported.project.close()  # as a script meets it: a closed file on disk
    return exported.path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every name in the folder, with the bytes of each regular file: what a refusal must not change."""
    return {p.name: sha256(p) if p.is_file() and not p.is_symlink() else "" for p in folder.iterdir()}


def export_refused(app_home: Path, project: Path, fmt: str, target: Path, *words: str) -> None:
    """Run the export; it must be refused in one line, and nothing in the folder may change."""
    before = folder_state(project.parent)
    result = run(app_home, "export", project, "--format", fmt, "-o", target)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("dialog-app export: error: -o "), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    for word in words:
        assert word in lines[0]
    assert folder_state(project.parent) == before
    checked = run(app_home, "check", project)
    assert checked.returncode == 0 and checked.stdout.strip().endswith(": ok"), checked.stderr


@pytest.mark.parametrize("sidecar", ["", "-wal", "-shm", "-journal"])
def test_the_project_and_its_working_files_are_refused(project_file, app_home, sidecar):
    # when: `export P.dialog --format csv -o P.dialog` (or its -wal, -shm, -journal)
    target = project_file.with_name(project_file.name + sidecar)
    # then
    export_refused(app_home, project_file, "csv", target, "is the project being exported",
                   "an export never replaces a project")


def test_the_project_spelled_through_a_detour_is_refused(project_file, app_home):
    (project_file.parent / "sub").mkdir()
    export_refused(app_home, project_file, "csv", project_file.parent / "sub" / ".." / project_file.name,
                   "is the project being exported")


def test_another_project_is_refused(project_file, app_home, make_project_file):
    # given
    other = make_project_file("other")
    # when / then
    export_refused(app_home, project_file, "pdf", other, "is a dialog_app project")


def test_a_plain_sqlite_database_with_an_exports_name_is_refused(project_file, app_home):
    # given: a database that happens to be called register.csv
    database = project_file.parent / "register.csv"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE person (name)")
    connection.commit()
    connection.close()
    # when / then
    export_refused(app_home, project_file, "csv", database, "is an SQLite database")


@posix
def test_a_symlink_to_the_project_is_refused(project_file, app_home):
    link = project_file.parent / "remiss.csv"
    link.symlink_to(project_file)
    export_refused(app_home, project_file, "csv", link, "is the project being exported")
    assert link.is_symlink()


def test_a_hard_link_to_the_project_is_refused(project_file, app_home):
    link = project_file.parent / "remiss.csv"
    try:
        os.link(project_file, link)
    except OSError:
        pytest.skip("no hard links on this file system")
    export_refused(app_home, project_file, "csv", link, "is the project being exported")


@posix
def test_a_fifo_is_refused_and_nothing_hangs(project_file, app_home):
    fifo = project_file.parent / "remiss.csv"
    os.mkfifo(fifo)
    export_refused(app_home, project_file, "csv", fifo, "is not a regular file")  # run() times out at 120 s
    assert fifo.exists() and not fifo.is_file()


def test_a_folder_is_refused(project_file, app_home):
    # the command line refused folders before these rules too; now they come from the same place
    folder = project_file.parent / "remiss.pdf"
    folder.mkdir()
    export_refused(app_home, project_file, "pdf", folder, "names a folder", str(folder / "report.pdf"))


def test_another_formats_suffix_is_refused_and_says_which(project_file, app_home):
    # when: `--format pdf -o remiss.csv`
    target = project_file.parent / "remiss.csv"
    # then
    export_refused(app_home, project_file, "pdf", target, "ends in .csv", "--format pdf writes a .pdf file",
                   "use a name ending in .pdf")
    assert not target.exists()


def test_a_name_without_a_suffix_gets_it_and_says_so(project_file, app_home):
    # when
    bare = project_file.parent / "remiss"
    result = run(app_home, "export", project_file, "--format", "pdf", "-o", bare)
    # then
    assert result.returncode == 0, result.stderr
    written = project_file.parent / "remiss.pdf"
    assert f"-o {bare} has no suffix: writing {written}" in result.stdout
    assert f"Wrote {written}:" in result.stdout
    assert written.read_bytes().startswith(b"%PDF") and not bare.exists()


def test_an_upper_case_suffix_is_allowed(project_file, app_home):
    # when
    target = project_file.parent / "REMISS.PDF"
    before = sha256(project_file)
    result = run(app_home, "export", project_file, "--format", "pdf", "-o", target)
    # then
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert sha256(project_file) == before
    assert run(app_home, "check", project_file).returncode == 0


def test_a_re_export_replaces_the_older_export(project_file, app_home):
    # given: an older export of the same format
    target = project_file.parent / "remiss.csv"
    target.write_text("Referens;Anteckning\nD1-001;en äldre export\n", encoding="utf-8-sig")
    before = sha256(project_file)
    # when
    result = run(app_home, "export", project_file, "--format", "csv", "-o", target)
    # then
    assert result.returncode == 0, result.stderr
    assert "en äldre export" not in target.read_text(encoding="utf-8-sig")
    assert sha256(project_file) == before
    assert run(app_home, "check", project_file).returncode == 0
