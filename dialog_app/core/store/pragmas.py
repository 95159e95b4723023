"""The settings every connection to a project runs with, whoever opens it.

**Rollback journal, not WAL.** A project is carried on USB sticks and mailed as one file. In WAL
mode a committed note lives in the ``-wal`` file until a checkpoint, so a copy of the ``.dialog``
file alone lacked notes the screen had shown as saved. With a rollback journal a commit writes
the note's pages into the ``.dialog`` file itself before it returns; the ``-journal`` beside it
exists only while a write is under way, and holds the old pages to undo it after a crash.
``synchronous=EXTRA`` also syncs the folder after the journal is deleted, so a commit survives a
pulled plug. (WAL also fails on network folders, where several computers share a project.)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog_app.core.store import swedish_order

JOURNAL_MODE = "delete"
# Writes wait this long for readers to finish (a long export elsewhere), readers for a commit.
BUSY_TIMEOUT_MS = 15_000

SESSION_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=EXTRA",  # a note shown as saved survives a pulled plug
    "PRAGMA trusted_schema=OFF",  # nothing a received file defines may run functions with side effects
    "PRAGMA cell_size_check=ON",  # a damaged or crafted page is reported, not followed
)
CONNECTION_PRAGMAS = (f"PRAGMA journal_mode={JOURNAL_MODE}", *SESSION_PRAGMAS)


def apply_pragmas(connection: sqlite3.Connection, read_only: bool = False) -> None:
    """Run the connection pragmas; a read-only connection leaves the journal mode as it is."""
    for pragma in SESSION_PRAGMAS if read_only else CONNECTION_PRAGMAS:
        connection.execute(pragma)
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    swedish_order.register(connection)


def read_only_uri(path: Path | str, immutable: bool = False) -> str:
    """A URI that opens ``path`` without any right to change it (``mode=ro`` never creates it).

    ``immutable`` also skips SQLite's locks: only for files nothing else writes (backups, copies).
    """
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect(path: Path | str, read_only: bool = False, immutable: bool = False,
            keep_journal_mode: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the project's pragmas, in autocommit mode.

    ``keep_journal_mode``: writable, but the file's journal mode is left as it is (setting it
    rewrites a WAL-mode file's header: not before the file is known to be ours).
    """
    if read_only or immutable:
        connection = sqlite3.connect(
            read_only_uri(path, immutable), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    else:
        connection = sqlite3.connect(
            str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    try:
        apply_pragmas(connection, read_only=read_only or immutable or keep_journal_mode)
    except BaseException:
        connection.close()  # a damaged file fails here; do not leave the connection open
        raise
    return connection
