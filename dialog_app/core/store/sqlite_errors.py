"""Turns SQLite's error messages into the core's typed errors, for the ORM and plain sqlite3 alike."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dialog_app.core.errors import (
    DamagedIndexError,
    DamagedProjectError,
    ProjectAccessError,
    ProjectFileError,
    ProjectLockedError,
)

_ACCESS_WORDS = ("disk", "readonly", "read-only", "i/o", "full", "unable to open", "permission")


def typed_error(path: Path, error: BaseException) -> ProjectFileError | None:
    """The typed error for an SQLite failure, or None when it is not about the file itself."""
    message = str(error).lower()
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_CORRUPT_VTAB:
        return DamagedIndexError(path)  # FTS5 is the only virtual table; its own words mean nothing to people
    if "locked" in message or "busy" in message:
        return ProjectLockedError(path)
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return DamagedProjectError(path, str(error))
    if any(word in message for word in _ACCESS_WORDS):
        return ProjectAccessError(path, str(error))
    return None


@contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    """Re-raise file-level sqlite3 errors as typed errors; leave the rest alone."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        typed = typed_error(path, exc)
        if typed is None:
            raise
        raise typed from exc
