"""Tells from a file's first 100 bytes whether it is a project this app may open.

Reading the header directly (no SQLite connection) guarantees that a refused file is left
byte-for-byte unchanged: no journal, no WAL, no lock is ever created for it.
"""

from __future__ import annotations

import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.errors import (
    DamagedProjectError,
    NewerSchemaError,
    NotAProjectError,
    ProjectAccessError,
    ProjectMissingError,
)

APPLICATION_ID = 0x44_4C_47_31  # "DLG1"
SCHEMA_VERSION = 8  # PRAGMA user_version written by the newest migration
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class FileIdentity:
    application_id: int
    schema_version: int
    page_size: int
    page_count: int
    change_counter: int  # bumped by every committed transaction in rollback-journal mode
    wal_header: bool  # the header says WAL mode: written by dialog_app 0.1's WAL-mode store

    @property
    def content_mark(self) -> tuple[int, int, int]:
        """Tells two states of a rollback-mode file apart without reading it all."""
        return (self.change_counter, self.page_count, self.schema_version)


def read_identity(path: Path) -> FileIdentity:
    """Read the SQLite header; raise a typed error for anything that is not a sound project file."""
    try:
        status = os.stat(path)  # never open() first: opening a FIFO waits for a writer forever
        if stat.S_ISDIR(status.st_mode):
            raise NotAProjectError(path, "it is a folder")
        if not stat.S_ISREG(status.st_mode):
            raise NotAProjectError(path, "not a regular file")
        size = status.st_size
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        raise ProjectMissingError(path) from None
    except OSError as exc:  # a name too long, no permission, a removed drive: said in words
        raise ProjectAccessError.from_os_error(path, exc) from None
    if size == 0:
        raise NotAProjectError(path, "the file is empty")
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(path, "not a database file")
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    write_version, read_version = header[18], header[19]
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if application_id != APPLICATION_ID:
        raise NotAProjectError(path, "a database of another program")
    if user_version > SCHEMA_VERSION:
        raise NewerSchemaError(path, user_version, SCHEMA_VERSION)
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedProjectError(path, "the file header is corrupt")
    if size % page_size:
        raise DamagedProjectError(path, "the file is truncated")
    if change_counter == valid_for and page_count * page_size > size and not _recovery_pending(path):
        raise DamagedProjectError(path, "the file is truncated")
    return FileIdentity(
        application_id, user_version, page_size, page_count, change_counter, 2 in (write_version, read_version)
    )


def _recovery_pending(path: Path) -> bool:
    """True when a -wal or -journal beside the project may hold what makes its length right.

    A commit in rollback-journal mode writes page 1, with the grown page count, before the pages
    that grow the file; a WAL checkpoint copies pages in the same order. Killed (or the power cut)
    in between, the file is shorter than its header says, yet the journal or WAL beside it holds
    what is needed: opening (store/recovery.py) decides whether it belongs to this file.
    """
    for suffix, empty_size in (("-wal", 32), ("-journal", 0)):
        try:
            if os.path.getsize(f"{os.fspath(path)}{suffix}") > empty_size:
                return True
        except OSError:
            pass
    return False
