"""The settings every connection to a project runs with, whoever opens it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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


def connect(path: str, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the project's pragmas, in autocommit mode."""
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(
            uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
        for pragma in CONNECTION_PRAGMAS[1:]:
            connection.execute(pragma)
        return connection
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    apply_pragmas(connection)
    return connection
