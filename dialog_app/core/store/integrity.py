"""A full check of a project file: SQLite's own checks, references, and the search index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog_app.core.errors import DamagedIndexError, ProjectLockedError
from dialog_app.core.store import fts
from dialog_app.core.store.identity import SCHEMA_VERSION, read_identity
from dialog_app.core.store.pragmas import connect
from dialog_app.core.store.sqlite_errors import typed_error


def check(path: Path) -> list[str]:
    """Problems found, in plain words; an empty list means the file is sound.

    A file that is not a project at all raises the typed error from ``read_identity``.
    """
    identity = read_identity(path)
    problems: list[str] = []
    if identity.schema_version != SCHEMA_VERSION:
        problems.append(
            f"schema version {identity.schema_version}; open the project once to upgrade it to {SCHEMA_VERSION}"
        )
        return problems
    try:
        connection = connect(str(path), read_only=True)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        problems.extend(row[0] for row in rows if row[0] != "ok")
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables = sorted({row[0] for row in broken})
            problems.append(f"{len(broken)} broken references in {', '.join(tables)}")
        if not problems:
            problems.extend(_check_index(connection, path))
    except sqlite3.DatabaseError as exc:
        if isinstance(typed_error(path, exc), DamagedIndexError):
            problems.append(f"the search index is damaged: {exc}")
        else:
            problems.append(f"the database cannot be read: {exc}")
    finally:
        connection.close()
    return problems


def _check_index(connection: sqlite3.Connection, path: Path) -> list[str]:
    problems = []
    # The path as given, not read back from SQLite: a name with bytes that are not UTF-8 cannot be.
    writer = connect(str(path))  # FTS5 runs its own check as an INSERT; it is rolled back, never saved
    try:
        writer.execute("BEGIN")
        writer.execute(f"INSERT INTO {fts.FTS_TABLE}({fts.FTS_TABLE}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        if isinstance(typed_error(path, exc), ProjectLockedError):
            raise ProjectLockedError(path) from exc  # busy elsewhere is not damage
        problems.append(f"the search index is damaged: {exc}")
    finally:
        if writer.in_transaction:
            writer.execute("ROLLBACK")
        writer.close()
    (missing,) = connection.execute(
        f"SELECT count(*) FROM note LEFT JOIN {fts.FTS_TABLE} AS f ON f.rowid = note.seq "
        "WHERE f.rowid IS NULL OR f.text IS NOT note.text"
    ).fetchone()
    (orphans,) = connection.execute(
        f"SELECT count(*) FROM {fts.FTS_TABLE} WHERE rowid NOT IN (SELECT seq FROM note)"
    ).fetchone()
    if missing or orphans:
        problems.append(
            f"the search index is out of step ({missing} notes missing or stale, {orphans} extra)"
        )
    (unnumbered,) = connection.execute("SELECT count(*) FROM note WHERE seq IS NULL").fetchone()
    if unnumbered:
        problems.append(f"{unnumbered} notes lack a search number")
    return problems
