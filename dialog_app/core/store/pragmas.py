"""The settings every connection to a project runs with, whoever opens it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog_app.core.store import swedish_order

BUSY_TIMEOUT_MS = 5000

CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",  # a note shown as saved survives a pulled plug
    "PRAGMA trusted_schema=OFF",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def apply_pragmas(connection: sqlite3.Connection) -> None:
    """Run the connection pragmas; journal_mode is persistent, the rest are per connection."""
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma)
    swedish_order.register(connection)


def connect(path: str, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the project's pragmas, in autocommit mode.

    A read-only connection is opened read-write (``mode=rw`` never creates a missing file) with
    ``query_only``: one opened with ``mode=ro`` cannot remove the -wal and -shm files when it
    closes, so merely reading a project would leave them beside it.
    """
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=rw"
        connection = sqlite3.connect(
            uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
        pragmas = ("PRAGMA query_only=ON", *CONNECTION_PRAGMAS[1:])
    else:
        connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        pragmas = CONNECTION_PRAGMAS
    try:
        for pragma in pragmas:
            connection.execute(pragma)
    except BaseException:
        connection.close()  # a damaged file fails here; do not leave the connection open
        raise
    return connection
