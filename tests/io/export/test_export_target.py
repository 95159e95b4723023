"""Where an export may be written: never over the project, another project, a database or a folder,
and only under its own format's suffix; an older export of the same format may be replaced."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from dialog_app.io.export import ExportFormat, ExportTargetError, TargetRules, export
from dialog_app.io.export.atomic_file import atomic_output

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX links and special files")
Refused = ExportTargetError


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(make_project_file) -> Path:
    """A closed project, ``export.dialog``, in its own folder."""
    return make_project_file("export")


def refusal(rules: TargetRules, target: Path) -> str:
    with pytest.raises(ExportTargetError) as caught:
        rules.check(target)
    assert caught.value.path == target and caught.value.suffix == rules.suffix
    return caught.value.reason


# --- the project being exported ------------------------------------------------------------------


@pytest.mark.parametrize("sidecar", ["", "-wal", "-shm", "-journal"])
def test_the_project_and_its_working_files_are_refused_whether_there_or_not(project, sidecar):
    # given: the -wal and -shm are there while it is open, the -journal only during a write
    target = project.with_name(project.name + sidecar)
    if sidecar in ("-wal", "-shm"):
        target.write_bytes(b"")
    # then
    assert refusal(TargetRules(".csv", project), target) == Refused.THIS_PROJECT


def test_the_project_spelled_another_way_is_refused(project):
    # given: a detour through a folder and back
    (project.parent / "sub").mkdir()
    detour = project.parent / "sub" / ".." / project.name
    # then
    assert refusal(TargetRules(".pdf", project), detour) == Refused.THIS_PROJECT
    assert refusal(TargetRules(".pdf", project.parent / "sub" / ".." / project.name), project) == Refused.THIS_PROJECT


def test_the_project_in_other_letter_case_is_refused(project):
    # on a case-insensitive disk it is the same file; on any disk it is a project's name
    upper = project.with_name(project.name.upper())
    assert refusal(TargetRules(".pdf", project), upper) in (Refused.THIS_PROJECT, Refused.PROJECT)


@posix
def test_a_symlink_to_the_project_is_refused_even_with_the_formats_suffix(project):
    # given
    link = project.parent / "remiss.pdf"
    link.symlink_to(project)
    # then
    assert refusal(TargetRules(".pdf", project), link) == Refused.THIS_PROJECT


@posix
def test_a_symlink_to_a_working_file_not_there_yet_is_refused(project):
    link = project.parent / "remiss.pdf"
    link.symlink_to(project.name + "-journal")
    assert refusal(TargetRules(".pdf", project), link) == Refused.THIS_PROJECT


def test_a_hard_link_to_the_project_is_refused(project):
    # given
    link = project.parent / "remiss.csv"
    try:
        os.link(project, link)
    except OSError:
        pytest.skip("no hard links on this file system")
    # then
    assert refusal(TargetRules(".csv", project), link) == Refused.THIS_PROJECT


# --- other projects and databases ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["other.dialog", "OTHER.Dialog", "other.dialog-wal", "other.dialog-shm",
                                  "other.dialog-journal"])
def test_another_projects_name_is_refused_whether_there_or_not(project, name):
    assert refusal(TargetRules(".pdf", project), project.parent / name) == Refused.PROJECT


@pytest.mark.parametrize("name", ["data.db-wal", "data.sqlite-SHM", "data.db-journal"])
def test_a_databases_working_file_is_refused(project, name):
    assert refusal(TargetRules(".pdf", project), project.parent / name) == Refused.DATABASE


def test_a_project_renamed_to_look_like_an_export_is_refused(project, make_project_file):
    # given: another project, copied under an export's name
    disguised = project.parent / "remiss.pdf"
    shutil.copy(make_project_file("other"), disguised)
    # then
    assert refusal(TargetRules(".pdf", project), disguised) == Refused.PROJECT


def test_a_plain_sqlite_database_is_refused(project):
    # given
    database = project.parent / "register.csv"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    # then
    assert refusal(TargetRules(".csv", project), database) == Refused.DATABASE


@posix
def test_a_symlink_named_like_an_export_to_another_project_is_refused(project, make_project_file):
    link = project.parent / "remiss.csv"
    link.symlink_to(make_project_file("other"))
    assert refusal(TargetRules(".csv", project), link) == Refused.PROJECT


# --- what is not a file --------------------------------------------------------------------------


def test_a_folder_is_refused_even_under_an_exports_name(project):
    folder = project.parent / "remiss.pdf"
    folder.mkdir()
    assert refusal(TargetRules(".pdf", project), folder) == Refused.FOLDER


@posix
def test_a_fifo_is_refused_without_being_opened(project):
    fifo = project.parent / "remiss.csv"
    os.mkfifo(fifo)
    assert refusal(TargetRules(".csv", project), fifo) == Refused.NOT_A_FILE  # a read would hang here


@posix
def test_a_device_is_refused():
    assert refusal(TargetRules(".csv"), Path("/dev/null")) == Refused.NOT_A_FILE


# --- suffixes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["remiss.csv", "remiss.docx", "remiss.txt", "remiss.pdf.csv"])
def test_another_suffix_is_refused_never_corrected(project, name):
    # when
    rules = TargetRules(".pdf", project)
    # then
    assert refusal(rules, project.parent / name) == Refused.WRONG_SUFFIX
    with pytest.raises(ExportTargetError):
        rules.final_path(project.parent / name)


def test_the_suffix_is_compared_without_case(project):
    TargetRules(".pdf", project).check(project.parent / "REMISS.PDF")


def test_a_bare_name_is_refused_by_check_and_given_the_suffix_by_final_path(project):
    # given
    rules = TargetRules(".pdf", project)
    bare = project.parent / "remiss"
    # then
    assert refusal(rules, bare) == Refused.NO_SUFFIX
    assert rules.final_path(bare) == project.parent / "remiss.pdf"
    assert rules.final_path(project.parent / "remiss.pdf") == project.parent / "remiss.pdf"


def test_a_bare_name_that_is_a_folder_stays_a_folder(project):
    # a folder is refused as such, not turned into "folder.pdf" beside it
    (project.parent / "remisser").mkdir()
    with pytest.raises(ExportTargetError) as caught:
        TargetRules(".pdf", project).final_path(project.parent / "remisser")
    assert caught.value.reason == Refused.FOLDER


def test_a_bare_name_is_checked_again_with_its_suffix(project):
    # "other" becomes "other.dialog": still a project's name, still refused
    with pytest.raises(ExportTargetError) as caught:
        TargetRules(".dialog", project).final_path(project.parent / "other")
    assert caught.value.reason == Refused.PROJECT


def test_an_older_export_of_the_same_format_may_be_replaced(project):
    # given
    older = project.parent / "remiss.csv"
    older.write_text("Referens;Anteckning\n", encoding="utf-8-sig")
    # then: no error
    TargetRules(".csv", project).check(older)
    assert TargetRules(".csv", project).final_path(older) == older


# --- export() and atomic_output ask the same rules -----------------------------------------------


def test_export_refuses_the_project_itself_and_leaves_it_unchanged(exported):
    # given
    before = sha256(exported.path)
    # when
    with pytest.raises(ExportTargetError) as caught:
        export(exported.project, "csv", exported.path)
    # then
    assert caught.value.reason == Refused.THIS_PROJECT
    assert sha256(exported.path) == before
    assert exported.project.check() == []


def test_export_refuses_a_wrong_suffix_and_writes_nothing(exported, tmp_path):
    # when
    with pytest.raises(ExportTargetError):
        export(exported.project, "pdf", tmp_path / "remiss.csv")
    # then
    assert not (tmp_path / "remiss.csv").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


@posix
def test_a_target_turned_into_the_project_while_writing_is_refused_at_the_rename(project):
    # given: while the export is written, someone puts a link to the project where it goes
    before = sha256(project)
    target = project.parent / "remiss.csv"
    # when
    with pytest.raises(ExportTargetError) as caught:
        with atomic_output(target, TargetRules(".csv", project)) as stream:
            stream.write(b"Referens;Anteckning\n")
            target.symlink_to(project)
    # then: nothing replaced, nothing left behind
    assert caught.value.reason == Refused.THIS_PROJECT
    assert target.is_symlink() and sha256(project) == before
    assert sorted(p.name for p in project.parent.iterdir()) == ["export.dialog", "remiss.csv"]


def test_export_checks_before_reading_the_project(exported, tmp_path, monkeypatch):
    # a refused target costs no gathering: the writer is never even looked up
    monkeypatch.setattr(ExportFormat, "writer", lambda self: pytest.fail("the writer was asked for"))
    with pytest.raises(ExportTargetError):
        export(exported.project, "qdpx", tmp_path / "other.dialog")
