"""A file received from someone else is checked before anything in it is used.

Each test is a way a received project (or what lies beside it) lost or destroyed notes with the
WAL-mode store: a trigger that swallowed saved notes, a view for a table, a -wal of another
database applied into the project, a journal that makes SQLite delete a file it names.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from dialog_app.core.errors import ForeignSchemaError
from dialog_app.core.project import Project
from dialog_app.core.store import backups, integrity
from dialog_app.core.store.opening import NoticeKind
from dialog_app.core.store.sidecars import JOURNAL_MAGIC, journal_of, wal_of

REPO = Path(__file__).resolve().parents[3]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(home: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dialog_app", *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env={**__import__("os").environ, "DIALOG_APP_HOME": str(home)})


@pytest.fixture
def received(tmp_path) -> Path:
    """A project with a dialogue and three notes, as a colleague would mail it."""
    path = tmp_path / "från kollegan.dialog"
    with Project.create(path) as project:
        meeting = project.dialogues.create("Dialogmöte i Sollefteå")
        for text in ("Bredband på landsbygden", "Fler e-tjänster", "Digital kompetens för äldre"):
            project.notes.add(meeting.id, text)
    return path


def tamper(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(";".join(statements))
    connection.close()


FOREIGN_OBJECTS = {
    "a trigger that swallows new notes": (
        "CREATE TRIGGER keep_out BEFORE INSERT ON note BEGIN SELECT RAISE(IGNORE); END",
        "trigger keep_out on note"),
    "a trigger that deletes every note": (
        "CREATE TRIGGER wipe AFTER INSERT ON note BEGIN DELETE FROM note; END", "trigger wipe on note"),
    "an extra table": ("CREATE TABLE exfiltrate (x TEXT)", "table exfiltrate"),
    "an extra index": ("CREATE INDEX ix_extra ON note (text)", "index ix_extra on note"),
}


@pytest.mark.parametrize("statement, named", FOREIGN_OBJECTS.values(), ids=list(FOREIGN_OBJECTS))
@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_a_file_with_schema_objects_of_its_own_is_refused_untouched(received, statement, named, read_only, app_home):
    # given a project someone added a trigger, table or index to
    tamper(received, statement)
    before = sha(received)
    # when it is opened
    with pytest.raises(ForeignSchemaError) as refused:
        Project.open(received, read_only=read_only)
    # then the refusal names what is foreign; the file, its folder and the backup folder are untouched
    assert named in refused.value.foreign
    assert sha(received) == before
    assert [p.name for p in received.parent.iterdir()] == [received.name]
    assert not backups.folder_for(received).exists()


def test_a_view_in_place_of_the_note_table_is_refused_and_named_by_check(received, app_home):
    # given the note table replaced by a view that shows nothing
    tamper(received, "PRAGMA foreign_keys=OFF", "ALTER TABLE note RENAME TO note_real",
           "CREATE VIEW note AS SELECT * FROM note_real WHERE 0")
    # when opened, and checked on the command line
    with pytest.raises(ForeignSchemaError) as refused:
        Project.open(received)
    result = run(app_home, "check", received)
    # then
    assert "view note" in refused.value.foreign and "table note" in refused.value.missing
    assert result.returncode == 1
    assert "did not create" in result.stderr and "view note" in result.stderr
    assert len(result.stderr.splitlines()) == 2  # what is foreign, what is missing
    assert "***" not in result.stderr and "sqlite" not in result.stderr.lower()


def test_add_note_on_the_command_line_refuses_a_file_with_a_trigger(received, app_home):
    tamper(received, FOREIGN_OBJECTS["a trigger that swallows new notes"][0])
    before = sha(received)
    result = run(app_home, "add-note", received, "Sparas inte", "--dialogue", "Dialogmöte i Sollefteå")
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert "did not create" in result.stderr
    assert sha(received) == before


def test_projects_created_under_other_hash_seeds_are_accepted(tmp_path, app_home):
    # given projects created by processes whose constraint order differs (PYTHONHASHSEED)
    paths = []
    for seed in ("1", "2", "3"):
        path = tmp_path / f"seed{seed}.dialog"
        env = {**__import__("os").environ, "DIALOG_APP_HOME": str(app_home), "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "dialog_app", "new", str(path)], cwd=REPO, env=env, check=True,
                       capture_output=True, timeout=120)
        paths.append(path)
    # then each opens and checks sound
    for path in paths:
        with Project.open(path) as project:
            assert project.notes.count() == 0
        assert integrity.check(path) == []


# --- files beside the project ------------------------------------------------------------------


def wal_of_another_database(folder: Path) -> Path:
    """The -wal of a WAL-mode database whose committed frames are not yet in it (a crash)."""
    other = folder / "annan.db"
    writer = sqlite3.connect(other, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    reader = sqlite3.connect(other)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM note").fetchone()  # holds back every checkpoint
    writer.executemany("INSERT INTO note (text) VALUES (?)", [("främmande " * 40,)] * 200)
    copy = folder / "kvarlämnad-wal"
    shutil.copyfile(wal_of(other), copy)
    reader.close()
    writer.close()
    return copy


def test_a_wal_of_another_database_beside_the_project_is_set_aside_not_applied(received, tmp_path, app_home):
    # given a project copied over a crashed one whose -wal is still beside it
    stray = wal_of_another_database(tmp_path)
    shutil.copyfile(stray, wal_of(received))
    stray_bytes = stray.read_bytes()
    # when it is opened for editing
    with Project.open(received) as project:
        texts = sorted(n.text for n in project.notes.list())
        notices = project.notices
    # then the notes are as they were, the WAL is kept (whole) in the backup folder, and it says where
    assert texts == ["Bredband på landsbygden", "Digital kompetens för äldre", "Fler e-tjänster"]
    (set_aside,) = [n for n in notices if n.kind == NoticeKind.SIDECAR_SET_ASIDE]
    assert set_aside.path.parent == backups.folder_for(received) / "set-aside"
    assert set_aside.path.read_bytes() == stray_bytes
    assert not wal_of(received).exists()
    assert integrity.check(received) == []


def test_check_reports_a_stray_wal_and_changes_nothing(received, tmp_path, app_home):
    shutil.copyfile(wal_of_another_database(tmp_path), wal_of(received))
    before = (sha(received), sha(wal_of(received)))
    result = run(app_home, "check", received)
    assert result.returncode == 1
    assert "belongs to another database" in result.stderr
    assert (sha(received), sha(wal_of(received))) == before


def hostile_journal(project: Path, victim: Path) -> None:
    """A -journal beside ``project`` that names ``victim`` as its super-journal: SQLite, finding it
    hot, would open the victim, find no child journal pointing back, and delete it."""
    name = str(victim).encode()
    header = JOURNAL_MAGIC + struct.pack(">IIIII", 0, 7, 1, 512, 4096)
    body = header.ljust(512, b"\0")
    checksum = sum(name) & 0xFFFFFFFF
    record = struct.pack(">I", (0x40000000 // 4096) + 1) + name + struct.pack(">II", len(name), checksum) + JOURNAL_MAGIC
    journal_of(project).write_bytes(body + record)


@pytest.mark.parametrize("how", ["edit", "read-only", "check", "info"])
def test_a_journal_naming_another_file_never_gets_that_file_deleted(received, tmp_path, app_home, how):
    # given a mailed project with a journal beside it that names the user's own document
    victim = tmp_path / "Strategiutkast.docx"
    victim.write_bytes(b"PK\x03\x04 the region's draft strategy")
    hostile_journal(received, victim)
    # when the project is opened, read or checked
    if how in ("edit", "read-only"):
        with Project.open(received, read_only=how == "read-only") as project:
            assert project.notes.count() == 3
            kinds = [n.kind for n in project.notices]
        assert NoticeKind.SIDECAR_SET_ASIDE in kinds
    else:
        result = run(app_home, how, received)
        assert result.returncode == (1 if how == "check" else 0), result.stderr
    # then the document is still there, whole
    assert victim.read_bytes() == b"PK\x03\x04 the region's draft strategy"
