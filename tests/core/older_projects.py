"""Project files as earlier versions of dialog_app wrote them, for upgrade and read-only tests."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from dialog_app.core.store import migrate
from dialog_app.core.store.identity import APPLICATION_ID


def schema_1_project(path: Path, status: str = "captured") -> uuid.UUID:
    """A project at schema 1 in WAL mode (as dialog_app 0.1 wrote it) with one dialogue and one note,
    "Fiber till varje by" with two votes; returns the note's id."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()
    migrate._run_alembic(path, target="0001")
    connection = sqlite3.connect(path)
    dialogue, note = uuid.uuid4().hex, uuid.uuid4().hex
    with connection:
        connection.execute(
            "INSERT INTO dialogue (id, title, kind, online, organiser, purpose, status, created_at, updated_at) "
            "VALUES (?, 'Dialogmöte', 'dialogue_meeting', 0, '', '', 'finished', '2026-03-18 12:00:00', "
            "'2026-03-18 12:00:00')", (dialogue,))
        connection.execute(
            "INSERT INTO note (id, seq, dialogue_id, kind, text, votes, key_quote, status, created_at, updated_at, "
            "captured_by, source_kind) VALUES (?, 1, ?, 'statement', 'Fiber till varje by', 2, 0, ?, "
            "'2026-03-18 12:05:00', '2026-03-18 12:05:00', 'anna', 'typed')", (note, dialogue, status))
        connection.execute("INSERT INTO note_fts(rowid, text) VALUES (1, 'Fiber till varje by')")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return uuid.UUID(note)
