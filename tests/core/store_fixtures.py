"""Project files in the states the store meets in the field, and the small checks the store tests share.

A project with notes, one whose write a crash cut short (its ``-journal`` beside it), one written
by dialog_app 0.1 (WAL mode, notes still in its own ``-wal``), one at schema 1. Each is built with
real SQLite on disk. Only ``Project`` and plain sqlite3 are used at import time, so that these
tests also run against the WAL-mode store they replaced (and show what it got wrong there).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from dialog_app.core.project import Project
from tests.core import older_projects

REPO = Path(__file__).resolve().parents[2]
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # SQLite's rollback journal magic (sqlite.org/fileformat.html)
APPLICATION_ID = 0x44_4C_47_31
SQLITE_INTERNALS = ("***", "btreeInitPage", "malformed", "sqlite", "Traceback")


# --- looking at files ----------------------------------------------------------------------------


def run(home: Path, *args: object, timeout: float = 120, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    """The real ``dialog-app`` in a fresh interpreter, with its own app folders, from this checkout."""
    env = {**os.environ, "DIALOG_APP_HOME": str(home), "PYTHONUTF8": "1", **(env or {})}
    env.pop("DIALOG_APP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "dialog_app", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout, cwd=REPO,
    )


OPEN_AS_THE_WINDOW_DOES = (
    "import sys\n"
    "from dialog_app.core.errors import ProjectFileError\n"
    "from dialog_app.core.project import Project\n"
    "try:\n"
    "    Project.open(sys.argv[1], read_only=True) if sys.argv[2] == 'read-only' else Project.open(sys.argv[1])\n"
    "except ProjectFileError as error:\n"
    "    print(type(error).__name__, error)\n"
    "    sys.exit(1)\n"
)


def open_in_a_child(home: Path, path: Path, read_only: bool, timeout: float) -> subprocess.CompletedProcess[str]:
    """``Project.open`` as the window calls it, in a fresh interpreter: a test survives it hanging."""
    env = {**os.environ, "DIALOG_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", OPEN_AS_THE_WINDOW_DOES, str(path),
                           "read-only" if read_only else "edit"],
                          capture_output=True, text=True, env=env, timeout=timeout, cwd=REPO)


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def sidecars(path: Path) -> list[str]:
    return [path.name + s for s in SIDECAR_SUFFIXES if sidecar(path, s).exists()]


def listing(folder: Path) -> list[str]:
    """Every name in a folder, hidden ones too (the writer lock is ``.NAME.lock``)."""
    return sorted(p.name for p in folder.iterdir())


def notes_in(path: Path) -> dict[str, str]:
    """Every note's text by id, read from the file alone: ``immutable`` ignores anything beside it."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {uuid.UUID(i).hex: text for i, text in connection.execute("SELECT id, text FROM note")}
    finally:
        connection.close()


def set_aside_folder(project: Path) -> Path:
    """Where opening moves a -wal or -journal that does not belong to the project."""
    from dialog_app.core.store import backups  # the new store only

    return backups.folder_for(project) / "set-aside"


def in_words(output: str, *paths: Path) -> str:
    """Output with the file names taken out: a temporary folder's name is no one's wording."""
    for path in paths:
        output = output.replace(str(path), "PATH")
    return output


# --- building files ------------------------------------------------------------------------------


def project_with_notes(path: Path, count: int, word: str = "Anteckning") -> dict[str, str]:
    """A closed project of one dialogue and ``count`` notes; returns the notes' texts by id."""
    with Project.create(path) as project:
        meeting = project.dialogues.create("Dialogmöte om digital vård")
        for n in range(count):
            project.notes.add(meeting.id, f"{word} {n}: fler e-tjänster i glesbygden")
    return notes_in(path)


def add_note_row(connection: sqlite3.Connection, text: str) -> str:
    """A note written with plain SQL, as another tool (or dialog_app 0.1) would: its row and index entry."""
    (dialogue,) = connection.execute("SELECT id FROM dialogue LIMIT 1").fetchone()
    (seq,) = connection.execute("SELECT coalesce(max(seq), 0) + 1 FROM note").fetchone()
    note = uuid.uuid4().hex
    connection.execute(
        "INSERT INTO note (id, seq, dialogue_id, kind, text, votes, key_quote, status, created_at, updated_at, "
        "captured_by, source_kind) VALUES (?, ?, ?, 'statement', ?, 0, 0, 'captured', '2025-11-04 10:00:00', "
        "'2025-11-04 10:00:00', 'anna', 'typed')", (note, seq, dialogue, text))
    connection.execute("INSERT INTO note_fts(rowid, text) VALUES (?, ?)", (seq, text))
    return note


def cut_short(folder: Path, name: str = "crashed", notes: int = 50, word: str = "Sparad före",
              adding_notes: bool = False) -> Path:
    """A project as a kill in the middle of a commit leaves it: some new pages already in the file,
    the old ones in the -journal beside it (as in tests/core/test_crash_safety.py). The write cut
    short fills the search index, or, ``adding_notes``, adds notes."""
    folder.mkdir(parents=True, exist_ok=True)
    original = folder / f".{name}-original.dialog"
    with Project.create(original) as project:
        dialogue = project.dialogues.create("Dialogmöte med civilsamhället")
        project.notes.import_many({"dialogue_id": dialogue.id, "text": f"{word}, nr {i}"} for i in range(notes))
    writer = sqlite3.connect(original, isolation_level=None)
    writer.execute("PRAGMA journal_mode=DELETE")  # already so in the new store; the WAL-mode store needs it
    writer.execute("PRAGMA cache_size=10")  # a small cache: the write spills pages into the file
    writer.execute("BEGIN IMMEDIATE")
    for i in range(300 if adding_notes else 400):
        if adding_notes:
            add_note_row(writer, f"Halvskriven anteckning nr {i} " * 3)
        else:
            writer.execute("INSERT INTO note_fts(rowid, text) VALUES (?, ?)", (10_000 + i, "Halvskriven " * 60))
    crashed = folder / f"{name}.dialog"
    shutil.copyfile(original, crashed)
    shutil.copyfile(sidecar(original, "-journal"), sidecar(crashed, "-journal"))
    writer.execute("ROLLBACK")
    writer.close()
    original.unlink()
    return crashed


def legacy_wal_project(folder: Path, name: str = "varen-2025", in_file: int = 6, in_wal: int = 30) -> tuple[Path, dict]:
    """A project as dialog_app 0.1 left it: WAL mode, and its newest notes only in its own -wal.

    A second connection keeps reading an old snapshot, so no checkpoint copies them into the file;
    the two files are then copied together, as a crash (or a careless copy) would leave them.
    """
    folder.mkdir(parents=True, exist_ok=True)
    build = folder / f".{name}-build.dialog"
    project_with_notes(build, in_file, word="Från filen")
    writer = sqlite3.connect(build, isolation_level=None)
    assert writer.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    reader = sqlite3.connect(build, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM note").fetchone()
    for n in range(in_wal):
        add_note_row(writer, f"Bara i WAL-filen {n}: bredband till skärgården")
    path = folder / f"{name}.dialog"
    shutil.copyfile(build, path)
    shutil.copyfile(sidecar(build, "-wal"), sidecar(path, "-wal"))
    every_note = {uuid.UUID(i).hex: t for i, t in writer.execute("SELECT id, text FROM note")}
    reader.execute("COMMIT")
    reader.close()
    writer.close()
    for leftover in (build, *(sidecar(build, s) for s in SIDECAR_SUFFIXES)):
        leftover.unlink(missing_ok=True)
    assert path.read_bytes()[18:20] == b"\x02\x02" and len(notes_in(path)) == in_file
    return path, every_note


def schema_1_project(path: Path) -> str:
    """A real project file written at schema 1 by the WAL-mode dialog_app (see
    test_a_real_schema_1_project_is_upgraded_with_its_notes); returns its note's id."""
    note = older_projects.schema_1_project(path)
    assert sidecars(path) == [] and path.read_bytes()[60:64] == b"\x00\x00\x00\x01"
    return note.hex


def name_a_super_journal(journal: Path, victim: Path) -> None:
    """Append SQLite's super-journal record: the locking page's number, the name, its length and
    checksum, the journal magic. A journal ending so makes SQLite delete the named file after playback."""
    data = journal.read_bytes()
    (page_size,) = struct.unpack(">I", data[24:28])
    name = os.fsencode(victim)
    record = struct.pack(">I", 0x4000_0000 // page_size + 1) + name
    record += struct.pack(">II", len(name), sum(name) & 0xFFFF_FFFF) + JOURNAL_MAGIC
    journal.write_bytes(data + record)


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def noted(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A closed project of 12 notes, and those notes by id."""
    path = tmp_path / "dialog" / "Dialogmöten hösten 2025.dialog"
    path.parent.mkdir()
    return path, project_with_notes(path, 12)
