"""A -wal or -journal lying beside a project is applied only when it is the project's own.

SQLite plays back whatever journal or WAL it finds beside a database, whichever file it came
from. People copy a project over a crashed one and leave the crash's files beside it; a file
from a stranger may come with a journal that names another file for SQLite to delete.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dialog_app.core.paths import app_dirs
from dialog_app.core.project import Project
from tests.core.store_fixtures import noted  # noqa: F401 - the fixture
from tests.core.store_fixtures import (
    SQLITE_INTERNALS, cut_short, fingerprint, in_words, legacy_wal_project, listing, name_a_super_journal, notes_in,
    open_in_a_child, project_with_notes, run, set_aside_folder, sidecar, sidecars,
)

HUNG = 20  # seconds: a refusal is immediate; this long means it waited on a pipe


def notices(project: Project) -> list[tuple[str, Path | None]]:
    return [(notice.kind.value, notice.path) for notice in project.notices]


def open_notes(path: Path, read_only: bool = False) -> tuple[dict[str, str], Project]:
    """The notes a person sees on opening, and the project, closed again (its notices stay)."""
    with Project.open(path, read_only=True) if read_only else Project.open(path) as project:
        return {n.id.hex: n.text for n in project.notes.list()}, project


def wal_of_another_database(folder: Path) -> Path:
    """A -wal of some other program's database, with frames not yet checkpointed, same page size."""
    other = folder / "kalender.db"
    connection = sqlite3.connect(other, isolation_level=None)
    connection.execute("PRAGMA page_size=4096")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("CREATE TABLE event (title TEXT)")
    for n in range(200):
        connection.execute("INSERT INTO event VALUES (?)", (f"Möte {n} " * 20,))
    wal = folder / "kalender.db-wal-copy"
    shutil.copyfile(sidecar(other, "-wal"), wal)
    connection.close()
    return wal


def wal_of_an_old_dialog_app_project(folder: Path) -> Path:
    old, _notes = legacy_wal_project(folder / "gammalt")
    return sidecar(old, "-wal")


WALS = [
    pytest.param(wal_of_another_database, id="another-database"),
    pytest.param(wal_of_an_old_dialog_app_project, id="old-dialog_app-project"),
]


def copied_over_a_crash(noted, make_wal) -> tuple[Path, dict[str, str], str]:
    """The project copied over a crashed file whose -wal was left beside it."""
    path, notes = noted
    wal = make_wal(path.parent.parent)
    shutil.copyfile(wal, sidecar(path, "-wal"))
    return path, notes, fingerprint(wal)


# --- (a) a WAL that is not the project's -----------------------------------------------------------


@pytest.mark.parametrize("make_wal", WALS)
def test_a_foreign_wal_beside_a_project_is_set_aside_not_applied(noted, make_wal, app_home):
    # given
    path, notes, wal_print = copied_over_a_crash(noted, make_wal)
    # when
    found, opened = open_notes(path)
    # then: the notes are as they were, the WAL kept whole in the backup folder, and the user told
    assert found == notes
    assert sidecars(path) == []
    (kept,) = set_aside_folder(path).iterdir()
    assert fingerprint(kept) == wal_print
    assert ("sidecar_set_aside", kept) in notices(opened)
    assert run(app_home, "check", path).returncode == 0


# --- (b) a file of dialog_app 0.1, with its own notes still in its -wal ---------------------------------


def test_a_file_of_dialog_app_0_1_opens_with_every_note_and_is_converted(tmp_path, app_home):
    # given a WAL-mode file whose newest notes are only in its -wal
    path, every_note = legacy_wal_project(tmp_path)
    # when
    found, opened = open_notes(path)
    # then: every note, the WAL written into the file, and the file in rollback-journal mode
    assert found == every_note and len(found) == 36
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert sidecars(path) == []
    assert notes_in(path) == every_note  # the file alone holds them now
    assert [kind for kind, _ in notices(opened)] == ["old_wal_finished"]
    assert run(app_home, "check", path).returncode == 0


def test_reading_a_file_of_dialog_app_0_1_shows_every_note_and_changes_nothing(tmp_path):
    # given
    path, every_note = legacy_wal_project(tmp_path)
    before = (fingerprint(path), fingerprint(sidecar(path, "-wal")))
    # when
    found, _opened = open_notes(path, read_only=True)
    # then
    assert found == every_note
    assert (fingerprint(path), fingerprint(sidecar(path, "-wal"))) == before


# --- (c) a journal that names a super-journal --------------------------------------------------------


@pytest.fixture
def hostile(tmp_path) -> tuple[Path, Path, str]:
    """A crashed project whose journal names a file of the user's for SQLite to delete."""
    path = cut_short(tmp_path / "mottaget")
    victim = tmp_path / "Minnesanteckningar från styrgruppen.txt"
    victim.write_text("Styrgruppen beslutade att gå vidare med förstudien.\n", encoding="utf-8")
    name_a_super_journal(sidecar(path, "-journal"), victim)
    return path, victim, fingerprint(sidecar(path, "-journal"))


def test_opening_for_editing_never_deletes_the_file_a_journal_names(hostile):
    # given
    path, victim, journal_print = hostile
    # when
    found, opened = open_notes(path)
    # then: the victim is there; the journal went to the backup folder, whole; the project opened
    assert victim.exists()
    assert len(found) == 50
    assert sidecars(path) == []
    (kept,) = set_aside_folder(path).iterdir()
    assert fingerprint(kept) == journal_print
    assert ("sidecar_set_aside", kept) in notices(opened)


def test_reading_never_deletes_the_file_a_journal_names(hostile):
    # given
    path, victim, journal_print = hostile
    before = fingerprint(path)
    # when
    found, opened = open_notes(path, read_only=True)
    # then: nothing changed, and the journal was reported, not applied
    assert victim.exists()
    assert len(found) == 50
    assert (fingerprint(path), fingerprint(sidecar(path, "-journal"))) == (before, journal_print)
    assert ("sidecar_set_aside", sidecar(path, "-journal")) in notices(opened)


@pytest.mark.parametrize(("command", "status"), [("check", 1), ("info", 0)])
def test_check_and_info_never_delete_the_file_a_journal_names(hostile, app_home, command, status):
    # given
    path, victim, journal_print = hostile
    before, names = fingerprint(path), listing(path.parent)
    # when
    result = run(app_home, command, path)
    # then
    assert result.returncode == status, result.stderr
    assert victim.exists()
    assert (fingerprint(path), fingerprint(sidecar(path, "-journal"))) == (before, journal_print)
    assert listing(path.parent) == names


# --- (d) a crashed journal of another project ----------------------------------------------------


def another_project_made_the_same_way(folder: Path) -> Path:
    """Made with the same steps as the crashed one, so its change counter is the journal's and its
    pages lie at the same places."""
    path = folder / "vår.dialog"
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte med civilsamhället")
        project.notes.import_many({"dialogue_id": dialogue.id, "text": f"Vår anteckning!!, nr {i}"}
                                  for i in range(50))
    return path


def another_project(folder: Path) -> Path:
    path = folder / "vår.dialog"
    project_with_notes(path, 12, word="Vår anteckning!!")
    return path


@pytest.mark.parametrize(("make_ours", "adding_notes"), [
    (another_project, False), (another_project_made_the_same_way, False), (another_project_made_the_same_way, True),
], ids=["different", "same-steps", "same-steps-cut-short-adding-notes"])
def test_a_crashed_journal_of_another_project_is_set_aside(tmp_path, app_home, make_ours, adding_notes):
    # given our project, and beside it the -journal of another project's crash
    ours = make_ours(tmp_path / "ours")
    crashed = cut_short(tmp_path / "theirs", word="Deras anteckning", adding_notes=adding_notes)
    journal_print = fingerprint(sidecar(crashed, "-journal"))
    shutil.copyfile(sidecar(crashed, "-journal"), sidecar(ours, "-journal"))
    notes = notes_in(ours)
    # when
    with Project.open(ours) as project:
        found = {n.id.hex: n.text for n in project.notes.list()}
        hits = {h.id.hex for h in project.search.search("Vår anteckning", limit=None)}
    # then: our notes, all found by search; the journal kept whole in the backup folder
    assert found == notes
    assert hits == set(notes)
    (kept,) = set_aside_folder(ours).iterdir()
    assert fingerprint(kept) == journal_print
    assert ("sidecar_set_aside", kept) in notices(project)
    assert run(app_home, "check", ours).returncode == 0


# --- (e) check says all this in words, and changes nothing -----------------------------------------


@pytest.mark.parametrize(("make", "words"), [
    ("foreign-wal", "a.dialog-wal beside the file belongs to another database"),
    ("super-journal", "a.dialog-journal beside the file names another file for SQLite to delete"),
])
def test_check_reports_what_lies_beside_the_file_in_words(tmp_path, app_home, make, words):
    # given
    path = tmp_path / "a.dialog"
    if make == "foreign-wal":
        project_with_notes(path, 5)
        shutil.copyfile(wal_of_another_database(tmp_path), sidecar(path, "-wal"))
    else:
        crashed = cut_short(tmp_path / "crash")
        shutil.move(crashed, path)
        shutil.move(sidecar(crashed, "-journal"), sidecar(path, "-journal"))
        name_a_super_journal(sidecar(path, "-journal"), tmp_path / "victim.txt")
        (tmp_path / "victim.txt").write_text("kvar", encoding="utf-8")
    before = {name: fingerprint(tmp_path / name) for name in listing(tmp_path) if (tmp_path / name).is_file()}
    # when
    result = run(app_home, "check", path)
    # then
    assert result.returncode == 1
    assert words in result.stderr
    for internal in SQLITE_INTERNALS:
        assert internal not in in_words(result.stdout + result.stderr, path)
    assert {name: fingerprint(tmp_path / name) for name in listing(tmp_path)
            if (tmp_path / name).is_file()} == before
    assert not app_dirs().backups.exists()


# --- a pipe or a folder under a sidecar's name ---------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="no named pipes in the file system")
@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm"])
@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_pipe_or_folder_beside_the_project_is_refused_at_once(noted, app_home, kind, suffix):
    # given a received folder where something that is no file bears a sidecar's name
    path, _notes = noted
    odd = sidecar(path, suffix)
    os.mkfifo(odd) if kind == "pipe" else odd.mkdir()
    before, names = fingerprint(path), listing(path.parent)
    # when the project is read, checked or opened (in a child: the test outlives a hang)
    try:
        commands = [run(app_home, command, path, timeout=HUNG) for command in ("info", "check")]
        opened = [open_in_a_child(app_home, path, read_only, timeout=HUNG) for read_only in (False, True)]
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"{hung.cmd} waited on the {kind} beside the project instead of refusing it")
    # then each refuses at once, naming it, in one line, and nothing changed
    for result in commands:
        assert result.returncode == 1
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"dialog-app: error: {odd}: ")
    for result in opened:
        assert result.returncode == 1 and result.stdout.startswith(f"NotAProjectError {odd}: ")
    assert (fingerprint(path), listing(path.parent)) == (before, names)
