"""Restoring a backup puts it in place of the project, and what was there before is kept too.

A writer restores yesterday's backup after a bad afternoon, then finds that the afternoon held
something after all: restoring the backup taken just before brings it back. A damaged project
is kept byte for byte; a file that is no sound backup is never put in place.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dialog_app.core import project_files
from dialog_app.core.errors import ProjectInUseError
from dialog_app.core.project import Project
from dialog_app.core.store import backups
from dialog_app.core.store.identity import SCHEMA_VERSION, read_identity
from tests.core.store_fixtures import fingerprint, listing, noted, notes_in, run, schema_1_project  # noqa: F401


def afternoon(path: Path) -> dict[str, str]:
    """The project opened (so backed up), then three notes added; returns the notes after."""
    with Project.open(path) as project:
        for text in ("Eftermiddagens första", "Eftermiddagens andra", "Eftermiddagens tredje"):
            project.notes.add(project.dialogues.list()[0].id, text)
    return notes_in(path)


def backup_state(path: Path) -> dict[str, str]:
    folder = backups.folder_for(path)
    return {p.name: fingerprint(p) for p in folder.rglob("*") if p.is_file()}


def test_restoring_by_number_brings_back_the_backup_and_keeps_the_state_before(noted, app_home):
    # given a project backed up in the morning, with notes added in the afternoon
    path, morning = noted
    after = afternoon(path)
    # when the morning's backup (number 1, the newest) is restored
    result = run(app_home, "restore", path, "1")
    # then the project holds the morning's notes; the afternoon's state is the newest backup
    assert result.returncode == 0, result.stderr
    assert notes_in(path) == morning
    newest = backups.list_backups(path)[0]
    assert (newest.reason, newest.notes) == ("before-restore", len(after))
    assert f"Kept the state before the restore: {newest.path}" in result.stdout
    # and restoring that one, by its file, brings the afternoon back
    again = run(app_home, "restore", path, newest.path)
    assert again.returncode == 0, again.stderr
    assert notes_in(path) == after
    with Project.open(path) as project:
        assert project.notes.count() == len(after)


def damaged_copy(source: Path, folder: Path) -> Path:
    path = folder / "trasig.dialog"
    data = bytearray(source.read_bytes())
    data[len(data) // 2: len(data) // 2 + 8192] = b"\xde\xad" * 4096
    path.write_bytes(bytes(data))
    return path


def not_a_project(_source: Path, folder: Path) -> Path:
    path = folder / "anteckningar.dialog"
    path.write_text("Inte en säkerhetskopia\n", encoding="utf-8")
    return path


def with_a_trap(source: Path, folder: Path) -> Path:
    path = Path(shutil.copy(source, folder / "med-utlösare.dialog"))
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TRIGGER wipe AFTER INSERT ON note BEGIN DELETE FROM note; END")
    connection.close()
    return path


@pytest.mark.parametrize("make", [damaged_copy, not_a_project, with_a_trap], ids=["damaged", "text", "trigger"])
def test_a_backup_that_is_not_sound_is_refused_and_nothing_changes(noted, tmp_path, app_home, make):
    # given
    path, notes = noted
    Project.open(path).close()
    offered = make(backups.list_backups(path)[0].path, tmp_path)
    before, kept = fingerprint(path), backup_state(path)
    # when
    result = run(app_home, "restore", path, offered)
    # then: one line in words; the project, its folder and its backups as they were
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "damaged or not a dialog_app project" in line and "Traceback" not in line
    assert fingerprint(path) == before and listing(path.parent) == [path.name]
    assert backup_state(path) == kept


@pytest.fixture
def record_connections(monkeypatch) -> list[str]:
    """Every file SQLite is asked to open, as the name or URI it is given."""
    opened: list[str] = []
    connect = sqlite3.connect

    def recording(database, *args, **kwargs):
        opened.append(str(database))
        return connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", recording)
    return opened


@pytest.mark.parametrize("damage", ["truncated", "garbled"])
def test_restoring_over_a_damaged_project_keeps_its_bytes_and_never_writes_it(noted, record_connections, damage):
    # given a backup, and then the project damaged
    path, notes = noted
    Project.open(path).close()
    (good,) = backups.list_backups(path)
    data = path.read_bytes()
    damaged = data[: len(data) // 2 + 100] if damage == "truncated" else damaged_copy(path, path.parent).read_bytes()
    path.write_bytes(damaged)
    (path.parent / "trasig.dialog").unlink(missing_ok=True)
    record_connections.clear()
    # when
    restored = project_files.restore(path, good.path)
    during = [c for c in record_connections if path.name in c or path.as_uri() in c]
    # then: the damaged bytes kept as they were, the project the backup; SQLite never wrote them
    assert restored.current_was_damaged
    assert restored.current_kept_as.name.endswith("-damaged.dialog")
    assert restored.current_kept_as.read_bytes() == damaged
    assert notes_in(path) == notes
    if damage == "truncated":
        assert during == []  # refused by its header: SQLite never saw it
    else:  # looked at to judge it, read-only and without locks, which writes nothing
        assert during and all(c.endswith("?mode=ro&immutable=1") for c in during)


def test_restoring_while_the_project_is_open_elsewhere_is_refused(noted, app_home):
    # given
    path, notes = noted
    Project.open(path).close()
    (good,) = backups.list_backups(path)
    with Project.open(path) as project:
        project.notes.add(project.dialogues.list()[0].id, "Medan någon annan har det öppet")
        before = fingerprint(path)
        # when
        with pytest.raises(ProjectInUseError):
            project_files.restore(path, good.path)
        result = run(app_home, "restore", path, "1")
        # then
        assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
        assert "open for editing" in result.stderr
        assert fingerprint(path) == before
    assert len(notes_in(path)) == len(notes) + 1


def test_a_backup_of_an_older_schema_is_restored_and_upgraded_when_next_opened(tmp_path):
    # given a project of schema 1, upgraded on opening (after a backup of it as it was)
    path = tmp_path / "våren 2024.dialog"
    note = schema_1_project(path)
    with Project.open(path) as project:
        project.notes.add(project.dialogues.list()[0].id, "Skriven efter uppgraderingen")
    (old,) = [b for b in backups.list_backups(path) if b.reason == "before-upgrade"]
    assert old.schema_version == 1
    # when that backup is restored
    restored = project_files.restore(path, old.path)
    # then the project is the schema-1 file again, and the next opening upgrades it
    assert read_identity(path).schema_version == 1
    assert restored.current_kept_as is not None and not restored.current_was_damaged
    with Project.open(path) as project:
        texts = [n.text for n in project.notes.list()]
        kinds = [n.kind.value for n in project.notices]
    assert texts == ["Fiber till varje by"] and note.replace("-", "") in notes_in(path)
    assert kinds == ["upgraded"]
    assert read_identity(path).schema_version == SCHEMA_VERSION
