"""Whether a file on disk is a database, a project, or a working file of one: told by name or header.

What makes a file one is SQLite's knowledge (its header, its -wal, -shm and -journal files), so it
stays in the store; the exporters ask through core/project_files.py before they replace a file.
"""

from __future__ import annotations

import os
from pathlib import Path

from dialog_app.core.paths import PROJECT_SUFFIX
from dialog_app.core.store.identity import APPLICATION_ID, SQLITE_MAGIC

PROJECT = "project"  # a dialog_app project, or a working file of one
DATABASE = "database"  # another SQLite database, or a working file of one
WORKING_SUFFIXES = ("-wal", "-shm", "-journal")  # SQLite's working files beside a database
_HEADER = 72  # the magic, and the application id at bytes 68-71


def working_files(database: Path | str) -> tuple[str, ...]:
    """The names SQLite gives the working files beside ``database``, whether they exist or not."""
    return tuple(os.fspath(database) + suffix for suffix in WORKING_SUFFIXES)


def kind_by_name(name: str) -> str | None:
    """PROJECT or DATABASE when the file name says so ("x.dialog", "x.dialog-wal", "y.db-journal")."""
    lowered = name.lower()
    for suffix in WORKING_SUFFIXES:
        if lowered.endswith(suffix):
            lowered = lowered[: -len(suffix)]
            if lowered.endswith(PROJECT_SUFFIX):
                return PROJECT
            return DATABASE
    return PROJECT if lowered.endswith(PROJECT_SUFFIX) else None


def kind_by_header(path: Path | str) -> str | None:
    """PROJECT or DATABASE when the file's first bytes say so, whatever its name ("notes.csv")."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)  # a FIFO swapped in: no hang
    try:
        handle = os.open(path, flags)
    except OSError:
        return None  # unreadable to this user, so no project they could have opened
    try:
        header = os.read(handle, _HEADER)
    except OSError:
        return None
    finally:
        os.close(handle)
    if not header.startswith(SQLITE_MAGIC):
        return None
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return PROJECT
    return DATABASE
